/**
 * `scrapbox-lens scan <dir> [--json]`: which notes in a folder are
 * Scrapbox-flavoured — raw notation, converted Markdown, or translated pages.
 *
 * Text output is the summary with counts by flavour. `--json` prints
 * `{"notes": N, "counts": {"raw", "converted", "translated", "none"}, "results": [{path, flavour, score, reasons}]}`
 * with one result per note, in path order.
 */
import type { CliCommand } from "../command";
import { onlyPathArgument } from "../args";
import { collectNotes, forEachNoteText } from "../files";
import { classifyNote, type Flavour } from "../../core/detect";
import { t } from "../../i18n";

export interface ScanResult {
	path: string;
	flavour: Flavour | null;
	score: number;
	reasons: string[];
}

export interface ScanReport {
	notes: number;
	counts: Record<Flavour | "none", number>;
	results: ScanResult[];
}

export async function scanFolder(target: string, progress?: (text: string) => void): Promise<ScanReport> {
	const notes = await collectNotes(target);
	const counts: ScanReport["counts"] = { raw: 0, converted: 0, translated: 0, none: 0 };
	const results: ScanResult[] = [];
	await forEachNoteText(notes, (note, text, index) => {
		const { flavour, score, reasons } = classifyNote(text, note.path);
		counts[flavour ?? "none"]++;
		results.push({ path: note.path, flavour, score, reasons });
		if (progress && (index + 1) % 500 === 0) progress(`${index + 1}/${notes.length}`);
	});
	return { notes: notes.length, counts, results };
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

export const scanCommand: CliCommand = {
	name: "scan",
	get summary(): string {
		return t("cli.scan.summary");
	},
	usage: "<dir>",
	async run(args, io) {
		const report = await scanFolder(onlyPathArgument(args, io.cwd, "<dir>"), io.progress ? (text) => io.progress?.(text) : undefined);
		return { json: report, text: scanSummary(report) };
	},
};
