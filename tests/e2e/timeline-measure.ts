/**
 * How long the timeline pane takes to render 2,000 events in the harness,
 * shared by tests/e2e/timeline.e2e.test.ts and bench/timeline-pane.bench.ts.
 *
 * A note with 2,000 dated quotes (one per block, each with a description line
 * and a commentary bullet, spread over 1900–1999) is created and opened, the
 * pane reads it once, then each run re-renders the whole pane from its event
 * cache (no vault reads) by switching the scope between the note and its folder
 * (which holds only this note), as a user would:
 *
 * - `firstScreen`: from the change to the first frame, with the first chunk
 *   laid out (what the user sees first);
 * - `complete`: until every card is in the DOM and laid out (`aria-busy` false).
 *   Year sections have `content-visibility: auto` (styles.css), so the browser
 *   lays out the years on screen and gives the others their remembered or
 *   intrinsic size: "laid out" is what `offsetHeight` forces with that rule.
 * - `completeFullLayout`: the same, in separate runs with the rule switched
 *   off (`content-visibility: visible` on every year), so every card of every
 *   year is laid out: what the pane would cost without it.
 *
 * Baseline, same page and run: 2,000 plain one-line rows built with createDiv
 * and laid out in the same scroll container.
 */
import { cpus, loadavg } from "node:os";
import type { Harness } from "./helpers";
import { manyEvents } from "../plugin/timeline/fixtures";

export const PANE = ".workspace-split.mod-right-split .sbl-timeline";

export interface PaneRenderFigures {
	events: number;
	runs: number;
	firstScreenMedianMs: number;
	completeMedianMs: number;
	completeMinMs: number;
	/** `complete` with `content-visibility` off: every year laid out. */
	completeFullLayoutMedianMs: number;
	plainRowsBaselineMedianMs: number;
	/** completeMedianMs / plainRowsBaselineMedianMs. */
	completeToBaseline: number;
	/** Opening the note with the pane open: reading, extraction and the first render. */
	firstOpenWithExtractionMs: number;
	cards: number[];
	runsMs: [number, number][];
	/** The machine's load while measuring (1, 5, 15 minutes) and its CPU count. */
	loadAverage: number[];
	cpus: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10) / 10;

export async function measurePaneRender(h: Harness, runs = 9, events = 2000): Promise<PaneRenderFigures> {
	const path = "Bench/Two thousand events.md";
	await h.page.evaluate(([p, text]) => window.harness.createNote(p, text), [path, manyEvents(events)] as const);
	if ((await h.page.locator(PANE).count()) === 0) {
		await h.page.evaluate(() => window.harness.runCommand("scrapbox-lens:open-timeline"));
		await h.page.evaluate(() => window.harness.settle());
	}
	const openStarted = Date.now();
	await h.page.evaluate((p) => window.harness.openNote(p, "source"), path);
	await h.page.waitForFunction(([pane, n]) => document.querySelectorAll(`${pane} .sbl-tl-event`).length === n && document.querySelector(`${pane} .sbl-tl-list`)?.getAttribute("aria-busy") === "false", [PANE, events] as const, { timeout: 60000 });
	const firstOpenWithExtractionMs = Date.now() - openStarted;

	const measured = await h.page.evaluate(
		async ([pane, count, n]) => {
			const root = document.querySelector(pane) as HTMLElement;
			const select = root.querySelector("select.sbl-tl-scope") as HTMLSelectElement;
			const list = root.querySelector(".sbl-tl-list") as HTMLElement;
			const scroller = root.querySelector(".sbl-tl-scroll") as HTMLElement;
			const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
			const once = async () => {
				await frame();
				const started = performance.now();
				select.value = select.value === "note" ? "folder" : "note";
				select.dispatchEvent(new Event("change"));
				await frame();
				void list.offsetHeight;
				const firstScreen = performance.now() - started;
				while (list.getAttribute("aria-busy") !== "false" || list.querySelectorAll(".sbl-tl-event").length < n) await frame();
				void list.offsetHeight;
				return { firstScreen, complete: performance.now() - started, cards: list.querySelectorAll(".sbl-tl-event").length };
			};
			const out: { firstScreen: number; complete: number; cards: number }[] = [];
			for (let run = 0; run < count; run++) out.push(await once());
			// The same with content-visibility off, so every year is laid out.
			const full: number[] = [];
			const rule = root.createEl("style", { text: `${pane} .sbl-tl-year { content-visibility: visible !important; }` });
			for (let run = 0; run < count; run++) full.push((await once()).complete);
			rule.remove();
			const baseline: number[] = [];
			for (let run = 0; run < count; run++) {
				await frame();
				const started = performance.now();
				const box = scroller.createDiv();
				for (let i = 0; i < n; i++) box.createDiv({ text: `Row ${i}` });
				void box.offsetHeight;
				baseline.push(performance.now() - started);
				box.remove();
			}
			return { out, full, baseline };
		},
		[PANE, runs, events] as const,
	);
	const complete = median(measured.out.map((r) => r.complete));
	const plain = median(measured.baseline);
	return {
		events,
		runs,
		firstScreenMedianMs: round(median(measured.out.map((r) => r.firstScreen))),
		completeMedianMs: round(complete),
		completeMinMs: round(Math.min(...measured.out.map((r) => r.complete))),
		completeFullLayoutMedianMs: round(median(measured.full)),
		plainRowsBaselineMedianMs: round(plain),
		completeToBaseline: round(complete / plain),
		firstOpenWithExtractionMs,
		cards: measured.out.map((r) => r.cards),
		runsMs: measured.out.map((r) => [Math.round(r.firstScreen), Math.round(r.complete)]),
		loadAverage: loadavg().map(round),
		cpus: cpus().length,
	};
}
