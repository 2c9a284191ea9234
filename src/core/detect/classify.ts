/**
 * The note classifier: is a note raw Scrapbox notation, Markdown converted from
 * a Scrapbox export, a translated converted page, or none of these?
 *
 * One forward pass over the lines with cheap checks on each line's start and on
 * its `[` brackets (found with a shared `indexOf` cursor, so the text is walked
 * once), plus the footer parser reading a few lines from the end. Work per line
 * is bounded, very long notes are read up to a limit, and the scan stops early
 * once the evidence is overwhelming. Never throws; deterministic.
 */
import { footerLineOf } from "../provenance/footer";
import { originalFenceLine } from "../import/original";
import { PROVENANCE_PROPERTY_NAMES } from "../provenance/properties";
import {
	EVIDENCE,
	EXTRA_EVIDENCE,
	FOOTER_POINTS,
	MARK_POINTS,
	PROVENANCE_PROPERTY_POINTS,
	REASON_FORMAT,
	THRESHOLD,
	WEAK_CAP,
	type EvidenceKind,
	type EvidenceName,
	type ExtraEvidenceName,
} from "./evidence";
import { readFlatFrontmatter, type FlatFrontmatter } from "./frontmatter";
import { noteName, titleMatchesName } from "./title";

export type Flavour = "raw" | "converted" | "translated";

export interface Classification {
	flavour: Flavour | null;
	/** 0..1: how surely the note is Scrapbox-flavoured; 0.5 is the line between claimed and not. */
	score: number;
	/** Short evidence with 1-based line numbers, strongest first. */
	reasons: string[];
	/** The same reasons as data, in the same order: for writing them in another language. */
	evidence: Evidence[];
}

/** One reason as data; its English text is `reasons` at the same index. */
export interface Evidence {
	/** What was seen: a name in `EVIDENCE`, or in `EXTRA_EVIDENCE`. */
	kind: EvidenceName | ExtraEvidenceName;
	/** The 1-based line where it was first seen. */
	line: number;
	/** How many times it was seen; the text adds "(×count)" above 1. */
	count: number;
	/** Evidence of ordinary Markdown, against the claim; the text starts with "against:". */
	against: boolean;
	/** For `decoration`: the first decoration seen, such as `[* ...]`. */
	sample?: string;
	/** For `scrapboxMark`: the property's value. */
	mark?: Flavour;
}

/** The tallies behind a classification, in hundredths; a note is claimed at `THRESHOLD`. */
export interface ClassificationDetail extends Classification {
	points: { converted: number; raw: number; translated: number };
}

/** Changes whenever the rules or weights change: caches keyed on it are then rebuilt. */
export const CLASSIFIER_VERSION = "detect-6";

/** Lines and characters read at most; the footer is read from the end regardless. */
const MAX_LINES = 6000;
const MAX_CHARS = 600_000;
/** Brackets looked at per line, and the longest bracket content considered. */
const MAX_BRACKETS_PER_LINE = 24;
const MAX_BRACKET = 400;
/** The longest Markdown link destination read. */
const MAX_URL = 2048;
interface Budget {
	lines: number;
	/** Evidence beyond this (hundredths) cannot be outweighed; the scan stops. */
	saturated: number;
}
const FULL_BUDGET: Budget = { lines: MAX_LINES, saturated: 1000 };
const FOOTER_BUDGET: Budget = { lines: 200, saturated: 300 };
const MAX_REASONS = 8;

const NAMES = Object.keys(EVIDENCE) as EvidenceName[];
/** A kind with every field present: all kinds share one shape, so reading them stays monomorphic. */
interface Kind {
	converted: number;
	raw: number;
	cap: number;
	text: string;
	weak: boolean;
}
const KINDS: Kind[] = NAMES.map((name) => {
	const kind: EvidenceKind = EVIDENCE[name];
	return { converted: kind.converted, raw: kind.raw, cap: kind.cap, text: kind.text, weak: kind.weak === true };
});
const INDEX = Object.fromEntries(NAMES.map((name, i) => [name, i])) as Record<EvidenceName, number>;
/** Kinds with negative weights: evidence against, whichever side it is weighed for. */
const AGAINST = KINDS.map((kind) => kind.converted < 0 || kind.raw < 0);
/** Each reason's English text, framed once here and split around `{line}`, so writing it is two concatenations. */
const REASON_PARTS = KINDS.map((kind, i) => (AGAINST[i] ? fill(REASON_FORMAT.against, "{reason}", kind.text) : kind.text).split("{line}"));
/** The reasons for evidence weighed outside the tally, split around `{line}` once. */
const EXTRA_PARTS = Object.fromEntries(Object.entries(EXTRA_EVIDENCE).map(([kind, text]) => [kind, text.split("{line}")])) as Record<ExtraEvidenceName, string[]>;
const DECORATION = INDEX.decoration;
const TITLE_LIKE = INDEX.titleLike;

/**
 * Counts and first lines per evidence kind. One tally is reused for every call
 * (classification is synchronous), so a note costs no allocation here. The
 * kinds seen are listed too: a note shows a handful of the sixty, and the sums
 * (also taken every 64 lines to see whether the scan can stop) read only those.
 */
