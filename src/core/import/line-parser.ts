/**
 * The inline grammar of `@progfay/scrapbox-parser` 10.1.1, restated for speed.
 *
 * The parser tries its seventeen notations in a fixed order on a piece of text:
 * the first whose pattern matches anywhere splits the text into left, match and
 * right, and the left and right are parsed again the same way. It rebuilds a
 * chain of closures for every piece and runs every pattern in turn, which is
 * most of an import's time. This module keeps the same patterns, order, rules
 * and node shapes, and saves work only where the result cannot change:
 * - a pattern is not run when the text lacks a character every match of it
 *   needs (`[`, `` ` ``, `#`, `://`, or a given first character);
 * - the right-hand rest is parsed in a loop instead of by recursion, so a line
 *   with thousands of links does not exhaust the stack.
 *
 * tests/core/import/line-parser.test.ts checks it equals the parser on the
 * fixtures and on random lines; the corpus conformance check on real pages.
 * Upgrading the parser means checking this module against it again.
 */
import type { CodeBlock, Line, Node, Table } from "../scrapbox/parse";

/** The parser's context: inside a decoration or strong text (`nested`), a quote, or a table cell. */
interface Context {
	nested: boolean;
	quoted: boolean;
	table: boolean;
}

const LINE: Context = { nested: false, quoted: false, table: false };
const CELL: Context = { nested: false, quoted: false, table: true };

/** What a text holds, found once per text: every pattern below needs one of these. */
const HAS_BRACKET = 1;
const HAS_BACKTICK = 2;
const HAS_HASH = 4;
const HAS_URL = 8;

function featuresOf(text: string): number {
	let f = 0;
	if (text.indexOf("[") !== -1) f |= HAS_BRACKET;
	if (text.indexOf("`") !== -1) f |= HAS_BACKTICK;
	if (text.indexOf("#") !== -1) f |= HAS_HASH;
	if (text.indexOf("://") !== -1) f |= HAS_URL;
	return f;
}

interface Notation {
	/** Applies inside decorations and strong text. */
	nested: boolean;
	/** Applies inside quotes. */
	quoted: boolean;
	/** Features every match needs (all of them). */
	needs: number;
	/** For the line-start notations: the first characters a match may start with. */
	first?: (code: number) => boolean;
	patterns: RegExp[];
	build(match: RegExpExecArray, ctx: Context): Node[];
}

function plain(text: string): Node[] {
	return [{ type: "plain", raw: text, text }];
}

