/**
 * Links the renderers create, and the only rules for which are clickable:
 * `http(s)` and `obsidian:` URLs open as external links, vault links as
 * Obsidian internal links; anything else (above all `javascript:`) stays text.
 *
 * Internal links follow Obsidian's own markup (`a.internal-link` with
 * `data-href`), and their clicks and hovers go through the workspace
 * (`openLinkText`, the `hover-link` event) by delegation from the rendered
 * block, so no listener is left on a link.
 */
import type { PaneType } from "obsidian";
import { isWebUrl } from "../../core/import/escape";

/** What links need from Obsidian; register.ts supplies it, tests and benches may pass their own. */
export interface LinkHost {
	/** True when `linktext` names an existing note from `sourcePath`. */
	resolves(linktext: string, sourcePath: string): boolean;
	open(linktext: string, sourcePath: string, newLeaf: PaneType | boolean): void;
	/** Asks the Page preview core plugin for a hover preview (the `hover-link` workspace event). */
	hover(event: MouseEvent, targetEl: HTMLElement, linktext: string, sourcePath: string): void;
	/** `Keymap.isModEvent`. */
	newLeaf(event: MouseEvent): PaneType | boolean;
}

/** Marks the links made here, so delegation never handles Obsidian's own links. */
export const LINK_CLASS = "sbl-link";

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const OBSIDIAN_URL = /^obsidian:\/\/[^\s]/i;

/** Whether a URL may become a clickable external link. */
export function isClickableUrl(url: string): boolean {
	return isWebUrl(url) || OBSIDIAN_URL.test(url);
}

/** An external link, or plain text when the URL may not be clickable. */
export function externalLink(parent: HTMLElement, url: string, text: string, cls?: string): HTMLElement {
	if (!isClickableUrl(url)) return parent.createSpan({ text, cls });
	const a = parent.createEl("a", { cls: ["external-link", ...(cls ? [cls] : [])], text, attr: { target: "_blank", rel: "noopener nofollow" } });
	a.setAttribute("href", url);
	return a;
}

/**
 * An Obsidian internal link. `href` is set only when the link text cannot be
 * read as a URL scheme (`Note: a` would be a `note:` URL to the browser), so no
 * element this makes ever carries a `javascript:` href.
 */
export function internalLink(parent: HTMLElement, linktext: string, text: string, resolved: boolean, cls?: string): HTMLAnchorElement {
	const a = parent.createEl("a", { cls: ["internal-link", LINK_CLASS, ...(cls ? [cls] : [])], text, attr: { "data-href": linktext, target: "_blank", rel: "noopener nofollow" } });
	if (!SCHEME.test(linktext)) a.setAttribute("href", linktext);
	if (!resolved) a.addClass("is-unresolved");
	return a;
}

function linkOf(event: Event, root: HTMLElement): HTMLElement | null {
	const target = event.target;
	if (!(target instanceof Element)) return null;
	const a = target.closest(`a.${LINK_CLASS}`);
	return a instanceof HTMLElement && root.contains(a) ? a : null;
}

/**
 * Click (and middle click) and hover for the internal links inside `root`.
 * Listeners sit on `root`, which is Obsidian's section or code-block element,
 * so they go when the section goes.
 */
export function delegateLinks(root: HTMLElement, host: LinkHost, sourcePath: string): void {
	const open = (event: MouseEvent) => {
		const a = linkOf(event, root);
		if (!a) return;
		const linktext = a.getAttribute("data-href");
		if (linktext === null) return;
		event.preventDefault();
		// Obsidian's own link handling must not open it a second time.
		event.stopPropagation();
		host.open(linktext, sourcePath, host.newLeaf(event));
	};
	root.addEventListener("click", (event) => {
		if (event.button === 0) open(event);
	});
	root.addEventListener("auxclick", (event) => {
		if (event.button === 1) open(event);
	});
	root.addEventListener("mouseover", (event) => {
		const a = linkOf(event, root);
		const linktext = a?.getAttribute("data-href");
		if (a && linktext) host.hover(event, a, linktext, sourcePath);
	});
}