class Tally {
	readonly counts = new Int32Array(KINDS.length);
	readonly firstLine = new Int32Array(KINDS.length);
	/** Indices of the kinds seen, in the order first seen; `seenCount` of them. */
	readonly seen = new Int32Array(KINDS.length);
	seenCount = 0;
	sample = "";

	reset(): this {
		for (let k = 0; k < this.seenCount; k++) this.counts[this.seen[k]] = 0;
		this.seenCount = 0;
		this.sample = "";
		return this;
	}

	add(name: EvidenceName, line: number): void {
		const i = INDEX[name];
		if (this.counts[i]++ === 0) {
			this.firstLine[i] = line;
			this.seen[this.seenCount++] = i;
		}
	}

	/** The indices of the kinds seen, in the table's order. */
	seenInOrder(): number[] {
		const order: number[] = [];
		for (let k = 0; k < this.seenCount; k++) {
			const i = this.seen[k];
			let at = order.length;
			while (at > 0 && order[at - 1] > i) at--;
			order.splice(at, 0, i);
		}
		return order;
	}

	/** Some evidence for raw notation, and nothing at all that raw notation would not have. */
	hasOnlyRawEvidence(): boolean {
		let any = false;
		for (let k = 0; k < this.seenCount; k++) {
			const i = this.seen[k];
			const raw = KINDS[i].raw;
			if (raw < 0) return false;
			if (raw > 0 && i !== TITLE_LIKE) any = true;
		}
		return any;
	}

	has(name: EvidenceName): boolean {
		return this.counts[INDEX[name]] > 0;
	}

	total(side: "converted" | "raw"): number {
		let sum = 0;
		let weak = 0;
		for (let k = 0; k < this.seenCount; k++) {
			const i = this.seen[k];
			const count = this.counts[i];
			const kind = KINDS[i];
			const weight = kind[side];
			if (weight === 0) continue;
			const value = Math.min(Math.abs(weight) * count, kind.cap);
			if (weight < 0) sum -= value;
			else if (kind.weak) weak += value;
			else sum += value;
		}
		return sum + Math.min(weak, WEAK_CAP);
	}

	positive(): number {
		let conv = 0;
		let raw = 0;
		for (let k = 0; k < this.seenCount; k++) {
			const i = this.seen[k];
			const count = this.counts[i];
			const kind = KINDS[i];
			if (kind.converted > 0) conv += Math.min(kind.converted * count, kind.cap);
			if (kind.raw > 0) raw += Math.min(kind.raw * count, kind.cap);
		}
		return Math.max(conv, raw);
	}
}

function nothing(): ClassificationDetail {
	return { flavour: null, score: 0, reasons: [], evidence: [], points: { converted: 0, raw: 0, translated: 0 } };
}

/** Classifies a note. `path` (vault-relative or absolute) lets the title be compared with the file name. */
export function classifyNote(text: string, path?: string): Classification {
	const { flavour, score, reasons, evidence } = classifyNoteDetailed(text, path);
	return { flavour, score, reasons, evidence };
}

/**
 * Only the flavour, the same as `classifyNote(text, path).flavour`, without
 * writing reasons: for callers that only choose how to read a note (the
 * timeline's notation, the rendering scope).
 */
export function classifyFlavour(text: string, path?: string): Flavour | null {
	if (typeof text !== "string") return null;
	try {
		return classify(text, typeof path === "string" ? path : undefined, false).flavour;
	} catch {
		return null;
	}
}

/** `classifyNote` with the tallies, for tests, conformance figures and tuning. */
export function classifyNoteDetailed(text: string, path?: string): ClassificationDetail {
	if (typeof text !== "string") return nothing();
	try {
		return classify(text, typeof path === "string" ? path : undefined, true);
	} catch {
		return nothing();
	}
}

const sharedTally = new Tally();

function classify(text: string, path: string | undefined, withReasons: boolean): ClassificationDetail {
	const tally = sharedTally.reset();
	const frontmatter = readFlatFrontmatter(text);
	const name = path ? noteName(path) : null;
	let mark: Flavour | null = null;
	let markLine = 0;
	let provenanceLine = 0;
	if (frontmatter) {
		const result = weighFrontmatter(frontmatter, text, name, tally);
		mark = result.mark;
		markLine = result.markLine;
		provenanceLine = result.provenanceLine;
	}
	// The footer is read first (from the end, cheaply): when there is one the flavour is settled,
	// and the body is read only far enough to give a few more reasons.
	const footerLine = footerLineOf(text);
	scanBody(text, frontmatter, name, tally, footerLine > 0 ? FOOTER_BUDGET : FULL_BUDGET);
	// A note converted in place keeps its raw original at the end: the plugin's own mark.
	const originalLine = originalFenceLine(text);
	if (originalLine > 0) tally.add("keptOriginal", originalLine);
	if (!frontmatter && tally.hasOnlyRawEvidence()) tally.add("noMarkdown", 1);

	let converted = tally.total("converted");
	const raw = tally.total("raw");
	const extra: Extra[] = [];
	let translated = 0;
	if (footerLine > 0) {
		translated += FOOTER_POINTS;
		extra.push({ points: FOOTER_POINTS, evidence: { kind: "provenanceFooter", line: footerLine, count: 1, against: false } });
	}
	if (provenanceLine > 0) {
		translated += PROVENANCE_PROPERTY_POINTS;
		extra.push({ points: PROVENANCE_PROPERTY_POINTS, evidence: { kind: "provenanceProperties", line: provenanceLine, count: 1, against: false } });
	}
	let rawTotal = raw;
	if (mark) {
		extra.push({ points: MARK_POINTS, evidence: { kind: "scrapboxMark", line: markLine, count: 1, against: false, mark } });
		if (mark === "raw") rawTotal += MARK_POINTS;
		else if (mark === "converted") converted += MARK_POINTS;
		else translated += MARK_POINTS;
	}

	let flavour: Flavour | null = null;
	let points: number;
	if (translated > 0) {
		flavour = "translated";
		points = translated + Math.max(0, converted, rawTotal);
	} else if (converted >= THRESHOLD || rawTotal >= THRESHOLD) {
		flavour = rawTotal > converted ? "raw" : "converted";
		points = Math.max(converted, rawTotal);
	} else points = Math.max(converted, rawTotal);

	const reasons: string[] = [];
	const evidence: Evidence[] = [];
	if (withReasons) reasonsOf(tally, extra, flavour, reasons, evidence);
	return { flavour, score: scoreOf(points), reasons, evidence, points: { converted, raw: rawTotal, translated } };
}

