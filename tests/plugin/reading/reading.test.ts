// Quote units, date chips, remnants, the ```scrapbox block and raw notes in
// the stand-in's Reading view, with the real plugin loaded.
import { afterEach, describe, expect, it } from "vitest";
import manifest from "../../../manifest.json";
import { createApp, destroyApp, fileAt, layoutReady, listenerCounts, loadPlugin, openNote, settle, unloadPlugin, type App } from "../../stand-in/testing";
import type { MarkdownView } from "../../stand-in/obsidian";
import { bikeNote, BIKE_UNITS, everyNodeBlock, listQuotesNote, looseNote, ordinaryNote, rawNote } from "./fixtures";

// @ts-expect-error TS5097: the .ts extension makes Vite pick the source, not the built main.js.
const { default: ScrapboxLensPlugin } = await import("../../../main.ts");

let app: App | undefined;
afterEach(() => destroyApp(app));

async function open(files: Record<string, string>, path: string, settings?: Record<string, unknown>): Promise<{ view: MarkdownView; plugin: unknown }> {
	app = createApp({ files, pluginData: settings ? { [manifest.id]: { settings } } : undefined });
	const plugin = await loadPlugin(app, ScrapboxLensPlugin, manifest);
	await layoutReady(app);
	const view = await openNote(app, path, "preview");
	await settle(app);
	return { view, plugin };
}

function sizer(view: MarkdownView): HTMLElement {
	return view.previewMode.sizerEl;
}

/** The unit heads and, for each, the thread that names the same unit. */
function pairs(root: HTMLElement): { unit: string; quote: string; thread: string | null }[] {
	return Array.from(root.querySelectorAll<HTMLElement>(".sbl-unit-head[data-sbl-unit]")).map((head) => {
		const unit = head.getAttribute("data-sbl-unit") as string;
		const threads = Array.from(root.querySelectorAll<HTMLElement>(`.sbl-thread[data-sbl-unit="${unit}"]`));
		return {
			unit,
			quote: (head.querySelector("blockquote p")?.firstChild?.textContent ?? "").trim(),
			thread: threads.length === 1 ? (threads[0].querySelector("li")?.textContent ?? "").slice(0, 20) : threads.length === 0 ? null : `${threads.length} threads`,
		};
	});
}

