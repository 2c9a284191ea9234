/**
 * Quote blocks in raw Scrapbox notation (REFERENCE §2): a quote is a line whose
 * text, after its indent, starts with `>`; consecutive quote lines at one indent
 * are one block; its commentary is the run of lines right after it indented
 * deeper than the quote. Indent counts spaces and tabs alike, as the parser does.
 * The lines of a `code:` or `table:` block (indented deeper than its header) are
 * never quotes. Scrapbox quotes do not nest, so every level is 1.
 */
import { findFrontmatter, firstNonSpace, paragraphsOf } from "./lines";
import type { AnalyseOptions, AnchorLine, CommentaryItem, LineRange, NoteStructure, QuoteBlock, QuoteLine } from "./types";

const BLOCK_HEADER = /^(?:code|table):\S/;

function quoteLine(line: string, i: number, indent: number): QuoteLine {
	let offset = indent + 1;
	while (offset < line.length && (line.charCodeAt(offset) === 32 || line.charCodeAt(offset) === 9)) offset++;
	return { line: i, level: 1, text: line.slice(offset).trimEnd(), offset };
}

/** Commentary in raw notation: the lines right after `after` indented deeper than `base` (code lines ride along). */
function deeperLines(lines: readonly string[], indent: Int32Array, after: number, base: number): { items: CommentaryItem[]; range: LineRange | null } {
	const items: CommentaryItem[] = [];
	const stack: { indent: number; item: CommentaryItem }[] = [];
	let last: CommentaryItem | null = null;
	let k = after + 1;
	for (; k < lines.length; k++) {
		const d = indent[k];
		if (d === -2 && last !== null) {
			last.to = k;
			continue;
		}
		if (d <= base) break;
		while (stack.length > 0 && stack[stack.length - 1].indent >= d) stack.pop();
		const item: CommentaryItem = { line: k, to: k, depth: stack.length, text: lines[k].slice(d).trimEnd(), children: [] };
		if (stack.length > 0) stack[stack.length - 1].item.children.push(item);
		else items.push(item);
		stack.push({ indent: d, item });
		last = item;
	}
	return { items, range: items.length > 0 ? { from: after + 1, to: k - 1 } : null };
}

export function analyseScrapbox(lines: readonly string[], options: AnalyseOptions = {}): NoteStructure {
	const n = lines.length;
	const frontmatter = findFrontmatter(lines);
	const start = frontmatter ? frontmatter.to + 1 : 0;
	// Indent of each line; -1 for a blank line; -2 inside a code or table block.
	const indent = new Int32Array(n);
	const code: LineRange[] = [];
	for (let i = 0; i < start; i++) indent[i] = -2;
	for (let i = start; i < n; i++) {
		const line = lines[i];
		const p = firstNonSpace(line);
		if (p === line.length) {
			indent[i] = -1;
			continue;
		}
		indent[i] = p;
		if (BLOCK_HEADER.test(line.slice(p, p + 7))) {
			let j = i + 1;
			while (j < n && firstNonSpace(lines[j]) > p && firstNonSpace(lines[j]) < lines[j].length) j++;
			for (let k = i + 1; k < j; k++) indent[k] = -2;
			code.push({ from: i, to: j - 1 });
			// The header itself stays an ordinary line (it may be commentary).
			i = j - 1;
		}
	}
	const isQuote = (i: number) => indent[i] >= 0 && lines[i].charCodeAt(indent[i]) === 62;
	const quotes: QuoteBlock[] = [];
	for (let i = start; i < n; ) {
		if (!isQuote(i)) {
			i++;
			continue;
		}
		const q = indent[i];
		const quoteLines: QuoteLine[] = [];
		let j = i;
		while (j < n && isQuote(j) && indent[j] === q) {
			quoteLines.push(quoteLine(lines[j], j, q));
			j++;
		}
		const to = j - 1;
		const { items, range } = deeperLines(lines, indent, to, q);
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
			if (indent[i] < 0 || isQuote(i)) continue;
			const text = lines[i].slice(indent[i]).trimEnd();
			if (!options.anchor(text)) continue;
			const { items, range } = deeperLines(lines, indent, i, indent[i]);
			anchors.push({ line: i, kind: indent[i] > 0 ? "item" : "paragraph", text, commentary: items, commentaryRange: range });
		}
	}
	return { notation: "scrapbox", lineCount: n, frontmatter, quotes, code, headings: [], anchors };
}
