/**
 * The plugin's data file (`data.json`): settings and the note-index cache.
 * One owner for the file, so saving one part never drops the other, and saves
 * are serialised so a slow write cannot land after a newer one.
 */
import type { Plugin } from "obsidian";
import { mergeSettings, type ScrapboxLensSettings } from "./settings";
import type { NoteIndexCache } from "./note-index/note-index";

interface StoredData {
	settings?: unknown;
	noteIndex?: NoteIndexCache;
}

export class PluginStore {
	private data: StoredData = {};
	private writing: Promise<void> = Promise.resolve();

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

	saveNoteIndexCache(cache: NoteIndexCache): Promise<void> {
		this.data.noteIndex = cache;
		return this.write();
	}

	private write(): Promise<void> {
		this.writing = this.writing.then(
			() => this.plugin.saveData(this.data),
			() => this.plugin.saveData(this.data),
		);
		return this.writing;
	}
}
