/**
 * Finding a translation's original among the vault's notes: the look-ups the
 * core's `resolveOriginal` asks for, kept as small maps over the metadata
 * cache so that a card does not walk the vault.
 *
 * - `scrapbox_url`: the importer writes each page's canonical URL; a URL
 *   written by hand is also filed under its canonical form.
 * - title keys (Scrapbox's rule: case-insensitive, `_` equals space) of the
 *   `title` property, every alias and the file name.
 *
 * The maps are built on first use and then follow the metadata cache
 * (`changed`, `deleted`) and renames, one note at a time. A change that could
 * move a link fires `changed`, so open cards can look again.
 */
import { Component, Events, TFile, type App, type CachedMetadata, type EventRef } from "obsidian";
import { resolveOriginal, scrapboxPageFromUrl, type Provenance } from "../../core/provenance";
import { scrapboxPageUrl, titleKey } from "../../core/scrapbox/title";

interface Entry {
	urls: string[];
	keys: string[];
}

function strings(value: unknown): string[] {
	if (typeof value === "string") return value.trim() === "" ? [] : [value.trim()];
	if (Array.isArray(value)) return value.flatMap((item) => (typeof item === "string" && item.trim() !== "" ? [item.trim()] : []));
	return [];
}

/** What one note offers to the look-ups. */
export function entryOf(file: TFile, cache: CachedMetadata | null): Entry {
	const frontmatter = (cache?.frontmatter ?? {}) as Record<string, unknown>;
	const urls = new Set<string>();
	for (const url of strings(frontmatter.scrapbox_url)) {
		urls.add(url);
		const page = scrapboxPageFromUrl(url);
		if (page) urls.add(scrapboxPageUrl(page.project, page.title));
	}
	const keys = new Set<string>([titleKey(file.basename)]);
	for (const title of [...strings(frontmatter.title), ...strings(frontmatter.aliases), ...strings(frontmatter.alias)]) keys.add(titleKey(title));
	return { urls: Array.from(urls), keys: Array.from(keys) };
}

function add(map: Map<string, Set<string>>, key: string, path: string): void {
	const set = map.get(key);
	if (set) set.add(path);
	else map.set(key, new Set([path]));
}

function remove(map: Map<string, Set<string>>, key: string, path: string): void {
	const set = map.get(key);
	if (!set) return;
	set.delete(path);
	if (set.size === 0) map.delete(key);
}

const sameEntry = (a: Entry | undefined, b: Entry) => !!a && a.urls.join("\n") === b.urls.join("\n") && a.keys.join("\n") === b.keys.join("\n");

export class OriginalIndex extends Component {
	private readonly entries = new Map<string, Entry>();
	private readonly byUrl = new Map<string, Set<string>>();
	private readonly byKey = new Map<string, Set<string>>();
	private readonly events = new Events();
	private built = false;

	constructor(private readonly app: App) {
		super();
	}

	override onload(): void {
		const { metadataCache, vault } = this.app;
		this.registerEvent(
			metadataCache.on("changed", (file, _data, cache) => {
				if (this.built && this.put(file, cache)) this.events.trigger("changed");
			}),
		);
		this.registerEvent(
			metadataCache.on("deleted", (file) => {
				if (this.built && this.drop(file.path)) this.events.trigger("changed");
			}),
		);
		this.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (!this.built) return;
				const dropped = this.drop(oldPath);
				const put = file instanceof TFile && file.extension === "md" && this.put(file, metadataCache.getFileCache(file));
				if (dropped || put) this.events.trigger("changed");
			}),
		);
	}

	override onunload(): void {
		this.entries.clear();
		this.byUrl.clear();
		this.byKey.clear();
		this.built = false;
	}

	/** Fires when a note's URL, title, aliases or name changed, so a link may now go elsewhere. */
	onChange(callback: () => void): EventRef {
		return this.events.on("changed", callback);
	}

	offChange(ref: EventRef): void {
		this.events.offref(ref);
	}

	/** The original of `provenance` in this vault, never `self`; null when it is not here or ambiguous. */
	find(provenance: Provenance, self?: TFile | null): TFile | null {
		this.build();
		const { vault } = this.app;
		const files = (paths: Set<string> | undefined): TFile[] =>
			Array.from(paths ?? [])
				.map((path) => vault.getFileByPath(path))
				.filter((file): file is TFile => file !== null);
		const found = resolveOriginal<TFile>(
			provenance,
			{
				byScrapboxUrl: (url) => files(this.byUrl.get(url)),
				byTitleKey: (key) => files(this.byKey.get(key)),
				folderOf: (file) => file.parent?.path ?? "",
			},
			self ?? undefined,
		);
		// `resolveOriginal` compares notes by identity; a path compare also covers a fresh TFile object.
		return found && found.note.path !== self?.path ? found.note : null;
	}

	private build(): void {
		if (this.built) return;
		this.built = true;
		for (const file of this.app.vault.getMarkdownFiles()) this.put(file, this.app.metadataCache.getFileCache(file));
	}

	/** Files a note under its URLs and keys; true when that changed anything. */
	private put(file: TFile, cache: CachedMetadata | null): boolean {
		if (file.extension !== "md") return false;
		const entry = entryOf(file, cache);
		const before = this.entries.get(file.path);
		if (sameEntry(before, entry)) return false;
		this.drop(file.path);
		this.entries.set(file.path, entry);
		for (const url of entry.urls) add(this.byUrl, url, file.path);
		for (const key of entry.keys) add(this.byKey, key, file.path);
		return true;
	}

	private drop(path: string): boolean {
		const entry = this.entries.get(path);
		if (!entry) return false;
		this.entries.delete(path);
		for (const url of entry.urls) remove(this.byUrl, url, path);
		for (const key of entry.keys) remove(this.byKey, key, path);
		return true;
	}
}
