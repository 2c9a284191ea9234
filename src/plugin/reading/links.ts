/**
 * Opening the internal links the Reading-view renderers create (built by
 * ../ui/links, which holds the rules for what is clickable): clicks and hovers
 * go through the workspace (`openLinkText`, the `hover-link` event) by
 * delegation from the rendered block, so no listener is left on a link.
 */
import type { PaneType } from "obsidian";
import { elementOf } from "../ui/event-target";

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

/** Marks the renderers' internal links, so delegation never handles Obsidian's own links. */
export const LINK_CLASS = "sbl-link";

function linkOf(event: Event, root: HTMLElement): HTMLElement | null {
	const target = elementOf(event.target);
	const a = target?.closest(`a.${LINK_CLASS}`);
	return a && a.instanceOf(HTMLElement) && root.contains(a) ? a : null;
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
