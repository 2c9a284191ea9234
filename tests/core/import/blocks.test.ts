import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, type Node } from "../../../src/core/scrapbox/parse";
import { parseLongLine, parseRows } from "../../../src/core/import/blocks";
import { readExport } from "../../../src/core/scrapbox/export";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

/** Adjacent plain nodes read the same as one; the parser sometimes splits them. */
function mergePlain(nodes: readonly Node[]): Node[] {
	const out: Node[] = [];
	for (const node of nodes) {
		const last = out[out.length - 1];
		if (node.type === "plain" && last?.type === "plain") out[out.length - 1] = { type: "plain", raw: last.raw + node.raw, text: last.text + node.text };
		else if ("nodes" in node) out.push({ ...node, nodes: mergePlain(node.nodes) });
		else out.push(node);
	}
	return out;
}

describe("parseRows", () => {
	it("equals the parser on every fixture page", () => {
		for (const file of readdirSync(fixtures).filter((f) => f.endsWith(".json") && !f.includes(".options.") && !f.includes(".problems."))) {
			const read = readExport(readFileSync(join(fixtures, file), "utf8"));
			if (!read.ok) continue;
			for (const page of read.export.pages) expect(parseRows(page.lines), `${file}: ${page.title}`).toEqual(parse(page.lines.join("\n")));
		}
	});

	const row = fc.tuple(
		fc.constantFrom("", " ", "  ", "   ", "\t", "\u3000"),
		fc.array(fc.constantFrom("plain words", "x", "[link]", "#tag", "`code`", "> ", "? ", "$ ", "1. ", "code:a.js", "table:t", "\t", "https://e.com", "[* b]", "[", "]", " ", "a#b", "://", "9"), { maxLength: 5 }),
	).map(([indent, parts]) => indent + parts.join(""));

	it("equals the parser on random pages", () => {
		fc.assert(
			fc.property(fc.array(row, { maxLength: 25 }), (body) => {
				const rows = ["Title", ...body];
				expect(parseRows(rows)).toEqual(parse(rows.join("\n")));
			}),
			{ numRuns: 1000 },
		);
	});
});

describe("lines too long for the parser", () => {
	it("parses a line with thousands of links in pieces", () => {
		const line = "[x] ".repeat(3000) + "#end";
		expect(() => parse(`t\n${line}`)).toThrow(RangeError);
		const [title, block] = parseRows(["t", line]);
		expect(title).toEqual({ type: "title", text: "t" });
		if (block.type !== "line") throw new Error("not a line");
		expect(block.nodes.filter((n) => n.type === "link")).toHaveLength(3000);
		expect(block.nodes[block.nodes.length - 1]).toEqual({ type: "hashTag", raw: "#end", href: "end" });
		expect(mergePlain(block.nodes).map((n) => n.raw).join("")).toBe(line);
	});

	it("keeps a long quote or numbered line what it is", () => {
		const quote = parseRows(["t", " >" + "[a] ".repeat(2000)])[1];
		expect(quote).toMatchObject({ type: "line", indent: 1, nodes: [{ type: "quote" }] });
		const numbered = parseRows(["t", "3. " + "#a ".repeat(2000)])[1];
		expect(numbered).toMatchObject({ type: "line", nodes: [{ type: "numberList", number: 3, rawNumber: "3" }] });
	});

	const token = fc.constantFrom("[link]", "[a b]", "#tag", " #tag", "`c ]`", "[* bold [x]]", "https://e.com/a", "[https://e.com/b label]", "[x.icon*2]", "[$ x ]", " ", "  ", "plain", "a]b", "[unclosed", "]");
	it("parses pieces as the parser parses the whole line", () => {
		fc.assert(
			fc.property(fc.array(token, { maxLength: 60 }), fc.constantFrom("", ">", "2. "), (tokens, lead) => {
				const content = lead + tokens.join(" ");
				let whole: Node[];
				try {
					whole = parse(`t\n${content}`)[1]?.type === "line" ? (parse(`t\n${content}`)[1] as { nodes: Node[] }).nodes : [];
				} catch {
					return;
				}
				fc.pre(parse(`t\n${content}`)[1]?.type === "line" && !/^\s/.test(content));
				expect(mergePlain(parseLongLine(content))).toEqual(mergePlain(whole));
			}),
			{ numRuns: 500 },
		);
	});
});

describe("runs of lines parsed together", () => {
	it("a line too long for the parser inside a run is still parsed in pieces, its neighbours whole", () => {
		const line = "[x] ".repeat(3000) + "#end";
		const rows = ["t", "[a] b", "  #tag", line, "code:a.js", " x", "> q", "plain", "[c]"];
		const blocks = parseRows(rows);
		expect(blocks).toHaveLength(8);
		expect(blocks.slice(0, 3)).toEqual(parse(rows.slice(0, 3).join("\n")));
		expect(blocks.slice(4)).toEqual(parse(["t", ...rows.slice(4)].join("\n")).slice(1));
		const long = blocks[3];
		if (long.type !== "line") throw new Error("not a line");
		expect(long.nodes.filter((n) => n.type === "link")).toHaveLength(3000);
	});
});
