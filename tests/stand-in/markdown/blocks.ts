/**
 * A CommonMark-style block parser, good enough for the notes this plugin
 * reads: container blocks (block quotes, list items nested by indentation,
 * tabs counting to the next multiple of four), lazy continuation lines,
 * fenced and indented code, ATX and setext headings, thematic breaks, GFM
 * tables, `$$` maths and frontmatter. Every block keeps its 0-based line range,
 * which the renderer uses for sections and the metadata cache for positions.
 *
 * Not modelled: HTML blocks (HTML lines are paragraphs, whose inline HTML is
 * handled by the inline renderer), link reference definitions, footnote
 * definitions (kept as paragraphs).
 */

export interface BlockBase {
	lineStart: number;
	lineEnd: number;
}
export interface Heading extends BlockBase {
	type: "heading";
	level: number;
	text: string;
}
export interface Paragraph extends BlockBase {
	type: "paragraph";
	lines: string[];
}
export interface Code extends BlockBase {
	type: "code";
	fenced: boolean;
	info: string;
	lang: string;
	content: string;
	closed: boolean;
	fenceChar?: string;
	fenceLength?: number;
	fenceIndent?: number;
}
export interface Math extends BlockBase {
	type: "math";
	content: string;
	closed: boolean;
}
export interface ThematicBreak extends BlockBase {
	type: "thematicBreak";
}
export interface Table extends BlockBase {
	type: "table";
	align: ("left" | "center" | "right" | null)[];
	header: string[];
	rows: string[][];
}
export interface Blockquote extends BlockBase {
	type: "blockquote";
	children: Block[];
}
export interface ListItem extends BlockBase {
	type: "listItem";
	children: Block[];
	/** The marker as written: `-`, `*`, `+`, `1.`, `2)`. */
	marker: string;
	/** Column where the marker starts (relative to its container). */
	markerIndent: number;
	contentIndent: number;
	/** The task character (`" "`, `"x"`, …) when the item is a task. */
	task?: string;
	/** Set when a blank line separates this item's children or follows it inside the list. */
	endsWithBlank: boolean;
	hadBlankInside: boolean;
}
export interface List extends BlockBase {
	type: "list";
	ordered: boolean;
	start: number;
	bulletChar: string;
	items: ListItem[];
	loose: boolean;
}
export interface Frontmatter extends BlockBase {
	type: "frontmatter";
	content: string;
}
export type Block = Heading | Paragraph | Code | Math | ThematicBreak | Table | Blockquote | List | Frontmatter;
export interface Document {
	type: "document";
	children: Block[];
	lines: string[];
	/** Index of the first line after the frontmatter (0 when there is none). */
	bodyStart: number;
}

type Container = Document | Blockquote | ListItem;
type Leaf = Paragraph | Code | Math | Table;

/** Expands tabs in the leading whitespace to the next multiple of four, from `column`. */
function expandLeading(text: string, column: number): string {
	let out = "";
	let col = column;
	let i = 0;
	for (; i < text.length; i++) {
		const ch = text[i];
		if (ch === " ") {
			out += " ";
			col++;
		} else if (ch === "\t") {
			const width = 4 - (col % 4);
			out += " ".repeat(width);
			col += width;
		} else break;
	}
	return out + text.slice(i);
}

function indentOf(text: string): number {
	let n = 0;
	while (n < text.length && text[n] === " ") n++;
	return n;
}

