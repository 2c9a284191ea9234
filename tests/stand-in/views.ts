/**
 * Views: View, ItemView (header with actions, `.view-content`), FileView,
 * TextFileView (debounced save), and MarkdownView with both modes:
 *
 * - Reading view: `.markdown-reading-view > .markdown-preview-view >
 *   .markdown-preview-sizer.markdown-preview-section > div` (one div per
 *   section, as in Obsidian, where the sizer *is* the section container),
 *   post-processed with a real context whose getSectionInfo gives 0-based
 *   lines in the whole file. A re-render keeps sections whose text did not
 *   change (their post-processors do not run again) and unloads the children
 *   of sections that went away.
 * - Source / Live Preview: a real CodeMirror 6 EditorView with the plugins'
 *   editor extensions and Obsidian's line classes.
 */
import type { EditorView as CmView } from "@codemirror/view";
import { EditorView } from "@codemirror/view";
import { Compartment } from "@codemirror/state";
import type { App } from "./app";
import { Component } from "./component";
import { CmEditor, createEditorState, setEditorViewEffect, setLivePreviewEffect, type Editor } from "./editor";
import { onInternal } from "./events";
import { setIcon } from "./icons";
import { blockRendererFor, frontmatterOf, newDocId, postProcess, type MarkdownPostProcessorContext, type MarkdownRenderChild, type MarkdownSectionInformation } from "./markdown";
import type { Section } from "./markdown/render";
import { trackWork } from "./pending";
import { debounce } from "./platform";
import type { Scope } from "./scope";
import { TFile, type TAbstractFile } from "./vault";
import type { WorkspaceLeaf } from "./workspace";

export interface ViewStateResult {
	history: boolean;
}

export abstract class View extends Component {
	app: App;
	icon = "document";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: Scope | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = createDiv({ cls: "workspace-leaf-content" });
	}

	/** Called by the leaf when the view is shown (stand-in plumbing for onOpen). */
	async open(parentEl: HTMLElement): Promise<void> {
		this.containerEl.setAttribute("data-type", this.getViewType());
		parentEl.appendChild(this.containerEl);
		this.load();
		await this.onOpen();
	}

	/** Called by the leaf when the view goes away. */
	async close(): Promise<void> {
		await this.onClose();
		this.unload();
		this.containerEl.detach();
	}

	protected async onOpen(): Promise<void> {
		// Overridden by subclasses.
	}
	protected async onClose(): Promise<void> {
		// Overridden by subclasses.
	}
	abstract getViewType(): string;
	getState(): Record<string, unknown> {
		return {};
	}
	async setState(_state: unknown, _result: ViewStateResult): Promise<void> {
		// Overridden by subclasses.
	}
	getEphemeralState(): Record<string, unknown> {
		return {};
	}
	setEphemeralState(_state: unknown): void {
		// Overridden by subclasses.
	}
	getIcon(): string {
		return this.icon;
	}
	onResize(): void {
		// Overridden by subclasses.
	}
	abstract getDisplayText(): string;
	onPaneMenu(_menu: unknown, _source: string): void {
		// Overridden by subclasses.
	}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;
	headerEl: HTMLElement;
	titleEl: HTMLElement;
	actionsEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.headerEl = this.containerEl.createDiv({ cls: "view-header" });
		const left = this.headerEl.createDiv({ cls: "view-header-left" });
		left.createDiv({ cls: "view-header-nav-buttons" });
		const titleBox = this.headerEl.createDiv({ cls: "view-header-title-container" });
		this.titleEl = titleBox.createDiv({ cls: "view-header-title" });
		this.actionsEl = this.headerEl.createDiv({ cls: "view-actions" });
		this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
	}

	override async open(parentEl: HTMLElement): Promise<void> {
		this.updateHeader();
		await super.open(parentEl);
	}

	/** Refreshes the title in the header (Obsidian does this when the display text changes). */
	updateHeader(): void {
		this.titleEl.setText(this.getDisplayText());
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const action = createEl("a", { cls: ["clickable-icon", "view-action"], attr: { "aria-label": title } });
		setIcon(action, icon);
		action.addEventListener("click", (evt) => void callback(evt));
		this.actionsEl.prepend(action);
		return action;
	}
}

