/**
 * The vault-writing half of the importer: converts an export page by page
 * with the core and writes each note through the Vault API, in time slices
 * that give the frame back, so a 7,000-page import leaves Obsidian usable.
 *
 * Nothing is lost:
 * - every note is written with one `create` (new) or one `process` (update),
 *   so Stop, which is honoured between pages, never leaves a note half-written;
 * - an existing note is replaced only when the core's `decideWrite` says it is
 *   the importer's own and untouched since (its `scrapbox_import_hash`); a note
 *   edited since, or one the importer did not write, is reported and left;
 * - importing the same export again with the same options writes nothing.
 *
 * The UI (import-modal.ts) only chooses the options and shows the progress.
 */
import { normalizePath, TFile, TFolder, type App } from "obsidian";
import {
	conflictProblem,
	convertPage,
	decideWrite,
	needsReport,
	pageWithLines,
	prepareImport,
	problem,
	renderImportReport,
	type ExportPage,
	type HeadingLevel,
	type ImportOptions,
	type ImportProblem,
	type PlannedNote,
	type ScrapboxExport,
} from "../../core/import";
import { escapeText } from "../../core/import/escape";
import { propertyDateTime } from "../../core/provenance";
import { t } from "../../i18n/ui";
import { SliceClock, yieldToUi } from "../slices";
import { ImageDownloader, type ImageFailure, type Request } from "./images";
import { reportLabels, translateProblem } from "./labels";
import { importedProjects } from "./siblings";
import { pageProvenance, withProvenance, type TranslationOptions } from "./translation";

export type HeadingChoice = "from2" | "from3" | "none";

/** What the user chose in the import window. */
export interface ImportChoices {
	/** Vault folder for the notes ("" is the vault root). */
	folder: string;
	hashtags: "tags" | "links";
	icons: "images" | "links";
	/** Root links into projects already imported into this vault: their notes, or always scrapbox.io. */
	rootLinks: "vault" | "web";
	headings: HeadingChoice;
	downloadImages: boolean;
	/** Set when the export is a translation of another project. */
	translation: TranslationOptions | null;
}

export const HEADING_LEVELS: Record<HeadingChoice, Partial<Record<number, HeadingLevel>>> = {
	from2: { 2: 3, 3: 2, 4: 1 },
	from3: { 3: 2, 4: 1 },
	none: {},
};

/** The attachments folder for downloaded images, inside the notes' folder. */
export function attachmentsFolder(folder: string): string {
	return normalizePath(folder === "" ? "attachments" : `${folder}/attachments`);
}

export interface ImportCounts {
	/** Pages in the export, readable or not. */
	total: number;
	/** Pages handled so far (unreadable ones count from the start). */
	done: number;
	created: number;
	updated: number;
	unchanged: number;
	/** Notes left as they were: edited since import, or not the importer's. */
	conflicts: number;
	/** Pages that could not be read from the export. */
	unreadable: number;
	failed: number;
}

/** The four numbers the progress view shows. */
export function shownCounts(counts: ImportCounts): { imported: number; skipped: number; failed: number; remaining: number } {
	return {
		imported: counts.created + counts.updated,
		skipped: counts.unchanged + counts.conflicts + counts.unreadable,
		failed: counts.failed,
		remaining: Math.max(0, counts.total - counts.done),
	};
}

export interface ImportHooks {
	/** Called after each time slice and at the end. */
	onProgress?(counts: ImportCounts, current: string): void;
	/** Checked between pages; true stops the import there. */
	shouldStop?(): boolean;
	/** Awaited after every time slice (tests and the harness pause here). */
	afterSlice?(): Promise<void>;
	/** The network for image downloads (default: `requestUrl`). */
	request?: Request;
	/** Milliseconds of work per slice (default `SLICE_BUDGET_MS`); 0 ends a slice after every page (tests). */
	sliceBudgetMs?: number;
}

/** The hooks the import window passes on (for tests and the e2e harness). */
export type ImportTestHooks = Pick<ImportHooks, "afterSlice" | "request" | "sliceBudgetMs"> & {
	/** Milliseconds of work per slice while the chosen file is read (default `SLICE_BUDGET_MS`); 0 yields after every step. */
	readSliceBudgetMs?: number;
};

export interface ImportOutcome {
	project: string | undefined;
	folder: string;
	counts: ImportCounts;
	/** Every problem, in the user's language, in the order met. */
	problems: ImportProblem[];
	imageFailures: ImageFailure[];
	images: { downloaded: number; reused: number };
	/** Notes that record their original (translation option). */
	translated: number;
	stopped: boolean;
	/** Where the report was written, when one was. */
	reportPath?: string;
	/** How long the import held the main thread at most (ms), apart from other code's work between slices. */
	timing: ImportTiming;
}

