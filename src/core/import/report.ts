/**
 * The Markdown import report, written next to the notes whenever a page was
 * skipped, failed or left as it was. English by default; the plugin passes its
 * translated labels.
 */
import { escapeText } from "./escape";
import type { ImportProblem, ProblemKind } from "./problems";

export interface ReportSummary {
	project: string | undefined;
	/** Entries in the export's `pages`. */
	pages: number;
	written: number;
	unchanged: number;
	problems: readonly ImportProblem[];
	/** When the import ran, as the writer wants it shown (e.g. an ISO date-time). */
	date?: string;
}

export interface ReportLabels {
	heading: string;
	project: string;
	date: string;
	pages: string;
	written: string;
	unchanged: string;
	sections: Record<ProblemKind, string>;
}

export const ENGLISH_REPORT_LABELS: ReportLabels = {
	heading: "Scrapbox (Cosense) import report",
	project: "Project",
	date: "Imported",
	pages: "Pages in the export",
	written: "Notes written",
	unchanged: "Notes unchanged",
	sections: {
		failed: "Failed",
		skipped: "Skipped",
		conflict: "Left as they were",
		warning: "Warnings",
	},
};

const ORDER: ProblemKind[] = ["failed", "skipped", "conflict", "warning"];

/** Whether a report is worth writing: something was skipped, failed or left as it was. */
export function needsReport(problems: readonly ImportProblem[]): boolean {
	return problems.some((p) => p.kind !== "warning");
}

export function renderImportReport(summary: ReportSummary, labels: ReportLabels = ENGLISH_REPORT_LABELS): string {
	const lines = [`# ${escapeText(labels.heading)}`, ""];
	if (summary.project !== undefined) lines.push(`- ${escapeText(labels.project)}: ${escapeText(summary.project)}`);
	if (summary.date !== undefined) lines.push(`- ${escapeText(labels.date)}: ${escapeText(summary.date)}`);
	lines.push(`- ${escapeText(labels.pages)}: ${summary.pages}`);
	lines.push(`- ${escapeText(labels.written)}: ${summary.written}`);
	lines.push(`- ${escapeText(labels.unchanged)}: ${summary.unchanged}`);
	for (const kind of ORDER) {
		const items = summary.problems.filter((p) => p.kind === kind);
		if (items.length === 0) continue;
		lines.push("", `## ${escapeText(labels.sections[kind])} (${items.length})`, "");
		for (const item of items) {
			// The note link uses its full path, so it resolves whatever else the vault holds.
			const title = item.path !== undefined && kind !== "failed" ? `[[${item.path.replace(/\.md$/, "")}|${item.title.replace(/[[\]|]/g, " ")}]]` : escapeText(item.title);
			lines.push(`- ${title}: ${escapeText(item.message)}`);
		}
	}
	return lines.join("\n") + "\n";
}
