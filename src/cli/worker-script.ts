/**
 * The file a worker thread runs (the bundled CLI itself) and the argument that
 * marks a worker. Kept apart from workers.ts so the command line's start-up
 * does not load `node:worker_threads` (about 15 ms of Node's own modules) for
 * commands that never start a worker.
 */

/** Appended to a worker's `process.argv`; main.ts then checks `isMainThread` before trusting it. */
export const WORKER_ARGUMENT = "--scrapbox-lens-worker";

let script: URL | undefined;

/** The file a worker runs: the bundled CLI itself. Set by `main.ts` only. */
export function useWorkerScript(url: URL | undefined): void {
	script = url;
}

export function workerScript(): URL | undefined {
	return script;
}