export interface ImportTiming {
	/** Naming every note and gathering what conversion needs (the core's prepareImport), one block before the first page. */
	prepareMs: number;
	/** The longest slice of pages: conversions, writes, and the event handlers the writes ran. */
	longestSliceMs: number;
}

/** Keeps the last page read from a lean export, so conversion and the translation option share one read. */
function rememberLastPage(exported: ScrapboxExport): ScrapboxExport {
	const load = exported.loadPage;
	if (!load) return exported;
	let lastIn: ExportPage | null = null;
	let lastOut: ExportPage | null = null;
	return {
		...exported,
		loadPage(page) {
			if (page !== lastIn || lastOut === null) {
				lastIn = page;
				lastOut = load(page);
			}
			return lastOut;
		},
	};
}

export async function runImport(app: App, exported: ScrapboxExport, choices: ImportChoices, hooks: ImportHooks = {}): Promise<ImportOutcome> {
	const { vault } = app;
	const timing: ImportTiming = { prepareMs: 0, longestSliceMs: 0 };
	let sliceStart = 0;
	const clock = new SliceClock(hooks.sliceBudgetMs);
	const source = rememberLastPage(exported);
	const folder = normalizeFolder(choices.folder);
	const project = exported.project;

	const siblings = choices.rootLinks === "vault" ? await importedProjects(app, project) : [];
	// Naming every note is one synchronous step in the core: let the window show "Preparing" first.
	await yieldToUi();
	const prepareStart = performance.now();
	const downloader = choices.downloadImages ? new ImageDownloader(app, attachmentsFolder(folder), hooks.request) : null;
	const options: ImportOptions = {
		folder,
		hashtags: choices.hashtags,
		icons: choices.icons,
		headingLevels: HEADING_LEVELS[choices.headings],
		siblingProjects: siblings,
		localImages: downloader?.localImages,
	};
	const session = prepareImport(source, options);
	const problems: ImportProblem[] = session.problems.map(translateProblem);
	const counts: ImportCounts = {
		total: session.pageCount,
		done: exported.issues.length,
		created: 0,
		updated: 0,
		unchanged: 0,
		conflicts: 0,
		unreadable: exported.issues.length,
		failed: 0,
	};
	let translated = 0;
	let stopped = false;
	const report = (current: string) => hooks.onProgress?.({ ...counts }, current);
	report("");
	timing.prepareMs = performance.now() - prepareStart;
	await yieldToUi();
	sliceStart = performance.now();

	// The folder's notes, by lower-cased path: names are unique case-insensitively, as file systems want.
	const existing = new Map<string, TFile>();
	const target = folder === "" ? vault.getRoot() : vault.getAbstractFileByPath(folder);
	if (target instanceof TFolder) for (const child of target.children) if (child instanceof TFile) existing.set(child.path.toLowerCase(), child);
	let folderReady = target instanceof TFolder;
	const ensureFolder = async () => {
		if (folderReady) return;
		// Downloaded images may have created it (their folder is inside) since the import began.
		if (!(vault.getAbstractFileByPath(folder) instanceof TFolder)) await vault.createFolder(folder);
		folderReady = true;
	};

	const write = async (note: PlannedNote): Promise<void> => {
		const path = normalizePath(note.path);
		try {
			const file = existing.get(path.toLowerCase());
			if (!file) {
				await ensureFolder();
				await vault.create(path, note.content, times(note));
				counts.created++;
				return;
			}
			const decision = decideWrite({ content: await vault.read(file) }, note);
			if (decision.action === "unchanged") {
				counts.unchanged++;
				return;
			}
			if (decision.action === "update") {
				// Decided again on the text `process` hands over, so an edit made meanwhile is never overwritten.
				let latest = decision;
				await vault.process(
					file,
					(now) => {
						latest = decideWrite({ content: now }, note);
						return latest.action === "update" ? note.content : now;
					},
					note.mtime !== undefined ? { mtime: note.mtime } : undefined,
				);
				if (latest.action === "update") {
					counts.updated++;
					return;
				}
				if (latest.action === "unchanged") {
					counts.unchanged++;
					return;
				}
				counts.conflicts++;
				problems.push(translateProblem(conflictProblem(note, latest)));
				return;
			}
			counts.conflicts++;
			problems.push(translateProblem(conflictProblem(note, decision)));
		} catch (error) {
			counts.failed++;
			problems.push(translateProblem(problem("failed", "write-error", note.title, `Could not write the note: ${errorMessage(error)}`, note.path)));
		}
	};

	const pages = session.pages;
	for (let i = 0; i < pages.length; i++) {
		if (hooks.shouldStop?.()) {
			stopped = true;
			break;
		}
		const page = pages[i];
		let result = convertPage(session, i);
		if (result.ok && downloader && result.note.images.length > 0) {
			// The first conversion names the images; once copies exist the page is converted again to link them.
			if (await downloader.fetch(result.note.images, result.note.path)) {
				const again = convertPage(session, i);
				if (again.ok) result = again;
			}
		}
		if (!result.ok) {
			counts.failed++;
			problems.push(translateProblem(result.problem));
		} else {
			let note = result.note;
			if (choices.translation) {
				const provenance = pageProvenance(pageWithLines(session.exported, page).lines, page.title, choices.translation);
				if (provenance) {
					note = withProvenance(note, provenance, choices.translation);
					translated++;
				}
			}
			for (const warning of result.warnings) problems.push(translateProblem(warning));
			await write(note);
		}
		counts.done++;
		if (clock.spent()) {
			report(page.title);
			timing.longestSliceMs = Math.max(timing.longestSliceMs, performance.now() - sliceStart);
			await clock.maybeYield();
			await hooks.afterSlice?.();
			sliceStart = performance.now();
		}
	}

	const outcome: ImportOutcome = {
		project: session.project,
		folder,
		counts,
		problems,
		imageFailures: downloader?.failures ?? [],
		images: { downloaded: downloader?.downloaded ?? 0, reused: downloader?.reused ?? 0 },
		translated,
		stopped,
		timing,
	};
	if (needsReport(problems) || outcome.imageFailures.length > 0) {
		try {
			await ensureFolder();
			outcome.reportPath = await writeReport(app, session.reportPath, reportText(outcome, session.pageCount));
		} catch (error) {
			problems.push(translateProblem(problem("failed", "write-error", session.reportPath, `Could not write the note: ${errorMessage(error)}`, session.reportPath)));
		}
	}
	report("");
	// The last slice: the pages after the last yield, and the report.
	timing.longestSliceMs = Math.max(timing.longestSliceMs, performance.now() - sliceStart);
	timing.prepareMs = Math.round(timing.prepareMs);
	timing.longestSliceMs = Math.round(timing.longestSliceMs);
	return outcome;
}

