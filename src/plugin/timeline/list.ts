/**
 * The chronological list: year sections (sticky headers), month labels and
 * one card per event on a vertical axis, optionally spaced by time.
 *
 * Rendering is chunked: the first events go in at once and the rest follow in
 * time slices that yield to the UI, so a 2,000-event vault history appears
 * quickly and the app stays responsive; `ensureRendered` renders ahead at
 * once when keyboard or overview navigation needs an event further down.
 */
import { formatDatePoint, isoRange, monthName, type DateLanguage } from "../../core/dates";
import { eventDateLabel, type TimelineEvent } from "../../core/timeline";
import type { CommentaryItem, Notation } from "../../core/quotes";
import { t } from "../../i18n/ui";
import { elapsed, proportionalGaps, type Gap } from "./axis";
import { renderInline, type InlineContext } from "./inline";
import { SLICE_BUDGET_MS, yieldToUi } from "../slices";

export interface ListItem {
	event: TimelineEvent;
	/** Stable across refreshes: file and line. */
	key: string;
	/** Position on the time axis (day number, non-decreasing in list order). */
	day: number;
	notation: Notation;
}

export interface ListOptions {
	language: DateLanguage;
	proportional: boolean;
	/** Show each event's note name (when the timeline spans several notes). */
	showSource: boolean;
	isExpanded(key: string): boolean;
	/** Link resolution for an event's note. */
	inline(item: ListItem): InlineContext;
}

/** Events rendered before the first paint; the rest follow in slices. */
const FIRST_CHUNK = 60;
/** Gaps at least this tall carry a label saying how much time passed. */
const LABELLED_GAP_PX = 34;

export function eventKey(e: TimelineEvent): string {
	return `${e.file}\u0000${e.line}`;
}

function noteName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}

export class TimelineList {
	readonly el: HTMLElement;
	private items: ListItem[] = [];
	private options: ListOptions | null = null;
	private gaps: Gap[] = [];
	private elements: HTMLElement[] = [];
	private rendered = 0;
	private generation = 0;
	private yearEl: HTMLElement | null = null;
	private year: number | null = null;
	private month: number | null | undefined = undefined;
	/** Told which events are on screen (first and last index, -1 when none), as the list scrolls or changes. */
	onVisible: ((first: number, last: number) => void) | null = null;
	private readonly visible = new Set<number>();
	private readonly observer: IntersectionObserver | null;

	/** `parent` is the scrolling element; `topInset` the height the sticky year label covers. */
	constructor(parent: HTMLElement, topInset: number) {
		this.el = parent.createDiv({ cls: "sbl-tl-list", attr: { role: "feed", "aria-label": t("timeline.list.label"), "aria-busy": "false" } });
		// Which cards are on screen, without forcing layout on every scroll.
		this.observer =
			typeof IntersectionObserver === "undefined"
				? null
				: new IntersectionObserver((entries) => this.onIntersect(entries), { root: parent, rootMargin: `-${topInset}px 0px 0px 0px` });
	}

	private onIntersect(entries: IntersectionObserverEntry[]): void {
		for (const entry of entries) {
			const i = Number((entry.target as HTMLElement).dataset.index);
			if (entry.isIntersecting) this.visible.add(i);
			else this.visible.delete(i);
		}
		let first = -1;
		let last = -1;
		for (const i of this.visible) {
			if (first === -1 || i < first) first = i;
			if (i > last) last = i;
		}
		this.onVisible?.(first, last);
	}

	get count(): number {
		return this.items.length;
	}

	get renderedCount(): number {
		return this.rendered;
	}

	item(index: number): ListItem | undefined {
		return this.items[index];
	}

	/** The card of a rendered event, or undefined. */
	element(index: number): HTMLElement | undefined {
		return this.elements[index];
	}

	indexOf(el: Element | null): number {
		const card = el?.closest<HTMLElement>(".sbl-tl-event");
		if (!card || !this.el.contains(card)) return -1;
		const i = Number(card.dataset.index);
		return Number.isInteger(i) ? i : -1;
	}

	/** Replaces the list: the first chunk now, the rest in slices. */
	show(items: ListItem[], options: ListOptions): void {
		this.generation++;
		this.items = items;
		this.options = options;
		this.gaps = options.proportional ? proportionalGaps(items.map((i) => i.day)) : [];
		this.elements = [];
		this.rendered = 0;
		this.yearEl = null;
		this.year = null;
		this.month = undefined;
		this.observer?.disconnect();
		this.visible.clear();
		// One operation rather than a removal per child.
		this.el.replaceChildren();
		this.el.toggleClass("is-proportional", options.proportional);
		this.renderUpTo(Math.min(items.length, FIRST_CHUNK) - 1);
		if (this.rendered < items.length) void this.renderRest(this.generation);
	}

	/** Stops chunked rendering and visibility tracking (on close). */
	stop(): void {
		this.generation++;
		this.observer?.disconnect();
	}

	/** Renders every event up to `index` now. */
	ensureRendered(index: number): void {
		if (index >= this.rendered) this.renderUpTo(Math.min(index, this.items.length - 1));
	}

	private async renderRest(generation: number): Promise<void> {
		this.el.setAttr("aria-busy", "true");
		while (this.rendered < this.items.length) {
			await yieldToUi();
			if (generation !== this.generation) return;
			// One slice of work, in steps of 50 events between clock checks.
			const start = performance.now();
			while (this.rendered < this.items.length && performance.now() - start < SLICE_BUDGET_MS) this.renderUpTo(Math.min(this.items.length - 1, this.rendered + 49));
		}
		this.el.setAttr("aria-busy", "false");
	}

