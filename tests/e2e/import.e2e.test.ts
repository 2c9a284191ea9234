// The import window in headless Chromium with the release main.js: the sample
// export chosen through the system file chooser (Playwright answers it), the
// options, the progress view (held mid-import by the harness) and the summary.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openHarness, repoRoot, type Harness } from "./helpers";

const SAMPLE = join(repoRoot, "examples/sample-export.json");
const MODAL = ".modal.sbl-import-modal";

/** A generated export big enough that the import takes many slices. */
function bigExport(pages: number): string {
	const list = [];
	for (let i = 0; i < pages; i++) {
		list.push({
			title: `Seed packet ${i}`,
			created: 1700000000 + i * 60,
			updated: 1710000000 + i * 60,
			lines: [`Seed packet ${i}`, `Sown with [Seed packet ${(i + 1) % pages}] in bed ${i % 12}.`, ` > Keep the soil moist for ${(i % 9) + 5} days.`, `  #sowing checked [Watering]`],
		});
	}
	return JSON.stringify({ name: "seed-library", displayName: "Seed library", exported: 1710000000, pages: list });
}

describe("the import window in Chromium", () => {
	let h: Harness;

	beforeAll(async () => {
		h = await openHarness({ theme: "light" });
	});

	afterAll(async () => {
		await h?.close();
	});

	async function chooseThroughPicker(path: string): Promise<void> {
		const [chooser] = await Promise.all([h.page.waitForEvent("filechooser"), h.page.locator(`${MODAL} button.sbl-import-choose`).click()]);
		expect(chooser.isMultiple()).toBe(false);
		await chooser.setFiles(path);
	}

	it("chooses the sample export, shows the options, imports, and sums up", async () => {
		expect(await h.page.evaluate(() => window.harness.runCommand("scrapbox-lens:import-scrapbox-export"))).toBe(true);
		await expect.poll(() => h.page.locator(MODAL).count()).toBe(1);
		await chooseThroughPicker(SAMPLE);
		await expect.poll(() => h.page.locator(`${MODAL} .sbl-import-folder input`).inputValue()).toBe("lens-demo");
		expect(await h.page.locator(`${MODAL} .sbl-import-file .setting-item-description`).textContent()).toBe("sample-export.json: 8 pages of lens-demo");
		// The temporary input left the page once the file was read.
		expect(await h.page.locator("input.sbl-import-file-input").count()).toBe(0);
		// A taller window shows every option and the Import button in one picture.
		await h.page.setViewportSize({ width: 1280, height: 1150 });
		await h.screenshot("import-options");
		await h.page.setViewportSize({ width: 1280, height: 800 });

		await h.page.locator(`${MODAL} button.sbl-import-start`).click();
		await expect.poll(() => h.page.locator(`${MODAL} .sbl-import-summary`).count()).toBe(1);
		expect(await h.page.locator(`${MODAL} .sbl-import-count-imported .sbl-import-count-value`).textContent()).toBe("8");
		expect(await h.page.locator(`${MODAL} .sbl-import-count-remaining .sbl-import-count-value`).textContent()).toBe("0");
		await h.screenshot("import-summary");
		const welcome = await h.page.evaluate(() => window.harness.readNote("lens-demo/Welcome to lens-demo.md"));
		expect(welcome).toContain("scrapbox_import_hash");
		expect(welcome).toContain("[[Tomatoes a growing log|Tomatoes: a growing log]]");
		await h.page.locator(`${MODAL} button.sbl-import-close`).click();
		await expect.poll(() => h.page.locator(MODAL).count()).toBe(0);
		expect(h.errors).toEqual([]);
	});

	it("shows a wrong file's message with nothing written", async () => {
		const path = join(tmpdir(), "sbl-not-an-export.json");
		await writeFile(path, JSON.stringify([{ title: "Daily", children: [{ string: "x" }] }]));
		await h.page.evaluate(() => window.harness.runCommand("scrapbox-lens:import-scrapbox-export"));
		await chooseThroughPicker(path);
		await expect.poll(() => h.page.locator(`${MODAL} .sbl-import-error`).textContent()).toContain("Roam Research");
		expect(await h.page.locator(`${MODAL} button.sbl-import-start`).isDisabled()).toBe(true);
		await h.screenshot("import-wrong-file");
		await h.page.keyboard.press("Escape");
		expect(h.errors).toEqual([]);
	});

	it("shows the progress view while a large export imports, then the summary", async () => {
		const path = join(tmpdir(), "sbl-seed-library.json");
		await writeFile(path, bigExport(3000));
		await h.page.evaluate(() => window.harness.runCommand("scrapbox-lens:import-scrapbox-export"));
		await chooseThroughPicker(path);
		await expect.poll(() => h.page.locator(`${MODAL} button.sbl-import-start`).isDisabled()).toBe(false);
		// Hold the import after a few slices, so the view can be looked at mid-way.
		expect(await h.page.evaluate(() => window.harness.holdImport(25))).toBe(true);
		await h.page.locator(`${MODAL} button.sbl-import-start`).click();
		await expect.poll(() => h.page.evaluate(() => window.harness.importHeld()), { timeout: 10000 }).toBe(true);
		expect(await h.page.locator(`${MODAL} .sbl-import-current`).textContent()).toMatch(/^Now: Seed packet \d+$/);
		const figure = async (name: string) => Number((await h.page.locator(`${MODAL} .sbl-import-count-${name} .sbl-import-count-value`).textContent())?.replace(/[^0-9]/g, ""));
		const imported = await figure("imported");
		const remaining = await figure("remaining");
		expect(imported).toBeGreaterThan(0);
		expect(imported + remaining).toBe(3000);
		const width = await h.page.locator(`${MODAL} .setting-progress-bar-inner`).evaluate((el) => (el as HTMLElement).style.width);
		expect(parseFloat(width)).toBeGreaterThan(0);
		expect(parseFloat(width)).toBeLessThan(100);
		await h.screenshot("import-progress");
		await h.page.evaluate(() => window.harness.resumeImport());
		const counts = (await h.page.evaluate(() => window.harness.importFinished())) as { created: number };
		// The summary follows the last page at once.
		expect(counts.created).toBe(3000);
		await expect.poll(() => h.page.locator(`${MODAL} .sbl-import-summary`).count()).toBe(1);
		await h.page.locator(`${MODAL} button.sbl-import-close`).click();
		expect(h.errors).toEqual([]);
	});

	it("looks right in the dark theme too, with a note edited since import left alone and reported", async () => {
		await h.page.evaluate(() => window.harness.setTheme("dark"));
		const edited = `${await h.page.evaluate(() => window.harness.readNote("lens-demo/gardener.md"))}\nA line written in Obsidian.\n`;
		await h.page.evaluate((text) => window.harness.modifyNote("lens-demo/gardener.md", text), edited);
		await h.page.evaluate(() => window.harness.runCommand("scrapbox-lens:import-scrapbox-export"));
		await chooseThroughPicker(SAMPLE);
		await expect.poll(() => h.page.locator(`${MODAL} .sbl-import-folder input`).inputValue()).toBe("lens-demo");
		await h.page.locator(`${MODAL} button.sbl-import-start`).click();
		await expect.poll(() => h.page.locator(`${MODAL} .sbl-import-summary`).count()).toBe(1);
		// The same export again: nothing changes, and the edited note stays as it is.
		expect(await h.page.locator(`${MODAL} .sbl-import-count-imported .sbl-import-count-value`).textContent()).toBe("0");
		expect(await h.page.locator(`${MODAL} .sbl-import-count-skipped .sbl-import-count-value`).textContent()).toBe("8");
		expect(await h.page.locator(`${MODAL} .sbl-import-problems li`).count()).toBe(1);
		expect(await h.page.evaluate(() => window.harness.readNote("lens-demo/gardener.md"))).toBe(edited);
		expect(await h.page.evaluate(() => window.harness.readNote("lens-demo/Scrapbox import report.md"))).toContain("[[lens-demo/gardener|gardener]]");
		await h.screenshot("import-summary-dark");
		await h.page.keyboard.press("Escape");
		await h.page.evaluate(() => window.harness.setTheme("light"));
		expect(h.errors).toEqual([]);
	});
});
