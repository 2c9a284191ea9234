/**
 * Putting a footer on a note: replace the footer it has (any recognised form),
 * or append one after a `---` line. Never a second footer, and applying the
 * same footer twice gives the same text as applying it once.
 */
import { locateFooter, type FooterParseOptions } from "./footer";

/**
 * Returns `text` with `footer` (one line, e.g. from `formatFooter`) as its
 * footer. The result ends `…body\n\n---\n<footer>\n`; lines that followed an old
 * footer are kept after the new one. A blank line always precedes `---`, so
 * the separator is a thematic break and never turns the last body line into a
 * heading.
 */
export function replaceFooter(text: string, footer: string, options: FooterParseOptions = {}): string {
	const source = typeof text === "string" ? text : "";
	const line = footer.replace(/\s*[\r\n]+\s*/g, " ").trim();
	const eol = source.includes("\r\n") ? "\r\n" : "\n";
	const found = locateFooter(source, options, [line]);
	let head: string;
	let tail: string;
	if (found) {
		head = source.slice(0, found.separatorStart ?? found.lineStart);
		tail = source.slice(found.lineEnd).replace(/^\r?\n/, "");
	} else {
		head = source;
		tail = "";
	}
	head = trimTrailingBlankLines(head);
	if (tail.trim() === "") tail = "";
	else if (!/\n$/.test(tail)) tail = tail.replace(/\r+$/, "") + eol;
	// An empty body: a leading `---` would open a frontmatter block, so the footer stands alone.
	if (head === "") return line + eol + tail;
	return head + eol + eol + "---" + eol + line + eol + tail;
}

/** Drops trailing blank lines and the last line break; a content line keeps its own trailing spaces. */
function trimTrailingBlankLines(text: string): string {
	let end = text.length;
	while (end > 0) {
		const lineStart = text.lastIndexOf("\n", end - 1) + 1;
		if (text.slice(lineStart, end).trim() !== "") break;
		if (lineStart === 0) return "";
		end = lineStart - 1;
		if (end > 0 && text.charCodeAt(end - 1) === 13) end--;
	}
	// A carriage return left at the very end belongs to the line break, not to the line.
	while (end > 0 && text.charCodeAt(end - 1) === 13) end--;
	return end > 0 ? text.slice(0, end) : "";
}
