// The provenance card in the stand-in's Reading view, with the real plugin
// loaded: every footer form, vault and web links, properties-only notes,
// refresh, settings, and unloading.
import { afterEach, describe, expect, it } from "vitest";
import manifest from "../../../manifest.json";
import { createApp, destroyApp, fileAt, layoutReady, listenerCounts, loadPlugin, openNote, settle, totalListeners, unloadPlugin, type App } from "../../stand-in/testing";
import type { MarkdownView } from "../../stand-in/obsidian";
import {
	brokenFooterNote,
	CUSTOM_TEMPLATE,
	customFooterNote,
	cutOffFooterNote,
	elsewhereFooterNote,
	markdownFooterNote,
	ordinaryNote,
	originals,
	propertiesOnlyNote,
	rawFooterNote,
	TEA_URL,
	writtenInEnglishNote,
} from "./fixtures";

// @ts-expect-error TS5097: the .ts extension makes Vite pick the source, not the built main.js.
const { default: ScrapboxLensPlugin } = await import("../../../main.ts");

let app: App | undefined;
afterEach(() => destroyApp(app));

async function open(files: Record<string, string>, path: string, settings?: Record<string, unknown>): Promise<{ view: MarkdownView; plugin: unknown }> {
	app = createApp({ files: { ...originals, ...files }, pluginData: settings ? { [manifest.id]: { settings } } : undefined });
	const plugin = await loadPlugin(app, ScrapboxLensPlugin, manifest);
	await layoutReady(app);
	const view = await openNote(app, path, "preview");
	await settle(app);
	return { view, plugin };
}

const sizer = (view: MarkdownView) => view.previewMode.sizerEl;
const cards = (view: MarkdownView) => Array.from(sizer(view).querySelectorAll<HTMLElement>(".sbl-provenance-card"));

function read(card: HTMLElement) {
	const title = card.querySelector<HTMLAnchorElement>(".sbl-provenance-title");
	return {
		summary: card.querySelector(".sbl-provenance-summary")?.textContent,
		title: title?.textContent,
		internal: title?.matches("a.internal-link") ?? false,
		dataHref: title?.getAttribute("data-href") ?? null,
		href: title?.getAttribute("href") ?? null,
		project: card.querySelector(".sbl-provenance-project")?.textContent ?? null,
		message: card.querySelector(".sbl-provenance-message")?.textContent ?? null,
		form: card.getAttribute("data-sbl-form"),
	};
}

