/**
 * Projects already imported into the vault, so that root links into them
 * (`[/project/page]`) become links to their notes instead of scrapbox.io URLs.
 *
 * An imported note says which project it came from (`scrapbox_project`) and
 * which page (`title`). The folder holding most of a project's notes is taken
 * as its folder, and the notes there give the page → note name map, so links
 * reach the right note even where the file name differs from the title.
 */
import type { App } from "obsidian";
import type { NoteNames, SiblingProject } from "../../core/import";
import { titleKey } from "../../core/scrapbox/title";
import { SliceClock } from "../slices";

interface Found {
	project: string;
	/** folder → notes there: [file base name, page title]. */
	folders: Map<string, Array<[string, string]>>;
}

/** Every project imported into the vault but `except` (the one being imported), by its notes' `scrapbox_project`. */
export async function importedProjects(app: App, except: string | undefined): Promise<SiblingProject[]> {
	const skip = except?.toLowerCase();
	const byProject = new Map<string, Found>();
	const clock = new SliceClock();
	for (const file of app.vault.getMarkdownFiles()) {
		await clock.maybeYield();
		const frontmatter: Record<string, unknown> | undefined = app.metadataCache.getFileCache(file)?.frontmatter;
		const project = frontmatter?.scrapbox_project;
		if (typeof project !== "string" || project === "") continue;
		const key = project.toLowerCase();
		if (key === skip) continue;
		let found = byProject.get(key);
		if (!found) byProject.set(key, (found = { project, folders: new Map() }));
		const folder = file.parent?.path ?? "";
		let notes = found.folders.get(folder);
		if (!notes) found.folders.set(folder, (notes = []));
		const title = typeof frontmatter?.title === "string" && frontmatter.title !== "" ? frontmatter.title : file.basename;
		notes.push([file.basename, title]);
	}
	const siblings: SiblingProject[] = [];
	for (const found of byProject.values()) {
		let folder = "";
		let notes: Array<[string, string]> = [];
		for (const [path, list] of found.folders) {
			if (list.length > notes.length) [folder, notes] = [path === "/" ? "" : path, list];
		}
		siblings.push({ project: found.project, folder, names: noteNames(notes) });
	}
	return siblings;
}

/** The core's page → note name map for notes already in the vault. */
function noteNames(notes: Array<[string, string]>): NoteNames {
	const names: string[] = [];
	const byKey = new Map<string, number>();
	const keys: string[] = [];
	const taken = new Set<string>();
	for (const [name, title] of notes) {
		const index = names.length;
		names.push(name);
		taken.add(name.toLowerCase());
		const key = titleKey(title);
		keys.push(key);
		const held = byKey.get(key);
		// Two notes claiming one title: the one named exactly after it wins, as the importer named it.
		if (held === undefined || (names[held] !== title && name === title)) byKey.set(key, index);
	}
	return { names, byKey, keys, taken, missing: new Map() };
}
