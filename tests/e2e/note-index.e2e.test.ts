// The note index in headless Chromium on the demo vault: the status-bar item
// for the active note (flavour, evidence on hover) and the list view opened by
// "Show Scrapbox-flavoured notes", with its counts, filter and click-to-open.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactsDir, openHarness, type Harness } from "./helpers";

const LLM_NOTE = "Open-source LLM history/Open-source LLM history.md";
const JOURNAL_NOTE = "Journal/2026-11-20 Weekly review.md";
const STATUS = ".status-bar .status-bar-item.plugin-scrapbox-lens";
const LIST = ".workspace-split.mod-right-split .sbl-list";
const SIDE = ".workspace-split.mod-right-split";

describe("note index on the demo vault", () => {
	let h: Harness;
	beforeAll(async () => {
		h = await openHarness({ theme: "light" });
	});
	afterAll(async () => h?.close());

	it("names the active note's flavour in the status bar, with the evidence on hover", async () => {
		await h.page.evaluate((path) => window.harness.openNote(path, "preview"), LLM_NOTE);
		await h.page.evaluate(() => window.harness.settle());
		const status = h.page.locator(STATUS).filter({ has: h.page.locator(".sbl-status-dot") });
		await expect.poll(() => status.getAttribute("data-flavour")).toBe("translated");
		expect(await status.isVisible()).toBe(true);
		// The hover text lists the evidence with line numbers.
		expect(await status.getAttribute("aria-label")).toMatch(/line \d+/);
		await h.page.locator(".status-bar").first().screenshot({ path: join(artifactsDir, "note-index-status-bar-light.png") });

		// An ordinary note is not claimed.
		await h.page.evaluate((path) => window.harness.openNote(path, "preview"), JOURNAL_NOTE);
		await h.page.evaluate(() => window.harness.settle());
		await expect.poll(() => status.isVisible()).toBe(false);
		expect(h.errors).toEqual([]);
	});

	it("lists the detected notes by flavour, filters them and opens one on click", async () => {
		await h.page.evaluate((path) => window.harness.openNote(path, "preview"), LLM_NOTE);
		expect(await h.page.evaluate(() => window.harness.runCommand("scrapbox-lens:show-scrapbox-notes"))).toBe(true);
		await h.page.evaluate(() => window.harness.settle());
		await expect.poll(() => h.page.locator(`${LIST} .sbl-list-item`).count()).toBeGreaterThan(0);
		const paths = await h.page.locator(`${LIST} .sbl-list-item`).evaluateAll((items) => items.map((el) => el.getAttribute("data-path")));
		// Every Scrapbox-flavoured note of the demo vault, and not the journal note.
		expect(paths).toEqual(expect.arrayContaining([LLM_NOTE, "Scrapbox/Reading notes (raw notation).md", "lens-demo/オープンソースLLMの歴史.md"]));
		expect(paths).not.toContain(JOURNAL_NOTE);
		const groups = await h.page.locator(`${LIST} .sbl-list-group`).evaluateAll((els) => els.map((el) => el.getAttribute("data-flavour")));
		expect(groups).toEqual(expect.arrayContaining(["raw", "translated"]));

		await h.page.mouse.move(600, 400);
		await h.screenshot("note-index-list-light");
		await h.page.locator(SIDE).screenshot({ path: join(artifactsDir, "note-index-list-pane-light.png") });
		await h.page.evaluate(() => window.harness.setTheme("dark"));
		await h.page.locator(SIDE).screenshot({ path: join(artifactsDir, "note-index-list-pane-dark.png") });
		await h.page.evaluate(() => window.harness.setTheme("light"));

		// The filter narrows the list to matching names.
		await h.page.locator(`${LIST}`).locator("xpath=..").locator(".sbl-list-filter").fill("raw notation");
		await expect.poll(() => h.page.locator(`${LIST} .sbl-list-item`).count()).toBe(1);

		// Click opens the note in the main area.
		await h.page.locator(`${LIST} .sbl-list-item`).first().click();
		await h.page.evaluate(() => window.harness.settle());
		await expect.poll(() => h.page.locator(".workspace-split.mod-root .workspace-leaf.mod-active .inline-title").first().textContent()).toBe("Reading notes (raw notation)");
		expect(h.errors).toEqual([]);
	});
});
