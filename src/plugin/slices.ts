/**
 * Cooperative time-slicing for vault-sized work. Obsidian runs plugins on the
 * UI thread, so long loops must give the frame back: work runs until the slice
 * budget is spent, then yields with a macrotask before going on.
 */

/** Milliseconds of work per slice; well under the 50 ms a user would feel, with room for GC and rendering. */
export const SLICE_BUDGET_MS = 8;

export function yieldToUi(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/** A clock that says when the current slice is spent, and yields when it is. */
export class SliceClock {
	private sliceStart = performance.now();

	constructor(private readonly budgetMs = SLICE_BUDGET_MS) {}

	/** True once the current slice has used its budget. */
	spent(): boolean {
		return performance.now() - this.sliceStart >= this.budgetMs;
	}

	/** Yields to the UI if the slice is spent; returns whether it yielded. */
	async maybeYield(): Promise<boolean> {
		if (!this.spent()) return false;
		await yieldToUi();
		this.sliceStart = performance.now();
		return true;
	}
}
