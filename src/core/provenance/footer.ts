/**
 * Reading translation-provenance footers.
 *
 * Footers sit at the very end of a note, after a `---` line (older ones after a
 * blank line), so the note is read backwards from its end, a few lines at most,
 * and each candidate line goes through cheap `includes` tests before any
 * parsing. The body of the note is never scanned.
 *
 * Recognised (REFERENCE §3):
 * - `This page is auto-translated from [/project/TITLE](https://scrapbox.io/project/TITLE) using DeepL. If you …`
 *   with or without `using <engine>`, or cut off anywhere after the link;
 * - the raw Scrapbox form `[/project/TITLE]`, and a bare `https://scrapbox.io/…` URL;
 * - the broken-parenthesis form, where an unencoded title with `(`, `)` or
 *   spaces cut the Markdown link: the title is taken from the link text, which
 *   the break leaves whole, and the URL is re-encoded;
 * - `This page is written in English by … and copied from [/project/TITLE]`;
 * - this plugin's own footer, from the default templates or the caller's.
 */
import { decodeTitleFromUrl, encodeTitleForUrl, scrapboxPageUrl } from "../scrapbox/title";
import { inferSourceLanguage, languageFromName } from "./language";
import { compileFooterTemplate, DEFAULT_FOOTER_TEMPLATES, type FooterMatcher } from "./template";
import type { FooterForm, ParsedFooter } from "./types";

/** How many lines from the end are looked at, blank ones included. */
const MAX_TAIL_LINES = 12;
/** How many non-blank lines after the separator can hold the footer. */
const MAX_CANDIDATES = 4;
/** A footer line is a sentence or two; anything longer is body text. */
const MAX_FOOTER_LINE = 8000;

export interface FooterParseOptions {
	/** Footer templates of this plugin besides the defaults (a user's custom template). */
	templates?: readonly string[];
}

/** A footer and where it sits, for replacing it. Offsets index the note text. */
export interface FooterLocation {
	footer: ParsedFooter;
	/** Offset of the first character of the footer line. */
	lineStart: number;
	/** Offset just past the footer line (before its line break). */
	lineEnd: number;
	/** Offset of the `---` separator line above the footer when only blank lines lie between; else null. */
	separatorStart: number | null;
}

/** The footer of a note, or null. Never throws. */
export function parseFooter(text: string, options: FooterParseOptions = {}): ParsedFooter | null {
	return locateFooter(text, options)?.footer ?? null;
}

/**
 * Finds the footer line from the end of the note. `alsoAccept` lists exact
 * lines to treat as footers even if no parser knows them (used by
 * `replaceFooter` so that replacing is idempotent for any footer text).
 */
export function locateFooter(text: string, options: FooterParseOptions = {}, alsoAccept: readonly string[] = []): FooterLocation | null {
	if (typeof text !== "string" || text.length === 0) return null;
	try {
		return locate(text, options, alsoAccept);
	} catch {
		return null;
	}
}

/**
 * The 1-based line of the note's footer, or 0: the same recognition as
 * `parseFooter` without building the record (no URL encoding). For the classifier.
 */
export function footerLineOf(text: string): number {
	if (typeof text !== "string" || text.length === 0) return 0;
	try {
		return locate(text, {}, [], false)?.footer.line ?? 0;
	} catch {
		return 0;
	}
}

function locate(text: string, options: FooterParseOptions, alsoAccept: readonly string[], withUrl = true): FooterLocation | null {
	const matchers = matchersFor(options);
	let end = text.length;
	let inspected = 0;
	let candidates = 0;
	while (end >= 0 && inspected < MAX_TAIL_LINES) {
		const start = end === 0 ? 0 : text.lastIndexOf("\n", end - 1) + 1;
		inspected++;
		let lineEnd = end;
		if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
		const length = lineEnd - start;
		if (length <= MAX_FOOTER_LINE && !isBlank(text, start, lineEnd)) {
			const line = text.slice(start, lineEnd);
			if (isSeparator(line)) break;
			candidates++;
			const parsed = mayBeFooter(line, matchers, alsoAccept)
				? (parseLine(line.trim(), matchers, withUrl) ?? (alsoAccept.includes(line.trim()) ? acceptedLine(line.trim()) : null))
				: null;
			if (parsed) {
				// Filled in place: spreading the record into a new object is measurably slow here.
				const footer = parsed;
				footer.raw = line;
				footer.line = lineNumberAt(text, start);
				return { footer, lineStart: start, lineEnd, separatorStart: separatorAbove(text, start) };
			}
			if (candidates >= MAX_CANDIDATES) break;
		} else if (length > MAX_FOOTER_LINE) {
			candidates++;
			if (candidates >= MAX_CANDIDATES) break;
		}
		if (start === 0) break;
		end = start - 1;
	}
	return null;
}

