/**
 * Which quote units a reader has folded, per note. Obsidian re-renders and
 * virtualises Reading-view sections on its own schedule, so the state lives
 * here, not in the DOM: a section rendered again asks the store and comes back
 * folded or not as the reader left it. A rename carries it over, a deletion
 * drops it, and `snapshot`/`restore` keep it across restarts (plugin data).
 */

/** Folded units as saved in data.json: note path → fold keys, oldest note first. */
export type FoldSnapshot = Record<string, string[]>;

/** Fold keys hold a quote's first line: longer ones are not saved (they still fold for the session). */
const MAX_SAVED_KEY = 1000;
export class FoldStore {
	/** Note path → keys of folded units. Only folded units are stored, so it stays small. */
	private readonly folded = new Map<string, Set<string>>();
	private readonly listeners = new Set<(path: string, key: string, folded: boolean) => void>();

	constructor(private readonly maxNotes = 500) {}

	isFolded(path: string, key: string): boolean {
		return this.folded.get(path)?.has(key) ?? false;
	}

	set(path: string, key: string, folded: boolean): void {
		if (this.isFolded(path, key) === folded) return;
		let keys = this.folded.get(path);
		if (folded) {
			if (!keys) {
				keys = new Set();
				this.folded.set(path, keys);
				// Oldest note first out: Map keeps insertion order.
				if (this.folded.size > this.maxNotes) this.folded.delete(this.folded.keys().next().value as string);
			}
			keys.add(key);
		} else if (keys) {
			keys.delete(key);
			if (keys.size === 0) this.folded.delete(path);
		}
		for (const listener of Array.from(this.listeners)) listener(path, key, folded);
	}

	toggle(path: string, key: string): boolean {
		const next = !this.isFolded(path, key);
		this.set(path, key, next);
		return next;
	}

	rename(oldPath: string, newPath: string): void {
		const keys = this.folded.get(oldPath);
		if (!keys) return;
		this.folded.delete(oldPath);
		this.folded.set(newPath, keys);
	}

	/** Whether any unit of the note is folded. */
	hasFolds(path: string): boolean {
		return this.folded.has(path);
	}

	/** Forgets a deleted note's folds. */
	forget(path: string): void {
		this.folded.delete(path);
	}

	/** What to save: every note with folded units, oldest first. */
	snapshot(): FoldSnapshot {
		const saved: FoldSnapshot = {};
		for (const [path, keys] of this.folded) {
			const kept = Array.from(keys).filter((key) => key.length <= MAX_SAVED_KEY);
			if (kept.length > 0) saved[path] = kept;
		}
		return saved;
	}

	/** Takes back a saved snapshot; anything malformed (a hand-edited or older data.json) is skipped. Listeners are not told. */
	restore(saved: unknown): void {
		if (!saved || typeof saved !== "object" || Array.isArray(saved)) return;
		for (const [path, keys] of Object.entries(saved as Record<string, unknown>)) {
			if (!Array.isArray(keys)) continue;
			const valid = keys.filter((key): key is string => typeof key === "string");
			if (valid.length === 0) continue;
			this.folded.set(path, new Set(valid));
			if (this.folded.size > this.maxNotes) this.folded.delete(this.folded.keys().next().value as string);
		}
	}

	/** Called after every change; returns the unsubscribe function. */
	onChange(listener: (path: string, key: string, folded: boolean) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}
}