const isBlank = (text: string): boolean => /^[ \t]*$/.test(text);
const THEMATIC = /^ {0,3}((?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const BULLET = /^( {0,3})([-+*])([ \t]+|$)(.*)$/;
const ORDERED = /^( {0,3})(\d{1,9})([.)])([ \t]+|$)(.*)$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** Splits a table row into cells (outer pipes optional, `\|` escapes a pipe). */
export function splitTableRow(line: string): string[] {
	let text = line.trim();
	if (text.startsWith("|")) text = text.slice(1);
	if (text.endsWith("|") && !text.endsWith("\\|")) text = text.slice(0, -1);
	const cells: string[] = [];
	let current = "";
	for (let i = 0; i < text.length; i++) {
		if (text[i] === "\\" && text[i + 1] === "|") {
			current += "|";
			i++;
		} else if (text[i] === "|") {
			cells.push(current.trim());
			current = "";
		} else current += text[i];
	}
	cells.push(current.trim());
	return cells;
}

interface ListStart {
	ordered: boolean;
	marker: string;
	bulletChar: string;
	start: number;
	markerIndent: number;
	contentIndent: number;
	rest: string;
	emptyItem: boolean;
}

function matchListStart(line: string): ListStart | null {
	if (THEMATIC.test(line)) return null;
	const bullet = BULLET.exec(line);
	const ordered = bullet ? null : ORDERED.exec(line);
	if (!bullet && !ordered) return null;
	const markerIndent = (bullet ?? ordered)![1].length;
	const marker = bullet ? bullet[2] : `${ordered![2]}${ordered![3]}`;
	const spacing = bullet ? bullet[3] : ordered![4];
	const rest = bullet ? bullet[4] : ordered![5];
	const emptyItem = isBlank(rest);
	const spaces = expandLeading(spacing, markerIndent + marker.length).length;
	// Five or more spaces after the marker: the content is indented code, so it starts one column after.
	const gap = emptyItem || spaces > 4 ? 1 : spaces;
	return {
		ordered: !!ordered,
		marker,
		bulletChar: bullet ? bullet[2] : ordered![3],
		start: ordered ? Number(ordered[2]) : 1,
		markerIndent,
		contentIndent: markerIndent + marker.length + gap,
		rest: spaces > 4 ? " ".repeat(spaces - 1) + rest : rest,
		emptyItem,
	};
}

class Parser {
	private readonly doc: Document;
	private stack: Container[];
	private leaf: Leaf | null = null;
	private lineNo = 0;

	constructor(lines: string[], bodyStart: number) {
		this.doc = { type: "document", children: [], lines, bodyStart };
		this.stack = [this.doc];
	}

	private top(): Container {
		return this.stack[this.stack.length - 1];
	}

	private childrenOf(container: Container): Block[] {
		return container.type === "document" ? container.children : container.children;
	}

	private lastChild(container: Container): Block | undefined {
		const children = this.childrenOf(container);
		return children[children.length - 1];
	}

	private extendContainers(line: number): void {
		for (const c of this.stack) if (c.type !== "document") c.lineEnd = line;
	}

	private closeLeaf(): void {
		this.leaf = null;
	}

	private closeContainersFrom(index: number): void {
		if (index < this.stack.length) this.closeLeaf();
		this.stack = this.stack.slice(0, index);
	}

	private add(block: Block): void {
		this.childrenOf(this.top()).push(block);
	}

	/** Is `rest` the start of a block that can interrupt a paragraph? */
	private interruptsParagraph(rest: string): boolean {
		if (isBlank(rest)) return true;
		if (THEMATIC.test(rest) || ATX.test(rest) || FENCE.test(rest) || /^ {0,3}>/.test(rest) || /^ {0,3}\$\$/.test(rest)) return true;
		const list = matchListStart(rest);
		return !!list && !list.emptyItem && (!list.ordered || list.start === 1);
	}

	run(): Document {
		const { lines } = this.doc;
		for (this.lineNo = this.doc.bodyStart; this.lineNo < lines.length; this.lineNo++) this.processLine(lines[this.lineNo]);
		return this.doc;
	}

	private processLine(raw: string): void {
		const n = this.lineNo;
		let rest = expandLeading(raw, 0);
		let matched = 1;

		// 1. Which open containers does this line continue?
		for (let i = 1; i < this.stack.length; i++) {
			const c = this.stack[i];
			if (c.type === "blockquote") {
				const m = /^ {0,3}>( ?)/.exec(rest);
				if (!m) break;
				rest = expandLeading(rest.slice(m[0].length), 0);
			} else if (c.type === "listItem") {
				if (isBlank(rest)) {
					// A blank line continues an item unless the item is still empty.
					if (c.children.length === 0 && this.leaf === null) break;
					rest = "";
				} else if (indentOf(rest) >= c.contentIndent) rest = rest.slice(c.contentIndent);
				else break;
			}
			matched = i + 1;
		}

		// 2. Inside an open fenced code or maths block, the line belongs to it.
		if (this.leaf && matched === this.stack.length) {
			if (this.leaf.type === "code" && this.leaf.fenced) {
				this.continueFence(this.leaf, rest, n);
				return;
			}
			if (this.leaf.type === "math") {
				this.continueMath(this.leaf, rest, n);
				return;
			}
		}

		// 3. Lazy continuation: an unmatched line that carries on an open paragraph.
		// A list marker of any number continues an open list rather than the paragraph.
		const inList = this.stack.slice(matched).some((c) => c.type === "listItem");
		const listContinues = inList && !!matchListStart(rest) && !matchListStart(rest)?.emptyItem;
		if (matched < this.stack.length && this.leaf?.type === "paragraph" && !listContinues && !this.interruptsParagraph(rest) && !SETEXT.test(rest)) {
			this.leaf.lines.push(rest);
			this.leaf.lineEnd = n;
			this.extendContainers(n);
			return;
		}
		if (matched < this.stack.length) this.closeContainersFrom(matched);

		// 4. Open new containers.
		for (;;) {
			const quote = /^ {0,3}>( ?)/.exec(rest);
			if (quote) {
				this.closeLeaf();
				const block: Blockquote = { type: "blockquote", children: [], lineStart: n, lineEnd: n };
				this.add(block);
				this.stack.push(block);
				rest = expandLeading(rest.slice(quote[0].length), 0);
				continue;
			}
			const list = indentOf(rest) < 4 ? matchListStart(rest) : null;
			if (list && !(this.leaf?.type === "paragraph" && (list.emptyItem || (list.ordered && list.start !== 1)))) {
				this.openListItem(list, n);
				rest = list.rest;
				continue;
			}
			break;
		}

		this.extendContainers(n);
		this.addLeafLine(rest, n);
	}

	private openListItem(list: ListStart, n: number): void {
		this.closeLeaf();
		const container = this.top();
		const last = this.lastChild(container);
		let target: List;
		if (last?.type === "list" && last.ordered === list.ordered && last.bulletChar === list.bulletChar) {
			target = last;
			const previous = target.items[target.items.length - 1];
			if (previous?.endsWithBlank) target.loose = true;
		} else {
			target = { type: "list", ordered: list.ordered, start: list.start, bulletChar: list.bulletChar, items: [], loose: false, lineStart: n, lineEnd: n };
			this.add(target);
		}
		let content = list.rest;
		let task: string | undefined;
		const taskMatch = /^\[(.)\](?:[ \t]+|$)/.exec(content);
		if (taskMatch) {
			task = taskMatch[1];
			content = content.slice(taskMatch[0].length);
		}
		const item: ListItem = {
			type: "listItem",
			children: [],
			marker: list.marker,
			markerIndent: list.markerIndent,
			contentIndent: list.contentIndent,
			task,
			endsWithBlank: false,
			hadBlankInside: false,
			lineStart: n,
			lineEnd: n,
		};
		target.items.push(item);
		target.lineEnd = n;
		this.stack.push(item);
		list.rest = task !== undefined ? content : list.rest;
	}

	private noteBlank(): void {
		for (const c of this.stack) if (c.type === "listItem") c.endsWithBlank = true;
	}

	private noteContent(): void {
		for (const c of this.stack) {
			if (c.type === "listItem") {
				if (c.endsWithBlank && c.children.length > 0) c.hadBlankInside = true;
				c.endsWithBlank = false;
			}
		}
	}

	private addLeafLine(rest: string, n: number): void {
		const container = this.top();
		if (isBlank(rest)) {
			if (this.leaf?.type === "code" && !this.leaf.fenced) {
				this.leaf.content += "\n";
				return;
			}
			this.closeLeaf();
			this.noteBlank();
			return;
		}
		this.noteContent();
		const leaf = this.leaf;

		// Indented code: four columns, never interrupting a paragraph.
		if (indentOf(rest) >= 4 && leaf?.type !== "paragraph" && leaf?.type !== "table") {
			if (leaf?.type === "code" && !leaf.fenced) {
				leaf.content += `${rest.slice(4)}\n`;
				leaf.lineEnd = n;
				this.trimBlock(leaf);
				return;
			}
			this.closeLeaf();
			const code: Code = { type: "code", fenced: false, info: "", lang: "", content: `${rest.slice(4)}\n`, closed: true, lineStart: n, lineEnd: n };
			this.add(code);
			this.leaf = code;
			return;
		}
		if (leaf?.type === "code" && !leaf.fenced) {
			leaf.content = leaf.content.replace(/\n+$/, "\n");
			this.closeLeaf();
		}

		const fence = FENCE.exec(rest);
		if (fence && !(fence[2][0] === "`" && fence[3].includes("`"))) {
			this.closeLeaf();
			const info = fence[3].trim();
			const code: Code = {
				type: "code",
				fenced: true,
				info,
				lang: info.split(/\s+/)[0] ?? "",
				content: "",
				closed: false,
				fenceChar: fence[2][0],
				fenceLength: fence[2].length,
				fenceIndent: fence[1].length,
				lineStart: n,
				lineEnd: n,
			};
			this.add(code);
			this.leaf = code;
			return;
		}
		if (/^ {0,3}\$\$/.test(rest)) {
			this.closeLeaf();
			const after = rest.trim().slice(2);
			const math: Math = { type: "math", content: "", closed: false, lineStart: n, lineEnd: n };
			this.add(math);
			if (after.endsWith("$$") && after.length >= 2) {
				math.content = after.slice(0, -2);
				math.closed = true;
			} else {
				math.content = after;
				this.leaf = math;
			}
			return;
		}
		if (leaf?.type === "paragraph") {
			const setext = SETEXT.exec(rest);
			if (setext && leaf.lines.length > 0) {
				const children = this.childrenOf(container);
				children[children.indexOf(leaf)] = {
					type: "heading",
					level: setext[1][0] === "=" ? 1 : 2,
					text: leaf.lines.join("\n").trim(),
					lineStart: leaf.lineStart,
					lineEnd: n,
				};
				this.closeLeaf();
				return;
			}
		}
		const atx = ATX.exec(rest);
		if (atx) {
			this.closeLeaf();
			this.add({ type: "heading", level: atx[1].length, text: (atx[2] ?? "").trim(), lineStart: n, lineEnd: n });
			return;
		}
		if (THEMATIC.test(rest)) {
			this.closeLeaf();
			this.add({ type: "thematicBreak", lineStart: n, lineEnd: n });
			return;
		}
		if (leaf?.type === "paragraph" && leaf.lines.length === 1 && TABLE_DELIMITER.test(rest) && rest.includes("-")) {
			const header = splitTableRow(leaf.lines[0]);
			const delimiters = splitTableRow(rest);
			if (header.length === delimiters.length && (leaf.lines[0].includes("|") || rest.includes("|"))) {
				const table: Table = {
					type: "table",
					align: delimiters.map((d) => (d.startsWith(":") && d.endsWith(":") ? "center" : d.endsWith(":") ? "right" : d.startsWith(":") ? "left" : null)),
					header,
					rows: [],
					lineStart: leaf.lineStart,
					lineEnd: n,
				};
				const children = this.childrenOf(container);
				children[children.indexOf(leaf)] = table;
				this.leaf = table;
				return;
			}
		}
		if (leaf?.type === "table") {
			if (rest.includes("|") && !this.interruptsParagraph(rest)) {
				const cells = splitTableRow(rest);
				leaf.rows.push(leaf.header.map((_, i) => cells[i] ?? ""));
				leaf.lineEnd = n;
				return;
			}
			this.closeLeaf();
		}
		if (leaf?.type === "paragraph") {
			leaf.lines.push(rest);
			leaf.lineEnd = n;
			return;
		}
		const paragraph: Paragraph = { type: "paragraph", lines: [rest], lineStart: n, lineEnd: n };
		this.add(paragraph);
		this.leaf = paragraph;
	}

	private trimBlock(code: Code): void {
		code.closed = true;
	}

	private continueFence(code: Code, rest: string, n: number): void {
		this.extendContainers(n);
		const close = /^( {0,3})(`{3,}|~{3,})[ \t]*$/.exec(rest);
		if (close && close[2][0] === code.fenceChar && close[2].length >= (code.fenceLength ?? 3)) {
			code.closed = true;
			code.lineEnd = n;
			this.closeLeaf();
			return;
		}
		let line = rest;
		let strip = code.fenceIndent ?? 0;
		while (strip > 0 && line.startsWith(" ")) {
			line = line.slice(1);
			strip--;
		}
		code.content += `${line}\n`;
		code.lineEnd = n;
	}

	private continueMath(math: Math, rest: string, n: number): void {
		this.extendContainers(n);
		math.lineEnd = n;
		const trimmed = rest.trimEnd();
		if (trimmed.endsWith("$$")) {
			math.content += (math.content ? "\n" : "") + trimmed.slice(0, -2);
			math.closed = true;
			this.closeLeaf();
			return;
		}
		math.content += (math.content ? "\n" : "") + rest;
	}
}

/** Where the frontmatter ends: the line after its closing `---`, or 0 when there is none. */
export function frontmatterEnd(lines: string[]): number {
	if (lines[0]?.trimEnd() !== "---") return 0;
	for (let i = 1; i < lines.length; i++) if (/^(---|\.\.\.)\s*$/.test(lines[i])) return i + 1;
	return 0;
}

export function splitLines(text: string): string[] {
	return text.split(/\r\n|\r|\n/);
}

/** Parses a note into blocks. The frontmatter, when present, is the first block. */
export function parseBlocks(text: string): Document {
	const lines = splitLines(text);
	const bodyStart = frontmatterEnd(lines);
	const doc = new Parser(lines, bodyStart).run();
	for (const block of doc.children) finishList(block);
	if (bodyStart > 0) {
		doc.children.unshift({ type: "frontmatter", content: lines.slice(1, bodyStart - 1).join("\n"), lineStart: 0, lineEnd: bodyStart - 1 });
	}
	return doc;
}

/** Settles looseness and trims trailing blank lines from list ranges. */
function finishList(block: Block): void {
	if (block.type === "blockquote") block.children.forEach(finishList);
	if (block.type !== "list") return;
	for (const item of block.items) {
		if (item.hadBlankInside && item.children.length > 1) block.loose = true;
		item.children.forEach(finishList);
		item.lineEnd = lastContentLine(item);
	}
	block.lineEnd = block.items[block.items.length - 1].lineEnd;
}

function lastContentLine(block: Block | ListItem): number {
	if (block.type === "listItem" || block.type === "blockquote") {
		const last = block.children[block.children.length - 1];
		return last ? Math.max(block.lineStart, lastContentLine(last)) : block.lineStart;
	}
	if (block.type === "list") return lastContentLine(block.items[block.items.length - 1]);
	return block.lineEnd;
}

/** The last line of a top-level block, ignoring trailing blank lines inside containers. */
export function blockEnd(block: Block): number {
	return lastContentLine(block);
}
