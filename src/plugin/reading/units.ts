/**
 * Quote units in Reading view: a quote and the commentary that answers it,
 * shown as one. Obsidian renders the quote and the list after it as separate
 * sections and may re-render either alone, so nothing moves between sections:
 * each section is decorated from the note-level model (src/core/quotes).
 *
 * - The quote's section (`sbl-unit-head`) gets the fold toggle.
 * - The list section that is its commentary (`sbl-unit-body sbl-thread`) gets
 *   the thread styling.
 * - Both carry `data-sbl-unit="<first line of the quote>"`, so the pair can be
 *   found together; for a `- >` quote inside a list the same happens inside the
 *   one section, on the quote's item and the list nested under it.
 *
 * Every change goes through a DomTransaction, so it can be undone exactly
 * (when something throws, or when the note changed and the section is
 * decorated again).
 */
import { commentaryOwner, flattenCommentary, quoteAt, quotesInRange, type NoteStructure, type QuoteBlock } from "../../core/quotes";
import { t } from "../../i18n/ui";
import type { DomTransaction } from "./transaction";

/** An element whose look follows the fold state of one unit. */
export interface FoldTarget {
	key: string;
	/** `head`: the quote, with the toggle button; `body`: the commentary, hidden when folded. */
	role: "head" | "body";
	el: HTMLElement;
	button?: HTMLButtonElement;
	/** How many commentary items the toggle stands for. */
	count: number;
}

export interface UnitContext {
	structure: NoteStructure;
	lineStart: number;
	lineEnd: number;
	/** Stable id for aria-controls, unique per rendered note. */
	docId: string;
	isFolded(key: string): boolean;
	toggle(key: string): void;
}

const keyCache = new WeakMap<NoteStructure, Map<QuoteBlock, string>>();

/**
 * The fold key of a quote: its first line's text and which occurrence of that
 * text it is. Unlike a line number, it survives edits above the quote.
 */
export function unitKey(structure: NoteStructure, block: QuoteBlock): string {
	let keys = keyCache.get(structure);
	if (!keys) {
		keys = new Map();
		const seen = new Map<string, number>();
		for (const quote of structure.quotes) {
			const first = quote.lines.find((l) => l.text !== "")?.text ?? "";
			const text = first.length > 200 ? first.slice(0, 200) : first;
			const n = seen.get(text) ?? 0;
			seen.set(text, n + 1);
			keys.set(quote, `${text}\u0001${n}`);
		}
		keyCache.set(structure, keys);
	}
	return keys.get(block) ?? `@${block.from}`;
}

function commentaryCount(block: QuoteBlock): number {
	return flattenCommentary(block.commentary).length;
}

/** Sets the toggle's text, label and state for a unit being folded or not. */
export function paintToggle(button: HTMLButtonElement, folded: boolean, count: number): void {
	const label = button.querySelector(".sbl-fold-label");
	const text = folded
		? count === 1
			? t("reading.commentary.showOne")
			: t("reading.commentary.show", { count })
		: count === 1
			? t("reading.commentary.hideOne")
			: t("reading.commentary.hide", { count });
	if (label) label.textContent = text;
	button.setAttribute("aria-expanded", folded ? "false" : "true");
	button.setAttribute("aria-label", folded ? t("reading.commentary.unfoldLabel") : t("reading.commentary.foldLabel"));
}

/** Applies a fold state to one target. Cheap; called for every change of the store. */
export function applyFold(target: FoldTarget, folded: boolean): void {
	target.el.toggleClass("sbl-folded", folded);
	if (target.button) paintToggle(target.button, folded, target.count);
}

function makeToggle(key: string, count: number, controls: string, ctx: UnitContext): HTMLButtonElement {
	const button = createEl("button", { cls: "sbl-fold-toggle", attr: { type: "button", "aria-controls": controls } });
	button.createSpan({ cls: "sbl-fold-chevron", attr: { "aria-hidden": "true" } });
	button.createSpan({ cls: "sbl-fold-label" });
	paintToggle(button, ctx.isFolded(key), count);
	button.addEventListener("click", (event) => {
		event.preventDefault();
		event.stopPropagation();
		ctx.toggle(key);
	});
	return button;
}

function threadId(ctx: UnitContext, block: QuoteBlock): string {
	return `sbl-thread-${ctx.docId}-${block.from}`;
}

