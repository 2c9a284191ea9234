/**
 * Reading the chosen export file without blocking the window: the core's
 * reader in steps (`readExportSteps`: the file's structure, then each page),
 * run in time slices (`SliceClock`) that yield to the UI between them. The
 * result and its messages are the core's, exactly as `readExportBytes` gives
 * them.
 */
import { bytesSource, readExportSteps, type ReadExportResult } from "../../core/import";
import { SliceClock } from "../slices";

export interface ReadTiming {
	/** The longest stretch the reading ran without yielding (ms). */
	longestSliceMs: number;
	/** From the first step to the result, yields included (ms). */
	totalMs: number;
	/** How many slices the reading took. */
	slices: number;
}

export interface ReadInSlicesOptions {
	/** Milliseconds of work per slice (default `SLICE_BUDGET_MS`). */
	budgetMs?: number;
	/** Checked after every slice; true abandons the reading (the window closed, another file was chosen). */
	abandoned?(): boolean;
}

/** The export read from its bytes in slices, or null when abandoned. */
export async function readExportInSlices(bytes: Uint8Array, options: ReadInSlicesOptions = {}): Promise<{ result: ReadExportResult; timing: ReadTiming } | null> {
	const clock = new SliceClock(options.budgetMs);
	const steps = readExportSteps(bytesSource(bytes));
	const began = performance.now();
	let sliceStart = began;
	const timing: ReadTiming = { longestSliceMs: 0, totalMs: 0, slices: 1 };
	for (;;) {
		const next = steps.next();
		if (next.done) {
			timing.longestSliceMs = Math.round(Math.max(timing.longestSliceMs, performance.now() - sliceStart));
			timing.totalMs = Math.round(performance.now() - began);
			return { result: next.value, timing };
		}
		if (clock.spent()) {
			timing.longestSliceMs = Math.max(timing.longestSliceMs, performance.now() - sliceStart);
			await clock.maybeYield();
			if (options.abandoned?.()) return null;
			timing.slices++;
			sliceStart = performance.now();
		}
	}
}
