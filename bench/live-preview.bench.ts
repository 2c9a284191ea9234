/**
 * Live Preview: the time from a one-character edit to decorated lines in a
 * 5,000-line note, measured on a real CodeMirror 6 EditorView in happy-dom.
 *
 * happy-dom has no layout; CodeMirror then draws a viewport of a few dozen
 * lines at the top of the note, about what a screen shows, and the edits are
 * typed there. The dispatch is timed whole: the field's model update over all
 * 5,000 lines, the ViewPlugin's decorations for the visible lines, and
 * CodeMirror's own DOM update. The second figure does the extension's part by
 * hand for a 60-line viewport in the middle of the note; the third is the
 * headroom if every line were visible.
 *
 * Baseline in the same run: the same edit in the same editor without the
 * extension (CodeMirror's own work in happy-dom).
 */
import { performance } from "node:perf_hooks";
import { report, summarise } from "./lib";
import { installDom, nextTask } from "./happy-dom";

const LINES = 5000;

/** A reading note's shape, repeated: quotes with dated lines, nested commentary, `- >` quotes, code, prose. */
function unit(i: number): string[] {
	return [
		`> Chapter ${i}: what the book argues`,
		`>  ${1990 + (i % 30)}/${(i % 12) + 1}/${(i % 27) + 1} - Event ${i} in the story`,
		">  A long quoted passage, long enough to wrap in a narrow pane, with a [[link]] in the middle of it.",
		">",
		">  A second paragraph of the same quote.",
		`- My first thought on passage ${i}.`,
		"    - An answer one level down, with a [[page link]].",
		"        - A third level.",
		"- Another top-level comment.",
		"",
		"A paragraph between the units, as notes have.",
		"- A list of reading notes",
		"    - > A quote inside a list item",
		"    - >  that runs over two items.",
		"        - Its commentary, deeper.",
		"",
		...(i % 5 === 0 ? ["```js", "> not a quote: code", "const x = 1;", "```", ""] : []),
	];
}

function note(): string {
	const lines: string[] = [];
	for (let i = 0; lines.length < LINES; i++) lines.push(...unit(i));
	lines.length = LINES;
	return lines.join("\n");
}

await installDom();
const { EditorState } = await import("@codemirror/state");
const { EditorView } = await import("@codemirror/view");
const { quoteUnitsExtension } = await import("../src/plugin/live-preview/extension");
const { buildDecorations } = await import("../src/plugin/live-preview/decorations");
const { analyseNote } = await import("../src/core/quotes");

const labels = { text: (folded: boolean, count: number) => `${folded ? "Show" : "Hide"} ${count} comments`, aria: (folded: boolean) => (folded ? "Unfold" : "Fold") };
const text = note();

function makeEditor(withExtension: boolean): InstanceType<typeof EditorView> {
	const extensions = withExtension
		? [
				quoteUnitsExtension({
					fileOf: () => "Bench.md",
					livePreview: () => true,
					decide: () => ({ units: true, notation: "markdown" }),
					labels,
					setTimer: () => 0,
					clearTimer: () => undefined,
				}),
			]
		: [];
	return new EditorView({ state: EditorState.create({ doc: text, extensions }), parent: document.body });
}

const withUnits = makeEditor(true);
const without = makeEditor(false);
const decorated = withUnits.contentDOM.querySelectorAll(".cm-line[data-sbl-unit]").length;
const visibleLines = withUnits.visibleRanges.reduce((n, r) => n + withUnits.state.doc.lineAt(r.to).number - withUnits.state.doc.lineAt(r.from).number + 1, 0);

/** One character typed on a line in view (happy-dom's viewport is the top of the note); each run a different line. */
function edit(view: InstanceType<typeof EditorView>, i: number): number {
	const line = view.state.doc.line(2 + ((i * 7) % Math.max(1, visibleLines - 2)));
	const start = performance.now();
	view.dispatch({ changes: { from: line.to, insert: "x" } });
	return performance.now() - start;
}

const RUNS = 300;
for (let i = 0; i < 30; i++) {
	edit(withUnits, i);
	edit(without, i);
}
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < RUNS; i++) {
	// Each edit is its own task in the app, as here.
	await nextTask();
	a.push(edit(withUnits, i));
	b.push(edit(without, i));
}
const full = summarise(a);
const base = summarise(b);

// The same work away from the top: the model rebuilt for the whole note, decorations for 60 lines in the middle.
const viewportRuns: number[] = [];
let state = withUnits.state;
for (let i = 0; i < RUNS + 30; i++) {
	const line = state.doc.line(2000 + ((i * 37) % 1000));
	state = state.update({ changes: { from: line.to, insert: "x" } }).state;
	const first = state.doc.line(2000 + ((i * 37) % 1000));
	const last = state.doc.line(Math.min(state.doc.lines, first.number + 60));
	const start = performance.now();
	const structure = analyseNote(state.doc.toJSON());
	buildDecorations(state, structure, [{ from: first.from, to: last.to }], labels, () => undefined);
	const ms = performance.now() - start;
	if (i >= 30) viewportRuns.push(ms);
}
const viewport = summarise(viewportRuns);

// Headroom: if every line were visible (never the case in the app).
const allRuns: number[] = [];
for (let i = 0; i < 40; i++) {
	const structure = analyseNote(state.doc.toJSON());
	const start = performance.now();
	buildDecorations(state, structure, [{ from: 0, to: state.doc.length }], labels, () => undefined);
	allRuns.push(performance.now() - start);
}
const all = summarise(allRuns.slice(5));

report("live-preview", [
	{
		name: "edit to decorated lines, 5,000-line note",
		value: full.median,
		unit: "ms",
		goal: { op: "<", value: 5 },
		note: `happy-dom EditorView (its viewport: ${visibleLines} lines, ${decorated} of them in units), median of ${RUNS} one-character edits in view (p99 ${full.p99.toFixed(2)} ms); the same edit without the extension ${base.median.toFixed(2)} ms, so the extension adds ${(full.median - base.median).toFixed(2)} ms`,
	},
	{
		name: "model + decorations for a 60-line viewport mid-note",
		value: viewport.median,
		unit: "ms",
		goal: { op: "<", value: 5 },
		note: `analyseNote over all ${LINES} lines plus buildDecorations for lines 2,000–3,000 in turn, p99 ${viewport.p99.toFixed(2)} ms`,
	},
	{ name: "decorations if all 5,000 lines were visible", value: all.median, unit: "ms", note: "buildDecorations alone over the whole note: the headroom, not a case the app meets" },
]);
withUnits.destroy();
without.destroy();
