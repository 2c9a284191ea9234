/**
 * One Scrapbox page's lines → the body of an Obsidian note.
 *
 * Structure, chosen so the note reads as the page did and matches the shape
 * other Scrapbox converters produce (REFERENCE §3):
 * - Unindented lines are paragraph lines, one Markdown line each (Obsidian shows
 *   single line breaks); `> ` quotes; `[** x]`-only lines become headings.
 * - Indented lines become `- ` bullets nested by 4 spaces, each under the
 *   nearest less-indented line before it (a jump of several levels nests one
 *   level deeper, the most Markdown can show). Quotes at any indent are `- > `.
 * - Numbered lines (`1. x`) become ordered items; a number that does not follow
 *   its sibling's starts a new list (by switching `.` and `)`), so reading view
 *   shows the numbers as written.
 * - `code:` blocks are fenced, labelled with their file name, fenced in the list
 *   item they belong to; `table:` blocks become Markdown tables (first row as
 *   header). Blank lines are added only where Markdown would otherwise run two
 *   blocks together (lazy continuation, tables).
 * - Control characters (other than tab) are removed; the caller reports how many.
 */
import type { Block, Line, Node } from "../scrapbox/parse";
import { indentOf, parseRows } from "./blocks";
import { codeFence, codeSpan, escapeText } from "./escape";
import { renderDecoration, renderInline, type InlineContext } from "./inline";
import type { HeadingLevel } from "./options";

export interface ConvertSettings extends InlineContext {
	headingLevels: Partial<Record<number, HeadingLevel>>;
	/** Line ids that links point at: those lines get a `^id` block id. */
	anchoredLineIds: ReadonlySet<string> | undefined;
}

export interface ConvertedBody {
	markdown: string;
	/** Control characters removed from the text. */
	removedControlCharacters: number;
}

const INDENT_UNIT = 4;
// C0 controls except tab, DEL and C1 controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_TEST = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SUSPECT = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/** Removes control characters and unpaired surrogates from one line. */
export function cleanLine(text: string, counter: { removed: number }): string {
	if (!SUSPECT.test(text)) return text;
	let out = text;
	if (CONTROL_TEST.test(out)) {
		out = out.replace(CONTROL, (c) => {
			counter.removed++;
			// A line break inside a line would split it in two; a space keeps the words apart.
			return c === "\n" || c === "\r" ? " " : "";
		});
	}
	if (/[\uD800-\uDFFF]/.test(out)) out = out.replace(LONE_SURROGATE, (m) => (m.length === 2 ? m : "\uFFFD"));
	return out;
}

/** One open list level. */
interface Level {
	/** The Scrapbox indent of the line that opened it. */
	indent: number;
	markerColumn: number;
	contentColumn: number;
}

/** The last item written at a depth, for ordered-list numbering. */
interface Sibling {
	ordered: boolean;
	number: number;
	delimiter: "." | ")";
}

type Last = "start" | "blank" | "paragraph" | "quote" | "heading" | "item" | "block";

const BULLET: Sibling = { ordered: false, number: 0, delimiter: "." };
const PADS: string[] = [];

/** `n` spaces, built once per width. */
function spaces(n: number): string {
	let pad = PADS[n];
	if (pad === undefined) {
		pad = " ".repeat(n);
		if (n < 4096) PADS[n] = pad;
	}
	return pad;
}


/**
 * Converts a page. `lines` are the page's lines including the title line
 * (`lines[0]`), which is skipped: the title lives in the file name and properties.
 */
