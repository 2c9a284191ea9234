// The importer's pure parts: which image URLs are downloaded and under what
// name, and the translation option's provenance, footer and import hash.
import { describe, expect, it } from "vitest";
import { decideWrite, planImport, problem, readExport, type ExportErrorCode, type ProblemCode } from "../../../src/core/import";
import { setLanguage } from "../../../src/i18n";
import { counted, exportErrorMessage, translateProblem } from "../../../src/plugin/import/labels";
import { parseFooter } from "../../../src/core/provenance";
import { downloadTarget } from "../../../src/plugin/import/images";
import { pageProvenance, withProvenance, type TranslationOptions } from "../../../src/plugin/import/translation";
import { parseYaml } from "../../stand-in/obsidian";
import { GYAZO_ID, translatedExport } from "./fixtures";

describe("downloadTarget", () => {
	it("downloads Gyazo pages and thumbnails at full size, named by their id", () => {
		for (const url of [`https://gyazo.com/${GYAZO_ID}`, `https://gyazo.com/${GYAZO_ID}/thumb/1000`, `https://gyazo.com/${GYAZO_ID.toUpperCase()}/raw`]) {
			expect(downloadTarget(url)).toEqual({ downloadUrl: `https://gyazo.com/${GYAZO_ID}/raw`, stem: GYAZO_ID });
		}
		expect(downloadTarget(`https://i.gyazo.com/${GYAZO_ID}.jpeg`)).toEqual({ downloadUrl: `https://i.gyazo.com/${GYAZO_ID}.jpeg`, stem: GYAZO_ID, extension: "jpg" });
	});

	it("downloads scrapbox.io files under their file name", () => {
		expect(downloadTarget("https://scrapbox.io/files/65a0c0ffee0000000000f001.png")).toEqual({
			downloadUrl: "https://scrapbox.io/files/65a0c0ffee0000000000f001.png",
			stem: "65a0c0ffee0000000000f001",
			extension: "png",
		});
	});

	it("leaves every other image remote", () => {
		for (const url of ["https://example.org/a.png", "http://gyazo.com/" + GYAZO_ID, "https://gyazo.com/notanid", "https://scrapbox.io/api/pages/p/x/icon", "javascript:alert(1)"]) {
			expect(downloadTarget(url)).toBeNull();
		}
	});
});

describe("the translation option's parts", () => {
	const options: TranslationOptions = { sourceProject: "teahouse", engine: "DeepL", pagesWithoutFooter: "same-title", footerLanguage: "en" };
	const parsed = readExport(translatedExport);
	if (!parsed.ok) throw new Error("fixture");
	const [about, kettles] = parsed.export.pages;

	it("reads a page's own raw footer: its project, title and engine win", () => {
		expect(pageProvenance(about.lines, about.title, { ...options, sourceProject: "elsewhere", engine: "GPT-4" })).toEqual({
			provenance: {
				sourceProject: "teahouse",
				sourceTitle: "お茶の話",
				sourceUrl: "https://scrapbox.io/teahouse/%E3%81%8A%E8%8C%B6%E3%81%AE%E8%A9%B1",
				engine: "DeepL",
				sourceLanguage: "ja",
			},
			hasFooter: true,
		});
	});

	it("a page without a footer is the page of the same title, or none", () => {
		expect(pageProvenance(kettles.lines, kettles.title, options)).toEqual({
			provenance: { sourceProject: "teahouse", sourceTitle: "Kettles", sourceUrl: "https://scrapbox.io/teahouse/Kettles", engine: "DeepL", sourceLanguage: null },
			hasFooter: false,
		});
		expect(pageProvenance(kettles.lines, kettles.title, { ...options, pagesWithoutFooter: "leave" })).toBeNull();
		expect(pageProvenance(kettles.lines, kettles.title, { ...options, engine: " " })?.provenance.engine).toBeNull();
	});

	it("adds the properties before the import hash, a footer where there was none, and a hash that still detects edits", () => {
		const plan = planImport(parsed.export, {});
		const note = plan.notes[1];
		const page = pageProvenance(kettles.lines, kettles.title, options);
		if (!page) throw new Error("no provenance");
		const result = withProvenance(note, page, { footerLanguage: "ja" });
		const head = result.content.slice(4, result.content.indexOf("\n---\n"));
		expect(head.split("\n").at(-1)).toMatch(/^scrapbox_import_hash: "[0-9a-f]+"$/);
		expect(parseYaml(head)).toMatchObject({ title: "Kettles", translation_source: "Kettles", translation_engine: "DeepL", translated_from: "https://scrapbox.io/teahouse/Kettles" });
		expect(parseFooter(result.content)).toMatchObject({ form: "lens", sourceTitle: "Kettles", engine: "DeepL" });
		expect(result.content.endsWith("\n\n---\nこのページは[Kettles](https://scrapbox.io/teahouse/Kettles)をDeepLで翻訳したものです。\n")).toBe(true);
		// The importer's own rules hold for the result: unchanged when equal, updatable when untouched, a conflict when edited.
		expect(decideWrite({ content: result.content }, result).action).toBe("unchanged");
		expect(decideWrite({ content: result.content }, { content: result.content.replace("thermometer", "timer") }).action).toBe("update");
		expect(decideWrite({ content: result.content.replace("thermometer", "timer") }, result)).toEqual({ action: "conflict", reason: "edited" });
	});

	it("leaves a note that is not in the importer's shape as it is", () => {
		const page = pageProvenance(kettles.lines, kettles.title, options);
		if (!page) throw new Error("no provenance");
		const note = { title: "x", path: "x.md", content: "no frontmatter\n", images: [], pageIndex: 0 };
		expect(withProvenance(note, page, options)).toBe(note);
	});
});

describe("the importer's words", () => {
	const problemCodes: ProblemCode[] = [
		"page-not-object",
		"missing-title",
		"lines-not-list",
		"bad-line",
		"conversion-error",
		"write-error",
		"edited-since-import",
		"not-imported-note",
		"control-characters",
		"title-line-differs",
		"duplicate-title",
	];
	const errorCodes: ExportErrorCode[] = ["not-json", "roam", "notion", "single-page", "not-export", "empty"];

	it("every problem and export error has its message in English and Japanese, with the error's detail", () => {
		for (const language of ["en", "ja"] as const) {
			setLanguage(language);
			for (const code of problemCodes) {
				const translated = translateProblem(problem("failed", code, "A page", "Could not convert the page: boom"));
				expect(translated.message).not.toMatch(/^import\.|\{/);
				if (code === "conversion-error" || code === "write-error") expect(translated.message.endsWith("boom")).toBe(true);
			}
			for (const code of errorCodes) expect(exportErrorMessage(code)).not.toMatch(/^import\.|\{/);
		}
		setLanguage("en");
		expect(exportErrorMessage("notion")).toBe("This looks like a Notion export, not a Scrapbox (Cosense) export. Nothing was imported.");
	});
});

describe("counted strings", () => {
	it("use the singular for one, in both languages", () => {
		setLanguage("en");
		expect(counted("import.summary.conflicts", 1)).toBe("1 note was edited since it was imported and was left as it is.");
		expect(counted("import.summary.conflicts", 2)).toBe("2 notes were edited since they were imported and were left as they are.");
		expect(counted("import.file.chosen", 1, { file: "x.json", pages: 1 })).toBe("x.json: 1 page");
		setLanguage("ja");
		expect(counted("import.summary.failed", 1)).toBe("1 ページが失敗しました。");
		expect(counted("import.summary.failed", 3)).toBe("3 ページが失敗しました。");
		setLanguage("en");
	});
});
