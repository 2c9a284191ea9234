import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, type Block, type Node } from "../../../src/core/scrapbox/parse";
import { codeBlock, lineBlock, parseInline, tableBlock } from "../../../src/core/import/line-parser";
import { indentOf, parseLongLine } from "../../../src/core/import/blocks";
import { readExport } from "../../../src/core/scrapbox/export";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

/** What the parser makes of rows on their own (no title), or undefined when it throws. */
function parsed(rows: string[]): Block[] | undefined {
	try {
		return parse(rows.join("\n"), { hasTitle: false });
	} catch {
		return undefined;
	}
}

/** The block line-parser.ts builds for a row that is not a code or table head. */
function ours(row: string): Block {
	return lineBlock(row, indentOf(row));
}

/** Pieces of notation, broken notation and text, so random lines hit every pattern and its near misses. */
const token = fc.constantFrom(
	"word",
	"日本語",
	" ",
	"  ",
	"\t",
	"\u3000",
	"\u2028",
	"[",
	"]",
	"[[",
	"]]",
	"`",
	"#",
	"#tag",
	" #tag",
	"a#b",
	"://",
	"http://x.y",
	"https://example.com/a_(b)",
	"https://gyazo.com/0123456789abcdef0123456789abcdef",
	"https://i.example.org/p.png",
	"[link]",
	"[/project/page]",
	"[/project]",
	"[page#0123456789abcdef01234567]",
	"[* bold]",
	"[** big [inner]]",
	"[*/-_ mix]",
	"[! odd]",
	"[   ]",
	"[$ x^2 ]",
	"[$ y]",
	"[name.icon]",
	"[/p/name.icon*3]",
	"[[name.icon*2]]",
	"[[strong text]]",
	"[[https://i.example.org/p.jpg]]",
	"[https://example.com label]",
	"[label https://example.com]",
	"[https://example.com]",
	"[N35.6,E139.7,Z14]",
	"[Tokyo N35.6,E139.7]",
	"`code`",
	"`unclosed",
	"> ",
	">",
	"? ",
	"$ ",
	"% ",
	"1. ",
	"12.",
	"code:a.js",
	"table:t",
);
const line = fc.array(token, { maxLength: 14 }).map((parts) => parts.join(""));
const indent = fc.constantFrom("", " ", "  ", "\t", "\u3000");

describe("line parser", () => {
	it("equals the parser on every line of every fixture page", () => {
		for (const file of readdirSync(fixtures).filter((f) => f.endsWith(".json") && !f.includes(".options.") && !f.includes(".problems."))) {
			const read = readExport(readFileSync(join(fixtures, file), "utf8"));
			if (!read.ok) continue;
			for (const page of read.export.pages) {
				for (const row of page.lines) {
					const theirs = parsed([row]);
					if (theirs?.length === 1 && theirs[0].type === "line") expect(ours(row), `${file}: ${row}`).toEqual(theirs[0]);
				}
			}
		}
	});

	it("equals the parser on random lines", () => {
		fc.assert(
			fc.property(indent, line, (lead, text) => {
				const row = lead + text;
				const theirs = parsed([row]);
				fc.pre(theirs !== undefined && theirs.length === 1 && theirs[0].type === "line");
				expect(ours(row)).toEqual(theirs?.[0]);
			}),
			{ numRuns: 3000 },
		);
	});

	it("equals the parser on random table cells and code blocks", () => {
		fc.assert(
			fc.property(indent, fc.array(fc.array(line, { minLength: 1, maxLength: 3 }), { maxLength: 3 }), (lead, rows) => {
				const block = [`${lead}table:t`, ...rows.map((cells) => `${lead} ${cells.join("\t")}`)];
				const theirs = parsed(block);
				fc.pre(theirs !== undefined && theirs.length === 1);
				expect(tableBlock(block, lead.length)).toEqual(theirs?.[0]);
				const code = [`${lead}code:x.js`, ...rows.map((cells) => `${lead} ${cells.join("\t")}`)];
				expect(codeBlock(code, lead.length)).toEqual(parsed(code)?.[0]);
			}),
			{ numRuns: 1000 },
		);
	});

	it("parses a table cell as the parser does", () => {
		const theirs = parsed(["table:t", " [a] #b\t`c`"]);
		if (theirs?.[0].type !== "table") throw new Error("not a table");
		expect(parseInline("[a] #b", true)).toEqual(theirs[0].cells[0][0]);
		expect(parseInline("`c`", true)).toEqual(theirs[0].cells[0][1]);
	});

	it("keeps the parser's quirks: a bracket with a URL it cannot read vanishes, icons repeat", () => {
		for (const row of ["[label http://]", "a [x.icon*3] b", "[[x.icon*0]]", "x\u2028 > [a]"]) expect(ours(row)).toEqual(parsed([row])?.[0]);
	});

	it("takes a line with thousands of notations whole, as the parser would with a deep enough stack", () => {
		const row = "[x] #t `c` ".repeat(3000);
		expect(parsed([row])).toBeUndefined();
		const nodes = (ours(row) as { nodes: Node[] }).nodes;
		expect(nodes.filter((n) => n.type === "link")).toHaveLength(3000);
		expect(nodes.filter((n) => n.type === "hashTag")).toHaveLength(3000);
		expect(nodes.filter((n) => n.type === "code")).toHaveLength(3000);
		expect(nodes).toEqual(parseLongLine(row));
	});
});
