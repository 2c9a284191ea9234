/**
 * The note classifier's evidence in the current language. The core's
 * `reasons` are the English texts; this writes the same reasons from its
 * structured `evidence`, so a Japanese user reads them in Japanese.
 */
import type { Evidence } from "../core/detect/classify";
import { currentLanguage, t, type Language } from "./ui";

export function evidenceText(evidence: Evidence, language: Language = currentLanguage()): string {
	const params: Record<string, string | number> = { line: evidence.line };
	if (evidence.sample !== undefined) params.sample = evidence.sample;
	if (evidence.mark !== undefined) params.mark = evidence.mark;
	let text = t(`detect.reason.${evidence.kind}`, params, language);
	if (evidence.against) text = t("detect.against", { reason: text }, language);
	return evidence.count > 1 ? t("detect.count", { reason: text, count: evidence.count }, language) : text;
}
