/** Putting events from many notes in order, grouping them for display, filtering, and the JSON shape. */
import { compareDates, formatDate, isoRange, type DateLanguage, type Precision } from "../dates";
import { flattenCommentary } from "../quotes";
import type { TimelineEvent } from "./events";

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Chronological order: by start (coarser first), then file, then line. Stable; returns a new array. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
	return events
		.map((event, index) => ({ event, index }))
		.sort((a, b) => compareDates(a.event.date, b.event.date) || compareText(a.event.file, b.event.file) || a.event.line - b.event.line || a.index - b.index)
		.map((x) => x.event);
}

/**
 * One timeline from many notes' events (e.g. the pane's per-file cache:
 * `mergeEvents(cache.values())`), in chronological order.
 */
export function mergeEvents(lists: Iterable<readonly TimelineEvent[]>): TimelineEvent[] {
	const all: TimelineEvent[] = [];
	for (const list of lists) for (const e of list) all.push(e);
	return sortEvents(all);
}

export interface MonthGroup {
	/** 1–12, or null for events stated to the year, decade or fiscal year only (listed first). */
	month: number | null;
	events: TimelineEvent[];
}

export interface YearGroup {
	year: number;
	months: MonthGroup[];
}

/** Groups sorted events by the year and month they start in. */
export function groupByYearMonth(sorted: readonly TimelineEvent[]): YearGroup[] {
	const years: YearGroup[] = [];
	for (const e of sorted) {
		const year = e.date.start.year;
		let group = years[years.length - 1];
		if (!group || group.year !== year) {
			group = { year, months: [] };
			years.push(group);
		}
		const month = e.date.precision === "day" || e.date.precision === "month" ? e.date.start.month : null;
		let m = group.months[group.months.length - 1];
		if (!m || m.month !== month) {
			m = { month, events: [] };
			group.months.push(m);
		}
		m.events.push(e);
	}
	return years;
}

/** Everything a text filter looks at, lower-cased. */
function haystack(e: TimelineEvent): string {
	const { date, end } = isoRange(e.date);
	return [
		date,
		end ?? "",
		formatDate(e.date, "en"),
		formatDate(e.date, "ja"),
		e.title,
		...e.text,
		...flattenCommentary(e.commentary).map((c) => c.text),
		e.file,
	]
		.join("\n")
		.toLowerCase();
}

/** Events whose date, title, description, commentary or file contain every word of `query` (case-insensitive). */
export function filterEvents(events: readonly TimelineEvent[], query: string): TimelineEvent[] {
	const words = query.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
	if (words.length === 0) return events.slice();
	return events.filter((e) => {
		const h = haystack(e);
		return words.every((w) => h.includes(w));
	});
}

/** The command line's `--json` shape for one event. */
export interface EventJson {
	date: string;
	end: string | null;
	precision: Precision;
	title: string;
	text: string[];
	/** The commentary items' text, depth-first. */
	commentary: string[];
	file: string;
	/** 1-based. */
	line: number;
}

export function eventToJson(e: TimelineEvent): EventJson {
	const { date, end } = isoRange(e.date);
	return {
		date,
		end,
		precision: e.date.precision,
		title: e.title,
		text: e.text,
		commentary: flattenCommentary(e.commentary).map((c) => c.text),
		file: e.file,
		line: e.line,
	};
}

/** The date of an event for display at its own precision ("2023", "Mar 2023", "Mar 3, 2023"). */
export function eventDateLabel(e: TimelineEvent, language: DateLanguage = "en"): string {
	return formatDate(e.date, language);
}
