/**
 * The bad-input suite (issue 3): each bad input, and what the import says about it.
 */
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { readExport } from "../../../src/core/scrapbox/export";
import { planImport } from "../../../src/core/import/plan";
import { utf8ByteLength } from "../../../src/core/import/names";
import { bodyOf, md, planOf } from "./helpers";
import { markdownNodes } from "./markdown-tree";

function refused(text: string): string {
	const result = readExport(text);
	if (result.ok) throw new Error("accepted");
	return result.error.message;
}

describe("bad inputs", () => {
	it("non-JSON: one message, nothing imported", () => {
		expect(refused("<html>not json</html>")).toMatch(/^This file is not JSON, so it is not a Scrapbox \(Cosense\) export \(.*\)\. Nothing was imported\.$/);
	});

	it("wrong-shape JSON: one message naming what it looks like", () => {
		expect(refused(JSON.stringify([{ title: "Roam page", children: [{ string: "x" }] }]))).toBe("This looks like a Roam Research export, not a Scrapbox (Cosense) export. Nothing was imported.");
		expect(refused(JSON.stringify({ object: "list", results: [{ object: "page" }] }))).toBe("This looks like a Notion export, not a Scrapbox (Cosense) export. Nothing was imported.");
		expect(refused(JSON.stringify({ title: "x", lines: ["x"] }))).toMatch(/^This is a single page, not a Scrapbox \(Cosense\) project export\./);
		expect(refused(JSON.stringify({ version: 1, notes: [] }))).toBe("This JSON file is not a Scrapbox (Cosense) export: it has no list of pages. Nothing was imported.");
	});

	it("an empty export: one message", () => {
		expect(refused(JSON.stringify({ name: "p", displayName: "P", exported: 1, users: [], pages: [] }))).toBe("The Scrapbox (Cosense) export has no pages. Nothing was imported.");
	});

	it("duplicate titles: both pages imported, a warning says where links go", () => {
		const plan = planOf([
			{ title: "Same", body: "older", created: 1 },
			{ title: "Same", body: "newer", created: 2 },
			{ title: "same", body: "newest", created: 3 },
			{ title: "Linker", body: "[Same]" },
		]);
		expect(plan.notes.map((n) => n.path)).toEqual(["proj/Same.md", "proj/Same (2).md", "proj/same (3).md", "proj/Linker.md"]);
		expect(plan.problems.map((p) => [p.kind, p.title, p.message])).toEqual([
			["warning", "Same", 'Another page has the same title. This page was saved as "Same (2)"; links to the title lead to "Same".'],
			["warning", "same", 'Another page has a title Scrapbox treats as the same ("Same"). This page was saved as "same (3)"; links to the title lead to "Same".'],
		]);
		expect(bodyOf(plan, 3)).toBe("[[Same]]\n");
	});

	it("titles made only of illegal characters: usable names, title kept", () => {
		const plan = planOf([{ title: "???" }, { title: '<>:*|"' }, { title: "[]#^" }, { title: "Linker", body: "[???] [[]#^]" }]);
		// Equal in every other respect, they are ordered by title: `<` before `?` before `[`.
		expect(plan.notes.map((n) => n.path)).toEqual(["proj/Untitled (2).md", "proj/Untitled.md", "proj/Untitled (3).md", "proj/Linker.md"]);
		expect(plan.problems).toEqual([]);
		expect((parseYaml(plan.notes[1].content.split("\n---\n")[0].slice(4)) as { aliases: string[] }).aliases).toEqual(['<>:*|"']);
		expect(bodyOf(plan, 3)).toBe("[[Untitled (2)|???]] \\[\\[]#^]\n");
	});

	it("500-character titles: names cut to 240 bytes, links still reach them", () => {
		const ascii = "a".repeat(500);
		const japanese = "長".repeat(500);
		const plan = planOf([{ title: ascii }, { title: japanese }, { title: "Linker", body: `[${ascii}] [${japanese}]` }]);
		for (const note of plan.notes.slice(0, 2)) expect(utf8ByteLength(note.path.slice("proj/".length))).toBeLessThanOrEqual(240);
		expect(plan.problems).toEqual([]);
		const [a, j] = plan.notes.map((n) => n.path.slice(5, -3));
		expect(bodyOf(plan, 2)).toBe(`[[${a}|${ascii}]] [[${j}|${japanese}]]\n`);
	});

	it("a 100,000-character line: converted whole", () => {
		const line = "word ".repeat(20000);
		const out = md(line);
		expect(out).toBe(line.trimEnd());
		const linked = md("[x] ".repeat(25000));
		expect(linked.length).toBeGreaterThan(100000);
	});

	it("200 indent levels: one nested list", () => {
		const body = Array.from({ length: 200 }, (_, i) => " ".repeat(i + 1) + "x").join("\n");
		const names = markdownNodes(md(body)).map((n) => n.name);
		expect(names.filter((n) => n === "BulletList")).toHaveLength(200);
		expect(names).not.toContain("CodeBlock");
	});

	it("control characters and NUL: removed, and the page says how many", () => {
		const plan = planOf([{ title: "Ctl\u0000", body: "a\u0000b\u0007c\u001bd\u0085e\nline\rbreak\ttab kept" }]);
		expect(bodyOf(plan)).toBe("abcde\nline break\ttab kept\n");
		expect(plan.problems.map((p) => [p.kind, p.title, p.message])).toEqual([["warning", "Ctl\u0000", "5 control characters were removed from the text."]]);
		expect(plan.notes[0].path).toBe("proj/Ctl.md");
		expect((parseYaml(plan.notes[0].content.split("\n---\n")[0].slice(4)) as { title: string }).title).toBe("Ctl\u0000");
	});

	it("unpaired surrogates: replaced, never a failure", () => {
		const plan = planOf([{ title: "half \uD800", body: "text \uDC00 [link \uD83D]" }]);
		expect(plan.failed).toBe(0);
		expect(plan.notes[0].content).not.toMatch(/[\uD800-\uDFFF]/);
		expect(plan.notes[0].content).toContain("scrapbox_url: \"https://scrapbox.io/proj/half_%EF%BF%BD\"");
	});

	it("javascript: links: never clickable", () => {
		const out = md(
			[
				"javascript:alert(1)",
				"[javascript:alert(1)]",
				"[click javascript:alert(1)]",
				"[javascript:alert(1) click]",
				"[javascript:alert(1).png]",
				"[[javascript:alert(1)]]",
				"<a href=\"javascript:alert(1)\">x</a>",
				"[x](javascript:alert(1)) <javascript:alert(1)>",
				"[/javascript:alert(1)/x]",
				"#javascript:alert(1)",
				"[javascript:alert(1).icon]",
				" code:javascript:alert(1)",
				"[data:text/html,<script>alert(1)</script>]",
			].join("\n"),
		);
		for (const node of markdownNodes(out)) {
			if (node.name === "URL" || node.name === "Autolink") expect(node.text, out).not.toMatch(/^<?\s*(javascript|data|vbscript):/i);
			if (node.name === "HTMLTag" || node.name === "HTMLBlock") expect(node.text, out).not.toMatch(/(src|href)\s*=\s*"?\s*(javascript|data):|<a\b|<script/i);
		}
		expect(out).not.toMatch(/\]\(\s*<?\s*(javascript|data|vbscript):/i);
	});

	it("raw HTML in text: shown as text", () => {
		const out = md('<div onclick="x">hi</div>\n<script>alert(1)</script>\n <img src=x onerror=alert(1)>\n> <iframe src="https://e.com"></iframe>\n<!-- comment --> &lt;b&gt; <br/>');
		const names = markdownNodes(out).map((n) => n.name);
		expect(names).not.toContain("HTMLTag");
		expect(names).not.toContain("HTMLBlock");
		expect(names).not.toContain("Comment");
		expect(names).not.toContain("Entity");
		// The quoted iframe's URL runs to the next space, as Scrapbox reads it, and becomes a plain web link.
		expect(out).toBe('\\<div onclick="x">hi\\</div>\n\\<script>alert(1)\\</script>\n- \\<img src=x onerror=alert(1)>\n> \\<iframe src="[https://e.com">\\</iframe>](https://e.com"%3E%3C/iframe%3E)\n\n\\<!-- comment --> \\&lt;b\\&gt; \\<br/>');
	});

	it("one bad page among good ones: skipped with its reason, the rest imported", () => {
		const read = readExport(JSON.stringify({ name: "p", pages: [{ title: "Good", lines: ["Good"] }, { title: 5, lines: [] }, { title: "Also", lines: ["Also", { nope: 1 }] }] }));
		if (!read.ok) throw new Error();
		const plan = planImport(read.export);
		expect(plan.notes.map((n) => n.title)).toEqual(["Good"]);
		expect(plan.skipped).toBe(2);
		expect(plan.problems.map((p) => [p.kind, p.title, p.message])).toEqual([
			["skipped", "page 2", "page 2 has no title; skipped"],
			["skipped", "Also", "line 2 is neither text nor a line object with text; page skipped"],
		]);
	});
});
