// The post-processor on its own (no plugin): a section it cannot process is
// left exactly as Obsidian rendered it, and it never throws into Obsidian.
import { afterEach, describe, expect, it } from "vitest";
import type { MarkdownPostProcessorContext } from "obsidian";
import { createApp, destroyApp, openNote, settle, type App } from "../../stand-in/testing";
import { FoldStore } from "../../../src/plugin/reading/fold-store";
import { ReadingRenderer } from "../../../src/plugin/reading/processor";
import { NoteScope } from "../../../src/plugin/reading/scope";
import { bikeNote } from "./fixtures";

let app: App | undefined;
afterEach(() => destroyApp(app));

/** The note's sections as the stand-in's Reading view renders them (no plugin), with their infos. */
async function sections(text: string): Promise<{ el: HTMLElement; info: { text: string; lineStart: number; lineEnd: number } }[]> {
	app = createApp({ files: { "Bicycle history.md": text } });
	const view = await openNote(app, "Bicycle history.md", "preview");
	await settle(app);
	return Array.from(view.previewMode.sizerEl.children)
		.filter((el): el is HTMLElement => el.instanceOf(HTMLElement) && el.matches("div[class^='el-']"))
		.map((el) => ({ el: el.cloneNode(true) as HTMLElement, info: view.previewMode.getSectionInfo(el)! }));
}

function renderer(tracked: (() => void)[] = []): ReadingRenderer {
	return new ReadingRenderer({
		settings: () => ({ renderScope: "all", renderRawNotes: true }),
		scope: new NoteScope(() => "converted"),
		folds: new FoldStore(),
		links: null,
		track: (_el, _ctx, onUnload) => void tracked.push(onUnload),
		defer: (fn) => fn(),
	});
}

function context(el: HTMLElement, info: { text: string; lineStart: number; lineEnd: number } | (() => never)): MarkdownPostProcessorContext {
	return {
		docId: "doc",
		sourcePath: "Bicycle history.md",
		frontmatter: null,
		addChild: () => undefined,
		getSectionInfo: (target: HTMLElement) => (typeof info === "function" ? info() : target === el || el.contains(target) ? info : null),
	};
}

describe("the Reading-view post-processor", () => {
	it("decorates sections from the note-level model", async () => {
		const all = await sections(bikeNote);
		const r = renderer();
		for (const { el, info } of all) r.process(el, context(el, info));
		expect(all.filter(({ el }) => el.classList.contains("sbl-unit")).length).toBe(5);
	});

	it("rolls a section back to Obsidian's rendering when something throws part way", async () => {
		const all = await sections(bikeNote);
		const quote = all.find(({ el }) => el.querySelector("blockquote")?.textContent?.includes("1817")) as (typeof all)[number];
		const html = quote.el.outerHTML;
		// The unit decoration succeeds; the date-chip step then finds the DOM failing under it.
		const p = quote.el.querySelector("blockquote p") as HTMLElement;
		Object.defineProperty(p, "childNodes", {
			configurable: true,
			get() {
				throw new Error("section went away");
			},
		});
		const tracked: (() => void)[] = [];
		expect(() => renderer(tracked).process(quote.el, context(quote.el, quote.info))).not.toThrow();
		delete (p as unknown as { childNodes?: unknown }).childNodes;
		expect(quote.el.outerHTML).toBe(html);
		expect(tracked).toHaveLength(0);
	});

	it("leaves a section alone when Obsidian cannot say where it is", async () => {
		const all = await sections(bikeNote);
		const r = renderer();
		for (const { el } of all) {
			const html = el.outerHTML;
			expect(() => r.process(el, context(el, () => {
				throw new Error("no section info");
			}))).not.toThrow();
			r.process(el, { ...context(el, { text: "", lineStart: 0, lineEnd: 0 }), getSectionInfo: () => null });
			expect(el.outerHTML).toBe(html);
		}
	});

	it("shows a ```scrapbox block that cannot be rendered as the code it is", () => {
		const r = renderer();
		const el = createDiv();
		// A source that is not a string stands in for anything the renderer chokes on.
		r.codeBlock(null as unknown as string, el, context(el, { text: "", lineStart: 0, lineEnd: 0 }));
		expect(el.querySelector("pre > code")).not.toBeNull();
	});

	it("forgets a section when Obsidian unloads it", async () => {
		const all = await sections(bikeNote);
		const tracked: (() => void)[] = [];
		const r = renderer(tracked);
		for (const { el, info } of all) r.process(el, context(el, info));
		expect(r.trackedCount).toBe(tracked.length);
		for (const unload of tracked) unload();
		expect(r.trackedCount).toBe(0);
	});
});
