/**
 * The vault index of Scrapbox-flavoured notes.
 *
 * - Built only after layout-ready, in time slices that yield to the UI.
 * - Kept current on create, modify, rename and delete.
 * - Cached in plugin data keyed by path, mtime and size, so a restart does not
 *   re-read an unchanged vault. The cache stores flavour and score only; the
 *   reasons are recomputed for the one note the user looks at.
 * - The cache is written (a few seconds after) when a verdict or the set of
 *   notes changes. An edit that keeps a note's flavour only makes its stamp
 *   stale, written at unload or with the next save: typing must not rewrite a
 *   50,000-note cache every few seconds, and a stale stamp costs no more than
 *   reading that one note again at the next start.
 */
import { Component, Events, TFile, type App, type EventRef, type TAbstractFile } from "obsidian";
import { SliceClock } from "../slices";
import type { Classification, Flavour } from "../../core/detect";

export type { Classification, Flavour };

export type Classifier = (text: string, path: string) => Classification;

export interface IndexedNote {
	path: string;
	flavour: Flavour | null;
	score: number;
	mtime: number;
	size: number;
}

/** Compact on-disk form: path → [mtime, size, flavour code, score ×1000]. */
export interface NoteIndexCache {
	/** Changes when the classifier changes, which invalidates every entry. */
	classifier: string;
	notes: Record<string, [number, number, number, number]>;
}

const FLAVOUR_CODES: (Flavour | null)[] = [null, "raw", "converted", "translated"];

export interface IndexProgress {
	done: number;
	total: number;
	ready: boolean;
}

/** How many notes are read at once while building; reads are I/O-bound. */
const READ_BATCH = 16;

export interface NoteIndexTiming {
	/** Autosave writes a note every couple of seconds while typing; classify once it settles. */
	modifySettleMs: number;
	/** Cache writes are batched: one save this long after the last change. */
	saveDelayMs: number;
}

const DEFAULT_TIMING: NoteIndexTiming = { modifySettleMs: 400, saveDelayMs: 2000 };

export class NoteIndex extends Component {
	private readonly notes = new Map<string, IndexedNote>();
	private readonly events = new Events();
	private readonly pendingModify = new Map<string, number>();
	private saveTimer: number | null = null;
	/** Notes re-read since the last save with their flavour unchanged: only their mtime and size are newer than the cache's. */
	private staleStamps = false;
	private stopped = false;
	private progressState: IndexProgress = { done: 0, total: 0, ready: false };

	constructor(
		private readonly app: App,
		private readonly classify: Classifier,
		private readonly classifierVersion: string,
		private readonly cache: NoteIndexCache | null,
		private readonly persist: (cache: NoteIndexCache) => Promise<void>,
		private readonly timing: NoteIndexTiming = DEFAULT_TIMING,
	) {
		super();
	}

	override onload(): void {
		// Vault 'create' fires for every file while the vault loads; listening only
		// after layout-ready skips that storm, and the build covers those files.
		this.app.workspace.onLayoutReady(() => {
			if (this.stopped) return;
			this.registerEvent(this.app.vault.on("create", (file) => this.onCreate(file)));
			this.registerEvent(this.app.vault.on("modify", (file) => this.onModify(file)));
			this.registerEvent(this.app.vault.on("delete", (file) => this.onDelete(file)));
			this.registerEvent(this.app.vault.on("rename", (file, oldPath) => this.onRename(file, oldPath)));
			void this.build();
		});
	}

	override onunload(): void {
		this.stopped = true;
		for (const timer of this.pendingModify.values()) window.clearTimeout(timer);
		this.pendingModify.clear();
		if (this.saveTimer !== null || this.staleStamps) {
			if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
			this.saveTimer = null;
			this.save();
		}
	}

	/** Fires `updated` with the changed paths, and `progress` while building. */
	on(name: "updated", callback: (paths: string[]) => void): EventRef;
	on(name: "progress", callback: (progress: IndexProgress) => void): EventRef;
	on(name: string, callback: (...data: never[]) => unknown): EventRef {
		return this.events.on(name, callback as (...data: unknown[]) => unknown);
	}

	offref(ref: EventRef): void {
		this.events.offref(ref);
	}

	get progress(): IndexProgress {
		return { ...this.progressState };
	}

	get(path: string): IndexedNote | undefined {
		return this.notes.get(path);
	}

	all(): IndexedNote[] {
		return [...this.notes.values()];
	}

	counts(): Record<Flavour | "none", number> {
		const counts = { raw: 0, converted: 0, translated: 0, none: 0 };
		for (const note of this.notes.values()) counts[note.flavour ?? "none"]++;
		return counts;
	}

