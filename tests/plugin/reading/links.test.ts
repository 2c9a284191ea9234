// Internal links in Reading view: clicks and hovers are delegated from the section. (Popout windows: tests/plugin/ui/event-target.test.ts.)
import { describe, expect, it, vi } from "vitest";
import { delegateLinks, LINK_CLASS, type LinkHost } from "../../../src/plugin/reading/links";

function host() {
	const open = vi.fn<LinkHost["open"]>();
	const hover = vi.fn<LinkHost["hover"]>();
	const linkHost: LinkHost = { resolves: () => true, open, hover, newLeaf: () => false };
	return { linkHost, open, hover };
}

/** A section holding one of the renderer's links. */
function section(): { root: HTMLElement; link: HTMLElement } {
	const root = document.body.createDiv();
	const link = root.createEl("a", { cls: LINK_CLASS, text: "LLaMA", attr: { "data-href": "LLaMA" } });
	return { root, link };
}

describe("delegated internal links", () => {
	it("open on click and preview on hover in the main window", () => {
		const h = host();
		const { root, link } = section();
		delegateLinks(root, h.linkHost, "History.md");
		link.dispatchEvent(new MouseEvent("click", { bubbles: true, button: 0 }));
		expect(h.open).toHaveBeenCalledWith("LLaMA", "History.md", false);
		link.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(h.hover).toHaveBeenCalledTimes(1);
		root.remove();
	});

	it("ignore clicks outside the renderer's links", () => {
		const h = host();
		const { root } = section();
		const other = root.createEl("a", { cls: "internal-link", attr: { "data-href": "Other" } });
		delegateLinks(root, h.linkHost, "History.md");
		other.dispatchEvent(new MouseEvent("click", { bubbles: true, button: 0 }));
		expect(h.open).not.toHaveBeenCalled();
		root.remove();
	});
});
