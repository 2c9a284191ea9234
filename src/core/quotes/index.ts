/**
 * The quote/commentary model: the single place that understands how a
 * Scrapbox-style note is structured. Pure; never throws.
 *
 * - Reading view: `structureOf(info.text)` once per note text (memoised), then
 *   `quotesInRange(structure, info.lineStart, info.lineEnd)` for a section and
 *   `commentaryOwner(structure, line)` for a list section.
 * - Live Preview: `analyseNote(state.doc.toJSON())` on each change (a full pass
 *   over 5,000 lines is well under a millisecond; see bench/quotes.bench.ts),
 *   then `quotesInRange` for the visible ranges.
 * - Timeline: `analyseNote(text)` and each block's lines and commentary.
 */
import { analyseMarkdown } from "./markdown";
import { analyseScrapbox } from "./scrapbox";
import { toLines } from "./lines";
import type { AnalyseOptions, NoteStructure } from "./types";

export type { AnalyseOptions, AnchorLine, CommentaryItem, Heading, LineRange, Notation, NoteStructure, QuoteBlock, QuoteLine, QuoteParagraph } from "./types";
export { commentaryItemAt, commentaryOwner, flattenCommentary, quoteAt, quotesInRange, unitRange } from "./query";
export { splitLines } from "./lines";

function empty(options: AnalyseOptions): NoteStructure {
	return { notation: options.notation ?? "markdown", lineCount: 0, frontmatter: null, quotes: [], code: [], headings: [], anchors: [] };
}

/** The quote blocks of a note, from its text or its lines. Never throws: bad input gives an empty structure. */
export function analyseNote(source: string | readonly string[], options: AnalyseOptions = {}): NoteStructure {
	try {
		if (typeof source !== "string" && !Array.isArray(source)) return empty(options);
		const lines = toLines(source);
		return options.notation === "scrapbox" ? analyseScrapbox(lines, options) : analyseMarkdown(lines, options);
	} catch {
		return empty(options);
	}
}

/** The last few analyses (without anchors), keyed by notation and text: Reading view asks once per section of the same note. */
const recent: { key: string; text: string; structure: NoteStructure }[] = [];
const RECENT_SIZE = 8;

/** `analyseNote` memoised on the exact text (a small most-recently-used list). */
export function structureOf(text: string, options: Omit<AnalyseOptions, "anchor"> = {}): NoteStructure {
	const key = options.notation ?? "markdown";
	for (let i = 0; i < recent.length; i++) {
		const hit = recent[i];
		if (hit.key === key && hit.text === text) {
			if (i > 0) {
				recent.splice(i, 1);
				recent.unshift(hit);
			}
			return hit.structure;
		}
	}
	const structure = analyseNote(text, { notation: options.notation });
	recent.unshift({ key, text, structure });
	if (recent.length > RECENT_SIZE) recent.pop();
	return structure;
}
