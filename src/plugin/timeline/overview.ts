/**
 * The overview strip above the list: a histogram of events over time with
 * period labels, a window marking what the list shows, and navigation — click
 * or drag to jump there, or focus it and use the arrow keys (it is a slider
 * over the periods that hold events).
 */
import type { DateLanguage } from "../../core/dates";
import { t } from "../../i18n/ui";
import { bucketAt, histogram, ticks, type Histogram } from "./axis";

export class OverviewStrip {
	readonly el: HTMLElement;
	private readonly barsEl: HTMLElement;
	private readonly windowEl: HTMLElement;
	private readonly ticksEl: HTMLElement;
	private hist: Histogram = histogram([]);
	private labels = new Map<number, string>();
	private dragging = false;
	private current = -1;

	/** The event the last step of a drag went to. */
	private lastJump = -1;

	/** `jump(eventIndex, final)` scrolls the list to that event; `final` is false for the steps of a drag. */
	constructor(
		parent: HTMLElement,
		private readonly jump: (eventIndex: number, final: boolean) => void,
	) {
		this.el = parent.createDiv({
			cls: "sbl-tl-overview",
			attr: { role: "slider", tabindex: "0", "aria-label": t("timeline.overview.label"), "aria-orientation": "horizontal" },
		});
		const plot = this.el.createDiv({ cls: "sbl-tl-plot" });
		this.barsEl = plot.createDiv({ cls: "sbl-tl-bars" });
		this.windowEl = plot.createDiv({ cls: "sbl-tl-window" });
		this.ticksEl = this.el.createDiv({ cls: "sbl-tl-ticks" });
	}

	/** Wires pointer and keyboard handling; `on` registers a DOM listener that is removed on close. */
	bind(on: <K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, handler: (ev: HTMLElementEventMap[K]) => unknown) => void): void {
		on(this.el, "pointerdown", (evt) => {
			if (evt.button !== 0 || this.hist.counts.length === 0) return;
			evt.preventDefault();
			this.dragging = true;
			this.el.setPointerCapture?.(evt.pointerId);
			this.el.addClass("is-dragging");
			this.jumpToX(evt.clientX, false);
		});
		on(this.el, "pointermove", (evt) => {
			if (this.dragging) this.jumpToX(evt.clientX, false);
		});
		const end = (evt: PointerEvent) => {
			if (!this.dragging) return;
			this.dragging = false;
			this.el.removeClass("is-dragging");
			if (this.el.hasPointerCapture?.(evt.pointerId)) this.el.releasePointerCapture(evt.pointerId);
			if (evt.type === "pointerup" && this.lastJump >= 0) this.jump(this.lastJump, true);
		};
		on(this.el, "pointerup", end);
		on(this.el, "pointercancel", end);
		on(this.el, "keydown", (evt) => {
			const step = evt.key === "ArrowRight" || evt.key === "ArrowDown" ? 1 : evt.key === "ArrowLeft" || evt.key === "ArrowUp" ? -1 : 0;
			if ((evt.key === "Home" || evt.key === "End") && this.hist.bucketOf.length > 0) {
				evt.preventDefault();
				this.jump(evt.key === "Home" ? 0 : this.hist.bucketOf.length - 1, true);
			} else if (step !== 0) {
				evt.preventDefault();
				this.jumpToBucket(this.nextFilled(this.current, step), true);
			}
		});
	}

	/** Draws the strip for the shown events' axis days (in list order). */
	set(days: readonly number[], language: DateLanguage): void {
		this.hist = histogram(days);
		const h = this.hist;
		this.el.toggleClass("is-empty", h.counts.length === 0);
		this.barsEl.empty();
		this.ticksEl.empty();
		this.labels.clear();
		for (let i = 0; i < h.counts.length; i++) {
			const bar = this.barsEl.createDiv({ cls: "sbl-tl-bar" });
			const count = h.counts[i];
			if (count > 0) {
				bar.addClass("is-filled");
				// A square-root scale keeps single events visible beside a busy month.
				bar.setCssProps({ "--sbl-tl-bar": `${Math.max(12, Math.round((Math.sqrt(count) / Math.sqrt(h.max)) * 100))}%` });
			}
		}
		for (const tick of ticks(h, language)) {
			this.labels.set(tick.bucket, tick.label);
			const el = this.ticksEl.createSpan({ cls: "sbl-tl-tick", text: tick.label });
			el.setCssProps({ "--sbl-tl-at": `${(tick.bucket / h.counts.length) * 100}%` });
		}
		this.el.setAttr("aria-valuemin", "0");
		this.el.setAttr("aria-valuemax", String(Math.max(0, h.counts.length - 1)));
		this.current = -1;
		this.lastJump = -1;
		this.showWindow(-1, -1);
	}

	/** Marks the events `first`–`last` (list indices) as the part the list shows. */
	showWindow(first: number, last: number): void {
		const n = this.hist.counts.length;
		if (n === 0 || first < 0 || last < first) {
			this.windowEl.addClass("is-hidden");
			return;
		}
		const a = this.hist.bucketOf[first];
		const b = this.hist.bucketOf[Math.min(last, this.hist.bucketOf.length - 1)];
		this.windowEl.removeClass("is-hidden");
		this.windowEl.setCssProps({ "--sbl-tl-from": `${(a / n) * 100}%`, "--sbl-tl-width": `${((b - a + 1) / n) * 100}%` });
		this.current = a;
		this.el.setAttr("aria-valuenow", String(a));
		this.el.setAttr("aria-valuetext", this.labelFor(a));
	}

	/** The label of the nearest tick at or before a bucket, for screen readers. */
	private labelFor(bucket: number): string {
		for (let i = bucket; i >= 0; i--) {
			const label = this.labels.get(i);
			if (label) return label;
		}
		return "";
	}

	private nextFilled(from: number, step: number): number {
		const counts = this.hist.counts;
		for (let i = from + step; i >= 0 && i < counts.length; i += step) if (counts[i] > 0) return i;
		return -1;
	}

	private jumpToX(clientX: number, final: boolean): void {
		const rect = this.barsEl.getBoundingClientRect();
		if (rect.width <= 0) return;
		this.jumpToBucket(bucketAt(this.hist, (clientX - rect.left) / rect.width), final);
	}

	/** Jumps to the first event in the bucket, or the next one after it. */
	private jumpToBucket(bucket: number, final: boolean): void {
		if (bucket < 0) return;
		const of = this.hist.bucketOf;
		let target = of.length - 1;
		for (let i = 0; i < of.length; i++) {
			if (of[i] >= bucket) {
				target = i;
				break;
			}
		}
		if (target < 0 || (!final && target === this.lastJump)) return;
		this.lastJump = target;
		this.jump(target, final);
	}
}
