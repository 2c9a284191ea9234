// What the footer command decides, without Obsidian: reading the form,
// the new text (idempotent, never two footers), property changes, and the
// contact sentence's links.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseFooter, type Provenance } from "../../../src/core/provenance";
import { DEFAULT_SETTINGS } from "../../../src/plugin/settings";
import { missingFields, parseSourceInput, propertyChanges, provenanceFromAnswers, textWithFooter } from "../../../src/plugin/provenance/plan";
import { messagePieces } from "../../../src/plugin/provenance/message";
import { markdownFooterNote, rawFooterNote, TEA_URL } from "./fixtures";

const tea: Provenance = { sourceProject: "teahouse", sourceTitle: "お茶の話", sourceUrl: TEA_URL, engine: "DeepL", sourceLanguage: "ja" };

describe("the form's answers", () => {
	it("reads a scrapbox.io URL, /project/title, [/project/title] and other web addresses", () => {
		expect(parseSourceInput(` ${TEA_URL} `)).toEqual({ project: "teahouse", title: "お茶の話", url: TEA_URL });
		expect(parseSourceInput("/teahouse/お茶の話")).toEqual({ project: "teahouse", title: "お茶の話", url: TEA_URL });
		expect(parseSourceInput("[/teahouse/決め方の(質/速さ)]")?.title).toBe("決め方の(質/速さ)");
		expect(parseSourceInput("https://example.org/essay")).toEqual({ project: null, title: null, url: "https://example.org/essay" });
		expect(parseSourceInput("javascript:alert(1)")).toBeNull();
		expect(parseSourceInput("just words")).toBeNull();
	});

	it("builds the record: fields win over the URL, Scrapbox URLs are re-encoded, the original is required", () => {
		const answers = { url: "", project: "teahouse", title: "決め方の(質/速さ)", engine: " DeepL ", language: "ja" };
		expect(provenanceFromAnswers(answers)).toEqual({
			sourceProject: "teahouse",
			sourceTitle: "決め方の(質/速さ)",
			sourceUrl: "https://scrapbox.io/teahouse/%E6%B1%BA%E3%82%81%E6%96%B9%E3%81%AE(%E8%B3%AA%2F%E9%80%9F%E3%81%95)",
			engine: "DeepL",
			sourceLanguage: "ja",
			translatedAt: null,
		});
		expect(provenanceFromAnswers({ ...answers, url: "https://example.org/essay", project: "", title: "An essay" })).toMatchObject({ sourceProject: null, sourceTitle: "An essay", sourceUrl: "https://example.org/essay" });
		expect(provenanceFromAnswers({ ...answers, project: "" })).toBeNull();
		expect(provenanceFromAnswers({ ...answers, url: "not a url" })).toBeNull();
		expect(provenanceFromAnswers({ ...answers, engine: "", language: "" })).toMatchObject({ engine: null, sourceLanguage: null });
	});

	it("lists what is missing", () => {
		expect(missingFields(null)).toEqual(["source", "engine", "language"]);
		expect(missingFields(tea)).toEqual([]);
		expect(missingFields({ ...tea, engine: null, sourceLanguage: null })).toEqual(["engine", "language"]);
	});
});

