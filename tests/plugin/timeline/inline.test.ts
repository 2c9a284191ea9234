// Event text as DOM: links that work, emphasis, and nothing unsafe.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { renderInline, type InlineContext } from "../../../src/plugin/timeline/inline";

const markdown: InlineContext = { notation: "markdown", resolves: (l) => l !== "Missing" };
const scrapbox: InlineContext = { notation: "scrapbox", resolves: () => true };

function render(source: string, ctx: InlineContext = markdown): HTMLElement {
	const el = createDiv();
	renderInline(el, source, ctx);
	return el;
}

const links = (el: HTMLElement) => Array.from(el.querySelectorAll("a")).map((a) => [a.className, a.getAttribute("data-href") ?? a.getAttribute("href"), a.textContent]);

describe("Markdown titles", () => {
	it("renders wikilinks with aliases, Markdown links to notes and URLs", () => {
		const el = render("[[LLaMA]] meets [[Alpaca|the alpaca]] and [notes](Some%20note.md#Part) via https://example.org/a.");
		expect(el.textContent).toBe("LLaMA meets the alpaca and notes via https://example.org/a.");
		expect(links(el)).toEqual([
			["internal-link", "LLaMA", "LLaMA"],
			["internal-link", "Alpaca", "the alpaca"],
			["internal-link", "Some note#Part", "notes"],
			["external-link", "https://example.org/a", "https://example.org/a"],
		]);
	});

	it("keeps links out of the Tab order when asked", () => {
		expect(render("[[A]] https://x.org", { ...markdown, tabbable: false }).querySelectorAll("a[tabindex='-1']")).toHaveLength(2);
		expect(render("[[A]]").querySelector("a")?.hasAttribute("tabindex")).toBe(false);
	});

	it("copies a context's repeated links from the first, attributes, text and look alike", () => {
		let asked = 0;
		const ctx: InlineContext = { ...markdown, tabbable: false, links: new Map(), resolves: (l) => (asked++, l !== "Missing") };
		const first = render("[[A]] and [[Missing]]", ctx);
		const again = render("[[A]], [[A|alias]] and [[Missing]]", ctx);
		expect(asked).toBe(3);
		expect(links(again)).toEqual([
			["internal-link", "A", "A"],
			["internal-link", "A", "alias"],
			["internal-link is-unresolved", "Missing", "Missing"],
		]);
		const [a, alias, missing] = Array.from(again.querySelectorAll("a"));
		expect(a).not.toBe(first.querySelector("a"));
		expect(a.outerHTML).toBe(first.querySelector("a")?.outerHTML);
		expect(missing.outerHTML).toBe(first.querySelectorAll("a")[1].outerHTML);
		expect(alias.getAttribute("tabindex")).toBe("-1");
	});

	it("dims unresolved links", () => {
		expect(render("[[Missing]]").querySelector("a")?.className).toBe("internal-link is-unresolved");
	});

	it("renders emphasis, code and escapes", () => {
		const el = render("**big** ~~old~~ ==mark== `a<b>` \\[[not a link]]");
		expect(el.querySelector("strong")?.textContent).toBe("big");
		expect(el.querySelector("del")?.textContent).toBe("old");
		expect(el.querySelector("mark")?.textContent).toBe("mark");
		expect(el.querySelector("code")?.textContent).toBe("a<b>");
		expect(el.querySelector("a")).toBeNull();
		expect(el.textContent).toBe("big old mark a<b> [[not a link]]");
	});

	it("shows converted icons by name and never makes HTML from text", () => {
		const el = render("<img src='https://scrapbox.io/api/pages/p/sun/icon' alt='sun.icon' height=\"19.5\"/> and <b onclick=x>bold</b>");
		expect(el.querySelector("img")).toBeNull();
		expect(el.querySelector("b")).toBeNull();
		expect(el.querySelector(".sbl-tl-icon")?.textContent).toBe("sun");
		expect(el.textContent).toBe("sun and <b onclick=x>bold</b>");
	});

	it("gives an internal link no href a browser would read as a URL scheme", () => {
		for (const [source, ctx] of [["[[javascript:alert(1)]]", markdown], ["[javascript:alert(1)]", scrapbox], ["#javascript:alert(1)", scrapbox]] as const) {
			const a = render(source, ctx).querySelector("a.internal-link");
			expect(a?.getAttribute("data-href")).toBe("javascript:alert(1)");
			expect(a?.hasAttribute("href")).toBe(false);
		}
		expect(render("[[Tea]]").querySelector("a")?.getAttribute("href")).toBe("Tea");
	});

	it("never makes a javascript: or other non-web URL clickable", () => {
		const el = render("[click](javascript:alert(1)) [x](data:text/html,hi) [y](obsidian://open)");
		expect(el.querySelectorAll("a")).toHaveLength(0);
		expect(el.textContent).toContain("click");
	});
});

describe("Scrapbox titles", () => {
	it("renders page links, labelled URLs, root links, tags, icons and decorations", () => {
		const el = render("[LLaMA] [Meta https://ai.meta.com] [https://x.org/ X] [/proj/Some page] #tag [sun.icon] [* strong] [[bold]] [- gone] [$ x^2]", scrapbox);
		expect(links(el)).toEqual([
			["internal-link", "LLaMA", "LLaMA"],
			["external-link", "https://ai.meta.com", "Meta"],
			["external-link", "https://x.org/", "X"],
			["external-link", "https://scrapbox.io/proj/Some_page", "/proj/Some page"],
			["internal-link", "tag", "#tag"],
		]);
		expect(el.querySelector(".sbl-tl-icon")?.textContent).toBe("sun");
		expect(Array.from(el.querySelectorAll("strong")).map((s) => s.textContent)).toEqual(["strong", "bold"]);
		expect(el.querySelector("del")?.textContent).toBe("gone");
		expect(el.querySelector("code")?.textContent).toBe("x^2");
	});

	it("does not read a # inside a word as a tag", () => {
		expect(render("C# and F#", scrapbox).querySelector("a")).toBeNull();
	});
});

describe("any text", () => {
	it("keeps every character visible and makes only http(s) links external (property)", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 80 }), fc.boolean(), (source, raw) => {
				const el = render(source, raw ? scrapbox : markdown);
				for (const a of Array.from(el.querySelectorAll("a.external-link"))) expect(a.getAttribute("href")).toMatch(/^https?:\/\//i);
				for (const a of Array.from(el.querySelectorAll("a.internal-link[href]"))) expect(a.getAttribute("href")).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
				expect(el.querySelectorAll("script, img, iframe, style")).toHaveLength(0);
			}),
		);
	});
});
