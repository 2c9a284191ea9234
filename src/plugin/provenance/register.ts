/**
 * Wires translation provenance into the plugin: the Reading-view card, the
 * "Add translation provenance footer" command (one note, or a folder from the
 * command palette or the folder's file menu) and "Open original side by side".
 * main.ts calls `registerProvenance(this)` once.
 */
import { FuzzySuggestModal, Keymap, MarkdownView, Notice, TFile, TFolder, type App, type MarkdownViewModeType } from "obsidian";
import { classifyFlavour } from "../../core/detect";
import { isWebUrl } from "../../core/import/escape";
import type { Provenance } from "../../core/provenance";
import { t } from "../../i18n/ui";
import type { LensHost } from "../host";
import type { ScrapboxLensSettings } from "../settings";
import { SliceClock } from "../slices";
import { BatchModal, type BatchOutcome } from "../ui/batch-modal";
import { externalLink } from "../ui/links";
import type { CardActions } from "./card";
import { ProvenanceModal } from "./modal";
import { OriginalIndex } from "./originals";
import { knownProvenance, missingFields, propertyChanges, textWithFooter, type KnownProvenance } from "./plan";
import { ProvenanceRenderer } from "./processor";
import { frontmatterOf, notesIn, readProvenance, writeProvenance } from "./write";

/** After the quote-unit renderer (sort order 0), so the card sees the section as finally drawn. */
const SORT_ORDER = 50;

export interface ProvenanceFeature {
	renderer: ProvenanceRenderer;
	originals: OriginalIndex;
	/** The footer command on one note; resolves when written, cancelled or failed. */
	addFooter(file: TFile): Promise<void>;
	/** The folder command: counts, then opens the batch modal (returned, or null when nothing needs writing). */
	addFootersInFolder(folder: TFolder): Promise<BatchModal<TFile> | null>;
	/** Opens the original beside the note; false when it is not in the vault (a notice offers its web page). */
	openOriginal(file: TFile): Promise<boolean>;
}

class FolderPicker extends FuzzySuggestModal<TFolder> {
	constructor(
		app: App,
		private readonly onPick: (folder: TFolder) => void,
	) {
		super(app);
		this.setPlaceholder(t("provenance.folder.pick"));
	}

	getItems(): TFolder[] {
		return this.app.vault.getAllFolders(true);
	}

	getItemText(folder: TFolder): string {
		return folder.isRoot() ? "/" : folder.path;
	}

	onChooseItem(folder: TFolder): void {
		this.onPick(folder);
	}
}