describe("the new text", () => {
	it("replaces an old footer, keeps its thanks sentence on the next line, and a second run changes nothing", () => {
		const once = textWithFooter(markdownFooterNote, tea, DEFAULT_SETTINGS);
		expect(once.endsWith(`\n---\nThis page was translated from Japanese by DeepL. Original: [お茶の話](${TEA_URL})\nIf something here reads oddly, tell me at [@tea_notes](https://example.org/tea) and I will fix it. Thanks for reading.\n`)).toBe(true);
		expect(textWithFooter(once, tea, DEFAULT_SETTINGS)).toBe(once);
		expect(parseFooter(once)?.form).toBe("lens");
	});

	it("a changed record replaces the plugin's own footer in place", () => {
		const once = textWithFooter(rawFooterNote, tea, DEFAULT_SETTINGS);
		const twice = textWithFooter(once, { ...tea, engine: "GPT-4" }, DEFAULT_SETTINGS);
		expect(twice).toBe(once.replace("by DeepL", "by GPT-4"));
	});

	it("is idempotent and never stacks footers, for any body and record", () => {
		const line = fc.string({ maxLength: 40 }).filter((s) => !/[\r\n]/.test(s));
		const body = fc.array(fc.oneof(line, fc.constant("---"), fc.constant(""), fc.constant("- item")), { maxLength: 8 }).map((lines) => lines.join("\n"));
		const record = fc.record({
			sourceProject: fc.constantFrom("teahouse", "nishio", "a-b_c"),
			sourceTitle: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== "" && !/[\r\n]/.test(s)),
			engine: fc.option(fc.constantFrom("DeepL", "GPT-3.5", "人手"), { nil: null }),
			sourceLanguage: fc.option(fc.constantFrom("ja", "en", "ko"), { nil: null }),
		});
		fc.assert(
			fc.property(body, record, fc.constantFrom<"en" | "ja">("en", "ja"), (text, r, language) => {
				const provenance: Provenance = { ...r, sourceUrl: `https://scrapbox.io/${r.sourceProject}/${encodeURIComponent(r.sourceTitle)}` };
				const settings = { ...DEFAULT_SETTINGS, footerLanguage: language };
				const once = textWithFooter(text, provenance, settings);
				const twice = textWithFooter(once, provenance, settings);
				expect(twice).toBe(once);
				const parsed = parseFooter(once);
				expect(parsed?.form).toBe("lens");
				expect(parsed?.sourceTitle).toBe(r.sourceTitle);
			}),
			{ numRuns: 300 },
		);
	});
});

describe("property changes", () => {
	it("lists only values that differ, never empty ones", () => {
		expect(propertyChanges(tea, null)).toEqual({ translated_from: TEA_URL, translation_source: "お茶の話", source_lang: "ja", translation_engine: "DeepL" });
		expect(propertyChanges(tea, { translated_from: TEA_URL, translation_source: "お茶の話", source_lang: "ja", translation_engine: "DeepL" })).toEqual({});
		expect(propertyChanges({ ...tea, engine: null }, { translation_engine: "DeepL" })).toEqual({ translated_from: TEA_URL, translation_source: "お茶の話", source_lang: "ja" });
	});
});

describe("the contact sentence", () => {
	it("links Markdown, Scrapbox and bare http(s) URLs, and nothing else", () => {
		expect(messagePieces("Tell me at [@tea](https://example.org/tea). Or [@x https://example.org/x], [https://example.org/y why], <https://example.org/z> and https://example.org/w.")).toEqual([
			{ kind: "text", text: "Tell me at " },
			{ kind: "link", text: "@tea", url: "https://example.org/tea" },
			{ kind: "text", text: ". Or " },
			{ kind: "link", text: "@x", url: "https://example.org/x" },
			{ kind: "text", text: ", " },
			{ kind: "link", text: "why", url: "https://example.org/y" },
			{ kind: "text", text: ", " },
			{ kind: "link", text: "https://example.org/z", url: "https://example.org/z" },
			{ kind: "text", text: " and " },
			{ kind: "link", text: "https://example.org/w", url: "https://example.org/w" },
			{ kind: "text", text: "." },
		]);
		expect(messagePieces("[me](javascript:alert(1)) <b>hi</b>")).toEqual([{ kind: "text", text: "[me](javascript:alert(1)) <b>hi</b>" }]);
	});

	it("never throws and never loses text", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (message) => {
				const pieces = messagePieces(message);
				const text = pieces.map((p) => (p.kind === "text" ? p.text : p.url)).join("");
				// Links keep their URL; the rest is the message as written.
				expect(text.length).toBeLessThanOrEqual(message.length);
				if (pieces.every((p) => p.kind === "text")) expect(text).toBe(message);
			}),
		);
	});
});
