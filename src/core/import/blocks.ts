/**
 * A page's lines → the parser's blocks, faster.
 *
 * About half the lines of a real project hold no notation at all. For those the
 * parser's twenty patterns all fail, so they are built here directly as the
 * parser would build them (`{type: "line", indent, nodes: [plain]}`) and only
 * the rest go through `parse`, one call per run of consecutive such lines (one
 * call per line costs about a tenth more). Grouping follows the parser exactly: a
 * `code:`/`table:` line takes every following line indented deeper than it.
 * tests/core/import/blocks.test.ts checks the result equals `parse` of the
 * whole page, on the fixtures and random pages (and the corpus conformance
 * check on real ones).
 *
 * The parser recurses once per node of a line, so a line with a few hundred
 * links overflows the stack. Such a line is parsed again in pieces, cut only
 * between top-level notations (at a space, or after a closing bracket, never
 * inside brackets or backticks), and the pieces' nodes are joined.
 */
import { parse, type Block, type Node, type PlainNode } from "../scrapbox/parse";

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
/** Anything any inline pattern of the parser could start from. */
const NOTATION = /[[`#]|:\/\//;
/** Line-start notations: quote, helpfeel, command line, numbered list (`/^[>?$%0-9]/`). */
function startsLineNotation(content: string): boolean {
	const c = content.charCodeAt(0);
	return c === 62 || c === 63 || c === 36 || c === 37 || (c >= 48 && c <= 57);
}

/**
 * Blocks for the rows of a page (`rows[0]` is the title line), equal to
 * `parse(rows.join("\n"))`. Consecutive rows that need the parser go to it in
 * one call (a run of lines, code and table blocks included): the parser
 * groups them exactly as the whole page would be grouped, and one call per run
 * costs less than one per line.
 */
export function parseRows(rows: readonly string[]): Block[] {
	if (rows.length === 0) return [];
	const blocks: Block[] = [{ type: "title", text: rows[0] }];
	/** Start of the pending run of rows for the parser, or -1. */
	let run = -1;
	for (let i = 1; i < rows.length; ) {
		const row = rows[i];
		const indent = indentOf(row);
		if (isBlockHead(row, indent)) {
			if (run === -1) run = i;
			i++;
			while (i < rows.length && indentOf(rows[i]) > indent) i++;
			continue;
		}
		const content = indent === 0 ? row : row.slice(indent);
		if (NOTATION.test(content) || startsLineNotation(content)) {
			if (run === -1) run = i;
		} else {
			if (run !== -1) {
				parseRun(rows, run, i, blocks);
				run = -1;
			}
			blocks.push({ indent, type: "line", nodes: content === "" ? [] : [{ type: "plain", raw: content, text: content }] });
		}
		i++;
	}
	if (run !== -1) parseRun(rows, run, rows.length, blocks);
	return blocks;
}

/** Parses rows `start`..`end` (whole lines and blocks) in one call; a run the parser cannot take whole goes unit by unit. */
function parseRun(rows: readonly string[], start: number, end: number, into: Block[]): void {
	let parsed: Block[] | undefined;
	try {
		parsed = parse(end - start === 1 ? rows[start] : rows.slice(start, end).join("\n"), { hasTitle: false });
	} catch (error) {
		if (!(error instanceof RangeError)) throw error;
	}
	if (parsed !== undefined) {
		for (const block of parsed) into.push(block);
		return;
	}
	for (let i = start; i < end; ) {
		const indent = indentOf(rows[i]);
		let next = i + 1;
		if (isBlockHead(rows[i], indent)) while (next < end && indentOf(rows[next]) > indent) next++;
		for (const block of parseUnit(rows, i, next)) into.push(block);
		i = next;
	}
}

/** One line or code/table block on its own; a line too long for the parser goes in pieces. */
function parseUnit(rows: readonly string[], start: number, end: number): Block[] {
	try {
		return parse(end - start === 1 ? rows[start] : rows.slice(start, end).join("\n"), { hasTitle: false });
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
