// Date chips on rendered quote paragraphs: where they go, and where they must not.
import { describe, expect, it } from "vitest";
import { addDateChips, datetimeOf } from "../../../src/plugin/reading/date-chips";
import { DomTransaction } from "../../../src/plugin/reading/transaction";
import { parseDatedText } from "../../../src/core/dates";

/** A paragraph built as Obsidian renders a quote: lines joined by <br>, links as <a>. */
function paragraph(...lines: (string | [string, string, string])[]): HTMLElement {
	const p = createEl("p");
	lines.forEach((line, i) => {
		if (i > 0) p.appendChild(createEl("br"));
		if (typeof line === "string") p.appendChild(document.createTextNode(line));
		else {
			const [before, link, after] = line;
			if (before) p.appendChild(document.createTextNode(before));
			const a = createEl("a");
			a.className = "internal-link";
			a.textContent = link;
			p.appendChild(a);
			if (after) p.appendChild(document.createTextNode(after));
		}
	});
	return p;
}

describe("date chips", () => {
	it("wraps a leading date in <time> and the title in bold, keeping the text", () => {
		const p = paragraph("The timeline", ["Feb 24, 2023 - ", "LLaMA", " is released"], "Not dated.");
		const before = p.textContent;
		expect(addDateChips(new DomTransaction(), p)).toBe(1);
		const time = p.querySelector("time.sbl-date") as HTMLElement;
		expect(time.textContent).toBe("Feb 24, 2023");
		expect(time.getAttribute("datetime")).toBe("2023-02-24");
		expect(p.querySelector(".sbl-event-title")?.textContent).toBe("LLaMA is released");
		expect(p.querySelector(".sbl-event-title a.internal-link")?.textContent).toBe("LLaMA");
		expect(p.textContent).toBe(before);
	});

	it("reads Japanese dates, ranges and times", () => {
		const p = paragraph("2025年7月17日(木)〜8月24日(日) 展示", "2020/02/14 08:53 meeting");
		addDateChips(new DomTransaction(), p);
		const times = Array.from(p.querySelectorAll("time"));
		expect(times.map((t) => [t.textContent, t.getAttribute("datetime"), t.getAttribute("data-end")])).toEqual([
			["2025年7月17日(木)〜8月24日(日)", "2025-07-17", "2025-08-24"],
			["2020/02/14 08:53", "2020-02-14T08:53", null],
		]);
	});

	it("wraps a date that is a whole element (a bold or linked date)", () => {
		const p = createEl("p");
		const strong = p.createEl("strong", { text: "March 3, 2023" });
		p.appendText(" - The weights leak");
		addDateChips(new DomTransaction(), p);
		expect(p.querySelector("time")?.firstChild).toBe(strong);
		expect(p.querySelector(".sbl-event-title")?.textContent).toBe("The weights leak");
	});

	it("never cuts an element in two, and leaves a date inside a sentence unbolded", () => {
		const p = paragraph(["", "2024-11-17 notes", " were useful"], "1960年代の話です");
		addDateChips(new DomTransaction(), p);
		// The link holds more than the date: no chip inside it.
		expect(p.querySelector("a time, time a")).toBeNull();
		// A date followed by a particle: chip, but the sentence is not a title.
		const times = Array.from(p.querySelectorAll("time"));
		expect(times.map((t) => t.textContent)).toEqual(["1960年代"]);
		expect(p.querySelector(".sbl-event-title")).toBeNull();
	});

	it("leaves lines that do not start with a date alone", () => {
		const p = paragraph("The next day, Stanford releases Alpaca", "Within a week it leaks", "1,000 users");
		const html = p.innerHTML;
		expect(addDateChips(new DomTransaction(), p)).toBe(0);
		expect(p.innerHTML).toBe(html);
	});

	it("is undone exactly by rolling back", () => {
		const p = paragraph(["Feb 24, 2023 - ", "LLaMA", " is released"]);
		const html = p.innerHTML;
		const tx = new DomTransaction();
		addDateChips(tx, p);
		expect(p.innerHTML).not.toBe(html);
		tx.rollback();
		expect(p.innerHTML).toBe(html);
	});

	it("gives <time> a valid datetime at the stated precision", () => {
		const value = (text: string) => datetimeOf(parseDatedText(text)!.date);
		expect(value("May 2023 x")).toBe("2023-05");
		expect(value("1815年")).toBe("1815");
		expect(value("1960s music")).toBe("1960");
		expect(value("February 24, 2023 06:15 x")).toBe("2023-02-24T06:15");
	});
});
