/**
 * Timeline events from dated quotes. A dated quote is a quote line whose text
 * starts with a date (src/core/dates). Its event's text is the quote lines that
 * follow it up to the next dated line or the end of the block, and the block's
 * commentary is attached to the block's LAST event: that is where it sits in
 * the note.
 */
import { DATE_OPENING_SOURCE, parseDatedText, type DateMatch } from "../dates";
import { analyseNote, type CommentaryItem, type Heading, type Notation, type NoteStructure, type QuoteBlock } from "../quotes";
import { splitLines } from "../quotes";

export interface TimelineEvent {
	date: DateMatch;
	/** The rest of the dated line after the separator, Markdown kept. */
	title: string;
	/** The description: the following quote lines, blank ones dropped. */
	text: string[];
	/** The commentary tree (see the quote model); empty except on a block's last event. */
	commentary: CommentaryItem[];
	/** The note's path (vault-relative in the plugin, relative to the folder given on the command line). */
	file: string;
	/** 1-based line of the dated line. */
	line: number;
	/** False for a dated line outside quotes (only with `unquoted`). */
	quoted: boolean;
	/** A block id (`^id`) on the dated line or closing its quote block, for links back; else null. */
	blockId: string | null;
	/** The nearest Markdown heading above the line, or null. */
	heading: string | null;
}

export interface ExtractOptions {
	/**
	 * Default "markdown". A function is asked only for notes that may hold a
	 * dated quote, so a costly choice (the note classifier) is made rarely.
	 */
	notation?: Notation | ((text: string) => Notation);
	/** Also count dated lines outside quotes (a line holding only `2024-10-29` followed by bullets). Off by default. */
	unquoted?: boolean;
}

const BLOCK_ID = /[ \t]\^([A-Za-z0-9-]+)[ \t]*$/;
const BLOCK_ID_LINE = /^[ \t]*\^([A-Za-z0-9-]+)[ \t]*$/;

function splitBlockId(text: string): { text: string; id: string | null } {
	const m = text.indexOf("^") === -1 ? null : BLOCK_ID.exec(text);
	return m ? { text: text.slice(0, m.index).trimEnd(), id: m[1] } : { text, id: null };
}

/** A quote block's own id: at the end of its last line, or alone on the next line. */
function blockIdOf(block: QuoteBlock, lines: readonly string[]): string | null {
	const last = splitBlockId(lines[block.to] ?? "").id;
	if (last) return last;
	const next = BLOCK_ID_LINE.exec(lines[block.to + 1] ?? "");
	return next ? next[1] : null;
}

/** The start of a quote line up to its text: indent, an optional list marker, and the `>` marks. */
const QUOTE_PREFIX = /[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:>[ \t]*)+/y;
/** What a quote's text must start with to be worth a date parse: a wrapper (`[`, `*`, `_`, `=`) or a date's opening. */
const CANDIDATE_OPENING = new RegExp(String.raw`[[*_=]|${DATE_OPENING_SOURCE}`, "y");

/**
 * A quick look over the whole text before any splitting: does some quote line's
 * text start with a date? Most notes of a vault have none and are skipped after
 * a few native searches and a few date parses. It may say yes wrongly (a `>`
 * line inside code), never no wrongly.
 *
 * It jumps from one `>` to the next with `indexOf` and looks only at the lines
 * holding one: an expression that tried every line start ran about twice as
 * long on notes with many lines after their first quote.
 */
function mayHoldDatedQuote(text: string): boolean {
	let mark = text.indexOf(">");
	while (mark !== -1) {
		const lineStart = text.lastIndexOf("\n", mark) + 1;
		let end = text.indexOf("\n", mark);
		if (end === -1) end = text.length;
		QUOTE_PREFIX.lastIndex = lineStart;
		if (QUOTE_PREFIX.test(text)) {
			const start = QUOTE_PREFIX.lastIndex;
			CANDIDATE_OPENING.lastIndex = start;
			if (start < end && CANDIDATE_OPENING.test(text)) {
				const lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
				if (datedOrNull(text.slice(start, lineEnd).trimEnd())) return true;
			}
		}
		if (end === text.length) return false;
		mark = text.indexOf(">", end + 1);
	}
	return false;
}

