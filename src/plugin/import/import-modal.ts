/**
 * The import window, in the official importer's flow:
 * 1. choose the export file (a temporary file input, so it works on mobile);
 *    it is read and checked at once, in time slices that yield to the window
 *    (read-export.ts), and a wrong file gets one clear message with nothing
 *    written;
 * 2. the output folder and the options (defaults from the settings; the
 *    window remembers what was chosen last);
 * 3. Import: a progress bar with imported / skipped / failed / remaining
 *    counts and a Stop button, while run.ts writes in time slices;
 * 4. a summary, with the report's path when one was written.
 */
import { AbstractInputSuggest, Modal, Notice, ProgressBarComponent, Setting, TFolder, type App, type TextComponent } from "obsidian";
import { resolveOptions, type ScrapboxExport } from "../../core/import";
import { t } from "../../i18n/ui";
import type { LensHost } from "../host";
import { fileBytes, openFileChooser, type FileChooser } from "./file-input";
import { counted, EXPORT_MENU, exportErrorMessage } from "./labels";
import { runImport, shownCounts, type ImportChoices, type ImportCounts, type ImportOutcome, type ImportTestHooks } from "./run";
import { addImportOptionSetting } from "./option-settings";
import { readExportInSlices, type ReadTiming } from "./read-export";
import { importedProjects } from "./siblings";

export const EXPORT_ACCEPT = ".json,application/json";
/** A project name as an example, not a sentence. */
const SOURCE_PROJECT_EXAMPLE = "nishio";
/** Problems listed in the summary; the report has them all. */
const SUMMARY_PROBLEMS = 8;

/** Type-ahead for the output folder: the vault's folders containing what was typed. */
class FolderSuggest extends AbstractInputSuggest<TFolder> {
	constructor(
		app: App,
		private readonly inputEl: HTMLInputElement,
		private readonly chosen: (path: string) => void,
	) {
		super(app, inputEl);
	}

	protected getSuggestions(query: string): TFolder[] {
		const needle = query.trim().toLowerCase();
		return this.app.vault
			.getAllLoadedFiles()
			.filter((f): f is TFolder => f instanceof TFolder && !f.isRoot() && f.path.toLowerCase().includes(needle))
			.sort((a, b) => a.path.localeCompare(b.path))
			.slice(0, 50);
	}

	renderSuggestion(folder: TFolder, el: HTMLElement): void {
		el.setText(folder.path);
	}

	override selectSuggestion(folder: TFolder): void {
		this.inputEl.value = folder.path;
		this.chosen(folder.path);
		this.close();
	}
}

export class ImportModal extends Modal {
	private chooser: FileChooser | null = null;
	private exported: ScrapboxExport | null = null;
	private fileName = "";
	private choices: ImportChoices;
	private running = false;
	private stopRequested = false;
	private closed = false;
	private resolveOutcome: (outcome: ImportOutcome | null) => void = () => undefined;
	/** Resolves when the import ends (null when the window closed without importing). For tests. */
	readonly outcome: Promise<ImportOutcome | null>;
	/** The reading of the chosen file while it runs, and how long its slices were (tests and the harness). */
	reading: Promise<void> | null = null;
	readTiming: ReadTiming | null = null;
	/** Counts files chosen, so a reading overtaken by a newer choice is abandoned. */
	private readCount = 0;

	private fileSetting: Setting | null = null;
	private errorEl: HTMLElement | null = null;
	private optionsEl: HTMLElement | null = null;
	private importButton: HTMLButtonElement | null = null;

	constructor(
		app: App,
		private readonly host: LensHost,
		/** Test and harness hooks (see run.ts); shared with the command that opened the window. */
		public hooks: ImportTestHooks = {},
	) {
		super(app);
		const s = host.settings;
		this.choices = {
			folder: "",
			hashtags: s.importHashtags,
			icons: s.importIcons,
			rootLinks: s.importRootLinks,
			headings: s.importHeadings,
			downloadImages: s.importDownloadImages,
			translation: null,
		};
		this.outcome = new Promise((resolve) => (this.resolveOutcome = resolve));
	}

