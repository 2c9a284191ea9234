// The Scrapbox renderer on random notation: it never throws, and what it builds
// is never script: no script/iframe/object elements, no on* attributes, no
// href or src outside http(s), obsidian: and vault links.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderScrapbox } from "../../../src/plugin/reading/scrapbox-render";
import type { LinkHost } from "../../../src/plugin/reading/links";

const fragment = fc.constantFrom(
	"\n", " ", "  ", "\t", "\u3000", "[", "]", "[[", "]]", "[* ", "[** ", "[/ ", "[- ", "[_ ", "[!\"#%&'()+,.{|}<>~ ", "[$ ", "`", "> ", "? ", "$ ", "% ", "1. ",
	"#", "#tag", "[/", "/proj/", ".icon", ".icon*3", "*99", "https://", "http://", "javascript:", "JaVaScRiPt:", "data:text/html,", "vbscript:", "obsidian://open",
	"file:///etc/passwd", "gyazo.com/", "0123456789abcdef0123456789abcdef", ".png", ".jpg", "code:", "table:", "code:a.js", "table:t", "N35.1,E139.2,Z14", "S12,W3,Z2",
	"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=//x>", "onclick=", "\" onmouseover=\"x", "&lt;", "\\", "\u0000", "\uD800", "題",
);
const notation = fc.array(fc.oneof(fragment, fc.string({ unit: "binary", maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(""));

const links: LinkHost = {
	resolves: (linktext) => linktext.length % 2 === 0,
	open: () => undefined,
	hover: () => undefined,
	newLeaf: () => false,
};

const SAFE_URL = /^(https?:\/\/|obsidian:\/\/)/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function check(root: HTMLElement): void {
	expect(root.querySelectorAll("script, iframe, object, embed, frame, frameset, link, meta, style, form, input, svg").length).toBe(0);
	for (const el of Array.from(root.querySelectorAll("*"))) {
		for (const attr of Array.from(el.attributes)) {
			expect(attr.name.toLowerCase().startsWith("on")).toBe(false);
			if (attr.name === "href") {
				// External links: http(s) or obsidian. Vault links: no URL scheme at all.
				if (el.classList.contains("internal-link")) expect(SCHEME.test(attr.value)).toBe(false);
				// Tags, as Obsidian draws them: a fragment naming the tag, nothing to follow.
				else if (el.classList.contains("tag")) expect(attr.value).toMatch(/^#[^\s:]+$/u);
				else expect(SAFE_URL.test(attr.value)).toBe(true);
			}
			if (attr.name === "src") expect(/^https?:\/\//i.test(attr.value)).toBe(true);
		}
	}
}

describe("the Scrapbox renderer on random notation", () => {
	it("never throws and never builds anything executable", () => {
		fc.assert(
			fc.property(notation, fc.option(fc.constantFrom("proj", "p r", "日本"), { nil: undefined }), (text, project) => {
				const parent = createDiv();
				const formulas: HTMLElement[] = [];
				const root = renderScrapbox(text, parent, { sourcePath: "Note.md", links, project, formulas });
				check(root);
				for (const formula of formulas) expect(root.contains(formula)).toBe(true);
			}),
			{ numRuns: 1500 },
		);
	});

	it("keeps every character of plain text (nothing is swallowed)", () => {
		const plain = fc.string({ maxLength: 40 }).filter((s) => !/[[\]`#>?$%\n\r\s0-9:]/.test(s) && s !== "");
		fc.assert(
			fc.property(plain, (text) => {
				const root = renderScrapbox(text, createDiv(), { sourcePath: "Note.md", links: null });
				expect(root.textContent).toBe(text);
			}),
			{ numRuns: 500 },
		);
	});
});
