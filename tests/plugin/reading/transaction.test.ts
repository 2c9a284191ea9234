import { describe, expect, it } from "vitest";
import { DomTransaction } from "../../../src/plugin/reading/transaction";

describe("DomTransaction", () => {
	it("undoes classes, attributes, inserts, replacements and wraps, newest first", () => {
		const root = createDiv();
		const para = root.createEl("p", { cls: "a", attr: { title: "t" }, text: "one " });
		para.createEl("b", { text: "two" });
		para.appendText(" three");
		root.createEl("ul").createEl("li", { text: "x" });
		const html = root.innerHTML;
		const p = root.querySelector("p") as HTMLElement;
		const tx = new DomTransaction();
		tx.addClass(p, "a", "b");
		tx.setAttr(p, "title", "changed");
		tx.setAttr(p, "data-x", "1");
		tx.insert(createEl("button"), root, root.firstChild);
		const text = p.firstChild as Text;
		const left = document.createTextNode("on");
		const right = document.createTextNode("e ");
		tx.replace(text, [left, right]);
		tx.wrap([right, p.querySelector("b") as Node], createSpan());
		tx.replaceChildren(root.querySelector("ul") as HTMLElement, [createEl("ol")]);
		expect(root.innerHTML).not.toBe(html);
		tx.rollback();
		expect(root.innerHTML).toBe(html);
		expect(tx.size).toBe(0);
	});
});
