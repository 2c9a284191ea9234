/**
 * What the footer command writes, decided without Obsidian: the provenance a
 * note already has (footer and properties), what is missing, the new note text
 * and the property values. register.ts and the folder command only carry it out.
 */
import {
	inferSourceLanguage,
	locateFooter,
	mergeProvenance,
	parseFooter,
	provenanceToProperties,
	readProvenanceProperties,
	replaceFooter,
	formatFooter,
	scrapboxPageFromUrl,
	type FooterParseOptions,
	type ParsedFooter,
	type Provenance,
	type ProvenanceProperties,
} from "../../core/provenance";
import { isWebUrl } from "../../core/import/escape";
import { scrapboxPageUrl } from "../../core/scrapbox/title";
import type { ScrapboxLensSettings } from "../settings";

export type FooterSettings = Pick<ScrapboxLensSettings, "footerLanguage" | "footerTemplateEn" | "footerTemplateJa">;

/** The user's own templates, so their footers are read back too. */
export function parseOptions(settings: FooterSettings): FooterParseOptions {
	const templates = [settings.footerTemplateEn, settings.footerTemplateJa].filter((template) => template.trim() !== "");
	return templates.length > 0 ? { templates } : {};
}

/** The template for the footer language, or undefined for the default. */
export function writingTemplate(settings: FooterSettings): string | undefined {
	const template = settings.footerLanguage === "ja" ? settings.footerTemplateJa : settings.footerTemplateEn;
	return template.trim() === "" ? undefined : template;
}

export interface KnownProvenance {
	footer: ParsedFooter | null;
	properties: Provenance | null;
	/** The footer's facts with its gaps filled from the properties. */
	merged: Provenance | null;
}

export function knownProvenance(text: string, frontmatter: unknown, settings: FooterSettings): KnownProvenance {
	const footer = parseFooter(text, parseOptions(settings));
	const properties = readProvenanceProperties(frontmatter);
	return { footer, properties, merged: mergeProvenance(footer, properties) };
}

export type MissingField = "source" | "engine" | "language";

/** What the form has to ask for: the original (a URL, or project and title), the engine, the language. */
export function missingFields(provenance: Provenance | null): MissingField[] {
	if (!provenance || !provenance.sourceUrl) return ["source", "engine", "language"];
	const missing: MissingField[] = [];
	if (!provenance.engine) missing.push("engine");
	if (!provenance.sourceLanguage) missing.push("language");
	return missing;
}

/** What the form holds; empty strings are unanswered. */
export interface ProvenanceAnswers {
	url: string;
	project: string;
	title: string;
	engine: string;
	/** A language code, or empty for "not stated". */
	language: string;
	translatedAt?: string | null;
}

/**
 * Reads what was typed into the original's URL field: a web address, a
 * scrapbox.io page (project and title decoded from it), or `/project/title`
 * (also in Scrapbox's `[/project/title]` brackets). Null for anything else.
 */
export function parseSourceInput(input: string): { project: string | null; title: string | null; url: string } | null {
	let value = input.trim();
	if (value.startsWith("[") && value.endsWith("]")) value = value.slice(1, -1).trim();
	if (isWebUrl(value)) {
		const page = scrapboxPageFromUrl(value);
		if (page) return { project: page.project, title: page.title, url: scrapboxPageUrl(page.project, page.title) };
		return /\s/.test(value) ? null : { project: null, title: null, url: value };
	}
	const m = /^\/([A-Za-z0-9_-]{1,100})\/(.+)$/.exec(value);
	if (m) return { project: m[1], title: m[2], url: scrapboxPageUrl(m[1], m[2]) };
	return null;
}

/**
 * The record the form describes, or null when it does not name the original.
 * Project and title typed in their own fields win over those read from the
 * URL field; a Scrapbox URL is always rebuilt, so it is correctly encoded.
 */
export function provenanceFromAnswers(answers: ProvenanceAnswers): Provenance | null {
	const source = answers.url.trim() === "" ? null : parseSourceInput(answers.url);
	if (answers.url.trim() !== "" && !source) return null;
	const project = answers.project.trim() || source?.project || null;
	const title = answers.title.trim() || source?.title || null;
	let url: string | null = null;
	if (project && title) url = scrapboxPageUrl(project, title);
	else if (source && !source.project) url = source.url;
	if (!url) return null;
	const engine = answers.engine.trim() || null;
	const language = answers.language.trim() || null;
	return {
		sourceProject: project,
		sourceTitle: title ?? url,
		sourceUrl: url,
		engine,
		sourceLanguage: language,
		translatedAt: answers.translatedAt ?? null,
	};
}

/** The language to suggest in the form: what is known, else the core's inference from project and title. */
export function suggestedLanguage(project: string | null, title: string | null): string | null {
	return inferSourceLanguage(null, project, title ?? "").language;
}

/**
 * The note's text with `provenance` as its footer. Replaces a footer of any
 * recognised form and never adds a second. An older footer's contact and
 * thanks sentence is not lost: it follows the new footer on its own line,
 * where a second run finds and keeps it, so writing twice equals writing once.
 */
export function textWithFooter(text: string, provenance: Provenance, settings: FooterSettings): string {
	const options = parseOptions(settings);
	const line = formatFooter(provenance, { language: settings.footerLanguage, template: writingTemplate(settings) });
	const old = locateFooter(text, options, [line]);
	let next = replaceFooter(text, line, options);
	const message = old && old.footer.form !== "lens" ? old.footer.message?.trim() : null;
	if (message) {
		const at = next.lastIndexOf(line);
		if (at !== -1) {
			const eol = next.includes("\r\n") ? "\r\n" : "\n";
			const end = at + line.length;
			next = next.slice(0, end) + eol + message.replace(/[\r\n]+/g, " ") + next.slice(end);
		}
	}
	return next;
}

/** Property values to set, only those that differ from the frontmatter; unknown values are never written. */
export function propertyChanges(provenance: Provenance, frontmatter: unknown): ProvenanceProperties {
	const current = typeof frontmatter === "object" && frontmatter !== null ? (frontmatter as Record<string, unknown>) : {};
	const wanted = provenanceToProperties(provenance);
	const changes: ProvenanceProperties = {};
	for (const [key, value] of Object.entries(wanted) as [keyof ProvenanceProperties, string][]) {
		if (current[key] !== value) changes[key] = value;
	}
	return changes;
}
