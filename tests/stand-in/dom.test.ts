import { describe, expect, it, vi } from "vitest";
import "./dom";

describe("DOM helpers", () => {
	it("createEl applies DomElementInfo like Obsidian", () => {
		const parent = createDiv();
		parent.createSpan({ text: "first" });
		const input = parent.createEl("input", { cls: ["a", "b"], type: "text", value: "v", placeholder: "p", title: "t", attr: { "data-x": 1, hidden: null }, prepend: true });
		expect(parent.firstElementChild).toBe(input);
		expect(input.className).toBe("a b");
		expect(input.value).toBe("v");
		expect(input.getAttr("placeholder")).toBe("p");
		expect(input.getAttr("title")).toBe("t");
		expect(input.getAttr("data-x")).toBe("1");
		const a = createEl("a", { href: "https://example.com", text: "x", cls: "one two" });
		expect(a.getAttribute("href")).toBe("https://example.com");
		expect(a.classList.contains("two")).toBe(true);
		expect(a.parentNode).toBeNull();
		const withParent = createDiv({ parent });
		expect(withParent.parentElement).toBe(parent);
		const svg = parent.createSvg("svg", { cls: "icon", attr: { viewBox: "0 0 1 1" } });
		expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
		expect(svg.hasClass("icon")).toBe(true);
	});

	it("text, classes and attributes", () => {
		const el = createDiv("x");
		el.setText("hello");
		el.appendText(" world");
		expect(el.getText()).toBe("hello world");
		const frag = createFragment((f) => f.createEl("b", { text: "bold" }));
		el.setText(frag);
		expect(el.innerHTML).toBe("<b>bold</b>");
		el.addClass("a", "b");
		el.removeClass("a");
		el.toggleClass(["c", "d"], true);
		el.toggleClass("b", false);
		expect(el.className).toBe("x c d");
		el.setAttrs({ role: "button", "aria-hidden": null });
		expect(el.getAttr("role")).toBe("button");
		el.setAttr("role", null);
		expect(el.hasAttribute("role")).toBe(false);
		el.empty();
		expect(el.childNodes.length).toBe(0);
	});

	it("show, hide, isShown, detach, insertAfter, find", () => {
		const parent = document.body.createDiv();
		const child = parent.createDiv({ cls: "c" });
		expect(child.isShown()).toBe(true);
		parent.hide();
		expect(child.isShown()).toBe(false);
		parent.show();
		expect(child.isShown()).toBe(true);
		const other = createDiv({ cls: "o" });
		parent.insertAfter(other, child);
		expect(parent.lastElementChild).toBe(other);
		expect(parent.find(".o")).toBe(other);
		expect(parent.findAll("div")).toHaveLength(2);
		expect(parent.findAllSelf("div")).toHaveLength(3);
		child.detach();
		expect(child.isShown()).toBe(false);
		expect(child.doc).toBe(document);
		expect(child.win).toBe(window);
		expect(child.instanceOf(HTMLDivElement)).toBe(true);
		parent.detach();
	});

	it("on/off delegate to matching descendants", () => {
		const root = document.body.createDiv();
		const item = root.createDiv({ cls: "item" }).createSpan({ text: "x" });
		const listener = vi.fn();
		root.on("click", ".item", listener);
		item.click();
		expect(listener).toHaveBeenCalledTimes(1);
		expect(listener.mock.calls[0][1]).toBe(item.parentElement);
		root.off("click", ".item", listener);
		item.click();
		expect(listener).toHaveBeenCalledTimes(1);
		const click = vi.fn();
		root.onClickEvent(click);
		root.click();
		expect(click).toHaveBeenCalledTimes(1);
		root.detach();
	});

	it("installs Obsidian's array and string extensions without enumerable keys", () => {
		const list = [1, 2, 2, 3];
		expect(list.first()).toBe(1);
		expect(list.last()).toBe(3);
		expect(list.contains(2)).toBe(true);
		expect(list.unique()).toEqual([1, 2, 3]);
		list.remove(2);
		expect(list).toEqual([1, 3]);
		expect(Object.getOwnPropertyDescriptor(Array.prototype, "first")?.enumerable).toBe(false);
		expect(Object.getOwnPropertyDescriptor(String.prototype, "contains")?.enumerable).toBe(false);
		expect("abc".contains("b")).toBe(true);
		expect(Math.clamp(5, 0, 3)).toBe(3);
		expect(activeDocument).toBe(document);
		expect(activeWindow).toBe(window);
	});
});
