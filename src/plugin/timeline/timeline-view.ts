/**
 * The timeline pane: dated quotes of the active note (following the active
 * leaf), its folder, a tag or the whole vault, as a chronological list with an
 * overview strip, a text filter, keyboard navigation, and exports.
 *
 * - Nothing is read before layout-ready; vault events are heard from then on.
 * - Notes are read through an `EventCache`: a refresh re-reads only notes whose
 *   mtime or size changed or that a vault event named, in time slices with
 *   progress; a newer refresh cancels an older one.
 * - Live updates are debounced (300 ms), and keep scroll position, focus and
 *   which cards are expanded, also when lines were added above an event or its
 *   title was edited: events keep their keys (`carryEventKeys` in list.ts).
 */
import {
	AbstractInputSuggest,
	ItemView,
	Keymap,
	Menu,
	Notice,
	TFile,
	debounce,
	getAllTags,
	setIcon,
	type App,
	type HoverParent,
	type HoverPopover,
	type TAbstractFile,
	type ViewStateResult,
	type WorkspaceLeaf,
} from "obsidian";
import { dayNumber, formatDatePoint, type DateLanguage } from "../../core/dates";
import { eventDateLabel, filterEvents, sortEvents, type TimelineEvent } from "../../core/timeline";
import type { Notation } from "../../core/quotes";
import { currentLanguage, t } from "../../i18n/ui";
import type { LensHost } from "../host";
import { EventCache } from "./event-cache";
import { writeExport, type ExportKind } from "./export";
import { CARD_MIN_PX, carryEventKeys, TimelineList, type ListItem, type ListOptions } from "./list";
import { openEventSource } from "./open-source";
import { OverviewStrip } from "./overview";
import { exportFolder, filesInScope, inScope, scopeName, SCOPES, tagKey, vaultTags, type ScopeTarget, type TimelineScope } from "./scope";
import type { InlineContext } from "./inline";

export const TIMELINE_VIEW = "scrapbox-lens-timeline";
export const TIMELINE_ICON = "calendar-clock";

/** Vault changes are gathered this long before the pane refreshes. */
const REFRESH_DELAY_MS = 300;
/** Room the sticky year label takes above a card the list scrolls to. */
const STICKY_OFFSET_PX = 34;

class TagSuggest extends AbstractInputSuggest<string> {
	constructor(
		app: App,
		private readonly input: HTMLInputElement,
		private readonly choose: (tag: string) => void,
	) {
		super(app, input);
	}

	private tags: string[] = [];
	private tagsAt = -Infinity;

	protected getSuggestions(query: string): string[] {
		// Gathering every note's tags is vault-sized: once per few seconds of typing, not per key.
		if (Date.now() - this.tagsAt > 5000) {
			this.tags = vaultTags(this.app);
			this.tagsAt = Date.now();
		}
		const q = tagKey(query);
		return this.tags.filter((tag) => tagKey(tag).includes(q)).slice(0, 50);
	}

	renderSuggestion(tag: string, el: HTMLElement): void {
		el.setText(tag);
	}

	override selectSuggestion(tag: string): void {
		this.input.value = tag;
		this.choose(tag);
		this.close();
	}
}

export class TimelineView extends ItemView implements HoverParent {
	hoverPopover: HoverPopover | null = null;
	private target: ScopeTarget = { scope: "note", anchor: null, tag: "" };
	private readonly cache: EventCache;
	private all: ListItem[] = [];
	private shown: ListItem[] = [];
	private noteCount = 0;
	private filterText = "";
	private readonly expanded = new Set<string>();
	private focusIndex = 0;
	private generation = 0;
	/** The last key handed to a new event (keys are `e<n>`). */
	private keySerial = 0;
	private closed = false;
	private loaded = false;
	private unquoted: boolean;
	private proportional: boolean;
	/** `targetKey()` of what the list shows. */
	private shownKey = "";
	/** Notes this pane exported: opening one does not make the pane follow it away from what was exported. */
	private readonly exported = new Set<string>();

