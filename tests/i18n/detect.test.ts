// The classifier's evidence in both languages: every kind has a template, and
// the English written from the structured evidence is the core's `reasons`
// byte for byte, so the two never drift apart.
import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { classifyNote, EVIDENCE, EXTRA_EVIDENCE, type Classification } from "../../src/core/detect";
import { flatten } from "../../src/i18n/strings";
import { en } from "../../src/i18n/en";
import { ja } from "../../src/i18n/ja";
import { evidenceText } from "../../src/i18n/evidence";
import { setLanguage } from "../../src/i18n";
import { evidenceNotes, note, path } from "../core/detect/fixtures";
import { convertedNote, ordinaryNote, rawNote } from "../plugin/note-index/fixtures";

const kinds = [...Object.keys(EVIDENCE), ...Object.keys(EXTRA_EVIDENCE)];

function flat(tables: readonly object[]): Record<string, string> {
	const into: Record<string, string> = {};
	for (const table of tables) flatten(table as Parameters<typeof flatten>[0], into);
	return into;
}

function english(result: Classification): string[] {
	return result.evidence.map((item) => evidenceText(item, "en"));
}

describe("the classifier's evidence in the string tables", () => {
	afterEach(() => setLanguage("en"));

	it("has a template for every kind of evidence, and the framing, in both languages", () => {
		for (const [language, tables] of [["en", en], ["ja", ja]] as const) {
			const table = flat(tables);
			const templates = Object.keys(table).filter((key) => key.startsWith("detect.reason."));
			expect(templates.map((key) => key.slice("detect.reason.".length)).sort(), language).toEqual([...kinds].sort());
			for (const key of [...templates, "detect.against", "detect.count"]) expect(table[key], `${language} ${key}`).toBeTruthy();
		}
	});

	it("writes the core's English reasons byte for byte, from a note for every kind", () => {
		for (const [kind, { path: notePath, text }] of Object.entries(evidenceNotes)) {
			const result = classifyNote(text, notePath);
			expect(english(result), kind).toEqual(result.reasons);
		}
		for (const text of [convertedNote, rawNote, ordinaryNote]) {
			const result = classifyNote(text, "Garden log.md");
			expect(result.reasons.length).toBeGreaterThan(0);
			expect(english(result)).toEqual(result.reasons);
		}
	});

	it("writes the core's English reasons byte for byte, on notation-like text", () => {
		fc.assert(
			fc.property(note, path, (text, p) => {
				const result = classifyNote(text, p);
				expect(english(result)).toEqual(result.reasons);
			}),
			{ numRuns: 2000 },
		);
	});

	it("follows the current language, with Japanese for every kind and code samples kept", () => {
		setLanguage("ja");
		for (const [kind, { path: notePath, text }] of Object.entries(evidenceNotes)) {
			const result = classifyNote(text, notePath);
			const item = result.evidence.find((e) => e.kind === kind);
			expect(item, kind).toBeDefined();
			const japanese = evidenceText(item!);
			expect(japanese, kind).not.toMatch(/\{\w+\}|at line|against/);
			if (kind !== "noMarkdown") expect(japanese, kind).toContain(`${item!.line} 行目`);
		}
		const raw = classifyNote("Reading notes\n[** Three passes]\n[** Again]\n[alice.icon]\n* one\n", "Reading notes.md");
		expect(raw.evidence.map((item) => evidenceText(item))).toEqual([
			"2 行目: Scrapbox の装飾記法 `[** ...]`（2 箇所）",
			"1 行目: Scrapbox のページと同じく、先頭行がページタイトル",
			"4 行目: Scrapbox のアイコン記法 `[name.icon]`",
			"反証: 5 行目: Markdown の `*`/`+` の箇条書き",
		]);
		expect(evidenceText(raw.evidence[0], "en")).toBe(raw.reasons[0]);
	});
});