describe("provenance card for each footer form", () => {
	it("Markdown footer: summary, in-vault link through scrapbox_url, quieter message; the paragraph and the rule are hidden by the card", async () => {
		const { view } = await open({ "en/Tea.md": markdownFooterNote }, "en/Tea.md");
		const [card] = cards(view);
		expect(cards(view)).toHaveLength(1);
		expect(read(card)).toEqual({
			summary: "Translated from Japanese by DeepL",
			title: "お茶の話",
			internal: true,
			dataHref: "お茶の話",
			href: "お茶の話",
			project: "teahouse",
			message: "If something here reads oddly, tell me at @tea_notes and I will fix it. Thanks for reading.",
			form: "auto-translated",
		});
		// The message keeps its link, as an external link to http(s) only.
		const contact = card.querySelector<HTMLAnchorElement>(".sbl-provenance-message a");
		expect(contact?.matches("a.external-link")).toBe(true);
		expect(contact?.getAttribute("href")).toBe("https://example.org/tea");
		// The footer section holds Obsidian's paragraph (kept, hidden by CSS while the card is there) and the card.
		const section = card.parentElement as HTMLElement;
		expect(section.getAttribute("data-sbl-provenance")).toBe("footer");
		expect(section.querySelector(":scope > p")?.textContent).toContain("auto-translated");
		const hr = sizer(view).querySelector(".el-hr") as HTMLElement;
		expect(hr.getAttribute("data-sbl-provenance")).toBe("separator");
		// A side-by-side button, because the original is here.
		expect(card.querySelector("button.sbl-provenance-split")?.getAttribute("aria-label")).toBe("Open side by side");
	});

	it("raw Scrapbox footer: engine from the footer, language from the title's script", async () => {
		const { view } = await open({ "en/Tea raw.md": rawFooterNote }, "en/Tea raw.md");
		const [card] = cards(view);
		expect(read(card)).toMatchObject({ summary: "Translated from Japanese by GPT-3.5", title: "お茶の話", internal: true, message: null });
		expect(sizer(view).querySelector(".el-hr")?.getAttribute("data-sbl-provenance")).toBe("separator");
	});

	it("broken-parenthesis footer: the whole title is recovered and found through its project folder; the setext heading above is left alone", async () => {
		const { view } = await open({ "en/Deciding.md": brokenFooterNote }, "en/Deciding.md");
		const [card] = cards(view);
		expect(read(card)).toMatchObject({ summary: "Translated from Japanese by DeepL", title: "決め方の(質/速さ)", internal: true, dataHref: "決め方の(質／速さ)" });
		expect(card.getAttribute("data-sbl-repaired")).toBe("true");
		const heading = sizer(view).querySelector(".el-h2") as HTMLElement;
		expect(heading.textContent).toContain("Deciding fast");
		expect(heading.hasAttribute("data-sbl-provenance")).toBe(false);
	});

	it("cut-off footer: no engine, no message", async () => {
		const { view } = await open({ "en/Tea cut.md": cutOffFooterNote }, "en/Tea cut.md");
		expect(read(cards(view)[0])).toMatchObject({ summary: "Translated from Japanese", title: "お茶の話", internal: true, message: null });
	});

	it("written in English: says who wrote it, links the original by title in its project folder", async () => {
		const { view } = await open({ "en/Tea ceremony.md": writtenInEnglishNote }, "en/Tea ceremony.md");
		expect(read(cards(view)[0])).toMatchObject({ summary: "Written in English by Hana", title: "Tea ceremony", internal: true, dataHref: "teahouse/Tea ceremony", form: "copied" });
	});

	it("the user's own template is read back", async () => {
		const { view } = await open({ "en/Tea custom.md": customFooterNote }, "en/Tea custom.md", { footerTemplateEn: CUSTOM_TEMPLATE });
		expect(read(cards(view)[0])).toMatchObject({ summary: "Translated from Japanese by DeepL", title: "お茶の話", internal: true, form: "lens" });
	});

	it("original not in the vault: an external link to the scrapbox.io page, and no side-by-side button", async () => {
		const { view } = await open({ "en/Elsewhere.md": elsewhereFooterNote }, "en/Elsewhere.md");
		const [card] = cards(view);
		expect(read(card)).toMatchObject({ title: "よそのページ", internal: false, dataHref: null, href: "https://scrapbox.io/other-project/%E3%82%88%E3%81%9D%E3%81%AE%E3%83%9A%E3%83%BC%E3%82%B8" });
		expect(card.querySelector(".sbl-provenance-title")?.matches("a.external-link[target=_blank][rel~=noopener]")).toBe(true);
		expect(card.querySelector("button.sbl-provenance-split")).toBeNull();
	});

	it("shows the card in Japanese when the interface is Japanese", async () => {
		const { view } = await open({ "en/Tea.md": markdownFooterNote }, "en/Tea.md", { language: "ja" });
		expect(read(cards(view)[0]).summary).toBe("日本語からDeepLで翻訳");
	});
});

describe("links in the card", () => {
	it("a click opens the original through the workspace; the card's own handler stops Obsidian's", async () => {
		const { view } = await open({ "en/Tea.md": markdownFooterNote }, "en/Tea.md");
		const title = cards(view)[0].querySelector(".sbl-provenance-title") as HTMLElement;
		const opened: unknown[] = [];
		const a = app as App;
		const original = a.workspace.openLinkText.bind(a.workspace);
		a.workspace.openLinkText = async (...args: Parameters<typeof original>) => {
			opened.push(args.slice(0, 3));
			return original(...args);
		};
		let bubbled = false;
		sizer(view).addEventListener("click", () => (bubbled = true));
		title.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 }));
		await settle(a);
		expect(opened).toEqual([["お茶の話", "en/Tea.md", false]]);
		expect(bubbled).toBe(false);
		expect(a.workspace.getActiveFile()?.path).toBe("teahouse/お茶の話.md");
	});

	it("hovering asks for a page preview with the plugin's hover source", async () => {
		const { view } = await open({ "en/Tea.md": markdownFooterNote }, "en/Tea.md");
		const a = app as App;
		const hovers: { source: string; linktext: string; sourcePath: string }[] = [];
		a.workspace.on("hover-link", (info: { source: string; linktext: string; sourcePath: string }) => void hovers.push({ source: info.source, linktext: info.linktext, sourcePath: info.sourcePath }));
		cards(view)[0].querySelector(".sbl-provenance-title")?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(hovers).toEqual([{ source: manifest.id, linktext: "お茶の話", sourcePath: "en/Tea.md" }]);
	});

	it("no user text becomes HTML, and a javascript: URL is never a link", async () => {
		const nasty = `Body.

---
This page is auto-translated from [/teahouse/<img src=x onerror=alert(1)>](https://scrapbox.io/teahouse/x) using <b>DeepL</b>. Write to [me](javascript:alert(1)) or <script>alert(1)</script>.
`;
		const props = `---
translated_from: "javascript:alert(1)"
translation_source: <b>bold</b>
source_lang: ja
---
Text.
`;
		const { view } = await open({ "en/Nasty.md": nasty, "en/Props.md": props }, "en/Nasty.md", { renderScope: "all" });
		const card = cards(view)[0];
		expect(card.querySelector(".sbl-provenance-title")?.textContent).toBe("<img src=x onerror=alert(1)>");
		expect(card.querySelectorAll("img, script, b")).toHaveLength(0);
		for (const a of Array.from(card.querySelectorAll("a"))) expect(a.getAttribute("href") ?? "").not.toMatch(/^javascript:/i);
		const propsView = await openNote(app as App, "en/Props.md", "preview");
		await settle(app as App);
		// Not a URL, so no link at all: the title is text.
		const propsCard = cards(propsView)[0];
		expect(propsCard.querySelector(".sbl-provenance-title")?.textContent).toBe("<b>bold</b>");
		expect(propsCard.querySelectorAll("a, b")).toHaveLength(0);
	});
});