describe("quote units in Reading view", () => {
	it("joins each quote's section with the list section that answers it", async () => {
		const { view } = await open({ "Bicycle history.md": bikeNote }, "Bicycle history.md");
		const root = sizer(view);
		expect(pairs(root)).toEqual([
			{ unit: String(BIKE_UNITS.drais), quote: "The running machine", thread: "Pushing off the grou" },
			{ unit: String(BIKE_UNITS.alone), quote: "A quote with no commentary.", thread: null },
			{ unit: String(BIKE_UNITS.safety), quote: "1885", thread: "This is the shape we" },
		]);
		// The thread is the section right after its quote, and the toggle controls it.
		const head = root.querySelector<HTMLElement>(`.sbl-unit-head[data-sbl-unit="${BIKE_UNITS.drais}"]`) as HTMLElement;
		const thread = head.nextElementSibling as HTMLElement;
		expect(thread.matches(".sbl-thread.sbl-unit-body.sbl-unit-last")).toBe(true);
		expect(head.querySelector("button.sbl-fold-toggle")?.getAttribute("aria-controls")).toBe(thread.id);
		// Nesting levels are marked for their colours.
		expect(Array.from(thread.querySelectorAll("[data-sbl-depth]")).map((el) => el.getAttribute("data-sbl-depth"))).toEqual(["0", "1", "2"]);
		// A quote without commentary has no toggle.
		expect(root.querySelector(`.sbl-unit-head[data-sbl-unit="${BIKE_UNITS.alone}"]`)?.matches(".sbl-unit-alone")).toBe(true);
		expect(root.querySelector(`.sbl-unit-head[data-sbl-unit="${BIKE_UNITS.alone}"] button`)).toBeNull();
	});

	it("finds quotes inside list items and the list nested under them", async () => {
		const { view } = await open({ "List quotes.md": listQuotesNote }, "List quotes.md", { renderScope: "all" });
		const root = sizer(view);
		const heads = Array.from(root.querySelectorAll<HTMLElement>("li.sbl-unit-head"));
		expect(heads.map((li) => li.getAttribute("data-sbl-unit"))).toEqual(["4", "9"]);
		// The `- >` quote spans two items; the reply nests under the second.
		expect(root.querySelectorAll("li.sbl-quote-item").length).toBe(2);
		const bulleted = heads[0];
		const thread = bulleted.querySelector(":scope > ul.sbl-thread") as HTMLElement;
		expect(thread.getAttribute("data-sbl-unit")).toBe("4");
		expect(thread.textContent).toContain("My reply to it.");
		expect(thread.textContent).toContain("A reply to the reply.");
		// A `>` under an item's text: its commentary is the list after it.
		const underItem = heads[1];
		expect(underItem.querySelector(":scope > blockquote.sbl-quote")?.textContent?.trim()).toBe("A quote under an item's text");
		expect(underItem.querySelector(":scope > ul.sbl-thread")?.textContent).toContain("Its commentary.");
		// Each toggle sits right after its quote.
		expect(bulleted.querySelector(":scope > blockquote + button.sbl-fold-toggle")).not.toBeNull();
	});

	it("keeps a blank line as the end of a unit, even inside one loose Markdown list", async () => {
		const { view } = await open({ "Loose.md": looseNote }, "Loose.md", { renderScope: "all" });
		const root = sizer(view);
		const list = root.querySelector<HTMLElement>(".sbl-unit-body") as HTMLElement;
		expect(list.matches(".sbl-unit-partial")).toBe(true);
		const items = Array.from(list.querySelectorAll(":scope > ul > li"));
		expect(items.map((li) => li.classList.contains("sbl-thread-item"))).toEqual([true, false]);
	});

	it("folds the commentary with an accessible toggle, and a re-rendered section comes back folded", async () => {
		const { view } = await open({ "Bicycle history.md": bikeNote }, "Bicycle history.md");
		const root = sizer(view);
		const button = () => root.querySelector<HTMLButtonElement>(`.sbl-unit-head[data-sbl-unit="${BIKE_UNITS.drais}"] button.sbl-fold-toggle`) as HTMLButtonElement;
		const thread = () => root.querySelector<HTMLElement>(`.sbl-thread[data-sbl-unit="${BIKE_UNITS.drais}"]`) as HTMLElement;
		expect(button().getAttribute("type")).toBe("button");
		expect(button().getAttribute("aria-expanded")).toBe("true");
		expect(button().textContent).toBe("Hide 3 comments");
		expect(button().getAttribute("aria-label")).toBe("Fold the commentary on this quote");

		button().click();
		expect(button().getAttribute("aria-expanded")).toBe("false");
		expect(button().textContent).toBe("Show 3 comments");
		expect(thread().classList.contains("sbl-folded")).toBe(true);
		expect(root.querySelector(`.sbl-thread[data-sbl-unit="${BIKE_UNITS.safety}"]`)?.classList.contains("sbl-folded")).toBe(false);

		// Obsidian may drop and redraw any section: both come back folded from the store.
		view.previewMode.rerender(true);
		await settle(app as App);
		expect(button().getAttribute("aria-expanded")).toBe("false");
		expect(thread().classList.contains("sbl-folded")).toBe(true);

		// A section out of the DOM (virtualised) still follows the toggle.
		const detached = thread();
		detached.remove();
		button().click();
		expect(detached.classList.contains("sbl-folded")).toBe(false);
	});

	it("remembers folded commentary across a restart, and forgets it with the note", async () => {
		const { view, plugin } = await open({ "Bicycle history.md": bikeNote }, "Bicycle history.md");
		const root = sizer(view);
		const button = () => root.querySelector<HTMLButtonElement>(`.sbl-unit-head[data-sbl-unit="${BIKE_UNITS.drais}"] button.sbl-fold-toggle`) as HTMLButtonElement;
		button().click();
		// Unloading before the delayed save writes it at once.
		await unloadPlugin(plugin);
		const dataPath = `${(app as App).vault.configDir}/plugins/${manifest.id}/data.json`;
		const saved = JSON.parse(await (app as App).vault.adapter.read(dataPath)) as { folds?: Record<string, string[]> };
		expect(Object.keys(saved.folds ?? {})).toEqual(["Bicycle history.md"]);

		await loadPlugin(app as App, ScrapboxLensPlugin, manifest);
		view.previewMode.rerender(true);
		await settle(app as App);
		expect(button().getAttribute("aria-expanded")).toBe("false");
		expect(root.querySelector(`.sbl-thread[data-sbl-unit="${BIKE_UNITS.drais}"]`)?.classList.contains("sbl-folded")).toBe(true);

		await (app as App).fileManager.trashFile(fileAt(app as App, "Bicycle history.md"));
		await settle(app as App);
		const after = JSON.parse(await (app as App).vault.adapter.read(dataPath)) as { folds?: Record<string, string[]> };
		expect(after.folds).toEqual({});
	});

	it("shows a date at the start of a quoted line as a <time> chip with the title in bold", async () => {
		const { view } = await open({ "Bicycle history.md": bikeNote }, "Bicycle history.md");
		const chips = Array.from(sizer(view).querySelectorAll<HTMLElement>("blockquote time.sbl-date"));
		expect(chips.map((t) => [t.textContent, t.getAttribute("datetime")])).toEqual([
			["1817", "1817"],
			["1885", "1885"],
		]);
		const title = chips[0].parentElement?.querySelector(".sbl-event-title");
		expect(title?.textContent).toBe("Karl Drais rides his draisine");
		// The text reads the same as before: nothing added or lost.
		expect(chips[0].closest("p")?.textContent).toContain("1817 - Karl Drais rides his draisine");
		// Lists are not quotes: no chips there.
		expect(sizer(view).querySelectorAll(".sbl-thread time").length).toBe(0);
	});

	it("draws icon images at text height with their name, and swaps a broken one for a chip", async () => {
		const { view } = await open({ "Bicycle history.md": bikeNote }, "Bicycle history.md");
		const icon = sizer(view).querySelector<HTMLImageElement>("img.sbl-icon") as HTMLImageElement;
		expect(icon.getAttribute("title")).toBe("gear");
		expect(icon.getAttribute("alt")).toBe("gear.icon");
		const gyazo = sizer(view).querySelector<HTMLImageElement>("img.sbl-gyazo") as HTMLImageElement;
		expect(gyazo.getAttribute("loading")).toBe("lazy");
		icon.dispatchEvent(new Event("error"));
		const chip = sizer(view).querySelector(".sbl-icon-fallback");
		expect(chip?.textContent).toBe("gear");
		expect(sizer(view).querySelector("img.sbl-icon")).toBeNull();
	});

	it("shows text broken by translation as the text it is", async () => {
		const { view } = await open({ "Bicycle history.md": bikeNote }, "Bicycle history.md");
		const items = Array.from(sizer(view).querySelectorAll(`.sbl-thread[data-sbl-unit="${BIKE_UNITS.safety}"] li`)).map((li) => li.textContent);
		expect(items).toEqual(["This is the shape we still ride.", "Notes from a translation: [technium (Tc)"]);
	});

	it("leaves alone notes the render scope does not select, and follows the setting", async () => {
		const { view, plugin } = await open({ "Shopping.md": ordinaryNote }, "Shopping.md");
		expect(sizer(view).querySelector(".sbl-unit")).toBeNull();
		// As the settings tab does: change the setting and save.
		const lens = plugin as { settings: { renderScope: string }; saveSettings(): Promise<void> };
		lens.settings.renderScope = "all";
		await lens.saveSettings();
		await settle(app as App);
		expect(pairs(sizer(view))).toEqual([{ unit: "1", quote: "Buy only what is on the list.", thread: "Milk" }]);
		lens.settings.renderScope = "none";
		await lens.saveSettings();
		await settle(app as App);
		expect(sizer(view).querySelector(".sbl-unit")).toBeNull();
	});

	it("renders nothing for a converted note when the scope is none", async () => {
		const { view } = await open({ "Bicycle history.md": bikeNote }, "Bicycle history.md", { renderScope: "none" });
		expect(sizer(view).querySelector(".sbl-unit, time.sbl-date, img.sbl-icon")).toBeNull();
	});

	it("decorates again the sections Obsidian keeps when the note changes", async () => {
		const { view } = await open({ "Bicycle history.md": bikeNote }, "Bicycle history.md");
		expect(sizer(view).querySelector(`.sbl-thread[data-sbl-unit="${BIKE_UNITS.drais}"]`)).not.toBeNull();
		// A blank line between the quote and its list ends the unit; neither section's text changes.
		const edited = bikeNote.replace("no pedals: the rider pushes off the ground.\n", "no pedals: the rider pushes off the ground.\n\n");
		await (app as App).vault.modify((app as App).vault.getFileByPath("Bicycle history.md")!, edited);
		await settle(app as App);
		const list = Array.from(sizer(view).querySelectorAll<HTMLElement>(".el-ul")).find((el) => el.textContent?.includes("Pushing off")) as HTMLElement;
		expect(list.classList.contains("sbl-thread")).toBe(false);
		expect(list.hasAttribute("data-sbl-unit")).toBe(false);
		expect(sizer(view).querySelector(`.sbl-unit-head[data-sbl-unit="${BIKE_UNITS.drais}"]`)?.matches(".sbl-unit-alone")).toBe(true);
	});

	it("unloads without leaving processors, extensions or listeners behind", async () => {
		const { plugin } = await open({ "Bicycle history.md": bikeNote }, "Bicycle history.md");
		await unloadPlugin(plugin);
		const counts = listenerCounts(app as App);
		expect(counts.postProcessors + counts.codeBlockProcessors + counts.editorExtensions + counts.hoverLinkSources + counts.metadataCache + counts.vault).toBe(0);
	});
});