export function convertLines(lines: readonly string[], lineIds: readonly string[] | undefined, settings: ConvertSettings): ConvertedBody {
	const counter = { removed: 0 };
	// The title line is not written, so what is removed from it is not counted.
	let cleaned: readonly string[] = lines;
	for (let i = 0; i < lines.length; i++) {
		const clean = cleanLine(lines[i], i === 0 ? { removed: 0 } : counter);
		if (clean !== lines[i]) {
			if (cleaned === lines) cleaned = lines.slice();
			(cleaned as string[])[i] = clean;
		}
	}
	const blocks = parseRows(cleaned);
	const rowIds = lineIds && settings.anchoredLineIds && settings.anchoredLineIds.size > 0 ? blockLineIds(cleaned, lineIds, blocks, settings.anchoredLineIds) : undefined;
	const out = new Writer();
	const levels: Level[] = [];
	let siblings: Sibling[] = [];
	let topOrdered: Sibling | undefined;
	let last: Last = "start";

	for (let b = 0; b < blocks.length; b++) {
		const block = blocks[b];
		if (block.type === "title") continue;
		const anchor = rowIds ? rowIds[b] : undefined;
		const suffix = anchor ? ` ^${anchor}` : "";

		if (block.type === "line" && block.nodes.length === 0) {
			// An empty (or whitespace-only) line: a blank line, as much space as Scrapbox shows.
			out.line("");
			last = "blank";
			continue;
		}

		if (block.indent === 0) {
			levels.length = 0;
			siblings = [];
			const kind = block.type === "line" ? lineKind(block, settings) : undefined;
			if (kind?.type !== "ordered") topOrdered = undefined;
			if (kind === undefined) {
				if (last === "item" || last === "quote") out.line("");
				last = writeBlock(out, block as Exclude<Block, { type: "title" } | Line>, "", 0, suffix, settings);
			} else if (kind.type === "quote") {
				out.line(quotePrefix((block as Line).nodes[0], settings) + suffix);
				last = "quote";
			} else if (kind.type === "heading") {
				out.line(`${"#".repeat(kind.level)} ${kind.text}${suffix}`);
				last = "heading";
			} else if (kind.type === "ordered") {
				// Only an item numbered 1 may interrupt a paragraph; others would run into it.
				if ((last === "paragraph" || last === "quote") && kind.number !== 1) out.line("");
				const delimiter = nextDelimiter(topOrdered, kind.number);
				topOrdered = { ordered: true, number: kind.number, delimiter };
				const marker = `${kind.number}${delimiter} `;
				levels.push({ indent: 0, markerColumn: 0, contentColumn: marker.length });
				out.line(marker + (kind.text === "" ? "&nbsp;" : kind.text) + suffix);
				last = "item";
			} else {
				// After a list or quote an unindented line would be read as its continuation.
				if (last === "item" || last === "quote") out.line("");
				out.line(kind.text + suffix);
				last = "paragraph";
			}
			continue;
		}

		// An indented line: a list item under the nearest less-indented open item.
		while (levels.length > 0 && levels[levels.length - 1].indent >= block.indent) levels.pop();
		const depth = levels.length;
		const parent = depth > 0 ? levels[depth - 1] : undefined;
		const markerColumn = parent ? Math.max(parent.markerColumn + INDENT_UNIT, parent.contentColumn) : 0;
		if (siblings.length > depth + 1) siblings.length = depth + 1;
		const previous = siblings[depth];
		const pad = spaces(markerColumn);

		if (block.type === "line") {
			const kind = lineKind(block, settings);
			let marker = "- ";
			if (kind.type === "ordered") {
				const delimiter = nextDelimiter(previous, kind.number);
				marker = `${kind.number}${delimiter} `;
				siblings[depth] = { ordered: true, number: kind.number, delimiter };
				if (depth === 0 && (last === "paragraph" || last === "quote") && kind.number !== 1) out.line("");
			} else siblings[depth] = BULLET;
			let text: string;
			if (kind.type === "quote") text = quotePrefix(block.nodes[0], settings);
			else if (kind.type === "heading") text = `${"#".repeat(kind.level)} ${kind.text}`;
			else text = kind.text;
			// An empty item could turn the paragraph above into a heading (`-` under a line); keep it visibly blank.
			if (text === "") text = "&nbsp;";
			levels.push({ indent: block.indent, markerColumn, contentColumn: markerColumn + marker.length });
			out.line(pad + marker + text + suffix);
			last = "item";
		} else {
			siblings[depth] = BULLET;
			const contentColumn = markerColumn + 2;
			levels.push({ indent: block.indent, markerColumn, contentColumn });
			last = writeBlock(out, block, pad + "- ", contentColumn, suffix, settings);
		}
	}
	return { markdown: out.finish(), removedControlCharacters: counter.removed };
}

/**
 * An ordered item continues its sibling's list when it takes the next number;
 * otherwise switching between `.` and `)` starts a new list at its own number.
 */
function nextDelimiter(previous: Sibling | undefined, number: number): "." | ")" {
	if (!previous || !previous.ordered) return ".";
	if (number === previous.number + 1) return previous.delimiter;
	return previous.delimiter === "." ? ")" : ".";
}

type LineKind =
	| { type: "quote" }
	| { type: "heading"; level: number; text: string }
	| { type: "ordered"; number: number; text: string }
	| { type: "text"; text: string };

function lineKind(line: Line, settings: ConvertSettings): LineKind {
	const nodes = line.nodes;
	const only = nodes.length === 1 ? nodes[0] : undefined;
	// About half of all lines are plain text: escape them directly.
	if (only?.type === "plain") return { type: "text", text: escapeText(only.text.trimStart(), true).trimEnd() };
	if (only?.type === "quote") return { type: "quote" };
	if (only?.type === "numberList" && only.number <= 999999999 && /^[0-9]+$/.test(only.rawNumber)) {
		return { type: "ordered", number: only.number, text: lineText(only.nodes, settings) };
	}
	const heading = headingOf(nodes, settings);
	if (heading) return heading;
	return { type: "text", text: lineText(nodes, settings) };
}

/** A line that is only a `[** x]` decoration (spaces aside) whose size maps to a heading. */
function headingOf(nodes: readonly Node[], settings: ConvertSettings): LineKind | undefined {
	let node: Node | undefined;
	for (const n of nodes) {
		if (n.type === "plain" && n.text.trim() === "") continue;
		if (node !== undefined || n.type !== "decoration") return undefined;
		node = n;
	}
	if (node === undefined || node.type !== "decoration") return undefined;
	const star = node.decos.find((d) => d.startsWith("*-"));
	if (!star) return undefined;
	const level = headingLevelFor(Number(star.slice(2)), settings.headingLevels);
	if (level === undefined) return undefined;
	const rendered = renderDecoration(node, settings, false, level);
	const text = typeof rendered === "string" ? rendered : rendered.marker + rendered.inner + rendered.marker;
	const trimmed = text.trim();
	if (trimmed === "") return undefined;
	return { type: "heading", level, text: trimmed };
}

