/**
 * Reading view on every real converted note (markdown-en, markdown-ja): each
 * note rendered by the stand-in's renderer, each section post-processed as
 * Obsidian would. No section may throw or be left half-decorated, every
 * commentary thread has its quote (the unit head with the same
 * `data-sbl-unit`), and every quote block with commentary in the model is
 * drawn as a unit. When Markdown itself reads the commentary as part of the
 * quote (a lazy continuation line: the list line follows a `- >` quote and is
 * not a list item there), there is no list to draw as a thread; those are
 * counted and listed, not failed.
 */
import { describe, expect, it } from "vitest";
import type { MarkdownPostProcessorContext } from "obsidian";
import { BlockRenderer } from "../stand-in/markdown/render";
import { ReadingRenderer } from "../../src/plugin/reading/processor";
import { NoteScope } from "../../src/plugin/reading/scope";
import { FoldStore } from "../../src/plugin/reading/fold-store";
import { classifyFlavour } from "../../src/core/detect";
import { structureOf } from "../../src/core/quotes";
import { corpusDir, corpusMissingMessage, readCorpusNotes } from "./corpus";

describe.skipIf(!corpusDir)("Reading view on the corpus", () => {
	if (!corpusDir) console.log(corpusMissingMessage);

	it("draws every quote with commentary as a unit, and never throws", () => {
		const renderer = new BlockRenderer({ resolves: () => true, embedSource: () => null });
		const lens = new ReadingRenderer({
			settings: () => ({ renderScope: "detected", renderRawNotes: true }),
			scope: new NoteScope(classifyFlavour, 1000),
			folds: new FoldStore(),
			links: null,
			track: () => undefined,
			defer: () => undefined,
		});
		const figures = { notes: 0, sections: 0, heads: 0, threads: 0, listUnits: 0, chips: 0, modelUnitsWithCommentary: 0, orphans: [] as string[], missing: [] as string[], noList: [] as string[] };
		for (const folder of ["markdown-en", "markdown-ja"]) {
			for (const note of readCorpusNotes(folder)) {
				figures.notes++;
				const path = `${folder}/${note.path}`;
				const host = createDiv();
				const { sections } = renderer.renderSections(note.text);
				for (const section of sections) {
					host.appendChild(section.el);
					const info = { text: note.text, lineStart: section.lineStart, lineEnd: section.lineEnd };
					const ctx = { docId: "c", sourcePath: path, frontmatter: null, addChild: () => undefined, getSectionInfo: () => info } as unknown as MarkdownPostProcessorContext;
					expect(() => lens.process(section.el, ctx)).not.toThrow();
					figures.sections++;
				}
				figures.heads += host.querySelectorAll(".sbl-unit-head").length;
				figures.listUnits += host.querySelectorAll("li.sbl-unit-head").length;
				figures.chips += host.querySelectorAll("time.sbl-date").length;
				for (const thread of Array.from(host.querySelectorAll<HTMLElement>(".sbl-thread, .sbl-thread-item"))) {
					figures.threads++;
					const unit = thread.getAttribute("data-sbl-unit") ?? thread.closest("[data-sbl-unit]")?.getAttribute("data-sbl-unit");
					if (!unit || !host.querySelector(`.sbl-unit-head[data-sbl-unit="${unit}"]`)) figures.orphans.push(`${path}: thread of ${unit}`);
				}
				// The model's units with commentary that Obsidian draws as a quote section followed by a list.
				for (const block of structureOf(note.text).quotes) {
					if (!block.commentaryRange) continue;
					figures.modelUnitsWithCommentary++;
					const head = host.querySelector(`.sbl-unit-head[data-sbl-unit="${block.from}"]`);
					if (!head) figures.missing.push(`${path}:${block.from + 1}`);
					else if (!head.matches(".sbl-has-commentary")) figures.noList.push(`${path}:${block.from + 1}`);
				}
			}
		}
		console.log(
			`reading: ${figures.notes} notes, ${figures.sections} sections; ${figures.heads} unit heads (${figures.listUnits} inside lists), ${figures.threads} threads, ${figures.chips} date chips; ` +
				`${figures.modelUnitsWithCommentary} model units with commentary: ${figures.missing.length} not drawn as units, ${figures.noList.length} whose commentary Markdown renders inside the quote (${figures.noList.join(", ")})`,
		);
		expect(figures.orphans).toEqual([]);
		expect(figures.missing).toEqual([]);
	});
});