/** What a leaf shows when nothing is open, or after its view's plugin unloaded. */
export class EmptyView extends ItemView {
	/** The view state this leaf had before its view type went away. */
	parked: { type: string; state?: Record<string, unknown> } | null = null;

	override getViewType(): string {
		return "empty";
	}
	override getDisplayText(): string {
		return "New tab";
	}
	override async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.createDiv({ cls: "empty-state", text: "No file is open" });
	}
}

export abstract class FileView extends ItemView {
	allowNoFile = false;
	file: TFile | null = null;
	override navigation = true;

	override getDisplayText(): string {
		return this.file ? this.file.basename : "No file";
	}
	override onload(): void {
		this.registerEvent(
			onInternal(this.app.vault, "rename", (file: TAbstractFile) => {
				if (file === this.file && file instanceof TFile) void this.onRename(file);
			}),
		);
		this.registerEvent(
			onInternal(this.app.vault, "delete", (file: TAbstractFile) => {
				if (file === this.file) this.leaf.detach();
			}),
		);
	}
	override getState(): Record<string, unknown> {
		return this.file ? { file: this.file.path } : {};
	}
	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const path = (state as { file?: unknown } | null)?.file;
		if (typeof path === "string") {
			const file = this.app.vault.getFileByPath(path);
			if (file && file !== this.file) await this.loadFile(file);
		}
		await super.setState(state, result);
	}
	async loadFile(file: TFile): Promise<void> {
		if (this.file) await this.onUnloadFile(this.file);
		this.file = file;
		this.updateHeader();
		await this.onLoadFile(file);
	}
	async onLoadFile(_file: TFile): Promise<void> {
		// Overridden by subclasses.
	}
	async onUnloadFile(_file: TFile): Promise<void> {
		// Overridden by subclasses.
	}
	async onRename(_file: TFile): Promise<void> {
		this.updateHeader();
	}
	canAcceptExtension(_extension: string): boolean {
		return false;
	}
}

export abstract class EditableFileView extends FileView {}

export abstract class TextFileView extends EditableFileView {
	data = "";
	requestSave: () => void;
	private readonly saveDebounced = debounce(() => void this.save(), 2000, true);

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.requestSave = () => void this.saveDebounced();
	}

	override onload(): void {
		super.onload();
		this.registerEvent(
			onInternal(this.app.vault, "modify", (file: TAbstractFile) => {
				if (file !== this.file || !(file instanceof TFile)) return;
				const next = this.app.vault.peek(file);
				if (next !== this.data) {
					this.data = next;
					this.setViewData(next, false);
				}
			}),
		);
	}

	override async onUnloadFile(_file: TFile): Promise<void> {
		await this.save();
		this.clear();
	}

	override async onLoadFile(file: TFile): Promise<void> {
		// Internal read: not counted in vault.readLog, which records the plugins' reads.
		this.data = this.app.vault.peek(file);
		this.setViewData(this.data, true);
	}

	override async close(): Promise<void> {
		this.saveDebounced.cancel();
		if (this.file) await this.save();
		await super.close();
	}

	async save(_clear?: boolean): Promise<void> {
		this.saveDebounced.cancel();
		if (!this.file || !this.app.vault.getFileByPath(this.file.path)) return;
		const data = this.getViewData();
		this.data = data;
		if (this.app.vault.peek(this.file) !== data) await this.app.vault.modify(this.file, data);
	}

	abstract getViewData(): string;
	abstract setViewData(data: string, clear: boolean): void;
	abstract clear(): void;
}

interface SectionRecord extends Section {
	children: MarkdownRenderChild[];
	processed: boolean;
}

/** The Reading view of a MarkdownView. */
export class MarkdownPreviewView extends Component {
	app: App;
	containerEl: HTMLElement;
	previewEl: HTMLElement;
	sizerEl: HTMLElement;
	headerEl: HTMLElement;
	footerEl: HTMLElement;
	docId = newDocId();
	private data = "";
	private sections: SectionRecord[] = [];
	private rendered: string | null = null;
	/** Resolves when the latest render, post-processors included, is done. */
	renderPromise: Promise<void> = Promise.resolve();