	private renderUpTo(index: number): void {
		const options = this.options;
		if (!options) return;
		for (let i = this.rendered; i <= index; i++) {
			const item = this.items[i];
			const { event } = item;
			const gap = this.gaps[i];
			if (gap && gap.px > 0) this.renderGap(this.yearEl ?? this.el, gap);
			const year = event.date.start.year;
			if (this.year !== year || !this.yearEl) {
				this.yearEl = this.renderYear(year, options.language);
				this.year = year;
				this.month = undefined;
			}
			const month = event.date.precision === "day" || event.date.precision === "month" ? event.date.start.month : null;
			if (month !== this.month) {
				if (month !== null) this.yearEl.createDiv({ cls: "sbl-tl-month", text: monthName(month, options.language) });
				this.month = month;
			}
			this.elements[i] = this.renderEvent(this.yearEl, i, options);
		}
		if (index + 1 > this.rendered) this.rendered = index + 1;
	}

	private renderYear(year: number, language: DateLanguage): HTMLElement {
		const section = this.el.createDiv({ cls: "sbl-tl-year" });
		section.createDiv({ cls: "sbl-tl-year-label", text: formatDatePoint({ year, month: null, day: null }, "year", language) });
		return section;
	}

	private renderGap(parent: HTMLElement, gap: Gap): void {
		const el = parent.createDiv({ cls: "sbl-tl-gap", attr: { "aria-hidden": "true" } });
		el.setCssProps({ "--sbl-tl-gap": `${gap.px}px` });
		if (gap.capped) el.addClass("is-capped");
		if (gap.px >= LABELLED_GAP_PX || gap.capped) {
			const { unit, count } = elapsed(gap.days);
			const key = unit === "day" ? (count === 1 ? "timeline.gap.day" : "timeline.gap.days") : unit === "month" ? (count === 1 ? "timeline.gap.month" : "timeline.gap.months") : count === 1 ? "timeline.gap.year" : "timeline.gap.years";
			el.createSpan({ cls: "sbl-tl-gap-label", text: t(key, { count }) });
		}
	}

	/** Builds one event card and appends it to `parent` (or returns it for `replace`). */
	private buildEvent(index: number, options: ListOptions): HTMLElement {
		const item = this.items[index];
		const e = item.event;
		const ctx = options.inline(item);
		const expanded = options.isExpanded(item.key);
		// An event without a title shows its first description line as the title.
		const titleSource = e.title !== "" ? e.title : (e.text[0] ?? "");
		const description = e.title !== "" ? e.text : e.text.slice(1);
		const hasDetails = description.length > 0 || e.commentary.length > 0;
		const card = createDiv({
			cls: "sbl-tl-event",
			attr: { role: "article", tabindex: "-1", "data-index": String(index), "aria-posinset": String(index + 1), "aria-setsize": String(this.items.length) },
		});
		if (!e.quoted) card.addClass("is-unquoted");
		const head = card.createDiv({ cls: "sbl-tl-head" });
		const { date, end } = isoRange(e.date);
		head.createEl("time", { cls: "sbl-tl-date", text: eventDateLabel(e, options.language), attr: { datetime: end ? `${date}/${end}` : date } });
		if (options.showSource) head.createSpan({ cls: "sbl-tl-source", text: noteName(e.file) });
		if (hasDetails) {
			card.setAttr("aria-expanded", String(expanded));
			head.createEl("button", {
				cls: ["sbl-tl-toggle", "clickable-icon"],
				attr: { "aria-label": expanded ? t("timeline.action.hideDetails") : t("timeline.action.showDetails"), tabindex: "-1" },
			});
		}
		const title = card.createDiv({ cls: "sbl-tl-title" });
		if (titleSource) renderInline(title, titleSource, ctx);
		else title.createSpan({ cls: "sbl-tl-untitled", text: t("timeline.untitled") });
		if (!hasDetails) return card;
		if (!expanded) {
			if (description.length > 0) renderInline(card.createDiv({ cls: "sbl-tl-preview" }), description[0], ctx);
			return card;
		}
		const details = card.createDiv({ cls: "sbl-tl-details" });
		if (description.length > 0) {
			const quote = details.createDiv({ cls: "sbl-tl-description" });
			for (const line of description) renderInline(quote.createEl("p"), line, ctx);
		}
		if (e.commentary.length > 0) {
			const list = details.createEl("ul", { cls: "sbl-tl-commentary", attr: { "aria-label": t("timeline.detail.commentary") } });
			renderCommentary(list, e.commentary, ctx, 0);
		}
		return card;
	}

	private renderEvent(parent: HTMLElement, index: number, options: ListOptions): HTMLElement {
		const card = this.buildEvent(index, options);
		parent.appendChild(card);
		this.observer?.observe(card);
		return card;
	}

	/** Re-renders one card in place (after expanding or collapsing it). */
	refresh(index: number): HTMLElement | undefined {
		const old = this.elements[index];
		if (!old || !this.options) return old;
		const card = this.buildEvent(index, this.options);
		card.tabIndex = old.tabIndex;
		this.observer?.unobserve(old);
		old.replaceWith(card);
		this.observer?.observe(card);
		this.elements[index] = card;
		return card;
	}
}

/** Commentary as nested lists; deep trees stop at a sane depth. */
function renderCommentary(list: HTMLElement, items: readonly CommentaryItem[], ctx: InlineContext, depth: number): void {
	for (const item of items) {
		const li = list.createEl("li");
		renderInline(li, item.text, ctx);
		if (item.children.length > 0 && depth < 8) renderCommentary(li.createEl("ul"), item.children, ctx, depth + 1);
	}
}
