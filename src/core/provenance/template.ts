/**
 * This plugin's own footer: written from a template, and read back by a matcher
 * compiled from the same template, so any valid template round-trips.
 *
 * Template syntax (one line):
 * - `{name}` is replaced by a value: `sourceLink` (a Markdown link to the
 *   original, always percent-encoded), `sourceTitle`, `sourceUrl`,
 *   `sourceProject`, `engine`, `language` (its name in the footer's language),
 *   `date` (the translation date).
 * - `{?name:text}` keeps `text` only when `name` has a value; `text` may hold
 *   placeholders. This is how "by DeepL" disappears when no engine is known.
 * - A template must contain `{sourceLink}` or `{sourceUrl}`, so the original can
 *   always be found again; `{sourceLink}` and `{sourceUrl}` may not be optional.
 */
import { markdownSafeUrl } from "../scrapbox/title";
import { languageFromName, languageName, type FooterLanguage } from "./language";
import type { Provenance } from "./types";

export const DEFAULT_FOOTER_TEMPLATES: Readonly<Record<FooterLanguage, string>> = {
	en: "This page was translated{?language: from {language}}{?engine: by {engine}}. Original: {sourceLink}",
	ja: "このページは{?language:{language}の}{sourceLink}を{?engine:{engine}で}翻訳したものです。",
};

export const TEMPLATE_PLACEHOLDERS = ["sourceLink", "sourceTitle", "sourceUrl", "sourceProject", "engine", "language", "date"] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

type Piece = { kind: "text"; text: string } | { kind: "value"; name: TemplatePlaceholder } | { kind: "optional"; name: TemplatePlaceholder; pieces: Piece[] };

interface ParsedTemplate {
	pieces: Piece[];
	problems: string[];
}

function isPlaceholder(name: string): name is TemplatePlaceholder {
	return (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name);
}

/** Splits a template into text, values and optional segments; collects problems instead of throwing. */
function parseTemplate(template: string): ParsedTemplate {
	const problems: string[] = [];
	let pos = 0;
	const readPieces = (nested: boolean): Piece[] => {
		const pieces: Piece[] = [];
		let text = "";
		const flush = () => {
			if (text !== "") pieces.push({ kind: "text", text });
			text = "";
		};
		while (pos < template.length) {
			const char = template[pos];
			if (char === "}" && nested) {
				pos++;
				flush();
				return pieces;
			}
			if (char === "{") {
				const optional = template[pos + 1] === "?";
				const nameStart = pos + (optional ? 2 : 1);
				const nameEnd = template.slice(nameStart).search(optional ? /:/ : /\}/);
				const name = nameEnd === -1 ? "" : template.slice(nameStart, nameStart + nameEnd);
				if (/^[A-Za-z]+$/.test(name)) {
					if (!isPlaceholder(name)) problems.push(`unknown placeholder {${name}}`);
					else {
						flush();
						pos = nameStart + nameEnd + 1;
						if (optional) {
							if (nested) problems.push("optional segments cannot be nested");
							pieces.push({ kind: "optional", name, pieces: readPieces(true) });
						} else pieces.push({ kind: "value", name });
						continue;
					}
				}
			}
			text += char;
			pos++;
		}
		if (nested) problems.push("an optional segment is not closed with }");
		flush();
		return pieces;
	};
	const pieces = readPieces(false);
	const top = pieces.filter((p) => p.kind === "value").map((p) => (p as { name: string }).name);
	if (!top.includes("sourceLink") && !top.includes("sourceUrl")) problems.push("the template needs {sourceLink} or {sourceUrl} outside optional segments");
	if (template.includes("\n")) problems.push("a footer template is one line");
	return { pieces, problems };
}

/** Problems with a template, in English; empty when it can be used. */
export function checkFooterTemplate(template: string): string[] {
	return parseTemplate(template).problems;
}

export interface FooterOptions {
	/** The footer's language, which picks the default template and language names. Default `en`. */
	language?: FooterLanguage;
	/** A custom template; an invalid one falls back to the default for `language`. */
	template?: string;
}

/** Escapes what would end or confuse Markdown link text. */
function escapeLinkText(text: string): string {
	return text.replace(/[\\[\]]/g, (c) => "\\" + c);
}

function unescapeLinkText(text: string): string {
	return text.replace(/\\([\\[\]])/g, "$1");
}

function templateFor(options: FooterOptions): { template: string; pieces: Piece[] } {
	const language = options.language ?? "en";
	if (options.template !== undefined) {
		const parsed = parseTemplate(options.template);
		if (parsed.problems.length === 0) return { template: options.template, pieces: parsed.pieces };
	}
	const template = DEFAULT_FOOTER_TEMPLATES[language];
	return { template, pieces: parseTemplate(template).pieces };
}

/**
 * Writes a footer line (without the `---` separator; see `replaceFooter`).
 * The link is always percent-encoded and safe inside Markdown.
 */