/** A logistic curve through 0.5 at the threshold; 2 points above it is about 0.95. */
function scoreOf(points: number): number {
	const x = (points - THRESHOLD) / 100;
	const score = 1 / (1 + Math.exp(-1.5 * x));
	return Math.round(score * 1000) / 1000;
}

/** Evidence weighed outside the tally (`EXTRA_EVIDENCE`), with its points for ordering. */
interface Extra {
	points: number;
	evidence: Evidence & { kind: ExtraEvidenceName };
}

/** `template` with its first `name` replaced by `value`; no `$` patterns, unlike `String.replace`. */
function fill(template: string, name: string, value: string): string {
	const at = template.indexOf(name);
	return at === -1 ? template : template.slice(0, at) + value + template.slice(at + name.length);
}

/** The English text of a reason from its template split around `{line}`; written only for the few that are reported. */
function reasonText(evidence: Evidence, parts: readonly string[]): string {
	let text = parts.length === 2 ? parts[0] + evidence.line + parts[1] : parts[0];
	if (evidence.sample !== undefined) text = fill(text, "{sample}", evidence.sample);
	if (evidence.mark !== undefined) text = fill(text, "{mark}", evidence.mark);
	return evidence.count > 1 ? fill(fill(REASON_FORMAT.count, "{count}", String(evidence.count)), "{reason}", text) : text;
}

/** Fills `reasons` and `evidence` with the strongest few, in the same order. */
function reasonsOf(tally: Tally, extra: Extra[], flavour: Flavour | null, reasons: string[], evidence: Evidence[]): void {
	const side: "converted" | "raw" = flavour === "raw" ? "raw" : "converted";
	// Candidates as parallel arrays (sort key, kind index or -1 - extra index): no objects, no sort callback.
	const keys: number[] = [];
	const which: number[] = [];
	for (let e = 0; e < extra.length; e++) {
		keys.push(extra[e].points);
		which.push(-1 - e);
	}
	for (const i of tally.seenInOrder()) {
		const count = tally.counts[i];
		const kind = KINDS[i];
		// For a claimed note, the evidence for its own flavour; otherwise whichever side the evidence is on.
		const weight = flavour === null ? (Math.abs(kind.converted) >= Math.abs(kind.raw) ? kind.converted : kind.raw) : kind[side];
		if (weight === 0) continue;
		const points = Math.min(Math.abs(weight) * count, kind.cap);
		// Evidence against comes after all evidence for, the largest first.
		keys.push(weight > 0 ? points : points - 100_000);
		which.push(i);
	}
	// Selection of the strongest few; ties keep the table's order. A chosen candidate's key drops to -Infinity.
	for (let left = keys.length; evidence.length < MAX_REASONS && left > 0; left--) {
		let best = 0;
		for (let k = 1; k < keys.length; k++) if (keys[k] > keys[best]) best = k;
		const chosen = which[best];
		keys[best] = -Infinity;
		if (chosen < 0) {
			const item = extra[-1 - chosen].evidence;
			evidence.push(item);
			reasons.push(reasonText(item, EXTRA_PARTS[item.kind]));
			continue;
		}
		const kind = NAMES[chosen];
		const line = tally.firstLine[chosen];
		const count = tally.counts[chosen];
		const item: Evidence =
			chosen === DECORATION
				? { kind, line, count, against: AGAINST[chosen], sample: tally.sample || "[* ...]" }
				: { kind, line, count, against: AGAINST[chosen] };
		evidence.push(item);
		reasons.push(reasonText(item, REASON_PARTS[chosen]));
	}
}

const IMPORT_KEYS = ["scrapbox_url", "scrapbox_id", "scrapbox_project"];
/** Keys a converted or imported page may carry besides its title. */
const CONVERTER_KEYS = new Set(["title", "scrapbox", "aliases", "created", "updated", ...IMPORT_KEYS, ...PROVENANCE_PROPERTY_NAMES]);
const PROVENANCE_KEY_SET = new Set<string>(PROVENANCE_PROPERTY_NAMES);

