/**
 * A page's lines → the parser's blocks, faster.
 *
 * About half the lines of a real project hold no notation at all. For those the
 * parser's twenty patterns all fail, so they are built here directly as the
 * parser would build them (`{type: "line", indent, nodes: [plain]}`) and only
 * the rest go through `parse`, in runs. Grouping follows the parser exactly: a
 * `code:`/`table:` line takes every following line indented deeper than it.
 * tests/core/import/blocks.test.ts checks the result equals `parse` of the
 * whole page, on the fixtures, the corpus and random pages.
 */
import { parse, type Block, type Line } from "../scrapbox/parse";

/** The parser's indent: the length of the leading whitespace run. */
export function indentOf(row: string): number {
	const match = /^\s+/.exec(row);
	return match ? match[0].length : 0;
}

const BLOCK_HEAD = /^\s*(?:code|table):/;
/** Anything any inline pattern of the parser could start from. */
const NOTATION = /[[`#]|:\/\//;
/** Line-start notations: quote, helpfeel, command line, numbered list. */
const LINE_START = /^[>?$%0-9]/;

/** Blocks for the rows of a page (`rows[0]` is the title line), equal to `parse(rows.join("\n"))`. */
export function parseRows(rows: readonly string[]): Block[] {
	if (rows.length === 0) return [];
	const blocks: Block[] = [{ type: "title", text: rows[0] }];
	let runStart = -1;
	const flush = (end: number) => {
		if (runStart === -1) return;
		const parsed = parse(rows.slice(runStart, end).join("\n"), { hasTitle: false });
		for (const block of parsed) blocks.push(block);
		runStart = -1;
	};
	for (let i = 1; i < rows.length; ) {
		const row = rows[i];
		if (BLOCK_HEAD.test(row)) {
			const head = indentOf(row);
			let end = i + 1;
			while (end < rows.length && indentOf(rows[end]) > head) end++;
			if (runStart === -1) runStart = i;
			i = end;
			continue;
		}
		const indent = indentOf(row);
		const content = indent === 0 ? row : row.slice(indent);
		if (NOTATION.test(content) || LINE_START.test(content)) {
			if (runStart === -1) runStart = i;
		} else {
			flush(i);
			const line: Line = { indent, type: "line", nodes: content === "" ? [] : [{ type: "plain", raw: content, text: content }] };
			blocks.push(line);
		}
		i++;
	}
	flush(rows.length);
	return blocks;
}
