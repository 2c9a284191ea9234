/**
 * The kept original of a note converted in place ("Convert Scrapbox notation
 * to Markdown"): the raw text, exactly, in a ```scrapbox-original code block at
 * the end of the note. The converter writes it; the classifier reads it as the
 * plugin's own mark of a converted page, which is why it lives in the core.
 */

/** The code block language that marks a kept original; a note holding one is not converted again. */
export const ORIGINAL_LANGUAGE = "scrapbox-original";

/** The end of every fence line opening a kept original. */
const FENCE_TAIL = "```" + ORIGINAL_LANGUAGE;

/** A fence line opening the kept original: three or more backticks, then the language. */
export const ORIGINAL_FENCE = new RegExp(`^(\`{3,})${ORIGINAL_LANGUAGE}[ \t]*$`);

/**
 * The 1-based line of the last fence opening a kept original, or 0. Reads from
 * the end with `lastIndexOf`, as the block is written last; cheap for notes
 * that hold none (one failed forward search).
 */
export function originalFenceLine(text: string): number {
	// A forward search first: V8's indexOf skips ahead, its lastIndexOf compares at every position, and most notes hold
	// no original. Every opening fence ends in three backticks and the language, and a needle that starts with a backtick
	// (rare in text) is found about three times faster than one that starts with a letter.
	if (text.indexOf(FENCE_TAIL) === -1) return 0;
	let at = text.lastIndexOf(ORIGINAL_LANGUAGE);
	while (at > 0) {
		const start = text.lastIndexOf("\n", at) + 1;
		let end = text.indexOf("\n", at);
		if (end === -1) end = text.length;
		if (end > start && text.charCodeAt(end - 1) === 13) end--;
		if (ORIGINAL_FENCE.test(text.slice(start, end))) {
			let line = 1;
			for (let i = text.indexOf("\n"); i !== -1 && i < start; i = text.indexOf("\n", i + 1)) line++;
			return line;
		}
		at = start < 2 ? -1 : text.lastIndexOf(ORIGINAL_LANGUAGE, start - 2);
	}
	return 0;
}