/** Whether a plain YAML scalar could not hold this text as is (so any tool would quote it). */
function yamlNeedsQuotes(value: string): boolean {
	if (value === "" || value !== value.trim()) return true;
	if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) || /: |:$| #|[\n\t]/.test(value)) return true;
	// Numbers, booleans, null and dates would be read as other types.
	return /^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|true|false|yes|no|on|off|null|~|\d{4}-\d\d?-\d\d?(?:[Tt ].*)?)$/i.test(value);
}

function isBlankRange(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c !== 32 && c !== 9 && c !== 13) return false;
	}
	return true;
}

function weighFrontmatter(
	frontmatter: FlatFrontmatter,
	text: string,
	name: string | null,
	tally: Tally,
): { mark: Flavour | null; markLine: number; provenanceLine: number } {
	let mark: Flavour | null = null;
	let markLine = 0;
	const keys = frontmatter.keys;
	const scrapbox = keys.includes("scrapbox") ? frontmatter.get("scrapbox") : undefined;
	if (scrapbox && (scrapbox.value === "raw" || scrapbox.value === "converted" || scrapbox.value === "translated")) {
		mark = scrapbox.value;
		markLine = scrapbox.line;
	}
	if (mark !== "raw") tally.add("frontmatter", 1);
	let others = 0;
	let provenanceKeys = 0;
	let provenanceLine = 0;
	let imported = false;
	for (const key of keys) {
		// The importer's own keys all start with `scrapbox_` (`scrapbox_import_hash` too).
		if (!CONVERTER_KEYS.has(key) && !key.startsWith("scrapbox_")) {
			others++;
			continue;
		}
		if (!imported && IMPORT_KEYS.includes(key)) {
			const entry = frontmatter.get(key);
			if (entry && entry.value !== "") {
				tally.add("importProperties", entry.line);
				imported = true;
			}
		} else if (PROVENANCE_KEY_SET.has(key)) {
			// Provenance properties count when they clearly name an original: a scrapbox.io URL, or two keys together.
			const entry = frontmatter.get(key);
			if (!entry || entry.value === "") continue;
			provenanceKeys++;
			if (provenanceLine === 0 || entry.line < provenanceLine) provenanceLine = entry.line;
		}
	}
	if (provenanceLine > 0) {
		const from = keys.includes("translated_from") ? (frontmatter.get("translated_from")?.value ?? "") : "";
		if (!(provenanceKeys >= 2 || /^https?:\/\/scrapbox\.io\//.test(from))) provenanceLine = 0;
	}

	const titleKeys = keys.length - (scrapbox ? 1 : 0);
	if (titleKeys === 1 && keys.includes("title")) {
		const title = frontmatter.get("title");
		if (title) {
			tally.add("titleOnly", title.line);
			if (name !== null && titleMatchesName(title.value, name)) tally.add("titleIsName", title.line);
			// The converter quotes every title; tools that quote only when YAML needs it do not,
			// so a quoted title that needed quotes says less.
			if (title.quoted !== "none") tally.add(yamlNeedsQuotes(title.value) ? "quotedSpecialTitle" : "quotedTitle", title.line);
			// The converter drops the title line and leaves it empty right after the block.
			const next = text.indexOf("\n", frontmatter.bodyStart);
			if (next !== -1 && isBlankRange(text, frontmatter.bodyStart, next)) tally.add("blankAfterFrontmatter", frontmatter.bodyLine);
		}
	} else if (others > 0) {
		tally.add("otherProperties", 1);
	}
	return { mark, markLine, provenanceLine };
}

// Character codes used below.
const TAB = 9;
const SPACE = 32;
const BANG = 33;
const HASH = 35;
const DOLLAR = 36;
const PERCENT = 37;
const LPAREN = 40;
const RPAREN = 41;
const STAR = 42;
const PLUS = 43;
const DASH = 45;
const COLON = 58;
const GT = 62;
const QUESTION = 63;
const LBRACKET = 91;
const RBRACKET = 93;
const BACKSLASH = 92;
const CARET = 94;
const BACKTICK = 96;
const PIPE = 124;
const TILDE = 126;
const WIDE_SPACE = 0x3000;

/** First characters of Markdown block syntax: a line starting with one is no page title. */
const MARKDOWN_LINE_STARTS = new Set("#-*+>`|[!<~=".split("").map((c) => c.charCodeAt(0)));

/** Characters that make `[x text]` a Scrapbox decoration (REFERENCE §2). */
const DECORATION_CHARS = new Set("*-/_!\"#%&'()+,.<>{|}~".split("").map((c) => c.charCodeAt(0)));

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

function isHex(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		if (!(isDigit(c) || (c >= 97 && c <= 102))) return false;
	}
	return true;
}

const ICON_HOST = "scrapbox.io";
const ICON_PATH = "/api/pages/";

/**
 * Where the next `scrapbox.io/api/pages/` (a converted page's icon image) starts
 * at or after `from`, or -1. Searched by its path, which starts with a `/` (rarer
 * in text than a letter, so found about twice as fast), then checked for the host.
 */
function nextIconUrl(text: string, from: number): number {
	for (let at = text.indexOf(ICON_PATH, from + ICON_HOST.length); at !== -1; at = text.indexOf(ICON_PATH, at + 1)) {
		if (text.startsWith(ICON_HOST, at - ICON_HOST.length)) return at - ICON_HOST.length;
	}
	return -1;
}

/** The forward pass over the body. */
function scanBody(text: string, frontmatter: FlatFrontmatter | null, name: string | null, tally: Tally, budget: Budget): void {
	const limit = Math.min(text.length, MAX_CHARS);
	let pos = frontmatter ? frontmatter.bodyStart : 0;
	let lineNo = frontmatter ? frontmatter.bodyLine : 1;
	let bracket = text.indexOf("[", pos);
	let icon = nextIconUrl(text, pos);
	let backtick = text.indexOf("`", pos);
	let fence = 0; // the fence's backtick or tilde count while inside a Markdown code block
	let fenceChar = 0;
	let scrapboxBlockIndent = -1; // indent of an open `code:`/`table:` block in raw notation
	let prevBlank = true;
	// The last two plain top-level lines (start and end), to look back for a file name above a fence.
	let prevPlainStart = -1;
	let prevPlainEnd = -1;
	let prevPrevPlainStart = -1;
	let prevPrevPlainEnd = -1;
	let prevHeading = false;
	let lines = 0;

	while (pos < limit && lines < budget.lines) {
		let end = text.indexOf("\n", pos);
		if (end === -1) end = text.length;
		const next = end + 1;
		if (end > pos && text.charCodeAt(end - 1) === 13) end--;
		lines++;

		// Indentation: spaces, tabs and the ideographic space all indent in Scrapbox.
		let i = pos;
		let spaces = 0;
		let tabs = 0;
		let wide = 0;
		for (; i < end; i++) {
			const c = text.charCodeAt(i);
			if (c === SPACE) spaces++;
			else if (c === TAB) tabs++;
			else if (c === WIDE_SPACE) wide++;
			else break;
		}
		const indent = spaces + tabs + wide;
		const blank = i === end;
		const c0 = blank ? 0 : text.charCodeAt(i);
		const c1 = i + 1 < end ? text.charCodeAt(i + 1) : 0;
		const c2 = i + 2 < end ? text.charCodeAt(i + 2) : 0;
		let plain = false;
		let heading = false;
		let scanBrackets = true;

		if (fence > 0) {
			// Inside a Markdown code block: only its closing fence matters.
			if (c0 === fenceChar && runLength(text, i, end, fenceChar) >= fence) fence = 0;
			scanBrackets = false;
		} else if (scrapboxBlockIndent >= 0 && !blank && indent > scrapboxBlockIndent) {
			scanBrackets = false; // the body of a raw `code:` or `table:` block
		} else if (blank) {
			scrapboxBlockIndent = -1;
		} else {
			scrapboxBlockIndent = -1;
			if (!frontmatter && lineNo === 1 && name !== null && indent === 0) {
				if (c0 !== HASH && c0 !== DASH && c0 !== GT && c0 !== STAR && titleMatchesName(text.slice(i, Math.min(end, i + 1000)), name)) {
					tally.add("titleLine", lineNo);
					// Scrapbox does not read notation in the title line.
					scanBrackets = false;
				}
			}
			if (!frontmatter && lineNo === 1 && scanBrackets && indent === 0 && end - i <= 100 && !MARKDOWN_LINE_STARTS.has(c0) && end < text.length) {
				// A short first line over more text, like a page title, when the file name cannot tell.
				tally.add("titleLike", lineNo);
			}
			if (prevHeading) tally.add("headingNoGap", lineNo);

			// Line starts.
			if (!scanBrackets) {
				// the title line: nothing more to read in it
			} else if ((c0 === BACKTICK || c0 === TILDE) && c1 === c0 && c2 === c0) {
				fenceChar = c0;
				fence = runLength(text, i, end, c0);
				scanBrackets = false;
				tally.add("fence", lineNo);
				// The file name is read only when a fence asks for it: most lines never need the check.
				if (prevBlank && indent === 0 && prevPrevPlainStart !== -1 && prevPrevPlainEnd - prevPrevPlainStart <= 60 && looksLikeFileName(text, prevPrevPlainStart, prevPrevPlainEnd)) {
					tally.add("codeFileName", lineNo);
				}
			} else if ((c0 === DASH || c0 === STAR || c0 === PLUS) && c1 === SPACE) {
				weighBullet(text, i, end, c0, indent, spaces, tabs, wide, lineNo, tally);
			} else if (isDigit(c0) && indent > 0 && orderedMarker(text, i, end)) {
				if (tabs > 0 || spaces % 4 !== 0) tally.add("oddIndentBullet", lineNo);
			} else if (c0 === HASH) {
				let level = 1;
				while (i + level < end && text.charCodeAt(i + level) === HASH) level++;
				const after = i + level < end ? text.charCodeAt(i + level) : SPACE;
				if (after === SPACE && indent === 0 && level <= 6) {
					heading = true;
					tally.add("heading", lineNo);
					if (level >= 4) tally.add("deepHeading", lineNo);
				} else if (level === 1 && after !== SPACE && indent === 0 && hashtagsOnly(text, i, end)) {
					tally.add("hashtagLine", lineNo);
				}
			} else if (c0 === GT) {
				if (c1 === SPACE && c2 === LBRACKET && i + 3 < end && text.charCodeAt(i + 3) === BANG) tally.add("callout", lineNo);
				else if (c1 === SPACE && c2 === SPACE && i + 3 < end && text.charCodeAt(i + 3) !== SPACE) tally.add("quoteSpace", lineNo);
				weighIndent(indent, spaces, tabs, wide, lineNo, tally);
			} else if (c0 === PIPE) {
				weighTableRow(text, i, end, lineNo, tally);
			} else if (c0 === PERCENT && c1 === PERCENT) {
				tally.add("comment", lineNo);
			} else if (c0 === BACKTICK && (c1 === QUESTION || c1 === DOLLAR || c1 === PERCENT) && c2 === SPACE && text.charCodeAt(end - 1) === BACKTICK) {
				tally.add("helpfeel", lineNo);
			} else if (c0 === 99 /* c */ && startsWithBlockName(text, i, end, "code:")) {
				tally.add("codeBlock", lineNo);
				scrapboxBlockIndent = indent;
				scanBrackets = false;
			} else if (c0 === 116 /* t */ && startsWithBlockName(text, i, end, "table:")) {
				tally.add("tableBlock", lineNo);
				scrapboxBlockIndent = indent;
				scanBrackets = false;
			} else {
				if (indent > 0) weighIndent(indent, spaces, tabs, wide, lineNo, tally);
				plain = indent === 0;
			}
			if (text.charCodeAt(i) === STAR && c1 === STAR) tally.add("bold", lineNo);
		}

		// The icon images of converted pages.
		if (icon !== -1 && icon < pos) icon = nextIconUrl(text, pos);
		while (icon !== -1 && icon < end) {
			if (scanBrackets) tally.add("iconImage", lineNo);
			icon = nextIconUrl(text, icon + 22);
		}

		// Brackets, except inside `inline code` and after a backslash.
		if (bracket !== -1 && bracket < pos) bracket = text.indexOf("[", pos);
		if (backtick !== -1 && backtick < pos) backtick = text.indexOf("`", pos);
		const codeOnLine = backtick !== -1 && backtick < end;
		let seen = 0;
		while (bracket !== -1 && bracket < end && seen < MAX_BRACKETS_PER_LINE) {
			seen++;
			let resume = end;
			if (scanBrackets) {
				if (codeOnLine && insideInlineCode(text, pos, bracket)) resume = bracket + 1;
				else if (bracket > pos && text.charCodeAt(bracket - 1) === BACKSLASH) resume = bracket + 1;
				else resume = weighBracket(text, bracket, pos, end, lineNo, tally);
			}
			bracket = text.indexOf("[", Math.max(resume, bracket + 1));
		}

		prevPrevPlainStart = prevPlainStart;
		prevPrevPlainEnd = prevPlainEnd;
		prevPlainStart = plain ? i : -1;
		prevPlainEnd = plain ? end : -1;
		prevBlank = blank;
		prevHeading = heading;
		pos = next;
		lineNo++;
		if ((lines & 63) === 0 && settled(tally, budget)) break;
	}
}

/** An odd number of backticks before `at` on its line: `at` is inside inline code. */
function insideInlineCode(text: string, lineStart: number, at: number): boolean {
	if (at - lineStart > 4000) return false;
	let ticks = 0;
	for (let i = lineStart; i < at; i++) if (text.charCodeAt(i) === BACKTICK) ticks++;
	return ticks % 2 === 1;
}

/**
 * Whether reading on could not change the outcome: the evidence is
 * overwhelming, or (after enough lines) there is none for Scrapbox at all and
 * plenty against on both sides, as in a long ordinary note.
 */
function settled(tally: Tally, budget: Budget): boolean {
	const positive = tally.positive();
	if (positive >= budget.saturated) return true;
	return positive === 0 && tally.total("converted") <= -ORDINARY && tally.total("raw") <= -ORDINARY;
}

/** Evidence against, on both sides, that ends the scan of a note with no evidence for. */
const ORDINARY = 150;

function runLength(text: string, start: number, end: number, code: number): number {
	let n = 0;
	while (start + n < end && text.charCodeAt(start + n) === code) n++;
	return n;
}

function orderedMarker(text: string, start: number, end: number): boolean {
	let i = start;
	while (i < end && i - start < 9 && isDigit(text.charCodeAt(i))) i++;
	return i < end - 1 && (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 41) && text.charCodeAt(i + 1) === SPACE;
}

function weighBullet(text: string, i: number, end: number, marker: number, indent: number, spaces: number, tabs: number, wide: number, lineNo: number, tally: Tally): void {
	if (marker !== DASH) tally.add("starBullet", lineNo);
	if (indent === 0) {
		if (marker === DASH) tally.add("topBullet", lineNo);
	} else if (tabs === 0 && wide === 0 && spaces % 4 === 0) {
		if (marker === DASH) tally.add("nestedBy4", lineNo);
	} else tally.add("oddIndentBullet", lineNo);
	const c2 = i + 2 < end ? text.charCodeAt(i + 2) : 0;
	if (c2 === GT && (i + 3 >= end || text.charCodeAt(i + 3) === SPACE)) tally.add("bulletQuote", lineNo);
	else if (c2 === LBRACKET && i + 5 < end + 1 && text.charCodeAt(i + 4) === RBRACKET) {
		const box = text.charCodeAt(i + 3);
		if (box === SPACE || box === 120 || box === 88) tally.add("task", lineNo);
	}
}

function weighIndent(indent: number, spaces: number, tabs: number, wide: number, lineNo: number, tally: Tally): void {
	if (indent === 0) return;
	if (indent === 1) tally.add("indent1", lineNo);
	else if (indent <= 3 || wide > 0 || (tabs > 0 && tabs <= 3 && spaces === 0)) tally.add("indentDeep", lineNo);
}

/** A Markdown table row that separates the header: `| -- | -- |` is the converter's, anything else ordinary. */
function weighTableRow(text: string, start: number, end: number, lineNo: number, tally: Tally): void {
	if (end - start > 400) return;
	let dashes = 0;
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c === DASH) dashes++;
		else if (c !== PIPE && c !== SPACE && c !== COLON && c !== TAB) return;
	}
	if (dashes === 0) return;
	if (/^\|(?: -- \|)+\s*$/.test(text.slice(start, end))) tally.add("scrapboxTable", lineNo);
	else tally.add("markdownTable", lineNo);
}

