// The footer command (one note, with and without the form; a folder, with
// Stop), "Open original side by side", and the settings section.
import { afterEach, describe, expect, it } from "vitest";
import manifest from "../../../manifest.json";
import {
	closeSettings,
	createApp,
	destroyApp,
	fileAt,
	folderAt,
	layoutReady,
	liveNotices,
	loadPlugin,
	menuTitles,
	openFileMenu,
	openNote,
	openSettingTab,
	runCommand,
	settle,
	type App,
} from "../../stand-in/testing";
import { parseFooter } from "../../../src/core/provenance";
import { brokenFooterNote, elsewhereFooterNote, markdownFooterNote, ordinaryNote, originals, propertiesOnlyNote, TEA_URL } from "./fixtures";

// @ts-expect-error TS5097: the .ts extension makes Vite pick the source, not the built main.js.
const { default: ScrapboxLensPlugin } = await import("../../../main.ts");

let app: App | undefined;
afterEach(() => destroyApp(app));

async function start(files: Record<string, string>, settings?: Record<string, unknown>): Promise<App> {
	app = createApp({ files: { ...originals, ...files }, pluginData: settings ? { [manifest.id]: { settings } } : undefined });
	await loadPlugin(app, ScrapboxLensPlugin, manifest);
	await layoutReady(app);
	return app;
}

const text = (a: App, path: string) => a.vault.read(fileAt(a, path));
const modal = () => document.querySelector<HTMLElement>(".modal-container .sbl-provenance-modal");
const footers = (note: string) => note.split("\n").filter((line) => parseFooter(line + "\n") !== null || /^This page (is|was) /.test(line));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types into a text field of the open form, found by its setting name. */
function type(name: string, value: string): void {
	const item = Array.from(modal()?.querySelectorAll<HTMLElement>(".setting-item") ?? []).find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	const input = item?.querySelector<HTMLInputElement>("input");
	if (!input) throw new Error(`no field ${name}`);
	input.value = value;
	input.dispatchEvent(new Event("input", { bubbles: true }));
}

function press(key: string, target: Element): void {
	target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
}

