/**
 * Dates out: ISO strings at the stated precision, display text in English or
 * Japanese at that precision, and keys for sorting and for placing dates on an axis.
 */
import type { DateMatch, DatePoint, Precision } from "./types";

export type DateLanguage = "en" | "ja";

const MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function pad(n: number, width: number): string {
	let s = String(Math.abs(n));
	while (s.length < width) s = "0" + s;
	return n < 0 ? "-" + s : s;
}

/** `"2023"`, `"2023-03"`, `"2023-03-03"`; a decade or fiscal year gives its first year (`"1960"`). */
export function isoDate(p: DatePoint, precision: Precision): string {
	const year = pad(p.year, 4);
	if (precision === "day" && p.month !== null && p.day !== null) return `${year}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
	if ((precision === "day" || precision === "month") && p.month !== null) return `${year}-${pad(p.month, 2)}`;
	return year;
}

/** The start and end of a match as ISO strings (`end` null unless a range was stated). */
export function isoRange(date: DateMatch): { date: string; end: string | null } {
	return { date: isoDate(date.start, date.precision), end: date.end ? isoDate(date.end, date.precision) : null };
}

/** One point at a precision: "2023", "Mar 2023", "Mar 3, 2023", "1960s", "FY2025" / "2023年3月3日", "1960年代", "2025年度". */
export function formatDatePoint(p: DatePoint, precision: Precision, language: DateLanguage = "en"): string {
	if (language === "ja") {
		switch (precision) {
			case "decade":
				return `${p.year}年代`;
			case "fiscal-year":
				return `${p.year}年度`;
			case "year":
				return `${p.year}年`;
			case "month":
				return p.month === null ? `${p.year}年` : `${p.year}年${p.month}月`;
			case "day":
				if (p.month === null) return `${p.year}年`;
				return p.day === null ? `${p.year}年${p.month}月` : `${p.year}年${p.month}月${p.day}日`;
		}
	}
	switch (precision) {
		case "decade":
			return `${p.year}s`;
		case "fiscal-year":
			return `FY${p.year}`;
		case "year":
			return String(p.year);
		case "month":
			return p.month === null ? String(p.year) : `${MONTH_ABBR[p.month - 1]} ${p.year}`;
		case "day":
			if (p.month === null) return String(p.year);
			return p.day === null ? `${MONTH_ABBR[p.month - 1]} ${p.year}` : `${MONTH_ABBR[p.month - 1]} ${p.day}, ${p.year}`;
	}
}

/** A whole match for display, with its range and, when asked, its time. */
export function formatDate(date: DateMatch, language: DateLanguage = "en", options: { time?: boolean } = {}): string {
	let text = formatDatePoint(date.start, date.precision, language);
	if (options.time && date.time) text += ` ${date.time}`;
	if (date.end) {
		let end = formatDatePoint(date.end, date.precision, language);
		// Within one year, the end need not repeat it: "2025年7月17日〜8月24日", "Jul 17 – Aug 24, 2025".
		if (date.precision === "day" && date.end.year === date.start.year && !(options.time && date.time)) {
			if (language === "ja") {
				end = date.end.month === date.start.month ? `${date.end.day}日` : `${date.end.month}月${date.end.day}日`;
			} else {
				const startText = `${MONTH_ABBR[(date.start.month ?? 1) - 1]} ${date.start.day}`;
				const endText = date.end.month === date.start.month ? String(date.end.day) : `${MONTH_ABBR[(date.end.month ?? 1) - 1]} ${date.end.day}`;
				return `${startText} – ${endText}, ${date.start.year}`;
			}
		}
		text += language === "ja" ? `〜${end}` : ` – ${end}`;
	} else if (options.time && date.endTime) {
		text += `–${date.endTime}`;
	}
	return text;
}

/** The name of a month for group headings: "March" / "3月". */
export function monthName(month: number, language: DateLanguage = "en"): string {
	return language === "ja" ? `${month}月` : MONTH_FULL[month - 1] ?? String(month);
}

const PRECISION_RANK: Record<Precision, number> = { decade: 0, year: 1, "fiscal-year": 2, month: 3, day: 4 };

/**
 * A number that sorts dates by start: a coarser date sorts before the finer
 * dates it contains ("2023" before "Mar 2023" before "Mar 3, 2023"), then by time.
 */
export function dateSortKey(date: DateMatch): number {
	const p = date.start;
	const minutes = date.time ? Number(date.time.slice(0, 2)) * 60 + Number(date.time.slice(3, 5)) : 0;
	return ((((p.year * 13 + (p.month ?? 0)) * 32 + (p.day ?? 0)) * 5 + PRECISION_RANK[date.precision]) * 1441) + (date.time ? minutes + 1 : 0);
}

/** Orders two dates by start (see `dateSortKey`), then the shorter range first. */
export function compareDates(a: DateMatch, b: DateMatch): number {
	const k = dateSortKey(a) - dateSortKey(b);
	if (k !== 0) return k;
	const ea = a.end ? dateSortKey({ ...a, start: a.end, time: null }) : -1;
	const eb = b.end ? dateSortKey({ ...b, start: b.end, time: null }) : -1;
	return ea - eb;
}

/**
 * The first day of a point as a day count since 1970-01-01 (UTC), for placing
 * dates on a proportional axis. A month or year starts on its first day.
 */
export function dayNumber(p: DatePoint): number {
	const t = Date.UTC(2000, (p.month ?? 1) - 1, p.day ?? 1);
	// Date.UTC maps years 0–99 to 1900–1999; set the year separately.
	const d = new Date(t);
	d.setUTCFullYear(p.year);
	return Math.floor(d.getTime() / 86400000);
}

/** The first day a match covers, as a day count (a fiscal year starts on April 1). */
export function firstDayNumber(date: DateMatch): number {
	const p = date.start;
	return date.precision === "fiscal-year" ? dayNumber({ year: p.year, month: 4, day: 1 }) : dayNumber(p);
}

/** The last day a match covers (its end, or the end of its month, year, decade or fiscal year), as a day count. */
export function lastDayNumber(date: DateMatch): number {
	const p = date.end ?? date.start;
	switch (date.precision) {
		case "day":
			return dayNumber(p);
		case "month":
			return dayNumber(p.month === 12 ? { year: p.year + 1, month: 1, day: 1 } : { year: p.year, month: (p.month ?? 1) + 1, day: 1 }) - 1;
		case "year":
			return dayNumber({ year: p.year + 1, month: 1, day: 1 }) - 1;
		case "fiscal-year":
			// A Japanese fiscal year runs April to March.
			return dayNumber({ year: p.year + 1, month: 4, day: 1 }) - 1;
		case "decade":
			return dayNumber({ year: p.year + 10, month: 1, day: 1 }) - 1;
	}
}
