/**
 * Keeping plain text plain. Text the Scrapbox parser left as plain must read the
 * same in Obsidian, so every character Markdown, HTML or Obsidian would act on is
 * escaped — and nothing else, so the Markdown stays readable:
 *
 * - always: `\` `` ` `` `*` `~` `[` `<` `$` `|` (code, emphasis, strikethrough,
 *   links/embeds/footnotes/wikilinks, HTML and autolinks, maths, tables);
 * - `_` unless it sits between two letters or digits (intraword `_` never
 *   emphasises in CommonMark);
 * - `=` and `%` when doubled (`==highlight==`, `%%comment%%`);
 * - `#` and `^` at the start or after whitespace (tags, headings, block ids);
 * - `&` only when it starts something entity-shaped (`&amp;`, `&#123;`, `&x1;`);
 * - at the start of a block only: `>` (quote), `-` `+` (list, rule, setext
 *   heading), `=` (setext heading), and the `.`/`)` after leading digits (ordered list).
 *
 * `]` is left alone: with every `[` escaped it cannot close anything.
 */
import { encodeComponent } from "../scrapbox/title";

const NEEDS_ESCAPE = /[\\`*~[<$|_=%#^&]/;
const ALWAYS = new Set(["\\", "`", "*", "~", "[", "<", "$", "|"]);
const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|\w{1,32});/;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Escapes plain text. `blockStart`: the text opens a paragraph, list item, quote or cell. */
export function escapeText(text: string, blockStart = false): string {
	let out = NEEDS_ESCAPE.test(text) ? escapeInline(text) : text;
	if (blockStart) out = escapeBlockStart(out);
	return out;
}

/** Escapes text that goes inside `[…]` of a Markdown link, where `]` would end it. */
export function escapeLinkText(text: string): string {
	const escaped = escapeText(text);
	return escaped.indexOf("]") === -1 ? escaped : escaped.replace(/\]/g, "\\]");
}

const CANDIDATES = /[\\`*~[<$|_=%#^&]/g;

function escapeInline(text: string): string {
	// One replace over the candidates builds a flat string; growing one character by character would not.
	return text.replace(CANDIDATES, (c: string, i: number) => {
		if (ALWAYS.has(c)) return "\\" + c;
		const prev = i > 0 ? text[i - 1] : "";
		const next = i + 1 < text.length ? text[i + 1] : "";
		switch (c) {
			case "_":
				return prev !== "" && next !== "" && WORD.test(prev) && WORD.test(next) ? c : "\\" + c;
			case "=":
			case "%":
				return prev === c || next === c ? "\\" + c : c;
			case "#":
			case "^":
				return prev === "" || SPACE.test(prev) ? "\\" + c : c;
			case "&":
				return ENTITY.test(text.slice(i, i + 40)) ? "\\&" : c;
			default:
				return c;
		}
	});
}

/** Escapes what only means something at the start of a block (after any spaces). Expects already-escaped text. */
export function escapeBlockStart(text: string): string {
	const c = text.charCodeAt(0);
	// Nothing block-like starts with a letter, or with most other characters.
	if (c !== 32 && c !== 9 && c !== 62 && c !== 45 && c !== 43 && c !== 61 && !(c >= 48 && c <= 57)) return text;
	const lead = /^[ \t]*/.exec(text)![0];
	const rest = lead === "" ? text : text.slice(lead.length);
	const first = rest.charAt(0);
	if (first === ">" || first === "-" || first === "+" || first === "=") return lead + "\\" + rest;
	if (first >= "0" && first <= "9") {
		const match = /^[0-9]+(?=[.)])/.exec(rest);
		if (match) return lead + match[0] + "\\" + rest.slice(match[0].length);
	}
	return text;
}

/** `&`, `"`, `<`, `>` and `|` (a table cell separator) escaped for an HTML attribute value. */
export function escapeAttribute(text: string): string {
	return text.replace(/[&"<>|]/g, (c) => ATTRIBUTE_ENTITIES[c]);
}

const ATTRIBUTE_ENTITIES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;", "|": "&#124;" };

/** Only http and https links are ever written as links; anything else stays text. */
export function isWebUrl(url: string): boolean {
	return /^https?:\/\/[^\s]/i.test(url);
}

/**
 * A URL safe as a Markdown link destination and inside a table: whitespace and
 * `( ) < >` (which end or break `[x](url)`), `\` (an escape), `|` (a table cell
 * separator) and `` ` `` are percent-encoded. The URL means the same.
 */
const UNSAFE_IN_URL = /[\s()<>\\|`]/;

export function safeUrl(url: string): string {
	if (!UNSAFE_IN_URL.test(url)) return url;
	return url.replace(/[\s()<>\\|`]/g, (c) => {
		const code = c.charCodeAt(0);
		return code < 0x80 ? "%" + code.toString(16).toUpperCase().padStart(2, "0") : encodeComponent(c);
	});
}

/** An inline code span for any text: the fence is longer than any backtick run inside. */
export function codeSpan(text: string): string {
	if (text === "") return "\\`\\`";
	let longest = 0;
	let run = 0;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === "`") {
			run++;
			if (run > longest) longest = run;
		} else run = 0;
	}
	const fence = "`".repeat(longest + 1);
	// A space on each side keeps a backtick at either end out of the fence, and is stripped by the renderer.
	const pad = text.startsWith("`") || text.endsWith("`") || (text.startsWith(" ") && text.endsWith(" ") && text.trim() !== "") ? " " : "";
	return fence + pad + text + pad + fence;
}

/** The fence for a fenced code block: longer than any backtick run in the content, at least three. */
export function codeFence(content: string): string {
	let longest = 0;
	const runs = content.match(/`+/g);
	if (runs) for (const r of runs) if (r.length > longest) longest = r.length;
	return "`".repeat(Math.max(3, longest + 1));
}
