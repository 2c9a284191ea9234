/**
 * The Reading-view post-processor for provenance cards.
 *
 * Obsidian draws a footer as two sections: the `---` (a thematic break after a
 * blank line; without one it underlines the line above as a setext heading,
 * which is the author's Markdown and is left alone) and the footer paragraph.
 * The footer section gets the card, which hides the paragraph it stands for;
 * a thematic-break section right above it is hidden too, since the card has
 * its own edge. A note with provenance properties but no footer gets the same
 * card at the end of its last section: where a footer would be, after the
 * text, so reading starts with the note itself. Nothing is ever written.
 *
 * Hiding is done by a data attribute on the section and CSS that applies only
 * while the card is there, so no class or element of Obsidian's (or of the
 * quote-unit renderer's) is touched. Every card is tracked, redrawn when the
 * note's properties change or an original appears or goes, and removed on
 * unload. Nothing here throws into Obsidian.
 */
import { TFile, type App, type MarkdownPostProcessorContext } from "obsidian";
import { locateFooter, mergeProvenance, readProvenanceProperties, type FooterLocation } from "../../core/provenance";
import type { ScrapboxLensSettings } from "../settings";
import { trackSection } from "../ui/section-life";
import { buildCard, CARD_CLASS, type CardActions, type CardModel } from "./card";
import type { OriginalIndex } from "./originals";
import { parseOptions } from "./plan";

export const SECTION_ATTR = "data-sbl-provenance";

type Role = "footer" | "separator" | "end";

interface Facts {
	location: FooterLocation | null;
	/** 0-based line of the footer, and of its `---` when only blank lines lie between. */
	footerLine: number;
	separatorLine: number;
	/** 0-based line of the last non-blank line; -1 for an empty note. */
	lastLine: number;
	/** 0-based line of the frontmatter's closing `---`; -1 without frontmatter. */
	frontmatterEnd: number;
}

interface Live {
	el: HTMLElement;
	ctx: MarkdownPostProcessorContext;
	path: string;
	card: HTMLElement | null;
	gone: boolean;
}

export interface ProvenanceRendererDeps {
	app: App;
	settings(): ScrapboxLensSettings;
	originals: OriginalIndex;
	/** The note's Scrapbox flavour for the `detected` render scope (memoised by the caller or not). */
	isScrapbox(text: string, path: string): boolean;
	actions(sourcePath: string, original: TFile | null): CardActions;
	/** Ties a section's bookkeeping to its life in Obsidian; defaults to `ctx.addChild`. */
	track?(el: HTMLElement, ctx: MarkdownPostProcessorContext, onUnload: () => void): void;
}

function lineOfOffset(text: string, offset: number): number {
	let line = 0;
	for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
	return line;
}

function factsOf(text: string, settings: ScrapboxLensSettings): Facts {
	const location = locateFooter(text, parseOptions(settings));
	const footerLine = location ? lineOfOffset(text, location.lineStart) : -1;
	const separatorLine = location && location.separatorStart !== null ? lineOfOffset(text, location.separatorStart) : -1;
	let end = text.length;
	while (end > 0 && /\s/.test(text[end - 1])) end--;
	const lastLine = end === 0 ? -1 : lineOfOffset(text, end - 1);
	let frontmatterEnd = -1;
	if (/^---\r?\n/.test(text)) {
		const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
		if (close) frontmatterEnd = lineOfOffset(text, 3 + close.index + 1);
	}
	return { location, footerLine, separatorLine, lastLine, frontmatterEnd };
}

export class ProvenanceRenderer {
	private readonly memo = new Map<string, { text: string; key: string; facts: Facts }>();
	private readonly live = new Map<string, Set<Live>>();
	private destroyed = false;

	constructor(private readonly deps: ProvenanceRendererDeps) {}

	/** The post-processor. */
	readonly process = (el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		try {
			this.processSection(el, ctx);
		} catch {
			// The section stays as Obsidian drew it.
		}
	};

	private processSection(el: HTMLElement, ctx: MarkdownPostProcessorContext): void {
		if (this.destroyed) return;
		const settings = this.deps.settings();
		if (!settings.provenanceCard || settings.renderScope === "none") return;
		const info = ctx.getSectionInfo(el);
		if (!info || typeof info.text !== "string") return;
		const facts = this.factsFor(ctx.sourcePath, info.text, settings);
		if (!roleOf(facts, info.lineStart, info.lineEnd, el)) return;
		const live: Live = { el, ctx, path: ctx.sourcePath, card: null, gone: false };
		let set = this.live.get(live.path);
		if (!set) this.live.set(live.path, (set = new Set()));
		set.add(live);
		const onUnload = () => {
			live.gone = true;
			this.clear(live);
			this.live.get(live.path)?.delete(live);
		};
		try {
			if (this.deps.track) this.deps.track(el, ctx, onUnload);
			else trackSection(el, ctx, onUnload);
		} catch {
			// Without a lifetime the card is still drawn; it goes with its note or on unload.
		}
		this.draw(live);
	}

