/**
 * Event titles, descriptions and commentary as DOM, with working links,
 * without the Markdown renderer: a pane of 2,000 events cannot afford one
 * asynchronous render per line. Only a safe inline subset is recognised:
 *
 * - Markdown: `[[target|alias]]` (and `![[…]]`), `[label](target)`, bare
 *   http(s) URLs, `**bold**`, `__bold__`, `~~strike~~`, `==highlight==`,
 *   `` `code` ``, backslash escapes, and `<img alt>` icons of converted notes
 *   shown as their name.
 * - Raw Scrapbox notation: `[page]`, `[label https://…]`, `[https://… label]`,
 *   `[/project/page]`, `[[strong]]`, `[* deco]`, `[name.icon]`, `#tag`,
 *   `` `code` ``, bare URLs.
 *
 * Everything is built with createEl and text nodes, so user text never becomes
 * HTML; links are built by ../ui/links, and only http(s) URLs are ever
 * clickable here (never `javascript:`).
 */
import type { Notation } from "../../core/quotes";
import { externalLink, internalLink, reusedLook, type LinkLook } from "../ui/links";
import { encodeComponent } from "../../core/scrapbox/title";

export interface InlineContext {
	notation: Notation;
	/** Whether an internal link target resolves to a note (unresolved links are dimmed, as in Obsidian). */
	resolves(linktext: string): boolean;
	/** False keeps links out of the Tab order (the pane's list moves between cards with the arrow keys). */
	tabbable?: boolean;
	/**
	 * Internal links already made in this context, by link text and label: a
	 * repeat is a deep copy of the first, not a new anchor with its attributes
	 * and text set one by one (timelines link the same notes again and again).
	 */
	links?: Map<string, HTMLAnchorElement>;
}

