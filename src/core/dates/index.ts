/**
 * Dates at the start of a text, at the precision the text states. Pure; used by
 * the timeline, the quote renderer (date chips) and the command line.
 */
export type { DateMatch, DatePoint, DatedText, Precision } from "./types";
export { parseDateAtStart, daysInMonth, isLeapYear, mayOpenDate, DATE_OPENING_SOURCE } from "./grammar";
export { parseDatedText, stripSeparator } from "./dated-text";
export {
	compareDates,
	dateSortKey,
	dayNumber,
	firstDayNumber,
	formatDate,
	formatDatePoint,
	isoDate,
	isoRange,
	lastDayNumber,
	monthName,
	type DateLanguage,
} from "./format";