function startsWithBlockName(text: string, start: number, end: number, keyword: string): boolean {
	if (!text.startsWith(keyword, start)) return false;
	const after = start + keyword.length;
	return after < end && text.charCodeAt(after) !== SPACE && text.charCodeAt(after) !== TAB;
}

/** A line with only `#tags`. */
function hashtagsOnly(text: string, start: number, end: number): boolean {
	if (end - start > 300) return false;
	const line = text.slice(start, end).trim();
	return /^#[^\s#]+(?:\s+#[^\s#]+)*$/.test(line);
}

/** A bare token such as `script.py` or `hatena`: the file-name line the converter writes above a code block. */
function looksLikeFileName(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		// Letters, digits and `.`, `-`, `_`, `+`; no other ASCII punctuation and no spaces.
		if (c < 128 && !(isWordCode(c) || c === 46 || c === DASH || c === PLUS)) return false;
		if (c === WIDE_SPACE) return false;
	}
	return end > start;
}

/**
 * Looks at the bracket at `at` and records what it is. Returns where the scan
 * for the next `[` may resume.
 */
function weighBracket(text: string, at: number, lineStart: number, end: number, lineNo: number, tally: Tally): number {
	const prev = at > lineStart ? text.charCodeAt(at - 1) : 0;
	const next = at + 1 < end ? text.charCodeAt(at + 1) : 0;
	if (next === LBRACKET) return weighDoubleBracket(text, at, prev, end, lineNo, tally);

	// Searches stay within the line and a bracket's length, so no note costs more than linear time.
	const limit = Math.min(end, at + MAX_BRACKET + 1);
	let close = -1;
	for (let i = at + 1; i < limit; i++) {
		const c = text.charCodeAt(i);
		if (c === RBRACKET) {
			close = i;
			break;
		}
		if (c === LBRACKET) return i; // an unclosed `[`: look at the inner one
	}
	if (close === -1) return at + 1;
	const after = close + 1 < end ? text.charCodeAt(close + 1) : 0;

	if (after === LPAREN) {
		// Markdown link or image: `[content](url)`, read in place without copying either.
		const urlStart = close + 2;
		const urlEnd = indexWithin(text, RPAREN, urlStart, Math.min(end, urlStart + MAX_URL));
		if (prev === BANG) {
			if (rangeEndsWith(text, urlStart, urlEnd, "/thumb/1000") && rangeIncludes(text, urlStart, urlEnd, "gyazo.com/")) tally.add("gyazoThumb", lineNo);
			if (close - at - 1 === 5 && text.startsWith("image", at + 1)) tally.add("imageAlt", lineNo);
		} else if (text.startsWith("https://scrapbox.io/", urlStart) || text.startsWith("http://scrapbox.io/", urlStart)) {
			tally.add(text.charCodeAt(at + 1) === 47 /* / */ ? "rootLink" : "scrapboxLink", lineNo);
		} else if (urlEnd - urlStart === close - at - 1 && text.startsWith("http", urlStart) && text.startsWith(text.slice(urlStart, urlEnd), at + 1)) {
			tally.add("urlAsText", lineNo);
		}
		tally.add("markdownLink", lineNo);
		return urlEnd + 1;
	}
	if (next === CARET) {
		tally.add("footnote", lineNo);
		return close + 1;
	}
	if (after === COLON && at === firstNonSpace(text, lineStart, end)) {
		tally.add("referenceLink", lineNo);
		return close + 1;
	}
	if (close === at + 1) return close + 1;
	weighScrapboxBracket(text, at + 1, close, prev, lineNo, tally);
	return close + 1;
}