const SAFE_URL = /^https?:\/\/[^\s<>"]+$/i;

function text(parent: HTMLElement, value: string): void {
	// append() makes the text node itself: one call into the DOM instead of two.
	if (value) parent.append(value);
}

// Two fixed looks, so the links module prepares each anchor once for the pane's thousands of links.
const TABBABLE = reusedLook({ attr: { tabindex: null } });
const UNTABBABLE = reusedLook({ attr: { tabindex: "-1" } });

/** Links leave the Tab order when the context asks. */
function tabOrder(ctx: InlineContext): LinkLook {
	return ctx.tabbable === false ? UNTABBABLE : TABBABLE;
}

function internal(parent: HTMLElement, target: string, label: string, ctx: InlineContext): void {
	const linktext = target.trim();
	if (!linktext) {
		text(parent, label);
		return;
	}
	const made = ctx.links;
	const key = made ? `${linktext}\u0000${label}` : "";
	const first = made?.get(key);
	if (first) parent.appendChild(first.cloneNode(true));
	else {
		const a = internalLink(parent, linktext, label, ctx.resolves(linktext), tabOrder(ctx));
		made?.set(key, a);
	}
}

function external(parent: HTMLElement, url: string, label: string, ctx: InlineContext): void {
	// Stricter than the plugin's rule: http(s) only, and no character that could end the URL.
	if (!SAFE_URL.test(url) || !externalLink(parent, url, label, tabOrder(ctx))) text(parent, label);
}

/** A bare URL ends before trailing punctuation that more likely closes the sentence. */
function trimUrl(url: string): string {
	return url.replace(/[.,;:!?)\]'"]+$/, "");
}

function imgAlt(tag: string): string | null {
	const m = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
	if (!m) return null;
	return (m[1] ?? m[2] ?? "").replace(/\.icon$/i, "");
}

const MARKDOWN_TOKEN =
	/\\([!-/:-@[-`{-~])|(!?)\[\[([^\]\n]+?)\]\]|\[([^\]\n]*)\]\(([^)\s]+)(?:\s+"[^"\n]*")?\)|\*\*([^*\n]+?)\*\*|__([^_\n]+?)__|~~([^~\n]+?)~~|==([^=\n]+?)==|`([^`\n]+)`|(<img\b[^>]*>)|(https?:\/\/[^\s<>]+)/g;

/**
 * One scanner per nesting depth, reused: a nested call runs one level deeper,
 * so it never disturbs the `lastIndex` of the loop that called it.
 */
function scanner(cache: RegExp[], token: RegExp, depth: number): RegExp {
	const re = (cache[depth] ??= new RegExp(token.source, "g"));
	re.lastIndex = 0;
	return re;
}
const markdownScanners: RegExp[] = [];
const scrapboxScanners: RegExp[] = [];

function renderMarkdown(parent: HTMLElement, source: string, ctx: InlineContext, depth: number): void {
	let at = 0;
	const re = scanner(markdownScanners, MARKDOWN_TOKEN, depth);
	let m: RegExpExecArray | null;
	while ((m = re.exec(source)) !== null) {
		text(parent, source.slice(at, m.index));
		at = m.index + m[0].length;
		if (m[1] !== undefined) text(parent, m[1]);
		else if (m[3] !== undefined) {
			const inner = m[3];
			const bar = inner.indexOf("|");
			const target = bar === -1 ? inner : inner.slice(0, bar);
			const label = bar === -1 ? inner : inner.slice(bar + 1);
			internal(parent, target, label, ctx);
		} else if (m[5] !== undefined) {
			const label = m[4] ?? "";
			const target = m[5];
			if (/^[a-z][a-z0-9+.-]*:/i.test(target)) external(parent, target, label || target, ctx);
			else {
				let decoded = target;
				try {
					decoded = decodeURIComponent(target);
				} catch {
					// A malformed escape: keep the target as written.
				}
				internal(parent, decoded.replace(/\.md(?=$|#)/i, ""), label || decoded, ctx);
			}
		} else if (m[6] !== undefined || m[7] !== undefined) nested(parent.createEl("strong"), m[6] ?? m[7], ctx, depth, renderMarkdown);
		else if (m[8] !== undefined) nested(parent.createEl("del"), m[8], ctx, depth, renderMarkdown);
		else if (m[9] !== undefined) nested(parent.createEl("mark"), m[9], ctx, depth, renderMarkdown);
		else if (m[10] !== undefined) parent.createEl("code", { text: m[10] });
		else if (m[11] !== undefined) {
			const alt = imgAlt(m[11]);
			if (alt) parent.createSpan({ cls: "sbl-tl-icon", text: alt });
		} else if (m[12] !== undefined) {
			const url = trimUrl(m[12]);
			external(parent, url, url, ctx);
			at = m.index + url.length;
			re.lastIndex = at;
		}
	}
	text(parent, source.slice(at));
}

// A tag starts the text or follows white space (captured: no lookbehind, which iOS lacks).
const SCRAPBOX_TOKEN = /\[\[([^\]\n]+)\]\]|\[([^\]\n]+)\]|(?:^|(\s))#([^\s#[\]]+)|`([^`\n]+)`|(https?:\/\/[^\s<>\]]+)/g;

function renderScrapboxBracket(parent: HTMLElement, inner: string, ctx: InlineContext, depth: number): void {
	const deco = /^([*/\-_!"#%&'()+,.<>{|}~]+)\s(.*)$/.exec(inner);
	if (deco) {
		const marks = deco[1];
		let el: HTMLElement = parent;
		if (marks.includes("*")) el = el.createEl("strong");
		if (marks.includes("/")) el = el.createEl("em");
		if (marks.includes("-")) el = el.createEl("del");
		if (marks.includes("_")) el = el.createEl("u");
		nested(el, deco[2], ctx, depth, renderScrapbox);
		return;
	}
	if (/^\$\s/.test(inner)) {
		parent.createEl("code", { text: inner.slice(2) });
		return;
	}
	const icon = /^(.+?)\.icon(?:\*\d+)?$/.exec(inner);
	if (icon) {
		parent.createSpan({ cls: "sbl-tl-icon", text: icon[1].replace(/^\/[^/]+\//, "") });
		return;
	}
	const url = /^(https?:\/\/\S+)(?:\s+(.+))?$/.exec(inner) ?? null;
	if (url) {
		external(parent, url[1], url[2] ?? url[1], ctx);
		return;
	}
	const labelled = /^(.+?)\s+(https?:\/\/\S+)$/.exec(inner);
	if (labelled) {
		external(parent, labelled[2], labelled[1], ctx);
		return;
	}
	const root = /^\/([^/\s]+)(?:\/(.+))?$/.exec(inner);
	if (root) {
		const page = root[2] ?? "";
		external(parent, `https://scrapbox.io/${encodeComponent(root[1])}${page ? "/" + encodeComponent(page.replace(/ /g, "_")) : ""}`, inner, ctx);
		return;
	}
	internal(parent, inner, inner, ctx);
}

function renderScrapbox(parent: HTMLElement, source: string, ctx: InlineContext, depth: number): void {
	let at = 0;
	const re = scanner(scrapboxScanners, SCRAPBOX_TOKEN, depth);
	let m: RegExpExecArray | null;
	while ((m = re.exec(source)) !== null) {
		text(parent, source.slice(at, m.index));
		at = m.index + m[0].length;
		if (m[1] !== undefined) {
			const inner = m[1];
			if (SAFE_URL.test(inner)) text(parent, inner);
			else nested(parent.createEl("strong"), inner, ctx, depth, renderScrapbox);
		} else if (m[2] !== undefined) renderScrapboxBracket(parent, m[2], ctx, depth);
		else if (m[4] !== undefined) {
			text(parent, m[3] ?? "");
			internal(parent, m[4], `#${m[4]}`, ctx);
		} else if (m[5] !== undefined) parent.createEl("code", { text: m[5] });
		else if (m[6] !== undefined) {
			const url = trimUrl(m[6]);
			external(parent, url, url, ctx);
			at = m.index + url.length;
			re.lastIndex = at;
		}
	}
	text(parent, source.slice(at));
}

type Renderer = (parent: HTMLElement, source: string, ctx: InlineContext, depth: number) => void;

/** Nested emphasis, bounded so a hostile line cannot recurse deeply. */
function nested(el: HTMLElement, source: string, ctx: InlineContext, depth: number, render: Renderer): void {
	if (depth >= 4) text(el, source);
	else render(el, source, ctx, depth + 1);
}

// Characters every markup form above starts with; a line without any is plain text (most description lines).
const MARKDOWN_MARK = /[\\[*_~=`<]|https?:/i;
const SCRAPBOX_MARK = /[[#`]|https?:/i;

/** Appends `source` to `parent` as inline content with links (see the module comment for what is recognised). */
export function renderInline(parent: HTMLElement, source: string, ctx: InlineContext): void {
	if (!(ctx.notation === "scrapbox" ? SCRAPBOX_MARK : MARKDOWN_MARK).test(source)) text(parent, source);
	else if (ctx.notation === "scrapbox") renderScrapbox(parent, source, ctx, 0);
	else renderMarkdown(parent, source, ctx, 0);
}
