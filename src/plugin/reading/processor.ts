/**
 * The Reading-view post-processor and the ```scrapbox code-block processor.
 *
 * Per section: decide from the note's text whether it gets Scrapbox rendering
 * (NoteScope), then either redraw it with the Scrapbox renderer (raw notes) or
 * decorate it: quote units, date chips in quotes, icons and Gyazo images.
 * Every change goes through a DomTransaction; if anything throws, the section
 * is rolled back to what Obsidian rendered and the error goes no further.
 *
 * Sections of a note are decorated separately, each from the same note-level
 * model, and remembered (until Obsidian unloads them) so that
 * - a fold toggled in the quote's section reaches the commentary's section,
 *   even one Obsidian has taken out of the DOM for now;
 * - when the note changes, sections Obsidian kept without post-processing them
 *   again are decorated again from the new model.
 *
 * Nothing here imports `obsidian` at run time: register.ts hands in what is
 * needed, so the benchmark runs this file in plain happy-dom.
 */
import type { MarkdownPostProcessorContext } from "obsidian";
import { quotesInRange, structureOf, type NoteStructure } from "../../core/quotes";
import type { ScrapboxLensSettings } from "../settings";
import { addDateChips, startsWithDate } from "./date-chips";
import type { FoldStore } from "./fold-store";
import { delegateLinks, type LinkHost } from "./links";
import { renderRawSection } from "./raw-note";
import { styleRemnants } from "./remnants";
import type { NoteScope } from "./scope";
import { renderScrapbox } from "./scrapbox-render";
import { DomTransaction } from "./transaction";
import { applyFold, decorateUnits, type FoldTarget } from "./units";

export type SectionContext = Pick<MarkdownPostProcessorContext, "sourcePath" | "getSectionInfo" | "docId" | "frontmatter">;

export interface ReadingDeps {
	settings(): Pick<ScrapboxLensSettings, "renderScope" | "renderRawNotes">;
	scope: NoteScope;
	folds: FoldStore;
	links: LinkHost | null;
	/** Calls `onUnload` when Obsidian unloads the section (a MarkdownRenderChild on `ctx.addChild`). */
	track(el: HTMLElement, ctx: MarkdownPostProcessorContext, onUnload: () => void): void;
	/** Typesets `[$ formula]` elements once they are in place; they show as code until then, or for good. */
	typeset?(formulas: HTMLElement[]): void;
	/** Runs `fn` soon, after the current rendering pass. */
	defer(fn: () => void): void;
}

interface Tracked {
	el: HTMLElement;
	ctx: SectionContext;
	path: string;
	/** The note text the decoration was made from. */
	text: string;
	/** Raw-note sections are redrawn whole; others only have their units redone. */
	raw: boolean;
	/** The changes that depend on other sections (units), or everything for a raw section. */
	tx: DomTransaction;
	targets: FoldTarget[];
}

/** `scrapbox_project` (the importer's property) tells which project relative icons belong to. */
function projectOf(ctx: SectionContext): string | undefined {
	const value = (ctx.frontmatter as Record<string, unknown> | null | undefined)?.["scrapbox_project"];
	return typeof value === "string" && value !== "" ? value : undefined;
}

/** Whether any quote line in the section starts with a date: the cheap test before touching the DOM. */
function hasDatedQuote(structure: NoteStructure, lineStart: number, lineEnd: number): boolean {
	for (const block of quotesInRange(structure, lineStart, lineEnd)) {
		for (const line of block.lines) {
			if (line.line < lineStart || line.line > lineEnd) continue;
			if (line.text !== "" && startsWithDate(line.text)) return true;
		}
	}
	return false;
}

export class ReadingRenderer {
	private readonly sections = new Map<string, Set<Tracked>>();
	private readonly lastText = new Map<string, string>();
	private readonly refreshing = new Set<string>();
	private readonly stopFolds: () => void;

	constructor(private readonly deps: ReadingDeps) {
		this.stopFolds = deps.folds.onChange((path, key, folded) => {
			for (const section of this.sections.get(path) ?? []) {
				for (const target of section.targets) if (target.key === key) applyFold(target, folded);
			}
		});
	}

	/** The post-processor. Never throws; a section it cannot handle stays as Obsidian drew it. */
	readonly process = (el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		let info: ReturnType<SectionContext["getSectionInfo"]>;
		try {
			info = ctx.getSectionInfo(el);
		} catch {
			return;
		}
		if (!info || typeof info.text !== "string") return;
		const path = ctx.sourcePath;
		const tracked = this.decorate(el, ctx, path, info.text, info.lineStart, info.lineEnd);
		if (!tracked) return;
		let set = this.sections.get(path);
		if (!set) this.sections.set(path, (set = new Set()));
		set.add(tracked);
		try {
			this.deps.track(el, ctx, () => this.forget(tracked));
		} catch {
			// Without a lifetime the section is still drawn; it is forgotten with its note.
		}
		const before = this.lastText.get(path);
		this.lastText.set(path, info.text);
		if (before !== undefined && before !== info.text) this.scheduleRefresh(path);
	};

