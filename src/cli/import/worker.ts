/**
 * `import` with its reading half in a worker thread: the worker reads and
 * converts pages and encodes each note's UTF-8 bytes into one of `AHEAD` slots
 * of memory shared with the main thread, which writes the files. The two
 * overlap on two cores. Memory stays flat: the worker waits (on a shared
 * counter) while all slots hold batches not yet written, the slots are reused
 * rather than allocated per batch (buffers handed from thread to thread would
 * pile up as garbage on a main thread that allocates too little to collect
 * them), and the worker's young generation is kept small.
 */
// Before the classifier or converter first runs: V8 tiering for a long one-off run (see tiering.ts).
import "../tiering";
import { fstatSync } from "node:fs";
import type { MessagePort } from "node:worker_threads";
import { CliError } from "../command";
import { registerWorkerRole, startWorker } from "../workers";
import { ImportReader, type ImportHead, type NoteToWrite, type PageOutcome } from "./reader";

const ROLE = "import";
/** A batch is sent when it holds this many pages, or when its slot is full. */
const BATCH_PAGES = 64;
/** Batches sent but not yet written, at most: one slot each. */
const AHEAD = 4;
const SLOT_BYTES = 256 * 1024;
/**
 * Smaller exports are read on the main thread: starting a worker (a second copy
 * of the CLI) costs more than overlapping saves below about this size.
 */
const WORKER_FROM_BYTES = 2 * 1024 * 1024;
/** The worker's young generation: large enough for conversion to stay fast, small enough to keep memory down (see bench/import.bench.ts). */
const YOUNG_GENERATION_MB = 4;

interface WorkerInput {
	fd: number;
	outDir: string;
	project: string | undefined;
	/** [0]: batches the main thread has written. */
	written: SharedArrayBuffer;
	/** `AHEAD` slots of `SLOT_BYTES` for the notes' bytes. */
	slots: SharedArrayBuffer;
}

/** A page outcome as sent: the note's bytes are `start`..`end` of the batch's slot (or of `own`). */
type SentOutcome = Omit<PageOutcome, "note"> & { note?: Omit<NoteToWrite, "content"> & { start: number; end: number } };

type FromWorker =
	| { type: "head"; head: ImportHead }
	/** `own`: a note too large for a slot, alone in its batch, in a buffer of its own. */
	| { type: "pages"; outcomes: SentOutcome[]; slot: number; own: ArrayBuffer | null }
	| { type: "done" }
	| { type: "error"; cli: boolean; message: string };

/** What the writer is given for each page: the outcome, and the note's UTF-8 bytes when it is to be written. */
export type PageSink = (outcome: PageOutcome | SentOutcome, bytes: Uint8Array | undefined) => void;

/**
 * How far the worker got. Unless `complete`, the caller reads the pages after
 * the first `pages` on its own thread: the worker could not start, or stopped
 * (out of its memory limit).
 */
export interface WorkerRun {
	complete: boolean;
	/** Whether `onHead` was called. */
	started: boolean;
	/** Pages given to `onPage`. */
	pages: number;
}

/**
 * The worker's old-generation limit: it keeps V8 from letting garbage pile up
 * to several times the live data, which it otherwise does (the live data of a
 * 7,000-page, 25 MiB export is about 13 MiB). Twice the export, at least 48 MiB:
 * a worker that still runs out (one enormous page) stops, and the pages left
 * are converted on the main thread without a limit.
 */
function oldGenerationMb(exportBytes: number): number {
	return Math.max(48, Math.ceil((2 * exportBytes) / (1024 * 1024)));
}

/**
 * Reads the export in a worker, calling `onHead` once and then `onPage` for
 * every page in order, as far as it gets (see `WorkerRun`). Rejects as reading
 * would have thrown (a file that is not an export, a folder that cannot be made).
 */
