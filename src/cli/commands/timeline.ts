/**
 * `scrapbox-lens timeline <file-or-dir> [--json] [--unquoted]`: the dated quotes
 * of a note or a folder of notes, in chronological order.
 *
 * Text output is one line per event — ISO date (a range as `start/end`), title,
 * and `file:line` — so it needs no translation and can be grepped. `--json`
 * prints one array of `eventToJson` objects. A note the classifier finds to be
 * raw Scrapbox notation is read as such (asked only of notes that may hold a
 * dated quote).
 */
import { defineCommand } from "./synopsis";
import type { CliCommand } from "../command";
import { onlyPathArgument } from "../args";
import { collectNotes, forEachNoteText } from "../files";
import { extractEvents, eventToJson, sortEvents, type TimelineEvent } from "../../core/timeline";
import { classifyFlavour } from "../../core/detect/classify";
import type { Notation } from "../../core/quotes";

function textLine(e: TimelineEvent): string {
	const j = eventToJson(e);
	const date = j.end ? `${j.date}/${j.end}` : j.date;
	return `${date}${j.title ? `  ${j.title}` : ""}  (${j.file}:${j.line})`;
}

export const timelineCommand: CliCommand = defineCommand("timeline", {
	switchOptions: ["unquoted"],
	async run(args, io) {
		const notes = await collectNotes(onlyPathArgument(args, io.cwd, "<file-or-dir>"));
		const unquoted = args.options.get("unquoted") === true;
		const events: TimelineEvent[] = [];
		await forEachNoteText(notes, (note, text) => {
			const notation = (t: string): Notation => (classifyFlavour(t, note.path) === "raw" ? "scrapbox" : "markdown");
			for (const e of extractEvents(text, note.path, { unquoted, notation })) events.push(e);
		});
		const sorted = sortEvents(events);
		return {
			json: sorted.map(eventToJson),
			text: sorted.map(textLine).join("\n"),
		};
	},
});
