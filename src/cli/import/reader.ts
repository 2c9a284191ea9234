/**
 * The reading half of `scrapbox-lens import`: the export is read from the open
 * file one page at a time (never whole), each page converted, and what to do
 * with its note decided against what is already in the folder. Nothing is
 * written here; the command writes (src/cli/commands/import.ts). This half runs
 * in a worker thread when one is available (src/cli/import/worker.ts), so
 * converting and writing share the two cores.
 */
import { fstatSync, readFileSync, readSync } from "node:fs";
import { mkdir, readdir, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { CliError } from "../command";
import { t } from "../../i18n";
import { readExportSource, type ByteSource } from "../../core/scrapbox/export";
import { conflictProblem, convertPage, decideWrite, prepareImport, type ImportSession } from "../../core/import/plan";
import { errorText, problem, type ImportProblem } from "../../core/import/problems";

/** What the writer needs before the first page. */
export interface ImportHead {
	/** The project name, when known (for the summary and the report). */
	project: string | undefined;
	/** Entries in the export's `pages`. */
	pageCount: number;
	/** Pages to convert. */
	total: number;
	/** Pages that could not be read (skipped). */
	unreadable: number;
	/** Problems known before converting: unreadable pages and duplicate titles. */
	problems: ImportProblem[];
	/** Vault path of the report, written when there are problems. */
	reportPath: string;
}

/** A note to write: its vault path and content, and the page's update time in ms. */
export interface NoteToWrite {
	title: string;
	path: string;
	content: string;
	mtime?: number;
}

/** One page, converted and decided. `problems` are in the order they are reported. */
export interface PageOutcome {
	/** The `files` entry: the page's title and its note's path ("" when it has none). */
	title: string;
	path: string;
	problems: ImportProblem[];
	/** `write`: `note` is to be written; `failed`, `unchanged` and `conflict` (skipped) write nothing. */
	action: "write" | "unchanged" | "conflict" | "failed";
	note?: NoteToWrite;
}

/** Reads and converts an export page by page. */
export class ImportReader {
	private position = 0;

	private constructor(
		readonly head: ImportHead,
		private readonly session: ImportSession,
		/** Where the notes go on disk. */
		private readonly outDir: string,
		/** File names already in the notes' folder, by lower-cased name. */
		private readonly present: Map<string, string>,
	) {}

	/**
	 * Reads the export's structure from an open file, checks it, makes sure the
	 * output folder exists and lists what is in it. Throws a `CliError` with the
	 * one message to show when the file is not an export or the folder cannot be made.
	 */
	static async open(fd: number, outDir: string, project: string | undefined): Promise<ImportReader> {
		const read = readExportSource(fileSource(fd));
		if (!read.ok) throw new CliError(read.error.message);
		await ensureFolder(outDir);
		const session = prepareImport(read.export, project !== undefined ? { project } : {});
		const head: ImportHead = {
			project: session.project,
			pageCount: session.pageCount,
			total: session.pages.length,
			unreadable: read.export.issues.length,
			problems: [...session.problems],
			reportPath: session.reportPath,
		};
		// What is already in the folder, listed once; names compare case-insensitively, as on macOS and Windows.
		const present = await listFolder(join(outDir, ...session.folder.split("/").filter((s) => s !== "")));
		return new ImportReader(head, session, outDir, present);
	}

	/** Skips the first `count` pages (already handled by a worker that stopped). */
	skip(count: number): void {
		this.position = Math.max(this.position, count);
	}

	/** The next page, converted and decided; undefined after the last. */
	next(): PageOutcome | undefined {
		const i = this.position;
		if (i >= this.session.pages.length) return undefined;
		this.position++;
		const result = convertPage(this.session, i);
		if (!result.ok) return { title: this.session.pages[i].title, path: result.problem.path ?? "", problems: [result.problem], action: "failed" };
		const note = result.note;
		const outcome: PageOutcome = { title: note.title, path: note.path, problems: result.warnings, action: "write" };
		try {
			const onDisk = this.present.get(note.path.slice(note.path.lastIndexOf("/") + 1).toLowerCase());
			const absolute = join(this.outDir, ...note.path.split("/"));
			const existing = onDisk === undefined ? null : { content: readFileSync(join(dirname(absolute), onDisk), "utf8") };
			const decision = decideWrite(existing, note);
			if (decision.action === "unchanged") outcome.action = "unchanged";
			else if (decision.action === "conflict") {
				outcome.action = "conflict";
				outcome.problems = [...outcome.problems, conflictProblem(note, decision)];
			} else outcome.note = note.mtime === undefined ? { title: note.title, path: note.path, content: note.content } : { title: note.title, path: note.path, content: note.content, mtime: note.mtime };
		} catch (error) {
			outcome.action = "failed";
			outcome.problems = [...outcome.problems, writeError(note, error)];
		}
		return outcome;
	}
}

/** The problem for a note that could not be written (or its old version read). */
export function writeError(note: { title: string; path: string }, error: unknown): ImportProblem {
	return problem("failed", "write-error", note.title, `Could not write the note: ${errorText(error)}`, note.path);
}

/** The export file as a byte source, read where asked (into the reader's own buffer when it has one). */
function fileSource(fd: number): ByteSource {
	const readInto = (start: number, end: number, into: Uint8Array): number => {
		let done = 0;
		while (done < end - start) {
			const n = readSync(fd, into, done, end - start - done, start + done);
			if (n === 0) break;
			done += n;
		}
		return done;
	};
	return {
		size: fstatSync(fd).size,
		read(start, end) {
			const buffer = Buffer.allocUnsafe(end - start);
			const done = readInto(start, end, buffer);
			return done === buffer.length ? buffer : buffer.subarray(0, done);
		},
		readInto,
	};
}

/** File names in a folder by lower-cased name; empty when the folder does not exist yet. */
async function listFolder(folder: string): Promise<Map<string, string>> {
	const names = new Map<string, string>();
	try {
		for (const name of await readdir(folder)) names.set(name.toLowerCase(), name);
	} catch (error) {
		if ((error as { code?: unknown }).code !== "ENOENT") throw error;
	}
	return names;
}

async function ensureFolder(path: string): Promise<void> {
	try {
		const info = await stat(path);
		if (!info.isDirectory()) throw new CliError(t("cli.import.notFolder", { path }));
	} catch (error) {
		if (error instanceof CliError) throw error;
		try {
			await mkdir(path, { recursive: true });
		} catch (inner) {
			throw new CliError(t("cli.import.cannotCreate", { path, message: errorText(inner) }));
		}
	}
}
