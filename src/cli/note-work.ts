/**
 * Per-note CPU work (classifying notes) shared between the main thread and a
 * worker thread, so a large folder is read and worked on two cores.
 *
 * Each thread reads its own notes: the main thread hands the worker a batch of
 * note paths, never texts, so nothing is copied between threads but the
 * results. The worker takes batches from the front of the list, `IN_FLIGHT`
 * at a time, and the main thread works from the back, so neither waits for
 * the other and the worker's start-up (a second V8 isolate, about a tenth of a
 * second) costs nothing while it boots: the main thread is already working.
 * The same work function runs on the main thread where no worker can start
 * (the tests, which run the sources), for a small folder (starting a worker
 * costs more than it saves), and for whatever a failed worker left: the
 * results are the same either way.
 */
import { readFileSync } from "node:fs";
import type { Worker } from "node:worker_threads";
import type { NoteFile } from "./files";
import { registerWorkerRole, startWorker } from "./workers";

/** The work for one note; built once per run (and once in the worker) from options sent as data. */
export type NoteWorkFactory<O, R> = (options: O) => (path: string, text: string) => R;

/** Notes per batch: small enough that the two threads finish close together. */
const BATCH_NOTES = 24;
/** Batches handed to the worker and not yet answered, at most. */
const IN_FLIGHT = 2;
/** Below this many notes, the work stays on the main thread. */
const WORKER_FROM_NOTES = 200;

type NoteRef = Pick<NoteFile, "absolute" | "path">;

/** A note's text, read as `forEachNoteText` reads it (synchronously: see files.ts); not imported from there, so the worker loads no strings. */
function readText(note: NoteRef): string {
	return readFileSync(note.absolute, "utf8");
}

/** Registers the worker's side of a kind of note work, under `role` (loaded through roles.ts). */
export function registerNoteWork<O, R>(role: string, factory: NoteWorkFactory<O, R>): void {
	registerWorkerRole(role, (data, port) => {
		const work = factory(data as O);
		port.on("message", (batch: NoteRef[] | null) => {
			if (batch === null) {
				port.close();
				return;
			}
			const results = new Array<R>(batch.length);
			for (let i = 0; i < batch.length; i++) results[i] = work(batch[i].path, readText(batch[i]));
			port.postMessage(results);
		});
	});
}

/**
 * One run of note work over a list of notes: `run` gives the results in the
 * list's order. The worker starts at construction, so it boots while the
 * caller walks the folder; `stayOnMainThread` gives it up.
 */
export class NoteWork<O, R> {
	private readonly work: (path: string, text: string) => R;
	private worker: Worker | undefined;
	/** The batches (start, end) handed to the worker, in order; answers come back in the same order. */
	private readonly sent: Array<[number, number]> = [];
	private notes: readonly NoteRef[] = [];
	private results: R[] = [];
	/** The next batch the worker gets starts here; the main thread's batches end at `back`. */
	private front = 0;
	private back = 0;
	private done = 0;
	private wake: (() => void) | undefined;

	/** `start` starts the worker; tests hand in a stand-in. */
	constructor(role: string, factory: NoteWorkFactory<O, R>, options: O, start: (role: string, options: O) => Worker | undefined = startWorker) {
		this.work = factory(options);
		this.worker = start(role, options);
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

	/** The results for `notes`, in their order. `progress` hears how many are done, now and then. */
	async run(notes: readonly NoteRef[], progress?: (done: number) => void): Promise<R[]> {
		if (notes.length < WORKER_FROM_NOTES) this.stayOnMainThread();
		this.notes = notes;
		this.results = new Array<R>(notes.length);
		this.front = 0;
		this.back = notes.length;
		this.done = 0;
		this.feed();
		let reported = 0;
		while (this.front < this.back || this.sent.length > 0) {
			if (this.front < this.back) {
				// The last batch still unassigned, done here.
				const end = this.back;
				const start = Math.max(this.front, end - BATCH_NOTES);
				this.back = start;
				this.doHere(start, end);
			} else await new Promise<void>((resolve) => (this.wake = resolve));
			if (progress && this.done - reported >= 500) {
				reported = this.done;
				progress(this.done);
			}
			// Let the worker's answers in between batches.
			if (this.worker !== undefined) await new Promise<void>((resolve) => setImmediate(resolve));
		}
		const worker = this.worker;
		if (worker !== undefined) {
			worker.postMessage(null);
			// The worker ends on its own; the process need not wait for it.
			worker.unref();
			this.worker = undefined;
		}
		return this.results;
	}

	/** Hands the worker batches from the front, up to `IN_FLIGHT`. */
	private feed(): void {
		while (this.worker !== undefined && this.sent.length < IN_FLIGHT && this.front < this.back) {
			const start = this.front;
			const end = Math.min(this.back, start + BATCH_NOTES);
			this.front = end;
			this.sent.push([start, end]);
			this.worker.postMessage(this.notes.slice(start, end).map((n) => ({ absolute: n.absolute, path: n.path })));
		}
	}

	private receive(results: R[]): void {
		const batch = this.sent.shift();
		if (batch === undefined) return;
		const start = batch[0];
		for (let i = 0; i < results.length; i++) this.results[start + i] = results[i];
		this.done += results.length;
		this.feed();
		this.wakeUp();
	}

	private doHere(start: number, end: number): void {
		for (let i = start; i < end; i++) this.results[i] = this.work(this.notes[i].path, readText(this.notes[i]));
		this.done += end - start;
	}

	private abandon(): void {
		const worker = this.worker;
		if (worker === undefined) return;
		this.worker = undefined;
		worker.removeAllListeners();
		worker.on("error", () => undefined);
		// Batches the worker had not answered go back to the main thread.
		for (const [start, end] of this.sent.splice(0)) this.doHere(start, end);
		this.wakeUp();
	}

	private wakeUp(): void {
		this.wake?.();
		this.wake = undefined;
	}
}
