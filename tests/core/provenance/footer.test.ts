import { describe, expect, it } from "vitest";
import { footerLineOf, locateFooter, parseFooter, parseFooterLine, scrapboxPageFromUrl } from "../../../src/core/provenance/footer";

/** A short converted page body, in our own words. */
const BODY = ["---", 'title: "Slow notes"', "---", "", "Notes grow when they are revisited.", "- One idea per page", "    - Link generously", ""].join("\n");

function note(footer: string, separator = "---"): string {
	return `${BODY}\n${separator}\n${footer}\n`;
}

const MESSAGE = "Tell me at [@someone](https://example.org/someone) if the English reads badly.";

describe("parseFooter: the auto-translated family", () => {
	it("reads the Markdown form with an engine", () => {
		const text = note(`This page is auto-translated from [/nishio/ゆっくり書くノート](https://scrapbox.io/nishio/ゆっくり書くノート) using DeepL. ${MESSAGE}`);
		const footer = parseFooter(text);
		expect(footer).toMatchObject({
			sourceProject: "nishio",
			sourceTitle: "ゆっくり書くノート",
			sourceUrl: "https://scrapbox.io/nishio/%E3%82%86%E3%81%A3%E3%81%8F%E3%82%8A%E6%9B%B8%E3%81%8F%E3%83%8E%E3%83%BC%E3%83%88",
			engine: "DeepL",
			sourceLanguage: "ja",
			languageFrom: "title-script",
			line: 10,
			form: "auto-translated",
			message: MESSAGE,
			repaired: false,
			writtenBy: null,
		});
		expect(footer?.raw.startsWith("This page is auto-translated")).toBe(true);
	});

	it("reads the Markdown form without `using <engine>`", () => {
		const footer = parseFooter(note(`This page is auto-translated from [/nishio/読書会](https://scrapbox.io/nishio/読書会). ${MESSAGE}`));
		expect(footer).toMatchObject({ sourceTitle: "読書会", engine: null, message: MESSAGE });
	});

	it("reads the raw Scrapbox form", () => {
		const footer = parseFooter(note("This page is auto-translated from [/nishio/読書会] using GPT-3.5."));
		expect(footer).toMatchObject({ sourceProject: "nishio", sourceTitle: "読書会", engine: "GPT-3.5", message: null, repaired: false });
	});

	it("reads lines cut off after the link, after `using`, and inside the message", () => {
		const afterLink = parseFooter(note("This page is auto-translated from [/nishio/読書会](https://scrapbox.io/nishio/読書会)"));
		expect(afterLink).toMatchObject({ sourceTitle: "読書会", engine: null, message: null });
		const afterUsing = parseFooter(note("This page is auto-translated from [/nishio/読書会](https://scrapbox.io/nishio/読書会) using"));
		expect(afterUsing).toMatchObject({ sourceTitle: "読書会", engine: null });
		const inEngine = parseFooter(note("This page is auto-translated from [/nishio/読書会](https://scrapbox.io/nishio/読書会) using Dee"));
		expect(inEngine).toMatchObject({ sourceTitle: "読書会", engine: "Dee" });
		const inMessage = parseFooter(note("This page is auto-translated from [/nishio/読書会](https://scrapbox.io/nishio/読書会) using DeepL. If the Eng"));
		expect(inMessage).toMatchObject({ engine: "DeepL", message: "If the Eng" });
		const inUrl = parseFooter(note("This page is auto-translated from [/nishio/読書会](https://scrapbox.io/nishio/読書会"));
		expect(inUrl).toMatchObject({ sourceTitle: "読書会", sourceUrl: "https://scrapbox.io/nishio/%E8%AA%AD%E6%9B%B8%E4%BC%9A" });
	});

	it("reads the bare-URL contact form", () => {
		const line = "This page is auto-translated from [/nishio/読書会]. If something is unclear, write to @someone https://example.org/someone.";
		const footer = parseFooter(note(line));
		expect(footer).toMatchObject({ sourceTitle: "読書会", engine: null, message: "If something is unclear, write to @someone https://example.org/someone." });
	});

	it("recovers the whole title where parentheses broke the Markdown link", () => {
		const footer = parseFooter(note("This page is auto-translated from [/nishio/意思決定の(質/速度)](https://scrapbox.io/nishio/意思決定の(質/速度)) using DeepL. More text."));
		expect(footer).toMatchObject({ sourceTitle: "意思決定の(質/速度)", engine: "DeepL", message: "More text.", repaired: true });
		expect(footer?.sourceUrl).toBe("https://scrapbox.io/nishio/%E6%84%8F%E6%80%9D%E6%B1%BA%E5%AE%9A%E3%81%AE(%E8%B3%AA%2F%E9%80%9F%E5%BA%A6)");
	});

	it("recovers titles with spaces and parentheses, and English titles in a Japanese project", () => {
		const footer = parseFooter(note("This page is auto-translated from [/nishio/(2.1) Reading in passes](https://scrapbox.io/nishio/(2.1) Reading in passes) using DeepL."));
		expect(footer).toMatchObject({
			sourceTitle: "(2.1) Reading in passes",
			sourceUrl: "https://scrapbox.io/nishio/(2.1)_Reading_in_passes",
			repaired: true,
			sourceLanguage: "ja",
			languageFrom: "known-project",
		});
		const nested = parseFooter(note("This page is auto-translated from [/nishio/Open questions (draft (2)) list](https://scrapbox.io/nishio/Open questions (draft (2)) list) using DeepL."));
		expect(nested?.sourceTitle).toBe("Open questions (draft (2)) list");
		expect(nested?.engine).toBe("DeepL");
	});

	it("is not fooled by a `]` or `](` inside the title", () => {
		const footer = parseFooter(note("This page is auto-translated from [/nishio/a]b](https://scrapbox.io/nishio/a]b) using DeepL."));
		expect(footer?.sourceTitle).toBe("a]b");
	});

	it("takes an already encoded URL as well", () => {
		const footer = parseFooter(note("This page is auto-translated from [/nishio/読書 会](https://scrapbox.io/nishio/%E8%AA%AD%E6%9B%B8_%E4%BC%9A) using DeepL."));
		expect(footer).toMatchObject({ sourceTitle: "読書 会", repaired: false, engine: "DeepL" });
	});

	it("reads a bare page URL", () => {
		const footer = parseFooter(note("This page is auto-translated from https://scrapbox.io/nishio/%E8%AA%AD%E6%9B%B8%E4%BC%9A."));
		expect(footer).toMatchObject({ sourceProject: "nishio", sourceTitle: "読書会" });
	});

	it("reads the 'written in English by … and copied from' form", () => {
		const footer = parseFooter(note("This page is written in English by Sam Writer and copied from [/nishio/Reading in passes]."));
		expect(footer).toMatchObject({
			form: "copied",
			sourceProject: "nishio",
			sourceTitle: "Reading in passes",
			engine: null,
			writtenBy: "Sam Writer",
			sourceLanguage: "en",
			languageFrom: "stated",
		});
	});

	it("reads any project, and leaves the language unknown when nothing tells it", () => {
		const footer = parseFooter(note("This page is auto-translated from [/some-lab/Field notes](https://scrapbox.io/some-lab/Field_notes) using DeepL."));
		expect(footer).toMatchObject({ sourceProject: "some-lab", sourceTitle: "Field notes", sourceLanguage: null, languageFrom: "none" });
		const korean = parseFooter(note("This page is auto-translated from [/some-lab/독서 노트] using DeepL."));
		expect(korean?.sourceLanguage).toBe("ko");
	});

	it("finds an old footer after a blank line instead of `---`", () => {
		const text = `${BODY}\nThis page is auto-translated from [/nishio/読書会]\n`;
		expect(parseFooter(text)).toMatchObject({ sourceTitle: "読書会", line: 9 });
	});

	it("finds a footer followed by an icon line", () => {
		const text = note("This page is auto-translated from [/nishio/読書会] using DeepL.\n<img src='https://scrapbox.io/api/pages/nishio-en/en/icon' alt='en.icon' height=\"19.5\"/>");
		expect(parseFooter(text)?.line).toBe(10);
	});

	it("counts lines with CRLF endings", () => {
		const text = note("This page is auto-translated from [/nishio/読書会] using DeepL.").replace(/\n/g, "\r\n");
		const footer = parseFooter(text);
		expect(footer).toMatchObject({ line: 10, engine: "DeepL" });
		expect(footer?.raw.endsWith("\r")).toBe(false);
	});
});

