import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { replaceFooter } from "../../../src/core/provenance/replace";
import { formatFooter } from "../../../src/core/provenance/template";
import { parseFooter } from "../../../src/core/provenance/footer";
import { scrapboxPageUrl } from "../../../src/core/scrapbox/title";

const NEW = formatFooter({ sourceProject: "nishio", sourceTitle: "読書会", sourceUrl: scrapboxPageUrl("nishio", "読書会"), engine: "DeepL", sourceLanguage: "ja" });
const BODY = "---\ntitle: \"Reading group\"\n---\n\nWe meet on Fridays.\n- Bring one question\n";

function countFooters(text: string): number {
	return text.split("\n").filter((line) => line.includes("translated from") || line.includes("was translated")).length;
}

describe("replaceFooter", () => {
	it("appends a footer after a blank line and ---", () => {
		expect(replaceFooter(BODY, NEW)).toBe(`${BODY.trimEnd()}\n\n---\n${NEW}\n`);
	});

	const oldForms = [
		"This page is auto-translated from [/nishio/読書会](https://scrapbox.io/nishio/読書会) using DeepL. Write to me if it reads badly.",
		"This page is auto-translated from [/nishio/読書会] using GPT-3.5.",
		"This page is auto-translated from [/nishio/意思決定の(質/速度)](https://scrapbox.io/nishio/意思決定の(質/速度)) using DeepL.",
		"This page is written in English by Sam Writer and copied from [/nishio/読書会].",
		"This page is auto-translated from [/nishio/読書会](https://scrapbox.io/nishio/読書会)",
	];
	for (const old of oldForms) {
		it(`replaces an existing footer: ${old.slice(35, 70)}…`, () => {
			const before = `${BODY}\n---\n${old}\n`;
			const after = replaceFooter(before, NEW);
			expect(after).toBe(`${BODY.trimEnd()}\n\n---\n${NEW}\n`);
			expect(countFooters(after)).toBe(1);
			expect(parseFooter(after)?.form).toBe("lens");
		});
	}

	it("replaces an old footer that follows a blank line, without a separator", () => {
		const before = `${BODY}\nThis page is auto-translated from [/nishio/読書会]\n`;
		expect(replaceFooter(before, NEW)).toBe(`${BODY.trimEnd()}\n\n---\n${NEW}\n`);
	});

	it("replaces a footer written directly under the last body line (a setext-heading hazard)", () => {
		const before = `${BODY}Last line\n---\nThis page is auto-translated from [/nishio/読書会] using DeepL.`;
		expect(replaceFooter(before, NEW)).toBe(`${BODY}Last line\n\n---\n${NEW}\n`);
	});

	it("keeps lines that followed the old footer", () => {
		const icon = "<img src='https://scrapbox.io/api/pages/nishio-en/en/icon' alt='en.icon' height=\"19.5\"/>";
		const before = `${BODY}\n---\nThis page is auto-translated from [/nishio/読書会] using DeepL.\n${icon}\n`;
		const after = replaceFooter(before, NEW);
		expect(after).toBe(`${BODY.trimEnd()}\n\n---\n${NEW}\n${icon}\n`);
		expect(replaceFooter(after, NEW)).toBe(after);
	});

	it("is idempotent and never stacks a second footer", () => {
		const once = replaceFooter(BODY, NEW);
		expect(replaceFooter(once, NEW)).toBe(once);
		const other = formatFooter({ sourceProject: "nishio", sourceTitle: "別のページ", sourceUrl: scrapboxPageUrl("nishio", "別のページ"), engine: null, sourceLanguage: "ja" }, { language: "ja" });
		const twice = replaceFooter(once, other);
		expect(countFooters(twice) + (twice.match(/翻訳したものです/g)?.length ?? 0)).toBe(1);
		expect(parseFooter(twice)?.sourceTitle).toBe("別のページ");
	});

	it("accepts a footer no parser knows, and still does not stack it", () => {
		const custom = "Übersetzt aus dem Japanischen.";
		const once = replaceFooter(BODY, custom);
		expect(replaceFooter(once, custom)).toBe(once);
		expect(once.split(custom).length).toBe(2);
	});

	it("handles an empty note, a note of only frontmatter, and CRLF", () => {
		expect(replaceFooter("", NEW)).toBe(`${NEW}\n`);
		expect(replaceFooter(replaceFooter("", NEW), NEW)).toBe(`${NEW}\n`);
		const fm = "---\ntitle: x\n---\n";
		expect(replaceFooter(fm, NEW)).toBe(`---\ntitle: x\n---\n\n---\n${NEW}\n`);
		const crlf = "Line one\r\nLine two\r\n";
		const withFooter = replaceFooter(crlf, NEW);
		expect(withFooter).toBe(`Line one\r\nLine two\r\n\r\n---\r\n${NEW}\r\n`);
		expect(replaceFooter(withFooter, NEW)).toBe(withFooter);
	});

	it("keeps a body line's own trailing spaces", () => {
		expect(replaceFooter("Hard break  \n\n\n", NEW)).toBe(`Hard break  \n\n---\n${NEW}\n`);
	});

	it("is idempotent on any text", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.constantFrom(NEW, "This page is auto-translated from [/p/t] using X."), (text, footer) => {
				const once = replaceFooter(text, footer);
				expect(replaceFooter(once, footer)).toBe(once);
			}),
			{ numRuns: 500 },
		);
	});
});
