/**
 * What the import reports instead of throwing. Each problem names its page and
 * says what happened in plain English; `code` is stable, so the plugin can show
 * its own translation (`import.problem.<code>`) instead of `message`.
 */

export type ProblemKind =
	/** The page could not be read from the export; nothing was written for it. */
	| "skipped"
	/** Converting or writing the page failed; nothing was written for it. */
	| "failed"
	/** A note is in the way (edited since import, or not made by the importer); it was left as it is. */
	| "conflict"
	/** The page was imported, with something worth knowing. */
	| "warning";

export type ProblemCode =
	| "page-not-object"
	| "missing-title"
	| "lines-not-list"
	| "bad-line"
	| "conversion-error"
	| "write-error"
	| "edited-since-import"
	| "not-imported-note"
	| "control-characters"
	| "title-line-differs"
	| "duplicate-title";

export interface ImportProblem {
	kind: ProblemKind;
	code: ProblemCode;
	/** The page title, or `page N` for a page without one. */
	title: string;
	message: string;
	/** The note's vault path, when the page has one. */
	path?: string;
}

export function problem(kind: ProblemKind, code: ProblemCode, title: string, message: string, path?: string): ImportProblem {
	return path === undefined ? { kind, code, title, message } : { kind, code, title, message, path };
}

/** One line of an error, for messages. */
export function errorText(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	const end = text.indexOf("\n");
	return end === -1 ? text : text.slice(0, end);
}