export function readInWorker(fd: number, outDir: string, project: string | undefined, onHead: (head: ImportHead) => void, onPage: PageSink): Promise<WorkerRun> {
	const run: WorkerRun = { complete: false, started: false, pages: 0 };
	const size = fstatSync(fd).size;
	if (size < WORKER_FROM_BYTES) return Promise.resolve(run);
	const input: WorkerInput = { fd, outDir, project, written: new SharedArrayBuffer(4), slots: new SharedArrayBuffer(AHEAD * SLOT_BYTES) };
	const worker = startWorker(ROLE, input, { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: oldGenerationMb(size) });
	if (worker === undefined) return Promise.resolve(run);
	const written = new Int32Array(input.written);
	return new Promise<WorkerRun>((resolve, reject) => {
		let finished = false;
		const end = (settle: () => void) => {
			if (finished) return;
			finished = true;
			void worker.terminate();
			settle();
		};
		worker.on("message", (message: FromWorker) => {
			// Once settled, later pages are the caller's to read.
			if (finished) return;
			try {
				if (message.type === "head") {
					run.started = true;
					onHead(message.head);
				} else if (message.type === "pages") {
					const bytes = message.own !== null ? new Uint8Array(message.own) : new Uint8Array(input.slots, message.slot * SLOT_BYTES, SLOT_BYTES);
					for (const outcome of message.outcomes) {
						onPage(outcome, outcome.note ? bytes.subarray(outcome.note.start, outcome.note.end) : undefined);
						run.pages++;
					}
					Atomics.add(written, 0, 1);
					Atomics.notify(written, 0);
				} else if (message.type === "done") {
					run.complete = true;
					end(() => resolve(run));
				} else end(() => reject(message.cli ? new CliError(message.message) : new Error(message.message)));
			} catch (error) {
				end(() => reject(error instanceof Error ? error : new Error(String(error))));
			}
		});
		// Out of its memory limit, or unable to run at all before the first page: the caller reads the rest.
		worker.on("error", (error: Error & { code?: unknown }) => end(() => (!run.started || error.code === "ERR_WORKER_OUT_OF_MEMORY" ? resolve(run) : reject(error))));
		worker.on("exit", (code) => end(() => (run.started ? reject(new Error(`the import worker stopped (exit code ${code})`)) : resolve(run))));
	});
}

/** Collects outcomes and their notes' bytes into batches, one slot each. */
class Batches {
	private outcomes: SentOutcome[] = [];
	/** The slot being filled; undefined until the batch has its first note. */
	private slot: Buffer | undefined;
	private used = 0;
	private sent = 0;
	private readonly written: Int32Array;

	constructor(
		private readonly port: MessagePort,
		private readonly input: WorkerInput,
	) {
		this.written = new Int32Array(input.written);
	}

	add(outcome: PageOutcome): void {
		const { note, ...rest } = outcome;
		const sent: SentOutcome = rest;
		if (note !== undefined) {
			// UTF-8 takes at most three bytes per UTF-16 code unit; count exactly only when that bound does not fit.
			const fits = (room: number) => note.content.length * 3 <= room || Buffer.byteLength(note.content) <= room;
			if (!fits(SLOT_BYTES - this.used)) this.flush();
			if (!fits(SLOT_BYTES)) {
				// Larger than a slot: alone, in a buffer handed over.
				const own = Buffer.allocUnsafeSlow(Buffer.byteLength(note.content));
				own.write(note.content, 0, "utf8");
				sent.note = noteSent(note, 0, own.length);
				this.post([sent], own.buffer);
				return;
			}
			const slot = this.slot ?? this.claimSlot();
			const start = this.used;
			this.used += slot.write(note.content, start, "utf8");
			sent.note = noteSent(note, start, this.used);
		}
		this.outcomes.push(sent);
		if (this.outcomes.length >= BATCH_PAGES) this.flush();
	}

	flush(): void {
		if (this.outcomes.length === 0) return;
		if (this.slot === undefined) this.claimSlot();
		this.post(this.outcomes, null);
		this.outcomes = [];
		this.slot = undefined;
		this.used = 0;
	}

	/** The next batch's slot, once the main thread has written the batch that used it before. */
	private claimSlot(): Buffer {
		for (;;) {
			const written = Atomics.load(this.written, 0);
			if (this.sent - written < AHEAD) break;
			Atomics.wait(this.written, 0, written, 1000);
		}
		this.slot = Buffer.from(this.input.slots, (this.sent % AHEAD) * SLOT_BYTES, SLOT_BYTES);
		return this.slot;
	}

	private post(outcomes: SentOutcome[], own: ArrayBuffer | null): void {
		if (own !== null) {
			// A batch of its own, after any batch being filled; it still counts against the slots in flight.
			this.flush();
			this.claimSlot();
			this.slot = undefined;
		}
		const message: FromWorker = { type: "pages", outcomes, slot: this.sent % AHEAD, own };
		this.port.postMessage(message, own === null ? [] : [own]);
		this.sent++;
	}
}

function noteSent(note: NoteToWrite, start: number, end: number): NonNullable<SentOutcome["note"]> {
	return note.mtime === undefined ? { title: note.title, path: note.path, start, end } : { title: note.title, path: note.path, mtime: note.mtime, start, end };
}

registerWorkerRole(ROLE, async (data, port) => {
	const input = data as WorkerInput;
	try {
		const reader = await ImportReader.open(input.fd, input.outDir, input.project);
		const head: FromWorker = { type: "head", head: reader.head };
		port.postMessage(head);
		const batches = new Batches(port, input);
		for (let outcome = reader.next(); outcome !== undefined; outcome = reader.next()) batches.add(outcome);
		batches.flush();
		const done: FromWorker = { type: "done" };
		port.postMessage(done);
	} catch (error) {
		const message: FromWorker = { type: "error", cli: error instanceof CliError, message: error instanceof Error ? error.message : String(error) };
		port.postMessage(message);
	}
});