function headingAbove(headings: readonly Heading[], line: number): string | null {
	let found: string | null = null;
	for (const h of headings) {
		if (h.line >= line) break;
		found = h.text;
	}
	return found;
}

/** A cheap filter before the grammar: dates start with a digit, a Latin letter, a wrapper or a CJK character. */
function mayStartWithDate(text: string): boolean {
	const c = text.charCodeAt(0);
	return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 91 || c === 42 || c === 95 || c === 61 || c >= 0x3000;
}

function datedOrNull(text: string) {
	return text.length > 0 && mayStartWithDate(text) ? parseDatedText(splitBlockId(text).text) : null;
}

function eventsOfBlock(block: QuoteBlock, lines: readonly string[], file: string, headings: readonly Heading[]): TimelineEvent[] {
	const events: TimelineEvent[] = [];
	let current: TimelineEvent | null = null;
	let sharedId: string | null | undefined;
	for (const q of block.lines) {
		if (q.text === "") continue;
		const dated = datedOrNull(q.text);
		if (dated) {
			if (sharedId === undefined) sharedId = blockIdOf(block, lines);
			const own = splitBlockId(q.text).id;
			current = {
				date: dated.date,
				title: dated.rest,
				text: [],
				commentary: [],
				file,
				line: q.line + 1,
				quoted: true,
				blockId: own ?? sharedId,
				heading: headingAbove(headings, q.line),
			};
			events.push(current);
		} else if (current) {
			const t = splitBlockId(q.text).text;
			if (t !== "") current.text.push(t);
		}
	}
	if (events.length > 0) events[events.length - 1].commentary = block.commentary;
	return events;
}

/** Events from a note already analysed (with `anchor` set when `unquoted` is wanted). */
export function eventsFromStructure(structure: NoteStructure, lines: readonly string[], file: string, options: ExtractOptions = {}): TimelineEvent[] {
	const events: TimelineEvent[] = [];
	for (const block of structure.quotes) {
		// Cheap skip: most blocks hold no line that could start with a date.
		let any = false;
		for (const q of block.lines) {
			if (q.text.length > 0 && mayStartWithDate(q.text)) {
				any = true;
				break;
			}
		}
		if (any) for (const e of eventsOfBlock(block, lines, file, structure.headings)) events.push(e);
	}
	if (options.unquoted) {
		for (const anchor of structure.anchors) {
			const dated = datedOrNull(anchor.text);
			if (!dated) continue;
			events.push({
				date: dated.date,
				title: dated.rest,
				text: [],
				commentary: anchor.commentary,
				file,
				line: anchor.line + 1,
				quoted: false,
				blockId: splitBlockId(anchor.text).id,
				heading: headingAbove(structure.headings, anchor.line),
			});
		}
		events.sort((a, b) => a.line - b.line);
	}
	return events;
}

/**
 * The events of one note, in note order. Never throws: a note that cannot be
 * read as a timeline gives no events.
 */
export function extractEvents(source: string | readonly string[], file: string, options: ExtractOptions = {}): TimelineEvent[] {
	try {
		if (!options.unquoted && typeof source === "string" && !mayHoldDatedQuote(source)) return [];
		const lines = typeof source === "string" ? splitLines(source) : source;
		const notation = typeof options.notation === "function" ? options.notation(typeof source === "string" ? source : source.join("\n")) : options.notation;
		const structure = analyseNote(lines, {
			notation,
			anchor: options.unquoted ? (text) => datedOrNull(text) !== null : undefined,
		});
		return eventsFromStructure(structure, lines, file, options);
	} catch {
		return [];
	}
}