	constructor(private readonly view: MarkdownView) {
		super();
		this.app = view.app;
		this.containerEl = createDiv({ cls: "markdown-reading-view" });
		this.previewEl = this.containerEl.createDiv({
			cls: ["markdown-preview-view", "markdown-rendered", "node-insert-event", "is-readable-line-width", "allow-fold-headings", "allow-fold-lists", "show-indentation-guide", "show-properties"],
			attr: { tabindex: "-1" },
		});
		this.sizerEl = this.previewEl.createDiv({ cls: ["markdown-preview-sizer", "markdown-preview-section"] });
		this.sizerEl.createDiv({ cls: "markdown-preview-pusher" });
		this.headerEl = this.sizerEl.createDiv({ cls: "mod-header" });
		this.footerEl = this.sizerEl.createDiv({ cls: "mod-footer" });
		this.previewEl.addEventListener("click", (evt) => this.onClick(evt));
	}

	get file(): TFile | null {
		return this.view.file;
	}
	get(): string {
		return this.data;
	}
	set(data: string, clear: boolean): void {
		this.data = data;
		if (clear) this.clear();
		if (this.view.getMode() === "preview") this.rerender();
	}
	clear(): void {
		for (const section of this.sections) this.dropSection(section);
		this.sections = [];
		this.rendered = null;
	}
	getScroll(): number {
		return this.previewEl.scrollTop;
	}
	applyScroll(scroll: number): void {
		this.previewEl.scrollTop = scroll;
	}

	/** Renders when the text changed since the last render (or always when `full`). */
	rerender(full?: boolean): void {
		if (full) this.clear();
		if (this.rendered === this.data) return;
		this.rendered = this.data;
		this.renderPromise = trackWork(this.render(this.data));
	}

	private dropSection(section: SectionRecord): void {
		section.el.detach();
		for (const child of section.children) this.removeChild(child);
		section.children = [];
	}

	private renderHeader(sections: Section[]): void {
		this.headerEl.empty();
		this.headerEl.createDiv({ cls: "inline-title", text: this.file?.basename ?? "" });
		const fm = frontmatterOf(sections);
		if (!fm || Object.keys(fm).length === 0) return;
		const box = this.headerEl.createDiv({ cls: "metadata-container" });
		box.createDiv({ cls: "metadata-properties-heading" }).createDiv({ cls: "metadata-properties-title", text: "Properties" });
		const list = box.createDiv({ cls: "metadata-content" }).createDiv({ cls: "metadata-properties" });
		for (const [key, value] of Object.entries(fm)) {
			const row = list.createDiv({ cls: "metadata-property", attr: { "data-property-key": key } });
			row.createDiv({ cls: "metadata-property-key", text: key });
			const one = (v: unknown): string => {
				if (v === null || v === undefined) return "";
				if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return String(v);
				return JSON.stringify(v);
			};
			const shown = Array.isArray(value) ? value.map(one).join(", ") : one(value);
			row.createDiv({ cls: "metadata-property-value", text: shown });
		}
	}

	private async render(data: string): Promise<void> {
		const path = this.file?.path ?? "";
		const { sections } = blockRendererFor(this.app, path).renderSections(data);
		const unused = this.sections.slice();
		const next: SectionRecord[] = sections.map((section) => {
			const index = unused.findIndex((old) => old.source === section.source && old.type === section.type);
			if (index !== -1) {
				const [old] = unused.splice(index, 1);
				return { ...old, lineStart: section.lineStart, lineEnd: section.lineEnd };
			}
			return { ...section, children: [], processed: false };
		});
		for (const old of unused) this.dropSection(old);
		this.sections = next;
		this.renderHeader(sections);
		this.sizerEl.setChildrenInPlace([this.sizerEl.firstElementChild as HTMLElement, this.headerEl, ...next.map((s) => s.el), this.footerEl]);
		const frontmatter = frontmatterOf(sections);
		for (const section of next) {
			if (section.processed) continue;
			section.processed = true;
			const ctx: MarkdownPostProcessorContext = {
				docId: this.docId,
				sourcePath: path,
				frontmatter,
				addChild: (child) => {
					section.children.push(child);
					this.addChild(child);
				},
				getSectionInfo: (el) => this.getSectionInfo(el),
			};
			await postProcess(section.el, ctx);
		}
	}