describe("Add translation provenance footer: one note", () => {
	it("writes the footer and properties from an old footer, keeps the thanks sentence, and is idempotent", async () => {
		const a = await start({ "en/Tea.md": markdownFooterNote });
		await openNote(a, "en/Tea.md", "source");
		expect(runCommand(a, "scrapbox-lens:add-provenance-footer")).toBe(true);
		await settle(a);
		expect(modal()).toBeNull();
		const once = await text(a, "en/Tea.md");
		expect(once).toContain(`\n\n---\nThis page was translated from Japanese by DeepL. Original: [お茶の話](${TEA_URL})\nIf something here reads oddly, tell me at [@tea_notes](https://example.org/tea) and I will fix it. Thanks for reading.\n`);
		expect(once).not.toContain("auto-translated");
		expect(once.startsWith(`---\ntranslated_from: ${TEA_URL}\ntranslation_source: お茶の話\nsource_lang: ja\ntranslation_engine: DeepL\n---\n`)).toBe(true);
		expect(liveNotices()).toContain("Wrote the provenance footer and properties.");

		expect(runCommand(a, "scrapbox-lens:add-provenance-footer")).toBe(true);
		await settle(a);
		expect(await text(a, "en/Tea.md")).toBe(once);
		expect(footers(once)).toHaveLength(1);
		expect(liveNotices()).toContain("The footer and properties were already up to date.");
	});

	it("repairs a broken-parenthesis footer with an encoded link", async () => {
		const a = await start({ "en/Deciding.md": brokenFooterNote });
		await openNote(a, "en/Deciding.md", "source");
		runCommand(a, "scrapbox-lens:add-provenance-footer");
		await settle(a);
		const note = await text(a, "en/Deciding.md");
		expect(note).toContain("Original: [決め方の(質/速さ)](https://scrapbox.io/teahouse/%E6%B1%BA%E3%82%81%E6%96%B9%E3%81%AE%28%E8%B3%AA%2F%E9%80%9F%E3%81%95%29)");
		// A blank line before the rule: the paragraph above is no longer a setext heading.
		expect(note).toContain("pull against each other.\n\n---\n");
		expect(parseFooter(note)?.sourceTitle).toBe("決め方の(質/速さ)");
	});

	it("writes from properties alone", async () => {
		const a = await start({ "en/Steeping.md": propertiesOnlyNote });
		await openNote(a, "en/Steeping.md", "source");
		runCommand(a, "scrapbox-lens:add-provenance-footer");
		await settle(a);
		const note = await text(a, "en/Steeping.md");
		expect(note.endsWith("- Hotter water for darker tea.\n\n---\nThis page was translated from Japanese by DeepL. Original: [淹れ方](https://scrapbox.io/teahouse/%E6%B7%B9%E3%82%8C%E6%96%B9)\n")).toBe(true);
		// Properties were complete; the date is kept as it was.
		expect(note).toContain("translated_at: 2024-05-01T09:30:00\n");
	});

	it("asks for what is missing in a form that works from the keyboard; running again changes nothing", async () => {
		const a = await start({ "en/Plain.md": "A note I translated by hand.\n" }, { defaultEngine: "DeepL" });
		await openNote(a, "en/Plain.md", "source");
		runCommand(a, "scrapbox-lens:add-provenance-footer");
		await settle(a);
		expect(modal()).not.toBeNull();
		// The first empty field has the focus; the engine is suggested from the settings.
		expect(document.activeElement?.getAttribute("aria-label")).toBe("Original URL");
		const engine = Array.from(modal()?.querySelectorAll("input") ?? []).find((i) => i.getAttribute("aria-label") === "Translation engine");
		expect(engine?.value).toBe("DeepL");

		// Enter with nothing to go on: an inline message, the form stays.
		press("Enter", document.activeElement as Element);
		expect(modal()?.querySelector("[role=alert]")?.textContent).toBe("Give the original's URL, or its project and title.");

		type("Original URL", "https://scrapbox.io/teahouse/%E3%81%8A%E8%8C%B6%E3%81%AE%E8%A9%B1");
		const project = Array.from(modal()?.querySelectorAll("input") ?? []).find((i) => i.getAttribute("aria-label") === "Scrapbox project");
		expect(project?.value).toBe("teahouse");
		expect(modal()?.querySelector("select")?.value).toBe("ja");
		press("Enter", document.activeElement as Element);
		await settle(a);
		expect(modal()).toBeNull();
		const once = await text(a, "en/Plain.md");
		expect(once).toBe(
			`---\ntranslated_from: ${TEA_URL}\ntranslation_source: お茶の話\nsource_lang: ja\ntranslation_engine: DeepL\n---\nA note I translated by hand.\n\n---\nThis page was translated from Japanese by DeepL. Original: [お茶の話](${TEA_URL})\n`,
		);

		runCommand(a, "scrapbox-lens:add-provenance-footer");
		await settle(a);
		expect(modal()).toBeNull();
		expect(await text(a, "en/Plain.md")).toBe(once);
	});

	it("Escape closes the form and writes nothing", async () => {
		const a = await start({ "en/Plain.md": "Plain.\n" });
		await openNote(a, "en/Plain.md", "source");
		runCommand(a, "scrapbox-lens:add-provenance-footer");
		await settle(a);
		press("Escape", document.activeElement ?? document.body);
		await settle(a);
		expect(modal()).toBeNull();
		expect(await text(a, "en/Plain.md")).toBe("Plain.\n");
	});

	it("writes in Japanese with the user's template when asked to", async () => {
		const a = await start({ "en/Tea.md": markdownFooterNote }, { footerLanguage: "ja", footerTemplateJa: "{?engine:{engine}による}翻訳。原文: {sourceLink}" });
		await openNote(a, "en/Tea.md", "source");
		runCommand(a, "scrapbox-lens:add-provenance-footer");
		await settle(a);
		const note = await text(a, "en/Tea.md");
		expect(note).toContain(`\n---\nDeepLによる翻訳。原文: [お茶の話](${TEA_URL})\n`);
		runCommand(a, "scrapbox-lens:add-provenance-footer");
		await settle(a);
		expect(await text(a, "en/Tea.md")).toBe(note);
	});

	it("is not offered without an active note", async () => {
		const a = await start({});
		expect(runCommand(a, "scrapbox-lens:add-provenance-footer")).toBe(false);
		expect(runCommand(a, "scrapbox-lens:open-original-side-by-side")).toBe(false);
	});
});