/** The heading for a star count: its own mapping, else the largest mapped size below it. */
export function headingLevelFor(stars: number, mapping: Partial<Record<number, HeadingLevel>>): HeadingLevel | undefined {
	for (let s = stars; s >= 1; s--) {
		const level = mapping[s];
		if (level !== undefined) return level;
	}
	return undefined;
}

function lineText(nodes: readonly Node[], settings: ConvertSettings): string {
	return loneTag(renderInline(nodes, settings, true, false).trimEnd());
}

/**
 * A line holding one HTML tag alone (a lone icon) would start a raw HTML block
 * that swallows the following lines; wrapped in a span it stays inline.
 */
function loneTag(text: string): string {
	return text.charCodeAt(0) === 60 && /^<img [^>]*>$/.test(text) ? `<span>${text}</span>` : text;
}

function quotePrefix(node: Node, settings: ConvertSettings): string {
	if (node.type !== "quote") return "> ";
	const text = lineText(node.nodes, settings);
	return text === "" ? ">" : `> ${text}`;
}

/** Code blocks and tables. `lead`: what precedes the label on its line (`- ` in a list). */
function writeBlock(out: Writer, block: Exclude<Block, { type: "title" } | Line>, lead: string, contentColumn: number, suffix: string, settings: ConvertSettings): Last {
	const pad = " ".repeat(contentColumn);
	if (block.type === "codeBlock") {
		const name = block.fileName.trim();
		out.line(lead + codeSpan(name === "" ? "code:" : name) + suffix);
		const fence = codeFence(block.content);
		out.line(pad + fence + codeLanguage(name));
		if (block.content !== "") for (const line of block.content.split("\n")) out.line(line === "" ? "" : pad + line);
		out.line(pad + fence);
		return lead === "" ? "block" : "item";
	}
	const name = block.fileName.trim();
	out.line(lead + codeSpan(name === "" ? "table:" : name) + suffix);
	const rows = block.cells.map((row) => row.map((cell) => renderInline(cell, settings, true, true).trim()));
	if (rows.length > 0) {
		const width = Math.max(1, ...rows.map((r) => r.length));
		out.line("");
		rows.forEach((row, index) => {
			const cells: string[] = [];
			for (let c = 0; c < width; c++) cells.push(row[c] ?? "");
			out.line(`${pad}| ${cells.join(" | ")} |`.replace(/ +$/, ""));
			if (index === 0) out.line(`${pad}|${" --- |".repeat(width)}`);
		});
		out.line("");
		return "blank";
	}
	return lead === "" ? "block" : "item";
}

/**
 * The fence language for a code block's file name: Scrapbox takes it from
 * `name(lang)`, else the extension, else the whole name (`code:js`). Only a
 * letter followed by letters, digits and `+#-` is kept (`script.js__` occurs).
 */
export function codeLanguage(fileName: string): string {
	let lang = "";
	const paren = /\(([^()]*)\)\s*$/.exec(fileName);
	if (paren) lang = paren[1];
	else {
		const dot = fileName.lastIndexOf(".");
		lang = dot === -1 ? fileName : fileName.slice(dot + 1);
	}
	const match = /^[A-Za-z][A-Za-z0-9+#-]*/.exec(lang.trim());
	return match ? match[0].toLowerCase() : "";
}

/**
 * Which line id each block carries: blocks are matched back to the page's lines
 * the way the parser groups them (a `code:`/`table:` line takes the following
 * more-indented lines), so a block's id is its first line's.
 */
function blockLineIds(lines: readonly string[], ids: readonly string[], blocks: readonly Block[], wanted: ReadonlySet<string>): (string | undefined)[] {
	const result = new Array<string | undefined>(blocks.length);
	let row = 0;
	for (let b = 0; b < blocks.length && row < lines.length; b++) {
		const block = blocks[b];
		const id = ids[row];
		if (id && wanted.has(id) && /^[A-Za-z0-9-]+$/.test(id)) result[b] = id;
		const head = indentOf(lines[row]);
		row++;
		if (block.type === "codeBlock" || block.type === "table") {
			while (row < lines.length && indentOf(lines[row]) > head) row++;
		}
	}
	return result;
}

/** Collects output lines; leading and trailing blank lines are dropped. */
class Writer {
	// An array joined once: a string grown line by line would have to be flattened later, which costs more.
	private readonly lines: string[] = [];
	private blanks = 0;
	line(line: string): void {
		if (line === "") {
			if (this.lines.length > 0) this.blanks++;
			return;
		}
		for (; this.blanks > 0; this.blanks--) this.lines.push("");
		this.lines.push(line);
	}
	finish(): string {
		return this.lines.join("\n");
	}
}

