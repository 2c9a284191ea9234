// The timeline pane in headless Chromium on the demo vault: screenshots in
// light and dark, the overview strip, a click that jumps to the source line,
// a canvas export checked against JSON Canvas 1.0, and the time it takes to
// render 2,000 events (written to artifacts/timeline-pane-bench.json; the
// benchmark bench/timeline-pane.bench.ts reports the same measurement).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactsDir, listVault, openHarness, type Harness } from "./helpers";
import { jsonCanvasProblems } from "../plugin/timeline/json-canvas";
import { measurePaneRender } from "./timeline-measure";

const LLM_NOTE = "Open-source LLM history/Open-source LLM history.md";
const PANE = ".workspace-split.mod-right-split .sbl-timeline";
const ROOT = ".workspace-split.mod-root";

async function openPane(h: Harness): Promise<void> {
	expect(await h.page.evaluate(() => window.harness.runCommand("scrapbox-lens:open-timeline"))).toBe(true);
	await h.page.evaluate(() => window.harness.settle());
	await expect.poll(() => h.page.locator(`${PANE} .sbl-tl-event`).count()).toBeGreaterThan(0);
}

const dates = (h: Harness) => h.page.locator(`${PANE} .sbl-tl-event .sbl-tl-date`).allTextContents();

describe("timeline pane on the LLM history note", () => {
	let h: Harness;
	beforeAll(async () => {
		h = await openHarness({ theme: "light" });
	});
	afterAll(async () => h?.close());

	it("shows the ten events beside the note, in light and dark", async () => {
		await h.page.evaluate((path) => window.harness.openNote(path, "preview"), LLM_NOTE);
		await openPane(h);
		expect(await dates(h)).toEqual(["Feb 24, 2023", "Mar 3, 2023", "Mar 10, 2023", "Mar 13, 2023", "Mar 19, 2023", "Mar 25, 2023", "Mar 28, 2023", "Mar 28, 2023", "Apr 3, 2023", "Apr 15, 2023"]);
		expect(await h.page.locator(`${PANE} .sbl-tl-year-label`).allTextContents()).toEqual(["2023"]);
		expect(await h.page.locator(`${PANE} .sbl-tl-month`).allTextContents()).toEqual(["February", "March", "April"]);
		expect(await h.page.locator(`${PANE} .sbl-tl-event`).first().locator("a.internal-link").textContent()).toBe("LLaMA");
		// Open the two events that carry commentary, so the screenshot shows both kinds of detail.
		for (const i of [1, 4]) await h.page.locator(`${PANE} .sbl-tl-event`).nth(i).locator(".sbl-tl-toggle").click();
		expect(await h.page.locator(`${PANE} .sbl-tl-event`).nth(1).locator(".sbl-tl-commentary li").first().textContent()).toContain("The leak changed who could take part.");
		// Clicking scrolled the second card into view; show the history from its start, pointer away.
		await h.page.locator(`${PANE} .sbl-tl-scroll`).evaluate((el) => (el.scrollTop = 0));
		await h.page.mouse.move(600, 400);
		const side = h.page.locator(".workspace-split.mod-right-split");
		await h.screenshot("timeline-light");
		await side.screenshot({ path: join(artifactsDir, "timeline-pane-light.png") });
		await h.page.evaluate(() => window.harness.setTheme("dark"));
		await h.screenshot("timeline-dark");
		await side.screenshot({ path: join(artifactsDir, "timeline-pane-dark.png") });
		await h.page.evaluate(() => window.harness.setTheme("light"));
		// Proportional spacing from the pane's toggle: gaps grow with the days between events.
		await h.page.locator(`${PANE} [aria-label='Proportional spacing']`).click();
		await expect.poll(() => h.page.locator(`${PANE} .sbl-tl-gap`).count()).toBeGreaterThan(0);
		expect(await h.page.locator(`${PANE} .sbl-tl-gap-label`).allTextContents()).toEqual(["12 days"]);
		await h.page.locator(`${PANE} .sbl-tl-scroll`).evaluate((el) => (el.scrollTop = 0));
		await h.page.mouse.move(600, 400);
		await side.screenshot({ path: join(artifactsDir, "timeline-pane-proportional.png") });
		await h.page.locator(`${PANE} [aria-label='Proportional spacing']`).click();
		await expect.poll(() => h.page.locator(`${PANE} .sbl-tl-gap`).count()).toBe(0);
		expect(h.errors).toEqual([]);
	});

	it("draws the overview strip, and jumps the list when it is clicked", async () => {
		const strip = h.page.locator(`${PANE} .sbl-tl-overview`);
		expect(await strip.isVisible()).toBe(true);
		// Feb 24 – Apr 15: one bar per day (51), filled on the 9 days with events.
		expect(await strip.locator(".sbl-tl-bar").count()).toBe(51);
		expect(await strip.locator(".sbl-tl-bar.is-filled").count()).toBe(9);
		expect(await strip.locator(".sbl-tl-tick").allTextContents()).toEqual(["Mar 2023", "Apr"]);
		await strip.screenshot({ path: join(artifactsDir, "timeline-overview.png") });
		const box = await strip.locator(".sbl-tl-bars").boundingBox();
		if (!box) throw new Error("no strip");
		// Click near the end (April): the list scrolls so April's events are at the top.
		await h.page.mouse.click(box.x + box.width * 0.97, box.y + box.height / 2);
		await expect.poll(() => h.page.locator(`${PANE} .sbl-tl-event[tabindex='0'] .sbl-tl-date`).textContent()).toBe("Apr 15, 2023");
		const scrolled = await h.page.locator(`${PANE} .sbl-tl-scroll`).evaluate((el) => el.scrollTop);
		expect(scrolled).toBeGreaterThan(0);
		await h.screenshot("timeline-overview-jump");
		// Drag back to the start.
		await h.page.mouse.move(box.x + box.width * 0.9, box.y + 4);
		await h.page.mouse.down();
		await h.page.mouse.move(box.x + 1, box.y + 4, { steps: 6 });
		await h.page.mouse.up();
		await expect.poll(() => h.page.locator(`${PANE} .sbl-tl-scroll`).evaluate((el) => el.scrollTop)).toBe(0);
		expect(h.errors).toEqual([]);
	});

	it("jumps to the source line when an event is clicked", async () => {
		await h.page.evaluate((path) => window.harness.openNote(path, "source"), LLM_NOTE);
		const card = h.page.locator(`${PANE} .sbl-tl-event`).filter({ hasText: "Alpaca adds instruction tuning" });
		await card.locator(".sbl-tl-title").click();
		await h.page.evaluate(() => window.harness.settle());
		// The dated line is selected in the editor, and on screen.
		const selected = await h.page.evaluate(() => window.getSelection()?.toString() ?? "");
		expect(selected).toBe(">  March 13, 2023 - Alpaca adds instruction tuning");
		const line = h.page.locator(`${ROOT} .cm-line`).filter({ hasText: "March 13, 2023 - Alpaca adds instruction tuning" });
		expect(await line.isVisible()).toBe(true);
		const [lineBox, scroller] = await Promise.all([line.boundingBox(), h.page.locator(`${ROOT} .cm-scroller`).boundingBox()]);
		expect(lineBox && scroller && lineBox.y >= scroller.y && lineBox.y + lineBox.height <= scroller.y + scroller.height).toBe(true);
		await h.screenshot("timeline-jump-to-line");

		// In Reading view the section holding the line flashes.
		await h.page.evaluate((path) => window.harness.openNote(path, "preview"), LLM_NOTE);
		await h.page.locator(`${PANE} .sbl-tl-event`).filter({ hasText: "Open Assistant shares its data" }).locator(".sbl-tl-date").click();
		await expect.poll(() => h.page.locator(`${ROOT} .is-flashing`).textContent()).toContain("April 15, 2023 - Open Assistant shares its data");
		expect(h.errors).toEqual([]);
	});

	it("exports a canvas that is valid JSON Canvas 1.0 and opens it", async () => {
		expect(await h.page.evaluate(() => window.harness.runCommand("scrapbox-lens:export-timeline-canvas"))).toBe(true);
		await h.page.evaluate(() => window.harness.settle());
		const path = "Open-source LLM history/Open-source LLM history timeline.canvas";
		const text = await h.page.evaluate((p) => window.harness.readNote(p), path);
		expect(text).not.toBeNull();
		const doc = JSON.parse(text ?? "") as { nodes: { type: string; text?: string; file?: string; subpath?: string; label?: string }[]; edges: unknown[] };
		const vault = new Set([...(await listVault()), path]);
		expect(jsonCanvasProblems(doc, (p) => vault.has(p))).toEqual([]);
		const cards = doc.nodes.filter((n) => n.type === "text");
		expect(cards).toHaveLength(10);
		expect(cards[0].text?.split("\n")[0]).toBe("**Feb 24, 2023** [[LLaMA]] is released");
		expect(doc.nodes.filter((n) => n.type === "group").map((n) => n.label)).toEqual(["2023"]);
		const fileNodes = doc.nodes.filter((n) => n.type === "file");
		expect(new Set(fileNodes.map((n) => n.file))).toEqual(new Set([LLM_NOTE]));
		// Linked back to the "Timeline" paragraph? No heading above the events in this note: the note itself.
		expect(fileNodes.every((n) => n.subpath === undefined)).toBe(true);
		expect(doc.edges).toHaveLength(10);
		expect(await h.page.evaluate(() => window.harness.notices())).toContain(`Created ${path}.`);
		// Opened in a new tab beside the note.
		expect(await h.page.evaluate(() => window.harness.leaves().filter((l) => l.side === "root").length)).toBe(2);
		expect(h.errors).toEqual([]);
	});
});

