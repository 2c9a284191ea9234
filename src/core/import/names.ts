/**
 * Page titles → note file names.
 *
 * Sanitising follows the official importer (obsidianmd/obsidian-importer,
 * REFERENCE §6): NFC; `/` and `\` become `-`; `?<>:*|"`, control characters and
 * the link-breaking `[]#|^` are removed; no leading dots, no trailing dots or
 * spaces; at most 240 UTF-8 bytes including `.md`, cut on a character boundary.
 * One deliberate difference: a Windows reserved name (`CON`, `nul.txt`, …) gets
 * an underscore (`CON_`) instead of being emptied, so the title stays readable.
 * A title with nothing usable left becomes `Untitled`.
 *
 * Names must be unique case-insensitively (Obsidian resolves links that way, and
 * so do macOS and Windows file systems). When several pages want one name, the
 * page that sorts first keeps it and the others get ` (2)`, ` (3)`, … in that
 * order. The order is fixed by the pages themselves, never by their position in
 * the export, so the same export always gives the same names:
 *   0. a page whose title is the name as it is comes first (`a-b` keeps `a-b`
 *      before `a/b` gets it), then one that differs only in case;
 *   1. earlier `created` first (pages without one last);
 *   2. then page `id` (code-unit order; pages without one last);
 *   3. then the exact title (code-unit order);
 *   4. then the page text; only identical pages fall back to file order.
 */
import { titleKey } from "../scrapbox/title";

/** The longest file name written, `.md` included, in UTF-8 bytes. */
export const MAX_FILE_NAME_BYTES = 240;
export const NOTE_EXTENSION = ".md";
export const UNTITLED = "Untitled";

const SLASHES = /[/\\]/g;
// The importer's illegal characters, control characters (C0, DEL, C1), and [ ] # | ^ which break links.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const REMOVED = /[?<>:*|"\u0000-\u001f\u007f-\u009f[\]#^]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;
const SURROGATE = /[\uD800-\uDFFF]/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?=\.|$)/i;

/** Replaces unpaired UTF-16 surrogates (which cannot be written as UTF-8) with U+FFFD. */
export function wellFormed(text: string): string {
	// Most text holds no surrogate at all: one test, no replace.
	if (!SURROGATE.test(text)) return text;
	return text.replace(LONE_SURROGATE, (match) => (match.length === 2 ? match : "\uFFFD"));
}

/** A file name (without extension) for a title, or `Untitled` when nothing usable is left. */
export function sanitizeFileName(title: string): string {
	let name = wellFormed(title).normalize("NFC").replace(SLASHES, "-").replace(REMOVED, "");
	name = trimName(name.replace(/^[\s.]+/, ""));
	name = name.replace(WINDOWS_RESERVED, "$1_");
	name = trimName(truncateUtf8(name, MAX_FILE_NAME_BYTES - NOTE_EXTENSION.length));
	return name === "" ? UNTITLED : name;
}

/** Windows drops trailing dots and spaces, so a name never ends with one. */
function trimName(name: string): string {
	return name.replace(/[\s.]+$/, "").replace(/^\s+/, "");
}

export function utf8ByteLength(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

/** The longest prefix of `text` within `maxBytes` UTF-8 bytes, never splitting a surrogate pair. */
export function truncateUtf8(text: string, maxBytes: number): string {
	if (text.length * 3 <= maxBytes) return text;
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
		const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
		if (bytes + size > maxBytes) return text.slice(0, i);
		bytes += size;
		if (pair) i++;
	}
	return text;
}

/** What naming needs to know about a page. */
export interface NameablePage {
	title: string;
	created?: number;
	id?: string;
	lines?: readonly string[];
}

export interface NoteNames {
	/** The note's base name (no extension) for each page, index-aligned with the pages given. */
	names: string[];
	/**
	 * Scrapbox title key (`titleKey`) → the page links to that title reach. When an
	 * export holds two pages with one key, links reach the one that sorts first.
	 */
	byKey: Map<string, number>;
	/** Each note's Scrapbox title key (`titleKey` of its page's title), index-aligned with `names`; computed once, as naming 7,000 pages is one synchronous block. */
	keys: string[];
	/** Lower-cased names already taken, including reserved ones. */
	taken: Set<string>;
	/** Cache for `nameForMissingPage`, by exact title. */
	missing: Map<string, string>;
}

