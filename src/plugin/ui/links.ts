/**
 * The links the plugin builds from note text (Reading view, timeline pane,
 * provenance card), and the only rules for which are clickable: `http(s)` and
 * `obsidian:` URLs open as external links, vault links as Obsidian internal
 * links; anything else (above all `javascript:`) never becomes an href. The
 * text is always set as text, never parsed as HTML.
 *
 * Internal links follow Obsidian's own markup (`a.internal-link` with
 * `data-href`); opening and hovering them is left to each caller's handlers.
 */
import { isWebUrl } from "../../core/import/escape";

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const OBSIDIAN_URL = /^obsidian:\/\/[^\s]/i;

/** Whether a URL may become a clickable external link. */
export function isClickableUrl(url: string): boolean {
	return isWebUrl(url) || OBSIDIAN_URL.test(url);
}

export interface LinkLook {
	/** Classes after `external-link` / `internal-link`. */
	cls?: string[];
	/** More attributes, e.g. `tabindex` or `aria-label`; null leaves one out. */
	attr?: Record<string, string | null>;
}

/**
 * The bare anchors links are cloned from: copying a prepared element is much
 * cheaper than creating one and setting its class and attributes one by one,
 * and the timeline pane builds thousands. Attributes keep the order they
 * would have if set one by one (`data-href` first for internal links).
 */
let externalPrototype: HTMLAnchorElement | null = null;
let internalPrototype: HTMLAnchorElement | null = null;

function cloneAnchor(prototype: HTMLAnchorElement, look: LinkLook, text: string, dataHref?: string): HTMLAnchorElement {
	const a = prototype.cloneNode(false) as HTMLAnchorElement;
	if (dataHref !== undefined) a.setAttribute("data-href", dataHref);
	if (text !== "") a.textContent = text;
	if (!prepared.has(look)) applyLook(a, look);
	return a;
}

function applyLook(a: HTMLAnchorElement, look: LinkLook): void {
	if (look.cls && look.cls.length > 0) a.classList.add(...look.cls);
	if (look.attr) {
		for (const [key, value] of Object.entries(look.attr)) {
			if (value === null || value === undefined) a.removeAttribute(key);
			else a.setAttribute(key, value);
		}
	}
}

/** Anchors with a look already applied, for looks used many times (see `reusedLook`). */
interface PreparedAnchors {
	external?: HTMLAnchorElement;
	internal?: HTMLAnchorElement;
	unresolved?: HTMLAnchorElement;
}
const prepared = new WeakMap<LinkLook, PreparedAnchors>();

/**
 * Marks a look that a caller passes for thousands of links (the timeline
 * pane): its classes and attributes go on the prepared anchor once, not on
 * every copy. The look must not change afterwards.
 */
export function reusedLook(look: LinkLook): LinkLook {
	prepared.set(look, {});
	return look;
}

/** The anchor to copy for `look`: the bare prototype, or one with the look already applied. */
function prototypeFor(look: LinkLook, kind: keyof PreparedAnchors, bare: HTMLAnchorElement): HTMLAnchorElement {
	const kit = prepared.get(look);
	if (!kit) return bare;
	let a = kit[kind];
	if (!a) {
		a = bare.cloneNode(false) as HTMLAnchorElement;
		applyLook(a, look);
		if (kind === "unresolved") a.classList.add("is-unresolved");
		kit[kind] = a;
	}
	return a;
}

/**
 * An external link, opening outside Obsidian; null, with nothing added, when
 * the URL may not be clickable (the caller shows the text its own way).
 */
export function externalLink(parent: HTMLElement | DocumentFragment, url: string, text: string, look: LinkLook = {}): HTMLAnchorElement | null {
	if (!isClickableUrl(url)) return null;
	externalPrototype ??= createEl("a", { cls: "external-link", attr: { target: "_blank", rel: "noopener nofollow" } });
	const a = cloneAnchor(prototypeFor(look, "external", externalPrototype), look, text);
	a.setAttribute("href", url);
	parent.appendChild(a);
	return a;
}

/**
 * An Obsidian internal link, dimmed when `resolved` is false as Obsidian dims
 * links to missing notes. `href` is set only when the link text cannot be read
 * as a URL scheme (`Note: a` would be a `note:` URL to the browser), so no
 * element made here ever carries a `javascript:` href.
 */
export function internalLink(parent: HTMLElement, linktext: string, text: string, resolved: boolean, look: LinkLook = {}): HTMLAnchorElement {
	internalPrototype ??= createEl("a", { cls: "internal-link", attr: { "data-href": "", target: "_blank", rel: "noopener nofollow" } });
	const a = cloneAnchor(prototypeFor(look, resolved ? "internal" : "unresolved", internalPrototype), look, text, linktext);
	if (!SCHEME.test(linktext)) a.setAttribute("href", linktext);
	if (!resolved && !prepared.has(look)) a.classList.add("is-unresolved");
	parent.appendChild(a);
	return a;
}
