/**
 * `scrapbox-lens import <export.json> <out-dir> [--project NAME] [--json]`:
 * a Scrapbox (Cosense) export → Markdown notes under `<out-dir>` (in a folder
 * named after the project), with the same conversion and the same
 * create / unchanged / update / conflict rules as the plugin's importer.
 *
 * The export is read from bytes one page at a time, and each note is written as
 * soon as it is converted (writes run while the next pages convert), so memory
 * stays near the export's size on large projects. Files get the page's update
 * time as their modification time; Node cannot set a creation time.
 */
import { mkdir, readFile, stat, utimes, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { CliError, type CliCommand, type CliIO, type CommandResult } from "../command";
import { rejectExtraPositionals, requirePositional } from "../args";
import { t } from "../../i18n";
import { readExportBytes } from "../../core/scrapbox/export";
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

/** Writes in flight at once: enough to keep the disk busy while pages convert. */
const CONCURRENCY = 16;

export const importCommand: CliCommand = {
	name: "import",
	summary: "Import a Scrapbox (Cosense) export JSON into a folder of Markdown notes.",
	usage: "<export.json> <out-dir> [--project NAME]",
	valueOptions: ["project"],
	async run(args, io): Promise<CommandResult> {
		const source = resolve(io.cwd, requirePositional(args, 0, "<export.json>"));
		const outDir = resolve(io.cwd, requirePositional(args, 1, "<out-dir>"));
		rejectExtraPositionals(args, 2);
		const project = args.options.get("project");

		let bytes: Uint8Array;
		try {
			bytes = await readFile(source);
		} catch {
			throw new CliError(t("cli.error.notFound", { path: source }));
		}
		const read = readExportBytes(bytes);
		if (!read.ok) throw new CliError(read.error.message);
		await ensureFolder(outDir);

		const session = prepareImport(read.export, typeof project === "string" ? { project } : {});
		const problems: ImportProblem[] = [...session.problems];
		const files: ImportJson["files"] = [];
		const counts = { written: 0, unchanged: 0, skipped: read.export.issues.length, failed: 0 };
		const folders = new Set<string>();
		const total = session.pages.length;
		const progress = throttle(io);

		const writeNote = async (note: PlannedNote): Promise<void> => {
			const absolute = join(outDir, ...note.path.split("/"));
			try {
				const existing = await readExisting(absolute);
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
					await mkdir(folder, { recursive: true });
					folders.add(folder);
				}
				await writeFile(absolute, note.content);
				if (note.mtime !== undefined) {
					const when = new Date(note.mtime);
					await utimes(absolute, when, when);
				}
				counts.written++;
			} catch (error) {
				counts.failed++;
				problems.push(problem("failed", "write-error", note.title, `Could not write the note: ${errorText(error)}`, note.path));
			}
		};

		const inFlight = new Set<Promise<void>>();
		for (let i = 0; i < total; i++) {
			const result = convertPage(session, i);
			if (!result.ok) {
				counts.failed++;
				problems.push(result.problem);
				files.push({ title: session.pages[i].title, path: result.problem.path ?? "" });
			} else {
				files.push({ title: result.note.title, path: result.note.path });
				problems.push(...result.warnings);
				const write = writeNote(result.note).then(() => {
					inFlight.delete(write);
				});
				inFlight.add(write);
				if (inFlight.size >= CONCURRENCY) await Promise.race(inFlight);
			}
			progress(i + 1, total);
		}
		await Promise.all(inFlight);
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
	},
};

async function readExisting(path: string): Promise<{ content: string } | null> {
	try {
		return { content: await readFile(path, "utf8") };
	} catch (error) {
		if ((error as { code?: unknown }).code === "ENOENT") return null;
		throw error;
	}
}

async function ensureFolder(path: string): Promise<void> {
	try {
		const info = await stat(path);
		if (!info.isDirectory()) throw new CliError(`Not a folder: ${path}`);
	} catch (error) {
		if (error instanceof CliError) throw error;
		try {
			await mkdir(path, { recursive: true });
		} catch (inner) {
			throw new CliError(`Cannot create the folder ${path}: ${errorText(inner)}`);
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
		io.progress(`import: ${done}/${total} pages${final ? "\n" : ""}`);
	};
}

function textSummary(json: ImportJson, outDir: string, project: string | undefined, reportPath: string | undefined): string {
	const lines = [
		`Imported ${json.pages} pages${project ? ` of ${project}` : ""} into ${outDir}: ${json.written} written, ${json.unchanged} unchanged, ${json.skipped} skipped, ${json.failed} failed.`,
	];
	for (const p of json.problems) lines.push(`  ${p.title}: ${p.message}`);
	if (reportPath) lines.push(`Report: ${reportPath}`);
	return lines.join("\n");
}