/**
 * Distinct, stable note names for every page (see the module comment for the
 * order). `reserved` names (e.g. the import report's) are never given to a page.
 */
export function assignNoteNames(pages: readonly NameablePage[], reserved: Iterable<string> = [], linesOf?: (index: number) => readonly string[]): NoteNames {
	const taken = new Set<string>();
	for (const name of reserved) taken.add(name.toLowerCase());
	const wanted = pages.map((page) => sanitizeFileName(page.title));
	const wantedLower = wanted.map((name) => name.toLowerCase());
	const keys = pages.map((page) => titleKey(page.title));
	const lines = linesOf ?? ((index: number) => pages[index].lines ?? []);
	const fit = pages.map((page, index) => (page.title === wanted[index] ? 0 : page.title.toLowerCase() === wantedLower[index] ? 1 : 2));
	const order = pages
		.map((_, index) => index)
		.sort((a, b) => fit[a] - fit[b] || comparePages(pages[a], pages[b]) || compareLines(lines(a), lines(b)) || a - b);

	// Links to a title reach the first page in the order that carries its key.
	const byKey = new Map<string, number>();
	for (const index of order) {
		const key = keys[index];
		if (!byKey.has(key)) byKey.set(key, index);
	}

	// First pass: the first page wanting each name gets it as it is.
	const names = new Array<string>(pages.length);
	const losers: number[] = [];
	for (const index of order) {
		const lower = wantedLower[index];
		if (taken.has(lower)) losers.push(index);
		else {
			taken.add(lower);
			names[index] = wanted[index];
		}
	}
	// Second pass, in the same order: the rest get the lowest free number.
	const next = new Map<string, number>();
	for (const index of losers) {
		const [name, n] = numbered(wanted[index], taken, next.get(wantedLower[index]) ?? 2);
		names[index] = name;
		// Numbers below n are taken: the next page with this name starts after it (linear, not quadratic).
		next.set(wantedLower[index], n + 1);
	}
	return { names, byKey, keys, taken, missing: new Map() };
}

/** `base (n)` with the lowest n ≥ `from` not yet taken; reserves it. */
function numbered(base: string, taken: Set<string>, from: number): [string, number] {
	for (let n = from; ; n++) {
		const suffix = ` (${n})`;
		const stem = trimName(truncateUtf8(base, MAX_FILE_NAME_BYTES - NOTE_EXTENSION.length - suffix.length)) || UNTITLED;
		const name = stem + suffix;
		if (!taken.has(name.toLowerCase())) {
			taken.add(name.toLowerCase());
			return [name, n];
		}
	}
}

function comparePages(a: NameablePage, b: NameablePage): number {
	if (a.created !== b.created) {
		if (a.created === undefined) return 1;
		if (b.created === undefined) return -1;
		return a.created - b.created;
	}
	if (a.id !== b.id) {
		if (a.id === undefined) return 1;
		if (b.id === undefined) return -1;
		return a.id < b.id ? -1 : 1;
	}
	if (a.title !== b.title) return a.title < b.title ? -1 : 1;
	return 0;
}

/** Only pages alike in title, time and id get here, so reading their lines is rare. */
function compareLines(la: readonly string[], lb: readonly string[]): number {
	for (let i = 0; i < Math.min(la.length, lb.length); i++) {
		if (la[i] !== lb[i]) return la[i] < lb[i] ? -1 : 1;
	}
	return la.length - lb.length;
}

/**
 * The note name a link to a page that is not in the export points at: the
 * sanitised title, numbered when that name already belongs to a different page
 * (so following the link never opens the wrong note). Depends only on the names
 * of the pages in the export, not on the order links are met in.
 */
export function nameForMissingPage(names: NoteNames, title: string): string {
	const cached = names.missing.get(title);
	if (cached !== undefined) return cached;
	const base = sanitizeFileName(title);
	let name = base;
	for (let n = 2; names.taken.has(name.toLowerCase()); n++) {
		const suffix = ` (${n})`;
		name = (trimName(truncateUtf8(base, MAX_FILE_NAME_BYTES - NOTE_EXTENSION.length - suffix.length)) || UNTITLED) + suffix;
	}
	names.missing.set(title, name);
	return name;
}