describe("parseFooter: what is not a footer", () => {
	it("ignores notes without one", () => {
		expect(parseFooter(BODY)).toBeNull();
		expect(parseFooter("")).toBeNull();
		expect(parseFooter("---\n")).toBeNull();
	});

	it("ignores a footer sentence in the body, far from the end", () => {
		const text = `This page is auto-translated from [/nishio/読書会] using DeepL.\n\n${"More body text.\n".repeat(20)}`;
		expect(parseFooter(text)).toBeNull();
	});

	it("ignores a footer sentence above the last separator", () => {
		const text = `${BODY}\n---\nThis page is auto-translated from [/nishio/読書会] using DeepL.\n\n---\nA closing remark.\n`;
		expect(parseFooter(text)).toBeNull();
	});

	it("ignores prose that only mentions translation", () => {
		expect(parseFooter(note("This poem was translated from French by my aunt."))).toBeNull();
		expect(parseFooter(note("translated from [[Another note]]"))).toBeNull();
		expect(parseFooter(note("This page is auto-translated from [/nishio/]"))).toBeNull();
		expect(parseFooter(note("This page is auto-translated from [https://example.org/page](https://example.org/page)"))).toBeNull();
	});
});

describe("helpers", () => {
	it("footerLineOf agrees with parseFooter", () => {
		const text = note("This page is auto-translated from [/nishio/読書会] using DeepL.");
		expect(footerLineOf(text)).toBe(parseFooter(text)?.line);
		expect(footerLineOf(BODY)).toBe(0);
	});

	it("locateFooter gives the offsets of the line and its separator", () => {
		const text = note("This page is auto-translated from [/nishio/読書会] using DeepL.");
		const found = locateFooter(text);
		expect(found).not.toBeNull();
		if (!found) return;
		expect(text.slice(found.lineStart, found.lineEnd)).toBe("This page is auto-translated from [/nishio/読書会] using DeepL.");
		expect(text.slice(found.separatorStart ?? 0, found.lineStart)).toBe("---\n");
	});

	it("parseFooterLine reads one line", () => {
		expect(parseFooterLine("This page is auto-translated from [/nishio/読書会] using DeepL.")).toMatchObject({ sourceTitle: "読書会", engine: "DeepL" });
		expect(parseFooterLine("Just a sentence.")).toBeNull();
	});

	it("scrapboxPageFromUrl decodes project and title", () => {
		expect(scrapboxPageFromUrl("https://scrapbox.io/nishio/%E8%AA%AD%E6%9B%B8_%E4%BC%9A#line")).toEqual({ project: "nishio", title: "読書 会" });
		expect(scrapboxPageFromUrl("https://scrapbox.io/nishio")).toBeNull();
		expect(scrapboxPageFromUrl("https://example.org/nishio/x")).toBeNull();
	});
});