/** Markers one of which every footer line of the sentence forms contains ("translated" also covers the default English template). */
const SENTENCE_MARKERS = ["translated", "copied from "];

/** A cheap test before parsing: does the line hold any marker a footer must hold? */
function mayBeFooter(line: string, matchers: FooterMatcher[], alsoAccept: readonly string[]): boolean {
	for (const marker of SENTENCE_MARKERS) if (line.includes(marker)) return true;
	for (const matcher of matchers) if (matcher.anchor === "" || line.includes(matcher.anchor)) return true;
	return alsoAccept.length > 0 && alsoAccept.includes(line.trim());
}

/** Reads one footer line (already trimmed or not). Null when it is not a footer. Never throws. */
export function parseFooterLine(line: string, options: FooterParseOptions = {}): Omit<ParsedFooter, "line"> | null {
	if (typeof line !== "string" || line.length > MAX_FOOTER_LINE) return null;
	try {
		const parsed = parseLine(line.trim(), matchersFor(options), true);
		if (parsed) parsed.raw = line;
		return parsed;
	} catch {
		return null;
	}
}

/** A parsed line; `raw` and `line` are filled in by the caller. */
type LineResult = ParsedFooter;

function parseLine(line: string, matchers: FooterMatcher[], withUrl: boolean): LineResult | null {
	for (const matcher of matchers) {
		if (matcher.anchor !== "" && !line.includes(matcher.anchor)) continue;
		const result = fromTemplate(matcher, line, withUrl);
		if (result) return result;
	}
	if (line.includes("translated from ")) return parseSentence(line, "auto-translated", withUrl);
	if (line.includes("copied from ")) return parseSentence(line, "copied", withUrl);
	return null;
}

function acceptedLine(line: string): LineResult {
	return {
		sourceProject: null,
		sourceTitle: line,
		sourceUrl: null,
		engine: null,
		sourceLanguage: null,
		form: "lens",
		message: null,
		writtenBy: null,
		repaired: false,
		languageFrom: "none",
		raw: "",
		line: 0,
	};
}

const defaultMatchers: FooterMatcher[] = Object.values(DEFAULT_FOOTER_TEMPLATES)
	.map((t) => compileFooterTemplate(t))
	.filter((m): m is FooterMatcher => m !== null);

function matchersFor(options: FooterParseOptions): FooterMatcher[] {
	if (!options.templates || options.templates.length === 0) return defaultMatchers;
	const extra = options.templates.map((t) => compileFooterTemplate(t)).filter((m): m is FooterMatcher => m !== null);
	return [...extra, ...defaultMatchers];
}

function fromTemplate(matcher: FooterMatcher, line: string, withUrl: boolean): LineResult | null {
	const m = matcher.match(line);
	if (!m) return null;
	let project = m.sourceProject;
	let title = m.sourceTitle;
	let url = m.sourceUrl;
	const page = url ? scrapboxPageFromUrl(url) : null;
	if (page) {
		project = page.project;
		title = title ?? page.title;
	}
	if (!title) return null;
	if (project && (page || !url)) url = withUrl ? pageUrl(project, title) : null;
	const { language, from } = inferSourceLanguage(m.language, project, title);
	return {
		sourceProject: project,
		sourceTitle: title,
		sourceUrl: url,
		engine: m.engine,
		sourceLanguage: language,
		translatedAt: m.date,
		form: "lens",
		message: null,
		writtenBy: null,
		repaired: false,
		languageFrom: from,
		raw: "",
		line: 0,
	};
}

interface SourceRef {
	project: string;
	title: string;
	/** Offset just past the reference in the line. */
	end: number;
	repaired: boolean;
}