function firstNonSpace(text: string, start: number, end: number): number {
	let i = start;
	while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
	return i;
}

/** The first `code` in `from`..`limit`, or `limit` when there is none. */
function indexWithin(text: string, code: number, from: number, limit: number): number {
	for (let i = from; i < limit; i++) if (text.charCodeAt(i) === code) return i;
	return limit;
}

function rangeEndsWith(text: string, start: number, end: number, suffix: string): boolean {
	return end - start >= suffix.length && text.startsWith(suffix, end - suffix.length);
}

/** Whether `part` occurs within `start`..`end`; never searches past `end`. */
function rangeIncludes(text: string, start: number, end: number, part: string): boolean {
	return end - start >= part.length && text.slice(start, end).includes(part);
}

/** `[[…]]`: a wikilink in Markdown, strong text in Scrapbox. */
function weighDoubleBracket(text: string, at: number, prev: number, end: number, lineNo: number, tally: Tally): number {
	const limit = Math.min(end, at + MAX_BRACKET);
	let close = -1;
	for (let i = indexWithin(text, RBRACKET, at + 2, limit); i < limit; i = indexWithin(text, RBRACKET, i + 1, limit)) {
		if (text.charCodeAt(i + 1) === RBRACKET) {
			close = i;
			break;
		}
	}
	if (close === -1) return at + 2;
	if (prev === BANG) {
		tally.add("embed", lineNo);
		return close + 2;
	}
	// A line id is exactly 24 hex digits after `#`; look there only, never search backwards.
	const hash = close - 25;
	if (hash > at + 2 && text.charCodeAt(hash) === HASH && isHex(text, hash + 1, close)) tally.add("lineIdLink", lineNo);
	else if (indexWithin(text, PIPE, at + 2, close) < close) tally.add("aliasLink", lineNo);
	return close + 2;
}

