/** Small exports built in tests, converted with the import plan. */
import { readExportData } from "../../../src/core/scrapbox/export";
import { planImport, type ImportPlan } from "../../../src/core/import/plan";
import type { ImportOptions } from "../../../src/core/import/options";

export interface TestPage {
	title: string;
	/** Body lines (the title line is added). */
	body?: string;
	created?: number;
	updated?: number;
	id?: string;
	lineIds?: string[];
}

/** An export object for `pages` in project `project` (`null`: an export that names no project). */
export function exportOf(pages: TestPage[], project: string | null = "proj"): Record<string, unknown> {
	return {
		...(project !== null ? { name: project } : {}),
		pages: pages.map((p) => {
			const texts = [p.title, ...(p.body === undefined || p.body === "" ? [] : p.body.split("\n"))];
			const lines = p.lineIds ? texts.map((text, i) => ({ text, id: p.lineIds![i] ?? "" })) : texts;
			return { title: p.title, created: p.created, updated: p.updated, id: p.id, lines };
		}),
	};
}

export function planOf(pages: TestPage[], options: ImportOptions = {}, project: string | null = "proj"): ImportPlan {
	const read = readExportData(exportOf(pages, project));
	if (!read.ok) throw new Error(read.error.message);
	return planImport(read.export, { timeZone: "utc", ...options });
}

/** The note body (after the properties) of the first page. */
export function bodyOf(plan: ImportPlan, index = 0): string {
	const content = plan.notes[index].content;
	return content.slice(content.indexOf("\n---\n", 3) + 5);
}

/** Converts one page with the given body and returns its note body (no trailing newline). */
export function md(body: string, options: ImportOptions = {}, others: TestPage[] = []): string {
	return bodyOf(planOf([{ title: "Page", body }, ...others], options)).replace(/\n$/, "");
}
