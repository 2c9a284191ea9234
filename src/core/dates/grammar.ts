/**
 * The date grammar: recognises a date at the START of a text, in the forms real
 * dated quotes use (see README.md in this folder for the forms, the false friends
 * and the measurement that chose this grammar over a date library).
 *
 * Design rules:
 * - Only the start of the text is looked at; a date later in a sentence is not a date here.
 * - The precision is what the text states. A day is never invented, nor a year.
 * - A date must end at a token boundary: `2023-05-04a`, `13B`, `1.13.1` are not dates.
 * - Anything that does not fit returns null; the parser never throws.
 */
import type { DateMatch, DatePoint, Precision } from "./types";

/** Only this many leading characters are looked at: every form fits comfortably. */
const WINDOW = 96;

const MIN_YEAR = 1000;
const MAX_YEAR = 2999;

/** Japanese eras: the Gregorian year of each era's first year, and its last year number. */
const ERAS: Record<string, { base: number; last: number }> = {
	明治: { base: 1868, last: 45 },
	大正: { base: 1912, last: 15 },
	昭和: { base: 1926, last: 64 },
	平成: { base: 1989, last: 31 },
	令和: { base: 2019, last: 99 },
};

const MONTHS: Record<string, number> = {
	jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
	jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
	dec: 12, december: 12,
};