/**
 * Single-bracket content (`start`..`close`) that is not a Markdown link: Scrapbox
 * notation, or plain text in brackets. `prev` is the character before the `[`
 * (0 at the line's start).
 */
function weighScrapboxBracket(text: string, start: number, close: number, prev: number, lineNo: number, tally: Tally): void {
	const c = text.charCodeAt(start);
	const length = close - start;
	// `[!note]` opens an Obsidian callout; it is no page link.
	if (c === BANG && indexWithin(text, SPACE, start, close) === close) return;
	// Decorations: `[* bold]`, `[** big]`, `[/ italic]`, `[- strike]`, `[_ under]`, `[*/ both]`.
	if (DECORATION_CHARS.has(c)) {
		let j = start;
		while (j < close && j - start < 12 && DECORATION_CHARS.has(text.charCodeAt(j))) j++;
		if (j < close - 1 && text.charCodeAt(j) === SPACE && text.charCodeAt(j + 1) !== SPACE) {
			if (!tally.has("decoration")) tally.sample = `[${text.slice(start, j)} ...]`;
			tally.add("decoration", lineNo);
			return;
		}
	}
	if (c === DOLLAR && text.charCodeAt(start + 1) === SPACE) {
		tally.add("formula", lineNo);
		return;
	}
	const icon = rangeEndsWith(text, start, close, ".icon") || iconWithCount(text, start, close);
	if (c === SLASH && projectPath(text, start, close)) {
		tally.add(icon ? "iconNotation" : "projectLink", lineNo);
		return;
	}
	if (icon) {
		if (length > 5 && !isSpaceCode(c)) tally.add("iconNotation", lineNo);
		return;
	}
	if (urlInBracket(text, start, close)) {
		tally.add(rangeIncludes(text, start, close, "gyazo.com/") ? "gyazoBracket" : "urlBracket", lineNo);
		return;
	}
	// `[page#5f…]`: a link to a line.
	const hash = close - 25;
	if (hash > start && text.charCodeAt(hash) === HASH && isHex(text, hash + 1, close)) {
		tally.add("rawLineId", lineNo);
		return;
	}
	// A plain `[page]`: not a citation `[12]`, a single character, or text padded with spaces;
	// nor glued to a word, as in `arr[i + 1]` or `a[href]`: that is code (so are most such brackets in raw pages too).
	if (length < 2 || isSpaceCode(c) || isSpaceCode(text.charCodeAt(close - 1)) || allDigits(text, start, close) || isWordCode(prev)) return;
	tally.add("pageLink", lineNo);
}

