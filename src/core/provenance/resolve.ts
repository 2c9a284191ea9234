/**
 * Finding a translation's original among the notes of a vault, without knowing
 * about Obsidian: the caller supplies the look-ups over its own note type.
 *
 * Tried in order, the translated note itself always excluded:
 * 1. `scrapbox_url`: a note imported from the original page carries its URL;
 * 2. a note whose title, alias or file name matches the title (Scrapbox's rule:
 *    case-insensitive, `_` equals space) inside a folder named after the
 *    project (`nishio/…`);
 * 3. the only such note anywhere in the vault. Several with none in a project
 *    folder is ambiguous, and nothing is returned.
 */
import { scrapboxPageUrl, titleKey } from "../scrapbox/title";
import type { Provenance } from "./types";

export interface OriginalLookup<N> {
	/** Notes whose `scrapbox_url` property is this URL (the canonical, percent-encoded form is asked first). */
	byScrapboxUrl?: (url: string) => readonly N[];
	/** Notes whose title, alias or file name has this `titleKey`. */
	byTitleKey?: (key: string) => readonly N[];
	/** The note's folder path (`Scrapbox/nishio`), used to prefer a folder named after the project. */
	folderOf?: (note: N) => string;
}

export type OriginalVia = "scrapbox_url" | "project-folder" | "title";

export interface ResolvedOriginal<N> {
	note: N;
	via: OriginalVia;
}

export function resolveOriginal<N>(provenance: Provenance, lookup: OriginalLookup<N>, self?: N): ResolvedOriginal<N> | null {
	try {
		return resolve(provenance, lookup, self);
	} catch {
		return null;
	}
}

function resolve<N>(provenance: Provenance, lookup: OriginalLookup<N>, self?: N): ResolvedOriginal<N> | null {
	const others = (notes: readonly N[] | undefined) => (notes ?? []).filter((n) => n !== self);
	if (lookup.byScrapboxUrl) {
		const urls = new Set<string>();
		if (provenance.sourceProject) urls.add(scrapboxPageUrl(provenance.sourceProject, provenance.sourceTitle));
		if (provenance.sourceUrl) urls.add(provenance.sourceUrl);
		if (provenance.sourceProject) urls.add(`https://scrapbox.io/${provenance.sourceProject}/${provenance.sourceTitle}`);
		for (const url of urls) {
			const found = others(lookup.byScrapboxUrl(url));
			if (found.length > 0) return { note: found[0], via: "scrapbox_url" };
		}
	}
	if (!lookup.byTitleKey) return null;
	const candidates = others(lookup.byTitleKey(titleKey(provenance.sourceTitle)));
	if (candidates.length === 0) return null;
	const folderOf = lookup.folderOf;
	if (provenance.sourceProject && folderOf) {
		const project = provenance.sourceProject.toLowerCase();
		const inProject = candidates.filter((n) =>
			folderOf(n)
				.split("/")
				.some((segment) => segment.toLowerCase() === project),
		);
		if (inProject.length > 0) return { note: inProject[0], via: "project-folder" };
	}
	return candidates.length === 1 ? { note: candidates[0], via: "title" } : null;
}
