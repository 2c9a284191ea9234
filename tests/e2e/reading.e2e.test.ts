// Quote units in Reading view and Live Preview, and the ```scrapbox renderer, in
// headless Chromium on the demo vault, light and dark, desktop and phone width.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openHarness, type Harness } from "./helpers";

const LLM_NOTE = "Open-source LLM history/Open-source LLM history.md";
const SAMPLER_NOTE = "Scrapbox/Notation sampler.md";
const ROOT = ".workspace-split.mod-root";

/** The harness blocks the network; Scrapbox icons and Gyazo thumbnails get small local stand-in pictures. */
const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#6a9f5b"/><circle cx="32" cy="26" r="11" fill="#f3e7c9"/><path d="M12 58c3-14 12-20 20-20s17 6 20 20z" fill="#f3e7c9"/></svg>`;
const PHOTO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450"><defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc4e4"/><stop offset="1" stop-color="#e9f1f7"/></linearGradient></defs><rect width="800" height="450" fill="url(#s)"/><path d="M0 330 C160 260 300 300 420 270 S680 230 800 280 V450 H0z" fill="#7fa86f"/><path d="M0 380 C200 330 380 370 560 340 S760 330 800 350 V450 H0z" fill="#5d8a52"/><circle cx="640" cy="110" r="44" fill="#fbe7a1"/></svg>`;

async function fakeImages(h: Harness): Promise<void> {
	await h.page.route(/^https:\/\/scrapbox\.io\/api\/pages\/.*\/icon$/, (route) => route.fulfill({ contentType: "image/svg+xml", body: ICON_SVG }));
	await h.page.route(/^https:\/\/(i\.)?gyazo\.com\//, (route) => route.fulfill({ contentType: "image/svg+xml", body: PHOTO_SVG }));
}

/** Scrolls the Reading view so that `selector` sits near the top of the pane. */
async function scrollToTop(h: Harness, selector: string, offset = 24): Promise<void> {
	await h.page.evaluate(
		([sel, off]) => {
			const el = document.querySelector(sel as string);
			const scroller = el?.closest(".markdown-preview-view");
			if (!el || !scroller) throw new Error(`nothing at ${String(sel)}`);
			scroller.scrollTop += el.getBoundingClientRect().top - scroller.getBoundingClientRect().top - (off as number);
		},
		[selector, offset],
	);
}

describe("quote units in Reading view", () => {
	let h: Harness;
	beforeAll(async () => {
		h = await openHarness({ theme: "light" });
		await fakeImages(h);
	});
	afterAll(async () => h?.close());

	it("draws each quote with its commentary as one unit", async () => {
		await h.page.evaluate((path) => window.harness.openNote(path, "preview"), LLM_NOTE);
		const reading = h.page.locator(`${ROOT} .markdown-reading-view`);
		await expect.poll(() => reading.locator(".sbl-unit-head").count()).toBe(5);
		// Which list belongs to which quote: every thread sits right after its quote and names the same unit.
		const pairs = await reading.evaluate((root) =>
			Array.from(root.querySelectorAll(".sbl-unit-head[data-sbl-unit]")).map((head) => {
				const unit = head.getAttribute("data-sbl-unit");
				const next = head.nextElementSibling;
				return {
					unit,
					quote: head.querySelector("blockquote")?.textContent?.slice(0, 24),
					thread: next?.matches(`.sbl-thread[data-sbl-unit="${unit}"]`) ? next.querySelector("li")?.textContent?.slice(0, 24) : null,
					controls: head.querySelector("button.sbl-fold-toggle")?.getAttribute("aria-controls") === next?.id,
				};
			}),
		);
		expect(pairs.map((p) => [p.unit, p.quote, p.thread, p.controls])).toEqual([
			["6", "Why it happened so fastC", "LoRA made fine-tuning ch", true],
			["12", "The timelineFeb 24, 2023", "The leak changed who cou", true],
			["21", "March 10, 2023 - llama.c", "Evaluation by a stronger", true],
			["33", "March 25, 2023 - GPT4All", "Cerebras no longer needs", true],
			["40", "March 28, 2023 - LLaMA-A", "Data, not weights, is th", true],
		]);
		expect(await reading.locator("time.sbl-date").count()).toBe(10);
		expect(await reading.locator("time.sbl-date").first().getAttribute("datetime")).toBe("2023-02-24");
		expect(await reading.locator(".sbl-thread ul[data-sbl-depth='2']").count()).toBe(1);
		expect(await reading.locator("img.sbl-gyazo").count()).toBe(1);
		// The timeline part of the note: a heading line, then dated quotes with their threads.
		await scrollToTop(h, `${ROOT} .sbl-unit-head[data-sbl-unit='6'] + .sbl-thread + div`);
		await h.screenshot("reading-quotes-light");
		await h.page.evaluate(() => window.harness.setTheme("dark"));
		await h.screenshot("reading-quotes-dark");
		await h.page.evaluate(() => window.harness.setTheme("light"));
		expect(h.errors).toEqual([]);
	});

	it("folds a quote's commentary from the keyboard", async () => {
		const reading = h.page.locator(`${ROOT} .markdown-reading-view`);
		const toggle = reading.locator(".sbl-unit-head[data-sbl-unit='21'] button.sbl-fold-toggle");
		await toggle.focus();
		await h.page.keyboard.press("Enter");
		await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("false");
		expect(await reading.locator(".sbl-thread[data-sbl-unit='21']").isVisible()).toBe(false);
		expect(await toggle.textContent()).toBe("Show 3 comments");
		await scrollToTop(h, `${ROOT} .sbl-unit-head[data-sbl-unit='21']`);
		await h.screenshot("reading-quotes-folded-light");
		await h.page.keyboard.press("Space");
		await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("true");
		expect(await reading.locator(".sbl-thread[data-sbl-unit='21']").isVisible()).toBe(true);
		expect(h.errors).toEqual([]);
	});

	it("renders a scrapbox code block with every kind of node", async () => {
		await h.page.evaluate((path) => window.harness.openNote(path, "preview"), SAMPLER_NOTE);
		const block = h.page.locator(`${ROOT} .markdown-reading-view .block-language-scrapbox .sbl-scrapbox`);
		await expect.poll(() => block.count()).toBe(1);
		expect(await block.locator("a.internal-link[data-href='Open-source LLM history']:not(.is-unresolved)").count()).toBe(1);
		expect(await block.locator("a.external-link[href='https://example.org/compost']").textContent()).toBe("the city guide");
		expect(await block.locator("img.sbl-icon").count()).toBe(2);
		expect(await block.locator(".sbl-sb-code code").textContent()).toContain("def ratio");
		expect(await block.locator(".sbl-sb-table td").count()).toBe(9);
		expect(await block.locator("time.sbl-date").getAttribute("datetime")).toBe("2024-04-02");
		expect(await block.locator(".sbl-sb-line").last().textContent()).toBe("Translated text can break a bracket: [technium (Tc)");
		// Tall enough for the whole block.
		await h.page.setViewportSize({ width: 1280, height: 1180 });
		await h.screenshot("scrapbox-block-light");
		await h.page.evaluate(() => window.harness.setTheme("dark"));
		await h.screenshot("scrapbox-block-dark");
		await h.page.evaluate(() => window.harness.setTheme("light"));
		await h.page.setViewportSize({ width: 1280, height: 800 });
		expect(h.errors).toEqual([]);
	});
});

describe("quote units in Live Preview", () => {
	let h: Harness;
	beforeAll(async () => {
		h = await openHarness({ theme: "light" });
	});
	afterAll(async () => h?.close());

	it("joins quote and commentary lines and folds the commentary", async () => {
		await h.page.evaluate((path) => window.harness.openNote(path, "live"), LLM_NOTE);
		const editor = h.page.locator(`${ROOT} .markdown-source-view.is-live-preview .cm-content`);
		await expect.poll(() => editor.locator(".cm-line.sbl-lp-unit-head").count()).toBe(5);
		const units = await editor.evaluate((root) => {
			const out: Record<string, { quote: number; comment: number }> = {};
			for (const line of Array.from(root.querySelectorAll(".cm-line[data-sbl-unit]"))) {
				const unit = line.getAttribute("data-sbl-unit") as string;
				out[unit] ??= { quote: 0, comment: 0 };
				if (line.classList.contains("sbl-lp-quote")) out[unit].quote++;
				if (line.classList.contains("sbl-lp-comment")) out[unit].comment++;
			}
			return out;
		});
		expect(units).toEqual({ "6": { quote: 2, comment: 2 }, "12": { quote: 6, comment: 2 }, "21": { quote: 8, comment: 3 }, "33": { quote: 5, comment: 1 }, "40": { quote: 8, comment: 2 } });
		await h.screenshot("live-preview-quotes-light");
		await h.page.evaluate(() => window.harness.setTheme("dark"));
		await h.screenshot("live-preview-quotes-dark");
		await h.page.evaluate(() => window.harness.setTheme("light"));

		const toggle = editor.locator("button.sbl-lp-toggle[data-sbl-unit='21']");
		await toggle.click();
		// Away from the toggle, so the screenshot shows it at rest.
		await h.page.mouse.move(5, 400);
		await expect.poll(() => editor.locator(".cm-line.sbl-lp-comment[data-sbl-unit='21']").count()).toBe(0);
		expect(await editor.locator("button.sbl-lp-toggle[data-sbl-unit='21']").getAttribute("aria-expanded")).toBe("false");
		await h.screenshot("live-preview-quotes-folded-light");
		await editor.locator("button.sbl-lp-toggle[data-sbl-unit='21']").click();
		await expect.poll(() => editor.locator(".cm-line.sbl-lp-comment[data-sbl-unit='21']").count()).toBe(3);
		expect(h.errors).toEqual([]);
	});
});

describe("quote units at phone width", () => {
	let h: Harness;
	beforeAll(async () => {
		h = await openHarness({ theme: "light", viewport: { width: 390, height: 844 } });
		await fakeImages(h);
	});
	afterAll(async () => h?.close());

	it("stays readable in a narrow pane", async () => {
		await h.page.evaluate((path) => window.harness.openNote(path, "preview"), LLM_NOTE);
		const reading = h.page.locator(`${ROOT} .markdown-reading-view`);
		await expect.poll(() => reading.locator(".sbl-unit-head").count()).toBe(5);
		await scrollToTop(h, `${ROOT} .sbl-unit-head[data-sbl-unit='12']`, 12);
		// Nothing in a unit is wider than the pane.
		const overflow = await reading.evaluate((root) => {
			const width = root.getBoundingClientRect().right;
			return Array.from(root.querySelectorAll(".sbl-unit, .sbl-unit *")).filter((el) => el.getBoundingClientRect().right > width + 1).length;
		});
		expect(overflow).toBe(0);
		await h.screenshot("reading-quotes-phone-light");
		expect(h.errors).toEqual([]);
	});
});
