import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkFooterTemplate, compileFooterTemplate, DEFAULT_FOOTER_TEMPLATES, formatFooter } from "../../../src/core/provenance/template";
import { parseFooter, parseFooterLine } from "../../../src/core/provenance/footer";
import { replaceFooter } from "../../../src/core/provenance/replace";
import { scrapboxPageUrl, titleKey } from "../../../src/core/scrapbox/title";
import type { Provenance } from "../../../src/core/provenance/types";

const reading: Provenance = {
	sourceProject: "nishio",
	sourceTitle: "意思決定の(質/速度)",
	sourceUrl: scrapboxPageUrl("nishio", "意思決定の(質/速度)"),
	engine: "DeepL",
	sourceLanguage: "ja",
};

describe("formatFooter", () => {
	it("writes the English default with an encoded, Markdown-safe link", () => {
		expect(formatFooter(reading)).toBe(
			"This page was translated from Japanese by DeepL. Original: [意思決定の(質/速度)](https://scrapbox.io/nishio/%E6%84%8F%E6%80%9D%E6%B1%BA%E5%AE%9A%E3%81%AE%28%E8%B3%AA%2F%E9%80%9F%E5%BA%A6%29)",
		);
	});

	it("writes the Japanese default", () => {
		expect(formatFooter(reading, { language: "ja" })).toBe(
			"このページは日本語の[意思決定の(質/速度)](https://scrapbox.io/nishio/%E6%84%8F%E6%80%9D%E6%B1%BA%E5%AE%9A%E3%81%AE%28%E8%B3%AA%2F%E9%80%9F%E5%BA%A6%29)をDeepLで翻訳したものです。",
		);
	});

	it("drops optional segments without a value", () => {
		expect(formatFooter({ ...reading, engine: null, sourceLanguage: null })).toBe(
			`This page was translated. Original: [意思決定の(質/速度)](${"https://scrapbox.io/nishio/%E6%84%8F%E6%80%9D%E6%B1%BA%E5%AE%9A%E3%81%AE%28%E8%B3%AA%2F%E9%80%9F%E5%BA%A6%29"})`,
		);
	});

	it("escapes brackets in the link text", () => {
		const line = formatFooter({ ...reading, sourceTitle: "a [b] c", sourceUrl: scrapboxPageUrl("nishio", "a [b] c") });
		expect(line).toContain("[a \\[b\\] c](https://scrapbox.io/nishio/a_%5Bb%5D_c)");
	});

	it("fills a custom template, and falls back to the default for an invalid one", () => {
		const template = "Source: {sourceLink} ({language}, {engine}, {date})";
		expect(formatFooter({ ...reading, translatedAt: "2024-05-01" }, { template })).toMatch(/^Source: \[.*\]\(https:\/\/scrapbox\.io\/nishio\/.*\) \(Japanese, DeepL, 2024-05-01\)$/);
		expect(formatFooter(reading, { template: "No link here {engine}" })).toBe(formatFooter(reading));
	});
});

describe("checkFooterTemplate", () => {
	it("accepts the defaults", () => {
		expect(checkFooterTemplate(DEFAULT_FOOTER_TEMPLATES.en)).toEqual([]);
		expect(checkFooterTemplate(DEFAULT_FOOTER_TEMPLATES.ja)).toEqual([]);
	});

	it("names the problems", () => {
		expect(checkFooterTemplate("Translated by {engine}")).toEqual(["the template needs {sourceLink} or {sourceUrl} outside optional segments"]);
		expect(checkFooterTemplate("{?engine:{sourceLink}}")).toContain("the template needs {sourceLink} or {sourceUrl} outside optional segments");
		expect(checkFooterTemplate("{sourceLink} {colour}")).toContain("unknown placeholder {colour}");
		expect(checkFooterTemplate("{sourceLink}{?engine: by {engine}")).toContain("an optional segment is not closed with }");
		expect(checkFooterTemplate("{sourceLink}\nsecond line")).toContain("a footer template is one line");
		expect(compileFooterTemplate("Translated by {engine}")).toBeNull();
	});
});

describe("round trip: write a footer, then parse it", () => {
	const cases: [string, Provenance, { language?: "en" | "ja"; template?: string }][] = [
		["English default", reading, {}],
		["Japanese default", reading, { language: "ja" }],
		["no engine, no language", { ...reading, engine: null, sourceLanguage: null }, {}],
		["GPT engine, Korean source", { sourceProject: "lab", sourceTitle: "독서 노트", sourceUrl: scrapboxPageUrl("lab", "독서 노트"), engine: "GPT-3.5", sourceLanguage: "ko" }, {}],
		["title with brackets and underscores", { ...reading, sourceTitle: "a [b]_c (d)", sourceUrl: scrapboxPageUrl("nishio", "a [b]_c (d)") }, {}],
		["custom template with a date", { ...reading, translatedAt: "2024-05-01T10:30:00" }, { template: "Translated {date} with {engine} from {language}: {sourceLink}" }],
		["no URL at all", { sourceProject: null, sourceTitle: "Paper notebook (2019)", sourceUrl: null, engine: "DeepL", sourceLanguage: "ja" }, {}],
		["non-Scrapbox source", { sourceProject: null, sourceTitle: "Field guide", sourceUrl: "https://example.org/guide?id=3", engine: "DeepL", sourceLanguage: "de" }, {}],
	];
	for (const [name, provenance, options] of cases) {
		it(name, () => {
			const line = formatFooter(provenance, options);
			const text = replaceFooter("Some body text.\n", line);
			const parsed = parseFooter(text, { templates: options.template ? [options.template] : [] });
			expect(parsed, line).not.toBeNull();
			expect(parsed).toMatchObject({
				form: "lens",
				sourceProject: provenance.sourceProject,
				sourceTitle: provenance.sourceTitle,
				sourceUrl: provenance.sourceUrl,
				engine: provenance.engine,
				sourceLanguage: provenance.sourceLanguage ?? (provenance.sourceProject === "nishio" ? "ja" : null),
				line: 4,
			});
			if (provenance.translatedAt) expect(parsed?.translatedAt).toBe(provenance.translatedAt);
		});
	}

	it("holds for any Scrapbox title and engine", () => {
		fc.assert(
			fc.property(
				fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }).filter((t) => t.trim() === t && t !== "" && !/\s{2}|[^\S ]/.test(t)),
				// Whitespace other than a plain space (tabs, U+2028 and kin) is read back as a space: a footer is one line.
				fc.option(fc.constantFrom("DeepL", "GPT-3.5", "Google Translate", "gpt-4o mini")),
				fc.constantFrom<"en" | "ja">("en", "ja"),
				(title, engine, language) => {
					const provenance: Provenance = { sourceProject: "nishio", sourceTitle: title, sourceUrl: scrapboxPageUrl("nishio", title), engine, sourceLanguage: "ja" };
					const parsed = parseFooterLine(formatFooter(provenance, { language }));
					expect(parsed?.sourceTitle).toBe(title);
					expect(titleKey(parsed?.sourceTitle ?? "")).toBe(titleKey(title));
					expect(parsed?.sourceUrl).toBe(provenance.sourceUrl);
					expect(parsed?.engine).toBe(engine);
					expect(parsed?.sourceLanguage).toBe("ja");
				},
			),
			{ numRuns: 300 },
		);
	});
});
