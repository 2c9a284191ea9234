// The Live Preview extension in a real CodeMirror 6 editor (happy-dom: no
// layout, so every line counts as visible), on its own and through the plugin.
import { EditorState } from "@codemirror/state";
import { foldedRanges, foldable } from "@codemirror/language";
import { EditorView } from "@codemirror/view";
import { afterEach, describe, expect, it } from "vitest";
import manifest from "../../../manifest.json";
import { createApp, destroyApp, layoutReady, loadPlugin, openNote, settle, type App } from "../../stand-in/testing";
import { quoteUnitsExtension, refreshEditors, type LivePreviewDeps } from "../../../src/plugin/live-preview/extension";
import { buildDecorations } from "../../../src/plugin/live-preview/decorations";
import { analyseNote } from "../../../src/core/quotes";
import { bikeNote, BIKE_UNITS, ordinaryNote } from "../reading/fixtures";

// @ts-expect-error TS5097: the .ts extension makes Vite pick the source, not the built main.js.
const { default: ScrapboxLensPlugin } = await import("../../../main.ts");

const labels = { text: (folded: boolean, count: number) => `${folded ? "Show" : "Hide"} ${count}`, aria: (folded: boolean) => (folded ? "unfold" : "fold") };

interface Harness {
	view: EditorView;
	deps: LivePreviewDeps;
	decisions: string[];
	timers: (() => void)[];
	selected: { value: boolean };
}

function editor(doc: string, options: { path?: string | null; livePreview?: boolean } = {}): Harness {
	const decisions: string[] = [];
	const timers: (() => void)[] = [];
	const selected = { value: true };
	const views = new Set<EditorView>();
	const deps: LivePreviewDeps = {
		fileOf: () => (options.path === undefined ? "Note.md" : options.path),
		livePreview: () => options.livePreview ?? true,
		decide: (path) => {
			decisions.push(path);
			return { units: selected.value, notation: "markdown" };
		},
		labels,
		setTimer: (fn) => timers.push(fn),
		clearTimer: () => undefined,
		views,
	};
	const view = new EditorView({ state: EditorState.create({ doc, extensions: [quoteUnitsExtension(deps)] }), parent: document.body });
	return { view, deps, decisions, timers, selected };
}

function lineClasses(view: EditorView): { line: number; classes: string[]; unit: string | null }[] {
	return Array.from(view.contentDOM.querySelectorAll<HTMLElement>(".cm-line"))
		.map((el, i) => ({ line: i, classes: Array.from(el.classList).filter((c) => c.startsWith("sbl-lp-")).sort(), unit: el.getAttribute("data-sbl-unit") }))
		.filter((l) => l.classes.length > 0);
}

const views: EditorView[] = [];
let app: App | undefined;
afterEach(() => {
	for (const view of views.splice(0)) view.destroy();
	destroyApp(app);
	app = undefined;
});

