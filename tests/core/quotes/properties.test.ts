import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyseNote, flattenCommentary, type NoteStructure } from "../../../src/core/quotes";

/** Line shapes seen in converted and hand-written notes, including the awkward ones. */
const pieces = [
	"",
	"   ",
	"> a quote",
	">",
	">  two spaces after the mark",
	"> > nested mark",
	">>tight nesting",
	"- > list quote",
	"    - > deeper list quote",
	"\t- > tabbed list quote",
	"  > indented quote",
	"\t> tabbed quote",
	"- item",
	"    - child",
	"        - grandchild",
	"\t- tab child",
	"* star item",
	"1. numbered",
	"2) numbered",
	"plain text",
	"    indented text",
	"## Heading",
	"```",
	"```js",
	"~~~",
	"- ```",
	"> ```",
	"---",
	"-",
	"- ",
	"->not a bullet",
	"2023/05/04 - a dated line",
];

const note = fc
	.record({
		frontmatter: fc.boolean(),
		lines: fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
		eol: fc.constantFrom("\n", "\r\n"),
	})
	.map(({ frontmatter, lines, eol }) => (frontmatter ? ["---", "title: x", "---", ...lines] : lines).join(eol));

/**
 * An independent reading of which lines are `>` lines: the first non-space
 * character is `>`, or a bullet's content starts with `>`; fenced code and
 * frontmatter excluded. Kept deliberately simple: it knows only the shapes above.
 */
function markLines(text: string): number[] {
	const lines = text.split(/\r\n|\n/);
	const out: number[] = [];
	let start = 0;
	if (lines[0] === "---") {
		const close = lines.indexOf("---", 1);
		if (close !== -1) start = close + 1;
	}
	let fence: string | null = null;
	for (let i = start; i < lines.length; i++) {
		const line = lines[i];
		const trimmed = line.trim();
		if (fence) {
			if (trimmed === fence) fence = null;
			continue;
		}
		const opener = /^\s*(?:[-*+]\s+)?(```|~~~)/.exec(line);
		if (opener) {
			fence = opener[1];
			continue;
		}
		if (/^\s*(?:(?:[-*+]|\d+[.)])[ \t]+)?>/.test(line)) out.push(i);
	}
	return out;
}

function covered(structure: NoteStructure): number[] {
	return structure.quotes.flatMap((q) => q.lines.map((l) => l.line));
}

describe("quote model properties", () => {
	it("never throws, is deterministic, and covers every `>` line by exactly one block", () => {
		fc.assert(
			fc.property(note, (text) => {
				const a = analyseNote(text);
				expect(analyseNote(text)).toEqual(a);
				const lines = covered(a);
				expect(new Set(lines).size).toBe(lines.length);
				expect(lines).toEqual(markLines(text));
			}),
			{ numRuns: 2000 },
		);
	});

	it("keeps blocks in order, contiguous and apart, with commentary right after each", () => {
		fc.assert(
			fc.property(note, (text) => {
				const s = analyseNote(text);
				let previousTo = -1;
				for (const q of s.quotes) {
					expect(q.from).toBeGreaterThan(previousTo);
					expect(q.lines.map((l) => l.line)).toEqual(Array.from({ length: q.to - q.from + 1 }, (_, i) => q.from + i));
					previousTo = q.to;
					const items = flattenCommentary(q.commentary);
					if (q.commentaryRange === null) expect(items).toEqual([]);
					else {
						expect(q.commentaryRange.from).toBe(q.to + 1);
						expect(items[0].line).toBe(q.to + 1);
						for (const item of items) {
							expect(item.line).toBeGreaterThanOrEqual(q.commentaryRange.from);
							expect(item.to).toBeLessThanOrEqual(q.commentaryRange.to);
						}
						// Depth-first order is line order.
						expect(items.map((i) => i.line)).toEqual([...items.map((i) => i.line)].sort((x, y) => x - y));
					}
					expect(q.paragraphs.flatMap((p) => p.lines).every((l) => l.text !== "")).toBe(true);
				}
			}),
			{ numRuns: 1000 },
		);
	});

	it("gives the same structure for CRLF and LF, and for text and lines", () => {
		fc.assert(
			fc.property(note, (text) => {
				const lf = text.replace(/\r\n/g, "\n");
				expect(analyseNote(text.replace(/\n/g, "\r\n").replace(/\r\r\n/g, "\r\n"))).toEqual(analyseNote(lf));
				expect(analyseNote(lf.split("\n"))).toEqual(analyseNote(lf));
			}),
			{ numRuns: 500 },
		);
	});

	it("never throws on arbitrary text in either notation", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 400 }), fc.constantFrom("markdown" as const, "scrapbox" as const), (text, notation) => {
				const s = analyseNote(text, { notation, anchor: () => true });
				expect(s.notation).toBe(notation);
			}),
			{ numRuns: 1000 },
		);
	});

	it("in raw notation, covers every quote line outside code blocks once, as the parser reads them", () => {
		const raw = fc.array(
			fc.constantFrom("", "   ", "> q", " > q1", "  > q2", "\t> tab q", "\u3000> full-width indent", "text", " child", "  grandchild", " code:a.js", "code:", "  > in code", "table:t", " > after"),
			{ maxLength: 30 },
		);
		fc.assert(
			fc.property(raw, (lines) => {
				const s = analyseNote(lines.join("\n"), { notation: "scrapbox" });
				// The parser's rules: indent is leading \s; a code:/table: line's body is every following line indented deeper.
				const indent = (line: string) => (/^\s*/.exec(line) as RegExpExecArray)[0].length;
				const expected: number[] = [];
				let header = -1;
				lines.forEach((line, i) => {
					if (header >= 0 && indent(line) > header) return;
					header = -1;
					if (/^\s*(?:code|table):/.test(line)) header = indent(line);
					else if (line.slice(indent(line)).startsWith(">")) expected.push(i);
				});
				expect(covered(s)).toEqual(expected);
				for (const q of s.quotes) for (const item of flattenCommentary(q.commentary)) expect(item.text.trim()).not.toBe("");
			}),
			{ numRuns: 1000 },
		);
	});
});
