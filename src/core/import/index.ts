/**
 * Scrapbox (Cosense) export → Obsidian notes: the pure half of the importer.
 * The plugin's modal and the `import` command call only what is exported here.
 */
export { readExport, readExportData, readExportBytes, readExportSource, readExportSteps, bytesSource, pageWithLines } from "../scrapbox/export";
export type { ByteSource, ExportError, ExportErrorCode, ExportIssue, ExportPage, ReadBytesOptions, ReadExportResult, ScrapboxExport } from "../scrapbox/export";
export { prepareImport, convertPage, planImport, decideWrite, conflictProblem, contentHash, resolveOptions, notePath } from "./plan";
export type { ImportPlan, ImportSession, PageResult, PlannedNote, WriteAction, WriteDecision } from "./plan";
export { DEFAULT_FOLDER, DEFAULT_HEADING_LEVELS, DEFAULT_REPORT_NAME } from "./options";
export type { HeadingLevel, ImportOptions, ResolvedOptions, SiblingProject } from "./options";
export { assignNoteNames, sanitizeFileName, MAX_FILE_NAME_BYTES } from "./names";
export type { NoteNames } from "./names";
export { renderImportReport, needsReport, ENGLISH_REPORT_LABELS } from "./report";
export type { ReportLabels, ReportSummary } from "./report";
export { problem } from "./problems";
export { ORIGINAL_LANGUAGE, ORIGINAL_FENCE, originalFenceLine } from "./original";
export type { ImportProblem, ProblemCode, ProblemKind } from "./problems";
