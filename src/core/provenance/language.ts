/**
 * Source languages: names in English and Japanese for footers, and the rule
 * that infers the language of an original when the footer does not state it.
 *
 * Inference, first match wins:
 * 1. the footer states it (this plugin's footer, "written in English") → that;
 * 2. the original's title contains kana → `ja`; Hangul → `ko`; kanji without
 *    kana → `ja` too, because the original is a Scrapbox page and Scrapbox is
 *    overwhelmingly Japanese (a Chinese title would be misread; say so in the card);
 * 3. the project is a known Japanese-language project (`nishio`, `villagepump`) → `ja`;
 * 4. otherwise unknown (null): an English title in an unknown project says nothing.
 */
import type { LanguageEvidence } from "./types";

/** Public Scrapbox projects whose pages are written in Japanese. */
export const KNOWN_PROJECT_LANGUAGES: Readonly<Record<string, string>> = {
	nishio: "ja",
	villagepump: "ja",
};

/** Language names as footers write them, by footer language. */
export const LANGUAGE_NAMES: Readonly<Record<string, { en: string; ja: string }>> = {
	ja: { en: "Japanese", ja: "日本語" },
	en: { en: "English", ja: "英語" },
	zh: { en: "Chinese", ja: "中国語" },
	ko: { en: "Korean", ja: "韓国語" },
	fr: { en: "French", ja: "フランス語" },
	de: { en: "German", ja: "ドイツ語" },
	es: { en: "Spanish", ja: "スペイン語" },
	it: { en: "Italian", ja: "イタリア語" },
	pt: { en: "Portuguese", ja: "ポルトガル語" },
	ru: { en: "Russian", ja: "ロシア語" },
};

export type FooterLanguage = "en" | "ja";

/** The name of a language in a footer's language; an unknown code is written as is. */
export function languageName(code: string, footerLanguage: FooterLanguage): string {
	const names = LANGUAGE_NAMES[code.toLowerCase()] ?? LANGUAGE_NAMES[code.toLowerCase().split("-")[0]];
	return names ? names[footerLanguage] : code;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** Reads a language back from a footer: a name in English or Japanese, or a code. Null when unrecognisable. */
export function languageFromName(name: string): string | null {
	const trimmed = name.trim();
	if (trimmed === "") return null;
	const lower = trimmed.toLowerCase();
	for (const code of Object.keys(LANGUAGE_NAMES)) {
		const names = LANGUAGE_NAMES[code];
		if (names.en.toLowerCase() === lower || names.ja === trimmed) return code;
	}
	return LANGUAGE_TAG.test(trimmed) ? trimmed : null;
}

/** Which script a title is written in, as far as the inference needs. */
export function scriptLanguage(title: string): "ja" | "ko" | null {
	let han = false;
	for (let i = 0; i < title.length; i++) {
		const c = title.charCodeAt(i);
		// Hiragana, katakana (incl. half-width) and the prolonged sound mark are Japanese only.
		if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) return "ja";
		if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) return "ko";
		if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han = true;
	}
	return han ? "ja" : null;
}

/** The inference rule above. `stated` is what the footer itself says, if anything. */
export function inferSourceLanguage(
	stated: string | null,
	project: string | null,
	title: string,
): { language: string | null; from: LanguageEvidence } {
	if (stated) return { language: stated, from: "stated" };
	const byScript = scriptLanguage(title);
	if (byScript) return { language: byScript, from: "title-script" };
	const known = project ? KNOWN_PROJECT_LANGUAGES[project.toLowerCase()] : undefined;
	if (known) return { language: known, from: "known-project" };
	return { language: null, from: "none" };
}
