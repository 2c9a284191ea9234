/**
 * Reading view: the post-processor's cost per section over the corpus
 * (markdown-en + markdown-ja), in happy-dom. Each note is split into sections
 * and rendered by the Obsidian stand-in's renderer (tests/stand-in), the
 * sections are put in a document, and only the post-processor is timed, one
 * call per section, as Obsidian calls it. The render scope is the default
 * ("detected"), so the classifier runs too: once per note, on its first
 * section, as in the app.
 *
 * Each note is rendered and processed in a task of its own, as in the app
 * (see bench/happy-dom.ts for why that matters to happy-dom's heap).
 *
 * Baseline in the same run: a post-processor that only asks for the section's
 * info and looks for a quote (the least any such processor does).
 *
 * `READING_PROFILE=1` prints the heap per pass and the slowest sections.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { installDom, nextTask } from "./happy-dom";
import { corpusDir, report, skip, summarise } from "./lib";

const corpus = corpusDir();
if (!corpus) {
	skip("reading", "no corpus at ../shared/corpus");
} else {
	await installDom();
	const { BlockRenderer } = await import("../tests/stand-in/markdown/render");
	const { ReadingRenderer } = await import("../src/plugin/reading/processor");
	const { NoteScope } = await import("../src/plugin/reading/scope");
	const { FoldStore } = await import("../src/plugin/reading/fold-store");
	const { classifyFlavour } = await import("../src/core/detect");
	type Ctx = Parameters<InstanceType<typeof ReadingRenderer>["process"]>[1];

	const notes: { path: string; text: string }[] = [];
	for (const folder of ["markdown-en", "markdown-ja"]) {
		const dir = join(corpus, folder);
		for (const name of readdirSync(dir).sort()) {
			const full = join(dir, name);
			if (name.endsWith(".md") && statSync(full).isFile()) notes.push({ path: `${folder}/${name}`, text: readFileSync(full, "utf8") });
		}
	}

	const renderer = new BlockRenderer({ resolves: () => true, embedSource: () => null });
	const host = document.body.appendChild(createDiv());

	/** Renders one note's sections into the document (replacing the last note's), as Reading view would before post-processing. */
	function render(note: { path: string; text: string }): { el: HTMLElement; info: { text: string; lineStart: number; lineEnd: number } }[] {
		host.replaceChildren();
		const { sections } = renderer.renderSections(note.text);
		for (const section of sections) host.appendChild(section.el);
		return sections.map((section) => ({ el: section.el, info: { text: note.text, lineStart: section.lineStart, lineEnd: section.lineEnd } }));
	}

	function ctxFor(path: string, el: HTMLElement, info: { text: string; lineStart: number; lineEnd: number }): Ctx {
		return { docId: "bench", sourcePath: path, frontmatter: null, addChild: () => undefined, getSectionInfo: (target: HTMLElement) => (target === el ? info : null) };
	}

	const slowest: { ms: number; path: string; lines: string; cls: string }[] = [];
	const totals = { units: 0, threads: 0, chips: 0 };

	/** One pass over the corpus: per note (each in its own task), render its sections, then time each processor call. */
	async function pass(kind: "plugin" | "baseline"): Promise<number[]> {
		const lens = new ReadingRenderer({
			settings: () => ({ renderScope: "detected", renderRawNotes: true }),
			// A fresh scope per pass: every note is classified again, once.
			scope: new NoteScope(classifyFlavour, 1000),
			folds: new FoldStore(),
			links: null,
			track: () => undefined,
			defer: () => undefined,
		});
		const samples: number[] = [];
		let found = 0;
		if (kind === "plugin") totals.units = totals.threads = totals.chips = 0;
		for (const note of notes) {
			for (const { el, info } of render(note)) {
				const ctx = ctxFor(note.path, el, info);
				const start = performance.now();
				if (kind === "plugin") lens.process(el, ctx);
				else if (ctx.getSectionInfo(el) && el.querySelector("blockquote")) found++;
				samples.push(performance.now() - start);
				if (process.env.READING_PROFILE && kind === "plugin") slowest.push({ ms: samples[samples.length - 1], path: note.path, lines: `${info.lineStart}-${info.lineEnd}`, cls: el.className });
			}
			await nextTask();
			if (kind === "plugin") {
				totals.units += host.querySelectorAll(".sbl-unit-head").length;
				totals.threads += host.querySelectorAll(".sbl-thread").length;
				totals.chips += host.querySelectorAll("time.sbl-date").length;
			}
		}
		void found;
		return samples;
	}

	const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

	// Warm up both paths once, then alternate so load on the machine hits both alike.
	await pass("plugin");
	await pass("baseline");
	const RUNS = 7;
	const plugin: ReturnType<typeof summarise>[] = [];
	const baseline: ReturnType<typeof summarise>[] = [];
	let sectionCount = 0;
	for (let i = 0; i < RUNS; i++) {
		collect();
		if (process.env.READING_PROFILE) console.error("heap MB", Math.round(process.memoryUsage().heapUsed / 1e6));
		const p = await pass("plugin");
		sectionCount = p.length;
		plugin.push(summarise(p));
		collect();
		baseline.push(summarise(await pass("baseline")));
	}
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
	const mean = median(plugin.map((s) => s.mean));
	const p99 = median(plugin.map((s) => s.p99));
	const baseMean = median(baseline.map((s) => s.mean));

	if (process.env.READING_PROFILE) console.error(slowest.sort((a, b) => b.ms - a.ms).slice(0, 25));
	report("reading", [
		{
			name: "post-processing per section, mean",
			value: mean,
			unit: "ms",
			goal: { op: "<", value: 0.3 },
			note: `median of ${RUNS} passes over ${sectionCount} sections of ${notes.length} corpus notes (happy-dom); baseline processor ${baseMean.toFixed(4)} ms, ratio ${(mean / baseMean).toFixed(1)}×`,
		},
		{
			name: "post-processing per section, p99",
			value: p99,
			unit: "ms",
			goal: { op: "<", value: 3 },
			note: `slowest section in the median pass ${median(plugin.map((s) => s.max)).toFixed(2)} ms (rare: a garbage collection landing in the call), median section ${median(plugin.map((s) => s.median)).toFixed(4)} ms`,
		},
		{ name: "units decorated per pass", value: totals.units, unit: "quotes", note: `${totals.threads} commentary threads, ${totals.chips} date chips` },
	]);
}