const NOTATIONS: Notation[] = [
	// quote
	{
		nested: false,
		quoted: false,
		needs: 0,
		first: (c) => c === 62,
		patterns: [/^>.*$/],
		build: ([raw], ctx) => (ctx.table ? plain(raw) : [{ type: "quote", raw, nodes: inlineNodes(raw.substring(1), { ...ctx, quoted: true }) }]),
	},
	// helpfeel
	{
		nested: false,
		quoted: false,
		needs: 0,
		first: (c) => c === 63,
		patterns: [/^\? .+$/],
		build: ([raw], ctx) => (ctx.table ? plain(raw) : [{ type: "helpfeel", raw, text: raw.substring(2) }]),
	},
	// numberList
	{
		nested: false,
		quoted: false,
		needs: 0,
		first: (c) => c >= 48 && c <= 57,
		patterns: [/^[0-9]+\. .*$/],
		build: ([raw], ctx) => {
			if (ctx.table) return plain(raw);
			const space = raw.indexOf(" ");
			const rawNumber = raw.substring(0, space - 1);
			return [{ type: "numberList", raw, rawNumber, number: Number.parseInt(rawNumber, 10), nodes: inlineNodes(raw.substring(space + 1, raw.length), { ...ctx, nested: false }) }];
		},
	},
	// code
	{
		nested: false,
		quoted: true,
		needs: HAS_BACKTICK,
		patterns: [/`.*?`/],
		build: ([raw], ctx) => (ctx.table ? plain(raw) : [{ type: "code", raw, text: raw.substring(1, raw.length - 1) }]),
	},
	// commandLine
	{
		nested: false,
		quoted: false,
		needs: 0,
		first: (c) => c === 36 || c === 37,
		patterns: [/^[$%] .+$/],
		build: ([raw], ctx) => (ctx.table ? plain(raw) : [{ type: "commandLine", raw, symbol: raw.charAt(0), text: raw.substring(2) }]),
	},
	// blank
	{
		nested: false,
		quoted: true,
		needs: HAS_BRACKET,
		patterns: [/\[\s+\]/],
		build: ([raw], ctx) => (ctx.table ? plain(raw) : [{ type: "blank", raw, text: raw.substring(1, raw.length - 1) }]),
	},
	// decoration
	{
		nested: false,
		quoted: true,
		needs: HAS_BRACKET,
		patterns: [/\[[!"#%&'()*+,\-./{|}<>_~]+ (?:\[[^[\]]+\]|[^\]])+\]/],
		build: ([raw], ctx) => {
			if (ctx.table) return plain(raw);
			const space = raw.indexOf(" ");
			const rawDecos = raw.substring(1, space);
			const inner = raw.substring(space + 1, raw.length - 1);
			const decos = new Set<string>(rawDecos);
			if (decos.has("*")) {
				const stars = rawDecos.split("*").length - 1;
				decos.delete("*");
				decos.add(`*-${Math.min(stars, 10)}`);
			}
			return [{ type: "decoration", raw, rawDecos, decos: Array.from(decos), nodes: inlineNodes(inner, { ...ctx, nested: true }) } as Node];
		},
	},
	// formula
	{
		nested: false,
		quoted: true,
		needs: HAS_BRACKET,
		patterns: [/\[\$ .+? \]/, /\[\$ [^\]]+\]/],
		build: ([raw], ctx) => (ctx.table ? plain(raw) : [{ type: "formula", raw, formula: raw.substring(3, raw.length - (raw.endsWith(" ]") ? 2 : 1)) }]),
	},
	// strongImage
	{
		nested: false,
		quoted: true,
		needs: HAS_BRACKET | HAS_URL,
		patterns: [/\[\[https?:\/\/[^\s\]]+\.(?:png|jpe?g|gif|svg|webp)\]\]/i, /\[\[https?:\/\/(?:[0-9a-z-]+\.)?gyazo\.com\/[0-9a-f]{32}\]\]/],
		build: ([raw], ctx) => {
			if (ctx.table) return plain(raw);
			const src = raw.substring(2, raw.length - 2);
			return [{ type: "strongImage", raw, src: /^https?:\/\/([0-9a-z-]\.)?gyazo\.com\/[0-9a-f]{32}$/.test(src) ? `${src}/thumb/1000` : src }];
		},
	},
	// strongIcon
	{
		nested: false,
		quoted: true,
		needs: HAS_BRACKET,
		patterns: [/\[\[[^[\]]*\.icon(?:\*\d+)?\]\]/],
		build: ([raw], ctx) => {
			if (ctx.table) return plain(raw);
			const inner = raw.substring(2, raw.length - 2);
			const at = inner.lastIndexOf(".icon");
			const path = inner.substring(0, at);
			const pathType = path.startsWith("/") ? "root" : "relative";
			const times = inner.substring(at + 5, inner.length);
			const count = times.startsWith("*") ? Number.parseInt(times.substring(1), 10) : 1;
			return Array(count)
				.fill({})
				.map((): Node => ({ path, pathType, type: "strongIcon", raw }));
		},
	},
	// strong
	{
		nested: false,
		quoted: true,
		needs: HAS_BRACKET,
		patterns: [/\[\[(?:[^[]|\[[^[]).*?\]*\]\]/],
		build: ([raw], ctx) => (ctx.table ? plain(raw) : [{ type: "strong", raw, nodes: inlineNodes(raw.substring(2, raw.length - 2), { ...ctx, nested: true }) }]),
	},
	// image
	{
		nested: true,
		quoted: true,
		needs: HAS_BRACKET | HAS_URL,
		patterns: [
			/\[https?:\/\/[^\s\]]+\.(?:png|jpe?g|gif|svg|webp)(?:\?[^\]\s]+)?(?:\s+https?:\/\/[^\s\]]+)?\]/i,
			/\[https?:\/\/[^\s\]]+\s+https?:\/\/[^\s\]]+\.(?:png|jpe?g|gif|svg|webp)(?:\?[^\]\s]+)?\]/i,
			/\[https?:\/\/(?:[0-9a-z-]+\.)?gyazo\.com\/[0-9a-f]{32}(?:\/raw)?(?:\s+https?:\/\/[^\s\]]+)?\]/,
			/\[https?:\/\/[^\s\]]+\s+https?:\/\/(?:[0-9a-z-]+\.)?gyazo\.com\/[0-9a-f]{32}(?:\/raw)?\]/,
		],
		build: ([raw], ctx) => {
			if (ctx.table) return plain(raw);
			const space = raw.search(/\s/);
			const first = space === -1 ? raw.substring(1, raw.length - 1) : raw.substring(1, space);
			const second = space === -1 ? "" : raw.substring(space, raw.length - 1).replace(/^\s+/, "");
			const [src, link] = isImageUrl(second) ? [second, first] : [first, second];
			return [{ type: "image", raw, src: /^https?:\/\/([0-9a-z-]\.)?gyazo\.com\/[0-9a-f]{32}$/.test(src) ? `${src}/thumb/1000` : src, link }];
		},
	},
	// external link
	{
		nested: true,
		quoted: true,
		needs: HAS_URL,
		patterns: [/\[https?:\/\/[^\s\]]+\s+[^\]]*[^\s]\]/, /\[[^[\]]*[^\s]\s+https?:\/\/[^\s\]]+\]/, /\[https?:\/\/[^\s\]]+\]/, /https?:\/\/[^\s]+/],
		build: ([raw], ctx) => {
			if (ctx.table) return plain(raw);
			const inner = raw.startsWith("[") && raw.endsWith("]") ? raw.substring(1, raw.length - 1) : raw;
			const urlFirst = /^https?:\/\/[^\s\]]/.test(inner);
			const url = (urlFirst ? /^https?:\/\/[^\s\]]+/ : /https?:\/\/[^\s\]]+$/).exec(inner);
			// The parser drops the text when it finds no URL after all.
			if (url === null) return [];
			const content = urlFirst ? inner.substring(url[0].length) : inner.substring(0, url.index - 1);
			return [{ type: "link", raw, pathType: "absolute", href: url[0], content: content.trim() }];
		},
	},
	// icon
	{
		nested: true,
		quoted: true,
		needs: HAS_BRACKET,
		patterns: [/\[[^[\]]*\.icon(?:\*[1-9]\d*)?\]/],
		build: ([raw]) => {
			const inner = raw.substring(1, raw.length - 1);
			const at = inner.lastIndexOf(".icon");
			const path = inner.substring(0, at);
			const pathType = path.startsWith("/") ? "root" : "relative";
			const times = inner.substring(at + 5, inner.length);
			const count = times.startsWith("*") ? Number.parseInt(times.substring(1), 10) : 1;
			return Array(count)
				.fill({})
				.map((): Node => ({ path, pathType, type: "icon", raw }));
		},
	},
	// googleMap
	{
		nested: false,
		quoted: true,
		needs: HAS_BRACKET,
		patterns: [/\[([^\]]*[^\s])\s+([NS]\d+(?:\.\d+)?,[EW]\d+(?:\.\d+)?(?:,Z\d+)?)\]/, /\[([NS]\d+(?:\.\d+)?,[EW]\d+(?:\.\d+)?(?:,Z\d+)?)(?:\s+([^\]]*[^\s]))?\]/],
		build: (match, ctx) => {
			const raw = match[0];
			if (ctx.table) return plain(raw);
			const [, coordinates = "", place = ""] = raw.startsWith("[N") || raw.startsWith("[S") ? match : [match[0], match[2], match[1]];
			const { latitude, longitude, zoom } = mapPosition(coordinates);
			const url = place === "" ? `https://www.google.com/maps/@${latitude},${longitude},${zoom}z` : `https://www.google.com/maps/place/${encodeURIComponent(place)}/@${latitude},${longitude},${zoom}z`;
			return [{ type: "googleMap", raw, latitude, longitude, zoom, place, url }];
		},
	},
	// internal link
	{
		nested: true,
		quoted: true,
		needs: HAS_BRACKET,
		patterns: [/\[\/?[^[\]]+\]/],
		build: ([raw]) => {
			const href = raw.substring(1, raw.length - 1);
			return [{ type: "link", raw, pathType: href.startsWith("/") ? "root" : "relative", href, content: "" }];
		},
	},
	// hashTag
	{
		nested: true,
		quoted: true,
		needs: HAS_HASH,
		patterns: [/(?:^|\s)#\S+/],
		build: ([raw], ctx) => {
			if (ctx.table) return plain(raw);
			if (raw.startsWith("#")) return [{ type: "hashTag", raw, href: raw.substring(1) }];
			const space = raw.substring(0, 1);
			const tag = raw.substring(1);
			return [...plain(space), { type: "hashTag", raw: tag, href: tag.substring(1) }];
		},
	},
];

