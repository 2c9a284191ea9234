/**
 * The classifier against the shared corpus (issue 4):
 * - every page of markdown-en and markdown-ja is detected, `translated` exactly
 *   where the page has a footer line;
 * - every villagepump page, exported to a `.md` file named by the importer's
 *   file-name rule and scanned through the files, is `raw`;
 * - every page of the same export, imported with this plugin's importer, is `converted`;
 * - every page's raw text, converted in place by "Convert Scrapbox notation to
 *   Markdown", is still found (`converted`), so the note keeps its rendering;
 * - no note in obsidian-help or kepano-vault is claimed.
 * Prints the figures and the lowest-margin cases.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { corpusDir, readCorpusFile, readCorpusNotes, type CorpusNote } from "./corpus";
import { classifyNoteDetailed, THRESHOLD, type ClassificationDetail } from "../../src/core/detect";
import { scanFolder } from "../../src/cli/commands/scan";
import { planImport, readExport, sanitizeFileName } from "../../src/core/import";
import { convertRawNote } from "../../src/plugin/import/convert-note";

interface Row {
	path: string;
	result: ClassificationDetail;
}

/** A footer line, found independently of the parser: the provenance sentence in the last lines. */
function hasFooterLine(text: string): boolean {
	const tail = text.trimEnd().split("\n").slice(-4);
	return tail.some((line) => /auto-translated from \[\/|copied from \[\//.test(line));
}

function classifyAll(notes: CorpusNote[]): Row[] {
	return notes.map((n) => ({ path: n.path, result: classifyNoteDetailed(n.text, n.path) }));
}

function best(r: ClassificationDetail): number {
	return Math.max(r.points.converted, r.points.raw) + r.points.translated;
}

function printLowest(label: string, rows: Row[], positive: boolean): void {
	const sorted = [...rows].sort((a, b) => (positive ? best(a.result) - best(b.result) : best(b.result) - best(a.result)));
	console.log(`  ${positive ? "lowest" : "highest"} margins in ${label} (points vs threshold ${THRESHOLD}):`);
	for (const row of sorted.slice(0, 5)) {
		console.log(`    ${best(row.result) - THRESHOLD >= 0 ? "+" : ""}${best(row.result) - THRESHOLD}  ${row.result.flavour ?? "none"} ${row.result.score}  ${row.path}  | ${row.result.reasons.slice(0, 3).join("; ")}`);
	}
}

describe.skipIf(!corpusDir)("classifier on the shared corpus", () => {
	for (const folder of ["markdown-en", "markdown-ja"]) {
		it(`detects every page of ${folder}, translated exactly where a footer is`, () => {
			const notes = readCorpusNotes(folder);
			const rows = classifyAll(notes);
			const footers = new Set(notes.filter((n) => hasFooterLine(n.text)).map((n) => n.path));
			const missed = rows.filter((r) => r.result.flavour === null).map((r) => r.path);
			const wrong = rows.filter((r) => (r.result.flavour === "translated") !== footers.has(r.path)).map((r) => `${r.path}: ${r.result.flavour}`);
			const counts = { translated: 0, converted: 0, raw: 0, none: 0 };
			for (const r of rows) counts[r.result.flavour ?? "none"]++;
			console.log(`${folder}: ${notes.length} pages, ${footers.size} with a footer line; recall ${((100 * (notes.length - missed.length)) / notes.length).toFixed(1)}%; ${JSON.stringify(counts)}`);
			printLowest(folder, rows, true);
			expect(notes.length).toBeGreaterThan(0);
			expect(missed).toEqual([]);
			expect(wrong).toEqual([]);
			expect(rows.filter((r) => r.result.flavour === "raw").map((r) => r.path)).toEqual([]);
		});
	}

	for (const folder of ["obsidian-help", "kepano-vault"]) {
		it(`claims no note in ${folder}`, () => {
			const rows = classifyAll(readCorpusNotes(folder));
			const claimed = rows.filter((r) => r.result.flavour !== null).map((r) => `${r.path}: ${r.result.flavour} ${r.result.reasons.join("; ")}`);
			console.log(`${folder}: ${rows.length} notes, ${claimed.length} false positives`);
			printLowest(folder, rows, false);
			expect(rows.length).toBeGreaterThan(0);
			expect(claimed).toEqual([]);
		});
	}

	describe("villagepump export", () => {
		const json = readCorpusFile("villagepump-sample.json");
		let dir = "";
		beforeAll(() => {
			dir = mkdtempSync(join(tmpdir(), "sbl-villagepump-"));
		});
		afterAll(() => {
			if (dir) rmSync(dir, { recursive: true, force: true });
		});

		it("finds every page's raw text raw, through files scanned like a vault", async () => {
			expect(json).not.toBeNull();
			const data = JSON.parse(json ?? "{}") as { pages: { title: string; lines: (string | { text: string })[] }[] };
			const used = new Set<string>();
			for (const page of data.pages) {
				// The importer's file-name rule, with a numbered suffix for a collision.
				const base = sanitizeFileName(page.title);
				let name = base;
				for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n})`;
				used.add(name.toLowerCase());
				const text = page.lines.map((line) => (typeof line === "string" ? line : line.text)).join("\n");
				writeFileSync(join(dir, `${name}.md`), text);
			}
			const report = await scanFolder(dir);
			const notRaw = report.results.filter((r) => r.flavour !== "raw").map((r) => `${r.path}: ${r.flavour} ${r.reasons.join("; ")}`);
			console.log(`villagepump raw pages: ${report.notes} files, ${report.counts.raw} raw, recall ${((100 * report.counts.raw) / report.notes).toFixed(1)}%; ${JSON.stringify(report.counts)}`);
			const rows = report.results.map((r) => ({ path: r.path, result: classifyNoteDetailed(readFileSync(join(dir, r.path), "utf8"), r.path) }));
			printLowest("villagepump (raw)", rows, true);
			expect(report.notes).toBe(data.pages.length);
			expect(notRaw).toEqual([]);
			// For information: the same pages in files named without their titles (page-1.md, …),
			// where only the notation can tell. Short pages of plain text are then not claimable.
			const unnamed = data.pages.filter((page, i) => classifyNoteDetailed(page.lines.map((l) => (typeof l === "string" ? l : l.text)).join("\n"), `page-${i + 1}.md`).flavour === "raw").length;
			console.log(`villagepump raw pages in files not named by title: ${unnamed} of ${data.pages.length} raw (${((100 * unnamed) / data.pages.length).toFixed(1)}%)`);
		});

		it("finds every page the importer writes converted", () => {
			const exported = readExport(json ?? "");
			expect(exported.ok).toBe(true);
			if (!exported.ok) return;
			const plan = planImport(exported.export);
			const rows = plan.notes.map((n) => ({ path: n.path, result: classifyNoteDetailed(n.content, n.path) }));
			const notConverted = rows.filter((r) => r.result.flavour !== "converted").map((r) => `${r.path}: ${r.result.flavour}`);
			console.log(`villagepump imported by this plugin: ${rows.length} notes, ${rows.length - notConverted.length} converted`);
			printLowest("villagepump (imported)", rows, true);
			expect(rows.length).toBeGreaterThan(0);
			expect(notConverted).toEqual([]);
		});
		it("still finds every page converted in place from its raw text", () => {
			const exported = readExport(json ?? "");
			expect(exported.ok).toBe(true);
			if (!exported.ok) return;
			const rows: Row[] = [];
			for (const page of exported.export.pages) {
				const name = sanitizeFileName(page.title);
				const converted = convertRawNote([page.title, ...page.lines.slice(1)].join("\n"), name, { originalComment: "Scrapbox original" });
				expect(converted.ok).toBe(true);
				if (converted.ok) rows.push({ path: `${name}.md`, result: classifyNoteDetailed(converted.text, `${name}.md`) });
			}
			const lost = rows.filter((r) => r.result.flavour !== "converted").map((r) => `${r.path}: ${r.result.flavour}`);
			console.log(`villagepump converted in place: ${rows.length} notes, ${rows.length - lost.length} converted`);
			expect(lost).toEqual([]);
		});
	});
});
