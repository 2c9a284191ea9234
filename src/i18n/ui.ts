/**
 * The one place UI strings come from. The plugin imports this module: it has
 * every string but the command line's, which ./index adds. The plugin sets the
 * language from Obsidian's (`getLanguage()`), the command line from the
 * environment; the tables themselves are plain data.
 */
import { en, type MessageKey } from "./en";
import { ja } from "./ja";
import { flatten, type Strings } from "./strings";

export type { MessageKey };
export type Language = "en" | "ja";

const tables: Record<Language, Record<string, string>> = { en: {}, ja: {} };
let current: Language = "en";

/** Adds tables to both languages (the Japanese ones typed against the English). */
export function addStrings(english: readonly Strings[], japanese: readonly Strings[]): void {
	for (const table of english) flatten(table, tables.en);
	for (const table of japanese) flatten(table, tables.ja);
}

addStrings(en, ja);

/** Picks the table for a language code such as `ja`, `ja-JP` or `en-GB`; anything else is English. */
export function languageFromCode(code: string | null | undefined): Language {
	return code && /^ja(?:[-_.@]|$)/i.test(code) ? "ja" : "en";
}

export function setLanguage(language: Language): void {
	current = language;
}

export function currentLanguage(): Language {
	return current;
}

/** The string for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params?: Record<string, string | number>, language: Language = current): string {
	const template = tables[language][key] ?? tables.en[key];
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
