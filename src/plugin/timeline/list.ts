/**
 * The chronological list: year sections (sticky headers), month labels and
 * one card per event on a vertical axis, optionally spaced by time.
 *
 * Rendering is chunked: the first events go in at once and the rest follow in
 * time slices that yield to the UI, so a 2,000-event vault history appears
 * quickly and the app stays responsive; `ensureRendered` renders ahead at
 * once when keyboard or overview navigation needs an event further down.
 */
import { formatDatePoint, isoRange, monthName, type DateLanguage, type DatePoint } from "../../core/dates";
import { eventDateLabel, type TimelineEvent } from "../../core/timeline";
import type { CommentaryItem, Notation } from "../../core/quotes";
import { t } from "../../i18n/ui";
import { elapsed, proportionalGaps, type Gap } from "./axis";
import { renderInline, type InlineContext } from "./inline";
import { yieldToUi } from "../slices";

export interface ListItem {
	event: TimelineEvent;
	/** Stable across refreshes, also when lines move (see `carryEventKeys`). */
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

/**
 * Events rendered before the first paint, at most; the rest follow in slices.
 * Once the pane's height is known, only a screenful goes in first (its height
 * over `CARD_MIN_PX`): every card of the first frame is laid out, on screen or
 * not, before `content-visibility` has placed the year sections.
 */
const FIRST_CHUNK = 60;
/** No card is shorter than this (date row, one title line, padding), so this many pixels per card fill a screen. */
export const CARD_MIN_PX = 40;
/**
 * Milliseconds of card building per background slice. Longer than the
 * plugin's usual 8 ms (`SLICE_BUDGET_MS`) because each slice is followed by a
 * frame (about 5 ms of layout, paint and commit in the harness, whatever the
 * slice added), so fewer slices finish a long list sooner; still below the
 * 50 ms a user would feel.
 */
const LIST_SLICE_MS = 32;
/**
 * A slice may run on to this many milliseconds when that spares a whole later
 * slice and its frame (judged from this slice's pace): 2,000 cards take about
 * two slices' worth, and a short third one cost a frame more. Still under 50 ms.
 */
const LIST_SLICE_MAX_MS = 42;
/** Cards built between two looks at the clock. */
const STEP = 8;
/** Gaps at least this tall carry a label saying how much time passed. */
const LABELLED_GAP_PX = 34;

/**
 * Gives each event of a new list (sorted) a key that stays the same across a
 * live update, so expanded cards, the focused event and the scroll anchor
 * survive an edit of the note. An event keeps the key of the previous list's
 * event that is the same (note, line, date and title); failing that, of one
 * with the same note, date and title (in order, for repeats), so typing a line
 * above it does not lose it; failing that, of the one at the same line, so
 * editing its own title does not either. Each old key goes to one event at
 * most; other events get new keys from `fresh`.
 */
export function carryEventKeys(events: readonly TimelineEvent[], previous: readonly { event: TimelineEvent; key: string }[], fresh: () => string): string[] {
	// The same event objects (a refresh that read nothing new, a scope switch): the same keys, without building a string.
	if (previous.length === events.length && previous.every((p, i) => p.event === events[i])) return previous.map((p) => p.key);
	const taken = new Array<boolean>(previous.length).fill(false);
	const keys = new Array<string | undefined>(events.length);
	// Events of notes that were not read again are the very same objects: matched by identity, so
	// the strings below are built only for the notes that changed (a live update in a vault-wide scope).
	const byObject = new Map<TimelineEvent, number>();
	previous.forEach((p, j) => byObject.set(p.event, j));
	events.forEach((e, i) => {
		const j = byObject.get(e);
		if (j !== undefined && !taken[j]) {
			taken[j] = true;
			keys[i] = previous[j].key;
		}
	});
	const content = (e: TimelineEvent): string =>
		`${e.file}\u0000${dateKey(e.date.start)}\u0000${e.date.end ? dateKey(e.date.end) : ""}\u0000${e.date.precision}\u0000${e.title}`;
	const at = (e: TimelineEvent): string => `${e.file}\u0000${e.line}`;

	// Two passes over queues of the old events not yet taken, in list order: exact matches, then same content.
	const match = (keyOf: (e: TimelineEvent) => string): void => {
		const queues = new Map<string, number[]>();
		previous.forEach((p, j) => {
			if (taken[j]) return;
			const k = keyOf(p.event);
			const queue = queues.get(k);
			if (queue) queue.push(j);
			else queues.set(k, [j]);
		});
		if (queues.size === 0) return;
		events.forEach((e, i) => {
			if (keys[i] !== undefined) return;
			const j = queues.get(keyOf(e))?.shift();
			if (j !== undefined) {
				taken[j] = true;
				keys[i] = previous[j].key;
			}
		});
	};
	match((e) => `${at(e)}\u0000${content(e)}`);
	match(content);
	const byLine = new Map<string, number>();
	previous.forEach((p, j) => {
		if (!taken[j]) byLine.set(at(p.event), j);
	});
	return events.map((e, i) => {
		const known = keys[i];
		if (known !== undefined) return known;
		const j = byLine.size > 0 ? byLine.get(at(e)) : undefined;
		if (j !== undefined && !taken[j]) {
			taken[j] = true;
			return previous[j].key;
		}
		return fresh();
	});
}

function dateKey(p: DatePoint): string {
	return `${p.year}-${p.month ?? ""}-${p.day ?? ""}`;
}

function noteName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}