function times(note: PlannedNote): { ctime?: number; mtime?: number } | undefined {
	if (note.ctime === undefined && note.mtime === undefined) return undefined;
	const out: { ctime?: number; mtime?: number } = {};
	if (note.ctime !== undefined) out.ctime = note.ctime;
	if (note.mtime !== undefined) out.mtime = note.mtime;
	return out;
}

function normalizeFolder(folder: string): string {
	const normal = normalizePath(folder.trim());
	return normal === "/" ? "" : normal;
}

function errorMessage(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	const end = text.indexOf("\n");
	return end === -1 ? text : text.slice(0, end);
}

/** The core's report in the user's language, with the images that stayed remote and a note when stopped. */
export function reportText(outcome: ImportOutcome, pages: number): string {
	let text = renderImportReport(
		{
			project: outcome.project,
			pages,
			written: outcome.counts.created + outcome.counts.updated,
			unchanged: outcome.counts.unchanged,
			problems: outcome.problems,
			date: propertyDateTime(new Date()),
		},
		reportLabels(),
	);
	if (outcome.imageFailures.length > 0) {
		const lines = ["", `## ${escapeText(t("import.report.images"))} (${outcome.imageFailures.length})`, ""];
		for (const failure of outcome.imageFailures) {
			const notes = failure.notes.map((path) => `[[${path.replace(/\.md$/, "")}]]`).join(", ");
			lines.push(`- ${escapeText(t("import.problem.image-download", { url: failure.url, detail: failure.message }))} (${t("import.report.usedIn", { notes })})`);
		}
		text += lines.join("\n") + "\n";
	}
	if (outcome.stopped) text += `\n${escapeText(t("import.report.stopped", { count: outcome.counts.total - outcome.counts.done }))}\n`;
	return text;
}

async function writeReport(app: App, path: string, text: string): Promise<string> {
	const normal = normalizePath(path);
	const file = app.vault.getFileByPath(normal);
	// The report is the importer's own file: each import that needs one replaces it.
	if (file) await app.vault.modify(file, text);
	else await app.vault.create(normal, text);
	return normal;
}
