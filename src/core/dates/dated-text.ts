/**
 * A line of text that starts with a date: the date, then a separator, then the
 * rest (an event title). Light Markdown or Scrapbox wrappers around the date are
 * looked through: `**Feb 24, 2023**`, `[[2023-02-24]]`, `[2023/02/24]`, `[* 2023年]`.
 * `length` of the returned date covers the wrapper too.
 */
import { mayOpenDate, parseDateAtStart } from "./grammar";
import type { DatedText } from "./types";

/** Emphasis tried around a leading date: opening and closing marks. Links are handled by `parseLinked`. */
const WRAPPERS: readonly (readonly [string, string])[] = [
	["**", "**"],
	["__", "__"],
	["[** ", "]"],
	["[* ", "]"],
	["*", "*"],
	["_", "_"],
	["==", "=="],
];

/** Separators between a date and its title, longest first. A plain space also separates. */
const SEPARATORS = ["-", "—", "–", "―", ":", "：", "|", "｜", ",", "、", "，"];

function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 0x3000 || code === 0xa0;
}

/** Drops spaces, then one separator and the spaces after it. */
export function stripSeparator(text: string): string {
	let i = 0;
	while (i < text.length && isSpace(text.charCodeAt(i))) i++;
	const head = text[i];
	if (head !== undefined) {
		if (SEPARATORS.includes(head)) i++;
		else if (head === "." && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1)))) i++;
	}
	while (i < text.length && isSpace(text.charCodeAt(i))) i++;
	return text.slice(i).trimEnd();
}

/** How far into a linked text brackets are looked through. */
const LINK_WINDOW = 64;

/**
 * A date inside a leading link: `[[2023-02-24]] title`, `[2023/02/24] title`,
 * `[[2015]]-07-06 title`. When the link holds more than the date
 * (`[[2024-11-17 notes]]`, `[2019-01-20 post](url)`), the date counts and the
 * whole text is the title, so the link is never cut.
 */
function parseLinked(text: string): DatedText | null {
	let first = 0;
	while (text.charCodeAt(first) === 91) first++;
	// Most links name a page, not a date: only look further when what follows could open one.
	if (!mayOpenDate(text, first)) return null;
	let stripped = "";
	const map: number[] = [];
	const end = Math.min(text.length, LINK_WINDOW);
	for (let i = 0; i < end; i++) {
		const c = text[i];
		if (c === "[" || c === "]") continue;
		stripped += c;
		map.push(i);
	}
	const date = parseDateAtStart(stripped);
	if (!date || date.length === 0) return null;
	const dateEnd = map[date.length - 1] + 1;
	// `[2021/02/10.icon]` is the icon of a date page, not a date mention.
	if (text.startsWith(".icon", dateEnd)) return null;
	let open = 0;
	for (let i = 0; i < dateEnd; i++) {
		if (text[i] === "[") open++;
		else if (text[i] === "]") open--;
	}
	let j = dateEnd;
	while (open > 0 && text[j] === "]") {
		open--;
		j++;
	}
	const whole = open !== 0 || text[j] === "(";
	return {
		date: { ...date, length: whole ? text.length : j },
		dateText: stripped.slice(0, date.length),
		rest: whole ? text.trim() : stripSeparator(text.slice(j)),
	};
}

/** The date that opens `text` and the title after it, or null when the text does not start with a date. */
export function parseDatedText(text: string): DatedText | null {
	if (typeof text !== "string" || text.length === 0) return null;
	const plain = parseDateAtStart(text);
	if (plain) {
		// `2004年にドイツで…`: a particle right after the date makes it part of the sentence; keep the sentence whole.
		const next = text.charCodeAt(plain.length);
		const rest = next >= 0x3041 && next <= 0x309f ? text.trim() : stripSeparator(text.slice(plain.length));
		return { date: plain, dateText: text.slice(0, plain.length), rest };
	}
	for (const [open, close] of WRAPPERS) {
		if (!text.startsWith(open)) continue;
		const inner = text.slice(open.length);
		const date = parseDateAtStart(inner);
		if (!date || !inner.startsWith(close, date.length)) continue;
		return {
			date: { ...date, length: open.length + date.length + close.length },
			dateText: inner.slice(0, date.length),
			rest: stripSeparator(inner.slice(date.length + close.length)),
		};
	}
	return text.charCodeAt(0) === 91 /* [ */ ? parseLinked(text) : null;
}
