/**
 * Reading Scrapbox (Cosense) export JSON into one normalised shape.
 *
 * Every shape the service has produced is accepted (REFERENCE §1): exports with
 * and without metadata (lines as strings or `{text, userId, created, updated}`),
 * backups (line objects, `linksLc`, older line `id`s), 2018 exports without page
 * ids, 2023 exports without `users`/`views`, the import format
 * `{pages: [{title, lines}]}`, and extra or missing keys anywhere.
 *
 * The whole file is checked before anything is written: a file that is not an
 * export gets one clear message and nothing is imported. Inside an export, one
 * bad page is reported and skipped while the rest go on.
 *
 * Large projects (26,000 pages) are read from bytes by `readExportBytes` (or
 * from an open file by `readExportSource`), which parses one page at a time
 * and, unless asked to keep them, lets each page's lines go again: `loadPage`
 * reads them back when the page is converted. Peak memory then stays well
 * under the size of the parsed file.
 */

export interface ExportPage {
	/** Position in the export's `pages` array (0-based). */
	index: number;
	title: string;
	/** Every line's text; `lines[0]` is the title line. Empty until loaded when the export was read lean. */
	lines: readonly string[];
	/** Line ids, index-aligned with `lines` ("" where a line has none); absent when no line has one. */
	lineIds?: readonly string[];
	/** UNIX seconds. */
	created?: number;
	/** UNIX seconds. */
	updated?: number;
	id?: string;
}

export interface ScrapboxExport {
	/** The project's name (its URL segment), when the file says. */
	project?: string;
	displayName?: string;
	/** UNIX seconds. */
	exported?: number;
	/** The pages that could be read, in file order. */
	pages: ExportPage[];
	/** How many entries the file's `pages` array held, readable or not. */
	pageCount: number;
	/** Pages that could not be read (each skipped). */
	issues: ExportIssue[];
	/** Line ids that some `[page#lineId]` link points at (24-digit hex ids found after `#` in a link). */
	anchoredLineIds: Set<string>;
	/**
	 * Present when the export was read without keeping lines: the page with its
	 * lines read again from the file. Call it right before converting a page.
	 */
	loadPage?: (page: ExportPage) => ExportPage;
}

/** A page with its lines, whether or not the export kept them. */
export function pageWithLines(exported: ScrapboxExport, page: ExportPage): ExportPage {
	return exported.loadPage ? exported.loadPage(page) : page;
}

export type ExportErrorCode = "not-json" | "roam" | "notion" | "single-page" | "not-export" | "empty";

export interface ExportError {
	code: ExportErrorCode;
	message: string;
}

export type ExportIssueCode = "page-not-object" | "missing-title" | "lines-not-list" | "bad-line";

export interface ExportIssue {
	code: ExportIssueCode;
	/** Position in the export's `pages` array (0-based). */
	index: number;
	/** The page's title if it has one, else `page N` (1-based). */
	title: string;
	message: string;
}

export type ReadExportResult = { ok: true; export: ScrapboxExport } | { ok: false; error: ExportError };

const MESSAGES: Record<ExportErrorCode, string> = {
	"not-json": "This file is not JSON, so it is not a Scrapbox (Cosense) export",
	roam: "This looks like a Roam Research export, not a Scrapbox (Cosense) export. Nothing was imported.",
	notion: "This looks like a Notion export, not a Scrapbox (Cosense) export. Nothing was imported.",
	"single-page": "This is a single page, not a Scrapbox (Cosense) project export. Export the whole project from the project settings (Page data → Export pages). Nothing was imported.",
	"not-export": "This JSON file is not a Scrapbox (Cosense) export: it has no list of pages. Nothing was imported.",
	empty: "The Scrapbox (Cosense) export has no pages. Nothing was imported.",
};

function fail(code: ExportErrorCode, detail?: string): ReadExportResult {
	const message = code === "not-json" ? `${MESSAGES[code]} (${detail ?? "unreadable"}). Nothing was imported.` : MESSAGES[code];
	return { ok: false, error: { code, message } };
}