describe("properties-only card", () => {
	it("appears at the end of the note's last section, from the properties, and nothing is written", async () => {
		const { view } = await open({ "en/Steeping.md": propertiesOnlyNote, "teahouse/淹れ方.md": "茶葉の量と湯の温度。\n" }, "en/Steeping.md");
		const [card] = cards(view);
		expect(cards(view)).toHaveLength(1);
		expect(read(card)).toMatchObject({ summary: "Translated from Japanese by DeepL", title: "淹れ方", internal: true, form: "properties" });
		expect(card.querySelector("time.sbl-provenance-date")?.getAttribute("datetime")).toBe("2024-05-01T09:30");
		const section = card.parentElement as HTMLElement;
		expect(section.getAttribute("data-sbl-provenance")).toBe("end");
		expect(section.querySelector("ul")).not.toBeNull();
		expect(section.lastElementChild).toBe(card);
		expect(await (app as App).vault.read(fileAt(app as App, "en/Steeping.md"))).toBe(propertiesOnlyNote);
	});

	it("follows property changes without a re-render of the section", async () => {
		const { view } = await open({ "en/Steeping.md": propertiesOnlyNote }, "en/Steeping.md");
		const a = app as App;
		await a.fileManager.processFrontMatter(fileAt(a, "en/Steeping.md"), (fm: Record<string, unknown>) => {
			fm.translation_engine = "GPT-4";
		});
		await settle(a);
		expect(read(cards(view)[0]).summary).toBe("Translated from Japanese by GPT-4");
	});

	it("an ordinary note gets nothing", async () => {
		const { view } = await open({ "Shopping.md": ordinaryNote }, "Shopping.md", { renderScope: "all" });
		expect(cards(view)).toHaveLength(0);
		expect(sizer(view).querySelector("[data-sbl-provenance]")).toBeNull();
	});
});

describe("settings and scope", () => {
	it("the card can be switched off, and comes back, in open views", async () => {
		const { view, plugin } = await open({ "en/Tea.md": markdownFooterNote }, "en/Tea.md");
		const p = plugin as { settings: { provenanceCard: boolean }; saveSettings(): Promise<void> };
		p.settings.provenanceCard = false;
		await p.saveSettings();
		await settle(app as App);
		expect(cards(view)).toHaveLength(0);
		expect(sizer(view).querySelector("[data-sbl-provenance]")).toBeNull();
		p.settings.provenanceCard = true;
		await p.saveSettings();
		await settle(app as App);
		expect(cards(view)).toHaveLength(1);
	});

	it("render scope none shows no card", async () => {
		const { view } = await open({ "en/Tea.md": markdownFooterNote }, "en/Tea.md", { renderScope: "none" });
		expect(cards(view)).toHaveLength(0);
	});

	it("an original added later turns the web link into a vault link", async () => {
		const { view } = await open({ "en/Elsewhere.md": elsewhereFooterNote }, "en/Elsewhere.md");
		expect(read(cards(view)[0]).internal).toBe(false);
		const a = app as App;
		await a.vault.createFolder("other-project");
		await a.vault.create("other-project/よそのページ.md", "よそ。\n");
		await settle(a);
		expect(read(cards(view)[0])).toMatchObject({ internal: true, dataHref: "よそのページ" });
	});
});

describe("unloading", () => {
	it("removes every card, attribute and listener", async () => {
		const { view, plugin } = await open({ "en/Tea.md": markdownFooterNote, "en/Steeping.md": propertiesOnlyNote }, "en/Tea.md");
		expect(cards(view)).toHaveLength(1);
		await unloadPlugin(plugin);
		expect(sizer(view).querySelector(".sbl-provenance-card, [data-sbl-provenance]")).toBeNull();
		const counts = listenerCounts(app as App);
		expect(totalListeners(counts)).toBe(0);
		// A later re-render draws no card either.
		view.previewMode.rerender(true);
		await settle(app as App);
		expect(cards(view)).toHaveLength(0);
		expect(TEA_URL).toMatch(/^https:/);
	});
});
