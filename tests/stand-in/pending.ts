/**
 * Work the stand-in starts without the caller awaiting it (post-processor
 * promises, re-renders after a file changes). `settleWork()` waits until none
 * is left, so a test can look at the DOM once the app has caught up.
 */
const inFlight = new Set<Promise<unknown>>();

export function trackWork<T>(promise: Promise<T>): Promise<T> {
	inFlight.add(promise);
	const done = (): void => {
		inFlight.delete(promise);
	};
	promise.then(done, done);
	return promise;
}

export async function settleWork(): Promise<void> {
	// A finished piece of work may start another, so loop until quiet.
	for (let round = 0; round < 100; round++) {
		await new Promise((resolve) => setTimeout(resolve, 0));
		if (inFlight.size === 0) return;
		await Promise.allSettled(Array.from(inFlight));
	}
	throw new Error("settle: work kept arriving after 100 rounds");
}

type ErrorSink = (error: unknown) => void;

/** By default an error from a plugin callback is rethrown on a fresh task, where the test runner reports it. */
const rethrow: ErrorSink = (error) => {
	setTimeout(() => {
		throw error;
	}, 0);
};
let sink: ErrorSink = rethrow;

/** Reports an error a plugin callback threw (event listener, post-processor) without stopping the others. */
export function reportCallbackError(error: unknown): void {
	sink(error);
}

/** Collects callback errors instead of rethrowing them, until `stop()`. */
export function captureCallbackErrors(): { errors: unknown[]; stop(): void } {
	const errors: unknown[] = [];
	sink = (error) => errors.push(error);
	return {
		errors,
		stop: () => {
			sink = rethrow;
		},
	};
}
