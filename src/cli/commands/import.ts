/**
 * `scrapbox-lens import <export.json> <out-dir> [--project NAME] [--json]`:
 * a Scrapbox (Cosense) export → Markdown notes under `<out-dir>` (in a folder
 * named after the project), with the same conversion and the same
 * create / unchanged / update / conflict rules as the plugin's importer.
 *
 * The export is read from the open file one page at a time (never whole), and
 * each note is written as soon as it is converted, with plain synchronous
 * calls (for thousands of small files they cost less than promise-based ones),
 * so memory does not grow with the number of pages. Files get the page's update
 * time as their modification time; Node cannot set a creation time.
 */
import { closeSync, fstatSync, futimesSync, mkdirSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { CliError, type CliCommand, type CliIO, type CommandResult } from "../command";
import { rejectExtraPositionals, requirePositional } from "../args";
import { t } from "../../i18n";
import { readExportSource, type ByteSource } from "../../core/scrapbox/export";
import { conflictProblem, convertPage, decideWrite, prepareImport, type PlannedNote } from "../../core/import/plan";
import { needsReport, renderImportReport } from "../../core/import/report";
import { errorText, problem, type ImportProblem } from "../../core/import/problems";

export interface ImportJson {
	pages: number;
	written: number;
	unchanged: number;
	skipped: number;
	failed: number;
	files: Array<{ title: string; path: string }>;
	problems: Array<{ title: string; message: string }>;
}

export const importCommand: CliCommand = {
	name: "import",
	get summary(): string {
		return t("cli.import.summary");
	},
	usage: "<export.json> <out-dir> [--project NAME]",
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
			return await importFrom(fileSource(fd), outDir, typeof project === "string" ? project : undefined, io);
		} finally {
			closeSync(fd);
		}
	},
};

/** The export file as a byte source, read where asked. */
function fileSource(fd: number): ByteSource {
	return {
		size: fstatSync(fd).size,
		read(start, end) {
			const buffer = Buffer.allocUnsafe(end - start);
			let done = 0;
			while (done < buffer.length) {
				const n = readSync(fd, buffer, done, buffer.length - done, start + done);
				if (n === 0) break;
				done += n;
			}
			return done === buffer.length ? buffer : buffer.subarray(0, done);
		},
	};
}

/** Reads, converts and writes: everything after the export file is open. */
async function importFrom(source: ByteSource, outDir: string, project: string | undefined, io: CliIO): Promise<CommandResult> {
	const read = readExportSource(source);
	if (!read.ok) throw new CliError(read.error.message);
	await ensureFolder(outDir);

	const session = prepareImport(read.export, project !== undefined ? { project } : {});
	const problems: ImportProblem[] = [...session.problems];
	const files: ImportJson["files"] = [];
	const counts = { written: 0, unchanged: 0, skipped: read.export.issues.length, failed: 0 };
	const folders = new Set<string>();
	const total = session.pages.length;
	const progress = throttle(io);

	// What is already in the folder, listed once; names compare case-insensitively, as on macOS and Windows.
	const present = await listFolder(join(outDir, ...session.folder.split("/").filter((s) => s !== "")));
	/**
	 * Plain synchronous calls: for thousands of small files they cost far less
	 * than promise-based ones, whose per-call overhead outweighs any overlap.
	 */
	const writeNote = (note: PlannedNote): void => {
		const absolute = join(outDir, ...note.path.split("/"));
		try {
			const onDisk = present.get(note.path.slice(note.path.lastIndexOf("/") + 1).toLowerCase());
			const existing = onDisk === undefined ? null : { content: readFileSync(join(dirname(absolute), onDisk), "utf8") };
			const decision = decideWrite(existing, note);
			if (decision.action === "unchanged") {
				counts.unchanged++;
				return;
			}
			if (decision.action === "conflict") {
				counts.skipped++;
				problems.push(conflictProblem(note, decision));
				return;
			}
			const folder = dirname(absolute);
			if (!folders.has(folder)) {
				mkdirSync(folder, { recursive: true });
				folders.add(folder);
			}
			const bytes = encode(note.content);
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
			counts.written++;
		} catch (error) {
			counts.failed++;
			problems.push(problem("failed", "write-error", note.title, `Could not write the note: ${errorText(error)}`, note.path));
		}
	};

	for (let i = 0; i < total; i++) {
		const result = convertPage(session, i);
		if (!result.ok) {
			counts.failed++;
			problems.push(result.problem);
			files.push({ title: session.pages[i].title, path: result.problem.path ?? "" });
		} else {
			files.push({ title: result.note.title, path: result.note.path });
			problems.push(...result.warnings);
			writeNote(result.note);
		}
		progress(i + 1, total);
	}
	progress(total, total, true);

	let reportPath: string | undefined;
	if (needsReport(problems)) {
		reportPath = session.reportPath;
		const report = renderImportReport({
			project: session.project,
			pages: session.pageCount,
			written: counts.written,
			unchanged: counts.unchanged,
			problems,
			date: new Date().toISOString(),
		});
		const absolute = join(outDir, ...reportPath.split("/"));
		await mkdir(dirname(absolute), { recursive: true });
		await writeFile(absolute, report);
	}

	const json: ImportJson = {
		pages: session.pageCount,
		written: counts.written,
		unchanged: counts.unchanged,
		skipped: counts.skipped,
		failed: counts.failed,
		files,
		problems: problems.map((p) => ({ title: p.title, message: p.message })),
	};
	return { json, text: textSummary(json, outDir, session.project, reportPath) };
}

let encoded = Buffer.allocUnsafe(1 << 16);

/** UTF-8 bytes of a note in one reused buffer: a fresh buffer per note would leave the allocator fragmented. */
function encode(text: string): Uint8Array {
	if (text.length * 3 > encoded.length) encoded = Buffer.allocUnsafe(Math.max(text.length * 3, encoded.length * 2));
	const length = encoded.write(text, 0, "utf8");
	return encoded.subarray(0, length);
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
