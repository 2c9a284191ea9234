import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
	analyseNote,
	commentaryItemAt,
	commentaryOwner,
	flattenCommentary,
	quoteAt,
	quotesInRange,
	structureOf,
	unitRange,
	type NoteStructure,
	type QuoteBlock,
} from "../../../src/core/quotes";

// Vitest runs from the project root.
const fixture = (name: string) => readFileSync(resolve("tests/core/quotes/fixtures", name), "utf8");

/** A compact, readable picture of a block: range, depth, kind, paragraphs, and commentary as "depth:line:text". */
function outline(block: QuoteBlock) {
	return {
		range: [block.from, block.to],
		depth: block.depth,
		bulleted: block.bulleted,
		paragraphs: block.paragraphs.map((p) => p.lines.map((l) => l.text).join(" / ")),
		commentary: flattenCommentary(block.commentary).map((c) => `${c.depth}:${c.line}:${c.text}`),
		commentaryRange: block.commentaryRange && [block.commentaryRange.from, block.commentaryRange.to],
	};
}

describe("converted Markdown", () => {
	const structure = analyseNote(fixture("converted.md"));

	it("finds every quote block with its depth, paragraphs and commentary tree", () => {
		expect(structure.frontmatter).toEqual({ from: 0, to: 3 });
		expect(structure.quotes.map(outline)).toEqual([
			{
				range: [5, 8],
				depth: 0,
				bulleted: false,
				paragraphs: ["Gardens grow slowly / and reward patience.", "A second paragraph of the same quote."],
				commentary: ["0:9:This is my first comment.", "1:10:A reply to it, one level deeper.", "2:11:And a third level.", "0:12:A second top comment."],
				commentaryRange: [9, 12],
			},
			{
				range: [14, 14],
				depth: 0,
				bulleted: false,
				paragraphs: ["A quote with a blank line before its list"],
				commentary: [],
				commentaryRange: null,
			},
			{
				range: [20, 21],
				depth: 2,
				bulleted: true,
				paragraphs: ["Soil is alive / and full of fungi."],
				commentary: ["0:22:Commentary on the soil quote.", "1:23:Deeper still.", "0:24:A sibling comment."],
				commentaryRange: [22, 24],
			},
			{
				range: [32, 33],
				depth: 0,
				bulleted: false,
				paragraphs: ["A nested quote mark / and its outer line"],
				commentary: ["0:34:One comment on the nested quote."],
				commentaryRange: [34, 34],
			},
			{
				range: [37, 37],
				depth: 1,
				bulleted: false,
				paragraphs: ["A quote indented under a parent, with a tab"],
				commentary: ["0:38:Commentary at the quote's own indent.", "1:39:Its child."],
				commentaryRange: [38, 39],
			},
			{
				range: [44, 44],
				depth: 0,
				bulleted: false,
				paragraphs: ["Last quote, no commentary"],
				commentary: [],
				commentaryRange: null,
			},
		]);
	});

	it("counts nested quote marks and records where the text starts", () => {
		const nested = structure.quotes[3].lines;
		expect(nested.map((l) => [l.level, l.text, l.offset])).toEqual([
			[2, "A nested quote mark", 4],
			[1, "and its outer line", 2],
		]);
		const soil = structure.quotes[2].lines[1];
		expect(soil.offset).toBe("    - >  ".length);
	});

	it("records fenced code, frontmatter and headings", () => {
		expect(structure.code).toEqual([
			{ from: 27, to: 30 },
			{ from: 41, to: 43 },
		]);
		expect(structure.headings).toEqual([{ line: 18, level: 2, text: "Notes inside lists" }]);
	});

	it("reads CRLF line endings like LF", () => {
		const crlf = analyseNote(fixture("crlf.md"));
		expect(crlf.quotes.map(outline)).toEqual([
			{ range: [0, 1], depth: 0, bulleted: false, paragraphs: ["Windows line endings / second line"], commentary: ["0:2:a comment", "1:3:a reply"], commentaryRange: [2, 3] },
			{ range: [5, 5], depth: 0, bulleted: false, paragraphs: ["next"], commentary: [], commentaryRange: null },
		]);
		expect(crlf.quotes[0].lines[0].text).toBe("Windows line endings");
	});

	it("accepts lines as well as text, with the same result", () => {
		const text = fixture("converted.md");
		expect(analyseNote(text.split("\n"))).toEqual(structure);
	});

	it("keeps consecutive `- >` items at one indent as one quote, and splits at a different indent", () => {
		const s = analyseNote(["- > one", "- > two", "    - > deeper quote", "        - its comment", "- > three"].join("\n"));
		expect(s.quotes.map((q) => [q.from, q.to, q.depth, flattenCommentary(q.commentary).map((c) => c.text)])).toEqual([
			[0, 1, 1, ["> deeper quote", "its comment"]],
			[2, 2, 2, ["its comment"]],
			[4, 4, 1, []],
		]);
		expect(commentaryOwner(s, 3)?.from).toBe(2);
	});

	it("lets a list item's continuation lines and code belong to the item", () => {
		const s = analyseNote(["> quote", "- item", "  continued text", "  ```", "  > code, not a quote", "  ```", "- next", "plain paragraph"].join("\n"));
		expect(s.quotes).toHaveLength(1);
		expect(s.quotes[0].commentary.map((c) => [c.line, c.to, c.text])).toEqual([
			[1, 5, "item"],
			[6, 6, "next"],
		]);
		expect(s.quotes[0].commentaryRange).toEqual({ from: 1, to: 6 });
	});

	it("treats an unclosed fence as running to the end", () => {
		const s = analyseNote(["> before", "```", "> inside"].join("\n"));
		expect(s.quotes.map((q) => q.from)).toEqual([0]);
		expect(s.code).toEqual([{ from: 1, to: 2 }]);
	});

	it("reads ordered and starred bullets as list items", () => {
		const s = analyseNote(["> quote", "1. first", "   * nested star", "2) second"].join("\n"));
		expect(flattenCommentary(s.quotes[0].commentary).map((c) => `${c.depth}:${c.text}`)).toEqual(["0:first", "1:nested star", "0:second"]);
	});
});