describe("Add translation provenance footers: a folder", () => {
	const many = (n: number) => {
		const files: Record<string, string> = {};
		for (let i = 0; i < n; i++) files[`en/Note ${String(i).padStart(3, "0")}.md`] = markdownFooterNote;
		files["en/Shopping.md"] = ordinaryNote;
		return files;
	};

	it("offers itself on folders in the file menu, counts first, shows progress, and stops between notes", async () => {
		const a = await start(many(40));
		const menu = openFileMenu(a, folderAt(a, "en"));
		expect(menuTitles(menu)).toContain("Add translation provenance footers");
		(Array.from(menu.dom.querySelectorAll<HTMLElement>(".menu-item")).find((el) => el.textContent === "Add translation provenance footers") as HTMLElement).click();
		await settle(a);
		const batch = document.querySelector<HTMLElement>(".modal-container .sbl-batch-modal") as HTMLElement;
		expect(batch.querySelector("p")?.textContent).toBe('40 of 41 notes in "en" will get a provenance footer and properties. Notes that do not name their original are left alone.');
		(batch.querySelector("button.mod-cta") as HTMLElement).click();
		// The run has begun and waits on the first note: Stop now.
		(batch.querySelector("button.mod-warning") as HTMLElement).click();
		await settle(a);
		const summary = batch.querySelector(".sbl-batch-summary")?.textContent ?? "";
		const done = Number(/Footers written before stopping: (\d+)/.exec(summary)?.[1]);
		expect(done).toBeGreaterThanOrEqual(1);
		expect(done).toBeLessThan(40);
		const notes = await Promise.all(Object.keys(many(40)).filter((p) => p !== "en/Shopping.md").map((p) => text(a, p)));
		expect(notes.filter((n) => n.includes("This page was translated"))).toHaveLength(done);
		// No note is half-written: each has either the old footer or the new one with its properties.
		for (const n of notes) expect(n.includes("This page was translated") === n.startsWith("---\ntranslated_from:")).toBe(true);
		(batch.querySelector("button.mod-cta") as HTMLElement).click();
	});

	it("from the command: a folder picker, then all notes; a second run finds nothing to do", async () => {
		const a = await start(many(5));
		runCommand(a, "scrapbox-lens:add-provenance-footers-in-folder");
		await settle(a);
		const input = document.querySelector<HTMLInputElement>(".modal-container .prompt-input") as HTMLInputElement;
		input.value = "en";
		input.dispatchEvent(new Event("input", { bubbles: true }));
		await settle(a);
		press("Enter", input);
		await settle(a);
		const batch = document.querySelector<HTMLElement>(".modal-container .sbl-batch-modal") as HTMLElement;
		(batch.querySelector("button.mod-cta") as HTMLElement).click();
		await settle(a);
		expect(batch.querySelector(".sbl-batch-summary")?.textContent).toBe("Footers written: 5. Already up to date: 0.");
		(batch.querySelector("button.mod-cta") as HTMLElement).click();
		expect(await text(a, "en/Shopping.md")).toBe(ordinaryNote);

		const menu = openFileMenu(a, folderAt(a, "en"));
		(Array.from(menu.dom.querySelectorAll<HTMLElement>(".menu-item")).find((el) => el.textContent === "Add translation provenance footers") as HTMLElement).click();
		await settle(a);
		expect(document.querySelector(".sbl-batch-modal")).toBeNull();
		expect(liveNotices()).toContain('No note in "en" needs a provenance footer.');
	});
});

