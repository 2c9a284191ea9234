/**
 * The structure of a Scrapbox-style reading note: quote blocks, each with the
 * commentary that answers it. Line numbers are 0-based, as in Obsidian's editor
 * and `getSectionInfo`; ranges are inclusive.
 */

/** How the note is written: Markdown as converted from Scrapbox, or raw Scrapbox notation. */
export type Notation = "markdown" | "scrapbox";

export interface LineRange {
	/** First line, 0-based. */
	from: number;
	/** Last line, 0-based, inclusive. */
	to: number;
}

export interface QuoteLine {
	/** 0-based line number. */
	line: number;
	/** How many `>` marks open the line (`> >` is 2). Raw Scrapbox quotes do not nest: always 1. */
	level: number;
	/** The quoted text after the marks and the spaces that follow them. Empty on a blank `>` line. */
	text: string;
	/** Where `text` starts in the line (UTF-16 offset), for editor decorations. */
	offset: number;
}

export interface QuoteParagraph extends LineRange {
	/** The paragraph's lines; blank `>` lines separate paragraphs and belong to none. */
	lines: QuoteLine[];
}

/** One bullet of commentary; its `children` are the bullets nested under it. */
export interface CommentaryItem {
	/** The item's first line, 0-based. */
	line: number;
	/** The item's last line before its children (continuation lines included). */
	to: number;
	/** 0 for the items directly under the quote, 1 for theirs, and so on. */
	depth: number;
	/** The item's first-line text after its bullet, Markdown kept. */
	text: string;
	children: CommentaryItem[];
}

export interface QuoteBlock extends LineRange {
	/** 0 for a top-level `>` quote; n for a quote inside a list item at nesting level n (1 = a top-level item). */
	depth: number;
	/** True for a `- >` quote: the quote is the list item's own content. */
	bulleted: boolean;
	/** Visual column (tabs to 4) where the line starts: the bullet for `- >`, else the `>`. Raw notation: the indent. */
	column: number;
	/** Every line of the block, blank `>` lines included, in order. */
	lines: QuoteLine[];
	paragraphs: QuoteParagraph[];
	/** The bullets that comment on this quote, as a tree; empty when none. */
	commentary: CommentaryItem[];
	/** The lines the commentary spans, or null. */
	commentaryRange: LineRange | null;
}

/** A Markdown heading (raw notation has none). */
export interface Heading {
	line: number;
	/** 1–6. */
	level: number;
	/** The heading text without the `#` marks. */
	text: string;
}

/**
 * A line outside quotes that a caller asked about (see `AnalyseOptions.anchor`),
 * such as a line holding only a date, with the bullets that answer it.
 */
export interface AnchorLine {
	line: number;
	/** `item` for a bullet, `heading` for a Markdown heading, else `paragraph`. */
	kind: "paragraph" | "item" | "heading";
	/** The text after any bullet or `#` marks. */
	text: string;
	/** For an item, the items indented deeper; for a paragraph or heading, the list that starts on the next line. */
	commentary: CommentaryItem[];
	commentaryRange: LineRange | null;
}

export interface NoteStructure {
	notation: Notation;
	lineCount: number;
	/** The YAML frontmatter's lines, fences included, or null. */
	frontmatter: LineRange | null;
	/** Quote blocks in line order; they never overlap. */
	quotes: QuoteBlock[];
	/** Fenced code blocks (Markdown) or `code:`/`table:` blocks (raw notation), fences included. */
	code: LineRange[];
	/** Markdown headings outside code, in order. */
	headings: Heading[];
	/** Lines outside quotes and code for which `AnalyseOptions.anchor` said yes; empty without it. */
	anchors: AnchorLine[];
}

export interface AnalyseOptions {
	/** Default "markdown". */
	notation?: Notation;
	/**
	 * Asked of the text of every line outside quotes, code and frontmatter (after
	 * any bullet or heading marks); lines it accepts become `anchors`, with their
	 * commentary. The timeline uses it for dated lines outside quotes.
	 */
	anchor?: (text: string) => boolean;
}
