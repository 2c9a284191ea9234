/**
 * Quote blocks in raw Scrapbox notation (REFERENCE §2): a quote is a line whose
 * text, after its indent, starts with `>`; consecutive quote lines at one indent
 * are one block; its commentary is the run of lines right after it indented
 * deeper than the quote. The rules follow `@progfay/scrapbox-parser`: the indent
 * is the leading whitespace (`\s`, so tabs and full-width spaces count as one),
 * a `code:` or `table:` line opens a block whose body is every following line
 * indented deeper (whitespace-only lines included), and that body is never a
 * quote. Scrapbox quotes do not nest, so every level is 1.
 */
import { findFrontmatter, paragraphsOf } from "./lines";
import type { AnalyseOptions, AnchorLine, CommentaryItem, LineRange, NoteStructure, QuoteBlock, QuoteLine } from "./types";

const LEADING_SPACE = /^\s*/;
const BLOCK_HEADER = /^\s*(?:code|table):/;

const TEXT = 0;
/** Empty or whitespace only. */
const BLANK = 1;
const QUOTE = 2;
/** The body of a `code:` or `table:` block, or frontmatter. */
const OPAQUE = 3;

function quoteLine(line: string, i: number, indent: number): QuoteLine {
	let offset = indent + 1;
	while (offset < line.length && (line.charCodeAt(offset) === 32 || line.charCodeAt(offset) === 9)) offset++;
	return { line: i, level: 1, text: line.slice(offset).trimEnd(), offset };
}

interface Lines {
	kind: Uint8Array;
	indent: Int32Array;
}

/**
 * Commentary in raw notation: the lines right after `after` indented deeper
 * than `base`. Code bodies ride along with their header item; a whitespace-only
 * line deeper than `base` neither ends the commentary nor becomes an item.
 */
function deeperLines(lines: readonly string[], t: Lines, after: number, base: number): { items: CommentaryItem[]; range: LineRange | null } {
	const items: CommentaryItem[] = [];
	const stack: { indent: number; item: CommentaryItem }[] = [];
	let last: CommentaryItem | null = null;
	for (let k = after + 1; k < lines.length; k++) {
		const kind = t.kind[k];
		const d = t.indent[k];
		if (kind === OPAQUE && last !== null) {
			last.to = k;
			continue;
		}
		if (d <= base || kind === OPAQUE) break;
		if (kind === BLANK) continue;
		while (stack.length > 0 && stack[stack.length - 1].indent >= d) stack.pop();
		const item: CommentaryItem = { line: k, to: k, depth: stack.length, text: lines[k].slice(d).trimEnd(), children: [] };
		if (stack.length > 0) stack[stack.length - 1].item.children.push(item);
		else items.push(item);
		stack.push({ indent: d, item });
		last = item;
	}
	if (items.length === 0 || last === null) return { items, range: null };
	// The range ends at the last line that belongs to an item, not at trailing blank ones.
	let to = last.to;
	for (const item of items) to = Math.max(to, lastLineOf(item));
	return { items, range: { from: items[0].line, to } };
}

function lastLineOf(item: CommentaryItem): number {
	let to = item.to;
	for (const child of item.children) to = Math.max(to, lastLineOf(child));
	return to;
}

export function analyseScrapbox(lines: readonly string[], options: AnalyseOptions = {}): NoteStructure {
	const n = lines.length;
	const frontmatter = findFrontmatter(lines);
	const start = frontmatter ? frontmatter.to + 1 : 0;
	const t: Lines = { kind: new Uint8Array(n), indent: new Int32Array(n) };
	const code: LineRange[] = [];
	for (let i = 0; i < start; i++) t.kind[i] = OPAQUE;
	for (let i = start; i < n; i++) {
		const line = lines[i];
		const d = (LEADING_SPACE.exec(line) as RegExpExecArray)[0].length;
		t.indent[i] = d;
		t.kind[i] = d === line.length ? BLANK : line.charCodeAt(d) === 62 ? QUOTE : TEXT;
		if (t.kind[i] === TEXT && BLOCK_HEADER.test(line)) {
			let j = i + 1;
			while (j < n && (LEADING_SPACE.exec(lines[j]) as RegExpExecArray)[0].length > d) {
				t.kind[j] = OPAQUE;
				t.indent[j] = d + 1;
				j++;
			}
			code.push({ from: i, to: j - 1 });
			// The header itself stays an ordinary line (it may be commentary).
			i = j - 1;
		}
	}
	const quotes: QuoteBlock[] = [];
	for (let i = start; i < n; ) {
		if (t.kind[i] !== QUOTE) {
			i++;
			continue;
		}
		const q = t.indent[i];
		const quoteLines: QuoteLine[] = [];
		let j = i;
		while (j < n && t.kind[j] === QUOTE && t.indent[j] === q) {
			quoteLines.push(quoteLine(lines[j], j, q));
			j++;
		}
		const to = j - 1;
		const { items, range } = deeperLines(lines, t, to, q);
		quotes.push({
			from: i,
			to,
			depth: q,
			bulleted: false,
			column: q,
			lines: quoteLines,
			paragraphs: paragraphsOf(quoteLines),
			commentary: items,
			commentaryRange: range,
		});
		i = j;
	}
	const anchors: AnchorLine[] = [];
	if (options.anchor) {
		for (let i = start; i < n; i++) {
			if (t.kind[i] !== TEXT) continue;
			const text = lines[i].slice(t.indent[i]).trimEnd();
			if (!options.anchor(text)) continue;
			const { items, range } = deeperLines(lines, t, i, t.indent[i]);
			anchors.push({ line: i, kind: t.indent[i] > 0 ? "item" : "paragraph", text, commentary: items, commentaryRange: range });
		}
	}
	return { notation: "scrapbox", lineCount: n, frontmatter, quotes, code, headings: [], anchors };
}
