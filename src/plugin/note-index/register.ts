/**
 * Wires the note index into the plugin: the index itself, the status-bar item,
 * the list view and its commands.
 */
import { Notice, TFile, type WorkspaceLeaf } from "obsidian";
import type { LensHost } from "../host";
import { NoteIndex, type Classifier } from "./note-index";
import { FlavourStatusBar } from "./status-bar";
import { FLAVOUR_LIST_VIEW, FlavourListView } from "./flavour-list-view";
import { BatchModal } from "../ui/batch-modal";
import { t } from "../../i18n/ui";

export function registerNoteIndex(host: LensHost, classify: Classifier, classifierVersion: string): NoteIndex {
	const { app } = host;
	const index = host.addChild(
		new NoteIndex(app, classify, classifierVersion, host.store.noteIndexCache, (cache) => host.store.saveNoteIndexCache(cache)),
	);

	host.registerView(FLAVOUR_LIST_VIEW, (leaf: WorkspaceLeaf) => new FlavourListView(leaf, index));
	const openList = async () => {
		const leaf = await app.workspace.ensureSideLeaf(FLAVOUR_LIST_VIEW, "right", { active: true, reveal: true });
		await app.workspace.revealLeaf(leaf);
	};

	const statusBarEl = host.addStatusBarItem();
	const statusBar = host.addChild(
		new FlavourStatusBar(app, index, statusBarEl, () => void openList(), () => host.settings.showStatusBar),
	);
	host.registerEvent(host.onSettingsChange(() => void statusBar.refresh()));

	host.addCommand({ id: "show-scrapbox-notes", name: t("command.showNotes"), callback: () => void openList() });
	host.addCommand({
		id: "write-scrapbox-property",
		name: t("command.markDetected"),
		callback: () => {
			const targets = index
				.all()
				.filter((note) => note.flavour !== null)
				.map((note) => ({ note, file: app.vault.getFileByPath(note.path) }))
				.filter((x): x is { note: (typeof x)["note"]; file: TFile } => x.file instanceof TFile)
				.filter(({ file, note }) => app.metadataCache.getFileCache(file)?.frontmatter?.scrapbox !== note.flavour);
			if (targets.length === 0) {
				new Notice(t("notice.markDetected.none"));
				return;
			}
			new BatchModal(app, {
				title: t("modal.markDetected.title"),
				confirmText: t("modal.markDetected.body", { count: targets.length }),
				items: targets,
				describe: ({ file }) => file.path,
				process: async ({ file, note }) => {
					let changed = false;
					await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
						if (frontmatter.scrapbox !== note.flavour) {
							frontmatter.scrapbox = note.flavour;
							changed = true;
						}
					});
					return changed ? "done" : "skipped";
				},
				summary: (outcome) => t("notice.markDetected.done", { count: outcome.done }),
			}).open();
		},
	});
	return index;
}
