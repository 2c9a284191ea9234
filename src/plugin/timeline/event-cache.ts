/**
 * Events per note, kept between refreshes so a folder, tag or vault timeline
 * re-reads only the notes that changed: an entry is used while the note's
 * mtime and size match and no vault event said otherwise.
 */
import type { App, TFile } from "obsidian";
import { extractEvents, type TimelineEvent } from "../../core/timeline";
import { classifyFlavour } from "../../core/detect";
import type { Notation } from "../../core/quotes";
import { SliceClock } from "../slices";

export interface NoteEvents {
	events: TimelineEvent[];
	/** How the note was read, for rendering its links. */
	notation: Notation;
	mtime: number;
	size: number;
}

/** Notes read at once: reads are I/O-bound, extraction is quick. */
const READ_BATCH = 16;

export class EventCache {
	private readonly entries = new Map<string, NoteEvents>();

	constructor(
		private readonly app: App,
		private readonly unquoted: () => boolean,
	) {}

	get(path: string): NoteEvents | undefined {
		return this.entries.get(path);
	}

	/** True when the cached entry still describes the file. */
	fresh(file: TFile): boolean {
		const entry = this.entries.get(file.path);
		return !!entry && entry.mtime === file.stat.mtime && entry.size === file.stat.size;
	}

	forget(path: string): void {
		this.entries.delete(path);
	}

	clear(): void {
		this.entries.clear();
	}

	get size(): number {
		return this.entries.size;
	}

	/** Reads and extracts one note now. A note that cannot be read gives no events. */
	async load(file: TFile): Promise<NoteEvents> {
		let text = "";
		try {
			text = await this.app.vault.cachedRead(file);
		} catch {
			text = "";
		}
		let notation: Notation = "markdown";
		const events = extractEvents(text, file.path, {
			unquoted: this.unquoted(),
			// Asked only of notes that may hold a dated quote, so the classifier runs rarely.
			notation: (t) => {
				notation = classifyFlavour(t, file.path) === "raw" ? "scrapbox" : "markdown";
				return notation;
			},
		});
		const entry: NoteEvents = { events, notation, mtime: file.stat.mtime, size: file.stat.size };
		this.entries.set(file.path, entry);
		return entry;
	}

	/**
	 * Brings every file up to date, reading only stale ones, in time slices
	 * that yield to the UI. `progress` is told after each slice; `cancelled`
	 * is asked after each batch, and a true answer stops the work early
	 * (returning false).
	 */
	async update(files: readonly TFile[], progress: (done: number, total: number) => void, cancelled: () => boolean): Promise<boolean> {
		const stale = files.filter((f) => !this.fresh(f));
		if (stale.length === 0) return true;
		const clock = new SliceClock();
		progress(0, stale.length);
		for (let i = 0; i < stale.length; i += READ_BATCH) {
			await Promise.all(stale.slice(i, i + READ_BATCH).map((f) => this.load(f)));
			if (cancelled()) return false;
			if (await clock.maybeYield()) {
				if (cancelled()) return false;
				progress(Math.min(stale.length, i + READ_BATCH), stale.length);
			}
		}
		progress(stale.length, stale.length);
		return true;
	}
}
