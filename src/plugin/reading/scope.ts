/**
 * Which notes get Scrapbox rendering (the `renderScope` setting) and which are
 * drawn as raw notation (`renderRawNotes`). The classifier reads the whole
 * note, so its answer is remembered per note path and exact text: Reading view
 * asks once per section, and every section of a note carries the same text.
 */
import type { Flavour } from "../../core/detect";
import type { ScrapboxLensSettings } from "../settings";

export type Classify = (text: string, path: string) => Flavour | null;

export interface ScopeDecision {
	/** Group quotes with their commentary, date chips, icons (converted Markdown). */
	units: boolean;
	/** Draw the note with the Scrapbox renderer (raw notation). */
	raw: boolean;
	flavour: Flavour | null;
}

const NONE: ScopeDecision = { units: false, raw: false, flavour: null };

export class NoteScope {
	private readonly memo = new Map<string, { text: string; flavour: Flavour | null }>();

	constructor(
		private readonly classify: Classify,
		private readonly maxNotes = 64,
	) {}

	/** The note's flavour, classified once per path and text. */
	flavour(path: string, text: string): Flavour | null {
		const hit = this.memo.get(path);
		if (hit && hit.text === text) return hit.flavour;
		let flavour: Flavour | null = null;
		try {
			flavour = this.classify(text, path);
		} catch {
			flavour = null;
		}
		this.memo.delete(path);
		this.memo.set(path, { text, flavour });
		if (this.memo.size > this.maxNotes) this.memo.delete(this.memo.keys().next().value as string);
		return flavour;
	}

	decide(path: string, text: string, settings: Pick<ScrapboxLensSettings, "renderScope" | "renderRawNotes">): ScopeDecision {
		if (settings.renderScope === "none") return NONE;
		const flavour = settings.renderScope === "detected" || settings.renderRawNotes ? this.flavour(path, text) : null;
		const raw = settings.renderRawNotes && flavour === "raw";
		const units = !raw && (settings.renderScope === "all" || flavour !== null);
		return { units, raw, flavour };
	}

	forget(path: string): void {
		this.memo.delete(path);
	}
}
