/**
 * Wires the importer into the plugin: the "Import Scrapbox export" command and
 * its window, and "Convert Scrapbox notation to Markdown" for the active note
 * when it is detected as raw Scrapbox text.
 */
import { MarkdownView, Notice, TFile, type App } from "obsidian";
import { classifyFlavour } from "../../core/detect";
import { t } from "../../i18n/ui";
import type { LensHost } from "../host";
import type { NoteIndex } from "../note-index/note-index";
import { convertRawNote, keepsOriginal } from "./convert-note";
import { ImportModal } from "./import-modal";
import { HEADING_LEVELS, type ImportTestHooks } from "./run";

/** The plugin as the importer sees it: the note index is optional (tests may leave it out). */
export type ImportHost = LensHost & { noteIndex?: NoteIndex };

export interface ImportFeature {
	/** Opens the import window (what the command does); returns it for tests. */
	openImport(): ImportModal;
	/** Test and harness hooks passed to every import window. */
	hooks: ImportTestHooks;
}

export function registerImport(host: ImportHost): ImportFeature {
	const { app } = host;
	const open = new Set<ImportModal>();
	const feature: ImportFeature = {
		hooks: {},
		openImport() {
			const modal = new ImportModal(app, host, feature.hooks);
			open.add(modal);
			void modal.outcome.finally(() => open.delete(modal));
			modal.open();
			return modal;
		},
	};
	// Unloading closes any import window, which stops its import between pages.
	host.register(() => {
		for (const modal of Array.from(open)) modal.close();
		open.clear();
	});

	host.addCommand({ id: "import-scrapbox-export", name: t("import.command.import"), callback: () => void feature.openImport() });
	host.addCommand({
		id: "convert-scrapbox-notation",
		name: t("import.command.convert"),
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!file || file.extension !== "md" || !isRaw(app, host, file)) return false;
			if (!checking) void convertNote(app, host, file);
			return true;
		},
	});
	return feature;
}

/** The open editor's text for the file, when it is open in one (newer than the file on disk while typing). */
function editorText(app: App, file: TFile): string | null {
	const view = app.workspace.getActiveViewOfType(MarkdownView);
	return view && view.file === file ? view.editor.getValue() : null;
}

/** Raw by the note index, or by the classifier on the open editor's text (the index may lag an edit). */
function isRaw(app: App, host: ImportHost, file: TFile): boolean {
	const text = editorText(app, file);
	if (text !== null) return !keepsOriginal(text) && safeFlavour(text, file.path) === "raw";
	return host.noteIndex?.get(file.path)?.flavour === "raw";
}

function safeFlavour(text: string, path: string): string | null {
	try {
		return classifyFlavour(text, path);
	} catch {
		return null;
	}
}

async function convertNote(app: App, host: ImportHost, file: TFile): Promise<void> {
	// Save what is typed first, so the conversion sees the note as it is on screen.
	const view = app.workspace.getActiveViewOfType(MarkdownView);
	if (view && view.file === file) await view.save();
	type Outcome = "done" | "not-raw" | "kept" | { failed: string };
	// Set inside `process`; a holder keeps TypeScript from narrowing it to the initial value.
	const result: { outcome: Outcome } = { outcome: "not-raw" };
	try {
		const settings = host.settings;
		const project = app.metadataCache.getFileCache(file)?.frontmatter?.scrapbox_project as unknown;
		await app.vault.process(file, (text) => {
			if (keepsOriginal(text)) {
				result.outcome = "kept";
				return text;
			}
			if (safeFlavour(text, file.path) !== "raw") {
				result.outcome = "not-raw";
				return text;
			}
			const converted = convertRawNote(text, file.basename, {
				project: typeof project === "string" && project !== "" ? project : undefined,
				hashtags: settings.importHashtags,
				icons: settings.importIcons,
				headingLevels: HEADING_LEVELS[settings.importHeadings],
				originalComment: t("import.convert.original"),
			});
			if (!converted.ok) {
				result.outcome = { failed: converted.message };
				return text;
			}
			result.outcome = "done";
			return converted.text;
		});
	} catch (error) {
		result.outcome = { failed: error instanceof Error ? error.message : String(error) };
	}
	const done = result.outcome;
	if (done === "done") new Notice(t("import.convert.done"), 10000);
	else if (done === "kept") new Notice(t("import.convert.alreadyConverted"));
	else if (done === "not-raw") new Notice(t("import.convert.notRaw"));
	else new Notice(t("import.convert.failed", { message: done.failed }));
}
