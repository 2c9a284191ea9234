// The provenance card on the demo vault's translated note, light and dark, in
// headless Chromium; its title opens the Japanese original that the demo vault
// holds (found through its scrapbox_url); the side-by-side button and the
// footer command's form.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openHarness, type Harness } from "./helpers";

const NOTE = "Open-source LLM history/Open-source LLM history.md";
const ORIGINAL = "lens-demo/オープンソースLLMの歴史.md";
const ROOT = ".workspace-split.mod-root";

/** The inline titles of the main area's leaves, the active one marked. */
async function rootLeaves(h: Harness): Promise<{ title: string; active: boolean }[]> {
	return h.page.evaluate((root) =>
		Array.from(document.querySelectorAll(`${root} .workspace-leaf`)).map((leaf) => ({
			title: leaf.querySelector(".inline-title")?.textContent ?? "",
			active: leaf.classList.contains("mod-active"),
		})),
	ROOT);
}

describe("provenance card", () => {
	let h: Harness;
	beforeAll(async () => {
		h = await openHarness({ theme: "light" });
	});
	afterAll(async () => h?.close());

	it("draws the footer as a card that links to the original in the vault", async () => {
		await h.page.evaluate((path) => window.harness.openNote(path, "preview"), NOTE);
		const reading = h.page.locator(`${ROOT} .markdown-reading-view`);
		const card = reading.locator(".sbl-provenance-card");
		await expect.poll(() => card.count()).toBe(1);
		expect(await card.locator(".sbl-provenance-summary").textContent()).toBe("Translated from Japanese by DeepL");
		const title = card.locator("a.internal-link.sbl-provenance-title");
		expect(await title.textContent()).toBe("オープンソースLLMの歴史");
		expect(await title.getAttribute("data-href")).toBe("オープンソースLLMの歴史");
		expect(await card.locator(".sbl-provenance-project").textContent()).toBe("lens-demo");
		expect(await card.locator(".sbl-provenance-message a.external-link").getAttribute("href")).toBe("https://example.org/lens-demo");
		// Obsidian's footer paragraph and the rule above it give way to the card.
		expect(await reading.locator("[data-sbl-provenance='footer'] > p").isVisible()).toBe(false);
		expect(await reading.locator("[data-sbl-provenance='separator']").isVisible()).toBe(false);
		// The card's box: inside the readable line width, not touching the text above.
		const box = await card.boundingBox();
		expect(box?.width ?? 0).toBeGreaterThan(300);
		expect(box?.width ?? 0).toBeLessThanOrEqual(700);

		await card.evaluate((el) => el.scrollIntoView({ block: "end" }));
		await h.page.evaluate(() => {
			const scroller = document.querySelector(".workspace-split.mod-root .markdown-preview-view");
			if (scroller) scroller.scrollTop += 40;
		});
		await h.screenshot("provenance-card-light");
		await h.page.evaluate(() => window.harness.setTheme("dark"));
		await h.screenshot("provenance-card-dark");
		await h.page.evaluate(() => window.harness.setTheme("light"));
		expect(h.errors).toEqual([]);
	});

	it("clicking the title opens the original", async () => {
		const title = h.page.locator(`${ROOT} .sbl-provenance-card a.sbl-provenance-title`);
		await title.click();
		await expect.poll(async () => (await rootLeaves(h)).find((leaf) => leaf.active)?.title).toBe("オープンソースLLMの歴史");
		expect(await h.page.locator(`${ROOT} .workspace-leaf.mod-active .markdown-reading-view blockquote`).count()).toBeGreaterThan(0);
		expect(h.errors).toEqual([]);
	});

	it("the side-by-side button opens the original in a split", async () => {
		await h.page.evaluate((path) => window.harness.openNote(path, "preview"), NOTE);
		const button = h.page.locator(`${ROOT} .sbl-provenance-card button.sbl-provenance-split`);
		await expect.poll(() => button.count()).toBe(1);
		await button.click();
		await expect.poll(async () => (await rootLeaves(h)).map((leaf) => leaf.title)).toEqual(["Open-source LLM history", "オープンソースLLMの歴史"]);
		await h.page.evaluate(() => {
			for (const scroller of Array.from(document.querySelectorAll(".workspace-split.mod-root .markdown-preview-view"))) scroller.scrollTop = scroller.scrollHeight;
		});
		await h.screenshot("provenance-side-by-side");
		expect(h.errors).toEqual([]);
	});
});