/** Reads export text (as read from the file). Never throws. */
export function readExport(text: string): ReadExportResult {
	let data: unknown;
	try {
		data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (error) {
		return fail("not-json", error instanceof Error ? firstLine(error.message) : undefined);
	}
	return readExportData(data);
}

/** Reads already-parsed export JSON. Never throws. */
export function readExportData(data: unknown): ReadExportResult {
	if (Array.isArray(data)) return fail(looksLikeRoam(data) ? "roam" : "not-export");
	if (!isObject(data)) return fail("not-export");
	if (!Array.isArray(data.pages)) {
		if (typeof data.title === "string" && Array.isArray(data.lines)) return fail("single-page");
		if (looksLikeNotion(data)) return fail("notion");
		return fail("not-export");
	}
	const raw: unknown[] = data.pages;
	if (raw.length === 0) return fail("empty");
	const pages: ExportPage[] = [];
	const issues: ExportIssue[] = [];
	const anchoredLineIds = new Set<string>();
	for (let index = 0; index < raw.length; index++) {
		const result = readPage(raw[index], index);
		if ("issue" in result) issues.push(result.issue);
		else {
			collectAnchors(result.page.lines, anchoredLineIds);
			pages.push(result.page);
		}
	}
	const invalid = notAnExport(pages.length, raw);
	if (invalid) return fail(invalid);
	return { ok: true, export: { ...topLevel(data), pages, pageCount: raw.length, issues, anchoredLineIds } };
}

function topLevel(data: Record<string, unknown>): Pick<ScrapboxExport, "project" | "displayName" | "exported"> {
	return { project: nonEmptyString(data.name), displayName: nonEmptyString(data.displayName), exported: seconds(data.exported) };
}

/** Every entry unreadable, and none looks like a Scrapbox page: not an export at all. */
function notAnExport(readable: number, raw: readonly unknown[]): ExportErrorCode | undefined {
	if (readable > 0) return undefined;
	if (raw.some((p) => isObject(p) && (typeof p.title === "string" || Array.isArray(p.lines)))) return undefined;
	return raw.some((p) => isObject(p) && Array.isArray(p.children)) ? "roam" : "not-export";
}

const ANCHOR = /#([0-9a-f]{24})\]/g;

/** Adds the line ids that `[…#lineId]` links in these lines point at. */
function collectAnchors(lines: readonly string[], into: Set<string>): void {
	for (const line of lines) {
		if (line.indexOf("#") === -1) continue;
		ANCHOR.lastIndex = 0;
		for (let m = ANCHOR.exec(line); m !== null; m = ANCHOR.exec(line)) into.add(m[1]);
	}
}

function readPage(value: unknown, index: number): { page: ExportPage } | { issue: ExportIssue } {
	const label = `page ${index + 1}`;
	if (!isObject(value)) return issue("page-not-object", index, label, `${label} is not a page object; skipped`);
	const title = typeof value.title === "string" && value.title.trim() !== "" ? value.title : undefined;
	if (title === undefined) return issue("missing-title", index, label, `${label} has no title; skipped`);
	if (!Array.isArray(value.lines)) return issue("lines-not-list", index, title, `"lines" is not a list; page skipped`);
	const source: unknown[] = value.lines;
	const lines: string[] = new Array<string>(source.length);
	let lineIds: string[] | undefined;
	for (let i = 0; i < source.length; i++) {
		const line = source[i];
		if (typeof line === "string") {
			lines[i] = line;
			continue;
		}
		if (isObject(line) && typeof line.text === "string") {
			lines[i] = line.text;
			if (typeof line.id === "string" && line.id !== "") {
				if (!lineIds) lineIds = new Array<string>(source.length).fill("");
				lineIds[i] = line.id;
			}
			continue;
		}
		return issue("bad-line", index, title, `line ${i + 1} is neither text nor a line object with text; page skipped`);
	}
	const page: ExportPage = { index, title, lines };
	if (lineIds) page.lineIds = lineIds;
	const created = seconds(value.created);
	const updated = seconds(value.updated);
	if (created !== undefined) page.created = created;
	if (updated !== undefined) page.updated = updated;
	const id = nonEmptyString(value.id);
	if (id !== undefined) page.id = id;
	return { page };
}

function issue(code: ExportIssueCode, index: number, title: string, message: string): { issue: ExportIssue } {
	return { issue: { code, index, title, message } };
}

/** Roam Research exports are arrays of `{title, children: [{string, …}]}`. */
function looksLikeRoam(data: unknown[]): boolean {
	return data.some((p) => isObject(p) && (Array.isArray(p.children) || typeof p["create-time"] === "number" || typeof p.uid === "string"));
}

/** Notion's API JSON: `{object: "page" | "list" | "database", …}` or `{results: […]}`. */
function looksLikeNotion(data: Record<string, unknown>): boolean {
	return typeof data.object === "string" || (Array.isArray(data.results) && data.results.some((r) => isObject(r) && typeof r.object === "string"));
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
	return typeof value === "string" && value !== "" ? value : undefined;
}

/** A time in UNIX seconds, or undefined for anything that is not a finite number. */
function seconds(value: unknown): number | undefined {
	return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function firstLine(text: string): string {
	const end = text.indexOf("\n");
	return end === -1 ? text : text.slice(0, end);
}

// ---------------------------------------------------------------------------
// Reading from bytes, one page at a time

export interface ReadBytesOptions {
	/** Keep every page's lines in memory (default false: `loadPage` reads them again). */
	keepLines?: boolean;
	/** Bytes read from the source at a time (default 1 MiB). */
	chunkSize?: number;
}

/**
 * Random access to the export's bytes (UTF-8), so a large file need not be in
 * memory: the command line reads from the open file, the plugin from an
 * ArrayBuffer. `read` returns exactly `end - start` bytes.
 */
export interface ByteSource {
	readonly size: number;
	read(start: number, end: number): Uint8Array;
	/**
	 * Optional: reads `start`..`end` into the start of `into` and returns how
	 * many bytes it read. When present, the reader reuses one buffer for all its
	 * chunks instead of asking `read` for a new one each time (the command line
	 * reads a file: a fresh buffer per chunk is garbage that outlives many
	 * collections).
	 */
	readInto?(start: number, end: number, into: Uint8Array): number;
}

/** A byte source over bytes already in memory. */
export function bytesSource(bytes: Uint8Array): ByteSource {
	return { size: bytes.length, read: (start, end) => bytes.subarray(start, end) };
}

/**
 * Reads an export from the file's bytes. Same result and messages as
 * `readExport`, but only one page is parsed at a time; the file's structure is
 * checked first, so a broken file still gets its one message and nothing else.
 */
export function readExportBytes(bytes: Uint8Array, options: ReadBytesOptions = {}): ReadExportResult {
	return readExportSource(bytesSource(bytes), options);
}

/** `readExportBytes` over a byte source, read in chunks; pages are read again from it by `loadPage`. */
export function readExportSource(source: ByteSource, options: ReadBytesOptions = {}): ReadExportResult {
	const steps = readExportSteps(source, options);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/**
 * `readExportSource` in steps, for a caller that must yield between them (the
 * plugin, on the UI thread): each `next()` does a bounded piece of the work —
 * about one page of the file's structure, or one page read — and the last
 * returns the same result, with the same messages, as `readExportSource`. A
 * file that is not an export at all is still read whole, in one step.
 */
export function* readExportSteps(source: ByteSource, options: ReadBytesOptions = {}): Generator<void, ReadExportResult, void> {
	const decoder = new TextDecoder("utf-8");
	const whole = () => readExport(decoder.decode(source.read(0, source.size)));
	const chunkSize = Math.max(1, options.chunkSize ?? CHUNK);
	const cursor = new Cursor(source, chunkSize);
	let skeleton: Skeleton | undefined;
	try {
		skeleton = yield* scanSkeleton(cursor);
	} catch {
		skeleton = undefined;
	}
	// Not an object with a `pages` array (or not even JSON): the whole-file path gives the right message.
	if (!skeleton || !skeleton.pages) return whole();

	const data: Record<string, unknown> = {};
	try {
		for (const [key, [start, end]] of skeleton.values) data[key] = JSON.parse(decoder.decode(cursor.slice(start, end)));
	} catch {
		return whole();
	}
	const ranges = skeleton.pages;
	if (ranges.length === 0) return fail("empty");

	const pages: ExportPage[] = [];
	const issues: ExportIssue[] = [];
	const anchoredLineIds = new Set<string>();
	const spans = new Map<ExportPage, readonly [number, number]>();
	const sample: unknown[] = [];
	for (let index = 0; index < ranges.length; index++) {
		if (index > 0) yield;
		const [start, end] = ranges[index];
		let value: unknown;
		try {
			value = JSON.parse(decoder.decode(cursor.slice(start, end)));
		} catch (error) {
			return fail("not-json", error instanceof Error ? firstLine(error.message) : undefined);
		}
		if (index < 50) sample.push(value);
		const result = readPage(value, index);
		if ("issue" in result) {
			issues.push(result.issue);
			continue;
		}
		const page = result.page;
		collectAnchors(page.lines, anchoredLineIds);
		if (!options.keepLines) {
			page.lines = [];
			delete page.lineIds;
			spans.set(page, ranges[index]);
		}
		pages.push(page);
	}
	const invalid = notAnExport(pages.length, sample);
	if (invalid) return fail(invalid);
	const exported: ScrapboxExport = { ...topLevel(data), pages, pageCount: ranges.length, issues, anchoredLineIds };
	if (!options.keepLines) {
		// Pages are converted in file order, so a second cursor reads the file once more, in chunks.
		const again = new Cursor(source, chunkSize);
		exported.loadPage = (page) => {
			const span = spans.get(page);
			if (!span || page.lines.length > 0) return page;
			const result = readPage(JSON.parse(decoder.decode(again.slice(span[0], span[1]))), page.index);
			return "page" in result ? result.page : page;
		};
	}
	return { ok: true, export: exported };
}

const CHUNK = 1 << 20;

/**
 * Sequential-friendly access to a byte source through one chunk at a time. A
 * slice is valid until the cursor next moves (every caller decodes it at once):
 * the chunk's buffer is reused when the source can read into it.
 */
class Cursor {
	private chunk: Uint8Array = new Uint8Array(0);
	private base = 0;
	/** The buffer chunks are read into, when the source has `readInto`. */
	private own: Uint8Array | undefined;
	constructor(
		private readonly source: ByteSource,
		private readonly chunkSize: number,
	) {}

	get size(): number {
		return this.source.size;
	}

	/** Makes the chunk start at `start`. */
	private load(start: number): void {
		const end = Math.min(this.source.size, start + this.chunkSize);
		this.base = start;
		if (this.source.readInto) {
			this.own ??= new Uint8Array(Math.min(this.chunkSize, this.source.size));
			this.chunk = this.own.subarray(0, this.source.readInto(start, end, this.own));
		} else this.chunk = this.source.read(start, end);
	}

	/** The byte at `pos`, or -1 past the end. */
	byte(pos: number): number {
		const i = pos - this.base;
		if (i >= 0 && i < this.chunk.length) return this.chunk[i];
		if (pos >= this.source.size || pos < 0) return -1;
		this.load(pos);
		return this.chunk[0];
	}

	/** The position of the next `"` at or after `pos`, searched natively inside the current chunk; -1 at the end. */
	nextQuote(pos: number): number {
		for (;;) {
			const i = pos - this.base;
			if (i >= 0 && i < this.chunk.length) {
				const found = this.chunk.indexOf(0x22, i);
				if (found !== -1) return this.base + found;
				pos = this.base + this.chunk.length;
			}
			if (this.byte(pos) === -1) return -1;
		}
	}

	/** Bytes `start`..`end`, from the current chunk when they lie in it. */
	slice(start: number, end: number): Uint8Array {
		const i = start - this.base;
		if (i >= 0 && end - this.base <= this.chunk.length) return this.chunk.subarray(i, end - this.base);
		if (end - start >= this.chunkSize) return this.source.read(start, end);
		this.load(start);
		return this.chunk.subarray(0, end - start);
	}
}

interface Skeleton {
	/** Byte ranges of the other top-level values, by key. */
	values: Map<string, readonly [number, number]>;
	/** Byte ranges of the elements of the top-level `pages` array; undefined when there is none. */
	pages: Array<readonly [number, number]> | undefined;
}

/** Walks the top-level object, a step after each page; throws on anything that is not well-formed structure. */
function* scanSkeleton(bytes: Cursor): Generator<void, Skeleton | undefined, void> {
	let pos = skipSpace(bytes, bytes.byte(0) === 0xef && bytes.byte(1) === 0xbb && bytes.byte(2) === 0xbf ? 3 : 0);
	if (bytes.byte(pos) !== 0x7b) return undefined;
	const values = new Map<string, readonly [number, number]>();
	let pages: Array<readonly [number, number]> | undefined;
	pos = skipSpace(bytes, pos + 1);
	if (bytes.byte(pos) === 0x7d) return { values, pages };
	for (;;) {
		if (bytes.byte(pos) !== 0x22) throw new Error("key expected");
		const keyEnd = skipString(bytes, pos);
		const key = JSON.parse(new TextDecoder().decode(bytes.slice(pos, keyEnd))) as string;
		pos = skipSpace(bytes, keyEnd);
		if (bytes.byte(pos) !== 0x3a) throw new Error("colon expected");
		pos = skipSpace(bytes, pos + 1);
		const valueStart = pos;
		if (key === "pages" && bytes.byte(pos) === 0x5b) {
			pages = [];
			pos = skipSpace(bytes, pos + 1);
			if (bytes.byte(pos) === 0x5d) pos++;
			else {
				for (;;) {
					const elementEnd = skipValue(bytes, pos);
					pages.push([pos, elementEnd]);
					yield;
					pos = skipSpace(bytes, elementEnd);
					if (bytes.byte(pos) === 0x2c) pos = skipSpace(bytes, pos + 1);
					else if (bytes.byte(pos) === 0x5d) {
						pos++;
						break;
					} else throw new Error("comma expected");
				}
			}
		} else {
			// `pages` that is not an array: not an export; the whole-file path says so.
			if (key === "pages") return undefined;
			pos = skipValue(bytes, pos);
			// The other values are small (names, users); parsing them checks they are JSON.
			values.set(key, [valueStart, pos]);
		}
		pos = skipSpace(bytes, pos);
		if (bytes.byte(pos) === 0x2c) pos = skipSpace(bytes, pos + 1);
		else if (bytes.byte(pos) === 0x7d) break;
		else throw new Error("comma expected");
	}
	if (skipSpace(bytes, pos + 1) !== bytes.size) throw new Error("trailing data");
	return { values, pages };
}

function skipSpace(bytes: Cursor, pos: number): number {
	for (;;) {
		const c = bytes.byte(pos);
		if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return pos;
		pos++;
	}
}

/** The position after the string starting at `pos` (a `"`). Most of an export's bytes are in strings, so this is the hot loop. */
function skipString(bytes: Cursor, pos: number): number {
	for (let from = pos + 1; ; ) {
		const quote = bytes.nextQuote(from);
		if (quote === -1) throw new Error("unterminated string");
		// Escaped when an odd number of backslashes precede it.
		let slashes = 0;
		while (bytes.byte(quote - 1 - slashes) === 0x5c) slashes++;
		if (slashes % 2 === 0) return quote + 1;
		from = quote + 1;
	}
}

/** The position after the JSON value starting at `pos`. Nested content is checked by JSON.parse later. */
function skipValue(bytes: Cursor, pos: number): number {
	const first = bytes.byte(pos);
	if (first === 0x22) return skipString(bytes, pos);
	if (first === 0x7b || first === 0x5b) {
		let depth = 0;
		for (let i = pos; ; i++) {
			const c = bytes.byte(i);
			if (c === 0x22) i = skipString(bytes, i) - 1;
			else if (c === 0x7b || c === 0x5b) depth++;
			else if (c === 0x7d || c === 0x5d) {
				depth--;
				if (depth === 0) return i + 1;
			} else if (c === -1) throw new Error("unbalanced");
		}
	}
	let i = pos;
	for (;;) {
		const c = bytes.byte(i);
		if (c === -1 || c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) break;
		i++;
	}
	if (i === pos) throw new Error("value expected");
	return i;
}
