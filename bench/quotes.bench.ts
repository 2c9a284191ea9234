/**
 * The quote model inside Live Preview's budget: a 5,000-line note, one
 * character edited, the whole note analysed again. The note is synthesised
 * (no corpus needed): quotes with dated lines and paragraphs, commentary three
 * levels deep, `- >` quotes in lists, code fences, plain text and blank lines.
 * Baseline in the same run: the cheapest possible pass over the same lines
 * (reading each line's first character).
 */
import { PerformanceObserver, performance } from "node:perf_hooks";
import { report, summarise } from "./lib";
import { analyseNote, quotesInRange } from "../src/core/quotes";

const LINES = 5000;

function unit(i: number): string[] {
	const day = (i % 28) + 1;
	return [
		`> Chapter ${i}: what the author claims`,
		`>  ${2000 + (i % 25)}/${(i % 12) + 1}/${day} - Event number ${i} in the history`,
		">  The quoted passage goes on for a while, long enough to wrap in a narrow pane, with a [[link]] in it.",
		">",
		">  A second paragraph of the same quote.",
		`- My first thought on passage ${i}.`,
		"    - A reply one level down, with a [[page link]].",
		"        - And a third level.",
		"- Another top-level comment.",
		"",
		"Plain text between the units, as notes have.",
		"- A list of reading notes",
		"    - > A quote inside a list item",
		"    - >  that runs over two items.",
		"        - Its commentary, deeper.",
		"",
		...(i % 5 === 0 ? ["```js", "> not a quote: code", "const x = 1;", "```", ""] : []),
	];
}

function note(): string[] {
	const lines: string[] = [];
	for (let i = 0; lines.length < LINES; i++) lines.push(...unit(i));
	lines.length = LINES;
	return lines;
}

/** Garbage-collection pauses (start, duration): the usual cause of a high p99 besides a busy machine. */
const gcPauses: { start: number; duration: number }[] = [];
const observer = new PerformanceObserver((list) => {
	for (const entry of list.getEntries()) gcPauses.push({ start: entry.startTime, duration: entry.duration });
});
observer.observe({ entryTypes: ["gc"] });

interface Measured extends ReturnType<typeof summarise> {
	window: [number, number];
}

function measure(runs: number, fn: (i: number) => void): Measured {
	for (let i = 0; i < 50; i++) fn(i);
	const samples: number[] = [];
	const from = performance.now();
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn(i);
		samples.push(performance.now() - start);
	}
	return { ...summarise(samples), window: [from, performance.now()] };
}

/** GC entries arrive asynchronously: call after letting the event loop run. */
function gcNote(m: Measured): string {
	const inside = gcPauses.filter((g) => g.start >= m.window[0] && g.start <= m.window[1]).map((g) => g.duration);
	return inside.length === 0 ? "no GC pause" : `${inside.length} GC pauses, longest ${Math.max(...inside).toFixed(1)} ms`;
}

const base = note();
const text = base.join("\n");
const RUNS = 400;
// Each run edits a different line: one character typed into the middle of the note.
const edited = (i: number): string[] => {
	const lines = base.slice();
	const at = 2000 + ((i * 37) % 1000);
	lines[at] = lines[at].slice(0, 3) + "x" + lines[at].slice(3);
	return lines;
};
const editedTexts = Array.from({ length: 64 }, (_, i) => edited(i).join("\n"));
const editedLines = Array.from({ length: 64 }, (_, i) => edited(i));

let sink = 0;
const floor = measure(RUNS, (i) => {
	const lines = editedLines[i % 64];
	for (let k = 0; k < lines.length; k++) sink += lines[k].charCodeAt(0) | 0;
});
const fromLines = measure(RUNS, (i) => {
	sink += analyseNote(editedLines[i % 64]).quotes.length;
});
const fromText = measure(RUNS, (i) => {
	sink += analyseNote(editedTexts[i % 64]).quotes.length;
});
const structure = analyseNote(text);
const viewport = measure(RUNS, (i) => {
	const from = (i * 97) % (LINES - 60);
	sink += quotesInRange(structure, from, from + 60).length;
});
// A structural edit: a line turned into a quote (`>` typed at its start).
const structural = measure(RUNS, (i) => {
	const lines = editedLines[i % 64].slice();
	const at = 2010 + (i % 500);
	lines[at] = "> " + lines[at];
	sink += analyseNote(lines).quotes.length;
});

// Memory: what one analysis of the note allocates and keeps (bench/run.mjs starts Node with --expose-gc).
const gc = (globalThis as { gc?: () => void }).gc;
let perStructureKB = Number.NaN;
if (gc) {
	gc();
	const before = process.memoryUsage().heapUsed;
	const kept: unknown[] = [];
	for (let i = 0; i < 20; i++) kept.push(analyseNote(editedLines[i]));
	gc();
	perStructureKB = (process.memoryUsage().heapUsed - before) / kept.length / 1024;
}

await new Promise((resolve) => setTimeout(resolve, 100));
observer.disconnect();

report("quotes", [
	{
		name: "quote model, 5,000-line note after a 1-char edit (lines)",
		value: fromLines.median,
		unit: "ms",
		goal: { op: "<", value: 5 },
		note: `p99 ${fromLines.p99.toFixed(3)} ms over ${fromLines.runs} edits (${gcNote(fromLines)}); ${structure.quotes.length} quote blocks; the path Live Preview takes (doc.toJSON() lines)`,
	},
	{
		name: "quote model ÷ first-character floor",
		value: fromLines.median / floor.median,
		unit: "×",
		note: `floor median ${(floor.median * 1000).toFixed(1)} µs (reading each line's first character)`,
	},
	{
		name: "quote model, same note from text (split included)",
		value: fromText.median,
		unit: "ms",
		goal: { op: "<", value: 5 },
		note: `p99 ${fromText.p99.toFixed(3)} ms (${gcNote(fromText)}); the path Reading view takes (getSectionInfo text, once per note version)`,
	},
	{
		name: "quote model after typing `>` at a line start",
		value: structural.median,
		unit: "ms",
		goal: { op: "<", value: 5 },
		note: `p99 ${structural.p99.toFixed(3)} ms (${gcNote(structural)})`,
	},
	{
		name: "memory kept by one analysis of the note",
		value: perStructureKB,
		unit: "KB",
		note: "the structure itself; nearly all of what an analysis allocates, so a 1-char edit makes about this much garbage",
	},
	{
		name: "quotesInRange for a 60-line viewport",
		value: viewport.median * 1000,
		unit: "µs",
		note: `p99 ${(viewport.p99 * 1000).toFixed(1)} µs`,
	},
]);
if (sink === -1) console.log("unreachable");
