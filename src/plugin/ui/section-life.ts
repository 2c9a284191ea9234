/**
 * Ties bookkeeping for a Reading-view section (quote units, provenance cards)
 * to the section's life: Obsidian unloads a section's children when it drops
 * or redraws the section.
 */
import { MarkdownRenderChild, type MarkdownPostProcessorContext } from "obsidian";

class SectionChild extends MarkdownRenderChild {
	constructor(
		containerEl: HTMLElement,
		private readonly onUnloaded: () => void,
	) {
		super(containerEl);
	}

	override onunload(): void {
		this.onUnloaded();
	}
}

/** Calls `onUnload` when Obsidian unloads the section drawn in `el`. */
export function trackSection(el: HTMLElement, ctx: MarkdownPostProcessorContext, onUnload: () => void): void {
	ctx.addChild(new SectionChild(el, onUnload));
}
