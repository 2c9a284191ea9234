/**
 * Notes detected as raw Scrapbox notation, drawn by the Scrapbox renderer in
 * Reading view (the `renderRawNotes` setting). Obsidian reads such a note as
 * Markdown: one-space indents vanish, four-space indents become code blocks,
 * `[links]` stay bracketed text. Here each Reading-view section is redrawn
 * from the Scrapbox parse of the whole note:
 *
 * - a section shows the Scrapbox units (lines, `code:` and `table:` blocks)
 *   that start on its lines; a block that runs on into the next section is
 *   drawn whole by the section where it starts, and the lines it takes from
 *   later sections are left out there;
 * - the first line is the page title; it is hidden when it only repeats the
 *   file name that Obsidian already shows as the inline title;
 * - frontmatter, if any, stays Obsidian's.
 */
import { noteName, titleMatchesName } from "../../core/detect";
import { structureOf, type NoteStructure } from "../../core/quotes";
import { renderUnits, unitsOf, type ScrapboxRenderOptions, type ScrapboxUnit } from "./scrapbox-render";
import type { DomTransaction } from "./transaction";
import { addDateChips } from "./date-chips";

interface RawNote {
	text: string;
	/** Lines before the Scrapbox text (frontmatter). */
	offset: number;
	units: ScrapboxUnit[];
	structure: NoteStructure;
}

let last: RawNote | null = null;

/** The note's Scrapbox parse, remembered for the last note text (every section of a note asks). */
function rawNote(text: string): RawNote {
	if (last && last.text === text) return last;
	let offset = 0;
	let body = text;
	if (/^---[ \t]*(\r?\n)/.test(text)) {
		const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
		if (close) {
			const end = 3 + close.index + close[0].length;
			offset = text.slice(0, end).split(/\r\n|\r|\n/).length - 1;
			body = text.slice(end);
		}
	}
	last = { text, offset, units: unitsOf(body, true), structure: structureOf(body, { notation: "scrapbox" }) };
	return last;
}

/** Binary search: the first unit starting at or after `line` (Scrapbox-text lines). */
function firstUnitFrom(units: readonly ScrapboxUnit[], line: number): number {
	let lo = 0;
	let hi = units.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (units[mid].from < line) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Redraws one section of a raw note. Returns false (and changes nothing) for
 * a section that is not Scrapbox text, such as the frontmatter.
 */
export function renderRawSection(tx: DomTransaction, el: HTMLElement, text: string, lineStart: number, lineEnd: number, path: string, options: ScrapboxRenderOptions): boolean {
	const note = rawNote(text);
	const from = lineStart - note.offset;
	const to = lineEnd - note.offset;
	if (to < 0) return false;
	const picked: ScrapboxUnit[] = [];
	for (let i = firstUnitFrom(note.units, Math.max(0, from)); i < note.units.length && note.units[i].from <= to; i++) picked.push(note.units[i]);
	const root = createDiv({ cls: ["sbl-scrapbox", "sbl-scrapbox-note"] });
	renderUnits(picked, root, options, note.structure, note.offset);
	const title = root.querySelector(".sbl-sb-title");
	if (title && titleMatchesName(title.textContent ?? "", noteName(path))) title.addClass("sbl-sb-title-repeated");
	root.querySelectorAll("blockquote.sbl-sb-quote").forEach((quote) => void addDateChips(tx, quote));
	tx.replaceChildren(el, picked.length > 0 ? [root] : []);
	tx.addClass(el, picked.length > 0 ? "sbl-raw-section" : "sbl-raw-continued");
	return true;
}
