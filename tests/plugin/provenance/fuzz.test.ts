// The card's post-processor on arbitrary notes and sections: it never throws,
// never makes an element from note text, and never links anything but
// http(s) URLs and vault notes.
import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { Component } from "obsidian";
import { createApp, destroyApp, type App } from "../../stand-in/testing";
import { DEFAULT_SETTINGS, type ScrapboxLensSettings } from "../../../src/plugin/settings";
import { OriginalIndex } from "../../../src/plugin/provenance/originals";
import { ProvenanceRenderer } from "../../../src/plugin/provenance/processor";
import type { CardActions } from "../../../src/plugin/provenance/card";

let app: App | undefined;
afterEach(() => destroyApp(app));

const pieces = [
	"---",
	"",
	"body text",
	"- item",
	"> quote",
	"This page is auto-translated from [/p/タイトル](https://scrapbox.io/p/%E3%82%BF) using DeepL. Tell me at [x](javascript:alert(1)).",
	"This page is auto-translated from [/p/a(b/c)](https://scrapbox.io/p/a(b/c)) using <b>GPT</b>.",
	"This page is auto-translated from [/p/<img src=x onerror=alert(1)>]",
	"This page is written in English by <script>x</script> and copied from [/p/Q].",
	"This page was translated from Japanese by DeepL. Original: [t](https://scrapbox.io/p/t)",
	"translated_from: javascript:alert(1)",
	"translation_source: <i>x</i>",
	"source_lang: ja",
];

describe("provenance post-processor fuzz", () => {
	it("never throws and keeps note text as text", () => {
		app = createApp({ files: { "p/t.md": "x\n" } });
		const owner = new Component();
		const originals = owner.addChild(new OriginalIndex(app as never));
		owner.load();
		const settings: ScrapboxLensSettings = { ...DEFAULT_SETTINGS, renderScope: "all" };
		const actions: CardActions = { open: () => undefined, hover: () => undefined, openSideBySide: () => undefined, newLeaf: () => false };
		const renderer = new ProvenanceRenderer({ app: app as never, settings: () => settings, originals, isScrapbox: () => true, actions: () => actions, track: () => undefined });
		let withCard = 0;
		const line = fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 60 }));
		fc.assert(
			fc.property(fc.array(line, { maxLength: 12 }), fc.nat(20), fc.nat(20), (lines, a, b) => {
				const text = lines.join("\n");
				const el = createDiv();
				el.createEl("p", { text: "section" });
				const lineStart = Math.min(a, b);
				const lineEnd = Math.max(a, b);
				const ctx = { sourcePath: "note.md", docId: "d", frontmatter: null, getSectionInfo: () => ({ text, lineStart, lineEnd }), addChild: () => undefined };
				expect(() => renderer.process(el, ctx as never)).not.toThrow();
				if (el.querySelector(".sbl-provenance-card")) withCard++;
				for (const bad of Array.from(el.querySelectorAll(".sbl-provenance-card script, .sbl-provenance-card img, .sbl-provenance-card b, .sbl-provenance-card i"))) throw new Error(`made an element: ${bad.outerHTML}`);
				for (const link of Array.from(el.querySelectorAll<HTMLAnchorElement>(".sbl-provenance-card a"))) {
					const href = link.getAttribute("href") ?? "";
					expect(link.matches(".internal-link") || /^https?:\/\//.test(href)).toBe(true);
				}
			}),
			{ numRuns: 400 },
		);
		// The runs did reach the card, not only the early exits.
		expect(withCard).toBeGreaterThan(20);
		renderer.destroy();
		owner.unload();
	});
});
