/**
 * Which quote units a reader has folded, per note. Obsidian re-renders and
 * virtualises Reading-view sections on its own schedule, so the state lives
 * here, not in the DOM: a section rendered again asks the store and comes back
 * folded or not as the reader left it. Kept in memory for the session; a
 * rename carries it over.
 */
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

	/** Called after every change; returns the unsubscribe function. */
	onChange(listener: (path: string, key: string, folded: boolean) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}
}
