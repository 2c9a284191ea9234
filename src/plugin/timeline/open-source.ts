/**
 * Opening an event's note at its line. A leaf already showing the note is
 * reused (so the active note's timeline scrolls the note beside it); the line
 * is passed as ephemeral state, which scrolls to it in either mode, and in the
 * editor the dated line is selected (and the editor focused) so the eye finds it.
 */
import { MarkdownView, TFile, type App, type PaneType, type WorkspaceLeaf } from "obsidian";
import type { TimelineEvent } from "../../core/timeline";

function leafShowing(app: App, file: TFile): WorkspaceLeaf | null {
	let found: WorkspaceLeaf | null = null;
	app.workspace.iterateRootLeaves((leaf) => {
		if (!found && leaf.view instanceof MarkdownView && leaf.view.file?.path === file.path) found = leaf;
	});
	return found;
}

export async function openEventSource(app: App, event: Pick<TimelineEvent, "file" | "line">, newLeaf: PaneType | boolean = false): Promise<WorkspaceLeaf | null> {
	const file = app.vault.getFileByPath(event.file);
	if (!(file instanceof TFile)) return null;
	const line = Math.max(0, event.line - 1);
	const leaf = (newLeaf ? null : leafShowing(app, file)) ?? app.workspace.getLeaf(newLeaf);
	await leaf.openFile(file, { active: true, eState: { line } });
	const view = leaf.view;
	if (view instanceof MarkdownView && view.getMode() === "source") {
		const editor = view.editor;
		if (line < editor.lineCount()) {
			const from = { line, ch: 0 };
			const to = { line, ch: editor.getLine(line).length };
			editor.setSelection(from, to);
			editor.scrollIntoView({ from, to }, true);
			// As after a search result: the reader is taken to the line, ready to read on.
			editor.focus();
		}
	}
	return leaf;
}