	override onOpen(): void {
		this.setTitle(t("import.modal.title"));
		this.modalEl.addClass("sbl-import-modal");
		this.renderSetup();
	}

	override onClose(): void {
		this.closed = true;
		// Closing the window mid-import stops between pages, like the Stop button.
		this.stopRequested = true;
		this.chooser?.dispose();
		this.chooser = null;
		this.contentEl.empty();
		if (!this.running) this.resolveOutcome(null);
	}

	// ------------------------------------------------------------ 1–2: file and options

	private renderSetup(): void {
		const { contentEl } = this;
		contentEl.empty();
		contentEl.createEl("p", { cls: "sbl-import-intro", text: t("import.modal.intro") });

		this.fileSetting = new Setting(contentEl)
			.setName(t("import.file.name"))
			.setDesc(t("import.file.desc", { menu: EXPORT_MENU }))
			.setClass("sbl-import-file")
			.addButton((button) =>
				button
					.setButtonText(t("import.file.choose"))
					.setClass("sbl-import-choose")
					.onClick(() => this.chooseFile()),
			);
		this.errorEl = contentEl.createDiv({ cls: "sbl-import-error", attr: { role: "alert" } });
		this.errorEl.hide();
		this.optionsEl = contentEl.createDiv({ cls: "sbl-import-options" });

		const buttons = contentEl.createDiv({ cls: "modal-button-container" });
		this.importButton = buttons.createEl("button", { cls: "mod-cta sbl-import-start", text: t("import.button.import") });
		this.importButton.disabled = true;
		this.importButton.addEventListener("click", () => void this.start());
	}

	/** Opens the system's file picker through a temporary input; reading starts when a file is chosen. */
	chooseFile(): FileChooser {
		this.chooser?.dispose();
		const chooser = openFileChooser(activeDocument, EXPORT_ACCEPT);
		this.chooser = chooser;
		void chooser.chosen.then((file) => {
			if (this.chooser === chooser) this.chooser = null;
			if (file && !this.closed) void this.readFile(file);
		});
		return chooser;
	}

	private readFile(file: File): Promise<void> {
		this.reading = this.readChosen(file);
		return this.reading;
	}

	private async readChosen(file: File): Promise<void> {
		const count = ++this.readCount;
		const abandoned = () => this.closed || count !== this.readCount;
		this.fileName = file.name;
		this.exported = null;
		this.readTiming = null;
		this.optionsEl?.empty();
		this.showError(null);
		if (this.importButton) this.importButton.disabled = true;
		this.fileSetting?.setDesc(t("import.file.reading", { file: file.name }));
		let message: string | null = null;
		try {
			const bytes = await fileBytes(file);
			if (abandoned()) return;
			// Read in time slices that yield to the window: a large export would otherwise block it.
			const read = await readExportInSlices(bytes, { budgetMs: this.hooks.readSliceBudgetMs, abandoned });
			if (read === null || abandoned()) return;
			this.readTiming = read.timing;
			if (read.result.ok) this.exported = read.result.export;
			else message = exportErrorMessage(read.result.error.code);
		} catch (error) {
			message = t("import.file.readError", { message: error instanceof Error ? error.message : String(error) });
		}
		if (abandoned()) return;
		this.fileSetting?.setDesc(t("import.file.desc", { menu: EXPORT_MENU }));
		if (!this.exported) {
			this.showError(message);
			return;
		}
		const exported = this.exported;
		const pages = exported.pageCount;
		this.fileSetting?.setDesc(
			exported.project !== undefined ? counted("import.file.chosenProject", pages, { file: file.name, pages, project: exported.project }) : counted("import.file.chosen", pages, { file: file.name, pages }),
		);
		this.choices.folder = resolveOptions(exported).folder;
		this.renderOptions(exported);
		if (this.importButton) this.importButton.disabled = false;
	}

	private showError(message: string | null): void {
		if (!this.errorEl) return;
		this.errorEl.empty();
		if (message === null) {
			this.errorEl.hide();
			return;
		}
		this.errorEl.setText(message);
		this.errorEl.show();
	}

