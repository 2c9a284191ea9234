/** Line-level helpers shared by the Markdown and raw-notation scanners. */
import type { LineRange, QuoteLine, QuoteParagraph } from "./types";

/** Splits a note into lines on LF, CRLF or CR; a leading byte-order mark is dropped. */
export function splitLines(text: string): string[] {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	return body.split(/\r\n|\n|\r/);
}

/** Accepts a note's text or its lines (CodeMirror's `doc.toJSON()` gives lines without copying). */
export function toLines(source: string | readonly string[]): readonly string[] {
	return typeof source === "string" ? splitLines(source) : source;
}

/** YAML frontmatter: `---` on the first line, closed by `---` or `...`. Unclosed is not frontmatter. */
export function findFrontmatter(lines: readonly string[]): LineRange | null {
	if (lines.length < 2 || lines[0].trimEnd() !== "---") return null;
	for (let i = 1; i < lines.length; i++) {
		const t = lines[i].trimEnd();
		if (t === "---" || t === "...") return { from: 0, to: i };
	}
	return null;
}

export function isSpaceCode(code: number): boolean {
	return code === 32 || code === 9;
}

/** The index of the first character that is not a space or tab (the line length when blank). */
export function firstNonSpace(line: string): number {
	let i = 0;
	while (i < line.length && isSpaceCode(line.charCodeAt(i))) i++;
	return i;
}

/** The visual column of `index` in `line`, tabs advancing to the next multiple of 4 (as CommonMark does). */
export function columnOf(line: string, index: number): number {
	let col = 0;
	for (let i = 0; i < index; i++) col = line.charCodeAt(i) === 9 ? col + 4 - (col % 4) : col + 1;
	return col;
}

/** Splits a block's lines into paragraphs at blank `>` lines. */
export function paragraphsOf(quoteLines: QuoteLine[]): QuoteParagraph[] {
	const out: QuoteParagraph[] = [];
	let current: QuoteLine[] = [];
	const flush = () => {
		if (current.length > 0) out.push({ from: current[0].line, to: current[current.length - 1].line, lines: current });
		current = [];
	};
	for (const q of quoteLines) {
		if (q.text === "") flush();
		else current.push(q);
	}
	flush();
	return out;
}
