/**
 * The Markdown renderer and post-processing pipeline: MarkdownRenderer.render,
 * MarkdownRenderChild, MarkdownPreviewRenderer's global post-processor
 * registry (sortOrder, lower first; ties in registration order), code-block
 * processors (which swap `<pre>` for `div.block-language-<lang>`), and the
 * section renderer the Reading view uses.
 *
 * Post-processors run once per section `<div>`, in order, each awaited before
 * the next; an error in one is rethrown on a fresh task (where the test runner
 * sees it) and the others still run. Sections are in the DOM when they run.
 */
import type { App } from "./app";
import { Component } from "./component";
import { parseYaml } from "./frontmatter";
import { BlockRenderer, type Section } from "./markdown/render";
import { getLinkpath } from "./paths";
import { reportCallbackError, trackWork } from "./pending";

export interface MarkdownSectionInformation {
	text: string;
	lineStart: number;
	lineEnd: number;
}

export interface MarkdownPostProcessorContext {
	docId: string;
	sourcePath: string;
	frontmatter: Record<string, unknown> | null | undefined;
	addChild(child: MarkdownRenderChild): void;
	getSectionInfo(el: HTMLElement): MarkdownSectionInformation | null;
}

export interface MarkdownPostProcessor {
	(el: HTMLElement, ctx: MarkdownPostProcessorContext): Promise<unknown> | void;
	sortOrder?: number;
	/** Set on processors made by createCodeBlockPostProcessor (stand-in bookkeeping). */
	codeBlockLanguage?: string;
}

export class MarkdownRenderChild extends Component {
	containerEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

const processors: MarkdownPostProcessor[] = [];

function sortedProcessors(): MarkdownPostProcessor[] {
	return processors.slice().sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0));
}

/** The registered post-processors (code-block ones included), for leak accounting. */
export function registeredPostProcessors(): readonly MarkdownPostProcessor[] {
	return processors;
}

export class MarkdownPreviewRenderer {
	static registerPostProcessor(postProcessor: MarkdownPostProcessor, sortOrder?: number): void {
		if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
		processors.push(postProcessor);
	}

	static unregisterPostProcessor(postProcessor: MarkdownPostProcessor): void {
		processors.remove(postProcessor);
	}

	static createCodeBlockPostProcessor(
		language: string,
		handler: (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void,
	): MarkdownPostProcessor {
		const processor: MarkdownPostProcessor = (el, ctx) => {
			const work: Promise<unknown>[] = [];
			for (const code of el.findAll(`pre > code.language-${language.replace(/[^\w-]/g, "\\$&")}`)) {
				const pre = code.parentElement as HTMLElement;
				const source = code.textContent ?? "";
				const div = createDiv({ cls: `block-language-${language}` });
				pre.replaceWith(div);
				const result = handler(source, div, ctx);
				if (result instanceof Promise) work.push(result);
			}
			return work.length > 0 ? Promise.all(work).then(() => undefined) : undefined;
		};
		processor.codeBlockLanguage = language;
		return processor;
	}
}

/** Runs every post-processor on one section, in sort order, awaiting each. */
export async function postProcess(el: HTMLElement, ctx: MarkdownPostProcessorContext): Promise<void> {
	for (const processor of sortedProcessors()) {
		try {
			const result = processor(el, ctx);
			if (result instanceof Promise) await result;
		} catch (error) {
			reportCallbackError(error);
		}
	}
}

let docCounter = 0;
export function newDocId(): string {
	docCounter += 1;
	return `doc-${docCounter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A BlockRenderer whose links resolve through the app's metadata cache. */
export function blockRendererFor(app: App, sourcePath: string): BlockRenderer {
	return new BlockRenderer({
		resolves: (linkpath) => app.metadataCache.getFirstLinkpathDest(getLinkpath(linkpath), sourcePath) !== null,
		embedSource: (linkpath) => {
			const file = app.metadataCache.getFirstLinkpathDest(getLinkpath(linkpath), sourcePath);
			return file ? app.vault.getResourcePath(file) : null;
		},
	});
}

export function frontmatterOf(sections: Section[]): Record<string, unknown> | undefined {
	const fm = sections.find((s) => s.type === "yaml");
	if (!fm) return undefined;
	try {
		const data = parseYaml(fm.source.split("\n").slice(1, -1).join("\n"));
		return data && typeof data === "object" ? (data as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

export abstract class MarkdownRenderer extends MarkdownRenderChild {
	app: App;
	hoverPopover: unknown = null;

	constructor(app: App, containerEl: HTMLElement) {
		super(containerEl);
		this.app = app;
	}

	abstract get file(): unknown;

	/** Deprecated in Obsidian; needs the app, which the stand-in takes from the component when it can. */
	static renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		const app = (component as unknown as { app?: App }).app ?? currentApp;
		if (!app) return Promise.reject(new Error("renderMarkdown: no app (pass a Plugin or View as the component)"));
		return MarkdownRenderer.render(app, markdown, el, sourcePath, component);
	}

	/**
	 * Renders into `el`, one `<div>` per section. Children a post-processor adds
	 * with ctx.addChild are tied to `component`. getSectionInfo returns null
	 * here: only the Reading view knows where its sections sit in a file.
	 */
	static async render(app: App, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		const { sections } = blockRendererFor(app, sourcePath).renderSections(markdown);
		const ctx: MarkdownPostProcessorContext = {
			docId: newDocId(),
			sourcePath,
			frontmatter: frontmatterOf(sections),
			addChild: (child) => void component.addChild(child),
			getSectionInfo: () => null,
		};
		for (const section of sections) el.appendChild(section.el);
		await trackWork(
			(async () => {
				for (const section of sections) await postProcess(section.el, ctx);
			})(),
		);
	}
}

/** The app the stand-in made last, for the deprecated renderMarkdown. */
let currentApp: App | null = null;
export function setCurrentApp(app: App | null): void {
	currentApp = app;
}
