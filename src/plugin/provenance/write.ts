/**
 * Writing provenance into a note: the footer through `Vault.process` (so an
 * edit made meanwhile is not lost) and the properties through
 * `processFrontMatter`, each only when something changes.
 */
import { getFrontMatterInfo, parseYaml, TFile, TFolder, Vault, type App } from "obsidian";
import type { Provenance } from "../../core/provenance";
import { provenanceToProperties } from "../../core/provenance";
import type { ScrapboxLensSettings } from "../settings";
import { knownProvenance, propertyChanges, textWithFooter, type KnownProvenance } from "./plan";

/** Reads what a note says about its original: its footer and its properties. */
export async function readProvenance(app: App, file: TFile, settings: ScrapboxLensSettings): Promise<KnownProvenance> {
	const text = await app.vault.read(file);
	return knownProvenance(text, frontmatterOf(text), settings);
}

/** Writes footer and properties; true when the note changed. */
export async function writeProvenance(app: App, file: TFile, provenance: Provenance, settings: ScrapboxLensSettings): Promise<boolean> {
	let changed = false;
	let written = "";
	await app.vault.process(file, (text) => {
		const next = textWithFooter(text, provenance, settings);
		if (next !== text) changed = true;
		return (written = next);
	});
	// Read from the text just written, not the metadata cache, which may not have caught up;
	// processFrontMatter rewrites the file even when nothing changes, so it runs only when needed.
	if (Object.keys(propertyChanges(provenance, frontmatterOf(written))).length > 0) {
		const wanted = provenanceToProperties(provenance);
		await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
			for (const [key, value] of Object.entries(wanted)) {
				if (frontmatter[key] !== value) {
					frontmatter[key] = value;
					changed = true;
				}
			}
		});
	}
	return changed;
}

/** The note's frontmatter as Obsidian would parse it; null when there is none or it is not valid YAML. */
export function frontmatterOf(text: string): unknown {
	try {
		const info = getFrontMatterInfo(text);
		return info.exists ? parseYaml(info.frontmatter) : null;
	} catch {
		return null;
	}
}

/** Every Markdown note in a folder and its subfolders. */
export function notesIn(folder: TFolder): TFile[] {
	const notes: TFile[] = [];
	Vault.recurseChildren(folder, (file) => {
		if (file instanceof TFile && file.extension === "md") notes.push(file);
	});
	return notes;
}