/** Marks each list inside a thread with its nesting level, for the per-level colours. */
function markDepths(tx: DomTransaction, root: Element, base: number): void {
	const lists = root.querySelectorAll("ul, ol");
	const levels = new Map<Element, number>();
	const rootList = root.matches("ul, ol") ? root : null;
	if (rootList) {
		levels.set(rootList, base);
		tx.setAttr(rootList, "data-sbl-depth", String(base));
	}
	lists.forEach((list) => {
		// The nearest enclosing list, which is always visited first (document order).
		let parent = list.parentElement;
		while (parent && parent !== root && !levels.has(parent)) parent = parent.parentElement;
		const level = parent && levels.has(parent) ? (levels.get(parent) as number) + 1 : base;
		levels.set(list, level);
		tx.setAttr(list, "data-sbl-depth", String(level));
	});
}

/** Top-level items of a list element and their 0-based lines in the note (Obsidian's `data-line` is relative to the section). */
function itemsByLine(el: HTMLElement, lineStart: number): Map<number, HTMLElement> {
	const out = new Map<number, HTMLElement>();
	el.querySelectorAll("li[data-line]").forEach((li) => {
		const rel = Number(li.getAttribute("data-line"));
		if (Number.isInteger(rel)) out.set(lineStart + rel, li as HTMLElement);
	});
	return out;
}

function directChild(el: Element, selector: string): HTMLElement | null {
	for (const child of Array.from(el.children)) if (child.matches(selector)) return child as HTMLElement;
	return null;
}

function directChildren(el: Element, selector: string): HTMLElement[] {
	return Array.from(el.children).filter((child) => child.matches(selector)) as HTMLElement[];
}

/** The section is a top-level quote: mark it as a unit's head. */
function decorateHead(tx: DomTransaction, el: HTMLElement, block: QuoteBlock, ctx: UnitContext, targets: FoldTarget[]): void {
	const quote = directChild(el, "blockquote");
	if (!quote) return; // A callout or something else Obsidian drew: not ours to style.
	const key = unitKey(ctx.structure, block);
	tx.addClass(el, "sbl-unit", "sbl-unit-head");
	tx.setAttr(el, "data-sbl-unit", String(block.from));
	tx.addClass(quote, "sbl-quote");
	const count = commentaryCount(block);
	if (count === 0) {
		tx.addClass(el, "sbl-unit-alone");
		return;
	}
	tx.addClass(el, "sbl-has-commentary");
	const button = makeToggle(key, count, threadId(ctx, block), ctx);
	tx.insert(button, el, quote.nextSibling);
	const target: FoldTarget = { key, role: "head", el, button, count };
	applyFold(target, ctx.isFolded(key));
	targets.push(target);
}

/** The section is (part of) a top-level quote's commentary. */
function decorateBody(tx: DomTransaction, el: HTMLElement, block: QuoteBlock, ctx: UnitContext, targets: FoldTarget[]): void {
	const range = block.commentaryRange;
	const list = directChild(el, "ul, ol");
	if (!range || !list) return;
	const key = unitKey(ctx.structure, block);
	const count = commentaryCount(block);
	tx.setAttr(el, "data-sbl-unit", String(block.from));
	tx.addClass(el, "sbl-unit", "sbl-unit-body");
	if (ctx.lineEnd <= range.to) {
		tx.addClass(el, "sbl-thread", "sbl-unit-last");
		tx.setAttr(el, "id", threadId(ctx, block));
		markDepths(tx, list, 0);
		const target: FoldTarget = { key, role: "body", el, count };
		applyFold(target, ctx.isFolded(key));
		targets.push(target);
		return;
	}
	// A loose list runs on past the commentary (a blank line ends a unit, not a
	// Markdown list): only its first items answer the quote.
	tx.addClass(el, "sbl-unit-partial");
	let last: HTMLElement | null = null;
	for (const li of directChildren(list, "li")) {
		const line = Number(li.getAttribute("data-line"));
		if (!Number.isInteger(line) || ctx.lineStart + line > range.to) break;
		tx.addClass(li, "sbl-thread-item");
		markDepths(tx, li, 1);
		const target: FoldTarget = { key, role: "body", el: li, count };
		applyFold(target, ctx.isFolded(key));
		targets.push(target);
		last = li;
	}
	if (last) tx.addClass(last, "sbl-unit-last");
}

