/**
 * The import window's responsiveness: how long the main thread is blocked at
 * most while a 7,000-page export is imported through it (goal: never more than
 * 50 ms, as for the note index), measured in headless Chromium through the e2e
 * harness with the release main.js. The export is generated in the page
 * (~1.3 KB a page: links, a quote with commentary, a tag, a code block); the
 * file is handed to the window's file input and Import is clicked, as a user
 * would. Every note is written through the stand-in's Vault API, and the
 * plugin's note index classifies each new note, as in Obsidian.
 *
 * Figures:
 * - the import's longest slice: the longest stretch the page loop ran without
 *   yielding (conversions, writes, and the handlers the writes triggered), as
 *   the import measures it (ImportOutcome.timing.longestSliceMs);
 * - reading the chosen file, before the import: the longest slice the window
 *   read it in (the core's readExportSteps in time slices), beside the whole
 *   reading, file.arrayBuffer() included;
 * - one one-off block before the loop, in the core and synchronous: naming
 *   every note (prepareImport);
 * - the longest gap of a timer chain from the click on Import to the summary:
 *   everything on the main thread, including the stand-in's metadata cache,
 *   which re-resolves every link in the vault after each batch of new files
 *   (Obsidian resolves only the new ones), so it grows with the vault and is
 *   an upper bound that says more about the stand-in than about the plugin.
 *
 * Baselines from the same page and run: the timer chain's longest gap with
 * nothing running (the floor), and the core converting the whole export in one
 * task (what an importer that never yields would block for, before any write).
 */
import { existsSync } from "node:fs";
import { report, skip } from "./lib";
// @ts-expect-error plain .mjs module without types
import { buildHarness } from "../tests/e2e/build-harness.mjs";
import { chromiumPath, openHarness } from "../tests/e2e/helpers";

const PAGES = 7000;
const RUNS = 3;

if (!existsSync(chromiumPath)) {
	skip("import-ui", `no Chromium at ${chromiumPath}`);
} else {
	await (buildHarness as () => Promise<void>)();
	type Run = Awaited<ReturnType<typeof window.harness.measureImport>>;
	const runs: Run[] = [];
	for (let i = 0; i < RUNS; i++) {
		const h = await openHarness({ theme: "light" });
		try {
			runs.push(await h.page.evaluate((pages) => window.harness.measureImport(pages), PAGES));
			if (h.errors.length > 0) throw new Error(`harness errors: ${h.errors.join("; ")}`);
		} finally {
			await h.close();
		}
	}
	if (runs.some((r) => r.created !== PAGES)) throw new Error(`not every page was imported: ${runs.map((r) => r.created).join("/")}`);
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
	const gap = median(runs.map((r) => r.maxGapMs));
	const slice = median(runs.map((r) => r.longestSliceMs));
	const unsliced = median(runs.map((r) => r.unslicedConvertMs));
	const importMs = median(runs.map((r) => r.importMs));
	report("import-ui", [
		{
			name: `import's longest slice, ${PAGES} pages`,
			value: slice,
			unit: "ms",
			goal: { op: "<", value: 50 },
			note: `median of ${RUNS} runs (${runs.map((r) => r.longestSliceMs).join("/")} ms): pages converted and written between two yields, with the handlers the writes ran (the plugin's note index, the stand-in's vault); ${((slice / Math.max(1, unsliced)) * 100).toFixed(1)}% of the one-task baseline`,
		},
		{
			name: "one-off block before the first page: naming every note (core prepareImport)",
			value: median(runs.map((r) => r.prepareMs)),
			unit: "ms",
			goal: { op: "<", value: 50 },
			note: `runs: ${runs.map((r) => r.prepareMs).join("/")} ms; synchronous in the core, so it cannot yield`,
		},
		{
			name: "baseline: the same conversion in one task (no yielding, no writes)",
			value: unsliced,
			unit: "ms",
			note: "the block an importer that never yields would cause before writing anything",
		},
		{
			name: "longest timer-chain gap during the import, stand-in included",
			value: gap,
			unit: "ms",
			note: `median of ${RUNS} (${runs.map((r) => r.maxGapMs).join("/")} ms); upper bound: mostly the stand-in's metadata cache re-resolving every link after each batch of new files; Chromium long tasks (>50 ms) per run: ${runs.map((r) => r.longTasks.length).join("/")}; idle floor ${median(runs.map((r) => r.idleMaxGapMs))} ms`,
		},
		{
			name: `import time, ${PAGES} pages (convert, write, the stand-in's indexing)`,
			value: importMs,
			unit: "ms",
			note: `${Math.round(PAGES / (importMs / 1000))} pages/s; export ${(runs[0].exportBytes / 1048576).toFixed(1)} MiB`,
		},
		{
			name: "reading the chosen file: longest slice (core readExportSteps, sliced)",
			value: median(runs.map((r) => r.readLongestSliceMs)),
			unit: "ms",
			goal: { op: "<", value: 50 },
			note: `runs: ${runs.map((r) => r.readLongestSliceMs).join("/")} ms, in ${runs.map((r) => r.readSlices).join("/")} slices; the whole reading, from the choice to the Import button (file.arrayBuffer() and the yields included), took ${runs.map((r) => r.readMs).join("/")} ms; before the import starts`,
		},
	]);
}