	/** Classifies one note now, with its reasons (for the status bar and the list). */
	async explain(file: TFile): Promise<Classification> {
		let text: string;
		try {
			text = await this.app.vault.cachedRead(file);
		} catch {
			// Deleted or unreadable meanwhile (the status bar asks as the active note changes): nothing to say, nothing stored.
			return { flavour: null, score: 0, reasons: [], evidence: [] };
		}
		const result = this.safeClassify(text, file.path);
		this.store(file, result);
		return result;
	}

	private async build(): Promise<void> {
		const files = this.app.vault.getMarkdownFiles();
		const cached = this.cache && this.cache.classifier === this.classifierVersion ? this.cache.notes : {};
		const toRead: TFile[] = [];
		for (const file of files) {
			const entry = cached[file.path];
			if (entry && entry[0] === file.stat.mtime && entry[1] === file.stat.size) {
				this.notes.set(file.path, {
					path: file.path,
					mtime: entry[0],
					size: entry[1],
					flavour: FLAVOUR_CODES[entry[2]] ?? null,
					score: entry[3] / 1000,
				});
			} else toRead.push(file);
		}
		this.progressState = { done: files.length - toRead.length, total: files.length, ready: false };
		this.events.trigger("progress", this.progress);

		const clock = new SliceClock();
		for (let start = 0; start < toRead.length && !this.stopped; start += READ_BATCH) {
			const batch = toRead.slice(start, start + READ_BATCH);
			const texts = await Promise.all(batch.map((file) => this.app.vault.cachedRead(file).catch(() => null)));
			if (this.stopped) return;
			for (let i = 0; i < batch.length; i++) {
				const text = texts[i];
				if (text !== null) this.store(batch[i], this.safeClassify(text, batch[i].path));
				this.progressState.done++;
				// A long note can take a few milliseconds: check the slice after each one.
				if (await clock.maybeYield()) {
					if (this.stopped) return;
					this.events.trigger("progress", this.progress);
				}
			}
		}
		if (this.stopped) return;
		this.progressState = { done: files.length, total: files.length, ready: true };
		this.events.trigger("progress", this.progress);
		this.events.trigger("updated", files.map((f) => f.path));
		this.scheduleSave();
	}

	private safeClassify(text: string, path: string): Classification {
		try {
			return this.classify(text, path);
		} catch (error) {
			// The classifier is built never to throw; if it does, the note is simply not claimed.
			console.error(`Scrapbox Lens: could not classify ${path}`, error);
			return { flavour: null, score: 0, reasons: [], evidence: [] };
		}
	}

	private store(file: TFile, result: Classification): void {
		this.notes.set(file.path, {
			path: file.path,
			mtime: file.stat.mtime,
			size: file.stat.size,
			flavour: result.flavour,
			score: result.score,
		});
	}

	private isNote(file: TAbstractFile): file is TFile {
		return file instanceof TFile && file.extension === "md";
	}

	private onCreate(file: TAbstractFile): void {
		if (this.isNote(file)) this.onModify(file);
	}

	private onModify(file: TAbstractFile): void {
		if (!this.isNote(file)) return;
		const existing = this.pendingModify.get(file.path);
		if (existing !== undefined) window.clearTimeout(existing);
		const timer = window.setTimeout(() => {
			this.pendingModify.delete(file.path);
			if (this.stopped) return;
			const before = this.notes.get(file.path);
			void this.explain(file).then((result) => {
				// Unloaded while the note was read: nothing may run on a torn-down plugin.
				if (this.stopped) return;
				this.events.trigger("updated", [file.path]);
				if (before !== undefined && before.flavour === result.flavour) this.staleStamps = true;
				else this.scheduleSave();
			});
		}, this.timing.modifySettleMs);
		this.pendingModify.set(file.path, timer);
	}

	private onDelete(file: TAbstractFile): void {
		if (!this.notes.delete(file.path)) return;
		this.events.trigger("updated", [file.path]);
		this.scheduleSave();
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		const entry = this.notes.get(oldPath);
		this.notes.delete(oldPath);
		if (!this.isNote(file)) {
			if (entry) {
				this.events.trigger("updated", [oldPath]);
				this.scheduleSave();
			}
			return;
		}
		if (entry) this.notes.set(file.path, { ...entry, path: file.path });
		else this.onModify(file);
		this.events.trigger("updated", [oldPath, file.path]);
		this.scheduleSave();
	}

	private scheduleSave(): void {
		if (this.stopped) return;
		if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
		this.saveTimer = window.setTimeout(() => {
			this.saveTimer = null;
			this.save();
		}, this.timing.saveDelayMs);
	}

	private save(): void {
		this.staleStamps = false;
		void this.persist(this.toCache());
	}

	toCache(): NoteIndexCache {
		const notes: NoteIndexCache["notes"] = {};
		for (const note of this.notes.values()) {
			notes[note.path] = [note.mtime, note.size, FLAVOUR_CODES.indexOf(note.flavour), Math.round(note.score * 1000)];
		}
		return { classifier: this.classifierVersion, notes };
	}
}