/** A quote inside a list item (`- >`, or a `>` under an item's text) and the list nested under it. */
function decorateListQuote(tx: DomTransaction, el: HTMLElement, block: QuoteBlock, items: Map<number, HTMLElement>, ctx: UnitContext, targets: FoldTarget[]): void {
	let head: HTMLElement | null = null;
	let quoteEl: HTMLElement | null = null;
	if (block.bulleted) {
		for (const line of block.lines) {
			const li = items.get(line.line);
			const quote = li ? directChild(li, "blockquote") : null;
			if (!li || !quote) continue;
			tx.addClass(li, "sbl-quote-item");
			tx.addClass(quote, "sbl-quote");
			head = li;
			quoteEl = quote;
		}
	} else {
		// The item that holds the quote is the nearest one starting above it.
		const ownerLine = nearestItemLine(items, block.from);
		const owner = items.get(ownerLine);
		if (!owner) return;
		// Quotes without a bullet of their own, in this item, in order.
		const siblings = ctx.structure.quotes.filter((q) => !q.bulleted && q.from > ownerLine && q.from <= ctx.lineEnd && nearestItemLine(items, q.from) === ownerLine);
		const index = siblings.indexOf(block);
		const quotes = directChildren(owner, "blockquote");
		quoteEl = index >= 0 ? (quotes[index] ?? null) : null;
		if (!quoteEl) return;
		tx.addClass(quoteEl, "sbl-quote");
		head = owner;
	}
	if (!head || !quoteEl) return;
	const key = unitKey(ctx.structure, block);
	tx.addClass(head, "sbl-unit", "sbl-unit-head");
	tx.setAttr(head, "data-sbl-unit", String(block.from));
	const count = commentaryCount(block);
	const thread = count > 0 ? (block.bulleted ? directChild(head, "ul, ol") : nextList(quoteEl)) : null;
	if (!thread) {
		tx.addClass(head, "sbl-unit-alone");
		return;
	}
	tx.addClass(head, "sbl-has-commentary");
	tx.addClass(thread, "sbl-thread", "sbl-unit-body", "sbl-unit-last");
	tx.setAttr(thread, "data-sbl-unit", String(block.from));
	tx.setAttr(thread, "id", threadId(ctx, block));
	markDepths(tx, thread, 0);
	const button = makeToggle(key, count, threadId(ctx, block), ctx);
	tx.insert(button, quoteEl.parentNode as Node, quoteEl.nextSibling);
	const headTarget: FoldTarget = { key, role: "head", el: head, button, count };
	const bodyTarget: FoldTarget = { key, role: "body", el: thread, count };
	const folded = ctx.isFolded(key);
	applyFold(headTarget, folded);
	applyFold(bodyTarget, folded);
	targets.push(headTarget, bodyTarget);
}

function nearestItemLine(items: Map<number, HTMLElement>, line: number): number {
	let best = -1;
	for (const itemLine of items.keys()) if (itemLine < line && itemLine > best) best = itemLine;
	return best;
}

function nextList(el: Element): HTMLElement | null {
	const next = el.nextElementSibling;
	return next && next.matches("ul, ol") ? (next as HTMLElement) : null;
}

/**
 * Decorates one Reading-view section from the note's structure; returns the
 * elements that follow fold state. Only reads the model and the section's own
 * DOM; every change is recorded in `tx`.
 */
export function decorateUnits(tx: DomTransaction, el: HTMLElement, ctx: UnitContext): FoldTarget[] {
	const { structure, lineStart, lineEnd } = ctx;
	const targets: FoldTarget[] = [];
	if (structure.quotes.length === 0) return targets;
	const quote = quoteAt(structure, lineStart);
	if (quote && quote.depth === 0 && quote.from === lineStart) {
		decorateHead(tx, el, quote, ctx, targets);
		return targets;
	}
	const owner = commentaryOwner(structure, lineStart);
	if (owner && owner.depth === 0) decorateBody(tx, el, owner, ctx, targets);
	// Quotes inside this section's list items, each with the list nested under it.
	let items: Map<number, HTMLElement> | null = null;
	for (const block of quotesInRange(structure, lineStart, lineEnd)) {
		if (block.depth === 0 || block.from < lineStart || block.from > lineEnd) continue;
		items ??= itemsByLine(el, lineStart);
		decorateListQuote(tx, el, block, items, ctx, targets);
	}
	return targets;
}
