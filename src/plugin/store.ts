/**
 * The plugin's data file (`data.json`): settings, the note-index cache and the
 * folded commentary of Reading view.
 * One owner for the file, so saving one part never drops the other, and saves
 * are serialised so a slow write cannot land after a newer one. A save asked
 * for while one is still waiting to start joins it: that write serialises the
 * data as it is when it starts, so it carries both (the file can hold a large
 * index cache, and each write serialises all of it).
 */
import type { Plugin } from "obsidian";
import { mergeSettings, type ScrapboxLensSettings } from "./settings";
import type { NoteIndexCache } from "./note-index/note-index";
import type { FoldSnapshot } from "./reading/fold-store";

interface StoredData {
	settings?: unknown;
	noteIndex?: NoteIndexCache;
	/** Checked by FoldStore.restore, which skips what is malformed. */
	folds?: unknown;
}

export class PluginStore {
	private data: StoredData = {};
	private writing: Promise<void> = Promise.resolve();
	/** The write queued behind the current one and not yet started, which later saves join. */
	private waiting: Promise<void> | null = null;

	constructor(private readonly plugin: Plugin) {}

	async load(): Promise<ScrapboxLensSettings> {
		const raw: unknown = await this.plugin.loadData();
		this.data = raw && typeof raw === "object" ? raw : {};
		return mergeSettings(this.data.settings);
	}

	get noteIndexCache(): NoteIndexCache | null {
		const cache = this.data.noteIndex;
		return cache && typeof cache === "object" && typeof cache.classifier === "string" && cache.notes && typeof cache.notes === "object"
			? cache
			: null;
	}

	saveSettings(settings: ScrapboxLensSettings): Promise<void> {
		this.data.settings = settings;
		return this.write();
	}

	get folds(): unknown {
		return this.data.folds;
	}

	saveFolds(folds: FoldSnapshot): Promise<void> {
		this.data.folds = folds;
		return this.write();
	}

	saveNoteIndexCache(cache: NoteIndexCache): Promise<void> {
		this.data.noteIndex = cache;
		return this.write();
	}

	private write(): Promise<void> {
		if (this.waiting !== null) return this.waiting;
		const start = () => {
			this.waiting = null;
			return this.plugin.saveData(this.data);
		};
		const next = this.writing.then(start, start);
		this.waiting = next;
		this.writing = next;
		return next;
	}
}