	/** Draws (or redraws) one section's card from the note as it is now. */
	private draw(live: Live): void {
		this.clear(live);
		if (live.gone || this.destroyed) return;
		try {
			const settings = this.deps.settings();
			if (!settings.provenanceCard || settings.renderScope === "none") return;
			const info = live.ctx.getSectionInfo(live.el);
			if (!info || typeof info.text !== "string") return;
			const facts = this.factsFor(live.path, info.text, settings);
			const role = roleOf(facts, info.lineStart, info.lineEnd, live.el);
			if (!role) return;
			if (role === "separator") {
				live.el.setAttribute(SECTION_ATTR, "separator");
				return;
			}
			const model = this.modelFor(live.path, info.text, facts, role, info.lineEnd);
			if (!model) return;
			// A footer this plugin can read is its own evidence; a note with properties only must be detected.
			if (settings.renderScope === "detected" && !facts.location && !this.deps.isScrapbox(info.text, live.path)) return;
			live.card = buildCard(live.el, model.card, this.deps.actions(live.path, model.original));
			live.el.setAttribute(SECTION_ATTR, role);
		} catch {
			this.clear(live);
		}
	}

	private modelFor(path: string, text: string, facts: Facts, role: "footer" | "end", lineEnd: number): { card: CardModel; original: TFile | null } | null {
		const { app } = this.deps;
		const file = app.vault.getFileByPath(path);
		const frontmatter = file ? app.metadataCache.getFileCache(file)?.frontmatter : undefined;
		const properties = readProvenanceProperties(frontmatter);
		const footer = role === "footer" ? (facts.location?.footer ?? null) : null;
		const provenance = mergeProvenance(footer, properties);
		if (!provenance) return null;
		const messages: string[] = [];
		if (footer?.message) messages.push(footer.message);
		// Lines of the same paragraph after the footer line (a kept contact sentence) belong to it.
		if (footer && facts.location && lineEnd > facts.footerLine) {
			const rest = text.slice(facts.location.lineEnd).split(/\r?\n/).slice(1, 1 + lineEnd - facts.footerLine);
			for (const line of rest) if (line.trim() !== "") messages.push(line.trim());
		}
		const original = this.deps.originals.find(provenance, file);
		return {
			original,
			card: {
				provenance,
				form: footer ? footer.form : "properties",
				writtenBy: footer?.writtenBy ?? null,
				message: messages.length > 0 ? messages.join(" ") : null,
				repaired: footer?.repaired ?? false,
				original: original ? { linktext: app.metadataCache.fileToLinktext(original, path, true), path: original.path } : null,
			},
		};
	}

	private clear(live: Live): void {
		try {
			live.card?.remove();
			live.card = null;
			live.el.removeAttribute(SECTION_ATTR);
		} catch {
			// Nothing more to undo.
		}
	}

	private factsFor(path: string, text: string, settings: ScrapboxLensSettings): Facts {
		const key = `${settings.footerTemplateEn}\u0000${settings.footerTemplateJa}`;
		const hit = this.memo.get(path);
		if (hit && hit.text === text && hit.key === key) return hit.facts;
		const facts = factsOf(text, settings);
		this.memo.delete(path);
		this.memo.set(path, { text, key, facts });
		if (this.memo.size > 64) this.memo.delete(this.memo.keys().next().value as string);
		return facts;
	}

	/** Redraws the cards of one note (its properties changed), or of every note. */
	refresh(path?: string): void {
		if (this.destroyed) return;
		const sets = path === undefined ? Array.from(this.live.values()) : [this.live.get(path)].filter((s): s is Set<Live> => !!s);
		for (const set of sets) for (const live of Array.from(set)) this.draw(live);
	}

	rename(oldPath: string, newPath: string): void {
		const set = this.live.get(oldPath);
		this.memo.delete(oldPath);
		if (!set) return;
		this.live.delete(oldPath);
		for (const live of set) live.path = newPath;
		this.live.set(newPath, set);
	}

	/** How many cards are on screen; for tests. */
	cardCount(): number {
		let count = 0;
		for (const set of this.live.values()) for (const live of set) if (live.card) count++;
		return count;
	}

	/** Removes every card and attribute: the plugin is unloading. */
	destroy(): void {
		this.destroyed = true;
		for (const set of this.live.values()) for (const live of set) this.clear(live);
		this.live.clear();
		this.memo.clear();
	}
}

function roleOf(facts: Facts, lineStart: number, lineEnd: number, el: HTMLElement): Role | null {
	if (el.hasClass("mod-frontmatter") || lineEnd <= facts.frontmatterEnd) return null;
	if (facts.location) {
		if (lineStart <= facts.footerLine && facts.footerLine <= lineEnd) return "footer";
		if (facts.separatorLine >= 0 && lineStart === facts.separatorLine && lineEnd === facts.separatorLine && el.querySelector(":scope > hr")) return "separator";
		return null;
	}
	return facts.lastLine >= 0 && lineEnd >= facts.lastLine ? "end" : null;
}

export { CARD_CLASS };
