/**
 * Translation provenance: where a translated page came from, in what language,
 * and by what. The same record is read from a footer, from properties, or
 * typed in by the user, and written back as a footer and as properties.
 */

/** What a translated page records about its original. */
export interface Provenance {
	/** The Scrapbox (Cosense) project of the original, e.g. `nishio`; null when the original is not on scrapbox.io. */
	sourceProject: string | null;
	/** The original page's title, exactly (parentheses, slashes and all). */
	sourceTitle: string;
	/** A valid, percent-encoded URL of the original (`https://scrapbox.io/<project>/<encoded title>`), or null. */
	sourceUrl: string | null;
	/** The translation engine as written (`DeepL`, `GPT-3.5`); null when not named or not machine-translated. */
	engine: string | null;
	/** A BCP 47 language code of the original (`ja`), stated or inferred; null when unknown. */
	sourceLanguage: string | null;
	/** When the translation was made, as written (ISO date or date-time); null when unknown. */
	translatedAt?: string | null;
}

/**
 * The footer families recognised:
 * - `auto-translated`: "This page is auto-translated from [/project/TITLE]…" (Markdown or raw Scrapbox link, with or without `using <engine>`, cut off or whole);
 * - `copied`: "This page is written in English by … and copied from [/project/TITLE]" (no machine translation);
 * - `lens`: a footer written by this plugin from a template.
 */
export type FooterForm = "auto-translated" | "copied" | "lens";

export interface ParsedFooter extends Provenance {
	/** 1-based line number of the footer line in the note. */
	line: number;
	/** The footer line exactly as written. */
	raw: string;
	form: FooterForm;
	/** The rest of the footer after the provenance sentence: the contact and thanks sentence, or null. */
	message: string | null;
	/** For the `copied` form: who wrote the English text. */
	writtenBy: string | null;
	/** True when the link as written was broken (unencoded URL, parentheses cutting it) and the title was recovered. */
	repaired: boolean;
	/** How `sourceLanguage` was decided. */
	languageFrom: LanguageEvidence;
}

/** Where a source language came from; see language.ts. */
export type LanguageEvidence = "stated" | "title-script" | "known-project" | "none";