const SLASH = 47;

function isSpaceCode(c: number): boolean {
	return c === SPACE || c === TAB || c === WIDE_SPACE;
}

/** An ASCII letter, digit or `_`. */
function isWordCode(c: number): boolean {
	return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function allDigits(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) if (!isDigit(text.charCodeAt(i))) return false;
	return true;
}

/** `/project` or `/project/page`: a project name of letters, digits, `_` and `-`, then a non-empty page. */
function projectPath(text: string, start: number, end: number): boolean {
	let i = start + 1;
	while (i < end) {
		const c = text.charCodeAt(i);
		if (isWordCode(c) || c === DASH) i++;
		else break;
	}
	if (i === start + 1) return false;
	if (i === end) return true;
	if (text.charCodeAt(i) !== SLASH || i + 1 >= end) return false;
	const first = text.charCodeAt(i + 1);
	return first !== SLASH && !isSpaceCode(first);
}

/** `name.icon*3`. */
function iconWithCount(text: string, start: number, end: number): boolean {
	let i = end;
	while (i > start && end - i <= 2 && isDigit(text.charCodeAt(i - 1))) i--;
	return i < end && text.charCodeAt(i - 1) === STAR && rangeEndsWith(text, start, i - 1, ".icon");
}

/** `[https://… label]` or `[label https://…]`. */
function urlInBracket(text: string, start: number, end: number): boolean {
	if (text.startsWith("http://", start) || text.startsWith("https://", start)) return true;
	for (let i = start; i < end - 8; i++) {
		if (text.charCodeAt(i) === SPACE && text.charCodeAt(i + 1) === 104 /* h */ && (text.startsWith(" http://", i) || text.startsWith(" https://", i))) return true;
	}
	return false;
}