/** The nishio pipeline's sentences: "auto-translated from …" and "written in English by … and copied from …". */
function parseSentence(line: string, form: FooterForm, withUrl: boolean): LineResult | null {
	const marker = form === "copied" ? "copied from " : "translated from ";
	const at = line.indexOf(marker);
	const ref = parseSourceRef(line, at + marker.length);
	if (!ref) return null;
	let engine: string | null = null;
	let pos = ref.end;
	if (line.startsWith(" using ", pos)) {
		const stop = sentenceEnd(line, pos + 7);
		const named = line.slice(pos + 7, stop).trim();
		engine = named.length > 0 && named.length <= 60 ? named : null;
		pos = stop;
	} else if (line.startsWith(" using", pos) && line.length === pos + 6) {
		pos = line.length;
	}
	let rest = line.slice(pos);
	if (rest.startsWith(".")) rest = rest.slice(1);
	const message = rest.trim() === "" ? null : rest.trim();
	let writtenBy: string | null = null;
	let stated: string | null = null;
	if (form === "copied") {
		const written = /written in ([A-Za-z]+) by (.{1,100}?) and $/.exec(line.slice(Math.max(0, at - 200), at));
		if (written) {
			stated = languageFromName(written[1]);
			writtenBy = written[2].trim();
		}
	}
	const { language, from } = inferSourceLanguage(stated, ref.project, ref.title);
	return {
		sourceProject: ref.project,
		sourceTitle: ref.title,
		sourceUrl: withUrl ? pageUrl(ref.project, ref.title) : null,
		engine: form === "copied" ? null : engine,
		sourceLanguage: language,
		form,
		message,
		writtenBy,
		repaired: ref.repaired,
		languageFrom: from,
		raw: "",
		line: 0,
	};
}

/** Where a sentence ends: a `.` followed by a space or the line's end; else the line's end (a cut-off line). */
function sentenceEnd(line: string, from: number): number {
	let i = line.indexOf(".", from);
	while (i !== -1) {
		const next = line.charCodeAt(i + 1);
		if (i + 1 >= line.length || next === 32 || next === 9) return i;
		i = line.indexOf(".", i + 1);
	}
	return line.length;
}

const SCRAPBOX_HOSTS = ["https://scrapbox.io/", "http://scrapbox.io/", "https://cosen.se/", "https://cosense.app/"];
const PROJECT_NAME = /^[A-Za-z0-9_.-]{1,100}$/;

/** `[/project/TITLE](url…)`, `[/project/TITLE]`, or a bare scrapbox.io URL, starting at `at`. */
function parseSourceRef(line: string, at: number): SourceRef | null {
	if (line.startsWith("[/", at)) {
		const inner = at + 2;
		const slash = line.indexOf("/", inner);
		if (slash === -1) return null;
		const project = line.slice(inner, slash);
		if (!PROJECT_NAME.test(project)) return null;
		const markdown = findLinkDestination(line, slash + 1, project);
		if (markdown) {
			const title = line.slice(slash + 1, markdown.textEnd);
			if (title.trim() === "") return null;
			const urlEnd = destinationEnd(line, markdown.pathStart, title);
			const written = line.slice(markdown.pathStart, urlEnd);
			return { project, title, end: Math.min(line.length, urlEnd + 1), repaired: /[\s()<>]/.test(written) || urlEnd >= line.length };
		}
		const close = line.indexOf("]", slash + 1);
		if (close === -1) return null;
		const title = line.slice(slash + 1, close);
		if (title.trim() === "") return null;
		return { project, title, end: close + 1, repaired: false };
	}
	for (const host of SCRAPBOX_HOSTS) {
		if (line.startsWith(host, at)) {
			let end = at + host.length;
			while (end < line.length && !/\s/.test(line[end])) end++;
			let url = line.slice(at, end);
			while (/[.,;:)]$/.test(url)) url = url.slice(0, -1);
			const page = scrapboxPageFromUrl(url);
			return page ? { project: page.project, title: page.title, end: at + url.length, repaired: false } : null;
		}
	}
	if (line.startsWith("[", at)) {
		// `[label](https://scrapbox.io/project/title)`: the URL names the page.
		const close = line.indexOf("](", at);
		if (close === -1) return null;
		const urlStart = close + 2;
		const host = SCRAPBOX_HOSTS.find((h) => line.startsWith(h, urlStart));
		if (!host) return null;
		let depth = 0;
		let end = urlStart;
		for (; end < line.length; end++) {
			const c = line[end];
			if (c === "(") depth++;
			else if (c === ")") {
				if (depth === 0) break;
				depth--;
			}
		}
		const page = scrapboxPageFromUrl(line.slice(urlStart, end).trim());
		return page ? { project: page.project, title: page.title, end: Math.min(line.length, end + 1), repaired: false } : null;
	}
	return null;
}