	/** `{text, lineStart, lineEnd}` for a section element or anything inside one; null otherwise. */
	getSectionInfo(el: HTMLElement): MarkdownSectionInformation | null {
		for (const section of this.sections) {
			if (section.el === el || section.el.contains(el)) return { text: this.data, lineStart: section.lineStart, lineEnd: section.lineEnd };
		}
		return null;
	}

	/** The section element holding a 0-based line, if any. */
	sectionAt(line: number): HTMLElement | null {
		return this.sections.find((s) => s.lineStart <= line && line <= s.lineEnd)?.el ?? this.sections.find((s) => s.lineStart > line)?.el ?? null;
	}

	private onClick(evt: MouseEvent): void {
		const target = evt.target as HTMLElement | null;
		const link = target?.closest("a.internal-link") as HTMLElement | null;
		if (!link) return;
		evt.preventDefault();
		const href = link.getAttribute("data-href") ?? "";
		void this.app.workspace.openLinkText(href, this.file?.path ?? "", false);
	}
}

/** The source/Live Preview half of a MarkdownView. */
export class MarkdownEditView {
	containerEl: HTMLElement;
	constructor(readonly view: MarkdownView) {
		this.containerEl = createDiv({ cls: ["markdown-source-view", "cm-s-obsidian", "mod-cm6", "node-insert-event", "is-readable-line-width", "is-live-preview"] });
	}
	get app(): App {
		return this.view.app;
	}
	get file(): TFile | null {
		return this.view.file;
	}
	get(): string {
		return this.view.editor.getValue();
	}
	set(data: string, _clear: boolean): void {
		if (this.view.editor.getValue() !== data) this.view.editor.setValue(data);
	}
	clear(): void {
		this.set("", true);
	}
	getSelection(): string {
		return this.view.editor.getSelection();
	}
	getScroll(): number {
		return this.view.editor.getScrollInfo().top;
	}
	applyScroll(scroll: number): void {
		this.view.editor.scrollTo(null, scroll);
	}
}

export type MarkdownViewModeType = "source" | "preview";
/** The three ways a note can be shown: Reading view, Live Preview, plain source. */
export type StandInMode = "preview" | "live" | "source";