describe("raw notes", () => {
	it("draws a note detected as raw notation with the Scrapbox renderer", async () => {
		const { view } = await open({ "Pond notes.md": rawNote }, "Pond notes.md");
		const root = sizer(view);
		expect(root.querySelectorAll(".sbl-raw-section").length).toBeGreaterThan(0);
		// The title repeats the file name, which Obsidian already shows.
		expect(root.querySelector(".sbl-sb-title")?.classList.contains("sbl-sb-title-repeated")).toBe(true);
		expect(root.querySelector(".sbl-sb-line[data-line='3']")?.getAttribute("style")).toContain("--sbl-indent: 2");
		expect(root.querySelector("a.internal-link[data-href='Tadpoles']")).not.toBeNull();
		expect(root.querySelector("a.external-link[href='https://scrapbox.io/pondclub/June']")).not.toBeNull();
		expect(root.querySelector(".sbl-sb-code code")?.textContent).toBe("eggs = 120\nprint(eggs)");
		// Four-space indents are not Markdown code blocks here.
		expect(Array.from(root.querySelectorAll("pre")).every((pre) => pre.parentElement?.classList.contains("sbl-sb-code"))).toBe(true);
		// The quote and its deeper-indented commentary form a unit; the dated line gets its chip.
		expect(root.querySelector(".sbl-sb-unit-quote time.sbl-date")?.getAttribute("datetime")).toBe("2021-05-03");
		expect(root.querySelector(".sbl-sb-unit-commentary")?.getAttribute("data-sbl-unit")).toBe("4");
		// Every line of the note is drawn once.
		const lines = Array.from(root.querySelectorAll("[data-line]")).map((el) => Number(el.getAttribute("data-line")));
		expect(lines).toEqual([0, 1, 2, 3, 4, 5, 6, 9]);
	});

	it("leaves raw notes to Obsidian when the setting is off", async () => {
		const { view } = await open({ "Pond notes.md": rawNote }, "Pond notes.md", { renderRawNotes: false });
		expect(sizer(view).querySelector(".sbl-raw-section")).toBeNull();
	});
});