	private renderOptions(exported: ScrapboxExport): void {
		const el = this.optionsEl;
		if (!el) return;
		el.empty();
		const choices = this.choices;
		if (exported.issues.length > 0) el.createEl("p", { cls: "sbl-import-note", text: counted("import.file.unreadable", exported.issues.length) });

		let folderNote: HTMLElement | null = null;
		const folderChanged = (value: string) => {
			choices.folder = value.trim();
			folderNote?.toggle(this.folderHasNotes(choices.folder));
		};
		new Setting(el)
			.setName(t("import.folder.name"))
			.setDesc(t("import.folder.desc"))
			.setClass("sbl-import-folder")
			.addText((text: TextComponent) => {
				text.setPlaceholder(t("import.folder.placeholder")).setValue(choices.folder).onChange(folderChanged);
				new FolderSuggest(this.app, text.inputEl, (path) => folderChanged(path));
			});
		folderNote = el.createEl("p", { cls: "sbl-import-note mod-warning", text: t("import.folder.notEmpty") });
		folderNote.toggle(this.folderHasNotes(choices.folder));

		new Setting(el).setName(t("import.options.heading")).setHeading();
		addImportOptionSetting(el, "hashtags", choices.hashtags, (v) => (choices.hashtags = v));
		addImportOptionSetting(el, "icons", choices.icons, (v) => (choices.icons = v));
		const rootLinks = addImportOptionSetting(el, "rootLinks", choices.rootLinks, (v) => (choices.rootLinks = v));
		void importedProjects(this.app, exported.project).then((found) => {
			if (found.length > 0 && !this.closed) rootLinks.setDesc(`${t("import.rootLinks.desc")} ${t("import.rootLinks.found", { projects: found.map((p) => p.project).join(", ") })}`);
		});
		addImportOptionSetting(el, "headings", choices.headings, (v) => (choices.headings = v));
		addImportOptionSetting(el, "downloadImages", choices.downloadImages, (v) => (choices.downloadImages = v));

		new Setting(el).setName(t("import.translation.heading")).setHeading();
		const translationEl = createDiv({ cls: "sbl-import-translation" });
		new Setting(el)
			.setName(t("import.translation.name"))
			.setDesc(t("import.translation.desc"))
			.setClass("sbl-import-translation-toggle")
			.addToggle((toggle) =>
				toggle.setValue(choices.translation !== null).onChange((on) => {
					choices.translation = on ? this.defaultTranslation() : null;
					this.renderTranslation(translationEl);
				}),
			);
		el.appendChild(translationEl);
		this.renderTranslation(translationEl);
	}

	private defaultTranslation(): NonNullable<ImportChoices["translation"]> {
		const s = this.host.settings;
		return {
			sourceProject: "",
			engine: s.defaultEngine,
			pagesWithoutFooter: "same-title",
			footerLanguage: s.footerLanguage,
			template: s.footerLanguage === "ja" ? s.footerTemplateJa : s.footerTemplateEn,
			templates: [s.footerTemplateEn, s.footerTemplateJa].filter((x) => x.trim() !== ""),
		};
	}

	private renderTranslation(el: HTMLElement): void {
		el.empty();
		const translation = this.choices.translation;
		if (!translation) return;
		new Setting(el)
			.setName(t("import.translation.project.name"))
			.setDesc(t("import.translation.project.desc"))
			.setClass("sbl-import-source-project")
			.addText((text) => text.setPlaceholder(SOURCE_PROJECT_EXAMPLE).setValue(translation.sourceProject).onChange((v) => (translation.sourceProject = v.trim())));
		new Setting(el)
			.setName(t("import.translation.engine.name"))
			.setDesc(t("import.translation.engine.desc"))
			.setClass("sbl-import-engine")
			.addText((text) => text.setPlaceholder("DeepL").setValue(translation.engine).onChange((v) => (translation.engine = v.trim())));
		new Setting(el)
			.setName(t("import.translation.withoutFooter.name"))
			.setDesc(t("import.translation.withoutFooter.desc"))
			.addDropdown((d) =>
				d
					.addOption("same-title", t("import.translation.withoutFooter.sameTitle"))
					.addOption("leave", t("import.translation.withoutFooter.leave"))
					.setValue(translation.pagesWithoutFooter)
					.onChange((v) => (translation.pagesWithoutFooter = v === "leave" ? "leave" : "same-title")),
			);
	}

