/**
 * Quote blocks and their commentary in Markdown converted from Scrapbox
 * (REFERENCE §3): `>` quotes, `- >` quotes inside list items, and the bullet
 * lists that answer them.
 *
 * Rules (see README.md in this folder for the reasons and the corpus figures):
 * - A top-level quote block is a run of consecutive `>` lines. Its commentary is
 *   the list that starts on the very next line; a blank line ends the unit.
 * - A `- >` quote block is a run of consecutive `- >` items at one indent (one
 *   Scrapbox quote split into items by the converter). Its commentary is the run
 *   of items right after it that are indented deeper than that item.
 * - A `>` indented inside a list item (no bullet of its own) is answered by the
 *   list that starts right after it at its own indent or deeper.
 * - Frontmatter and fenced code are opaque: a `>` inside them is not a quote.
 */
import { columnOf, findFrontmatter, paragraphsOf } from "./lines";
import type { AnalyseOptions, AnchorLine, CommentaryItem, Heading, LineRange, NoteStructure, QuoteBlock, QuoteLine } from "./types";

const BLANK = 0;
const TEXT = 1;
const QUOTE = 2;
const LIST_QUOTE = 3;
const ITEM = 4;
const CODE = 5;
const HEADING = 6;
const FRONTMATTER = 7;

interface Scan {
	kind: Uint8Array;
	/** Visual column of the first non-space character. */
	col: Int32Array;
	/** Items: visual column of the content after the bullet. Quotes: index of the first `>`. */
	content: Int32Array;
	/** Items: index of the content after the bullet. */
	contentIndex: Int32Array;
	/** List nesting at the line (see `depthOf`). */
	depth: Int32Array;
	/** Code lines: the column a continuation must exceed to hold this code (the opener's). */
	codeCol: Int32Array;
	code: LineRange[];
}

