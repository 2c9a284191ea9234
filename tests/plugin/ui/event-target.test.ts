// The element an event happened on, in any window (see src/plugin/ui/event-target.ts).
import { describe, expect, it } from "vitest";
import { elementOf } from "../../../src/plugin/ui/event-target";

describe("elementOf", () => {
	it("gives an element of the main window", () => {
		const el = createDiv();
		expect(elementOf(el)).toBe(el);
	});

	it("gives an element of a popout window, which `instanceof Element` would refuse", () => {
		// happy-dom's windows share one set of classes, so a popout's element is modelled as what it is to
		// the main window: not an instance of its Element, but answering Obsidian's `instanceOf` for it.
		const popoutElement = { instanceOf: (type: unknown) => type === Element } as unknown as EventTarget;
		expect(popoutElement instanceof Element).toBe(false);
		expect(elementOf(popoutElement)).toBe(popoutElement);
	});

	it("gives null for targets that are not elements", () => {
		expect(elementOf(null)).toBeNull();
		expect(elementOf(window)).toBeNull();
		expect(elementOf(document.createTextNode("text"))).toBeNull();
	});
});