function isImageUrl(text: string): boolean {
	return /^https?:\/\/[^\s\]]+\.(png|jpe?g|gif|svg|webp)(\?[^\]\s]+)?$/i.test(text) || /^https?:\/\/([0-9a-z-]\.)?gyazo\.com\/[0-9a-f]{32}(\/raw)?$/.test(text);
}

function mapPosition(text: string): { latitude: number; longitude: number; zoom: number } {
	const [lat = "", lng = "", z = ""] = text.split(",");
	return {
		latitude: Number.parseFloat(lat.replace(/^N/, "").replace(/^S/, "-")),
		longitude: Number.parseFloat(lng.replace(/^E/, "").replace(/^W/, "-")),
		zoom: /^Z\d+$/.test(z) ? Number.parseInt(z.replace(/^Z/, ""), 10) : 14,
	};
}

/** The nodes of a line's text (after its indent), or of a table cell's, as the parser gives them. */
export function parseInline(text: string, inTable = false): Node[] {
	return inlineNodes(text, inTable ? CELL : LINE);
}

function inlineNodes(text: string, ctx: Context): Node[] {
	const out: Node[] = [];
	appendInline(text, ctx, out);
	return out;
}

/**
 * How each pattern is searched for in the rest of a text that starts at `base`,
 * without cutting the rest off: the parser's `pattern.exec(rest)`.
 * - Line-start patterns (`^…`) can match only at the start: sticky, at `base`.
 * - The hashtag's `(?:^|\s)#\S+`: `#\S+` right at the start, else `\s#\S+` anywhere.
 * - Every other pattern has no anchor, lookaround or word boundary, so its
 *   matches in the rest are exactly its matches in the whole text from `base`
 *   on: a global search from `base`, whose result stays valid while `base` has
 *   not passed it (and "none" stays none).
 */