describe("timeline pane in Japanese at phone width", () => {
	let h: Harness;
	beforeAll(async () => {
		h = await openHarness({ theme: "light", language: "ja", viewport: { width: 420, height: 860 } });
	});
	afterAll(async () => h?.close());

	it("labels dates in Japanese and stays readable when narrow", async () => {
		await h.page.evaluate((path) => window.harness.openNote(path, "preview"), LLM_NOTE);
		await openPane(h);
		expect((await dates(h)).slice(0, 2)).toEqual(["2023年2月24日", "2023年3月3日"]);
		expect(await h.page.locator(`${PANE} .sbl-tl-month`).allTextContents()).toEqual(["2月", "3月", "4月"]);
		await h.screenshot("timeline-ja-narrow");
		expect(h.errors).toEqual([]);
	});
});

describe("timeline pane with 2,000 events", () => {
	let h: Harness;
	beforeAll(async () => {
		h = await openHarness({ theme: "light" });
	});
	afterAll(async () => h?.close());

	it("renders them all in chunks (timing written to artifacts; see timeline-measure.ts for how)", async () => {
		const figures = await measurePaneRender(h);
		console.log("timeline pane, 2,000 events:", JSON.stringify(figures));
		await mkdir(artifactsDir, { recursive: true });
		await writeFile(join(artifactsDir, "timeline-pane-bench.json"), JSON.stringify(figures, null, 2));
		expect(figures.cards.every((n) => n === 2000)).toBe(true);
		await h.screenshot("timeline-2000");
		expect(h.errors).toEqual([]);
	});
});