export function registerProvenance(host: LensHost): ProvenanceFeature {
	const { app } = host;
	const settings = (): ScrapboxLensSettings => host.settings;
	const originals = host.addChild(new OriginalIndex(app));

	// The `detected` render scope asks the classifier once per note text.
	const flavours = new Map<string, { text: string; scrapbox: boolean }>();
	const isScrapbox = (text: string, path: string): boolean => {
		const hit = flavours.get(path);
		if (hit && hit.text === text) return hit.scrapbox;
		let scrapbox = false;
		try {
			scrapbox = classifyFlavour(text, path) !== null;
		} catch {
			scrapbox = false;
		}
		flavours.delete(path);
		flavours.set(path, { text, scrapbox });
		if (flavours.size > 64) flavours.delete(flavours.keys().next().value as string);
		return scrapbox;
	};

	const hoverParent = { hoverPopover: null };
	const actions = (sourcePath: string, original: TFile | null): CardActions => ({
		open: (linktext, newLeaf) => void app.workspace.openLinkText(linktext, sourcePath, newLeaf),
		// The quote-unit renderer registers the plugin's hover source (src/plugin/reading/register.ts).
		hover: (event, targetEl, linktext) => app.workspace.trigger("hover-link", { event, source: host.manifest.id, hoverParent, targetEl, linktext, sourcePath }),
		openSideBySide: () => {
			if (original) void openBeside(original);
		},
		newLeaf: (event) => Keymap.isModEvent(event),
	});

	const renderer = new ProvenanceRenderer({ app, settings, originals, isScrapbox, actions });
	host.register(() => {
		renderer.destroy();
		flavours.clear();
	});
	host.registerMarkdownPostProcessor(renderer.process, SORT_ORDER);

	// Properties live in another section; Obsidian does not post-process the card's section again when they change.
	host.registerEvent(app.metadataCache.on("changed", (file) => renderer.refresh(file.path)));
	host.registerEvent(
		app.vault.on("rename", (file, oldPath) => {
			renderer.rename(oldPath, file.path);
			flavours.delete(oldPath);
		}),
	);
	let pendingRefresh: number | null = null;
	const originalsChanged = originals.onChange(() => {
		if (pendingRefresh !== null) return;
		pendingRefresh = window.setTimeout(() => {
			pendingRefresh = null;
			renderer.refresh();
		}, 0);
	});
	host.register(() => {
		originals.offChange(originalsChanged);
		if (pendingRefresh !== null) window.clearTimeout(pendingRefresh);
	});

	// Switching the card or a template changes which sections have cards: draw open Reading views again.
	const cardKey = (s: ScrapboxLensSettings) => [s.provenanceCard, s.footerTemplateEn, s.footerTemplateJa].join("\u0000");
	let lastKey = cardKey(host.settings);
	host.registerEvent(
		host.onSettingsChange((s) => {
			const key = cardKey(s);
			if (key === lastKey) return;
			lastKey = key;
			app.workspace.iterateAllLeaves((leaf) => {
				if (leaf.view instanceof MarkdownView) leaf.view.previewMode.rerender(true);
			});
		}),
	);

	async function openBeside(original: TFile): Promise<void> {
		const mode: MarkdownViewModeType = app.workspace.getActiveViewOfType(MarkdownView)?.getMode() ?? "preview";
		const leaf = app.workspace.getLeaf("split", "vertical");
		await leaf.openFile(original, { active: true, state: { mode } });
	}

	async function write(file: TFile, provenance: Provenance): Promise<void> {
		try {
			const changed = await writeProvenance(app, file, provenance, settings());
			new Notice(t(changed ? "provenance.notice.written" : "provenance.notice.unchanged"));
		} catch (error) {
			new Notice(t("provenance.notice.failed", { message: error instanceof Error ? error.message : String(error) }));
		}
	}

	async function addFooter(file: TFile): Promise<void> {
		let known: KnownProvenance;
		try {
			known = await readProvenance(app, file, settings());
		} catch (error) {
			new Notice(t("provenance.notice.failed", { message: error instanceof Error ? error.message : String(error) }));
			return;
		}
		if (missingFields(known.merged).length === 0 && known.merged) {
			await write(file, known.merged);
			return;
		}
		const modal = new ProvenanceModal(app, known.merged, settings().defaultEngine);
		modal.open();
		const answered = await modal.result;
		if (answered) await write(file, answered);
	}

	/** Whether writing would change the note: its footer, or a property. */
	function needsWrite(text: string, provenance: Provenance): boolean {
		const next = textWithFooter(text, provenance, settings());
		return next !== text || Object.keys(propertyChanges(provenance, frontmatterOf(next))).length > 0;
	}

	async function addFootersInFolder(folder: TFolder): Promise<BatchModal<TFile> | null> {
		const notes = notesIn(folder);
		const name = folder.isRoot() ? app.vault.getName() : folder.path;
		const counting = new Notice(t("provenance.folder.counting", { count: notes.length }), 0);
		const candidates: TFile[] = [];
		const clock = new SliceClock();
		try {
			for (const file of notes) {
				try {
					const text = await app.vault.cachedRead(file);
					const { merged } = knownProvenance(text, frontmatterOf(text), settings());
					if (merged?.sourceUrl && needsWrite(text, merged)) candidates.push(file);
				} catch {
					// Unreadable now; the batch would report it, but it is not counted as one to write.
				}
				await clock.maybeYield();
			}
		} finally {
			counting.hide();
		}
		if (candidates.length === 0) {
			new Notice(t("provenance.folder.none", { folder: name }));
			return null;
		}
		const modal = new BatchModal<TFile>(app, {
			title: t("provenance.folder.title"),
			confirmText: t("provenance.folder.confirm", { count: candidates.length, total: notes.length, folder: name }),
			items: candidates,
			describe: (file) => file.path,
			process: async (file) => {
				// Read again: the note may have changed since it was counted.
				const { merged } = await readProvenance(app, file, settings());
				if (!merged?.sourceUrl) return "skipped";
				return (await writeProvenance(app, file, merged, settings())) ? "done" : "skipped";
			},
			summary: (outcome: BatchOutcome) =>
				outcome.stopped ? t("provenance.folder.stopped", { done: outcome.done }) : t("provenance.folder.summary", { done: outcome.done, skipped: outcome.skipped }),
		});
		modal.open();
		return modal;
	}

	async function openOriginal(file: TFile): Promise<boolean> {
		let provenance: Provenance | null = null;
		try {
			provenance = (await readProvenance(app, file, settings())).merged;
		} catch {
			provenance = null;
		}
		if (!provenance) {
			new Notice(t("provenance.notice.noProvenance"));
			return false;
		}
		const original = originals.find(provenance, file);
		if (original) {
			await openBeside(original);
			return true;
		}
		// Not in the vault: say so, and offer the web page as a link (http(s) only), never opened unasked.
		const url = provenance.sourceUrl;
		const title = provenance.sourceTitle;
		new Notice(
			createFragment((fragment) => {
				fragment.createSpan({ text: t("provenance.notice.notInVault", { title }) });
				if (url && isWebUrl(url)) {
					fragment.createEl("br");
					externalLink(fragment, url, t("provenance.notice.openOnline"));
				}
			}),
			10000,
		);
		return false;
	}

	const activeNote = (): TFile | null => {
		const file = app.workspace.getActiveFile();
		return file instanceof TFile && file.extension === "md" ? file : null;
	};

	host.addCommand({
		id: "add-provenance-footer",
		name: t("provenance.command.addFooter"),
		checkCallback: (checking) => {
			const file = activeNote();
			if (!file) return false;
			if (!checking) void addFooter(file);
			return true;
		},
	});
	host.addCommand({
		id: "add-provenance-footers-in-folder",
		name: t("provenance.command.addFooterFolder"),
		callback: () => new FolderPicker(app, (folder) => void addFootersInFolder(folder)).open(),
	});
	host.addCommand({
		id: "open-original-side-by-side",
		name: t("provenance.command.openSideBySide"),
		checkCallback: (checking) => {
			const file = activeNote();
			if (!file) return false;
			if (!checking) void openOriginal(file);
			return true;
		},
	});
	host.registerEvent(
		app.workspace.on("file-menu", (menu, file) => {
			if (!(file instanceof TFolder)) return;
			menu.addItem((item) =>
				item
					.setTitle(t("provenance.menu.addFooterFolder"))
					.setIcon("languages")
					.onClick(() => void addFootersInFolder(file)),
			);
		}),
	);

	return { renderer, originals, addFooter, addFootersInFolder, openOriginal };
}