	private folderHasNotes(folder: string): boolean {
		const found = this.app.vault.getAbstractFileByPath(folder.trim() === "" ? "/" : folder.trim());
		return found instanceof TFolder && !found.isRoot() && found.children.some((c) => !(c instanceof TFolder));
	}

	// ------------------------------------------------------------ 3: progress

	private async start(): Promise<void> {
		const exported = this.exported;
		if (!exported || this.running) return;
		if (this.choices.translation && this.choices.translation.sourceProject === "") {
			this.showError(t("import.translation.missingProject"));
			return;
		}
		this.running = true;
		const { contentEl } = this;
		contentEl.empty();
		const project = exported.project ?? this.fileName;
		this.setTitle(t("import.progress.title", { project }));
		const view = contentEl.createDiv({ cls: "sbl-import-progress" });
		const bar = new ProgressBarComponent(view);
		const counts = new CountsView(view);
		const current = view.createDiv({ cls: "sbl-import-current", text: counted("import.progress.preparing", exported.pageCount, { pages: exported.pageCount }) });
		const buttons = contentEl.createDiv({ cls: "modal-button-container" });
		const stop = buttons.createEl("button", { cls: "mod-warning sbl-import-stop", text: t("import.button.stop") });
		stop.addEventListener("click", () => {
			this.stopRequested = true;
			stop.disabled = true;
			current.setText(t("import.progress.stopping"));
		});

		const show = (c: ImportCounts, title: string) => {
			bar.setValue(c.total === 0 ? 100 : Math.round((c.done / c.total) * 100));
			counts.update(c);
			if (title !== "" && !this.stopRequested) current.setText(t("import.progress.current", { title }));
		};
		let outcome: ImportOutcome;
		try {
			await this.rememberChoices();
			outcome = await runImport(this.app, exported, this.choices, {
				onProgress: show,
				shouldStop: () => this.stopRequested,
				...this.hooks,
			});
		} finally {
			this.running = false;
		}
		if (this.closed) new Notice(finishedNotice(outcome));
		else this.renderSummary(outcome);
		this.resolveOutcome(outcome);
	}

	private async rememberChoices(): Promise<void> {
		const s = this.host.settings;
		const c = this.choices;
		if (s.importHashtags === c.hashtags && s.importIcons === c.icons && s.importRootLinks === c.rootLinks && s.importHeadings === c.headings && s.importDownloadImages === c.downloadImages) return;
		s.importHashtags = c.hashtags;
		s.importIcons = c.icons;
		s.importRootLinks = c.rootLinks;
		s.importHeadings = c.headings;
		s.importDownloadImages = c.downloadImages;
		await this.host.saveSettings();
	}

	// ------------------------------------------------------------ 4: summary

