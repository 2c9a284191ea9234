/**
 * The importer's words in the user's language: the core reports problems and
 * export errors with stable codes (and English messages); here each code gets
 * its translated message, with the detail the English message carries where
 * there is one (an error's text).
 */
import type { ExportErrorCode, ImportProblem, ProblemCode, ReportLabels } from "../../core/import";
import { t, type MessageKey } from "../../i18n/ui";

/** Keys with a singular twin `<key>.one`, used when the count is 1 (Japanese has the same text in both). */
type Singular<K> = K extends `${infer Base}.one` ? Base : never;
export type CountedKey = Singular<MessageKey> & MessageKey;

/** The string for a count: `<key>.one` when it is 1. */
export function counted(key: CountedKey, count: number, params: Record<string, string | number> = {}): string {
	return count === 1 ? t(`${key}.one` as MessageKey, { ...params, count }) : t(key, { ...params, count });
}

/** Scrapbox's menu path to the export (its own labels, in English in every language). */
export const EXPORT_MENU = "Page data → Export pages";
/** Names of other apps whose exports are recognised. */
const OTHER_APPS: Partial<Record<ExportErrorCode, string>> = { roam: "Roam Research", notion: "Notion" };

// Every code has its string: these fail to type-check when a code is added without one.
const errorKey = (code: ExportErrorCode): `import.error.${ExportErrorCode}` & MessageKey => `import.error.${code}`;
const problemKey = (code: ProblemCode): `import.problem.${ProblemCode}` & MessageKey => `import.problem.${code}`;

export function exportErrorMessage(code: ExportErrorCode): string {
	return t(errorKey(code), { app: OTHER_APPS[code] ?? "", menu: EXPORT_MENU });
}

/** The detail after the first `: ` of an English core message (an error's text), or "". */
function detailOf(message: string): string {
	const at = message.indexOf(": ");
	return at === -1 ? "" : message.slice(at + 2);
}

/** The problem with its message in the current language. */
export function translateProblem(problem: ImportProblem): ImportProblem {
	const message = t(problemKey(problem.code), { detail: detailOf(problem.message) });
	return { ...problem, message };
}

export function reportLabels(): ReportLabels {
	return {
		heading: t("import.report.heading"),
		project: t("import.report.project"),
		date: t("import.report.date"),
		pages: t("import.report.pages"),
		written: t("import.report.written"),
		unchanged: t("import.report.unchanged"),
		sections: {
			failed: t("import.report.failed"),
			skipped: t("import.report.skipped"),
			conflict: t("import.report.conflict"),
			warning: t("import.report.warning"),
		},
	};
}
