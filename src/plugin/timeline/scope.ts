/**
 * Which notes a timeline covers: the active note (the default), its folder
 * with the folders inside it, the notes with a tag (nested tags included), or
 * the whole vault.
 */
import { getAllTags, TFile, type App } from "obsidian";

export type TimelineScope = "note" | "folder" | "tag" | "vault";

export const SCOPES: readonly TimelineScope[] = ["note", "folder", "tag", "vault"];

export interface ScopeTarget {
	scope: TimelineScope;
	/** The note the pane follows (the active note); null before any note was opened. */
	anchor: TFile | null;
	/** For the tag scope, with or without `#`. */
	tag: string;
}

/** `#History/Japan` → `history/japan`: Obsidian matches tags case-insensitively. */
export function tagKey(tag: string): string {
	return tag.trim().replace(/^#/, "").toLowerCase();
}

export function noteHasTag(app: App, file: TFile, tag: string): boolean {
	const key = tagKey(tag);
	if (!key) return false;
	const cache = app.metadataCache.getFileCache(file);
	if (!cache) return false;
	for (const t of getAllTags(cache) ?? []) {
		const k = tagKey(t);
		if (k === key || k.startsWith(key + "/")) return true;
	}
	return false;
}

/** Every tag in the vault, as written first, sorted; for the tag field's suggestions. */
export function vaultTags(app: App): string[] {
	const seen = new Map<string, string>();
	for (const file of app.vault.getMarkdownFiles()) {
		const cache = app.metadataCache.getFileCache(file);
		if (!cache) continue;
		for (const t of getAllTags(cache) ?? []) {
			const k = tagKey(t);
			if (k && !seen.has(k)) seen.set(k, t.startsWith("#") ? t : `#${t}`);
		}
	}
	return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

function folderOf(file: TFile): string {
	return file.parent?.path ?? "";
}

function inFolder(path: string, folder: string): boolean {
	return folder === "" || folder === "/" || path.startsWith(folder + "/");
}

/** Whether a note belongs to the scope (tag membership from the metadata cache as it is now). */
export function inScope(app: App, target: ScopeTarget, file: TFile): boolean {
	if (file.extension !== "md") return false;
	switch (target.scope) {
		case "note":
			return target.anchor?.path === file.path;
		case "folder":
			return target.anchor !== null && inFolder(file.path, folderOf(target.anchor));
		case "tag":
			return noteHasTag(app, file, target.tag);
		case "vault":
			return true;
	}
}

/** The notes of a scope, in vault order. */
export function filesInScope(app: App, target: ScopeTarget): TFile[] {
	if (target.scope === "note") {
		const file = target.anchor ? app.vault.getFileByPath(target.anchor.path) : null;
		return file instanceof TFile && file.extension === "md" ? [file] : [];
	}
	if (target.scope === "folder" && !target.anchor) return [];
	if (target.scope === "tag" && !tagKey(target.tag)) return [];
	return app.vault.getMarkdownFiles().filter((f) => inScope(app, target, f));
}

/** What the scope is called in the pane and in export names: the note, the folder, the tag or the vault. */
export function scopeName(app: App, target: ScopeTarget): string {
	switch (target.scope) {
		case "note":
			return target.anchor?.basename ?? "";
		case "folder": {
			const folder = target.anchor?.parent;
			return folder && !folder.isRoot() ? folder.name : app.vault.getName();
		}
		case "tag":
			return tagKey(target.tag) ? `#${target.tag.trim().replace(/^#/, "")}` : "";
		case "vault":
			return app.vault.getName();
	}
}

/** Where an export of the scope goes: beside the note, in the folder, or where new notes go. */
export function exportFolder(app: App, target: ScopeTarget): string {
	if ((target.scope === "note" || target.scope === "folder") && target.anchor) return folderOf(target.anchor);
	return app.fileManager.getNewFileParent(target.anchor?.path ?? "").path;
}