/** A bullet (`-`, `*`, `+`, `1.`, `1)`) at `i`: the index after the marker and its spaces, or -1. */
function bulletEnd(line: string, i: number): number {
	const c = line.charCodeAt(i);
	let j = i;
	if (c === 45 || c === 42 || c === 43) j = i + 1;
	else if (c >= 48 && c <= 57) {
		while (j < line.length && j - i < 9 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
		const d = line.charCodeAt(j);
		if (d !== 46 && d !== 41) return -1;
		j++;
	} else return -1;
	if (j === line.length) return j;
	const after = line.charCodeAt(j);
	if (after !== 32 && after !== 9) return -1;
	while (j < line.length && (line.charCodeAt(j) === 32 || line.charCodeAt(j) === 9)) j++;
	return j;
}

/** A fence opener (three or more backticks or tildes) at `i`: its character and length, or null. */
function fenceAt(line: string, i: number): { char: number; length: number } | null {
	const c = line.charCodeAt(i);
	if (c !== 96 && c !== 126) return null;
	let j = i;
	while (j < line.length && line.charCodeAt(j) === c) j++;
	if (j - i < 3) return null;
	// A backtick fence's info string may not contain a backtick.
	if (c === 96 && line.indexOf("`", j) !== -1) return null;
	return { char: c, length: j - i };
}

function closesFence(line: string, fence: { char: number; length: number }): boolean {
	let i = 0;
	while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
	let j = i;
	while (j < line.length && line.charCodeAt(j) === fence.char) j++;
	if (j - i < fence.length) return false;
	while (j < line.length && (line.charCodeAt(j) === 32 || line.charCodeAt(j) === 9)) j++;
	return j === line.length;
}

/**
 * Per-line tables are views into buffers kept between calls: allocating six
 * typed arrays per note made garbage collection the largest cost of reading a
 * vault. A nested call (an `anchor` callback analysing another note) gets fresh ones.
 */
let pooledKinds = new Uint8Array(1024);
let pooledInts = new Int32Array(5 * 1024);
let pooledBusy = false;

function tables(n: number): Omit<Scan, "code"> & { pooled: boolean } {
	if (pooledBusy) {
		return { kind: new Uint8Array(n), col: new Int32Array(n), content: new Int32Array(n), contentIndex: new Int32Array(n), depth: new Int32Array(n), codeCol: new Int32Array(n), pooled: false };
	}
	if (pooledKinds.length < n) {
		const size = Math.max(n, pooledKinds.length * 2);
		pooledKinds = new Uint8Array(size);
		pooledInts = new Int32Array(5 * size);
	}
	pooledBusy = true;
	const cap = pooledKinds.length;
	pooledKinds.fill(0, 0, n);
	for (let k = 0; k < 5; k++) pooledInts.fill(0, k * cap, k * cap + n);
	return {
		kind: pooledKinds.subarray(0, n),
		col: pooledInts.subarray(0, n),
		content: pooledInts.subarray(cap, cap + n),
		contentIndex: pooledInts.subarray(2 * cap, 2 * cap + n),
		depth: pooledInts.subarray(3 * cap, 3 * cap + n),
		codeCol: pooledInts.subarray(4 * cap, 4 * cap + n),
		pooled: true,
	};
}

function scan(lines: readonly string[], frontmatter: LineRange | null): Scan & { pooled: boolean } {
	const n = lines.length;
	const s = { ...tables(n), code: [] as LineRange[] };
	let start = 0;
	if (frontmatter) {
		for (let i = frontmatter.from; i <= frontmatter.to; i++) s.kind[i] = FRONTMATTER;
		start = frontmatter.to + 1;
	}
	let fence: { char: number; length: number } | null = null;
	let fenceFrom = 0;
	let fenceCol = 0;
	// Content columns of the open list items, innermost last (for quote depth).
	const stack: number[] = [];
	for (let i = start; i < n; i++) {
		const line = lines[i];
		if (fence) {
			s.kind[i] = CODE;
			s.codeCol[i] = fenceCol;
			if (closesFence(line, fence)) {
				fence = null;
				s.code.push({ from: fenceFrom, to: i });
			}
			continue;
		}
		let p = 0;
		let tabs = false;
		while (p < line.length) {
			const c = line.charCodeAt(p);
			if (c === 32) p++;
			else if (c === 9) {
				tabs = true;
				p++;
			} else break;
		}
		if (p === line.length) {
			s.kind[i] = BLANK;
			continue;
		}
		const col = tabs ? columnOf(line, p) : p;
		s.col[i] = col;
		const opener = fenceAt(line, p);
		if (opener) {
			fence = opener;
			fenceFrom = i;
			fenceCol = col;
			s.kind[i] = CODE;
			s.codeCol[i] = col;
			continue;
		}
		const c = line.charCodeAt(p);
		const b = c === 62 ? -1 : bulletEnd(line, p);
		if (b !== -1) {
			const contentCol = tabs ? columnOf(line, b) : b;
			while (stack.length > 0 && stack[stack.length - 1] > col) stack.pop();
			stack.push(contentCol);
			s.depth[i] = stack.length;
			s.content[i] = contentCol;
			s.contentIndex[i] = b;
			if (line.charCodeAt(b) === 62) {
				s.kind[i] = LIST_QUOTE;
			} else {
				s.kind[i] = ITEM;
				const inner = fenceAt(line, b);
				if (inner) {
					// `- ```js`: the item opens a fence; its code belongs to the item.
					fence = inner;
					fenceFrom = i;
					fenceCol = contentCol;
				}
			}
			continue;
		}
		while (stack.length > 0 && stack[stack.length - 1] > col) stack.pop();
		s.depth[i] = stack.length;
		if (c === 62) {
			s.kind[i] = QUOTE;
			s.contentIndex[i] = p;
		} else if (c === 35 && /^#{1,6}(?:[ \t]|$)/.test(line.slice(p, p + 7))) {
			s.kind[i] = HEADING;
		} else {
			s.kind[i] = TEXT;
		}
	}
	if (fence) s.code.push({ from: fenceFrom, to: n - 1 });
	return s;
}

/** Reads the `>` marks from `index`: how many, and where the text after them starts. */
export function readQuoteMarks(line: string, index: number): { level: number; offset: number } {
	let i = index;
	let level = 0;
	let offset = index;
	while (i < line.length) {
		if (line.charCodeAt(i) !== 62) break;
		level++;
		i++;
		while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
		offset = i;
	}
	return { level, offset };
}

function quoteLine(lines: readonly string[], i: number, markIndex: number): QuoteLine {
	const line = lines[i];
	const { level, offset } = readQuoteMarks(line, markIndex);
	return { line: i, level, text: line.slice(offset).trimEnd(), offset };
}

/**
 * The commentary after line `after`: consecutive list items whose column is at
 * least `minCol`, with continuation lines, until a blank line or anything else.
 */
function commentaryAfter(lines: readonly string[], s: Scan, after: number, minCol: number): { items: CommentaryItem[]; range: LineRange | null } {
	const items: CommentaryItem[] = [];
	const stack: { contentCol: number; item: CommentaryItem }[] = [];
	let last: CommentaryItem | null = null;
	let lastCol = 0;
	let j = after + 1;
	for (; j < lines.length; j++) {
		const k = s.kind[j];
		if (k === ITEM || k === LIST_QUOTE) {
			const col = s.col[j];
			if (col < minCol) break;
			while (stack.length > 0 && stack[stack.length - 1].contentCol > col) stack.pop();
			const item: CommentaryItem = { line: j, to: j, depth: stack.length, text: lines[j].slice(s.contentIndex[j]).trimEnd(), children: [] };
			if (stack.length > 0) stack[stack.length - 1].item.children.push(item);
			else items.push(item);
			stack.push({ contentCol: s.content[j], item });
			last = item;
			lastCol = col;
			continue;
		}
		if (last === null) break;
		if (k === CODE ? s.codeCol[j] > lastCol : (k === TEXT || k === QUOTE) && s.col[j] > lastCol) {
			last.to = j;
			continue;
		}
		break;
	}
	return { items, range: items.length > 0 ? { from: after + 1, to: j - 1 } : null };
}

function headingsOf(lines: readonly string[], s: Scan): Heading[] {
	const out: Heading[] = [];
	for (let i = 0; i < lines.length; i++) {
		if (s.kind[i] !== HEADING) continue;
		const m = /^[ \t]*(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(lines[i]);
		if (m) out.push({ line: i, level: m[1].length, text: m[2] ?? "" });
	}
	return out;
}

function anchorsOf(lines: readonly string[], s: Scan, accept: (text: string) => boolean): AnchorLine[] {
	const out: AnchorLine[] = [];
	for (let i = 0; i < lines.length; i++) {
		const k = s.kind[i];
		let text: string;
		let kind: AnchorLine["kind"];
		if (k === ITEM) {
			text = lines[i].slice(s.contentIndex[i]).trimEnd();
			kind = "item";
		} else if (k === TEXT) {
			text = lines[i].trim();
			kind = "paragraph";
		} else if (k === HEADING) {
			text = lines[i].trim().replace(/^#{1,6}[ \t]*/, "");
			kind = "heading";
		} else continue;
		if (!accept(text)) continue;
		const { items, range } = commentaryAfter(lines, s, i, kind === "item" ? s.col[i] + 1 : s.col[i]);
		out.push({ line: i, kind, text, commentary: items, commentaryRange: range });
	}
	return out;
}

export function analyseMarkdown(lines: readonly string[], options: AnalyseOptions = {}): NoteStructure {
	const frontmatter = findFrontmatter(lines);
	const s = scan(lines, frontmatter);
	try {
		return structureFrom(lines, s, frontmatter, options);
	} finally {
		if (s.pooled) pooledBusy = false;
	}
}

function structureFrom(lines: readonly string[], s: Scan, frontmatter: LineRange | null, options: AnalyseOptions): NoteStructure {
	const quotes: QuoteBlock[] = [];
	const n = lines.length;
	for (let i = 0; i < n; ) {
		const k = s.kind[i];
		if (k !== QUOTE && k !== LIST_QUOTE) {
			i++;
			continue;
		}
		const col = s.col[i];
		const bulleted = k === LIST_QUOTE;
		const quoteLines: QuoteLine[] = [quoteLine(lines, i, s.contentIndex[i])];
		let j = i + 1;
		if (bulleted) {
			const inItem = s.content[i] + 4;
			while (j < n && ((s.kind[j] === LIST_QUOTE && s.col[j] === col) || (s.kind[j] === QUOTE && s.col[j] > col && s.col[j] < inItem))) {
				quoteLines.push(quoteLine(lines, j, s.contentIndex[j]));
				j++;
			}
		} else {
			while (j < n && s.kind[j] === QUOTE && s.col[j] >= col && s.col[j] < col + 4) {
				quoteLines.push(quoteLine(lines, j, s.contentIndex[j]));
				j++;
			}
		}
		const to = j - 1;
		const { items, range } = commentaryAfter(lines, s, to, bulleted ? col + 1 : col);
		quotes.push({
			from: i,
			to,
			depth: s.depth[i],
			bulleted,
			column: col,
			lines: quoteLines,
			paragraphs: paragraphsOf(quoteLines),
			commentary: items,
			commentaryRange: range,
		});
		i = j;
	}
	const anchors = options.anchor ? anchorsOf(lines, s, options.anchor) : [];
	return { notation: "markdown", lineCount: n, frontmatter, quotes, code: s.code, headings: headingsOf(lines, s), anchors };
}