	private scopeSelect!: HTMLSelectElement;
	private tagRow!: HTMLElement;
	private tagInput!: HTMLInputElement;
	private filterInput!: HTMLInputElement;
	private proportionalButton!: HTMLElement;
	private expandButton!: HTMLElement;
	/** Whether the expand button offers "Collapse all" (it starts as "Expand all"). */
	private expandShowsCollapse = false;
	private summaryEl!: HTMLElement;
	private progressEl!: HTMLElement;
	private overview!: OverviewStrip;
	private scrollEl!: HTMLElement;
	private list!: TimelineList;
	private emptyEl!: HTMLElement;

	private readonly scheduleRefresh = debounce(() => void this.refresh(), REFRESH_DELAY_MS, true);
	private readonly scheduleFilter = debounce(() => this.applyFilter(false), 120, true);

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: LensHost,
	) {
		super(leaf);
		this.unquoted = host.settings.timelineUnquoted;
		this.proportional = host.settings.timelineProportional;
		this.cache = new EventCache(this.app, () => this.unquoted);
	}

	getViewType(): string {
		return TIMELINE_VIEW;
	}

	getDisplayText(): string {
		return t("timeline.title");
	}

	override getIcon(): string {
		return TIMELINE_ICON;
	}

	override getState(): Record<string, unknown> {
		return { scope: this.target.scope, tag: this.target.tag };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const s = (state ?? {}) as { scope?: unknown; tag?: unknown };
		const scope = SCOPES.includes(s.scope as TimelineScope) ? (s.scope as TimelineScope) : this.target.scope;
		const tag = typeof s.tag === "string" ? s.tag : this.target.tag;
		if (scope !== this.target.scope || tag !== this.target.tag) {
			this.target = { ...this.target, scope, tag };
			if (this.scopeSelect) this.syncControls();
			if (this.loaded) void this.refresh();
		}
		await super.setState(state, result);
	}

	/** What the pane covers now (for commands and tests). */
	get scopeTarget(): Readonly<ScopeTarget> {
		return this.target;
	}

	/** The events shown, after the filter, in time order. */
	get events(): TimelineEvent[] {
		return this.shown.map((i) => i.event);
	}

	/** Switches the scope (as the dropdown does) and refreshes. */
	setScope(scope: TimelineScope, tag?: string): Promise<void> {
		this.target = { ...this.target, scope, tag: tag ?? this.target.tag };
		if (scope === "tag" && !tagKey(this.target.tag) && this.target.anchor) this.target.tag = this.firstTagOf(this.target.anchor);
		this.syncControls();
		this.app.workspace.requestSaveLayout();
		return this.refresh();
	}

	override async onOpen(): Promise<void> {
		this.closed = false;
		const active = this.app.workspace.getActiveFile();
		if (active?.extension === "md") this.target.anchor = active;
		this.buildDom();
		this.renderEmpty(t("timeline.waiting"));
		this.registerEvent(this.app.workspace.on("file-open", (file) => this.follow(file)));
		this.registerEvent(
			this.host.onSettingsChange((settings) => {
				if (settings.timelineUnquoted !== this.unquoted) {
					this.unquoted = settings.timelineUnquoted;
					this.cache.clear();
					void this.refresh();
				}
				if (settings.timelineProportional !== this.proportional) {
					this.proportional = settings.timelineProportional;
					this.syncControls();
					this.render(true);
				}
			}),
		);
		// Vault 'create' fires for every note while the vault loads; start after it.
		this.app.workspace.onLayoutReady(() => {
			if (this.closed) return;
			this.loaded = true;
			this.registerEvent(this.app.vault.on("modify", (file) => this.onChanged(file)));
			this.registerEvent(this.app.vault.on("create", (file) => this.onChanged(file)));
			this.registerEvent(this.app.vault.on("delete", (file) => this.onRemoved(file.path)));
			this.registerEvent(
				this.app.vault.on("rename", (file, oldPath) => {
					this.onRemoved(oldPath);
					this.onChanged(file);
				}),
			);
			// Tag membership is known only once the metadata cache has the note.
			this.registerEvent(
				this.app.metadataCache.on("changed", (file) => {
					if (this.target.scope === "tag") this.scheduleRefresh();
					else if (inScope(this.app, this.target, file) && !this.cache.fresh(file)) this.scheduleRefresh();
				}),
			);
			void this.refresh();
		});
	}

	override async onClose(): Promise<void> {
		this.closed = true;
		this.generation++;
		this.scheduleRefresh.cancel();
		this.scheduleFilter.cancel();
		this.list?.stop();
		this.contentEl.empty();
	}

	override onPaneMenu(menu: Menu, source: string): void {
		super.onPaneMenu(menu, source);
		this.fillMenu(menu);
	}

	private fillMenu(menu: Menu): void {
		this.addExportItems(menu);
		menu.addSeparator();
		menu.addItem((item) =>
			item
				.setTitle(t("timeline.action.proportional"))
				.setIcon("ruler")
				.setChecked(this.proportional)
				.onClick(() => void this.toggleProportional()),
		);
		menu.addItem((item) =>
			item
				.setTitle(this.allExpanded() ? t("timeline.action.collapseAll") : t("timeline.action.expandAll"))
				.setIcon(this.allExpanded() ? "chevrons-down-up" : "chevrons-up-down")
				.onClick(() => this.toggleAll()),
		);
	}

	/** The export items, in the pane menu and the toolbar's export menu alike. */
	private addExportItems(menu: Menu): void {
		menu.addItem((item) =>
			item
				.setTitle(t("timeline.action.exportMarkdown"))
				.setIcon("file-text")
				.onClick(() => void this.export("markdown")),
		);
		menu.addItem((item) =>
			item
				.setTitle(t("timeline.action.exportCanvas"))
				.setIcon("layout-dashboard")
				.onClick(() => void this.export("canvas")),
		);
	}

	// -------------------------------------------------------------------------
	// DOM

	private buildDom(): void {
		const root = this.contentEl;
		root.empty();
		root.addClass("sbl-timeline");

		const toolbar = root.createDiv({ cls: "sbl-tl-toolbar" });
		this.scopeSelect = toolbar.createEl("select", { cls: ["dropdown", "sbl-tl-scope"], attr: { "aria-label": t("timeline.scope.label") } });
		for (const scope of SCOPES) this.scopeSelect.createEl("option", { value: scope, text: t(`timeline.scope.${scope}`) });
		this.registerDomEvent(this.scopeSelect, "change", () => void this.setScope(this.scopeSelect.value as TimelineScope));
		const actions = toolbar.createDiv({ cls: "sbl-tl-actions" });
		this.proportionalButton = this.actionButton(actions, "ruler", t("timeline.action.proportional"), () => void this.toggleProportional());
		this.expandButton = this.actionButton(actions, "chevrons-up-down", t("timeline.action.expandAll"), () => this.toggleAll());
		this.expandShowsCollapse = false;
		this.actionButton(actions, "download", t("timeline.action.export"), (evt) => {
			const menu = new Menu();
			this.addExportItems(menu);
			// Below the button, also when it was pressed from the keyboard.
			const rect = (evt.currentTarget as HTMLElement).getBoundingClientRect();
			menu.showAtPosition({ x: rect.left, y: rect.bottom });
		});

		this.tagRow = root.createDiv({ cls: "sbl-tl-tag-row" });
		this.tagInput = this.tagRow.createEl("input", { cls: "sbl-tl-tag", type: "text", attr: { placeholder: t("timeline.tag.placeholder"), "aria-label": t("timeline.scope.tag"), spellcheck: "false" } });
		new TagSuggest(this.app, this.tagInput, (tag) => {
			this.target.tag = tag;
			this.app.workspace.requestSaveLayout();
			void this.refresh();
		});
		this.registerDomEvent(this.tagInput, "input", () => {
			this.target.tag = this.tagInput.value;
			this.app.workspace.requestSaveLayout();
			this.scheduleRefresh();
		});

		const search = root.createDiv({ cls: ["search-input-container", "sbl-tl-search"] });
		this.filterInput = search.createEl("input", {
			cls: "sbl-tl-filter",
			type: "search",
			attr: { placeholder: t("timeline.filter.placeholder"), "aria-label": t("timeline.filter.placeholder"), spellcheck: "false", enterkeyhint: "search" },
		});
		const clear = search.createDiv({ cls: ["search-input-clear-button", "sbl-tl-filter-clear"], attr: { "aria-label": t("timeline.filter.clear"), role: "button" } });
		this.registerDomEvent(clear, "click", () => {
			this.filterInput.value = "";
			this.onFilterInput();
			this.filterInput.focus();
		});
		this.registerDomEvent(this.filterInput, "input", () => this.onFilterInput());
		this.registerDomEvent(this.filterInput, "keydown", (evt) => {
			if ((evt.key === "ArrowDown" || evt.key === "Enter") && this.shown.length > 0) {
				evt.preventDefault();
				this.scheduleFilter.run();
				this.focusEvent(Math.min(this.focusIndex, this.shown.length - 1));
			}
		});

		this.summaryEl = root.createDiv({ cls: "sbl-tl-summary", attr: { "aria-live": "polite" } });
		this.progressEl = root.createDiv({ cls: "sbl-tl-progress", attr: { role: "progressbar", "aria-valuemin": "0" } });
		this.progressEl.createDiv({ cls: "sbl-tl-progress-bar" });
		this.progressEl.createDiv({ cls: "sbl-tl-progress-text" });
		this.progressEl.hide();

		this.overview = new OverviewStrip(root, (index, final) => this.jumpTo(index, final));
		this.overview.bind((el, type, handler) => this.registerDomEvent(el, type, handler));

		this.scrollEl = root.createDiv({ cls: "sbl-tl-scroll" });
		this.list = new TimelineList(this.scrollEl, STICKY_OFFSET_PX);
		this.list.onVisible = (first, last) => this.overview.showWindow(first, last);
		// The overview's window follows the list; measured at the next frame, not per scroll event.
		this.registerDomEvent(this.scrollEl, "scroll", () => this.list.scheduleVisible(), { passive: true });
		this.emptyEl = this.scrollEl.createDiv({ cls: "sbl-tl-empty" });
		this.registerDomEvent(this.list.el, "click", (evt) => this.onListClick(evt));
		this.registerDomEvent(this.list.el, "auxclick", (evt) => {
			if (evt.button !== 1) return;
			const index = this.list.indexOf(evt.target as Element);
			const link = (evt.target as HTMLElement).closest("a");
			if (index >= 0 && !link) void this.openEvent(index, "tab");
		});
		this.registerDomEvent(this.list.el, "keydown", (evt) => this.onListKey(evt));
		this.registerDomEvent(this.list.el, "mouseover", (evt) => this.onListHover(evt));
		this.registerDomEvent(this.list.el, "animationend", (evt) => (evt.target as HTMLElement).removeClass?.("is-target"));
		this.registerDomEvent(this.list.el, "focusin", (evt) => {
			const index = this.list.indexOf(evt.target as Element);
			if (index >= 0) this.setRoving(index);
		});
		this.syncControls();
	}

	private actionButton(parent: HTMLElement, icon: string, label: string, onClick: (evt: MouseEvent) => void): HTMLElement {
		const button = parent.createDiv({ cls: ["clickable-icon", "sbl-tl-action"], attr: { "aria-label": label, role: "button", tabindex: "0" } });
		setIcon(button, icon);
		this.registerDomEvent(button, "click", onClick);
		this.registerDomEvent(button, "keydown", (evt) => {
			if (evt.key === "Enter" || evt.key === " ") {
				evt.preventDefault();
				button.click();
			}
		});
		return button;
	}

	/** Brings the controls in line with the state. */
	private syncControls(): void {
		if (!this.scopeSelect) return;
		this.scopeSelect.value = this.target.scope;
		this.tagRow.toggle(this.target.scope === "tag");
		if (this.tagInput.value !== this.target.tag) this.tagInput.value = this.target.tag;
		this.proportionalButton.toggleClass("is-active", this.proportional);
		this.proportionalButton.setAttr("aria-pressed", String(this.proportional));
		const all = this.allExpanded();
		// Every refresh passes here: the icon (an SVG parsed from text) is redrawn only when it changes.
		if (all !== this.expandShowsCollapse) {
			this.expandShowsCollapse = all;
			this.expandButton.empty();
			setIcon(this.expandButton, all ? "chevrons-down-up" : "chevrons-up-down");
			this.expandButton.setAttr("aria-label", all ? t("timeline.action.collapseAll") : t("timeline.action.expandAll"));
		}
	}

	// -------------------------------------------------------------------------
	// Data

	private follow(file: TFile | null): void {
		if (!file || file.extension !== "md" || file.path === this.target.anchor?.path || this.exported.has(file.path)) return;
		const before = this.target.anchor;
		this.target.anchor = file;
		const scope = this.target.scope;
		if (scope === "note" || (scope === "folder" && before?.parent?.path !== file.parent?.path)) void this.refresh();
		else this.renderSummary();
	}

	private onChanged(file: TAbstractFile): void {
		if (!(file instanceof TFile) || file.extension !== "md") return;
		const known = this.cache.get(file.path) !== undefined;
		this.cache.forget(file.path);
		if (known || inScope(this.app, this.target, file)) this.scheduleRefresh();
	}

	private onRemoved(path: string): void {
		const entry = this.cache.get(path);
		this.cache.forget(path);
		if (entry && entry.events.length > 0) this.scheduleRefresh();
	}

	/** What the pane shows, as one string: a refresh of the same target keeps scroll and focus. */
	private targetKey(): string {
		const { scope, anchor, tag } = this.target;
		return `${scope}\u0000${scope === "note" || scope === "folder" ? (anchor?.path ?? "") : ""}\u0000${scope === "tag" ? tagKey(tag) : ""}`;
	}

	/** Re-reads what changed in the scope and shows the result. */
	async refresh(): Promise<void> {
		if (this.closed || !this.loaded) return;
		const generation = ++this.generation;
		const key = this.targetKey();
		this.scheduleRefresh.cancel();
		const files = filesInScope(this.app, this.target);
		const done = await this.cache.update(
			files,
			(read, total) => {
				if (generation === this.generation) this.showProgress(read, total);
			},
			() => this.closed || generation !== this.generation,
		);
		if (!done || this.closed || generation !== this.generation) return;
		this.progressEl.hide();
		const notations = new Map<string, Notation>();
		const events: TimelineEvent[] = [];
		let notes = 0;
		for (const file of files) {
			const entry = this.cache.get(file.path);
			if (!entry || entry.events.length === 0) continue;
			notes++;
			notations.set(file.path, entry.notation);
			for (const e of entry.events) events.push(e);
		}
		this.noteCount = notes;
		const sorted = sortEvents(events);
		// Keys follow events across edits and scope changes (see carryEventKeys), and with them expansion, focus and scroll.
		const eventKeys = carryEventKeys(sorted, this.all, () => `e${++this.keySerial}`);
		this.all = sorted.map((event, i) => ({ event, key: eventKeys[i], day: dayNumber(event.date.start), notation: notations.get(event.file) ?? "markdown" }));
		const keys = new Set(eventKeys);
		for (const k of this.expanded) if (!keys.has(k)) this.expanded.delete(k);
		const same = key === this.shownKey;
		this.shownKey = key;
		if (same && this.adoptQuietly()) return;
		this.applyFilter(same);
	}

	/**
	 * After a live update that only moved lines (typing above the events), the
	 * cards on screen stay as they are and learn their new lines: no re-render,
	 * so scroll, focus, hover and a text selection in the pane are untouched.
	 */
	private adoptQuietly(): boolean {
		const shown = this.filterText === "" ? this.all : this.filtered();
		if (shown.length === 0 || !this.list.adopt(shown, this.listOptions())) return false;
		this.shown = shown;
		return true;
	}

	private filtered(): ListItem[] {
		const keep = new Set(filterEvents(this.all.map((i) => i.event), this.filterText));
		return this.all.filter((i) => keep.has(i.event));
	}

	private showProgress(done: number, total: number): void {
		this.progressEl.show();
		this.progressEl.setAttr("aria-valuemax", String(total));
		this.progressEl.setAttr("aria-valuenow", String(done));
		(this.progressEl.firstElementChild as HTMLElement).setCssProps({ "--sbl-tl-progress": `${total > 0 ? Math.round((done / total) * 100) : 0}%` });
		(this.progressEl.lastElementChild as HTMLElement).setText(t("timeline.reading", { done, total }));
	}

	private onFilterInput(): void {
		this.filterText = this.filterInput.value.trim();
		this.search().toggleClass("has-text", this.filterInput.value !== "");
		this.scheduleFilter();
	}

	private search(): HTMLElement {
		return this.filterInput.parentElement as HTMLElement;
	}

	private applyFilter(preserve: boolean): void {
		this.shown = this.filterText === "" ? this.all : this.filtered();
		this.render(preserve);
	}

	// -------------------------------------------------------------------------
	// Rendering

	private get language(): DateLanguage {
		return currentLanguage();
	}

	private listOptions(): ListOptions {
		// One context per note, for the whole list: links resolve from their note, and a note's repeated links are copied.
		const contexts = new Map<string, InlineContext>();
		return {
			language: this.language,
			proportional: this.proportional,
			showSource: this.noteCount > 1,
			isExpanded: (key) => this.expanded.has(key),
			inline: (item): InlineContext => {
				const file = item.event.file;
				let ctx = contexts.get(file);
				if (!ctx) {
					const resolved = new Map<string, boolean>();
					ctx = {
						notation: item.notation,
						tabbable: false,
						links: new Map(),
						resolves: (linktext) => {
							let hit = resolved.get(linktext);
							if (hit === undefined) {
								const path = linktext.split("#")[0];
								hit = path === "" || this.app.metadataCache.getFirstLinkpathDest(path, file) !== null;
								resolved.set(linktext, hit);
							}
							return hit;
						},
					};
					contexts.set(file, ctx);
				}
				return ctx;
			},
		};
	}

	/** Redraws list, overview and summary; `preserve` keeps scroll position and the focused event. */
	render(preserve: boolean): void {
		if (this.closed || !this.list) return;
		const focusedKey = preserve ? this.shown[this.focusIndex]?.key : undefined;
		const hadFocus = preserve && this.list.el.contains(activeDocument.activeElement);
		// Measuring the old list forces its layout: only when the position is kept.
		const scrollTop = preserve ? this.scrollEl.scrollTop : 0;
		const anchor = preserve ? this.scrollAnchor() : null;
		// A new list starts at the top: set while the old list is still laid out, as setting
		// scrollTop after the new cards are in would force their layout at once.
		if (!preserve) this.scrollEl.scrollTop = 0;
		this.renderSummary();
		this.syncControls();
		if (this.shown.length === 0) {
			this.list.show([], this.listOptions());
			this.overview.set([], this.language);
			this.renderEmpty();
			return;
		}
		this.emptyEl.hide();
		this.list.el.show();
		this.overview.el.show();
		this.list.show(this.shown, this.listOptions());
		this.overview.set(
			this.shown.map((i) => i.day),
			this.language,
		);
		let index = focusedKey ? this.shown.findIndex((i) => i.key === focusedKey) : -1;
		if (index < 0) index = preserve ? Math.min(this.focusIndex, this.shown.length - 1) : 0;
		this.focusIndex = index;
		this.list.ensureRendered(index);
		this.setRoving(index);
		if (preserve) {
			if (!this.restoreAnchor(anchor)) this.scrollEl.scrollTop = scrollTop;
			if (hadFocus) this.list.element(index)?.focus({ preventScroll: true });
		}
	}

	/** The first event on screen and its distance from the top of the pane, so a refresh can put it back. */
	private scrollAnchor(): { key: string; offset: number } | null {
		const [first] = this.list.visibleRange();
		const el = this.list.element(first);
		const key = this.shown[first]?.key;
		if (!el || key === undefined) return null;
		return { key, offset: el.getBoundingClientRect().top - this.scrollEl.getBoundingClientRect().top };
	}

	/**
	 * Renders the new list down to the anchor event and a screenful beyond it,
	 * and scrolls so that event is where it was: the pane does not jump to the
	 * height of the first chunk while the rest is still being built.
	 */
	private restoreAnchor(anchor: { key: string; offset: number } | null): boolean {
		if (!anchor) return false;
		const index = this.shown.findIndex((i) => i.key === anchor.key);
		if (index < 0) return false;
		this.list.ensureRendered(index + Math.ceil(this.scrollEl.clientHeight / CARD_MIN_PX));
		const el = this.list.element(index);
		if (!el) return false;
		this.scrollEl.scrollTop += el.getBoundingClientRect().top - this.scrollEl.getBoundingClientRect().top - anchor.offset;
		return true;
	}

	override onResize(): void {
		this.list?.scheduleVisible();
	}

	private renderSummary(): void {
		this.summaryEl.empty();
		const name = scopeName(this.app, this.target);
		if (name) this.summaryEl.createDiv({ cls: "sbl-tl-scope-name", text: name });
		const total = this.all.length;
		if (total === 0) return;
		const meta = this.summaryEl.createDiv({ cls: "sbl-tl-meta" });
		const number = (n: number) => n.toLocaleString(this.language);
		const count =
			this.shown.length === total
				? total === 1
					? t("timeline.count.one", { count: 1 })
					: t("timeline.count.other", { count: number(total) })
				: t("timeline.count.filtered", { shown: number(this.shown.length), total: number(total) });
		meta.createSpan({ text: count });
		if (this.target.scope !== "note") meta.createSpan({ text: this.noteCount === 1 ? t("timeline.notes.one", { count: 1 }) : t("timeline.notes.other", { count: number(this.noteCount) }) });
		if (this.shown.length > 0) {
			const first = eventDateLabel(this.shown[0].event, this.language);
			const last = eventDateLabel(this.shown[this.shown.length - 1].event, this.language);
			const range = first === last ? first : this.language === "ja" ? `${first}〜${last}` : `${first} – ${last}`;
			this.summaryEl.createDiv({ cls: "sbl-tl-range", text: range });
		}
	}

	/** The empty state: what the pane looks for, with an example, or why nothing shows. */
	private renderEmpty(message?: string): void {
		this.list.el.hide();
		this.overview.el.hide();
		const el = this.emptyEl;
		el.empty();
		el.show();
		const { scope, anchor, tag } = this.target;
		let reason = message;
		if (!reason && (scope === "note" || scope === "folder") && !anchor) reason = t("timeline.empty.noNote");
		if (!reason && scope === "tag" && !tagKey(tag)) reason = t("timeline.empty.noTag");
		if (!reason && this.all.length > 0) reason = t("timeline.empty.noMatch");
		if (reason) {
			el.createDiv({ cls: "sbl-tl-empty-reason", text: reason });
			return;
		}
		el.createDiv({ cls: "sbl-tl-empty-title", text: t("timeline.empty.title") });
		el.createEl("p", { text: t("timeline.empty.body") });
		const sample = formatDatePoint({ year: 2023, month: 2, day: 24 }, "day", this.language);
		el.createEl("pre", { cls: "sbl-tl-empty-example" }).createEl("code", { text: t("timeline.empty.example", { date: sample }) });
		el.createEl("p", { text: t("timeline.empty.forms") });
		if (!this.unquoted) el.createEl("p", { cls: "sbl-tl-empty-hint", text: t("timeline.empty.unquoted") });
	}

	// -------------------------------------------------------------------------
	// Navigation

	/**
	 * Scrolls an event to the top of the list (below the sticky year). `flash`
	 * marks it briefly, for the end of a jump rather than each step of a drag.
	 */
	jumpTo(index: number, flash = true): void {
		if (index < 0 || index >= this.shown.length) return;
		this.list.ensureRendered(index);
		const el = this.list.element(index);
		if (!el) return;
		// The first event goes to the very top, its year and month labels with it.
		if (index === 0) this.scrollEl.scrollTop = 0;
		else this.scrollEl.scrollTop += el.getBoundingClientRect().top - this.scrollEl.getBoundingClientRect().top - STICKY_OFFSET_PX;
		this.setRoving(index);
		if (flash) {
			el.removeClass("is-target");
			// Restart the animation when the same card is marked again.
			void el.offsetWidth;
			el.addClass("is-target");
		}
	}

	private setRoving(index: number): void {
		const previous = this.list.element(this.focusIndex);
		if (previous) previous.tabIndex = -1;
		this.focusIndex = index;
		const el = this.list.element(index);
		if (el) el.tabIndex = 0;
	}

	private focusEvent(index: number): void {
		if (this.shown.length === 0) return;
		const i = Math.max(0, Math.min(this.shown.length - 1, index));
		this.list.ensureRendered(i);
		this.setRoving(i);
		const el = this.list.element(i);
		if (!el) return;
		el.focus({ preventScroll: true });
		el.scrollIntoView?.({ block: "nearest" });
	}

	private onListKey(evt: KeyboardEvent): void {
		const index = this.list.indexOf(evt.target as Element);
		if (index < 0 || (evt.target as HTMLElement).closest("a")) return;
		const page = Math.max(1, Math.floor(this.scrollEl.clientHeight / 80));
		const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, j: 1, k: -1 };
		if (evt.key in moves && !evt.altKey && !evt.ctrlKey && !evt.metaKey) {
			evt.preventDefault();
			this.focusEvent(index + moves[evt.key]);
		} else if (evt.key === "Home" || evt.key === "End") {
			evt.preventDefault();
			this.focusEvent(evt.key === "Home" ? 0 : this.shown.length - 1);
		} else if (evt.key === "Enter") {
			evt.preventDefault();
			void this.openEvent(index, Keymap.isModEvent(evt));
		} else if (evt.key === " " || evt.key === "ArrowRight" || evt.key === "ArrowLeft") {
			const key = this.shown[index].key;
			const open = this.expanded.has(key);
			if ((evt.key === "ArrowRight" && open) || (evt.key === "ArrowLeft" && !open)) return;
			evt.preventDefault();
			this.toggle(index);
		} else if (evt.key === "Escape") {
			evt.preventDefault();
			this.filterInput.focus();
		}
	}

	private onListClick(evt: MouseEvent): void {
		const target = evt.target as HTMLElement;
		const index = this.list.indexOf(target);
		const link = target.closest("a");
		if (link) {
			if (link.hasClass("internal-link")) {
				evt.preventDefault();
				const href = link.getAttr("data-href") ?? "";
				const source = this.shown[index]?.event.file ?? "";
				if (href) void this.app.workspace.openLinkText(href, source, Keymap.isModEvent(evt));
			}
			return;
		}
		if (index < 0) return;
		if (target.closest(".sbl-tl-toggle")) {
			this.toggle(index);
			return;
		}
		// Inside an opened description the reader may be selecting text.
		if (target.closest(".sbl-tl-details")) return;
		void this.openEvent(index, Keymap.isModEvent(evt));
	}

	private onListHover(evt: MouseEvent): void {
		const link = (evt.target as HTMLElement).closest("a.internal-link");
		if (!link) return;
		const item = this.shown[this.list.indexOf(link)];
		this.app.workspace.trigger("hover-link", {
			event: evt,
			source: TIMELINE_VIEW,
			hoverParent: this,
			targetEl: link,
			linktext: link.getAttr("data-href") ?? "",
			sourcePath: item?.event.file ?? "",
		});
	}

	/** Opens an event's note at its line. */
	async openEvent(index: number, newLeaf: boolean | "tab" | "split" | "window" = false): Promise<void> {
		const item = this.shown[index];
		if (!item) return;
		this.setRoving(index);
		await openEventSource(this.app, item.event, newLeaf);
	}

	private toggle(index: number): void {
		const item = this.shown[index];
		if (!item) return;
		if (this.expanded.has(item.key)) this.expanded.delete(item.key);
		else this.expanded.add(item.key);
		const hadFocus = this.list.element(index) === activeDocument.activeElement;
		const card = this.list.refresh(index);
		if (hadFocus) card?.focus({ preventScroll: true });
		this.syncControls();
	}

	private allExpanded(): boolean {
		return this.all.length > 0 && this.expanded.size >= this.all.length;
	}

	/** Expands every event, or collapses all when all are open. */
	toggleAll(): void {
		if (this.allExpanded()) this.expanded.clear();
		else for (const item of this.all) this.expanded.add(item.key);
		this.render(true);
	}

	private async toggleProportional(): Promise<void> {
		this.host.settings.timelineProportional = !this.proportional;
		// The settings listener re-renders every open timeline, this one included.
		await this.host.saveSettings();
	}

	private firstTagOf(file: TFile): string {
		const cache = this.app.metadataCache.getFileCache(file);
		return (cache ? getAllTags(cache) : null)?.[0] ?? "";
	}

	// -------------------------------------------------------------------------
	// Export

	/** Writes the shown events as a Markdown note or a canvas beside the source, and opens it. */
	async export(kind: ExportKind): Promise<TFile | null> {
		const events = this.events;
		if (events.length === 0) {
			new Notice(t("timeline.export.nothing"));
			return null;
		}
		const name = scopeName(this.app, this.target) || this.app.vault.getName();
		try {
			const file = await writeExport(this.app, {
				kind,
				events,
				folder: exportFolder(this.app, this.target),
				name: t("timeline.export.name", { name }),
				heading: t("timeline.export.heading", { name }),
				language: this.language,
				proportional: this.proportional,
			});
			new Notice(t("timeline.export.created", { path: file.path }));
			this.exported.add(file.path);
			await this.app.workspace.getLeaf("tab").openFile(file);
			return file;
		} catch (error) {
			new Notice(t("timeline.export.failed", { error: error instanceof Error ? error.message : String(error) }));
			return null;
		}
	}
}