/**
 * Prepared elements a card is cloned from (one set per `show`, since
 * `aria-setsize` and the note name vary). Each kind of card is complete, toggle
 * and empty preview included, so a card is one deep clone and its text.
 */
interface Templates {
	/** No description or commentary: no toggle. */
	plain: HTMLElement;
	/** Collapsed, with the preview of its first description line. */
	collapsed: HTMLElement;
	/** Collapsed, commentary only: nothing to preview. */
	collapsedBare: HTMLElement;
	/** Expanded: the details are built with createEl (few cards are open). */
	expanded: HTMLElement;
	month: HTMLElement;
}

/** A year section and the index of its first event. */
interface YearSection {
	el: HTMLElement;
	first: number;
}

/** The first index in [lo, hi) where `test` holds, for a test that is false then true; `hi` when none. */
function firstWhere(lo: number, hi: number, test: (i: number) => boolean): number {
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (test(mid)) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

export class TimelineList {
	readonly el: HTMLElement;
	private items: ListItem[] = [];
	private options: ListOptions | null = null;
	private gaps: Gap[] = [];
	private elements: HTMLElement[] = [];
	private rendered = 0;
	private generation = 0;
	private years: YearSection[] = [];
	private year: number | null = null;
	private month: number | null | undefined = undefined;
	private templates: Templates | null = null;
	/** Told which events are on screen (first and last index, -1 when none), as the list scrolls or changes. */
	onVisible: ((first: number, last: number) => void) | null = null;
	private visibleFrame = 0;
	private lastWindow = "";
	/** The scroller's height when last measured (0 before), kept from the visible-range pass, which measures it anyway. */
	private screenHeight = 0;

	/** `scroller` is the scrolling element; `topInset` the height the sticky year label covers. */
	constructor(
		private readonly scroller: HTMLElement,
		private readonly topInset: number,
	) {
		this.el = scroller.createDiv({ cls: "sbl-tl-list", attr: { role: "feed", "aria-label": t("timeline.list.label"), "aria-busy": "false" } });
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
		// aria-posinset is the event's place in the whole list, so no separate index attribute is needed.
		const i = Number(card.getAttribute("aria-posinset")) - 1;
		return Number.isInteger(i) && i >= 0 ? i : -1;
	}

	/** Replaces the list: the first chunk now, the rest in slices. */
	show(items: ListItem[], options: ListOptions): void {
		this.generation++;
		this.items = items;
		this.options = options;
		this.gaps = options.proportional ? proportionalGaps(items.map((i) => i.day)) : [];
		this.elements = [];
		this.rendered = 0;
		this.years = [];
		this.year = null;
		this.month = undefined;
		this.templates = null;
		this.lastWindow = "";
		// One operation rather than a removal per child.
		this.el.replaceChildren();
		this.el.toggleClass("is-proportional", options.proportional);
		const first = this.screenHeight > 0 ? Math.min(FIRST_CHUNK, Math.ceil(this.screenHeight / CARD_MIN_PX)) : FIRST_CHUNK;
		this.renderUpTo(Math.min(items.length, first) - 1);
		const pending = this.rendered < items.length;
		this.el.setAttr("aria-busy", String(pending));
		if (pending) void this.renderRest(this.generation);
		this.scheduleVisible();
	}

	/**
	 * Takes `items` in place of the list's own, without touching the DOM, when
	 * they would draw exactly the same cards: same keys, dates, titles,
	 * descriptions and commentary, only lines moved (a live update after lines
	 * were added above). Returns false, changing nothing, otherwise.
	 */
	adopt(items: ListItem[], options: ListOptions): boolean {
		const current = this.options;
		if (current === null || items.length !== this.items.length) return false;
		if (options.language !== current.language || options.proportional !== current.proportional || options.showSource !== current.showSource) return false;
		for (let i = 0; i < items.length; i++) if (!sameCard(this.items[i], items[i])) return false;
		this.items = items;
		this.options = options;
		return true;
	}

	/** Stops chunked rendering (on close). */
	stop(): void {
		this.generation++;
		this.el.setAttr("aria-busy", "false");
		if (this.visibleFrame) this.el.win.cancelAnimationFrame(this.visibleFrame);
		this.visibleFrame = 0;
	}

	/** Renders every event up to `index` now. */
	ensureRendered(index: number): void {
		if (index >= this.rendered) this.renderUpTo(Math.min(index, this.items.length - 1));
		if (this.rendered >= this.items.length) this.el.setAttr("aria-busy", "false");
	}

	private async renderRest(generation: number): Promise<void> {
		while (this.rendered < this.items.length) {
			await yieldToUi();
			if (generation !== this.generation) return;
			// One slice of work, built off the document and attached in one go.
			this.renderUpTo(this.items.length - 1, performance.now());
		}
		this.el.setAttr("aria-busy", "false");
		// A list shorter than the pane shows more events as it grows.
		this.scheduleVisible();
	}

	/**
	 * Renders the events after those rendered, up to `index` (or, with `started`,
	 * until the slice that began then is spent). New year sections and the cards
	 * that continue the last one are built off the document and attached at the
	 * end, two insertions per call.
	 */
	private renderUpTo(index: number, started?: number): void {
		const options = this.options;
		if (!options || index < this.rendered) return;
		const tpl = (this.templates ??= this.makeTemplates(options));
		const open = this.years[this.years.length - 1];
		const tail = createFragment();
		const fresh = createFragment();
		let parent: ParentNode = tail;
		for (let i = this.rendered; i <= index; i++) {
			if (started !== undefined && (i - this.rendered) % STEP === 0 && i > this.rendered && this.sliceSpent(started, i - this.rendered, index + 1 - i)) {
				index = i - 1;
				break;
			}
			const item = this.items[i];
			const { event } = item;
			const gap = this.gaps[i];
			if (gap && gap.px > 0) parent.appendChild(this.buildGap(gap));
			const year = event.date.start.year;
			if (this.year !== year || this.years.length === 0) {
				const section = this.buildYear(year, options.language);
				fresh.appendChild(section);
				this.years.push({ el: section, first: i });
				parent = section;
				this.year = year;
				this.month = undefined;
			}
			const month = event.date.precision === "day" || event.date.precision === "month" ? event.date.start.month : null;
			if (month !== this.month) {
				if (month !== null) {
					const label = tpl.month.cloneNode(true) as HTMLElement;
					label.textContent = monthName(month, options.language);
					parent.appendChild(label);
				}
				this.month = month;
			}
			const card = this.buildEvent(i, options, tpl);
			parent.appendChild(card);
			this.elements[i] = card;
		}
		if (tail.firstChild) (open?.el ?? this.el).appendChild(tail);
		if (fresh.firstChild) this.el.appendChild(fresh);
		if (index + 1 > this.rendered) this.rendered = index + 1;
	}

	/**
	 * Whether a slice that began at `started` and built `built` cards should stop,
	 * with `left` cards still to build: at `LIST_SLICE_MS`, unless going on to
	 * `LIST_SLICE_MAX_MS` leaves one slice fewer to do.
	 */
	private sliceSpent(started: number, built: number, left: number): boolean {
		const spent = performance.now() - started;
		if (spent < LIST_SLICE_MS) return false;
		if (spent >= LIST_SLICE_MAX_MS) return true;
		const rest = (spent / built) * left;
		return Math.ceil(Math.max(0, rest - (LIST_SLICE_MAX_MS - spent)) / LIST_SLICE_MAX_MS) >= Math.ceil(rest / LIST_SLICE_MAX_MS);
	}

	private makeTemplates(options: ListOptions): Templates {
		// No wrapper for the first row (date, note name, toggle): the card itself wraps them (styles.css), one element fewer in 2,000.
		const plain = createDiv({ cls: "sbl-tl-event", attr: { role: "article", tabindex: "-1", "aria-setsize": String(this.items.length) } });
		plain.createEl("time", { cls: "sbl-tl-date" });
		if (options.showSource) plain.createSpan({ cls: "sbl-tl-source" });
		plain.createDiv({ cls: "sbl-tl-title" });
		const withToggle = (expanded: boolean): HTMLElement => {
			const card = plain.cloneNode(true) as HTMLElement;
			// aria-expanded belongs to the button that expands (ARIA 1.2 does not allow it on an article).
			const toggle = createEl("button", {
				cls: ["sbl-tl-toggle", "clickable-icon"],
				attr: { "aria-label": expanded ? t("timeline.action.hideDetails") : t("timeline.action.showDetails"), "aria-expanded": String(expanded), tabindex: "-1" },
			});
			card.insertBefore(toggle, card.lastChild);
			return card;
		};
		const collapsedBare = withToggle(false);
		const collapsed = collapsedBare.cloneNode(true) as HTMLElement;
		collapsed.createDiv({ cls: "sbl-tl-preview" });
		return { plain, collapsed, collapsedBare, expanded: withToggle(true), month: createDiv({ cls: "sbl-tl-month" }) };
	}

	private buildYear(year: number, language: DateLanguage): HTMLElement {
		const section = createDiv({ cls: "sbl-tl-year" });
		section.createDiv({ cls: "sbl-tl-year-label", text: formatDatePoint({ year, month: null, day: null }, "year", language) });
		return section;
	}

	private buildGap(gap: Gap): HTMLElement {
		const el = createDiv({ cls: "sbl-tl-gap", attr: { "aria-hidden": "true" } });
		el.setCssProps({ "--sbl-tl-gap": `${gap.px}px` });
		if (gap.capped) el.addClass("is-capped");
		if (gap.px >= LABELLED_GAP_PX || gap.capped) {
			const { unit, count } = elapsed(gap.days);
			const key = unit === "day" ? (count === 1 ? "timeline.gap.day" : "timeline.gap.days") : unit === "month" ? (count === 1 ? "timeline.gap.month" : "timeline.gap.months") : count === 1 ? "timeline.gap.year" : "timeline.gap.years";
			el.createSpan({ cls: "sbl-tl-gap-label", text: t(key, { count }) });
		}
		return el;
	}

	/** Builds one event card from the template: its structure is cloned, only the text and the per-event attributes are set. */
	private buildEvent(index: number, options: ListOptions, tpl: Templates): HTMLElement {
		const item = this.items[index];
		const e = item.event;
		const ctx = options.inline(item);
		const expanded = options.isExpanded(item.key);
		// An event without a title shows its first description line as the title.
		const titleSource = e.title !== "" ? e.title : (e.text[0] ?? "");
		const description = e.title !== "" ? e.text : e.text.slice(1);
		const hasDetails = description.length > 0 || e.commentary.length > 0;
		const template = !hasDetails ? tpl.plain : expanded ? tpl.expanded : description.length > 0 ? tpl.collapsed : tpl.collapsedBare;
		const card = template.cloneNode(true) as HTMLElement;
		card.setAttribute("aria-posinset", String(index + 1));
		if (!e.quoted) card.addClass("is-unquoted");
		const time = card.firstChild as HTMLElement;
		const { date, end } = isoRange(e.date);
		time.textContent = eventDateLabel(e, options.language);
		time.setAttribute("datetime", end ? `${date}/${end}` : date);
		if (options.showSource) (time.nextSibling as HTMLElement).textContent = noteName(e.file);
		// The title is the template's last element, or the one before the preview.
		const title = (template === tpl.collapsed ? card.lastChild?.previousSibling : card.lastChild) as HTMLElement;
		if (titleSource) renderInline(title, titleSource, ctx);
		else title.createSpan({ cls: "sbl-tl-untitled", text: t("timeline.untitled") });
		if (template !== tpl.expanded) {
			// The preview is the template's last element; the rest of the details wait until the card is opened.
			if (template === tpl.collapsed) renderInline(card.lastChild as HTMLElement, description[0], ctx);
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

	/** Re-renders one card in place (after expanding or collapsing it). */
	refresh(index: number): HTMLElement | undefined {
		const old = this.elements[index];
		if (!old || !this.options) return old;
		const card = this.buildEvent(index, this.options, (this.templates ??= this.makeTemplates(this.options)));
		card.tabIndex = old.tabIndex;
		old.replaceWith(card);
		this.elements[index] = card;
		return card;
	}

	/** Works out which events are on screen at the next frame (after scrolling, resizing or rendering), and tells `onVisible`. */
	scheduleVisible(): void {
		if (this.visibleFrame || !this.onVisible) return;
		this.visibleFrame = this.el.win.requestAnimationFrame(() => {
			this.visibleFrame = 0;
			const [first, last] = this.visibleRange();
			const key = `${first}:${last}`;
			if (key === this.lastWindow) return;
			this.lastWindow = key;
			this.onVisible?.(first, last);
		});
	}

	/**
	 * The first and last event on screen (-1, -1 when none), by binary search:
	 * first over the year sections, then over the cards of the years at the
	 * top and bottom edges. Only on-screen elements are measured, so years
	 * that `content-visibility` skips are not laid out for it.
	 */
	visibleRange(): [number, number] {
		const years = this.years;
		if (years.length === 0 || this.rendered === 0) return [-1, -1];
		const view = this.scroller.getBoundingClientRect();
		this.screenHeight = view.height;
		const top = view.top + this.topInset;
		const bottom = view.bottom;
		if (bottom <= top) return [-1, -1];
		const rect = (el: Element) => el.getBoundingClientRect();
		const endOf = (y: number) => (y + 1 < years.length ? years[y + 1].first : this.rendered);
		const y0 = firstWhere(0, years.length, (y) => rect(years[y].el).bottom > top);
		if (y0 === years.length || rect(years[y0].el).top >= bottom) return [-1, -1];
		const y1 = firstWhere(y0, years.length, (y) => rect(years[y].el).top >= bottom) - 1;
		const first = firstWhere(years[y0].first, endOf(y0), (i) => rect(this.elements[i]).bottom > top);
		const last = firstWhere(years[y1].first, endOf(y1), (i) => rect(this.elements[i]).top >= bottom) - 1;
		if (first >= this.rendered || last < first) return [-1, -1];
		return [first, last];
	}
}

/** Whether two items draw the same card; their events' lines may differ. */
function sameCard(a: ListItem, b: ListItem): boolean {
	if (a.key !== b.key || a.day !== b.day || a.notation !== b.notation) return false;
	const x = a.event;
	const y = b.event;
	return (
		x.file === y.file &&
		x.title === y.title &&
		x.quoted === y.quoted &&
		sameDate(x.date, y.date) &&
		x.text.length === y.text.length &&
		x.text.every((line, i) => line === y.text[i]) &&
		sameCommentary(x.commentary, y.commentary)
	);
}

function sameDate(a: TimelineEvent["date"], b: TimelineEvent["date"]): boolean {
	return a.precision === b.precision && a.time === b.time && a.endTime === b.endTime && samePoint(a.start, b.start) && (a.end === null ? b.end === null : b.end !== null && samePoint(a.end, b.end));
}

function samePoint(a: DatePoint, b: DatePoint): boolean {
	return a.year === b.year && a.month === b.month && a.day === b.day;
}

function sameCommentary(a: readonly CommentaryItem[], b: readonly CommentaryItem[]): boolean {
	return a.length === b.length && a.every((item, i) => item.text === b[i].text && sameCommentary(item.children, b[i].children));
}

/** Commentary as nested lists; deep trees stop at a sane depth. */
function renderCommentary(list: HTMLElement, items: readonly CommentaryItem[], ctx: InlineContext, depth: number): void {
	for (const item of items) {
		const li = list.createEl("li");
		renderInline(li, item.text, ctx);
		if (item.children.length > 0 && depth < 8) renderCommentary(li.createEl("ul"), item.children, ctx, depth + 1);
	}
}
