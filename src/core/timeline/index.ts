/**
 * Timelines from dated quotes, for the pane, the exports and the command line.
 *
 * - One note: `extractEvents(text, path)` (or `eventsFromStructure` when the
 *   quote model was already run on it).
 * - Many notes: keep each note's events and `mergeEvents(perNote.values())`;
 *   re-extract only the note that changed.
 * - Display: `groupByYearMonth(sorted)`, `eventDateLabel(e, language)`, `filterEvents`.
 * - Export: `timelineToMarkdown`, `timelineToCanvas`; command line: `eventToJson`.
 */
export { extractEvents, eventsFromStructure, type ExtractOptions, type TimelineEvent } from "./events";
export { eventDateLabel, eventToJson, filterEvents, groupByYearMonth, mergeEvents, sortEvents, type EventJson, type MonthGroup, type YearGroup } from "./order";
export {
	eventSubpath,
	sourceLink,
	timelineToCanvas,
	timelineToMarkdown,
	type CanvasDocument,
	type CanvasEdge,
	type CanvasExportOptions,
	type CanvasFileNode,
	type CanvasGroupNode,
	type CanvasNode,
	type CanvasTextNode,
	type MarkdownExportOptions,
} from "./export";
