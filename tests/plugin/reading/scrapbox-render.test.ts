// The Scrapbox renderer on its own: units and their lines, links and icons.
import { describe, expect, it } from "vitest";
import { parseUnits, renderScrapbox } from "../../../src/plugin/reading/scrapbox-render";
import type { LinkHost } from "../../../src/plugin/reading/links";

function host(notes: string[]): LinkHost {
	return { resolves: (linktext) => notes.includes(linktext), open: () => undefined, hover: () => undefined, newLeaf: () => false };
}

describe("parseUnits", () => {
	it("gives each line, code block and table the lines it spans", () => {
		const units = parseUnits("Title\nline\ncode:a.js\n x\n  y\ntable:t\n a\tb\nafter", true);
		expect(units.map((u) => [u.block.type, u.from, u.to])).toEqual([
			["title", 0, 0],
			["line", 1, 1],
			["codeBlock", 2, 4],
			["table", 5, 6],
			["line", 7, 7],
		]);
		expect(parseUnits("one\n two", false).map((u) => [u.block.type, u.from, u.to])).toEqual([
			["line", 0, 0],
			["line", 1, 1],
		]);
	});

	it("survives a line too long for the parser's recursion", () => {
		const long = Array.from({ length: 3000 }, (_, i) => `[link ${i}]`).join(" ");
		const units = parseUnits(long, false);
		expect(units).toHaveLength(1);
		const root = renderScrapbox(long, createDiv(), { sourcePath: "n.md", links: null });
		expect(root.querySelectorAll("a.internal-link").length).toBe(3000);
	});
});

describe("renderScrapbox", () => {
	it("links a page by its title, or by the importer's file name for it", () => {
		const root = renderScrapbox("[Plain page] [What: a title?]", createDiv(), { sourcePath: "n.md", links: host(["Plain page", "What a title"]) });
		const links = Array.from(root.querySelectorAll("a.internal-link"));
		expect(links.map((a) => [a.getAttribute("data-href"), a.textContent, a.classList.contains("is-unresolved")])).toEqual([
			["Plain page", "Plain page", false],
			["What a title", "What: a title?", false],
		]);
	});

	it("shows icons as images when the project is known, and as page chips when not", () => {
		const parent = createDiv();
		renderScrapbox("[cat.icon] [/zoo/dog.icon*2]", parent, { sourcePath: "n.md", links: null, project: "pets" });
		const srcs = Array.from(parent.querySelectorAll("img.sbl-icon")).map((img) => img.getAttribute("src"));
		expect(srcs).toEqual(["https://scrapbox.io/api/pages/pets/cat/icon", "https://scrapbox.io/api/pages/zoo/dog/icon", "https://scrapbox.io/api/pages/zoo/dog/icon"]);
		expect(parent.querySelector("img.sbl-icon")?.getAttribute("title")).toBe("cat");
		const chips = renderScrapbox("[cat.icon]", createDiv(), { sourcePath: "n.md", links: null });
		expect(chips.querySelector("a.sbl-icon-chip")?.textContent).toBe("cat");
	});

	it("keeps a runaway icon count bounded", () => {
		const root = renderScrapbox("[x.icon*100000]", createDiv(), { sourcePath: "n.md", links: null });
		expect(root.querySelectorAll(".sbl-icon-chip").length).toBeLessThanOrEqual(100);
	});

	it("links a root link into the vault when it names the note's own project", () => {
		const root = renderScrapbox("[/pets/Cats] [/zoo/Lions]", createDiv(), { sourcePath: "n.md", links: host(["Cats"]), project: "Pets" });
		expect(root.querySelector("a.internal-link")?.getAttribute("data-href")).toBe("Cats");
		expect(root.querySelector("a.external-link")?.getAttribute("href")).toBe("https://scrapbox.io/zoo/Lions");
	});

	it("collects formulas for typesetting and keeps them readable as code", () => {
		const formulas: HTMLElement[] = [];
		const root = renderScrapbox("[$ e^{i\\pi} + 1 = 0]", createDiv(), { sourcePath: "n.md", links: null, formulas });
		expect(formulas).toHaveLength(1);
		expect(root.querySelector(".sbl-sb-formula code")?.textContent).toBe("e^{i\\pi} + 1 = 0");
	});

	it("marks a quote and the deeper lines under it as one unit", () => {
		const root = renderScrapbox(" > quoted\n  my comment\n   deeper\n back out", createDiv(), { sourcePath: "n.md", links: null });
		const lines = Array.from(root.querySelectorAll(".sbl-sb-line"));
		expect(lines.map((l) => [l.classList.contains("sbl-sb-unit-quote"), l.classList.contains("sbl-sb-unit-commentary"), l.getAttribute("data-sbl-unit"), l.getAttribute("data-sbl-depth")])).toEqual([
			[true, false, "0", null],
			[false, true, "0", "0"],
			[false, true, "0", "1"],
			[false, false, null, null],
		]);
	});

	it("keeps markup-looking text as text", () => {
		const root = renderScrapbox("<b>not bold</b> &amp; <script>x</script> **not strong**", createDiv(), { sourcePath: "n.md", links: null });
		expect(root.querySelector("b, script, strong")).toBeNull();
		expect(root.textContent).toBe("<b>not bold</b> &amp; <script>x</script> **not strong**");
	});
});