type Search = { kind: "start"; sticky: RegExp } | { kind: "free"; anywhere: RegExp; slot: number } | { kind: "hashtag"; sticky: RegExp; anywhere: RegExp; slot: number };

let slots = 0;
const SEARCHES: Search[][] = NOTATIONS.map((notation) =>
	notation.patterns.map((pattern): Search => {
		if (pattern.source === "(?:^|\\s)#\\S+") return { kind: "hashtag", sticky: /#\S+/y, anywhere: /\s#\S+/g, slot: slots++ };
		if (pattern.source.startsWith("^")) return { kind: "start", sticky: new RegExp(pattern.source.slice(1), pattern.flags + "y") };
		if (hasAnchor(pattern.source)) throw new Error(`line-parser: a pattern with an anchor needs its own search: ${pattern.source}`);
		return { kind: "free", anywhere: new RegExp(pattern.source, pattern.flags + "g"), slot: slots++ };
	}),
);
const SLOTS = slots;

/** `^` outside `[^…]`, `\b`, `\B` or a lookaround: matches would depend on what precedes them. */
function hasAnchor(source: string): boolean {
	return /\^|\\[bB]|\(\?[=!<]/.test(source.replace(/\[\^/g, "["));
}

/** The next match of `search` in `text` at or after `base`, as the parser's `pattern.exec(text.substring(base))` finds it (index aside). */
function searchFrom(search: Search, text: string, base: number): RegExpExecArray | null {
	if (search.kind === "start") {
		search.sticky.lastIndex = base;
		return search.sticky.exec(text);
	}
	if (search.kind === "hashtag" && text.charCodeAt(base) === 35) {
		search.sticky.lastIndex = base;
		const tag = search.sticky.exec(text);
		if (tag !== null) return tag;
	}
	search.anywhere.lastIndex = base;
	return search.anywhere.exec(text);
}

/**
 * For a text with many notations: where each free pattern next matches
 * (-1: nowhere; -2: not searched yet), so each searches the text about once.
 */
class Matches {
	readonly at: Int32Array = new Int32Array(SLOTS).fill(-2);
	readonly found: (RegExpExecArray | null)[] = new Array<RegExpExecArray | null>(SLOTS).fill(null);

	search(search: Search, text: string, base: number): RegExpExecArray | null {
		if (search.kind === "start" || (search.kind === "hashtag" && text.charCodeAt(base) === 35)) return searchFrom(search, text, base);
		const at = this.at[search.slot];
		if (at === -1) return null;
		if (at >= base) return this.found[search.slot];
		const match = searchFrom(search, text, base);
		this.at[search.slot] = match === null ? -1 : match.index;
		this.found[search.slot] = match;
		return match;
	}
}

/** Notations found in one text before the searches are remembered: most texts hold a few. */
const REMEMBER_AFTER = 8;

/**
 * Appends the nodes of `text`: the parser's `[...left, ...match, ...right]`,
 * with the left part parsed again on its own (it is short, and can hold only
 * notations later in the order, so the recursion stays shallow) and the right
 * part by going round the loop from a new `base`, so each pattern searches the
 * text about once and a line with thousands of links costs linear time.
 */
function appendInline(text: string, ctx: Context, out: Node[]): void {
	if (text === "") return;
	const features = featuresOf(text);
	let matches: Matches | undefined;
	let base = 0;
	for (let round = 0; base < text.length; round++) {
		if (round === REMEMBER_AFTER) matches = new Matches();
		const first = text.charCodeAt(base);
		let found: RegExpExecArray | null = null;
		let notation: Notation | undefined;
		for (let n = 0; n < NOTATIONS.length && found === null; n++) {
			const candidate = NOTATIONS[n];
			if ((!candidate.nested && ctx.nested) || (!candidate.quoted && ctx.quoted)) continue;
			if ((candidate.needs & features) !== candidate.needs) continue;
			if (candidate.first !== undefined && !candidate.first(first)) continue;
			const searches = SEARCHES[n];
			for (let p = 0; p < searches.length; p++) {
				found = matches === undefined ? searchFrom(searches[p], text, base) : matches.search(searches[p], text, base);
				if (found !== null) {
					notation = candidate;
					break;
				}
			}
		}
		if (found === null || notation === undefined) {
			const rest = base === 0 ? text : text.substring(base);
			out.push({ type: "plain", raw: rest, text: rest });
			return;
		}
		const nodes = notation.build(found, ctx);
		appendInline(text.substring(base, found.index), ctx, out);
		for (const node of nodes) out.push(node);
		base = found.index + found[0].length;
	}
}

/** A line block as the parser builds it: `indent` leading whitespace characters, then inline nodes. */
export function lineBlock(row: string, indent: number): Line {
	return { indent, type: "line", nodes: inlineNodes(row.substring(indent), LINE) };
}

/** A `code:` block from its head row and the rows indented under it. */
export function codeBlock(rows: readonly string[], indent: number): CodeBlock {
	return {
		indent,
		type: "codeBlock",
		fileName: rows[0].replace(/^\s*code:/, ""),
		content: rows
			.slice(1)
			.map((row) => row.substring(indent + 1))
			.join("\n"),
	};
}

/** A `table:` block from its head row and the rows indented under it. */
export function tableBlock(rows: readonly string[], indent: number): Table {
	return {
		indent,
		type: "table",
		fileName: rows[0].replace(/^\s*table:/, ""),
		cells: rows
			.slice(1)
			.map((row) => row.substring(indent + 1))
			.map((row) => row.split("\t").map((cell) => inlineNodes(cell, CELL))),
	};
}
