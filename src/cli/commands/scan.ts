/**
 * `scrapbox-lens scan <dir> [--json]`: which notes in a folder are
 * Scrapbox-flavoured — raw notation, converted Markdown, or translated pages.
 *
 * Text output is the summary with counts by flavour. `--json` prints
 * `{"notes": N, "counts": {"raw", "converted", "translated", "none"}, "results": [{path, flavour, score, reasons}]}`
 * with one result per note, in path order.
 */
import { defineCommand } from "./synopsis";
import type { CliCommand } from "../command";
import { onlyPathArgument } from "../args";
import { collectNotes } from "../files";
import { NoteWork } from "../note-work";
import type { Flavour } from "../../core/detect";
import { t } from "../../i18n";
import { classifyForScan, SCAN_ROLE, type ScanResult } from "./scan-work";

export type { ScanResult };

export interface ScanReport {
	notes: number;
	counts: Record<Flavour | "none", number>;
	results: ScanResult[];
}

export async function scanFolder(target: string, progress?: (text: string) => void): Promise<ScanReport> {
	// A worker thread reads and classifies part of the notes where one can start (see note-work.ts); it boots during the walk.
	const work = new NoteWork(SCAN_ROLE, classifyForScan, null);
	let notes;
	try {
		notes = await collectNotes(target);
	} catch (error) {
		work.stayOnMainThread();
		throw error;
	}
	const total = notes.length;
	const results = await work.run(notes, progress ? (done) => progress(`${done}/${total}`) : undefined);
	const counts: ScanReport["counts"] = { raw: 0, converted: 0, translated: 0, none: 0 };
	for (const r of results) counts[r.flavour ?? "none"]++;
	return { notes: total, counts, results };
}

export function scanSummary(report: ScanReport): string {
	const found = report.counts.raw + report.counts.converted + report.counts.translated;
	return [
		t("list.summary", { found, total: report.notes }),
		`  ${t("flavour.raw")}: ${report.counts.raw}`,
		`  ${t("flavour.converted")}: ${report.counts.converted}`,
		`  ${t("flavour.translated")}: ${report.counts.translated}`,
		`  ${t("flavour.none")}: ${report.counts.none}`,
	].join("\n");
}

export const scanCommand: CliCommand = defineCommand("scan", {
	async run(args, io) {
		const report = await scanFolder(onlyPathArgument(args, io.cwd, "<dir>"), io.progress ? (text) => io.progress?.(text) : undefined);
		return { json: report, text: scanSummary(report) };
	},
});
