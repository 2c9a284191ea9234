/**
 * Questions the renderers ask of a note's structure. Quote blocks are sorted and
 * never overlap, so lookups are binary searches: cheap enough to call per section
 * (Reading view) or per visible range (Live Preview).
 */
import type { CommentaryItem, LineRange, NoteStructure, QuoteBlock } from "./types";

/** The lines a quote and its commentary span together: the unit shown as one. */
export function unitRange(block: QuoteBlock): LineRange {
	return { from: block.from, to: block.commentaryRange ? block.commentaryRange.to : block.to };
}

/** Index of the last block starting at or before `line`, or -1. */
function lastStartingAtOrBefore(quotes: readonly QuoteBlock[], line: number): number {
	let lo = 0;
	let hi = quotes.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (quotes[mid].from <= line) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found;
}

/** The quote block whose quote lines include `line` (0-based), or null. */
export function quoteAt(structure: NoteStructure, line: number): QuoteBlock | null {
	const i = lastStartingAtOrBefore(structure.quotes, line);
	if (i === -1) return null;
	const block = structure.quotes[i];
	return line <= block.to ? block : null;
}

/** Per structure: the furthest line any unit among blocks 0..i reaches (non-decreasing). */
const reachCache = new WeakMap<NoteStructure, Int32Array>();

function reach(structure: NoteStructure): Int32Array {
	let r = reachCache.get(structure);
	if (!r) {
		r = new Int32Array(structure.quotes.length);
		let max = -1;
		structure.quotes.forEach((block, i) => {
			max = Math.max(max, unitRange(block).to);
			(r as Int32Array)[i] = max;
		});
		reachCache.set(structure, r);
	}
	return r;
}

/** Index of the first block whose unit, or an earlier one's, reaches `line`. */
function firstReaching(structure: NoteStructure, line: number): number {
	const r = reach(structure);
	let lo = 0;
	let hi = r.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (r[mid] >= line) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/**
 * The quote blocks whose unit (quote plus commentary) overlaps lines `from`–`to`
 * (0-based, inclusive), in order. Reading view passes a section's
 * `lineStart`/`lineEnd`; Live Preview its visible line range.
 */
export function quotesInRange(structure: NoteStructure, from: number, to: number): QuoteBlock[] {
	const quotes = structure.quotes;
	const out: QuoteBlock[] = [];
	for (let i = firstReaching(structure, from); i < quotes.length && quotes[i].from <= to; i++) {
		if (unitRange(quotes[i]).to >= from) out.push(quotes[i]);
	}
	return out;
}

/**
 * The quote whose commentary holds `line`, the innermost when quotes nest
 * (a `- >` quote inside another quote's commentary), or null. Reading view uses
 * it on a list section to find the quote the list answers.
 */
export function commentaryOwner(structure: NoteStructure, line: number): QuoteBlock | null {
	const quotes = structure.quotes;
	const first = firstReaching(structure, line);
	for (let i = lastStartingAtOrBefore(quotes, line); i >= first; i--) {
		const range = quotes[i].commentaryRange;
		if (range && range.from <= line && line <= range.to) return quotes[i];
	}
	return null;
}

/** The commentary items depth-first (each item before its children). */
export function flattenCommentary(items: readonly CommentaryItem[]): CommentaryItem[] {
	const out: CommentaryItem[] = [];
	const walk = (list: readonly CommentaryItem[]) => {
		for (const item of list) {
			out.push(item);
			walk(item.children);
		}
	};
	walk(items);
	return out;
}

/** The commentary item that starts on `line` within a block's commentary, or null. */
export function commentaryItemAt(block: QuoteBlock, line: number): CommentaryItem | null {
	for (const item of flattenCommentary(block.commentary)) if (item.line === line) return item;
	return null;
}