	/** The ```scrapbox code-block processor. */
	readonly codeBlock = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		const formulas: HTMLElement[] = [];
		try {
			const root = renderScrapbox(source, el, { sourcePath: ctx.sourcePath, links: this.deps.links, project: projectOf(ctx), formulas });
			root.addClass("sbl-scrapbox-block");
			const tx = new DomTransaction();
			root.querySelectorAll("blockquote.sbl-sb-quote").forEach((quote) => void addDateChips(tx, quote));
			if (this.deps.links) delegateLinks(el, this.deps.links, ctx.sourcePath);
		} catch {
			// Shown as the code block it is, as Obsidian would without this plugin.
			try {
				el.empty();
				el.createEl("pre").createEl("code", { text: typeof source === "string" ? source : "" });
			} catch {
				// Nothing more can be done without throwing into Obsidian.
			}
			return;
		}
		this.typeset(formulas);
	};

	private typeset(formulas: HTMLElement[]): void {
		if (formulas.length === 0 || !this.deps.typeset) return;
		try {
			this.deps.typeset(formulas);
		} catch {
			// The formulas stay as code.
		}
	}

	private decorate(el: HTMLElement, ctx: SectionContext, path: string, text: string, lineStart: number, lineEnd: number): Tracked | null {
		const content = new DomTransaction();
		const unitsTx = new DomTransaction();
		try {
			const decision = this.deps.scope.decide(path, text, this.deps.settings());
			if (decision.raw) {
				const formulas: HTMLElement[] = [];
				const options = { sourcePath: path, links: this.deps.links, project: projectOf(ctx), formulas };
				if (!renderRawSection(unitsTx, el, text, lineStart, lineEnd, path, options)) return null;
				if (this.deps.links && !el.hasClass("sbl-links-delegated")) {
					delegateLinks(el, this.deps.links, path);
					el.addClass("sbl-links-delegated");
				}
				this.typeset(formulas);
				return { el, ctx, path, text, raw: true, tx: unitsTx, targets: [] };
			}
			if (!decision.units) return null;
			const structure = structureOf(text);
			const targets = decorateUnits(unitsTx, el, {
				structure,
				lineStart,
				lineEnd,
				docId: ctx.docId,
				isFolded: (key) => this.deps.folds.isFolded(path, key),
				toggle: (key) => void this.deps.folds.toggle(path, key),
			});
			if (hasDatedQuote(structure, lineStart, lineEnd)) {
				el.querySelectorAll("blockquote.sbl-quote").forEach((quote) => void addDateChips(content, quote));
			}
			styleRemnants(content, el);
			return { el, ctx, path, text, raw: false, tx: unitsTx, targets };
		} catch {
			content.rollback();
			unitsTx.rollback();
			return null;
		}
	}

	/** Decorates again the sections of `path` whose decoration was made from another text of the note. */
	refresh(path: string): void {
		const set = this.sections.get(path);
		if (!set) return;
		for (const section of Array.from(set)) {
			let info: ReturnType<SectionContext["getSectionInfo"]>;
			try {
				info = section.ctx.getSectionInfo(section.el);
			} catch {
				info = null;
			}
			if (!info || info.text === section.text) continue;
			section.tx.rollback();
			const fresh = new DomTransaction();
			try {
				const decision = this.deps.scope.decide(path, info.text, this.deps.settings());
				if (section.raw && decision.raw) {
					renderRawSection(fresh, section.el, info.text, info.lineStart, info.lineEnd, path, { sourcePath: path, links: this.deps.links, project: projectOf(section.ctx) });
				} else if (!section.raw && decision.units) {
					section.targets = decorateUnits(fresh, section.el, {
						structure: structureOf(info.text),
						lineStart: info.lineStart,
						lineEnd: info.lineEnd,
						docId: section.ctx.docId,
						isFolded: (key) => this.deps.folds.isFolded(path, key),
						toggle: (key) => void this.deps.folds.toggle(path, key),
					});
				}
			} catch {
				fresh.rollback();
				section.targets = [];
			}
			section.tx = fresh;
			section.text = info.text;
		}
	}

	private scheduleRefresh(path: string): void {
		if (this.refreshing.has(path)) return;
		this.refreshing.add(path);
		this.deps.defer(() => {
			this.refreshing.delete(path);
			this.refresh(path);
		});
	}

	private forget(tracked: Tracked): void {
		const set = this.sections.get(tracked.path);
		if (!set) return;
		set.delete(tracked);
		if (set.size === 0) {
			this.sections.delete(tracked.path);
			this.lastText.delete(tracked.path);
		}
	}

	/** A renamed note keeps its decorated sections and fold state. */
	rename(oldPath: string, newPath: string): void {
		const set = this.sections.get(oldPath);
		if (set) {
			this.sections.delete(oldPath);
			for (const section of set) section.path = newPath;
			this.sections.set(newPath, set);
		}
		const text = this.lastText.get(oldPath);
		this.lastText.delete(oldPath);
		if (text !== undefined) this.lastText.set(newPath, text);
		this.deps.folds.rename(oldPath, newPath);
	}

	/** How many sections are remembered (tests check unloading forgets them). */
	get trackedCount(): number {
		let n = 0;
		for (const set of this.sections.values()) n += set.size;
		return n;
	}

	destroy(): void {
		this.stopFolds();
		this.sections.clear();
		this.lastText.clear();
	}
}