describe("hashtags in Scrapbox notation", () => {
	it("are Obsidian tags where Obsidian accepts them, and page links otherwise", async () => {
		const { view } = await open({ "Tags.md": "Intro.\n\n```scrapbox\n #reading #2023\n```\n" }, "Tags.md");
		const block = sizer(view).querySelector(".sbl-scrapbox") as HTMLElement;
		expect(block.querySelector("a.tag")?.getAttribute("href")).toBe("#reading");
		expect(block.querySelector("a.internal-link[data-href='2023']")?.textContent).toBe("#2023");
	});
});

describe("the scrapbox code block", () => {
	const note = "Some text.\n\n```scrapbox\n" + everyNodeBlock + "```\n";

	it("renders every parser node as DOM", async () => {
		const { view } = await open({ "Sampler.md": note, "Linked page.md": "exists", "Alice.md": "exists" }, "Sampler.md");
		const block = sizer(view).querySelector(".block-language-scrapbox .sbl-scrapbox") as HTMLElement;
		expect(block).not.toBeNull();
		const has = (selector: string) => block.querySelectorAll(selector).length;
		expect(has(".sbl-deco-size-2")).toBe(1); // [** Title line]
		expect(block.querySelector("a.internal-link[data-href='Linked page']")?.classList.contains("is-unresolved")).toBe(false);
		expect(block.querySelector("a.external-link[href='https://scrapbox.io/proj/Root_page']")?.textContent).toBe("/proj/Root page");
		expect(has("a.external-link[href='https://scrapbox.io/proj']")).toBe(1);
		expect(block.querySelector("a.sbl-sb-hashtag")?.textContent).toBe("#tag");
		expect(block.querySelector("a.sbl-sb-hashtag")?.classList.contains("tag")).toBe(true);
		expect(block.querySelector("a.external-link[href='https://example.org']")?.textContent).toBe("label");
		expect(has("a.external-link[href='obsidian://open?vault=v']")).toBe(1);
		expect(has("a.sbl-icon-chip")).toBe(2); // [name.icon] and [[name.icon]], without a known project
		expect(has("img.sbl-icon")).toBe(3); // [/proj/other.icon*3]
		expect(has("a.sbl-icon-chip.sbl-icon-strong")).toBe(1); // [[name.icon]]
		expect(has("img.sbl-sb-image")).toBe(4);
		expect(has("img.sbl-sb-image-strong")).toBe(1);
		expect(has("img.sbl-gyazo[src$='/thumb/1000']")).toBe(1);
		expect(has("a.sbl-sb-image-link[href='https://example.org/page'] > img")).toBe(1);
		expect(has("strong.sbl-sb-strong")).toBe(1);
		expect(has("strong.sbl-deco-size-1")).toBe(1);
		expect(has("strong.sbl-deco-size-3")).toBe(1);
		expect(has("em")).toBe(1);
		expect(has("del")).toBe(1);
		expect(has("u")).toBe(1);
		expect(has(".sbl-deco.sbl-deco-exclamation.sbl-deco-tilde")).toBe(1);
		expect(has(".sbl-sb-blank")).toBe(1);
		expect(block.querySelector("blockquote.sbl-sb-quote")?.textContent).toBe(" a quote line");
		expect(block.querySelector(".sbl-sb-helpfeel")?.textContent).toBe("? a helpfeel");
		expect(Array.from(block.querySelectorAll("code.sbl-sb-command")).map((c) => c.textContent)).toEqual(["$ a command", "% another command"]);
		expect(block.querySelector("code.sbl-sb-code-span")?.textContent).toBe("inline code");
		expect(block.querySelector(".sbl-sb-formula")?.getAttribute("data-tex")).toBe("x^2 + y^2");
		expect(block.querySelector("a.sbl-sb-map")?.textContent).toBe("Map: Tokyo Station");
		expect(block.querySelector(".sbl-sb-numbered .sbl-sb-number")?.textContent).toBe("1.");
		expect(block.querySelector("a.internal-link[data-href='page']")?.textContent).toBe("page"); // the line id is dropped
		expect(block.querySelector(".sbl-sb-code .sbl-sb-block-name")?.textContent).toBe("sample.js");
		expect(block.querySelector(".sbl-sb-code code.language-js")?.textContent).toBe("const x = 1;");
		expect(block.querySelector(".sbl-sb-table .sbl-sb-block-name")?.textContent).toBe("scores");
		expect(block.querySelector(".sbl-sb-table a.internal-link[data-href='Alice']")).not.toBeNull();
		expect(has(".sbl-sb-table td")).toBe(4);
		expect(Array.from(block.querySelectorAll(".sbl-sb-line")).some((line) => line.textContent === "[technium (Tc)")).toBe(true);
		expect(has(".sbl-sb-indented")).toBeGreaterThan(10);
	});

	it("never makes a javascript: link clickable", async () => {
		const { view } = await open({ "Sampler.md": note }, "Sampler.md");
		const block = sizer(view).querySelector(".block-language-scrapbox") as HTMLElement;
		for (const a of Array.from(block.querySelectorAll("a"))) {
			const href = a.getAttribute("href");
			if (href === null) continue;
			expect(href.toLowerCase().startsWith("javascript:")).toBe(false);
		}
		// `[javascript:alert(1)]` is a page name to the parser: a vault link without an href.
		const odd = block.querySelector<HTMLElement>("a.internal-link[data-href='javascript:alert(1)']") as HTMLElement;
		expect(odd.hasAttribute("href")).toBe(false);
	});

	it("opens internal links through the workspace and asks for hover previews", async () => {
		const { view } = await open({ "Sampler.md": note, "Linked page.md": "exists" }, "Sampler.md");
		const opened: unknown[][] = [];
		const hovered: Record<string, unknown>[] = [];
		const workspace = (app as App).workspace;
		const original = workspace.openLinkText.bind(workspace);
		workspace.openLinkText = (...args: Parameters<typeof workspace.openLinkText>) => {
			opened.push(args);
			return original(...args);
		};
		const ref = workspace.on("hover-link", (info: Record<string, unknown>) => void hovered.push(info));
		const link = sizer(view).querySelector<HTMLElement>(".block-language-scrapbox a.internal-link[data-href='Linked page']") as HTMLElement;
		link.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(hovered).toHaveLength(1);
		expect(hovered[0]).toMatchObject({ source: manifest.id, linktext: "Linked page", sourcePath: "Sampler.md", targetEl: link });
		link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 }));
		expect(opened).toEqual([["Linked page", "Sampler.md", false]]);
		workspace.offref(ref);
		expect((app as App).hoverLinkSources.get(manifest.id)).toEqual({ display: "Scrapbox Lens", defaultMod: false });
	});
});
