/**
 * Shared measuring helpers for `npm run bench`. Each `bench/*.bench.ts` is
 * bundled and run in its own Node process by bench/run.mjs, and reports its
 * figures through `report()`. The machine is noisy: report medians and ratios
 * against a baseline measured in the same run, never single timings.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { performance } from "node:perf_hooks";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The shared corpus, or null when absent (a user's machine): benches that need it then skip. */
export function corpusDir(): string | null {
	const dir = process.env.SCRAPBOX_LENS_CORPUS ?? resolve(projectRoot, "../shared/corpus");
	return existsSync(dir) ? dir : null;
}

export interface Summary {
	runs: number;
	median: number;
	mean: number;
	p99: number;
	min: number;
	max: number;
}

export function summarise(samples: number[]): Summary {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
	return { runs: sorted.length, median: at(0.5), mean, p99: at(0.99), min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Runs `fn` `runs` times (after `warmup` unrecorded runs) and summarises the milliseconds. */
export async function time(fn: () => unknown, runs = 7, warmup = 1): Promise<Summary> {
	for (let i = 0; i < warmup; i++) await fn();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await fn();
		samples.push(performance.now() - start);
	}
	return summarise(samples);
}

export interface Figure {
	/** e.g. "classification throughput" */
	name: string;
	value: number;
	unit: string;
	/** The goal, when the issue names one, e.g. { op: ">", value: 100 }. */
	goal?: { op: "<" | ">"; value: number };
	/** Free text: baseline, sample size, what was measured. */
	note?: string;
}

/** Prints one bench's figures as a JSON line that bench/run.mjs collects. */
export function report(bench: string, figures: Figure[]): void {
	const withVerdict = figures.map((f) => ({
		...f,
		met: f.goal ? (f.goal.op === "<" ? f.value < f.goal.value : f.value > f.goal.value) : undefined,
	}));
	console.log("BENCH " + JSON.stringify({ bench, figures: withVerdict }));
}

export function skip(bench: string, reason: string): void {
	console.log("BENCH " + JSON.stringify({ bench, skipped: reason, figures: [] }));
}
