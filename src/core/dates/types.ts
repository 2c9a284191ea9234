/**
 * What the date grammar gives back. A date keeps the precision its text states:
 * `May 2023` is a month and stays a month; no day or year is ever made up.
 */

/** How much of a date the text states. `fiscal-year` is a Japanese `2025年度` or `FY2025`. */
export type Precision = "day" | "month" | "year" | "decade" | "fiscal-year";

/** A calendar point. `month` and `day` are null when the text does not state them. */
export interface DatePoint {
	year: number;
	/** 1–12, or null. */
	month: number | null;
	/** 1–31 (checked against the calendar), or null. */
	day: number | null;
}

/** A date recognised at the start of a text. */
export interface DateMatch {
	start: DatePoint;
	/** The end of a stated range (`2025年7月17日〜8月24日`), at the same precision as the start; else null. */
	end: DatePoint | null;
	precision: Precision;
	/** A stated time of day, `HH:MM` (24-hour), or null. It never changes the precision. */
	time: string | null;
	/** The end time of a stated time range (`11:40-12:00`), or null. */
	endTime: string | null;
	/** How many characters of the input the date covers, from index 0 (weekday and era notes included). */
	length: number;
}

/** A text that starts with a date, split into the date and what follows it. */
export interface DatedText {
	date: DateMatch;
	/** The date as written in the text. */
	dateText: string;
	/** The rest after the separator (` - `, ` — `, `:`, `：`, `|`, `,` or a space), trimmed; Markdown kept. */
	rest: string;
}
