/**
 * The timeline on real notes: the LLM history page (English and its Japanese
 * twin) and every dated quote in the corpus. Titles and description lines are
 * checked against the note's own lines, read here by a plain pattern, so no
 * corpus sentence is copied into the repository.
 */
import { describe, expect, it } from "vitest";
import { extractEvents, eventToJson, type TimelineEvent } from "../../src/core/timeline";
import { flattenCommentary } from "../../src/core/quotes";
import { corpusDir, corpusMissingMessage, readCorpusFile, readCorpusNotes } from "./corpus";

const MOAT = "We Have No Moat, And Neither Does OpenAI.md";

const DATES = [
	"2023-02-24",
	"2023-03-03",
	"2023-03-12",
	"2023-03-13",
	"2023-03-18",
	"2023-03-19",
	"2023-03-25",
	"2023-03-28",
	"2023-03-28",
	"2023-04-03",
	"2023-04-15",
];

/** The note's dated quote lines as a plain pattern reads them: line, title, and the next quote line. */
function datedLines(text: string): { line: number; title: string; next: string }[] {
	const lines = text.split("\n");
	const out: { line: number; title: string; next: string }[] = [];
	lines.forEach((l, i) => {
		const m = /^>\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|Feb) \d{1,2}, 2023 - (.+)$/.exec(l);
		if (m) out.push({ line: i + 1, title: m[1].trim(), next: lines[i + 1].replace(/^>\s*/, "").trim() });
	});
	return out;
}

describe.skipIf(!corpusDir)("timeline on the shared corpus", () => {
	it("the English LLM history gives exactly eleven events with the right titles, descriptions and commentary", () => {
		const text = readCorpusFile(`markdown-en/${MOAT}`);
		expect(text).not.toBeNull();
		const events = extractEvents(text as string, MOAT);
		expect(events.map((e) => eventToJson(e).date)).toEqual(DATES);
		expect(events.every((e) => e.date.precision === "day" && e.date.end === null)).toBe(true);

		const expected = datedLines(text as string);
		expect(expected).toHaveLength(11);
		expect(events.map((e) => ({ line: e.line, title: e.title, first: e.text[0] }))).toEqual(expected.map((d) => ({ line: d.line, title: d.title, first: d.next })));
		expect(events[0].title).toContain("[[LLaMA]]");
		// "The next day, …" opens two descriptions and is never an event of its own.
		expect(events.filter((e) => e.text.some((t) => t.startsWith("The next day"))).map((e) => eventToJson(e).date)).toEqual(["2023-03-13", "2023-03-19"]);

		// Commentary sits on the event it follows in the note.
		expect(events.map((e) => flattenCommentary(e.commentary).length)).toEqual([0, 2, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
		const leak = events[1].commentary;
		expect(leak).toHaveLength(1);
		expect(leak[0].text).toBe("LLaMA was leaked.");
		expect(leak[0].children).toHaveLength(1);
		expect(leak[0].children[0].text).toContain("[[openness]]");
		const cerebras = events[7];
		expect(cerebras.text[0]).toContain("[[Cerebras]]");
		expect(cerebras.commentary).toHaveLength(1);
		expect(cerebras.commentary[0].text).toContain("[[Cerebras]]");
		console.log(`${MOAT}: ${events.length} events, ${DATES[0]} to ${DATES[DATES.length - 1]}`);
	});

	it("the Japanese twin gives the same dates, with commentary on the same events", () => {
		const text = readCorpusFile(`markdown-ja/${MOAT}`);
		expect(text).not.toBeNull();
		const events = extractEvents(text as string, MOAT);
		expect(events.map((e) => eventToJson(e).date)).toEqual(DATES);
		expect(events.map((e) => e.commentary.length > 0)).toEqual([false, true, false, false, false, false, false, true, false, false, false]);
	});

	it("counts the dated quotes of the whole corpus and shows any that look doubtful", () => {
		const all: TimelineEvent[] = [];
		const outside: TimelineEvent[] = [];
		for (const folder of ["markdown-en", "markdown-ja", "obsidian-help", "kepano-vault"]) {
			let count = 0;
			for (const note of readCorpusNotes(folder)) {
				const events = extractEvents(note.text, `${folder}/${note.path}`);
				count += events.length;
				all.push(...events);
				outside.push(...extractEvents(note.text, `${folder}/${note.path}`, { unquoted: true }).filter((e) => !e.quoted));
			}
			console.log(`${folder}: ${count} dated quotes`);
		}
		const raw = readCorpusFile("villagepump-sample-plain.json");
		if (raw) {
			const pages = (JSON.parse(raw) as { pages: { title: string; lines: string[] }[] }).pages;
			let count = 0;
			for (const page of pages) {
				const events = extractEvents(page.lines.slice(1), `villagepump/${page.title}`, { notation: "scrapbox" });
				count += events.length;
				all.push(...events);
			}
			console.log(`villagepump (raw notation): ${count} dated quotes`);
		}
		console.log(`whole corpus: ${all.length} dated quotes; with --unquoted another ${outside.length} dated lines outside quotes`);
		// A spot check of every dated quote (there are few): date, precision, title start.
		for (const e of all) {
			const j = eventToJson(e);
			console.log(`  ${(j.end ? `${j.date}/${j.end}` : j.date).padEnd(22)} ${j.precision.padEnd(11)} ${j.title.slice(0, 50).padEnd(50)} ${j.file}:${j.line}`);
		}
		// Doubtful: a year far from the notes' times, a bare year with an empty or lower-case title,
		// a title that is only digits, or one that starts with a Japanese particle (a cut sentence).
		const doubtful = all.filter((e) => {
			const y = e.date.start.year;
			return (
				y < 1800 ||
				y > 2030 ||
				(e.date.precision === "year" && (e.title === "" || /^[a-z]/.test(e.title))) ||
				/^[\d\s.,:/-]+$/.test(e.title) ||
				/^[\u3041-\u309f]/.test(e.title)
			);
		});
		console.log(`doubtful: ${doubtful.length}`);
		for (const e of doubtful) console.log(`  ? ${JSON.stringify(eventToJson(e))}`);
		expect(all.length).toBeGreaterThanOrEqual(22);
		expect(doubtful).toEqual([]);
	});
});

if (!corpusDir) console.log(corpusMissingMessage);
