import { describe, expect, it } from "vitest";
import { mergeProvenance, propertyDateTime, provenanceToProperties, readProvenanceProperties } from "../../../src/core/provenance/properties";
import { parseFooter } from "../../../src/core/provenance/footer";
import { scrapboxPageUrl } from "../../../src/core/scrapbox/title";

const footerNote = "Body.\n\n---\nThis page is auto-translated from [/nishio/意思決定の(質/速度)](https://scrapbox.io/nishio/意思決定の(質/速度)) using DeepL.\n";

describe("provenance properties", () => {
	it("derives the five flat keys from a parsed footer", () => {
		const footer = parseFooter(footerNote);
		expect(footer).not.toBeNull();
		if (!footer) return;
		expect(provenanceToProperties(footer, "2024-05-01T10:30:00")).toEqual({
			translated_from: scrapboxPageUrl("nishio", "意思決定の(質/速度)"),
			translation_source: "意思決定の(質/速度)",
			source_lang: "ja",
			translation_engine: "DeepL",
			translated_at: "2024-05-01T10:30:00",
		});
	});

	it("leaves unknown values out instead of writing them empty", () => {
		expect(provenanceToProperties({ sourceProject: null, sourceTitle: "Notes", sourceUrl: null, engine: null, sourceLanguage: null })).toEqual({ translation_source: "Notes" });
	});

	it("writes a Date as Obsidian's local date-time", () => {
		const date = new Date(2024, 4, 1, 9, 5, 7);
		expect(propertyDateTime(date)).toBe("2024-05-01T09:05:07");
		expect(provenanceToProperties({ sourceProject: null, sourceTitle: "x", sourceUrl: null, engine: null, sourceLanguage: null }, date).translated_at).toBe("2024-05-01T09:05:07");
	});

	it("reads provenance back from frontmatter, rebuilding a correctly encoded URL", () => {
		const fm = {
			translated_from: "https://scrapbox.io/nishio/意思決定の(質/速度)",
			translation_source: "意思決定の(質/速度)",
			translation_engine: ["DeepL"],
			translated_at: new Date(2024, 0, 2, 3, 4, 5),
			tags: ["x"],
		};
		expect(readProvenanceProperties(fm)).toEqual({
			sourceProject: "nishio",
			sourceTitle: "意思決定の(質/速度)",
			sourceUrl: scrapboxPageUrl("nishio", "意思決定の(質/速度)"),
			engine: "DeepL",
			sourceLanguage: "ja",
			translatedAt: "2024-01-02T03:04:05",
		});
	});

	it("takes the title from the URL when only the URL is there", () => {
		expect(readProvenanceProperties({ translated_from: "https://scrapbox.io/nishio/%E8%AA%AD%E6%9B%B8_%E4%BC%9A" })).toMatchObject({ sourceTitle: "読書 会", sourceProject: "nishio", sourceLanguage: "ja" });
		expect(readProvenanceProperties({ translated_from: "https://example.org/a", source_lang: "de" })).toMatchObject({ sourceTitle: "https://example.org/a", sourceUrl: "https://example.org/a", sourceProject: null, sourceLanguage: "de" });
	});

	it("round-trips through properties", () => {
		const footer = parseFooter(footerNote);
		if (!footer) throw new Error("no footer");
		const back = readProvenanceProperties(provenanceToProperties(footer));
		expect(back).toMatchObject({ sourceProject: footer.sourceProject, sourceTitle: footer.sourceTitle, sourceUrl: footer.sourceUrl, engine: footer.engine, sourceLanguage: footer.sourceLanguage });
	});

	it("says nothing for frontmatter without provenance, and never throws", () => {
		for (const junk of [null, undefined, 3, "x", [], {}, { tags: ["a"] }, { translated_from: "" }, { translated_from: 5 }, { translation_source: {} }]) {
			expect(readProvenanceProperties(junk)).toBeNull();
		}
	});

	it("merges footer and properties, the footer winning", () => {
		const footer = parseFooter(footerNote);
		const props = readProvenanceProperties({ translation_source: "other", translation_engine: "GPT-4", translated_at: "2024-05-01" });
		const merged = mergeProvenance(footer, props);
		expect(merged).toMatchObject({ sourceTitle: "意思決定の(質/速度)", engine: "DeepL", translatedAt: "2024-05-01" });
		expect(mergeProvenance(null, props)).toBe(props);
		expect(mergeProvenance(footer, null)).toBe(footer);
	});
});
