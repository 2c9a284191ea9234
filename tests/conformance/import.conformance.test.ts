/**
 * The importer on the real villagepump sample (with and without metadata): no
 * failed page, one note per page, every link between pages of the export opens
 * the right note (Obsidian's resolution rules), properties parse as YAML, and
 * Markdown/HTML inside plain text stays plain.
 */
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { corpusDir, corpusMissingMessage, readCorpusFile } from "./corpus";
import { readExport } from "../../src/core/scrapbox/export";
import { parse, type Node } from "../../src/core/scrapbox/parse";
import { titleKey } from "../../src/core/scrapbox/title";
import { planImport } from "../../src/core/import/plan";
import { parseRows } from "../../src/core/import/blocks";
import { escapeText } from "../../src/core/import/escape";
import { utf8ByteLength } from "../../src/core/import/names";
import { extractLinks, indexVault, resolveLink } from "../core/import/obsidian-links";
import { markdownNodes } from "../core/import/markdown-tree";

const SPECIAL = /[*_~<>&[$`|#=%^\\]/;
/** Tags the importer itself writes; any other tag would be text turned into HTML. */
const OWN_TAG = /^<(\/?(u|strong|em|del|span)|span data-scrapbox-deco="[^"]*"|img src="https:\/\/[^"]*" alt="[^"]*" style="[^"]*")>$/;

function plainTexts(nodes: readonly Node[], into: string[]): void {
	for (const node of nodes) {
		if (node.type === "plain") into.push(node.text);
		else if ("nodes" in node) plainTexts(node.nodes, into);
	}
}

for (const file of ["villagepump-sample.json", "villagepump-sample-plain.json"]) {
	describe.skipIf(!corpusDir)(`import of ${file}`, () => {
		const text = readCorpusFile(file) ?? "";
		const read = readExport(text);
		if (!read.ok) throw new Error(read.error.message);
		const exported = read.export;
		const started = performance.now();
		const plan = planImport(exported, { timeZone: "utc" });
		const elapsed = performance.now() - started;
		const byPath = new Map(plan.notes.map((n) => [n.path, n]));

		it("imports every page, none failed, one note each", () => {
			expect(plan.failed).toBe(0);
			expect(plan.skipped).toBe(0);
			expect(plan.notes).toHaveLength(exported.pages.length);
			expect(new Set(plan.notes.map((n) => n.path.toLowerCase())).size).toBe(plan.notes.length);
			for (const note of plan.notes) expect(utf8ByteLength(note.path.slice(note.path.indexOf("/") + 1))).toBeLessThanOrEqual(240);
			console.log(`${file}: ${exported.pages.length} pages → ${plan.notes.length} notes, ${plan.failed} failed, ${plan.problems.length} warnings (${plan.problems.map((p) => p.code).join(", ")}), converted in ${elapsed.toFixed(0)} ms`);
		});

		it("gives properties that parse as YAML", () => {
			for (const note of plan.notes) {
				const head = note.content.slice(4, note.content.indexOf("\n---\n", 3));
				const props = parseYaml(head) as Record<string, unknown>;
				expect(props.title, note.path).toBe(note.title);
				expect(props.scrapbox_url, note.path).toMatch(/^https:\/\/scrapbox\.io\/villagepump\/\S+$/);
			}
		});

		it("opens the right note from every link between pages of the export", () => {
			const vault = indexVault(plan.notes.map((n) => n.path));
			const pathByKey = new Map<string, string>();
			for (const note of plan.notes) if (!pathByKey.has(titleKey(note.title))) pathByKey.set(titleKey(note.title), note.path);
			let toPages = 0;
			let toMissing = 0;
			const wrong: string[] = [];
			for (const note of plan.notes) {
				for (const link of extractLinks(note.content)) {
					const shown = link.display.replace(/^#/, "").replace(/^\/villagepump\//, "");
					const expected = pathByKey.get(titleKey(shown));
					const resolved = resolveLink(link.target, note.path, vault);
					if (expected !== undefined) toPages++;
					else toMissing++;
					if (resolved !== expected) wrong.push(`${note.path}:${link.line} ${link.display} → ${resolved ?? "nothing"} (expected ${expected ?? "nothing"})`);
				}
			}
			console.log(`${file}: ${toPages} links to pages of the export all open their note; ${toMissing} links to pages not in it open no other note; ${wrong.length} wrong`);
			expect(wrong).toEqual([]);
			// The sample is 363 pages of a 7,000-page project: most links point outside it.
			expect(toPages).toBeGreaterThan(50);
		});

		it("keeps Markdown and HTML in plain text plain", () => {
			let checked = 0;
			const missing: string[] = [];
			const foreignTags: string[] = [];
			for (const page of exported.pages) {
				const note = byPath.get(plan.notes.find((n) => n.title === page.title)!.path)!;
				const texts: string[] = [];
				for (const block of parse(page.lines.join("\n"))) {
					if (block.type === "line") plainTexts(block.nodes, texts);
					if (block.type === "table") for (const row of block.cells) for (const cell of row) plainTexts(cell, texts);
				}
				for (const raw of texts) {
					// eslint-disable-next-line no-control-regex -- the importer removes these; compare without them
					const textOnly = raw.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, "").trim();
					if (!SPECIAL.test(textOnly)) continue;
					checked++;
					const forms = [escapeText(textOnly), escapeText(textOnly, true), "\\" + escapeText(textOnly)];
					if (!forms.some((f) => note.content.includes(f))) missing.push(`${note.path}: ${JSON.stringify(textOnly)}`);
				}
				for (const node of markdownNodes(note.content.slice(note.content.indexOf("\n---\n", 3) + 5))) {
					if (node.name === "HTMLBlock" || node.name === "CommentBlock" || node.name === "ProcessingInstructionBlock") foreignTags.push(`${note.path}: ${node.name}`);
					if (node.name === "HTMLTag" && !OWN_TAG.test(node.text)) foreignTags.push(`${note.path}: ${node.text}`);
				}
			}
			console.log(`${file}: ${checked} plain texts with Markdown/HTML characters, all written escaped: ${missing.length === 0}; HTML other than the importer's own: ${foreignTags.length}`);
			expect(missing).toEqual([]);
			expect(foreignTags).toEqual([]);
		});

		it("splits pages into blocks exactly as the parser does", () => {
			for (const page of exported.pages) expect(parseRows(page.lines), page.title).toEqual(parse(page.lines.join("\n")));
		});
	});
}

if (!corpusDir) console.log(corpusMissingMessage);
