/**
 * A page's lines → the parser's blocks, faster.
 *
 * Each row is parsed on its own by `line-parser.ts`, the parser's inline
 * grammar restated for speed (a row with no notation costs four `indexOf`s),
 * and grouped as the parser groups rows: a `code:`/`table:` line takes every
 * following line indented deeper than it. tests/core/import/blocks.test.ts
 * checks the result equals `parse` of the whole page, on the fixtures and
 * random pages (and the corpus conformance check on real ones).
 *
 * The parser itself recurses once per node of a line, so a line with a few
 * hundred links overflows its stack; the line parser does not, and takes such
 * a line whole. What it cannot take either (an icon repeated past any array's
 * length) goes through the parser as before: on a `RangeError` the line is
 * parsed again in pieces, cut only between top-level notations (at a space, or
 * after a closing bracket, never inside brackets or backticks), and the pieces'
 * nodes are joined.
 */
import { parse, type Block, type Node, type PlainNode } from "../scrapbox/parse";
import { codeBlock, lineBlock, tableBlock } from "./line-parser";

/** The parser's indent: the length of the leading whitespace run (`/^\s+/`). */
export function indentOf(row: string): number {
	let i = 0;
	while (i < row.length && isSpace(row.charCodeAt(i))) i++;
	return i;
}

/** Exactly the characters of the regular-expression class `\s`. */
function isSpace(code: number): boolean {
	if (code === 32 || (code >= 9 && code <= 13)) return true;
	if (code < 0xa0) return false;
	return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `/^\s*(?:code|table):/`, given the row's indent. */
function isBlockHead(row: string, indent: number): boolean {
	return row.startsWith("code:", indent) || row.startsWith("table:", indent);
}
/** Blocks for the rows of a page (`rows[0]` is the title line), equal to `parse(rows.join("\n"))`. */
export function parseRows(rows: readonly string[]): Block[] {
	if (rows.length === 0) return [];
	const blocks: Block[] = [{ type: "title", text: rows[0] }];
	for (let i = 1; i < rows.length; ) {
		const row = rows[i];
		const indent = indentOf(row);
		let end = i + 1;
		const head = isBlockHead(row, indent);
		if (head) while (end < rows.length && indentOf(rows[end]) > indent) end++;
		let block: Block;
		try {
			if (!head) block = lineBlock(row, indent);
			else block = row.startsWith("code:", indent) ? codeBlock(rows.slice(i, end), indent) : tableBlock(rows.slice(i, end), indent);
		} catch (error) {
			// What the parser cannot take either (an icon repeated past any array's length) goes its way, with its errors.
			if (!(error instanceof RangeError)) throw error;
			blocks.push(...parseUnit(rows, i, end));
			i = end;
			continue;
		}
		blocks.push(block);
		i = end;
	}
	return blocks;
}

/** One line or code/table block on its own; a line too long for the parser goes in pieces. */
function parseUnit(rows: readonly string[], start: number, end: number): Block[] {
	try {
		return parse(rows.slice(start, end).join("\n"), { hasTitle: false });
	} catch (error) {
		// A code or table block that still overflows cannot be cut safely; the page is reported.
		if (!(error instanceof RangeError) || end - start !== 1) throw error;
		const row = rows[start];
		const indent = indentOf(row);
		return [{ indent, type: "line", nodes: parseLongLine(row.slice(indent)) }];
	}
}

/**
 * Nodes of a line the parser cannot take whole, with its line-start notation
 * decided as the parser would. Exported for tests.
 */
export function parseLongLine(content: string): Node[] {
	if (content.startsWith(">")) return [{ type: "quote", raw: content, nodes: parsePieces(content.slice(1)) }];
	const numbered = /^([0-9]+)\. /.exec(content);
	if (numbered) {
		return [{ type: "numberList", raw: content, rawNumber: numbered[1], number: Number.parseInt(numbered[1], 10), nodes: parsePieces(content.slice(numbered[0].length)) }];
	}
	return parsePieces(content);
}

const PIECE = 80;

/**
 * Parses text in pieces of about `PIECE` characters, cut where no notation can
 * span the cut. Each piece is parsed after a throwaway `x` (so no line-start
 * notation applies mid-line), with a space after it for the first piece (so a
 * `#tag` at the start is still a tag); adjacent plain nodes are joined again.
 */
function parsePieces(text: string): Node[] {
	const nodes: Node[] = [];
	let from = 0;
	for (const cut of cutPoints(text)) {
		appendPiece(nodes, text.slice(from, cut), from === 0);
		from = cut;
	}
	appendPiece(nodes, text.slice(from), from === 0);
	return nodes;
}

function appendPiece(into: Node[], piece: string, first: boolean): void {
	if (piece === "") return;
	const prefix = first ? "x " : "x";
	const block = parse(prefix + piece, { hasTitle: false })[0];
	if (!block || block.type !== "line" || block.nodes[0]?.type !== "plain") throw new RangeError("line too long to parse");
	// The prefix may have been split from the piece's own leading space (before a tag): join first.
	const nodes: Node[] = [];
	for (const node of block.nodes) {
		const last = nodes[nodes.length - 1];
		if (node.type === "plain" && last?.type === "plain") nodes[nodes.length - 1] = { type: "plain", raw: last.raw + node.raw, text: last.text + node.text };
		else nodes.push(node);
	}
	const text = (nodes[0] as PlainNode).text.slice(prefix.length);
	if (text === "") nodes.shift();
	else nodes[0] = { type: "plain", raw: text, text };
	for (const node of nodes) {
		const last = into[into.length - 1];
		if (node.type === "plain" && last?.type === "plain") into[into.length - 1] = { type: "plain", raw: last.raw + node.raw, text: last.text + node.text };
		else into.push(node);
	}
}

/** Cut positions: outside brackets and backtick spans, at a space or right after a closing bracket. */
function cutPoints(text: string): number[] {
	const cuts: number[] = [];
	let depth = 0;
	let last = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === "`") {
			const close = text.indexOf("`", i + 1);
			if (close !== -1) {
				i = close;
				continue;
			}
		}
		if (c === "[") depth++;
		else if (c === "]") {
			if (depth > 0) depth--;
			if (depth === 0 && i + 1 - last >= PIECE && i + 1 < text.length) {
				cuts.push(i + 1);
				last = i + 1;
			}
		} else if (depth === 0 && /\s/.test(c) && i - last >= PIECE) {
			cuts.push(i);
			last = i;
		}
	}
	return cuts;
}