describe("raw Scrapbox notation", () => {
	const structure = analyseNote(fixture("raw.txt"), { notation: "scrapbox" });

	it("takes the lines indented deeper than the quote as its commentary", () => {
		expect(structure.notation).toBe("scrapbox");
		expect(structure.quotes.map(outline)).toEqual([
			{
				range: [2, 4],
				depth: 2,
				bulleted: false,
				paragraphs: ["A careful reader asks what the author wants to change.", "Second paragraph of the quote."],
				commentary: ["0:5:My favourite question.", "1:6:A reply under it.", "0:7:Another thought."],
				commentaryRange: [5, 7],
			},
			{
				range: [9, 9],
				depth: 0,
				bulleted: false,
				paragraphs: ["Top-level raw quote"],
				commentary: ["0:10:code:example.js", "0:12:A comment after the code block."],
				commentaryRange: [10, 12],
			},
			{ range: [14, 14], depth: 0, bulleted: false, paragraphs: ["Quote after an empty line"], commentary: [], commentaryRange: null },
		]);
		expect(structure.code).toEqual([{ from: 10, to: 11 }]);
		// The code block's body rides along with its header item.
		expect(structure.quotes[1].commentary[0].to).toBe(11);
	});

	it("reads indents as the parser does: full-width spaces count, whitespace-only lines ride along, `code:` alone opens a block", () => {
		const s = analyseNote(["\u3000> quote indented by a full-width space", "\u3000\u3000comment", "   ", "\u3000\u3000\u3000reply", "\u3000code:", "\u3000\u3000> code, not a quote", "> next"].join("\n"), { notation: "scrapbox" });
		expect(s.quotes.map(outline)).toEqual([
			{ range: [0, 0], depth: 1, bulleted: false, paragraphs: ["quote indented by a full-width space"], commentary: ["0:1:comment", "1:3:reply"], commentaryRange: [1, 3] },
			{ range: [6, 6], depth: 0, bulleted: false, paragraphs: ["next"], commentary: [], commentaryRange: null },
		]);
		expect(s.code).toEqual([{ from: 4, to: 5 }]);
	});

	it("treats tabs and spaces alike", () => {
		const s = analyseNote(["\t> tab quote", "\t\tcomment", " \tsame depth as the comment"].join("\n"), { notation: "scrapbox" });
		expect(flattenCommentary(s.quotes[0].commentary).map((c) => `${c.depth}:${c.text}`)).toEqual(["0:comment", "0:same depth as the comment"]);
	});
});

