/**
 * Wires the timeline into the plugin: the pane (right sidebar), its ribbon
 * icon and commands (no default hotkeys), hover previews for its links, and
 * the export commands, which export what an open pane shows or, with no pane
 * open, the active note's timeline.
 */
import { Notice, TFile, type App, type WorkspaceLeaf } from "obsidian";
import type { LensHost } from "../host";
import { currentLanguage, t } from "../../i18n/ui";
import { EventCache } from "./event-cache";
import { writeExport, type ExportKind } from "./export";
import { TIMELINE_ICON, TIMELINE_VIEW, TimelineView } from "./timeline-view";
import { sortEvents } from "../../core/timeline";

/** The open timeline pane, if any (the first one). */
export function timelineView(app: App): TimelineView | null {
	for (const leaf of app.workspace.getLeavesOfType(TIMELINE_VIEW)) if (leaf.view instanceof TimelineView) return leaf.view;
	return null;
}

/** Opens the pane in the right sidebar (or reveals it) and returns its leaf. */
export async function openTimeline(app: App): Promise<WorkspaceLeaf> {
	const leaf = await app.workspace.ensureSideLeaf(TIMELINE_VIEW, "right", { active: true, reveal: true });
	await app.workspace.revealLeaf(leaf);
	return leaf;
}

/** Exports one note's timeline beside it, without a pane. */
async function exportNote(host: LensHost, file: TFile, kind: ExportKind): Promise<TFile | null> {
	const { app } = host;
	const entry = await new EventCache(app, () => host.settings.timelineUnquoted).load(file);
	if (entry.events.length === 0) {
		new Notice(t("timeline.export.nothing"));
		return null;
	}
	try {
		const created = await writeExport(app, {
			kind,
			events: sortEvents(entry.events),
			folder: file.parent?.path ?? "",
			name: t("timeline.export.name", { name: file.basename }),
			heading: t("timeline.export.heading", { name: file.basename }),
			language: currentLanguage(),
			proportional: host.settings.timelineProportional,
		});
		new Notice(t("timeline.export.created", { path: created.path }));
		await app.workspace.getLeaf("tab").openFile(created);
		return created;
	} catch (error) {
		new Notice(t("timeline.export.failed", { error: error instanceof Error ? error.message : String(error) }));
		return null;
	}
}

export function registerTimeline(host: LensHost): void {
	const { app } = host;
	host.registerView(TIMELINE_VIEW, (leaf: WorkspaceLeaf) => new TimelineView(leaf, host));
	host.registerHoverLinkSource(TIMELINE_VIEW, { display: t("timeline.hoverSource"), defaultMod: true });
	host.addRibbonIcon(TIMELINE_ICON, t("timeline.command.open"), () => void openTimeline(app));
	host.addCommand({ id: "open-timeline", name: t("timeline.command.open"), callback: () => void openTimeline(app) });

	const exportCommand = (kind: ExportKind) => (checking: boolean) => {
		const view = timelineView(app);
		const file = app.workspace.getActiveFile();
		if (!view && !(file instanceof TFile && file.extension === "md")) return false;
		if (!checking) {
			if (view) void view.export(kind);
			else if (file) void exportNote(host, file, kind);
		}
		return true;
	};
	host.addCommand({ id: "export-timeline-markdown", name: t("timeline.command.exportMarkdown"), checkCallback: exportCommand("markdown") });
	host.addCommand({ id: "export-timeline-canvas", name: t("timeline.command.exportCanvas"), checkCallback: exportCommand("canvas") });
}
