/**
 * Provenance as flat note properties, one type per name across a vault, so
 * Bases and Dataview can query them:
 *
 * | property             | type            | holds                                             |
 * |----------------------|-----------------|---------------------------------------------------|
 * | `translated_from`    | text (URL)      | the original's URL, percent-encoded               |
 * | `translation_source` | text            | the original's title, exactly                     |
 * | `source_lang`        | text            | BCP 47 code of the original's language (`ja`)     |
 * | `translation_engine` | text            | the engine (`DeepL`, `GPT-3.5`)                   |
 * | `translated_at`      | date and time   | `YYYY-MM-DDTHH:mm:ss` (Obsidian's date-time form) |
 */
import { scrapboxPageUrl } from "../scrapbox/title";
import { scrapboxPageFromUrl } from "./footer";
import { inferSourceLanguage } from "./language";
import type { Provenance } from "./types";

export const PROVENANCE_PROPERTY_KEYS = {
	translatedFrom: "translated_from",
	translationSource: "translation_source",
	sourceLang: "source_lang",
	translationEngine: "translation_engine",
	translatedAt: "translated_at",
} as const;

export type ProvenancePropertyKey = (typeof PROVENANCE_PROPERTY_KEYS)[keyof typeof PROVENANCE_PROPERTY_KEYS];
export type ProvenanceProperties = Partial<Record<ProvenancePropertyKey, string>>;

export const PROVENANCE_PROPERTY_NAMES: readonly ProvenancePropertyKey[] = Object.values(PROVENANCE_PROPERTY_KEYS);

/**
 * The properties for a provenance record. Unknown values are left out, never
 * written empty. `translatedAt` given here wins over the record's own.
 */
export function provenanceToProperties(provenance: Provenance, translatedAt?: Date | string | null): ProvenanceProperties {
	const out: ProvenanceProperties = {};
	if (provenance.sourceUrl) out.translated_from = provenance.sourceUrl;
	if (provenance.sourceTitle) out.translation_source = provenance.sourceTitle;
	if (provenance.sourceLanguage) out.source_lang = provenance.sourceLanguage;
	if (provenance.engine) out.translation_engine = provenance.engine;
	const at = translatedAt ?? provenance.translatedAt ?? null;
	if (at) out.translated_at = typeof at === "string" ? at : propertyDateTime(at);
	return out;
}

/** `YYYY-MM-DDTHH:mm:ss` in local time: the form Obsidian's "date and time" property reads and writes. */
export function propertyDateTime(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, "0");
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** A property value as text: Obsidian may hand over a list, a number or a Date. */
function text(value: unknown): string | null {
	if (Array.isArray(value)) return value.length > 0 ? text(value[0]) : null;
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : propertyDateTime(value);
	if (typeof value === "string") return value.trim() === "" ? null : value.trim();
	if (typeof value === "number" && Number.isFinite(value)) return String(value);
	return null;
}

/**
 * Provenance from a note's properties (Obsidian's parsed frontmatter), so a note
 * without a footer can still show its card. Null unless the properties name
 * the original (a title or a URL). Never throws.
 */
export function readProvenanceProperties(frontmatter: unknown): Provenance | null {
	if (typeof frontmatter !== "object" || frontmatter === null || Array.isArray(frontmatter)) return null;
	const props = frontmatter as Record<string, unknown>;
	const from = text(props[PROVENANCE_PROPERTY_KEYS.translatedFrom]);
	// `translated_from` holds a URL; anything else there is not one we can link to.
	const url = from && /^https?:\/\/\S+$/.test(from) ? from : null;
	let title = text(props[PROVENANCE_PROPERTY_KEYS.translationSource]);
	const page = url ? scrapboxPageFromUrl(url) : null;
	if (!title && page) title = page.title;
	if (!title && url) title = url;
	if (!title) return null;
	const project = page?.project ?? null;
	const stated = text(props[PROVENANCE_PROPERTY_KEYS.sourceLang]);
	return {
		sourceProject: project,
		sourceTitle: title,
		// A Scrapbox URL is rebuilt so that it is always correctly encoded.
		sourceUrl: page && project ? scrapboxPageUrl(project, title) : url,
		engine: text(props[PROVENANCE_PROPERTY_KEYS.translationEngine]),
		sourceLanguage: inferSourceLanguage(stated, project, title).language,
		translatedAt: text(props[PROVENANCE_PROPERTY_KEYS.translatedAt]),
	};
}

/**
 * One record for the card: the footer's facts, with gaps filled from the
 * properties (a footer rarely states a date; properties may name the engine).
 */
export function mergeProvenance(footer: Provenance | null, properties: Provenance | null): Provenance | null {
	if (!footer) return properties;
	if (!properties) return footer;
	return {
		sourceProject: footer.sourceProject ?? properties.sourceProject,
		sourceTitle: footer.sourceTitle,
		sourceUrl: footer.sourceUrl ?? properties.sourceUrl,
		engine: footer.engine ?? properties.engine,
		sourceLanguage: footer.sourceLanguage ?? properties.sourceLanguage,
		translatedAt: footer.translatedAt ?? properties.translatedAt ?? null,
	};
}
