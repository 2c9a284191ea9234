/**
 * Footer parsing against the shared corpus (issue 7):
 * - in markdown-en every page with a footer line parses;
 * - for every page whose original is in markdown-ja, `sourceTitle` names that
 *   original exactly, including the titles with parentheses that broke the link;
 * - `sourceUrl` is a valid, correctly encoded URL that decodes back to the title.
 * Pairs are found without the parser: the footer line holds `[/nishio/<title>]`
 * for a markdown-ja page whose file name is that title (with `/` written as `-`).
 */
import { describe, expect, it } from "vitest";
import { corpusDir, readCorpusNotes } from "./corpus";
import { parseFooter } from "../../src/core/provenance";
import { decodeTitleFromUrl, encodeTitleForUrl, titleKey } from "../../src/core/scrapbox/title";

function footerLine(text: string): string | null {
	const tail = text.trimEnd().split("\n").slice(-4);
	return tail.find((line) => /auto-translated from \[\/|copied from \[\//.test(line)) ?? null;
}

describe.skipIf(!corpusDir)("footers in the shared corpus", () => {
	const en = readCorpusNotes("markdown-en");
	const jaTitles = readCorpusNotes("markdown-ja").map((n) => n.path.replace(/\.md$/, ""));

	it("parses every footer line in markdown-en, with a valid, correctly encoded URL", () => {
		let lines = 0;
		let parsed = 0;
		let repaired = 0;
		const failures: string[] = [];
		const engines = new Map<string, number>();
		for (const note of en) {
			const line = footerLine(note.text);
			if (!line) continue;
			lines++;
			const footer = parseFooter(note.text);
			if (!footer) {
				failures.push(`${note.path}: no footer parsed`);
				continue;
			}
			parsed++;
			if (footer.repaired) repaired++;
			engines.set(footer.engine ?? "(none)", (engines.get(footer.engine ?? "(none)") ?? 0) + 1);
			if (footer.raw.trim() !== line.trim()) failures.push(`${note.path}: footer is another line`);
			if (footer.sourceProject !== "nishio") failures.push(`${note.path}: project ${footer.sourceProject}`);
			if (footer.sourceLanguage !== "ja") failures.push(`${note.path}: language ${footer.sourceLanguage}`);
			const url = footer.sourceUrl ?? "";
			const prefix = "https://scrapbox.io/nishio/";
			if (!url.startsWith(prefix)) {
				failures.push(`${note.path}: url ${url}`);
				continue;
			}
			expect(() => new URL(url)).not.toThrow();
			const segment = url.slice(prefix.length);
			// Correctly encoded: exactly Scrapbox's own encoding, nothing a URL must escape left raw.
			if (segment !== encodeTitleForUrl(footer.sourceTitle)) failures.push(`${note.path}: not Scrapbox's encoding: ${segment}`);
			if (/[\s<>"{}|\\^`[\]]/.test(segment) || /[^\x21-\x7e]/.test(segment)) failures.push(`${note.path}: unencoded characters in ${segment}`);
			const decoded = decodeTitleFromUrl(segment);
			// `_` and space name one page in Scrapbox, so a title with `_` decodes to its key-equal form.
			if (footer.sourceTitle.includes("_") ? titleKey(decoded) !== titleKey(footer.sourceTitle) : decoded !== footer.sourceTitle) {
				failures.push(`${note.path}: ${segment} decodes to ${decoded}, not ${footer.sourceTitle}`);
			}
		}
		console.log(`markdown-en: ${en.length} pages, ${lines} footer lines, ${parsed} parsed, ${repaired} with a broken link repaired; engines ${JSON.stringify(Object.fromEntries(engines))}`);
		expect(lines).toBeGreaterThan(0);
		expect(failures).toEqual([]);
		expect(parsed).toBe(lines);
	});

	it("names the Japanese original exactly wherever it is in markdown-ja", () => {
		const pairs: { path: string; original: string; title: string | null; line: string }[] = [];
		for (const note of en) {
			const line = footerLine(note.text);
			if (!line) continue;
			// The longest markdown-ja title that the footer line links to.
			const candidates = jaTitles.filter((t) => line.includes(`[/nishio/${t}]`) || (t.includes("-") && line.includes(`[/nishio/${t.replace(/-/g, "/")}]`)));
			if (candidates.length === 0) continue;
			const fileTitle = candidates.sort((a, b) => b.length - a.length)[0];
			const footer = parseFooter(note.text);
			pairs.push({ path: note.path, original: fileTitle, title: footer?.sourceTitle ?? null, line });
		}
		const wrong = pairs.filter((p) => p.title === null || p.title.replace(/\//g, "-") !== p.original || !p.line.includes(`[/nishio/${p.title}]`));
		const withParentheses = pairs.filter((p) => /[()]/.test(p.original));
		console.log(`markdown-en → markdown-ja: ${pairs.length} originals in the sample, ${pairs.length - wrong.length} named exactly; ${withParentheses.length} with parentheses: ${withParentheses.map((p) => p.title).join(" | ")}`);
		expect(pairs.length).toBeGreaterThan(0);
		expect(withParentheses.length).toBeGreaterThan(0);
		expect(wrong.map((p) => `${p.path}: ${p.title} ≠ ${p.original}`)).toEqual([]);
	});
});