describe("Live Preview quote units", () => {
	it("puts classes on the lines of each quote and its commentary", () => {
		const h = editor(bikeNote);
		views.push(h.view);
		const lines = lineClasses(h.view);
		const unit = (n: number) => lines.filter((l) => l.unit === String(n));
		expect(unit(BIKE_UNITS.drais).map((l) => [l.line, l.classes.join(" ")])).toEqual([
			[6, "sbl-lp-has-commentary sbl-lp-quote sbl-lp-unit-head"],
			[7, "sbl-lp-has-commentary sbl-lp-quote"],
			[8, "sbl-lp-has-commentary sbl-lp-quote"],
			[9, "sbl-lp-comment sbl-lp-depth-0"],
			[10, "sbl-lp-comment sbl-lp-depth-1"],
			[11, "sbl-lp-comment sbl-lp-depth-2 sbl-lp-unit-last"],
		]);
		expect(unit(BIKE_UNITS.alone).map((l) => l.classes.join(" "))).toEqual(["sbl-lp-quote sbl-lp-unit-head sbl-lp-unit-last"]);
		// The dated quote lines get a date mark; the toggle sits at the end of the quote.
		expect(Array.from(h.view.contentDOM.querySelectorAll(".sbl-lp-date")).map((el) => el.textContent)).toEqual(["1817", "1885"]);
		expect(Array.from(h.view.contentDOM.querySelectorAll("button.sbl-lp-toggle")).map((b) => b.getAttribute("data-sbl-unit"))).toEqual([String(BIKE_UNITS.drais), String(BIKE_UNITS.safety)]);
	});

	it("folds and unfolds the commentary with CodeMirror's own folds", () => {
		const h = editor(bikeNote);
		views.push(h.view);
		const button = () => h.view.contentDOM.querySelector<HTMLButtonElement>(`button.sbl-lp-toggle[data-sbl-unit="${BIKE_UNITS.drais}"]`) as HTMLButtonElement;
		expect(button().getAttribute("aria-expanded")).toBe("true");
		button().click();
		const folded: [number, number][] = [];
		foldedRanges(h.view.state).between(0, h.view.state.doc.length, (from, to) => void folded.push([from, to]));
		const doc = h.view.state.doc;
		expect(folded).toEqual([[doc.line(BIKE_UNITS.drais + 3).to, doc.line(12).to]]);
		expect(button().getAttribute("aria-expanded")).toBe("false");
		expect(button().textContent).toBe("Show 3");
		button().click();
		expect(foldedRanges(h.view.state).size).toBe(0);
	});

	it("offers the commentary to the fold service, so Obsidian's fold commands work on a quote", () => {
		const h = editor(bikeNote);
		views.push(h.view);
		const doc = h.view.state.doc;
		const quoteLine = doc.line(BIKE_UNITS.drais + 1);
		expect(foldable(h.view.state, quoteLine.from, quoteLine.to)).toEqual({ from: doc.line(BIKE_UNITS.drais + 3).to, to: doc.line(12).to });
		const alone = doc.line(BIKE_UNITS.alone + 1);
		expect(foldable(h.view.state, alone.from, alone.to)).toBeNull();
	});

	it("updates the model on edits and decides the note's scope again after a pause", () => {
		const h = editor(bikeNote);
		views.push(h.view);
		expect(h.decisions).toHaveLength(1);
		// A blank line between quote and list ends the unit.
		h.view.dispatch({ changes: { from: h.view.state.doc.line(BIKE_UNITS.drais + 3).to, insert: "\n" } });
		expect(lineClasses(h.view).filter((l) => l.unit === String(BIKE_UNITS.drais) && l.classes.includes("sbl-lp-comment"))).toHaveLength(0);
		expect(h.decisions).toHaveLength(1);
		expect(h.timers).toHaveLength(1);
		h.selected.value = false;
		h.timers[0]();
		expect(h.decisions).toHaveLength(2);
		expect(lineClasses(h.view)).toEqual([]);
		h.selected.value = true;
		refreshEditors(h.deps.views as Set<EditorView>);
		expect(lineClasses(h.view).length).toBeGreaterThan(0);
	});

	it("shows nothing without a file or outside Live Preview", () => {
		const noFile = editor(bikeNote, { path: null });
		const source = editor(bikeNote, { livePreview: false });
		views.push(noFile.view, source.view);
		expect(lineClasses(noFile.view)).toEqual([]);
		expect(lineClasses(source.view)).toEqual([]);
		expect(noFile.decisions).toEqual([]);
	});

	it("decorates only the lines asked for", () => {
		const state = EditorState.create({ doc: bikeNote });
		const structure = analyseNote(state.doc.toJSON());
		const line = (n: number) => state.doc.line(n + 1);
		const decorations = buildDecorations(state, structure, [{ from: line(9).from, to: line(10).to }], labels, () => undefined);
		const starts: number[] = [];
		decorations.between(0, state.doc.length, (from) => void starts.push(state.doc.lineAt(from).number - 1));
		expect(starts).toEqual([9, 10]);
	});
});

describe("Live Preview through the plugin", () => {
	it("decorates a detected note in Live Preview and leaves an ordinary one alone", async () => {
		app = createApp({ files: { "Bicycle history.md": bikeNote, "Shopping.md": ordinaryNote } });
		await loadPlugin(app, ScrapboxLensPlugin, manifest);
		await layoutReady(app);
		const view = await openNote(app, "Bicycle history.md", "live");
		await settle(app);
		const content = view.cm.contentDOM;
		expect(content.querySelectorAll(".cm-line.sbl-lp-unit-head").length).toBe(3);
		expect(content.querySelectorAll(`.cm-line.sbl-lp-comment[data-sbl-unit="${BIKE_UNITS.drais}"]`).length).toBe(3);
		const shopping = await openNote(app, "Shopping.md", "live");
		await settle(app);
		expect(shopping.cm.contentDOM.querySelectorAll("[class*='sbl-lp-']").length).toBe(0);
		// Turning the feature off clears open editors.
		const plugin = app.plugins.getPlugin(manifest.id) as { settings: { livePreviewUnits: boolean }; saveSettings(): Promise<void> };
		const bike = await openNote(app, "Bicycle history.md", "live");
		plugin.settings.livePreviewUnits = false;
		await plugin.saveSettings();
		await settle(app);
		expect(bike.cm.contentDOM.querySelectorAll("[class*='sbl-lp-']").length).toBe(0);
	});
});