// Sticky expressions, applied at a cursor. Longer alternatives come first.
const RE_MONTH_NAME = /(january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)(\.?)/iy;
const RE_LEADING_WEEKDAY = /(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?,?[ \t]+/iy;
/** A weekday after a date: in brackets, `(木)`, `(Sat)`, `(月・祝)`, or a Japanese weekday word without them, `木曜日`. */
const RE_WEEKDAY_NOTE =
	/[ \t]*(?:\((?:[月火水木金土日](?:曜日?)?(?:[・･][祝休])?|祝|祝日|休|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?)\)|[月火水木金土日]曜日?)/iy;
const RE_ERA_NOTE = /[ \t]*\((?:(?:明治|大正|昭和|平成|令和)[ \t]*(?:元|\d{1,2})[ \t]*年|\d{4}[ \t]*年)\)/y;
const RE_ERA = /(明治|大正|昭和|平成|令和)[ \t]*(元|\d{1,2})[ \t]*年/y;
const RE_JA_MONTH = /[ \t]*(\d{1,2})[ \t]*月/y;
const RE_JA_DAY = /[ \t]*(\d{1,2})[ \t]*日/y;
const RE_JA_YEAR = /(\d{4})[ \t]*年/y;
const RE_DIGITS = /\d+/y;
const RE_1_2_DIGITS = /\d{1,2}/y;
/** A clock time after a date; with no space or comma before it only right after a bracketed note, `(金)10:00` (checked in readTime). */
const RE_TIME = /(?:[ \t]+|,[ \t]*)?(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:[ \t]*([ap])\.?m\.?(?![a-z]))?(?:[ \t]+(?:JST|UTC|GMT)(?![A-Za-z]))?/iy;
const RE_ISO_TIME = /T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/y;
/** `15時`, `9時30分`, `午後3時半`: groups are 午前/午後, hour, minute, 半. */
const RE_JA_TIME = /[ \t]*(午前|午後)?[ \t]*(\d{1,2})時(?:[ \t]*(\d{1,2})分|(半))?/y;
const RE_TIME_RANGE = /[ \t]*[-~–—][ \t]*(\d{1,2}):(\d{2})/y;
const RE_JA_TIME_RANGE = /[ \t]*[-~–—][ \t]*(\d{1,2})時(?:[ \t]*(\d{1,2})分)?/y;
/** Between the two ends of a range. `to` and `から` read naturally; a bare `-` only when compact or spaced both sides. */
const RE_RANGE_SEP = /(?:[ \t]*[~–—][ \t]*|[ \t]+-[ \t]+|-|[ \t]+to[ \t]+|[ \t]*から[ \t]*)/y;
/** A range separator that may stand with nothing after it (`~`, `から`), unlike a dash, which may separate a title. */
const RE_OPEN_RANGE = /^[ \t]*(?:~|から)[ \t]*$/;
const RE_ORDINAL = /(?:st|nd|rd|th)/iy;
const RE_OF = /of[ \t]+/iy;
const RE_SPACES = /[ \t]+/y;
/** After a bare year and a space: words that make it a quantity, not a date (`1500 BC`, `2048 GB`). */
const RE_UNIT_AFTER_YEAR = /(?:BCE?|CE|B\.C\.|GB|MB|KB|TB|PB|MHz|GHz|Hz|kWh?|MW|GW|USD|JPY|EUR|%)(?![A-Za-z])/y;

/**
 * What every date starts with: a digit (ASCII or full-width), an era name, or the
 * first three letters of a month name, a weekday or `FY`. Sticky, for a cheap
 * native test at an index before any parsing; callers that scan for candidates
 * use its source in their own expressions (`DATE_OPENING_SOURCE`).
 */
export const DATE_OPENING_SOURCE = "[0-9０-９]|明治|大正|昭和|平成|令和|[Jj][Aa][Nn]|[Ff][Ee][Bb]|[Mm][Aa][RrYy]|[Aa][Pp][Rr]|[Jj][Uu][NnLl]|[Aa][Uu][Gg]|[Ss][Ee][Pp]|[Oo][Cc][Tt]|[Nn][Oo][Vv]|[Dd][Ee][Cc]|[Mm][Oo][Nn]|[Tt][Uu][Ee]|[Ww][Ee][Dd]|[Tt][Hh][Uu]|[Ff][Rr][Ii]|[Ss][Aa][Tt]|[Ss][Uu][Nn]|[Ff][Yy]";
const DATE_OPENING = new RegExp(`(?:${DATE_OPENING_SOURCE})`, "y");

/** Whether a date may start at `at` in `text` (see `DATE_OPENING_SOURCE`). */
export function mayOpenDate(text: string, at = 0): boolean {
	DATE_OPENING.lastIndex = at;
	return DATE_OPENING.test(text);
}

/** Lower-case initials of month names, weekdays and `FY`. */
const DATE_INITIALS = new Set(Array.from("jfmasondtw", (ch) => ch.charCodeAt(0)));

function exec(re: RegExp, s: string, at: number): RegExpExecArray | null {
	re.lastIndex = at;
	return re.exec(s);
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isUpperAscii(code: number): boolean {
	return code >= 65 && code <= 90;
}

function isLowerAscii(code: number): boolean {
	return code >= 97 && code <= 122;
}

/** CJK ideographs, kana and full-width forms: a counter right after a bare year (`2023件`) makes it a number. */
function isCjk(code: number): boolean {
	return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef);
}

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function validYear(year: number): boolean {
	return year >= MIN_YEAR && year <= MAX_YEAR;
}

function validMonth(month: number): boolean {
	return month >= 1 && month <= 12;
}

function validDay(year: number, month: number, day: number): boolean {
	return day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Full-width digits and punctuation become their ASCII forms, one character for
 * one, so every index into the normalised text is an index into the original.
 */
function normalise(text: string): string {
	const head = text.length > WINDOW ? text.slice(0, WINDOW) : text;
	let needs = false;
	for (let i = 0; i < head.length; i++) {
		const c = head.charCodeAt(i);
		if ((c >= 0xff00 && c <= 0xff5e) || c === 0x3000 || c === 0x301c) {
			needs = true;
			break;
		}
	}
	if (!needs) return head;
	let out = "";
	for (let i = 0; i < head.length; i++) {
		const c = head.charCodeAt(i);
		if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
		else if (c === 0xff0f) out += "/";
		else if (c === 0xff0d) out += "-";
		else if (c === 0xff0e) out += ".";
		else if (c === 0xff1a) out += ":";
		else if (c === 0xff08) out += "(";
		else if (c === 0xff09) out += ")";
		else if (c === 0xff5e || c === 0x301c) out += "~";
		else if (c === 0xff0c) out += ",";
		else if (c === 0x3000) out += " ";
		else out += head[i];
	}
	return out;
}

interface Partial {
	start: DatePoint;
	end: DatePoint | null;
	precision: Precision;
	time: string | null;
	endTime: string | null;
	at: number;
}

function point(year: number, month: number | null = null, day: number | null = null): DatePoint {
	return { year, month, day };
}

function compareKey(p: DatePoint): number {
	return (p.year * 100 + (p.month ?? 0)) * 100 + (p.day ?? 0);
}

/** A numeric date ends here: not followed by more digits, letters, or `.5`-style continuations. */
function numericBoundary(s: string, at: number): boolean {
	if (at >= s.length) return true;
	const c = s.charCodeAt(at);
	if (isDigit(c) || isAsciiLetter(c) || c === 95 /* _ */) return false;
	if (c === 46 || c === 47 || c === 45 || c === 44 || c === 58) {
		// `.`, `/`, `-`, `,` or `:` followed by a digit continues a number (version, phone, 1,000).
		return !isDigit(s.charCodeAt(at + 1));
	}
	return true;
}

/** A word ends here (after a month name or an ordinal). */
function wordBoundary(s: string, at: number): boolean {
	return at >= s.length || !isAsciiLetter(s.charCodeAt(at));
}

function pad2(n: number): string {
	return n < 10 ? `0${n}` : String(n);
}

function clockTime(hour: number, minute: number, meridiem?: string): string | null {
	let h = hour;
	if (meridiem) {
		if (h < 1 || h > 12) return null;
		const pm = meridiem.toLowerCase() === "p";
		if (pm && h < 12) h += 12;
		if (!pm && h === 12) h = 0;
	}
	if (h > 24 || minute > 59) return null;
	return `${pad2(h)}:${pad2(minute)}`;
}

/** 午前 and 午後 run from 0 to 12 (`午前0時` is midnight, `午後0時` noon). */
function japaneseClockTime(meridiem: string | undefined, hour: number, minute: number): string | null {
	if (meridiem === undefined) return clockTime(hour, minute);
	if (hour > 12) return null;
	return clockTime(meridiem === "午後" && hour < 12 ? hour + 12 : hour, minute);
}

/** An optional time after a day-precision date, and an optional time range. */
function readTime(s: string, r: Partial): void {
	let time: string | null = null;
	let next = r.at;
	let japanese = false;
	let m = exec(RE_TIME, s, r.at);
	if (m && m.index === r.at && isDigit(s.charCodeAt(r.at)) && s[r.at - 1] !== ")") m = null;
	if (m) {
		time = clockTime(Number(m[1]), Number(m[2]), m[3]);
		next = RE_TIME.lastIndex;
	} else if ((m = exec(RE_ISO_TIME, s, r.at))) {
		time = clockTime(Number(m[1]), Number(m[2]));
		next = RE_ISO_TIME.lastIndex;
	} else if ((m = exec(RE_JA_TIME, s, r.at))) {
		time = japaneseClockTime(m[1], Number(m[2]), m[3] ? Number(m[3]) : m[4] ? 30 : 0);
		next = RE_JA_TIME.lastIndex;
		japanese = true;
	}
	if (time === null) return;
	const rangeRe = japanese ? RE_JA_TIME_RANGE : RE_TIME_RANGE;
	const range = exec(rangeRe, s, next);
	if (range) {
		const end = clockTime(Number(range[1]), range[2] ? Number(range[2]) : 0);
		const after = rangeRe.lastIndex;
		if (end !== null && (japanese || numericBoundary(s, after))) {
			r.time = time;
			r.endTime = end;
			r.at = after;
			return;
		}
	}
	if (japanese || numericBoundary(s, next)) {
		r.time = time;
		r.at = next;
	}
}

function skipWeekday(s: string, at: number): number {
	return exec(RE_WEEKDAY_NOTE, s, at) ? RE_WEEKDAY_NOTE.lastIndex : at;
}

function finish(r: Partial): DateMatch | null {
	if (r.end && compareKey(r.end) < compareKey(r.start)) {
		// An end before the start is not a range we understand; keep the start alone.
		return null;
	}
	return { start: r.start, end: r.end, precision: r.precision, time: r.time, endTime: r.endTime, length: r.at };
}

/** Tries to read a range end at `r.at`; on success extends `r`. `readEnd` returns the end point and its stop. */
function tryRange(s: string, r: Partial, readEnd: (s: string, at: number) => { end: DatePoint; at: number } | null): void {
	const sep = exec(RE_RANGE_SEP, s, r.at);
	if (!sep) return;
	const found = readEnd(s, RE_RANGE_SEP.lastIndex);
	if (!found || compareKey(found.end) < compareKey(r.start)) {
		// `2023年3月3日〜` or `3月3日から開催`: an open range reads as its start; the `~` or `から` is not the title's.
		if (!found && RE_OPEN_RANGE.test(sep[0])) r.at = RE_RANGE_SEP.lastIndex;
		return;
	}
	r.end = found.end;
	r.at = found.at;
}

// ---------------------------------------------------------------------------
// Japanese forms: 2023年2月24日, 2023年2月, 2023年, 1960年代, 2025年度, eras.

/** After `YYYY年` (and any era note): month, day, weekday, time, and a range end. */
function japaneseAfterYear(s: string, year: number, at: number, requireMonth: boolean): Partial | null {
	let r: Partial = { start: point(year), end: null, precision: "year", time: null, endTime: null, at };
	if (exec(RE_ERA_NOTE, s, r.at)) r.at = RE_ERA_NOTE.lastIndex;
	const mm = exec(RE_JA_MONTH, s, r.at);
	if (mm) {
		const month = Number(mm[1]);
		if (!validMonth(month)) return null;
		r = { ...r, start: point(year, month), precision: "month", at: RE_JA_MONTH.lastIndex };
		const dd = exec(RE_JA_DAY, s, r.at);
		if (dd) {
			const day = Number(dd[1]);
			if (!validDay(year, month, day)) return null;
			r = { ...r, start: point(year, month, day), precision: "day", at: RE_JA_DAY.lastIndex };
		}
	} else if (requireMonth) return null;
	if (exec(RE_ERA_NOTE, s, r.at)) r.at = RE_ERA_NOTE.lastIndex;
	r.at = skipWeekday(s, r.at);
	if (r.precision === "day") readTime(s, r);
	tryRange(s, r, (text, from) => japaneseRangeEnd(text, from, r.start, r.precision));
	return r;
}

/** The end of a Japanese range: as much as it repeats (`8月24日`, `24日`, `2026年1月5日`), same precision. */
function japaneseRangeEnd(s: string, at: number, start: DatePoint, precision: Precision): { end: DatePoint; at: number } | null {
	let p = at;
	let year = start.year;
	let yearStated = false;
	const yy = exec(RE_JA_YEAR, s, p);
	if (yy) {
		year = Number(yy[1]);
		yearStated = true;
		p = RE_JA_YEAR.lastIndex;
		if (!validYear(year)) return null;
		if (exec(RE_ERA_NOTE, s, p)) p = RE_ERA_NOTE.lastIndex;
	}
	if (precision === "year") return yearStated ? { end: point(year), at: skipWeekday(s, p) } : null;
	let month = start.month as number;
	let monthStated = false;
	const mm = exec(RE_JA_MONTH, s, p);
	if (mm) {
		month = Number(mm[1]);
		monthStated = true;
		p = RE_JA_MONTH.lastIndex;
		if (!validMonth(month)) return null;
	} else if (yearStated) return null;
	if (precision === "month") return monthStated ? { end: point(year, month), at: p } : null;
	const dd = exec(RE_JA_DAY, s, p);
	if (!dd) return null;
	const day = Number(dd[1]);
	if (!validDay(year, month, day)) return null;
	p = skipWeekday(s, RE_JA_DAY.lastIndex);
	return { end: point(year, month, day), at: p };
}

function eraLed(s: string, at: number): Partial | null {
	const m = exec(RE_ERA, s, at);
	if (!m) return null;
	const era = ERAS[m[1]];
	const n = m[2] === "元" ? 1 : Number(m[2]);
	if (!era || n < 1 || n > era.last) return null;
	const year = era.base + n - 1;
	const after = RE_ERA.lastIndex;
	// `令和3年度`: a fiscal year.
	if (s[after] === "度") return { start: point(year), end: null, precision: "fiscal-year", time: null, endTime: null, at: after + 1 };
	return japaneseAfterYear(s, year, after, false);
}

// ---------------------------------------------------------------------------
// Numeric forms led by a year: 2023/05/04, 2008-5-13, 2010.03.30, 2023-05, ranges.

function yearLed(s: string, year: number, digits: number, at: number): Partial | null {
	// `YYYY年…`: Japanese.
	let p = at;
	const sp = exec(RE_SPACES, s, p);
	const afterSpaces = sp ? RE_SPACES.lastIndex : p;
	if (s[afterSpaces] === "年") {
		const r = afterSpaces + 1;
		if (s[r] === "代") {
			if (year % 10 !== 0 || digits !== 4) return null;
			const out: Partial = { start: point(year), end: null, precision: "decade", time: null, endTime: null, at: r + 1 };
			tryRange(s, out, (text, from) => {
				const e = exec(/(\d{4})[ \t]*年代/y, text, from);
				return e && Number(e[1]) % 10 === 0 ? { end: point(Number(e[1])), at: from + e[0].length } : null;
			});
			return out;
		}
		if (s[r] === "度") {
			if (digits !== 4) return null;
			const out: Partial = { start: point(year), end: null, precision: "fiscal-year", time: null, endTime: null, at: r + 1 };
			tryRange(s, out, (text, from) => {
				const e = exec(/(\d{4})[ \t]*年度/y, text, from);
				return e && validYear(Number(e[1])) ? { end: point(Number(e[1])), at: from + e[0].length } : null;
			});
			return out;
		}
		// A three-digit year only with a month (`794年10月`): `300年間` is a duration.
		return japaneseAfterYear(s, year, r, digits === 3);
	}
	if (digits !== 4) return null;
	p = at;
	const sep = s[p];
	if (sep === "/" || sep === "-" || sep === ".") {
		const numeric = numericAfterYear(s, year, p, sep);
		if (numeric !== undefined) return numeric;
	}
	// Decades: 1960s, 1960's.
	if (s[p] === "s" || (s[p] === "'" && s[p + 1] === "s")) {
		const end = s[p] === "s" ? p + 1 : p + 2;
		if (year % 10 !== 0 || !wordBoundary(s, end)) return null;
		const out: Partial = { start: point(year), end: null, precision: "decade", time: null, endTime: null, at: end };
		tryRange(s, out, (text, from) => {
			const e = exec(/(\d{4})'?s(?![A-Za-z])/y, text, from);
			return e && Number(e[1]) % 10 === 0 ? { end: point(Number(e[1])), at: from + e[0].length } : null;
		});
		return out;
	}
	// Year ranges: 2013-2015, 2023~2025年.
	const range = exec(RE_RANGE_SEP, s, p);
	if (range) {
		const e = exec(/(\d{4})([ \t]*年)?/y, s, RE_RANGE_SEP.lastIndex);
		if (e) {
			const endYear = Number(e[1]);
			const stop = RE_RANGE_SEP.lastIndex + e[0].length;
			if (validYear(endYear) && endYear >= year && (e[2] || numericBoundary(s, stop))) {
				return { start: point(year), end: point(endYear), precision: "year", time: null, endTime: null, at: stop };
			}
		}
	}
	// `2023 Feb 24`: a capitalised month name and a day (without one, `2023 May …` may be a word).
	if (s[p] === " " || s[p] === "\t") {
		const sp = exec(RE_SPACES, s, p);
		const named = sp && isUpperAscii(s.charCodeAt(RE_SPACES.lastIndex)) ? monthName(s, RE_SPACES.lastIndex) : null;
		const day = named ? dayNumber(s, named.at) : null;
		if (named && day && validYear(year) && validDay(year, named.month, day.day) && numericBoundary(s, day.at)) {
			return dayWithTime(s, point(year, named.month, day.day), day.at);
		}
	}
	return bareYear(s, year, p);
}

/** A day-precision date ending at `at`, with any weekday note and time after it. */
function dayWithTime(s: string, start: DatePoint, at: number): Partial {
	const r: Partial = { start, end: null, precision: "day", time: null, endTime: null, at };
	r.at = skipWeekday(s, r.at);
	readTime(s, r);
	return r;
}

/**
 * `YYYY<sep>M[<sep>D]`. Returns undefined when the text does not continue as a
 * numeric date (so the bare-year rules apply), null when it is clearly not a date.
 */
function numericAfterYear(s: string, year: number, at: number, sep: string): Partial | null | undefined {
	const mm = exec(RE_1_2_DIGITS, s, at + 1);
	if (!mm) return undefined;
	let p = at + 1 + mm[0].length;
	if (isDigit(s.charCodeAt(p))) {
		// `2013-2015`: a year range, not a month.
		return sep === "-" ? undefined : null;
	}
	const month = Number(mm[0]);
	if (s[p] === sep) {
		const dd = exec(RE_1_2_DIGITS, s, p + 1);
		if (!dd) return null;
		const day = Number(dd[0]);
		p = p + 1 + dd[0].length;
		if (!validMonth(month) || !validDay(year, month, day)) return null;
		// `2023-02-24T10:00` is ISO; otherwise the date must end here.
		const iso = s[p] === "T" && isDigit(s.charCodeAt(p + 1));
		if (!iso && !numericBoundary(s, p)) return null;
		const r = dayWithTime(s, point(year, month, day), p);
		tryRange(s, r, (text, from) => numericRangeEnd(text, from, r.start, sep, /[ \t]/.test(text.slice(r.at, from))));
		return r;
	}
	// `2023.1` is more often a version than January 2023.
	if (sep === ".") return null;
	if (!validMonth(month) || !numericBoundary(s, p)) return null;
	const r: Partial = { start: point(year, month), end: null, precision: "month", time: null, endTime: null, at: p };
	tryRange(s, r, (text, from) => {
		const e = exec(/(?:(\d{4})[/.-])?(\d{1,2})/y, text, from);
		if (!e) return null;
		const stop = from + e[0].length;
		const endYear = e[1] ? Number(e[1]) : year;
		const endMonth = Number(e[2]);
		if (!e[1] || !validMonth(endMonth) || !numericBoundary(text, stop)) return null;
		return { end: point(endYear, endMonth), at: stop };
	});
	return r;
}

/** The end of a numeric day range: a full date, `M/D` in the same year, or a day alone (`-14(Sun)`, `~19`). */
function numericRangeEnd(s: string, at: number, start: DatePoint, sep: string, spaced: boolean): { end: DatePoint; at: number } | null {
	const full = exec(/(\d{4})([/.-])(\d{1,2})\2(\d{1,2})/y, s, at);
	if (full) {
		const [y, m, d] = [Number(full[1]), Number(full[3]), Number(full[4])];
		const stop = at + full[0].length;
		if (!validYear(y) || !validMonth(m) || !validDay(y, m, d) || !numericBoundary(s, stop)) return null;
		return { end: point(y, m, d), at: skipWeekday(s, stop) };
	}
	const md = exec(/(\d{1,2})([/.-])(\d{1,2})/y, s, at);
	if (md && md[2] === sep) {
		const [m, d] = [Number(md[1]), Number(md[3])];
		const stop = at + md[0].length;
		if (!validMonth(m) || !validDay(start.year, m, d) || !numericBoundary(s, stop)) return null;
		return { end: point(start.year, m, d), at: skipWeekday(s, stop) };
	}
	const day = exec(RE_1_2_DIGITS, s, at);
	if (!day) return null;
	const d = Number(day[0]);
	const stop = at + day[0].length;
	if (!validDay(start.year, start.month as number, d) || !numericBoundary(s, stop)) return null;
	const afterWeekday = skipWeekday(s, stop);
	// `2023/05/04 - 5 things`: a lone number after a spaced dash is a day only when a weekday or the end follows.
	if (spaced && afterWeekday === stop && stop < s.length) return null;
	return { end: point(start.year, start.month, d), at: afterWeekday };
}

/**
 * A year standing alone (`1985`, `1913 Henry Ford…`, `2002 [link]`, `1985: …`) is
 * a date only when it ends the text, or a separator or a capitalised word, link
 * or non-Latin text follows. `2023 models`, `1,000 users`, `2048 GB`, `2023件`
 * and `2023.1` are quantities or versions.
 */
function bareYear(s: string, year: number, at: number): Partial | null {
	if (!validYear(year)) return null;
	const year_: Partial = { start: point(year), end: null, precision: "year", time: null, endTime: null, at };
	if (at >= s.length) return year_;
	const c = s.charCodeAt(at);
	if (isDigit(c) || isAsciiLetter(c) || isCjk(c) || c === 37 /* % */) return null;
	if (!numericBoundary(s, at)) return null;
	if (c === 32 || c === 9) {
		const sp = exec(RE_SPACES, s, at);
		const next = sp ? RE_SPACES.lastIndex : at;
		if (next >= s.length) return year_;
		const d = s.charCodeAt(next);
		if (isLowerAscii(d) || isDigit(d)) return null;
		if (exec(RE_UNIT_AFTER_YEAR, s, next)) return null;
	}
	return year_;
}

// ---------------------------------------------------------------------------
// Forms led by a day or month number: 24 Feb 2023, 5/4/2023, 24.02.2023.

function smallNumberLed(s: string, value: number, at: number): Partial | null {
	const c = s[at];
	// `24-Feb-2023`.
	if (c === "-" && isAsciiLetter(s.charCodeAt(at + 1))) {
		const mn = exec(RE_MONTH_NAME, s, at + 1);
		if (!mn || s[RE_MONTH_NAME.lastIndex] !== "-") return null;
		const yy = exec(/(\d{4})/y, s, RE_MONTH_NAME.lastIndex + 1);
		if (!yy) return null;
		const year = Number(yy[1]);
		const month = MONTHS[mn[1].toLowerCase()];
		const stop = RE_MONTH_NAME.lastIndex + 1 + 4;
		if (!validYear(year) || !validDay(year, month, value) || !numericBoundary(s, stop)) return null;
		return dayWithTime(s, point(year, month, value), stop);
	}
	if (c === "/" || c === "." || c === "-") {
		const m = exec(/(\d{1,2})([/.-])(\d{4})/y, s, at + 1);
		if (!m || m[2] !== c) return null;
		const b = Number(m[1]);
		const year = Number(m[3]);
		const stop = at + 1 + m[0].length;
		if (!validYear(year) || !numericBoundary(s, stop)) return null;
		// `/` is read month-first (US) unless that cannot be a month; `.` and `-` day-first (European).
		let month = c === "/" ? value : b;
		let day = c === "/" ? b : value;
		if (!validMonth(month) && validMonth(day)) [month, day] = [day, month];
		if (!validMonth(month) || !validDay(year, month, day)) return null;
		return dayWithTime(s, point(year, month, day), stop);
	}
	// `24 Feb 2023`, `24th February, 2023`, `24th of February 2023`.
	let p = at;
	if (exec(RE_ORDINAL, s, p)) p = RE_ORDINAL.lastIndex;
	if (!wordBoundary(s, p)) return null;
	if (!exec(RE_SPACES, s, p)) return null;
	p = RE_SPACES.lastIndex;
	if (exec(RE_OF, s, p)) p = RE_OF.lastIndex;
	const mn = exec(RE_MONTH_NAME, s, p);
	if (!mn || !wordBoundary(s, RE_MONTH_NAME.lastIndex)) return null;
	p = RE_MONTH_NAME.lastIndex;
	const yy = exec(/,?[ \t]+(\d{4})/y, s, p);
	if (!yy) return null;
	const year = Number(yy[1]);
	const stop = p + yy[0].length;
	const month = MONTHS[mn[1].toLowerCase()];
	if (!validYear(year) || !validDay(year, month, value) || !numericBoundary(s, stop)) return null;
	return dayWithTime(s, point(year, month, value), stop);
}

// ---------------------------------------------------------------------------
// English forms led by a month name: Feb 24, 2023; March 3–5, 2023; May 2023.

function monthName(s: string, at: number): { month: number; at: number } | null {
	const m = exec(RE_MONTH_NAME, s, at);
	if (!m) return null;
	const stop = RE_MONTH_NAME.lastIndex;
	if (!wordBoundary(s, stop)) return null;
	return { month: MONTHS[m[1].toLowerCase()], at: stop };
}

/** `24`, `24th` after a month name; the day is checked once the year is known. */
function dayNumber(s: string, at: number): { day: number; at: number } | null {
	const sp = exec(RE_SPACES, s, at);
	if (!sp) return null;
	const d = exec(RE_1_2_DIGITS, s, RE_SPACES.lastIndex);
	if (!d) return null;
	let p = RE_SPACES.lastIndex + d[0].length;
	if (isDigit(s.charCodeAt(p))) return null;
	if (exec(RE_ORDINAL, s, p)) p = RE_ORDINAL.lastIndex;
	if (!wordBoundary(s, p)) return null;
	return { day: Number(d[0]), at: p };
}

function englishYear(s: string, at: number): { year: number; at: number } | null {
	const m = exec(/,?[ \t]*(\d{4})/y, s, at);
	if (!m) return null;
	const stop = at + m[0].length;
	// `Feb 24 2023` needs a space or comma between day and year; `Feb 242023` is not a date.
	if (m[0].length === 4) return null;
	const year = Number(m[1]);
	if (!validYear(year) || !numericBoundary(s, stop)) return null;
	return { year, at: stop };
}

function monthLed(s: string, at: number): Partial | null {
	const first = monthName(s, at);
	if (!first) return null;
	const day = dayNumber(s, first.at);
	if (day) {
		const year = englishYear(s, day.at);
		if (year) {
			if (!validDay(year.year, first.month, day.day)) return null;
			const r: Partial = { start: point(year.year, first.month, day.day), end: null, precision: "day", time: null, endTime: null, at: year.at };
			r.at = skipWeekday(s, r.at);
			readTime(s, r);
			// `Feb 24, 2023 – Mar 3, 2023`
			tryRange(s, r, (text, from) => {
				const m2 = monthName(text, from);
				const d2 = m2 && dayNumber(text, m2.at);
				const y2 = d2 && englishYear(text, d2.at);
				if (!m2 || !d2 || !y2 || !validDay(y2.year, m2.month, d2.day)) return null;
				return { end: point(y2.year, m2.month, d2.day), at: skipWeekday(text, y2.at) };
			});
			return r;
		}
		// `March 3–5, 2023` and `Feb 24 – Mar 3, 2023`: the year comes after the range.
		const sep = exec(RE_RANGE_SEP, s, day.at);
		if (!sep) return null;
		let p = RE_RANGE_SEP.lastIndex;
		let endMonth = first.month;
		const m2 = monthName(s, p);
		if (m2) {
			endMonth = m2.month;
			p = m2.at;
			const d2 = dayNumber(s, p);
			if (!d2) return null;
			p = d2.at;
			return closeEnglishRange(s, first.month, day.day, endMonth, d2.day, p);
		}
		const d2 = exec(RE_1_2_DIGITS, s, p);
		if (!d2) return null;
		p += d2[0].length;
		if (exec(RE_ORDINAL, s, p)) p = RE_ORDINAL.lastIndex;
		return closeEnglishRange(s, first.month, day.day, endMonth, Number(d2[0]), p);
	}
	const year = englishYear(s, first.at);
	if (year) {
		// `May 2023`: a month. `May 2023 – June 2023`.
		const r: Partial = { start: point(year.year, first.month), end: null, precision: "month", time: null, endTime: null, at: year.at };
		tryRange(s, r, (text, from) => {
			const m2 = monthName(text, from);
			const y2 = m2 && englishYear(text, m2.at);
			return m2 && y2 ? { end: point(y2.year, m2.month), at: y2.at } : null;
		});
		return r;
	}
	// `May–June 2023`
	const sep = exec(RE_RANGE_SEP, s, first.at);
	if (!sep) return null;
	const m2 = monthName(s, RE_RANGE_SEP.lastIndex);
	const y2 = m2 && englishYear(s, m2.at);
	if (!m2 || !y2 || m2.month < first.month) return null;
	return { start: point(y2.year, first.month), end: point(y2.year, m2.month), precision: "month", time: null, endTime: null, at: y2.at };
}

function closeEnglishRange(s: string, m1: number, d1: number, m2: number, d2: number, at: number): Partial | null {
	if (!wordBoundary(s, at)) return null;
	const year = englishYear(s, at);
	if (!year) return null;
	// `Dec 28 – Jan 3, 2024` starts in the year before.
	const startYear = m2 < m1 ? year.year - 1 : year.year;
	if (!validDay(startYear, m1, d1) || !validDay(year.year, m2, d2)) return null;
	return { start: point(startYear, m1, d1), end: point(year.year, m2, d2), precision: "day", time: null, endTime: null, at: year.at };
}

// ---------------------------------------------------------------------------

function parseNormalised(s: string, at: number): Partial | null {
	const c = s.charCodeAt(at);
	if (isDigit(c)) {
		const d = exec(RE_DIGITS, s, at);
		if (!d) return null;
		const digits = d[0].length;
		const value = Number(d[0]);
		const after = at + digits;
		if (digits === 4 || digits === 3) return yearLed(s, value, digits, after);
		if (digits <= 2) return smallNumberLed(s, value, after);
		return null;
	}
	if (isAsciiLetter(c)) {
		// Month names, weekdays and `FY` start with one of these letters.
		if (!DATE_INITIALS.has(c | 0x20)) return null;
		if ((c === 70 || c === 102) && /^fy[ \t]?\d{4}/i.test(s.slice(at, at + 7))) {
			const m = exec(/fy[ \t]?(\d{4})/iy, s, at);
			if (!m) return null;
			const stop = at + m[0].length;
			const year = Number(m[1]);
			return validYear(year) && numericBoundary(s, stop) ? { start: point(year), end: null, precision: "fiscal-year", time: null, endTime: null, at: stop } : null;
		}
		const month = monthLed(s, at);
		if (month) return month;
		const weekday = exec(RE_LEADING_WEEKDAY, s, at);
		if (weekday) {
			const next = RE_LEADING_WEEKDAY.lastIndex;
			const inner = parseNormalised(s, next);
			// Only a full date may follow a weekday (`Sat, 24 Feb 2023`).
			return inner && inner.precision === "day" ? inner : null;
		}
		return null;
	}
	if (c === 0x660e || c === 0x5927 || c === 0x662d || c === 0x5e73 || c === 0x4ee4) return eraLed(s, at);
	return null;
}

/**
 * The date at the very start of `text`, or null. Never throws; never reads past
 * the first few dozen characters.
 */
export function parseDateAtStart(text: string): DateMatch | null {
	if (typeof text !== "string" || text.length === 0) return null;
	// Fast exit: most texts do not open like a date at all.
	if (!mayOpenDate(text)) return null;
	try {
		const s = normalise(text);
		const r = parseNormalised(s, 0);
		return r ? finish(r) : null;
	} catch {
		return null;
	}
}