describe("footer command", () => {
	let h: Harness;
	beforeAll(async () => {
		h = await openHarness({ theme: "dark" });
	});
	afterAll(async () => h?.close());

	it("asks for the original in a small form and writes the footer once", async () => {
		await h.page.evaluate(() => window.harness.createNote("Drafts/Tea.md", "A note I translated from my Japanese notes.\n"));
		await h.page.evaluate(() => window.harness.openNote("Drafts/Tea.md", "preview"));
		expect(await h.page.evaluate(() => window.harness.runCommand("scrapbox-lens:add-provenance-footer"))).toBe(true);
		const form = h.page.locator(".modal.sbl-provenance-modal");
		await expect.poll(() => form.count()).toBe(1);
		await h.page.keyboard.type("https://scrapbox.io/lens-demo/%E3%81%8A%E8%8C%B6");
		await expect.poll(() => form.locator("input[aria-label='Scrapbox project']").inputValue()).toBe("lens-demo");
		await form.locator("input[aria-label='Translation engine']").fill("DeepL");
		await h.screenshot("provenance-form-dark");
		await form.locator("input[aria-label='Translation engine']").press("Enter");
		await expect.poll(() => form.count()).toBe(0);
		await h.page.evaluate(() => window.harness.settle());
		const once = await h.page.evaluate(() => window.harness.readNote("Drafts/Tea.md"));
		expect(once).toContain("\n---\nThis page was translated from Japanese by DeepL. Original: [お茶](https://scrapbox.io/lens-demo/%E3%81%8A%E8%8C%B6)\n");
		expect(once?.startsWith("---\ntranslated_from: https://scrapbox.io/lens-demo/%E3%81%8A%E8%8C%B6\n")).toBe(true);
		await h.page.evaluate(() => window.harness.runCommand("scrapbox-lens:add-provenance-footer"));
		await h.page.evaluate(() => window.harness.settle());
		expect(await h.page.evaluate(() => window.harness.readNote("Drafts/Tea.md"))).toBe(once);
		// The new footer shows as a card, linking to the web page (this original is not in the vault).
		const card = h.page.locator(`${ROOT} .sbl-provenance-card`);
		await expect.poll(() => card.count()).toBe(1);
		expect(await card.locator("a.external-link.sbl-provenance-title").getAttribute("href")).toBe("https://scrapbox.io/lens-demo/%E3%81%8A%E8%8C%B6");
		expect(h.errors).toEqual([]);
		expect(ORIGINAL).toContain("lens-demo/");
	});
});

describe("provenance card in Japanese on a phone-sized window", () => {
	let h: Harness;
	beforeAll(async () => {
		h = await openHarness({ theme: "light", language: "ja", viewport: { width: 390, height: 844 } });
	});
	afterAll(async () => h?.close());

	it("says where the page came from in Japanese and fits the width", async () => {
		await h.page.evaluate((path) => window.harness.openNote(path, "preview"), NOTE);
		const card = h.page.locator(`${ROOT} .sbl-provenance-card`);
		await expect.poll(() => card.count()).toBe(1);
		expect(await card.locator(".sbl-provenance-summary").textContent()).toBe("日本語からDeepLで翻訳");
		expect(await card.locator(".sbl-provenance-label").textContent()).toBe("原文");
		const fits = await card.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= window.innerWidth);
		expect(fits).toBe(true);
		await card.evaluate((el) => el.scrollIntoView({ block: "center" }));
		await h.screenshot("provenance-card-ja-phone");
		expect(h.errors).toEqual([]);
	});
});
