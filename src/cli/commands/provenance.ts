/**
 * `scrapbox-lens provenance <file-or-dir> [--json]`: the translation-provenance
 * footer of each note.
 *
 * Text output is one line per note with a footer — `file:line`, the original's
 * project and title, engine, language and URL, tab-separated so it can be cut
 * and grepped — then a `notes=N withFooter=N` line. `--json` prints
 * `{"notes": N, "withFooter": N, "results": [{path, footer: {sourceProject, sourceTitle, sourceUrl, engine, sourceLanguage, line} | null}]}`.
 */
import { defineCommand } from "./synopsis";
import type { CliCommand } from "../command";
import { onlyPathArgument } from "../args";
import { collectNotes, forEachNoteText } from "../files";
import { parseFooter, type ParsedFooter } from "../../core/provenance";

export interface FooterSummary {
	sourceProject: string | null;
	sourceTitle: string;
	sourceUrl: string | null;
	engine: string | null;
	sourceLanguage: string | null;
	line: number;
}

export interface ProvenanceReport {
	notes: number;
	withFooter: number;
	results: { path: string; footer: FooterSummary | null }[];
}

function summary(footer: ParsedFooter): FooterSummary {
	const { sourceProject, sourceTitle, sourceUrl, engine, sourceLanguage, line } = footer;
	return { sourceProject, sourceTitle, sourceUrl, engine, sourceLanguage, line };
}

export async function provenanceOf(target: string): Promise<ProvenanceReport> {
	const notes = await collectNotes(target);
	const results: ProvenanceReport["results"] = [];
	let withFooter = 0;
	await forEachNoteText(notes, (note, text) => {
		const footer = parseFooter(text);
		if (footer) withFooter++;
		results.push({ path: note.path, footer: footer ? summary(footer) : null });
	});
	return { notes: notes.length, withFooter, results };
}

function textLine(path: string, f: FooterSummary): string {
	const source = f.sourceProject ? `/${f.sourceProject}/${f.sourceTitle}` : f.sourceTitle;
	return [`${path}:${f.line}`, source, f.engine ?? "-", f.sourceLanguage ?? "-", f.sourceUrl ?? "-"].join("\t");
}

export const provenanceCommand: CliCommand = defineCommand("provenance", {
	async run(args, io) {
		const report = await provenanceOf(onlyPathArgument(args, io.cwd, "<file-or-dir>"));
		const lines = report.results.filter((r) => r.footer).map((r) => textLine(r.path, r.footer as FooterSummary));
		lines.push(`notes=${report.notes} withFooter=${report.withFooter}`);
		return { json: report, text: lines.join("\n") };
	},
});
