/**
 * Footer parsing benchmark (issue 7): `parseFooter` over every note of the
 * shared corpus in memory, in MB of UTF-8 per second, for the whole corpus and
 * for markdown-en alone (where nearly every note has a footer, so the full
 * parse runs). Beside it, in the same run, a floor: one `indexOf` of a string
 * that is in no note, which reads every character once.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { corpusDir, report, skip, time, type Figure } from "./lib";
import { parseFooter } from "../src/core/provenance";

const BENCH = "provenance";

function loadNotes(dir: string): { folder: string; text: string; bytes: number }[] {
	const notes: { folder: string; text: string; bytes: number }[] = [];
	const walk = (folder: string, top: string) => {
		for (const name of readdirSync(folder)) {
			if (name.startsWith(".")) continue;
			const full = join(folder, name);
			if (statSync(full).isDirectory()) walk(full, top || name);
			else if (name.endsWith(".md")) {
				const text = readFileSync(full, "utf8");
				notes.push({ folder: top, text, bytes: Buffer.byteLength(text) });
			}
		}
	};
	walk(dir, "");
	return notes;
}

async function measure(label: string, texts: string[], bytes: number): Promise<Figure[]> {
	const mb = bytes / 1e6;
	let found = 0;
	const parseAll = () => {
		found = 0;
		for (const text of texts) if (parseFooter(text)) found++;
	};
	let misses = 0;
	const scanAll = () => {
		misses = 0;
		for (const text of texts) if (text.indexOf("\u0000no such text\u0000") === -1) misses++;
	};
	const parse = await time(parseAll, 31, 5);
	const scan = await time(scanAll, 31, 5);
	return [
		{
			name: `footer parsing, ${label}`,
			value: mb / (parse.median / 1000),
			unit: "MB/s",
			goal: { op: ">", value: 200 },
			note: `${texts.length} notes, ${mb.toFixed(2)} MB, ${found} footers, median ${parse.median.toFixed(2)} ms of ${parse.runs} runs; floor: one indexOf over every note, median ${scan.median.toFixed(2)} ms (${(mb / (scan.median / 1000)).toFixed(0)} MB/s, ${misses} notes)`,
		},
	];
}

const dir = corpusDir();
if (!dir) skip(BENCH, "corpus not found; set SCRAPBOX_LENS_CORPUS to a folder of notes");
else {
	const notes = loadNotes(dir);
	const all = await measure(
		"whole corpus",
		notes.map((n) => n.text),
		notes.reduce((s, n) => s + n.bytes, 0),
	);
	const en = notes.filter((n) => n.folder === "markdown-en");
	const translated = await measure(
		"markdown-en (translated pages)",
		en.map((n) => n.text),
		en.reduce((s, n) => s + n.bytes, 0),
	);
	report(BENCH, [...all, ...translated]);
}
