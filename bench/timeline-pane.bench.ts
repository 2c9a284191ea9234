/**
 * The timeline pane rendering 2,000 events, in headless Chromium through the
 * e2e harness with the release main.js (goal: under 150 ms). The measurement is
 * tests/e2e/timeline-measure.ts: each run re-renders the whole pane from its
 * event cache; `first screen` is the first frame with the first chunk laid out,
 * `complete` is every card built, in the DOM and laid out (`aria-busy` false,
 * all 2,000 `.sbl-tl-event` present, then `offsetHeight` read).
 *
 * How the pane gets there (src/plugin/timeline/README.md): a screenful of cards
 * at once, the rest in slices of 32–42 ms that yield to the UI, each slice
 * built off the document and attached in one go; cards are clones of a
 * prepared template. Year sections have `content-visibility: auto` with
 * `contain-intrinsic-size`, so off-screen years are not laid out until they
 * come near the screen: `complete` counts layout as the browser does it with
 * that rule. For honesty the same runs are repeated with the rule switched off
 * (every year laid out) and reported separately as "complete, every year laid
 * out".
 *
 * The baseline, measured in the same page and run, is 2,000 plain one-line
 * rows built and laid out in the same scroll container; other work on the
 * machine moves every figure, so compare the ratio. Figures include the
 * stand-in's DOM helpers.
 */
import { existsSync } from "node:fs";
import { report, skip } from "./lib";
// @ts-expect-error plain .mjs module without types
import { buildHarness } from "../tests/e2e/build-harness.mjs";
import { chromiumPath, openHarness } from "../tests/e2e/helpers";
import { measurePaneRender } from "../tests/e2e/timeline-measure";

if (!existsSync(chromiumPath)) {
	skip("timeline-pane", `no Chromium at ${chromiumPath}`);
} else {
	await (buildHarness as () => Promise<void>)();
	const h = await openHarness({ theme: "light" });
	try {
		const f = await measurePaneRender(h, 15);
		const load = `load average ${f.loadAverage.join("/")} on ${f.cpus} CPUs`;
		report("timeline-pane", [
			{
				name: "2,000 events: first screen (change → first frame laid out)",
				value: f.firstScreenMedianMs,
				unit: "ms",
				goal: { op: "<", value: 150 },
				note: `median of ${f.runs} runs; ${load}`,
			},
			{
				name: "2,000 events: complete (every card in the DOM, laid out)",
				value: f.completeMedianMs,
				unit: "ms",
				goal: { op: "<", value: 150 },
				note: `median of ${f.runs} runs (fastest ${f.completeMinMs} ms), chunked in slices of 32–42 ms that yield to the UI; off-screen years skipped by content-visibility: auto`,
			},
			{
				name: "2,000 events: complete, every year laid out (content-visibility off)",
				value: f.completeFullLayoutMedianMs,
				unit: "ms",
				note: `median of ${f.runs} runs`,
			},
			{ name: "baseline: 2,000 plain rows built and laid out", value: f.plainRowsBaselineMedianMs, unit: "ms", note: "same page, same run" },
			{ name: "complete ÷ baseline", value: f.completeToBaseline, unit: "×" },
			{ name: "opening the note: read, extract, first render", value: f.firstOpenWithExtractionMs, unit: "ms", note: "one run, from openNote to the last chunk" },
		]);
	} finally {
		await h.close();
	}
}