export class MarkdownView extends TextFileView {
	editor: Editor;
	cm: CmView;
	previewMode: MarkdownPreviewView;
	editMode: MarkdownEditView;
	currentMode: MarkdownPreviewView | MarkdownEditView;
	hoverPopover: unknown = null;
	private mode: StandInMode = "live";
	private readonly pluginExtensions = new Compartment();
	private suppressChange = false;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl.addClass("markdown-view");
		this.editMode = new MarkdownEditView(this);
		this.previewMode = new MarkdownPreviewView(this);
		this.contentEl.appendChild(this.editMode.containerEl);
		this.contentEl.appendChild(this.previewMode.containerEl);
		const state = createEditorState("", this, true, [
			this.pluginExtensions.of(this.app.editorExtensions.slice()),
			EditorView.updateListener.of((update) => {
				if (!update.docChanged || this.suppressChange) return;
				this.data = update.state.doc.toString();
				this.app.workspace.trigger("editor-change", this.editor, this);
				this.requestSave();
			}),
		]);
		this.cm = new EditorView({ state, parent: this.editMode.containerEl });
		this.cm.dispatch({ effects: setEditorViewEffect.of(this.cm) });
		this.editor = new CmEditor(this.cm);
		this.currentMode = this.editMode;
		this.applyMode();
	}

	override getViewType(): string {
		return "markdown";
	}

	override onload(): void {
		super.onload();
		this.addChild(this.previewMode);
	}

	override async close(): Promise<void> {
		await super.close();
		this.cm.destroy();
	}

	getMode(): MarkdownViewModeType {
		return this.mode === "preview" ? "preview" : "source";
	}

	/** Stand-in: which of the three modes is showing. */
	getStandInMode(): StandInMode {
		return this.mode;
	}

	/** Switches between Reading view (`preview`), Live Preview (`live`) and source mode (`source`). */
	setMode(mode: StandInMode): void {
		if (this.mode === mode) return;
		if (this.mode !== "preview") this.data = this.editor.getValue();
		this.mode = mode;
		this.applyMode();
		this.app.workspace.trigger("layout-change");
	}

	private applyMode(): void {
		const reading = this.mode === "preview";
		this.editMode.containerEl.toggle(!reading);
		this.previewMode.containerEl.toggle(reading);
		this.editMode.containerEl.toggleClass("is-live-preview", this.mode === "live");
		this.cm.dispatch({ effects: setLivePreviewEffect.of(this.mode === "live") });
		this.currentMode = reading ? this.previewMode : this.editMode;
		if (reading) {
			this.previewMode.set(this.data, false);
			this.previewMode.rerender();
		}
	}

	/** Applies the app's current editor extensions (Workspace.updateOptions). */
	reconfigureExtensions(): void {
		this.cm.dispatch({ effects: this.pluginExtensions.reconfigure(this.app.editorExtensions.slice()) });
	}

	override getState(): Record<string, unknown> {
		return { ...super.getState(), mode: this.getMode(), source: this.mode === "source" };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const s = (state ?? {}) as { mode?: unknown; source?: unknown };
		await super.setState(state, result);
		if (s.mode === "preview") this.setMode("preview");
		else if (s.mode === "source") this.setMode(s.source === true ? "source" : "live");
	}

	getViewData(): string {
		return this.mode === "preview" ? this.data : this.editor.getValue();
	}

	setViewData(data: string, clear: boolean): void {
		this.data = data;
		this.suppressChange = true;
		try {
			if (this.editor.getValue() !== data) this.editor.setValue(data);
		} finally {
			this.suppressChange = false;
		}
		this.previewMode.set(data, clear);
	}

	clear(): void {
		this.previewMode.clear();
	}

	showSearch(_replace?: boolean): void {
		// Not modelled.
	}

	override getEphemeralState(): Record<string, unknown> {
		return { scroll: this.currentMode.getScroll(), cursor: this.mode === "preview" ? undefined : this.editor.getCursor() };
	}

	/**
	 * `{line}` scrolls to a 0-based line: in Reading view the section holding it
	 * flashes (`is-flashing`, removed after 1.5 s); in the editor the cursor
	 * moves there. `{subpath: "#Heading"}` finds the heading's line first.
	 */
	override setEphemeralState(state: unknown): void {
		const s = (state ?? {}) as { line?: unknown; subpath?: unknown; scroll?: unknown };
		let line = typeof s.line === "number" ? s.line : null;
		if (line === null && typeof s.subpath === "string" && this.file) {
			const heading = s.subpath.replace(/^#/, "").toLowerCase();
			const hit = this.app.metadataCache.getFileCache(this.file)?.headings?.find((h) => h.heading.toLowerCase() === heading);
			if (hit) line = hit.position.start.line;
		}
		if (line === null) {
			if (typeof s.scroll === "number") this.currentMode.applyScroll(s.scroll);
			return;
		}
		if (this.mode === "preview") {
			const target = line;
			void this.previewMode.renderPromise.then(() => {
				const el = this.previewMode.sectionAt(target);
				if (!el) return;
				el.scrollIntoView?.({ block: "center" });
				el.addClass("is-flashing");
				setTimeout(() => el.removeClass("is-flashing"), 1500);
			});
			return;
		}
		const at = { line, ch: 0 };
		this.editor.setCursor(at);
		this.editor.scrollIntoView({ from: at, to: at }, true);
	}
}