	private renderSummary(outcome: ImportOutcome): void {
		const { contentEl } = this;
		contentEl.empty();
		this.setTitle(outcome.stopped ? t("import.summary.stopped") : t("import.summary.done"));
		const view = contentEl.createDiv({ cls: "sbl-import-summary" });
		new CountsView(view).update(outcome.counts);
		const c = outcome.counts;
		const lines = view.createDiv({ cls: "sbl-import-summary-lines" });
		const line = (text: string, cls = "", parent = lines) => parent.createEl("p", { cls: `sbl-import-summary-line ${cls}`.trim(), text });
		// What was written, where; then what needs a look; then the first problems and the report.
		const written = c.created + c.updated;
		if (c.created > 0 && c.updated > 0) line(t("import.summary.written", { count: written, created: c.created, updated: c.updated }));
		else if (c.created > 0) line(counted("import.summary.created", c.created));
		else if (c.updated > 0) line(counted("import.summary.updated", c.updated));
		if (c.unchanged > 0) line(counted("import.summary.unchanged", c.unchanged));
		if (written === 0 && c.unchanged > 0 && c.conflicts + c.failed + c.unreadable === 0 && !outcome.stopped) line(t("import.summary.nothing"));
		if (outcome.translated > 0) line(counted("import.summary.translation", outcome.translated));
		if (written + c.unchanged > 0) line(outcome.folder === "" ? t("import.summary.folderRoot") : t("import.summary.folder", { folder: outcome.folder }), "sbl-import-folder-line");
		if (c.conflicts > 0) line(counted("import.summary.conflicts", c.conflicts), "mod-warning");
		if (c.unreadable > 0) line(counted("import.summary.skipped", c.unreadable), "mod-warning");
		if (c.failed > 0) line(counted("import.summary.failed", c.failed), "mod-error");
		if (outcome.stopped) line(counted("import.summary.remaining", c.total - c.done), "mod-warning");
		if (outcome.images.downloaded + outcome.images.reused + outcome.imageFailures.length > 0) {
			line(t("import.summary.images", { downloaded: outcome.images.downloaded, reused: outcome.images.reused, failed: outcome.imageFailures.length }), outcome.imageFailures.length > 0 ? "mod-warning" : "");
		}

		const notable = outcome.problems.filter((p) => p.kind !== "warning");
		if (notable.length > 0) {
			const list = view.createEl("ul", { cls: "sbl-import-problems" });
			for (const p of notable.slice(0, SUMMARY_PROBLEMS)) {
				const item = list.createEl("li");
				item.createSpan({ cls: "sbl-import-problem-title", text: p.title });
				item.createSpan({ cls: "sbl-import-problem-message", text: p.message });
			}
			if (notable.length > SUMMARY_PROBLEMS) list.createEl("li", { cls: "sbl-import-problem-more", text: t("import.summary.more", { count: notable.length - SUMMARY_PROBLEMS }) });
		}
		if (outcome.reportPath) line(t("import.summary.report", { path: outcome.reportPath }), "sbl-import-report-line", view);

		const buttons = contentEl.createDiv({ cls: "modal-button-container" });
		const reportPath = outcome.reportPath;
		if (reportPath) {
			buttons.createEl("button", { cls: "sbl-import-open-report", text: t("import.button.openReport") }).addEventListener("click", () => {
				this.close();
				void this.app.workspace.openLinkText(reportPath, "", false);
			});
		}
		const close = buttons.createEl("button", { cls: "mod-cta sbl-import-close", text: t("import.button.close") });
		close.addEventListener("click", () => this.close());
		close.focus();
	}
}

/** Imported / skipped / failed / remaining, as four figures. */
class CountsView {
	private readonly values: Record<"imported" | "skipped" | "failed" | "remaining", HTMLElement>;
	private readonly live: HTMLElement;

	constructor(parent: HTMLElement) {
		const grid = parent.createDiv({ cls: "sbl-import-counts" });
		const cell = (key: "imported" | "skipped" | "failed" | "remaining") => {
			const box = grid.createDiv({ cls: `sbl-import-count sbl-import-count-${key}` });
			const value = box.createDiv({ cls: "sbl-import-count-value", text: "0", attr: { "aria-hidden": "true" } });
			box.createDiv({ cls: "sbl-import-count-label", text: t(`import.progress.label.${key}`), attr: { "aria-hidden": "true" } });
			return value;
		};
		this.values = { imported: cell("imported"), skipped: cell("skipped"), failed: cell("failed"), remaining: cell("remaining") };
		// One sentence for screen readers, updated with the figures.
		this.live = parent.createDiv({ cls: "sbl-import-counts-text", attr: { "aria-live": "polite" } });
	}

	update(counts: ImportCounts): void {
		const shown = shownCounts(counts);
		for (const key of Object.keys(this.values) as (keyof typeof this.values)[]) {
			this.values[key].setText(shown[key].toLocaleString());
			this.values[key].parentElement?.toggleClass("is-nonzero", shown[key] > 0);
		}
		this.live.setText(t("import.progress.counts", shown));
	}
}

function finishedNotice(outcome: ImportOutcome): string {
	const c = outcome.counts;
	return t("import.notice.finished", {
		written: c.created + c.updated,
		unchanged: c.unchanged,
		problems: outcome.problems.filter((p) => p.kind !== "warning").length + outcome.imageFailures.length,
	});
}


