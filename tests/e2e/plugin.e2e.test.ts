// The release main.js in headless Chromium, on the harness page with the demo vault.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openHarness, type Harness } from "./helpers";

const LLM_NOTE = "Open-source LLM history/Open-source LLM history.md";
const RAW_NOTE = "Scrapbox/Reading notes (raw notation).md";
const JOURNAL_NOTE = "Journal/2026-11-20 Weekly review.md";

describe("Scrapbox Lens in the harness", () => {
	let h: Harness;

	beforeAll(async () => {
		h = await openHarness({ theme: "light" });
	});

	afterAll(async () => {
		await h?.close();
	});

	it("loads the release main.js through the require shim", async () => {
		expect(await h.page.evaluate(() => window.harness.pluginLoaded())).toBe(true);
		const commands = await h.page.evaluate(() => window.harness.commandIds());
		expect(commands.every((id) => id.startsWith("scrapbox-lens:"))).toBe(true);
		expect(h.errors).toEqual([]);
	});

	it("renders the LLM history note's quotes and lists in Reading view", async () => {
		await h.page.evaluate((path) => window.harness.openNote(path, "preview"), LLM_NOTE);
		const reading = h.page.locator(".workspace-split.mod-root .workspace-leaf-content[data-type=markdown] .markdown-reading-view");
		await expect.poll(() => reading.locator("blockquote").count()).toBeGreaterThanOrEqual(5);
		expect(await reading.locator(".markdown-preview-sizer > div.el-ul").count()).toBeGreaterThanOrEqual(4);
		expect(await reading.locator("ul > li > ul > li").count()).toBeGreaterThan(0);
		expect(await reading.locator("blockquote a.internal-link[data-href='LLaMA']").count()).toBe(1);
		expect(await reading.locator(".inline-title").textContent()).toBe("Open-source LLM history");
		await h.screenshot("reading-demo-light");
		await h.page.evaluate(() => window.harness.setTheme("dark"));
		await h.screenshot("reading-demo-dark");
		await h.page.evaluate(() => window.harness.setTheme("light"));
		expect(h.errors).toEqual([]);
	});

	it("opens the raw-notation note and the journal note", async () => {
		await h.page.evaluate((path) => window.harness.openNote(path, "preview"), RAW_NOTE);
		const reading = h.page.locator(".workspace-split.mod-root .markdown-reading-view");
		await expect.poll(() => reading.locator(".inline-title").textContent()).toBe("Reading notes (raw notation)");
		expect(await reading.locator("a.tag").allTextContents()).toEqual(["#reading", "#papers"]);
		await h.screenshot("reading-raw-light");

		await h.page.evaluate((path) => window.harness.openNote(path, "preview"), JOURNAL_NOTE);
		await expect.poll(() => reading.locator("h1").first().textContent()).toBe("Weekly review");
		expect(await reading.locator("ol > li").count()).toBe(2);
		expect(await reading.locator("blockquote").count()).toBe(1);
		expect(await reading.locator("a.external-link[href='https://help.obsidian.md']").count()).toBe(1);
		expect(h.errors).toEqual([]);
	});

	it("shows the note in Live Preview with Obsidian's line classes", async () => {
		await h.page.evaluate((path) => window.harness.openNote(path, "live"), LLM_NOTE);
		const editor = h.page.locator(".workspace-split.mod-root .markdown-source-view.is-live-preview .cm-content");
		await expect.poll(() => editor.locator(".cm-line.HyperMD-quote").count()).toBeGreaterThan(5);
		expect(await editor.locator(".cm-line.HyperMD-list-line-2").count()).toBeGreaterThan(0);
		await h.screenshot("live-preview-light");
		expect(h.errors).toEqual([]);
	});

	it("renders the settings tab", async () => {
		const text = await h.page.evaluate(() => window.harness.openSettings());
		expect(text.length).toBeGreaterThan(0);
		const tab = h.page.locator(".modal.mod-settings .vertical-tab-content");
		expect(await tab.locator(".setting-item").count()).toBeGreaterThan(0);
		expect(await tab.locator("select.dropdown").first().inputValue()).toBe("auto");
		await h.screenshot("settings");
		await h.page.evaluate(() => window.harness.closeSettings());
		expect(h.errors).toEqual([]);
	});

	it("lets tests add notes and answer requestUrl", async () => {
		await h.page.evaluate(() => window.harness.createNote("Scratch/New note.md", "> A quote\n- its comment"));
		await h.page.evaluate(() => window.harness.openNote("Scratch/New note.md", "preview"));
		expect(await h.page.locator(".workspace-split.mod-root .markdown-reading-view blockquote").textContent()).toBe("A quote");
		expect(await h.page.evaluate(() => window.harness.readNote("Scratch/New note.md"))).toBe("> A quote\n- its comment");
		expect(await h.page.evaluate(() => window.harness.leaves().filter((l) => l.side === "root").map((l) => l.type))).toEqual(["markdown"]);
		await h.page.evaluate(() => window.harness.setFakeResponses({ "https://example.com/api": { json: { ok: true } } }));
		const answer = await h.page.evaluate(async () => {
			const obsidian = (window as unknown as { require(id: string): { requestUrl(url: string): { json: Promise<unknown> } } }).require("obsidian");
			return obsidian.requestUrl("https://example.com/api").json;
		});
		expect(answer).toEqual({ ok: true });
		expect(await h.page.evaluate(() => window.harness.requestedUrls())).toEqual(["https://example.com/api"]);
		expect(h.errors).toEqual([]);
	});

	it("unloads leaving no listeners or registrations behind", async () => {
		const counts = await h.page.evaluate(() => window.harness.unloadPlugin());
		expect(counts).toEqual(Object.fromEntries(Object.keys(counts).map((k) => [k, 0])));
		expect(await h.page.locator(".status-bar .status-bar-item").count()).toBe(0);
		expect(h.errors).toEqual([]);
	});
});