/**
 * In `[/project/TITLE](https://scrapbox.io/project/…)`, where the link text ends
 * and the URL's title part starts. Searching for the URL prefix (not for `]`)
 * keeps titles with brackets or parentheses whole.
 */
function findLinkDestination(line: string, titleStart: number, project: string): { textEnd: number; pathStart: number } | null {
	for (const host of SCRAPBOX_HOSTS) {
		const prefix = `](${host}`;
		let i = line.indexOf(prefix, titleStart);
		while (i !== -1) {
			const projectStart = i + prefix.length;
			const projectEnd = line.indexOf("/", projectStart);
			if (projectEnd !== -1 && line.slice(projectStart, projectEnd).toLowerCase() === project.toLowerCase()) {
				return { textEnd: i, pathStart: projectEnd + 1 };
			}
			i = line.indexOf(prefix, i + 1);
		}
	}
	return null;
}

/**
 * Where the link destination's title part ends (the offset of its closing `)`,
 * or the line's end for a cut-off line). Tries the title as written, encoded
 * and with `_` for spaces; then falls back to balanced parentheses.
 */
function destinationEnd(line: string, pathStart: number, title: string): number {
	// Spellings are made one at a time: the first (the title as is) is by far the most common.
	const spellings = [() => title, () => safely(encodeTitleForUrl, title), () => title.replace(/ /g, "_"), () => safely(encodeURI, title)];
	for (const spell of spellings) {
		const spelling = spell();
		if (line.startsWith(spelling, pathStart)) {
			const after = pathStart + spelling.length;
			if (line.charCodeAt(after) === 41 /* ) */ || after === line.length) return after;
		}
	}
	let depth = 0;
	for (let i = pathStart; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === 40) depth++;
		else if (c === 41) {
			if (depth === 0) return i;
			depth--;
		}
	}
	const using = line.indexOf(") using ", pathStart);
	return using === -1 ? line.length : using;
}

/** URL encoders throw on lone surrogates; a footer with one still parses. */
function safely(encode: (text: string) => string, text: string): string {
	try {
		return encode(text);
	} catch {
		return text;
	}
}

/** A page URL, or null when the title cannot be encoded (a lone surrogate). */
function pageUrl(project: string, title: string): string | null {
	try {
		return scrapboxPageUrl(project, title);
	} catch {
		return null;
	}
}

/** `https://scrapbox.io/<project>/<title>` → project and decoded title; null for other URLs. */
export function scrapboxPageFromUrl(url: string): { project: string; title: string } | null {
	const host = SCRAPBOX_HOSTS.find((h) => url.startsWith(h));
	if (!host) return null;
	let path = url.slice(host.length);
	const cut = path.search(/[?#]/);
	if (cut !== -1) path = path.slice(0, cut);
	const slash = path.indexOf("/");
	if (slash <= 0) return null;
	const project = decodeTitleFromUrl(path.slice(0, slash));
	const title = decodeTitleFromUrl(path.slice(slash + 1));
	if (!PROJECT_NAME.test(project) || title.trim() === "") return null;
	return { project, title };
}

function isBlank(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c !== 32 && c !== 9 && c !== 13 && c !== 0x3000) return false;
	}
	return true;
}

/** A thematic break that separates a footer: three or more `-`. */
export function isSeparator(line: string): boolean {
	const trimmed = line.trim();
	if (trimmed.length < 3) return false;
	for (let i = 0; i < trimmed.length; i++) if (trimmed.charCodeAt(i) !== 45) return false;
	return true;
}

/** The `---` line directly above `lineStart`, with only blank lines between; null when there is none. */
function separatorAbove(text: string, lineStart: number): number | null {
	let end = lineStart - 1;
	for (let steps = 0; end >= 0 && steps < 4; steps++) {
		const start = end === 0 ? 0 : text.lastIndexOf("\n", end - 1) + 1;
		const line = text.slice(start, end);
		if (isSeparator(line)) return start;
		if (line.trim() !== "") return null;
		if (start === 0) return null;
		end = start - 1;
	}
	return null;
}

/** 1-based line number of an offset: counts line breaks before it. */
function lineNumberAt(text: string, offset: number): number {
	let line = 1;
	let i = text.indexOf("\n");
	while (i !== -1 && i < offset) {
		line++;
		i = text.indexOf("\n", i + 1);
	}
	return line;
}