describe("queries for the renderers", () => {
	const structure = analyseNote(fixture("converted.md"));

	it("finds the quote at a line", () => {
		expect(quoteAt(structure, 6)?.from).toBe(5);
		expect(quoteAt(structure, 9)).toBeNull();
		expect(quoteAt(structure, 0)).toBeNull();
		expect(quoteAt(structure, 44)?.from).toBe(44);
	});

	it("finds the units overlapping a range, including one whose commentary reaches into it", () => {
		expect(quotesInRange(structure, 10, 12).map((q) => q.from)).toEqual([5]);
		expect(quotesInRange(structure, 12, 20).map((q) => q.from)).toEqual([5, 14, 20]);
		expect(quotesInRange(structure, 15, 17)).toEqual([]);
		expect(quotesInRange(structure, 0, 1000).length).toBe(structure.quotes.length);
	});

	it("finds the quote a list answers, and the innermost when quotes nest", () => {
		expect(commentaryOwner(structure, 11)?.from).toBe(5);
		expect(commentaryOwner(structure, 16)).toBeNull();
		expect(commentaryOwner(structure, 23)?.from).toBe(20);
		const nested = analyseNote(["> outer", "- > inner", "    - inner comment", "- outer comment"].join("\n"));
		expect(commentaryOwner(nested, 2)?.from).toBe(1);
		expect(commentaryOwner(nested, 3)?.from).toBe(0);
		// A unit that spans later blocks is still found by a range that starts inside it.
		expect(quotesInRange(nested, 3, 3).map((q) => q.from)).toEqual([0]);
	});

	it("gives the unit's range and the item at a line", () => {
		expect(unitRange(structure.quotes[0])).toEqual({ from: 5, to: 12 });
		expect(unitRange(structure.quotes[1])).toEqual({ from: 14, to: 14 });
		expect(commentaryItemAt(structure.quotes[0], 11)?.text).toBe("And a third level.");
		expect(commentaryItemAt(structure.quotes[0], 13)).toBeNull();
	});

	it("memoises the analysis of the same text", () => {
		const text = fixture("converted.md");
		const a: NoteStructure = structureOf(text);
		expect(structureOf(text)).toBe(a);
		expect(structureOf(text, { notation: "scrapbox" })).not.toBe(a);
		expect(structureOf(text + "\n")).not.toBe(a);
	});
});

describe("anchors: lines outside quotes that a caller asks about", () => {
	it("gives an item its deeper items and a paragraph the list after it", () => {
		const text = ["2024-10-29", "- went to the market", "    - bought apples", "", "- 2024-10-30 rain", "    - stayed in", "- other"].join("\n");
		const s = analyseNote(text, { anchor: (t) => /^\d{4}-/.test(t) });
		expect(s.anchors.map((a) => [a.line, a.kind, a.text, flattenCommentary(a.commentary).map((c) => c.text)])).toEqual([
			[0, "paragraph", "2024-10-29", ["went to the market", "bought apples"]],
			[4, "item", "2024-10-30 rain", ["stayed in"]],
		]);
	});
});

describe("bad input", () => {
	it("never throws and gives an empty structure", () => {
		expect(analyseNote(undefined as unknown as string).quotes).toEqual([]);
		expect(analyseNote(null as unknown as string).quotes).toEqual([]);
		expect(analyseNote("").quotes).toEqual([]);
		expect(analyseNote("\uFEFF> after a byte-order mark").quotes[0].lines[0].text).toBe("after a byte-order mark");
	});
});
