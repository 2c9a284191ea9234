/**
 * The one place UI strings come from, for the plugin and the command line.
 * The plugin sets the language from Obsidian's (`getLanguage()`), the command
 * line from the environment; the tables themselves are plain data.
 */
import { en, type MessageKey } from "./en";
import { ja } from "./ja";

export type { MessageKey };
export type Language = "en" | "ja";

const tables: Record<Language, Record<MessageKey, string>> = { en, ja };
let current: Language = "en";

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
	const template = tables[language][key] ?? en[key];
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