describe("Open original side by side", () => {
	it("opens the original in a split next to the note, in the same mode", async () => {
		const a = await start({ "en/Tea.md": markdownFooterNote });
		const view = await openNote(a, "en/Tea.md", "preview");
		await settle(a);
		expect(runCommand(a, "scrapbox-lens:open-original-side-by-side")).toBe(true);
		await settle(a);
		const leaves: { path: string | undefined; mode: string | undefined }[] = [];
		a.workspace.iterateRootLeaves((leaf) => {
			const v = leaf.view as { file?: { path: string } | null; getMode?: () => string };
			leaves.push({ path: v.file?.path, mode: v.getMode?.() });
		});
		expect(leaves).toEqual([
			{ path: "en/Tea.md", mode: "preview" },
			{ path: "teahouse/お茶の話.md", mode: "preview" },
		]);
		expect(a.workspace.getActiveFile()?.path).toBe("teahouse/お茶の話.md");
		// The card's button does the same.
		a.workspace.setActiveLeaf(view.leaf, { focus: true });
		(view.previewMode.sizerEl.querySelector("button.sbl-provenance-split") as HTMLElement).click();
		await settle(a);
		let count = 0;
		a.workspace.iterateRootLeaves(() => void count++);
		expect(count).toBe(3);
	});

	it("offers the web page when the original is not in the vault, as an http(s) link only", async () => {
		const a = await start({ "en/Elsewhere.md": elsewhereFooterNote });
		await openNote(a, "en/Elsewhere.md", "source");
		runCommand(a, "scrapbox-lens:open-original-side-by-side");
		await settle(a);
		const notice = Array.from(document.querySelectorAll<HTMLElement>(".notice")).find((n) => n.textContent?.includes("is not in this vault")) as HTMLElement;
		expect(notice.textContent).toContain('The original, "よそのページ", is not in this vault.');
		const link = notice.querySelector("a.external-link");
		expect(link?.getAttribute("href")).toBe("https://scrapbox.io/other-project/%E3%82%88%E3%81%9D%E3%81%AE%E3%83%9A%E3%83%BC%E3%82%B8");
		let count = 0;
		a.workspace.iterateRootLeaves(() => void count++);
		expect(count).toBe(1);
	});

	it("says so when the note has no provenance", async () => {
		const a = await start({ "Shopping.md": ordinaryNote });
		await openNote(a, "Shopping.md", "source");
		runCommand(a, "scrapbox-lens:open-original-side-by-side");
		await settle(a);
		expect(liveNotices()).toContain("This note does not say where it was translated from.");
	});
});

describe("settings section", () => {
	it("validates templates inline and saves only valid ones", async () => {
		const a = await start({});
		const tab = openSettingTab(a, manifest.id);
		const setting = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".sbl-footer-template-setting"))[0];
		expect(setting.querySelector(".setting-item-name")?.textContent).toBe("Footer template in English");
		const area = setting.querySelector("textarea") as HTMLTextAreaElement;
		expect(area.value).toBe("This page was translated{?language: from {language}}{?engine: by {engine}}. Original: {sourceLink}");
		const error = setting.querySelector(".sbl-footer-template-error") as HTMLElement;
		expect(error.textContent).toBe("");

		area.value = "Translated by {engine}.";
		area.dispatchEvent(new Event("input", { bubbles: true }));
		await wait(0);
		expect(error.textContent).toContain("needs {sourceLink} or {sourceUrl}");
		expect(area.getAttribute("aria-invalid")).toBe("true");
		const plugin = a.plugins.getPlugin(manifest.id) as { settings: Record<string, unknown> };
		expect(plugin.settings.footerTemplateEn).toBe("");

		area.value = "From {sourceLink}{?engine: via {engine}}";
		area.dispatchEvent(new Event("input", { bubbles: true }));
		await wait(0);
		expect(error.textContent).toBe("");
		expect(plugin.settings.footerTemplateEn).toBe("From {sourceLink}{?engine: via {engine}}");

		(setting.querySelector(".extra-setting-button, .clickable-icon") as HTMLElement).click();
		await wait(0);
		expect(plugin.settings.footerTemplateEn).toBe("");
		expect(area.value).toContain("This page was translated");
		const names = Array.from(tab.containerEl.querySelectorAll(".setting-item-name")).map((el) => el.textContent);
		expect(names).toEqual(expect.arrayContaining(["Translation provenance", "Provenance card", "Footer language", "Footer template in Japanese", "Default translation engine"]));
		closeSettings(a);
	});
});
