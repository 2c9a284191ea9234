// What the user sees of the index: the status-bar item, the list view, and
// the command that records the flavour as a property.
import { afterEach, describe, expect, it } from "vitest";
import manifest from "../../../manifest.json";
import { createApp, destroyApp, fileAt, layoutReady, liveNotices, loadPlugin, openNote, runCommand, settle, type App } from "../../stand-in/testing";
import { convertedNote, ordinaryNote, rawNote } from "./fixtures";

// @ts-expect-error TS5097: the .ts extension makes Vite pick the source, not the built main.js.
const { default: ScrapboxLensPlugin } = await import("../../../main.ts");

const files = { "Garden/log.md": convertedNote, "Garden/raw log.md": rawNote, "shopping.md": ordinaryNote };

async function start(language = "en"): Promise<App> {
	const app = createApp({ files, language });
	await loadPlugin(app, ScrapboxLensPlugin, manifest);
	await layoutReady(app);
	return app;
}

describe("status bar", () => {
	let app: App | undefined;
	afterEach(() => destroyApp(app));

	it("shows the active note's flavour with the evidence as a tooltip, and hides for ordinary notes", async () => {
		app = await start();
		const item = app.workspace.statusBarEl.querySelector(".sbl-status") as HTMLElement;
		expect(item).not.toBeNull();
		await openNote(app, "Garden/log.md");
		await settle(app);
		expect(item.isShown()).toBe(true);
		expect(item.getText()).toContain("Converted from Scrapbox");
		expect(item.getAttr("aria-label")).toMatch(/line \d+/);

		await openNote(app, "shopping.md");
		await settle(app);
		expect(item.isShown()).toBe(false);
	});

	it("shows the evidence in Japanese when Obsidian is in Japanese", async () => {
		app = await start("ja");
		const item = app.workspace.statusBarEl.querySelector(".sbl-status") as HTMLElement;
		await openNote(app, "Garden/raw log.md");
		await settle(app);
		expect(item.getText()).toContain("Scrapbox 記法そのまま");
		const tooltip = item.getAttr("aria-label") ?? "";
		expect(tooltip).toContain("Scrapbox 由来と判断した根拠");
		expect(tooltip).toContain("2 行目: Scrapbox の装飾記法 `[* ...]`");
		expect(tooltip).toContain("4 行目: Scrapbox のアイコン記法 `[name.icon]`");
		expect(tooltip).not.toMatch(/at line/);
	});
});

describe("list of Scrapbox-flavoured notes", () => {
	let app: App | undefined;
	afterEach(() => destroyApp(app));

	it("opens from its command in the right sidebar, with counts, a filter and keyboard opening", async () => {
		app = await start();
		expect(runCommand(app, "scrapbox-lens:show-scrapbox-notes")).toBe(true);
		await settle(app);
		const view = document.querySelector(".sbl-list-view") as HTMLElement;
		expect(view).not.toBeNull();
		expect(view.closest(".mod-right-split")).not.toBeNull();
		const chips = Array.from(view.querySelectorAll(".sbl-chip")).map((c) => c.textContent);
		expect(chips).toEqual(["All 2", "Raw Scrapbox notation 1", "Converted from Scrapbox 1", "Translated Scrapbox page 0"]);
		const paths = () => Array.from(view.querySelectorAll<HTMLElement>(".sbl-list-item")).map((i) => i.dataset.path);
		expect(paths()).toEqual(["Garden/raw log.md", "Garden/log.md"]);

		const filter = view.querySelector("input.sbl-list-filter") as HTMLInputElement;
		filter.value = "raw";
		filter.dispatchEvent(new Event("input"));
		await new Promise((r) => setTimeout(r, 200));
		expect(paths()).toEqual(["Garden/raw log.md"]);

		const item = view.querySelector(".sbl-list-item") as HTMLElement;
		item.focus();
		item.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await settle(app);
		expect(app.workspace.getActiveFile()?.path).toBe("Garden/raw log.md");
	});

	it("records the flavour as a property only when asked, and only where missing", async () => {
		app = await start();
		expect(runCommand(app, "scrapbox-lens:write-scrapbox-property")).toBe(true);
		const modal = document.querySelector(".sbl-batch-modal") as HTMLElement;
		expect(modal.textContent).toContain("2 detected notes");
		(modal.querySelector("button.mod-cta") as HTMLButtonElement).click();
		await settle(app);
		expect(modal.querySelector(".sbl-batch-summary")?.textContent).toContain("2");
		expect(app.metadataCache.getFileCache(fileAt(app, "Garden/log.md"))?.frontmatter?.scrapbox).toBe("converted");
		expect(app.metadataCache.getFileCache(fileAt(app, "Garden/raw log.md"))?.frontmatter?.scrapbox).toBe("raw");
		expect(await app.vault.read(fileAt(app, "shopping.md"))).toBe(ordinaryNote);

		(modal.querySelector("button.mod-cta") as HTMLButtonElement).click();
		expect(runCommand(app, "scrapbox-lens:write-scrapbox-property")).toBe(true);
		expect(liveNotices()).toContain("No detected notes need the property.");
	});
});
