/**
 * Smaller API pieces: headings and subpaths, reference iteration, the
 * EditorSuggest and HoverPopover classes (which the stand-in never triggers
 * on its own), adapter classes for instanceof checks, and the functions the
 * stand-in does not model, which throw a clear error instead of pretending.
 */
import type { App } from "./app";
import { Component } from "./component";
import type { CachedMetadata, HeadingCache, BlockCache, Loc, ListItemCache, ReferenceCache } from "./metadata";
import { PopoverSuggest } from "./ui";
import type { Editor, EditorPosition } from "./editor";
import type { TFile } from "./vault";

/** Obsidian's heading normalisation for link matching. */
export function stripHeading(heading: string): string {
	return heading
		.replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\]/g, " ")
		.replace(/\s+/g, " ")
		.trim();
}

export function stripHeadingForLink(heading: string): string {
	return heading.replace(/[#|^\\:%[\]]/g, " ").replace(/\s+/g, " ").trim();
}

export interface HeadingSubpathResult {
	type: "heading";
	current: HeadingCache;
	next: HeadingCache | undefined;
	start: Loc;
	end: Loc | null;
}
export interface BlockSubpathResult {
	type: "block";
	block: BlockCache;
	list?: ListItemCache;
	start: Loc;
	end: Loc | null;
}

export function resolveSubpath(cache: CachedMetadata, subpath: string): HeadingSubpathResult | BlockSubpathResult | null {
	const parts = subpath.split("#").filter((p) => p.length > 0);
	if (parts.length === 0) return null;
	const last = parts[parts.length - 1];
	if (last.startsWith("^")) {
		const block = cache.blocks?.[last.slice(1).toLowerCase()];
		if (!block) return null;
		const list = cache.listItems?.find((item) => item.position.start.line === block.position.start.line);
		return { type: "block", block, list, start: block.position.start, end: block.position.end };
	}
	const headings = cache.headings ?? [];
	const wanted = stripHeading(last).toLowerCase();
	const index = headings.findIndex((h) => stripHeading(h.heading).toLowerCase() === wanted);
	if (index === -1) return null;
	const current = headings[index];
	const next = headings.slice(index + 1).find((h) => h.level <= current.level);
	return { type: "heading", current, next, start: current.position.start, end: next ? next.position.start : null };
}

export function iterateRefs(refs: ReferenceCache[], cb: (ref: ReferenceCache) => boolean | void): boolean {
	for (const ref of refs) if (cb(ref) === true) return true;
	return false;
}

/** Deprecated in Obsidian. */
export function iterateCacheRefs(cache: CachedMetadata, cb: (ref: ReferenceCache) => boolean | void): boolean {
	return iterateRefs([...(cache.links ?? []), ...(cache.embeds ?? [])], cb);
}

export interface EditorSuggestTriggerInfo {
	start: EditorPosition;
	end: EditorPosition;
	query: string;
}
export interface EditorSuggestContext extends EditorSuggestTriggerInfo {
	editor: Editor;
	file: TFile;
}

export abstract class EditorSuggest<T> extends PopoverSuggest<T> {
	context: EditorSuggestContext | null = null;
	limit = 100;
	constructor(app: App) {
		super(app);
	}
	setInstructions(_instructions: { command: string; purpose: string }[]): void {
		// Not shown by the stand-in.
	}
	abstract onTrigger(cursor: EditorPosition, editor: Editor, file: TFile | null): EditorSuggestTriggerInfo | null;
	abstract getSuggestions(context: EditorSuggestContext): T[] | Promise<T[]>;
}

export enum PopoverState {
	Showing,
	Shown,
	Hiding,
	Hidden,
}

export class HoverPopover extends Component {
	hoverEl: HTMLElement;
	state = PopoverState.Hidden;
	constructor(_parent: { hoverPopover: HoverPopover | null }, _targetEl: HTMLElement | null, _waitTime?: number) {
		super();
		this.hoverEl = createDiv({ cls: "popover hover-popover" });
	}
}

/** Desktop and mobile adapters exist for instanceof checks; the stand-in's adapter is neither. */
export class FileSystemAdapter {}
export class CapacitorAdapter {}

function notModelled(name: string): never {
	throw new Error(`${name} is not modelled by the Obsidian stand-in (see tests/stand-in/README.md).`);
}

export function htmlToMarkdown(_html: unknown): string {
	return notModelled("htmlToMarkdown");
}
export function sanitizeHTMLToDom(_html: string): DocumentFragment {
	return notModelled("sanitizeHTMLToDom");
}
export function renderMath(_source: string, _display: boolean): HTMLElement {
	return notModelled("renderMath");
}
export function finishRenderMath(): Promise<void> {
	return Promise.reject(new Error("finishRenderMath is not modelled by the Obsidian stand-in."));
}
export function loadMathJax(): Promise<void> {
	return Promise.reject(new Error("loadMathJax is not modelled by the Obsidian stand-in."));
}
export function loadMermaid(): Promise<unknown> {
	return Promise.reject(new Error("loadMermaid is not modelled by the Obsidian stand-in."));
}
export function loadPdfJs(): Promise<unknown> {
	return Promise.reject(new Error("loadPdfJs is not modelled by the Obsidian stand-in."));
}
export function loadPrism(): Promise<unknown> {
	return Promise.reject(new Error("loadPrism is not modelled by the Obsidian stand-in."));
}
export function moment(): never {
	return notModelled("moment");
}
