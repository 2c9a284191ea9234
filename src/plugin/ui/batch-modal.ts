/**
 * A modal for work over many notes, in the official importer's shape:
 * confirm (with a preview count) → progress (bar, counts, Stop) → summary.
 * Each item is processed on its own; a failure is counted and reported, never
 * thrown, and Stop takes effect between items so no note is left half-written.
 */
import { Modal, type App } from "obsidian";
import { SliceClock } from "../slices";
import { t } from "../../i18n/ui";

export interface BatchOutcome {
	done: number;
	skipped: number;
	failed: { item: string; message: string }[];
	stopped: boolean;
}

export interface BatchOptions<T> {
	title: string;
	/** Shown before starting; omit to start at once. */
	confirmText?: string;
	items: T[];
	describe(item: T): string;
	/** Returns "skipped" when the item needed nothing. */
	process(item: T): Promise<"done" | "skipped">;
	summary(outcome: BatchOutcome): string;
}

export class BatchModal<T> extends Modal {
	private stopRequested = false;
	private running = false;
	private resolveOutcome: ((outcome: BatchOutcome) => void) | null = null;
	readonly outcome: Promise<BatchOutcome>;

	constructor(
		app: App,
		private readonly options: BatchOptions<T>,
	) {
		super(app);
		this.outcome = new Promise((resolve) => (this.resolveOutcome = resolve));
	}

	override onOpen(): void {
		this.titleEl.setText(this.options.title);
		this.modalEl.addClass("sbl-batch-modal");
		if (this.options.confirmText) this.renderConfirm(this.options.confirmText);
		else void this.start();
	}

	override onClose(): void {
		// Closing the window mid-run stops between items, like the Stop button.
		this.stopRequested = true;
		this.contentEl.empty();
		if (!this.running) this.resolveOutcome?.({ done: 0, skipped: 0, failed: [], stopped: true });
	}

	private renderConfirm(text: string): void {
		const { contentEl } = this;
		contentEl.empty();
		contentEl.createEl("p", { text });
		const buttons = contentEl.createDiv({ cls: "modal-button-container" });
		const go = buttons.createEl("button", { cls: "mod-cta", text: t("modal.confirm") });
		go.addEventListener("click", () => void this.start());
		buttons.createEl("button", { text: t("modal.cancel") }).addEventListener("click", () => this.close());
		window.setTimeout(() => go.focus(), 0);
	}

	private async start(): Promise<void> {
		this.running = true;
		const { contentEl, options } = this;
		contentEl.empty();
		const bar = contentEl.createEl("progress", { cls: "sbl-progress", attr: { max: String(Math.max(1, options.items.length)), value: "0" } });
		const status = contentEl.createDiv({ cls: "sbl-progress-status", attr: { "aria-live": "polite" } });
		const current = contentEl.createDiv({ cls: "sbl-progress-current" });
		const buttons = contentEl.createDiv({ cls: "modal-button-container" });
		const stop = buttons.createEl("button", { cls: "mod-warning", text: t("modal.stop") });
		stop.addEventListener("click", () => {
			this.stopRequested = true;
			stop.disabled = true;
		});

		const outcome: BatchOutcome = { done: 0, skipped: 0, failed: [], stopped: false };
		const clock = new SliceClock();
		const total = options.items.length;
		const show = (index: number) => {
			bar.value = index;
			status.setText(
				t("batch.counts", { done: outcome.done, skipped: outcome.skipped, failed: outcome.failed.length, remaining: total - index }),
			);
		};
		for (let i = 0; i < total; i++) {
			if (this.stopRequested) {
				outcome.stopped = true;
				break;
			}
			const item = options.items[i];
			try {
				const result = await options.process(item);
				if (result === "done") outcome.done++;
				else outcome.skipped++;
			} catch (error) {
				outcome.failed.push({ item: options.describe(item), message: error instanceof Error ? error.message : String(error) });
			}
			if (clock.spent() || i === total - 1) {
				current.setText(options.describe(item));
				show(i + 1);
				await clock.maybeYield();
			}
		}
		this.running = false;
		this.renderSummary(outcome);
		this.resolveOutcome?.(outcome);
	}

	private renderSummary(outcome: BatchOutcome): void {
		const { contentEl } = this;
		contentEl.empty();
		contentEl.createEl("p", { cls: "sbl-batch-summary", text: this.options.summary(outcome) });
		if (outcome.failed.length > 0) {
			const list = contentEl.createEl("ul", { cls: "sbl-batch-failures" });
			for (const failure of outcome.failed.slice(0, 50)) list.createEl("li", { text: `${failure.item}: ${failure.message}` });
			if (outcome.failed.length > 50) list.createEl("li", { text: t("batch.moreFailures", { count: outcome.failed.length - 50 }) });
		}
		const buttons = contentEl.createDiv({ cls: "modal-button-container" });
		const close = buttons.createEl("button", { cls: "mod-cta", text: t("modal.close") });
		close.addEventListener("click", () => this.close());
		close.focus();
	}
}