export function formatFooter(provenance: Provenance, options: FooterOptions = {}): string {
	const language = options.language ?? "en";
	const { pieces } = templateFor(options);
	const url = provenance.sourceUrl ? markdownSafeUrl(provenance.sourceUrl) : null;
	const values: Record<TemplatePlaceholder, string | null> = {
		sourceLink: url ? `[${escapeLinkText(oneLine(provenance.sourceTitle))}](${url})` : escapeLinkText(oneLine(provenance.sourceTitle)),
		sourceTitle: oneLine(provenance.sourceTitle),
		sourceUrl: url,
		sourceProject: provenance.sourceProject,
		engine: provenance.engine ? oneLine(provenance.engine) : null,
		language: provenance.sourceLanguage ? languageName(provenance.sourceLanguage, language) : null,
		date: provenance.translatedAt ? oneLine(provenance.translatedAt) : null,
	};
	const render = (list: Piece[]): string =>
		list
			.map((piece) => {
				if (piece.kind === "text") return piece.text;
				if (piece.kind === "value") return values[piece.name] ?? "";
				return values[piece.name] ? render(piece.pieces) : "";
			})
			.join("");
	return render(pieces);
}

/** A footer is one line: line breaks become spaces; everything else, other spaces included, stays exact. */
function oneLine(text: string): string {
	return text.replace(/[\r\n\u2028\u2029]+/g, " ");
}

/** What a compiled template reads back from a line. */
export interface TemplateMatch {
	sourceTitle: string | null;
	sourceUrl: string | null;
	sourceProject: string | null;
	engine: string | null;
	language: string | null;
	date: string | null;
}

export interface FooterMatcher {
	template: string;
	/** A literal every matching line contains: a cheap test before the regular expression. */
	anchor: string;
	match(line: string): TemplateMatch | null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Bounded patterns: no unbounded lazy groups next to each other, so matching stays linear in practice. */
const VALUE_PATTERNS: Record<TemplatePlaceholder, string> = {
	sourceLink: "(?:\\[((?:\\\\.|[^\\]\\\\]){1,500})\\]\\((https?://[^\\s()]{1,2000})\\)|((?:\\\\.|[^\\]\\\\\\n]){1,500}))",
	sourceTitle: "(.{1,500}?)",
	sourceUrl: "<?(https?://[^\\s()<>]{1,2000})>?",
	sourceProject: "([A-Za-z0-9_-]{1,100})",
	engine: "(.{1,80}?)",
	language: "(.{1,40}?)",
	date: "(\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)",
};

const matcherCache = new Map<string, FooterMatcher | null>();

/** Compiles a template into a line matcher; null for an invalid template. Cached by template text. */
export function compileFooterTemplate(template: string): FooterMatcher | null {
	const cached = matcherCache.get(template);
	if (cached !== undefined) return cached;
	const parsed = parseTemplate(template);
	let matcher: FooterMatcher | null = null;
	if (parsed.problems.length === 0) {
		const groups: TemplatePlaceholder[] = [];
		const build = (list: Piece[]): string =>
			list
				.map((piece) => {
					if (piece.kind === "text") return escapeRegExp(piece.text);
					if (piece.kind === "value") {
						groups.push(piece.name);
						return VALUE_PATTERNS[piece.name];
					}
					return `(?:${build(piece.pieces)})?`;
				})
				.join("");
		const regex = new RegExp(`^${build(parsed.pieces)}$`);
		const texts = collectText(parsed.pieces);
		const anchor = texts.reduce((best, t) => (t.trim().length > best.length ? t.trim() : best), "");
		matcher = {
			template,
			anchor,
			match(line: string): TemplateMatch | null {
				if (line.length > 5000 || (anchor !== "" && !line.includes(anchor))) return null;
				const m = regex.exec(line);
				if (!m) return null;
				const out: TemplateMatch = { sourceTitle: null, sourceUrl: null, sourceProject: null, engine: null, language: null, date: null };
				let index = 1;
				for (const name of groups) {
					if (name === "sourceLink") {
						const [text, url, bare] = [m[index], m[index + 1], m[index + 2]];
						index += 3;
						if (text !== undefined) {
							out.sourceTitle = unescapeLinkText(text);
							out.sourceUrl = url;
						} else if (bare !== undefined) out.sourceTitle = unescapeLinkText(bare);
						continue;
					}
					const value = m[index++];
					if (value === undefined) continue;
					if (name === "sourceTitle") out.sourceTitle = value;
					else if (name === "sourceUrl") out.sourceUrl = value;
					else if (name === "sourceProject") out.sourceProject = value;
					else if (name === "engine") out.engine = value;
					else if (name === "language") out.language = languageFromName(value) ?? value;
					else if (name === "date") out.date = value;
				}
				return out;
			},
		};
	}
	matcherCache.set(template, matcher);
	return matcher;
}

function collectText(pieces: Piece[]): string[] {
	// Only top-level text is always present; optional text may be missing from a line.
	return pieces.filter((p): p is { kind: "text"; text: string } => p.kind === "text").map((p) => p.text);
}
