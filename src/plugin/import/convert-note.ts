/**
 * "Convert Scrapbox notation to Markdown" for one note of raw Scrapbox text.
 * Pure: no `obsidian`.
 *
 * The note is converted as a one-page export with the importer's converter,
 * so it reads exactly as an imported page would. The first line is the page
 * title when the note is named after it (it is then the inline title and
 * leaves the body); otherwise the file name is the title and the first line
 * stays in the body. Properties the note already has are kept as written; the
 * importer's own (title, import hash) are not added.
 *
 * The original stays recoverable: it is kept, exactly, at the end of the note
 * in a ```scrapbox-original code block under a `%% … %%` comment saying what
 * it is. Deleting the two finishes the job; copying the block's text back
 * restores the note.
 */
import { ORIGINAL_FENCE, ORIGINAL_LANGUAGE, originalFenceLine, planImport, readExportData, sanitizeFileName, type HeadingLevel, type ImportProblem } from "../../core/import";

export { ORIGINAL_LANGUAGE };

export interface RawConversionOptions {
	/** The project for icons and URLs, when the note says (`scrapbox_project`). */
	project?: string;
	hashtags?: "tags" | "links";
	icons?: "images" | "links";
	headingLevels?: Partial<Record<number, HeadingLevel>>;
	/** The comment above the kept original, in the user's language. */
	originalComment: string;
}

export type RawConversion = { ok: true; text: string; warnings: ImportProblem[] } | { ok: false; message: string };

/** Whether the note already keeps a Scrapbox original (converted before). */
export function keepsOriginal(text: string): boolean {
	return originalFenceLine(text) > 0;
}

/** Splits `---` frontmatter (kept verbatim, with its closing line) from the body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
	const match = /^---\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
	return match ? { frontmatter: match[0], body: text.slice(match[0].length) } : { frontmatter: "", body: text };
}

export function convertRawNote(text: string, basename: string, options: RawConversionOptions): RawConversion {
	const { frontmatter, body } = splitFrontmatter(text);
	const lines = body.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
	const first = lines[0]?.trim() ?? "";
	// The note is named after its first line: that line is the title.
	const title = first !== "" && sanitizeFileName(first).toLowerCase() === basename.toLowerCase() ? first : basename;
	const read = readExportData({ pages: [{ title, lines }] });
	if (!read.ok) return { ok: false, message: read.error.message };
	const plan = planImport(read.export, {
		folder: "",
		project: options.project,
		hashtags: options.hashtags,
		icons: options.icons,
		headingLevels: options.headingLevels,
		lineAnchors: false,
	});
	const note = plan.notes[0];
	if (!note) return { ok: false, message: plan.problems[0]?.message ?? "The note could not be converted." };
	const converted = splitFrontmatter(note.content).body.replace(/\n+$/, "");
	const parts: string[] = [];
	if (frontmatter !== "") parts.push(frontmatter.endsWith("\n") ? frontmatter : frontmatter + "\n");
	if (converted !== "") parts.push(converted + "\n\n");
	parts.push(originalBlock(body, options.originalComment));
	return { ok: true, text: parts.join(""), warnings: plan.problems.filter((p) => p.kind === "warning") };
}

/**
 * The original body in a code block (a fence longer than any backtick run in
 * it) under a comment saying what it is. A code block, not a callout: the
 * classifier skips code, so the converted note is no longer taken for raw
 * notation, and reading view shows the original as the source text it is.
 */
export function originalBlock(body: string, comment: string): string {
	// Kept whole, trailing line breaks included, so `recoverOriginal` gives the body back exactly (line breaks as `\n`).
	const original = body.replace(/\r\n?/g, "\n");
	let longest = 2;
	for (const run of original.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
	const fence = "`".repeat(longest + 1);
	const close = original === "" || original.endsWith("\n") ? "" : "\n";
	return `%% ${comment.replace(/%%|\n/g, " ")} %%\n${fence}${ORIGINAL_LANGUAGE}\n${original}${close}${fence}\n`;
}

/** The original text kept in a converted note (ending with a line break), or null. */
export function recoverOriginal(text: string): string | null {
	const lines = text.replace(/\r\n?/g, "\n").split("\n");
	const start = lines.findIndex((line) => ORIGINAL_FENCE.test(line));
	if (start === -1) return null;
	const fence = (ORIGINAL_FENCE.exec(lines[start]) as RegExpExecArray)[1];
	const end = lines.indexOf(fence, start + 1);
	if (end === -1) return null;
	return lines.slice(start + 1, end).join("\n") + (end > start + 1 ? "\n" : "");
}
