/**
 * Per-note CPU work (classifying notes) in a worker thread, so it runs on a
 * second core while the main thread reads the notes.
 *
 * The main thread queues the texts in batches as `forEachNoteText` reads them
 * and keeps the worker `IN_FLIGHT` batches ahead; each batch's results come
 * back in order. Once reading is done the main thread works too, taking batches
 * from the end of the queue while the worker takes them from the front, so
 * neither thread waits for the other. The same work function runs on the main
 * thread where no worker can start (the tests, which run the sources), for a
 * small folder (starting a worker costs more than it saves), and for whatever
 * a failed worker left: the results are the same either way.
 */
import type { Worker } from "node:worker_threads";
import { registerWorkerRole, startWorker } from "./workers";

/** The work for one note; built once per run (and once in the worker) from options sent as data. */
export type NoteWorkFactory<O, R> = (options: O) => (path: string, text: string) => R;

interface Batch {
	paths: string[];
	texts: string[];
	/** Index of the batch's first note in the results. */
	start: number;
	chars: number;
}

/** A batch is closed when it holds this many notes or this many characters. */
const BATCH_NOTES = 32;
const BATCH_CHARS = 64 * 1024;
/** Batches handed to the worker and not yet answered, at most. */
const IN_FLIGHT = 2;
/** Characters queued for the worker, at most; beyond this the main thread works the batch itself, so memory stays bounded. */
const MAX_QUEUED_CHARS = 32 * 1024 * 1024;
/** Below this many notes, the work stays on the main thread. */
export const WORKER_FROM_NOTES = 200;

/** Registers the worker's side of a kind of note work, under `role` (loaded through roles.ts). */
export function registerNoteWork<O, R>(role: string, factory: NoteWorkFactory<O, R>): void {
	registerWorkerRole(role, (data, port) => {
		const work = factory(data as O);
		port.on("message", (batch: Pick<Batch, "paths" | "texts"> | null) => {
			if (batch === null) {
				port.close();
				return;
			}
			const results = new Array<R>(batch.paths.length);
			for (let i = 0; i < batch.paths.length; i++) results[i] = work(batch.paths[i], batch.texts[i]);
			port.postMessage(results);
		});
	});
}

/**
 * One run of note work: `add` each note in order, then `finish` for all
 * results in the same order. The worker starts at construction, so it boots
 * while the caller walks the folder; `stayOnMainThread` gives it up.
 */
export class NoteWork<O, R> {
	private readonly work: (path: string, text: string) => R;
	private worker: Worker | undefined;
	private readonly results: R[] = [];
	/** Closed batches not yet handed over, in order. */
	private readonly queue: Batch[] = [];
	private queuedChars = 0;
	/** Batches handed to the worker, in order; answers come back in the same order. */
	private readonly sent: Batch[] = [];
	private batch: Batch = { paths: [], texts: [], start: 0, chars: 0 };
	private count = 0;
	private wake: (() => void) | undefined;

	constructor(role: string, factory: NoteWorkFactory<O, R>, options: O) {
		this.work = factory(options);
		this.worker = startWorker(role, options);
		if (this.worker === undefined) return;
		this.worker.on("message", (results: R[]) => this.receive(results));
		// A worker that fails or stops early: what it was given is done here instead.
		this.worker.on("error", () => this.abandon());
		this.worker.on("exit", () => this.abandon());
	}

	/** Does all the work on the main thread (a small folder, or an error before any note). */
	stayOnMainThread(): void {
		const worker = this.worker;
		if (worker === undefined) return;
		this.abandon();
		void worker.terminate();
	}

	add(path: string, text: string): void {
		const index = this.count++;
		if (this.worker === undefined) {
			this.results[index] = this.work(path, text);
			return;
		}
		const batch = this.batch;
		batch.paths.push(path);
		batch.texts.push(text);
		batch.chars += text.length;
		if (batch.paths.length >= BATCH_NOTES || batch.chars >= BATCH_CHARS) this.close();
	}

	/** All results, in the order the notes were added. */
	async finish(): Promise<R[]> {
		this.close();
		// Both threads now: the main thread from the end of the queue, the worker from its front.
		while (this.worker !== undefined && (this.queue.length > 0 || this.sent.length > 0)) {
			const last = this.queue.pop();
			if (last !== undefined) {
				this.queuedChars -= last.chars;
				this.doHere(last);
				// Let the worker's answers in between batches.
				await new Promise<void>((resolve) => setImmediate(resolve));
			} else await new Promise<void>((resolve) => (this.wake = resolve));
		}
		if (this.worker !== undefined) {
			this.worker.postMessage(null);
			// The worker ends on its own; the process need not wait for it.
			this.worker.unref();
			this.worker = undefined;
		}
		return this.results;
	}

	/** Closes the batch being filled: queued for the worker, or done here when too much is queued already. */
	private close(): void {
		const batch = this.batch;
		if (batch.paths.length === 0) return;
		this.batch = { paths: [], texts: [], start: this.count, chars: 0 };
		if (this.worker === undefined) {
			this.doHere(batch);
			return;
		}
		if (this.queuedChars + batch.chars > MAX_QUEUED_CHARS) {
			this.doHere(batch);
			return;
		}
		this.queue.push(batch);
		this.queuedChars += batch.chars;
		this.feed();
	}

	/** Hands batches from the front of the queue to the worker, up to `IN_FLIGHT`. */
	private feed(): void {
		while (this.worker !== undefined && this.sent.length < IN_FLIGHT && this.queue.length > 0) {
			const batch = this.queue.shift() as Batch;
			this.queuedChars -= batch.chars;
			this.sent.push(batch);
			this.worker.postMessage({ paths: batch.paths, texts: batch.texts });
		}
	}

	private receive(results: R[]): void {
		const done = this.sent.shift();
		if (done === undefined) return;
		for (let i = 0; i < results.length; i++) this.results[done.start + i] = results[i];
		this.feed();
		this.wake?.();
		this.wake = undefined;
	}

	private doHere(batch: Batch): void {
		for (let i = 0; i < batch.paths.length; i++) this.results[batch.start + i] = this.work(batch.paths[i], batch.texts[i]);
	}

	private abandon(): void {
		const worker = this.worker;
		if (worker === undefined) return;
		this.worker = undefined;
		worker.removeAllListeners();
		worker.on("error", () => undefined);
		for (const batch of this.sent.splice(0)) this.doHere(batch);
		for (const batch of this.queue.splice(0)) this.doHere(batch);
		this.queuedChars = 0;
		// The batch being filled stays: with no worker, `close` does it here.
		this.wake?.();
		this.wake = undefined;
	}
}
