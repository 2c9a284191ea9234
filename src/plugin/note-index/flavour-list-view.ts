/**
 * "Scrapbox-flavoured notes": a side pane listing the notes the index found,
 * grouped by flavour, with counts, a text filter and click- or keyboard-open.
 * Long groups render in pages so a 50,000-note vault stays quick.
 */
import { ItemView, Keymap, TFile, debounce, type WorkspaceLeaf } from "obsidian";
import type { Flavour, IndexedNote, NoteIndex } from "./note-index";
import { flavourLabel } from "./labels";
import { t } from "../../i18n/ui";

export const FLAVOUR_LIST_VIEW = "scrapbox-lens-notes";

const FLAVOURS: Flavour[] = ["raw", "converted", "translated"];
const PAGE_SIZE = 200;

export class FlavourListView extends ItemView {
	private filterText = "";
	private shownFlavour: Flavour | "all" = "all";
	private readonly pageCounts = new Map<Flavour, number>();
	private summaryEl!: HTMLElement;
	private chipsEl!: HTMLElement;
	private listEl!: HTMLElement;
	private readonly scheduleRender = debounce(() => this.renderList(), 150, true);

	constructor(
		leaf: WorkspaceLeaf,
		private readonly index: NoteIndex,
	) {
		super(leaf);
	}

	getViewType(): string {
		return FLAVOUR_LIST_VIEW;
	}

	getDisplayText(): string {
		return t("list.title");
	}

	override getIcon(): string {
		return "scan-search";
	}

	override async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass("sbl-list-view");
		this.summaryEl = root.createDiv({ cls: "sbl-list-summary", attr: { "aria-live": "polite" } });
		this.chipsEl = root.createDiv({ cls: "sbl-list-chips", attr: { role: "group", "aria-label": t("list.filterByFlavour") } });
		const search = root.createEl("input", {
			cls: "sbl-list-filter",
			type: "search",
			attr: { placeholder: t("list.filterPlaceholder"), "aria-label": t("list.filterPlaceholder") },
		});
		this.registerDomEvent(search, "input", () => {
			this.filterText = search.value.trim().toLowerCase();
			this.pageCounts.clear();
			this.scheduleRender();
		});
		this.listEl = root.createDiv({ cls: "sbl-list", attr: { role: "listbox", "aria-label": t("list.title") } });
		this.registerDomEvent(this.listEl, "keydown", (event) => this.onKeyDown(event));
		this.registerEvent(this.index.on("updated", () => this.scheduleRender()));
		this.registerEvent(this.index.on("progress", () => this.renderSummary()));
		this.renderList();
	}

	override async onClose(): Promise<void> {
		this.scheduleRender.cancel();
		this.contentEl.empty();
	}

	private renderSummary(): void {
		const progress = this.index.progress;
		const counts = this.index.counts();
		this.summaryEl.empty();
		if (!progress.ready) {
			this.summaryEl.setText(t("list.indexing", { done: progress.done, total: progress.total }));
			return;
		}
		const found = counts.raw + counts.converted + counts.translated;
		this.summaryEl.setText(t("list.summary", { found, total: found + counts.none }));
	}

	private renderChips(counts: Record<Flavour | "none", number>): void {
		this.chipsEl.empty();
		const total = counts.raw + counts.converted + counts.translated;
		const chips: [Flavour | "all", string, number][] = [
			["all", t("list.all"), total],
			...FLAVOURS.map((f): [Flavour, string, number] => [f, flavourLabel(f), counts[f]]),
		];
		for (const [value, label, count] of chips) {
			const chip = this.chipsEl.createEl("button", {
				cls: "sbl-chip",
				text: `${label} ${count}`,
				attr: { "aria-pressed": String(this.shownFlavour === value), "data-flavour": value },
			});
			chip.addEventListener("click", () => {
				this.shownFlavour = value;
				this.pageCounts.clear();
				this.renderList();
			});
		}
	}

	private renderList(): void {
		this.renderSummary();
		const groups = new Map<Flavour, IndexedNote[]>(FLAVOURS.map((f) => [f, []]));
		const counts = this.index.counts();
		for (const note of this.index.all()) {
			if (!note.flavour) continue;
			if (this.filterText && !note.path.toLowerCase().includes(this.filterText)) continue;
			groups.get(note.flavour)?.push(note);
		}
		this.renderChips(counts);
		this.listEl.empty();
		let shownAny = false;
		for (const flavour of FLAVOURS) {
			if (this.shownFlavour !== "all" && this.shownFlavour !== flavour) continue;
			const notes = groups.get(flavour) ?? [];
			if (notes.length === 0) continue;
			shownAny = true;
			notes.sort((a, b) => a.path.localeCompare(b.path));
			const group = this.listEl.createDiv({ cls: "sbl-list-group", attr: { "data-flavour": flavour } });
			group.createDiv({ cls: "sbl-list-group-title", text: `${flavourLabel(flavour)} (${notes.length})`, attr: { role: "presentation" } });
			const limit = this.pageCounts.get(flavour) ?? PAGE_SIZE;
			for (const note of notes.slice(0, limit)) this.renderItem(group, note);
			if (notes.length > limit) {
				const more = group.createEl("button", { cls: "sbl-list-more", text: t("list.showMore", { count: notes.length - limit }) });
				more.addEventListener("click", () => {
					this.pageCounts.set(flavour, limit + PAGE_SIZE);
					this.renderList();
				});
			}
		}
		if (!shownAny) {
			this.listEl.createDiv({
				cls: "sbl-empty",
				text: this.index.progress.ready ? t("list.empty") : t("list.emptyWhileIndexing"),
			});
		}
	}

	private renderItem(parent: HTMLElement, note: IndexedNote): void {
		const slash = note.path.lastIndexOf("/");
		const item = parent.createDiv({ cls: "sbl-list-item", attr: { role: "option", tabindex: "0", "data-path": note.path } });
		item.createSpan({ cls: "sbl-list-item-name", text: note.path.slice(slash + 1).replace(/\.md$/i, "") });
		if (slash > 0) item.createSpan({ cls: "sbl-list-item-folder", text: note.path.slice(0, slash) });
		item.addEventListener("click", (event) => void this.openNote(note.path, Keymap.isModEvent(event)));
		item.addEventListener("auxclick", (event) => {
			if (event.button === 1) void this.openNote(note.path, "tab");
		});
	}

	private onKeyDown(event: KeyboardEvent): void {
		const items = Array.from(this.listEl.querySelectorAll<HTMLElement>(".sbl-list-item"));
		if (items.length === 0) return;
		const current = items.indexOf(activeDocument.activeElement as HTMLElement);
		if (event.key === "ArrowDown" || event.key === "ArrowUp") {
			event.preventDefault();
			const next = event.key === "ArrowDown" ? Math.min(items.length - 1, current + 1) : Math.max(0, current - 1);
			items[next].focus();
		} else if (event.key === "Home" || event.key === "End") {
			event.preventDefault();
			items[event.key === "Home" ? 0 : items.length - 1].focus();
		} else if (event.key === "Enter" && current >= 0) {
			event.preventDefault();
			const path = items[current].getAttr("data-path");
			if (path) void this.openNote(path, Keymap.isModEvent(event));
		}
	}

	private async openNote(path: string, newLeaf: boolean | "tab" | "split" | "window"): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (!(file instanceof TFile)) return;
		await this.app.workspace.getLeaf(newLeaf).openFile(file);
	}
}
