/**
 * `scrapbox-lens import <export.json> <out-dir> [--project NAME] [--json]`:
 * a Scrapbox (Cosense) export → Markdown notes under `<out-dir>` (in a folder
 * named after the project), with the same conversion and the same
 * create / unchanged / update / conflict rules as the plugin's importer.
 *
 * The export is read from the open file one page at a time (never whole), and
 * each note is written as soon as it is converted, with plain synchronous
 * calls (for thousands of small files they cost less than promise-based ones),
 * so memory does not grow with the number of pages. Reading and converting
 * run in a worker thread when the bundled CLI can start one
 * (src/cli/import/worker.ts), so they overlap with the writes; otherwise here,
 * with the same results. Files get the page's update time as their
 * modification time; Node cannot set a creation time.
 */
// Before the classifier or converter first runs: V8 tiering for a long one-off run (see tiering.ts).
import "../tiering";
import { closeSync, fstatSync, futimesSync, mkdirSync, openSync, writeSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { CliError, type CliCommand, type CliIO, type CommandResult } from "../command";
import { defineCommand } from "./synopsis";
import { rejectExtraPositionals, requirePositional } from "../args";
import { t } from "../../i18n";
import { needsReport, renderImportReport } from "../../core/import/report";
import type { ImportProblem } from "../../core/import/problems";
import { ImportReader, writeError, type ImportHead, type PageOutcome } from "../import/reader";
import { readInWorker } from "../import/worker";

export interface ImportJson {
	pages: number;
	written: number;
	unchanged: number;
	skipped: number;
	failed: number;
	files: Array<{ title: string; path: string }>;
	problems: Array<{ title: string; message: string }>;
}

export const importCommand: CliCommand = defineCommand("import", {
	valueOptions: ["project"],
	async run(args, io): Promise<CommandResult> {
		const source = resolve(io.cwd, requirePositional(args, 0, "<export.json>"));
		const outDir = resolve(io.cwd, requirePositional(args, 1, "<out-dir>"));
		rejectExtraPositionals(args, 2);
		const project = args.options.get("project");

		let fd: number;
		try {
			fd = openSync(source, "r");
		} catch {
			throw new CliError(t("cli.error.notFound", { path: source }));
		}
		if (!fstatSync(fd).isFile()) {
			closeSync(fd);
			throw new CliError(t("cli.error.notFound", { path: source }));
		}
		try {
			return await importFrom(fd, outDir, typeof project === "string" ? project : undefined, io);
		} finally {
			closeSync(fd);
		}
	},
});

/**
 * Reads, converts and writes: everything after the export file is open. The
 * pages a worker did not hand over (all of them without a worker) are read here.
 * `inWorker` is replaceable for tests.
 */
export async function importFrom(fd: number, outDir: string, project: string | undefined, io: CliIO, inWorker: typeof readInWorker = readInWorker): Promise<CommandResult> {
	const writer = new NoteWriter(outDir, io);
	const run = await inWorker(
		fd,
		outDir,
		project,
		(head) => writer.start(head),
		(outcome, bytes) => writer.page(outcome, bytes),
	);
	if (!run.complete) {
		const reader = await ImportReader.open(fd, outDir, project);
		if (!run.started) writer.start(reader.head);
		reader.skip(run.pages);
		for (let outcome = reader.next(); outcome !== undefined; outcome = reader.next()) writer.page(outcome, outcome.note ? encode(outcome.note.content) : undefined);
	}
	return writer.finish();
}

/**
 * The writing half: writes each note as it comes, in page order, and keeps the
 * counts, the `files` list and the problems in the order they are reported.
 * Plain synchronous calls: for thousands of small files they cost far less
 * than promise-based ones, whose per-call overhead outweighs any overlap.
 */
class NoteWriter {
	private head: ImportHead | undefined;
	private readonly problems: ImportProblem[] = [];
	private readonly files: ImportJson["files"] = [];
	private readonly counts = { written: 0, unchanged: 0, skipped: 0, failed: 0 };
	private readonly folders = new Set<string>();
	private readonly progress: (done: number, total: number, final?: boolean) => void;

	constructor(
		private readonly outDir: string,
		io: CliIO,
	) {
		this.progress = throttle(io);
	}

	start(head: ImportHead): void {
		this.head = head;
		this.problems.push(...head.problems);
		this.counts.skipped = head.unreadable;
	}

	page(outcome: { title: string; path: string; problems: ImportProblem[]; action: PageOutcome["action"]; note?: { title: string; path: string; mtime?: number } }, bytes: Uint8Array | undefined): void {
		this.files.push({ title: outcome.title, path: outcome.path });
		this.problems.push(...outcome.problems);
		if (outcome.action === "failed") this.counts.failed++;
		else if (outcome.action === "unchanged") this.counts.unchanged++;
		else if (outcome.action === "conflict") this.counts.skipped++;
		else if (outcome.note !== undefined && bytes !== undefined) this.write(outcome.note, bytes);
		this.progress(this.files.length, this.head?.total ?? 0);
	}

	private write(note: { title: string; path: string; mtime?: number }, bytes: Uint8Array): void {
		const absolute = join(this.outDir, ...note.path.split("/"));
		try {
			const folder = dirname(absolute);
			if (!this.folders.has(folder)) {
				mkdirSync(folder, { recursive: true });
				this.folders.add(folder);
			}
			const fd = openSync(absolute, "w");
			try {
				writeSync(fd, bytes);
				if (note.mtime !== undefined) {
					const when = note.mtime / 1000;
					futimesSync(fd, when, when);
				}
			} finally {
				closeSync(fd);
			}
			this.counts.written++;
		} catch (error) {
			this.counts.failed++;
			this.problems.push(writeError(note, error));
		}
	}

	async finish(): Promise<CommandResult> {
		const head = this.head;
		if (head === undefined) throw new Error("the import ended before it began");
		const { counts, problems, files } = this;
		this.progress(head.total, head.total, true);
		let reportPath: string | undefined;
		if (needsReport(problems)) {
			reportPath = head.reportPath;
			const report = renderImportReport({
				project: head.project,
				pages: head.pageCount,
				written: counts.written,
				unchanged: counts.unchanged,
				problems,
				date: new Date().toISOString(),
			});
			const absolute = join(this.outDir, ...reportPath.split("/"));
			await mkdir(dirname(absolute), { recursive: true });
			await writeFile(absolute, report);
		}
		const json: ImportJson = {
			pages: head.pageCount,
			written: counts.written,
			unchanged: counts.unchanged,
			skipped: counts.skipped,
			failed: counts.failed,
			files,
			problems: problems.map((p) => ({ title: p.title, message: p.message })),
		};
		return { json, text: textSummary(json, this.outDir, head.project, reportPath) };
	}
}

let encoded = Buffer.allocUnsafe(1 << 16);

/** UTF-8 bytes of a note in one reused buffer: a fresh buffer per note would leave the allocator fragmented. */
function encode(text: string): Uint8Array {
	if (text.length * 3 > encoded.length) encoded = Buffer.allocUnsafe(Math.max(text.length * 3, encoded.length * 2));
	const length = encoded.write(text, 0, "utf8");
	return encoded.subarray(0, length);
}

/** Progress on stderr at most every 100 ms, so a 26,000-page import does not flood the terminal. */
function throttle(io: CliIO): (done: number, total: number, final?: boolean) => void {
	let last = 0;
	return (done, total, final = false) => {
		if (!io.progress) return;
		const now = Date.now();
		if (!final && now - last < 100) return;
		last = now;
		io.progress(t("cli.import.progress", { done, total }) + (final ? "\n" : ""));
	};
}

function textSummary(json: ImportJson, outDir: string, project: string | undefined, reportPath: string | undefined): string {
	const figures = { pages: json.pages, folder: outDir, written: json.written, unchanged: json.unchanged, skipped: json.skipped, failed: json.failed };
	const lines = [project ? t("cli.import.resultProject", { ...figures, project }) : t("cli.import.result", figures)];
	for (const p of json.problems) lines.push(`  ${p.title}: ${p.message}`);
	if (reportPath) lines.push(t("cli.import.report", { path: reportPath }));
	return lines.join("\n");
}
