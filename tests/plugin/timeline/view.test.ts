// The timeline pane against the stand-in: opening, scopes and following the
// active note, live updates, filter, keyboard, opening events at their line,
// links, settings, the overview strip, Japanese labels and a clean unload.
import { afterEach, describe, expect, it } from "vitest";
import manifest from "../../../manifest.json";
import {
	createApp,
	destroyApp,
	fileAt,
	layoutReady,
	listenerCounts,
	loadPlugin,
	openNote,
	runCommand,
	settle,
	totalListeners,
	unloadPlugin,
	vaultReads,
	type App,
} from "../../stand-in/testing";
import { TIMELINE_VIEW, TimelineView } from "../../../src/plugin/timeline/timeline-view";
import type { LensHost } from "../../../src/plugin/host";
import { damNote, files, manyEvents, riverLines } from "./fixtures";

// @ts-expect-error TS5097: the .ts extension makes Vite pick the source, not the built main.js.
const { default: ScrapboxLensPlugin } = await import("../../../main.ts");

const RIVER = "History/River works.md";

async function start(options: { language?: string; settings?: Record<string, unknown>; extra?: Record<string, string> } = {}): Promise<{ app: App; plugin: LensHost }> {
	const app = createApp({ files: { ...files(), ...(options.extra ?? {}) }, language: options.language });
	const plugin = await loadPlugin<LensHost>(app, ScrapboxLensPlugin, manifest, options.settings ? { settings: options.settings } : undefined);
	await layoutReady(app);
	return { app, plugin };
}

function pane(): HTMLElement {
	const el = document.querySelector<HTMLElement>(".sbl-timeline");
	if (!el) throw new Error("no timeline pane");
	return el;
}

function view(app: App): TimelineView {
	const leaf = app.workspace.getLeavesOfType(TIMELINE_VIEW)[0];
	if (!leaf || !(leaf.view instanceof TimelineView)) throw new Error("no timeline view");
	return leaf.view;
}

const texts = (selector: string) => Array.from(pane().querySelectorAll(selector)).map((el) => el.textContent ?? "");
const dates = () => texts(".sbl-tl-event .sbl-tl-date");
const titles = () => texts(".sbl-tl-event .sbl-tl-title");
const cards = () => Array.from(pane().querySelectorAll<HTMLElement>(".sbl-tl-event"));

async function openPane(app: App): Promise<void> {
	expect(runCommand(app, "scrapbox-lens:open-timeline")).toBe(true);
	await settle(app);
}

/** Past the pane's debounce for vault changes, then settled. */
async function afterDebounce(app: App): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, 350));
	await settle(app);
}

function type(input: HTMLInputElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event("input", { bubbles: true }));
}

function key(el: Element, k: string, init: KeyboardEventInit = {}): void {
	el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...init }));
}

async function chooseScope(app: App, scope: string): Promise<void> {
	const select = pane().querySelector("select.sbl-tl-scope") as HTMLSelectElement;
	select.value = scope;
	select.dispatchEvent(new Event("change"));
	await settle(app);
}

describe("timeline pane", () => {
	let app: App | undefined;
	afterEach(() => destroyApp(app));

	it("opens in the right sidebar from the ribbon and the command, with the active note's events by year and month", async () => {
		({ app } = await start());
		await openNote(app, RIVER);
		const ribbon = app.workspace.leftRibbon.actionsEl.querySelector<HTMLElement>("[aria-label='Open timeline']");
		expect(ribbon).not.toBeNull();
		ribbon?.click();
		await settle(app);
		expect(pane().closest(".mod-right-split")).not.toBeNull();
		expect(dates()).toEqual(["Jul 15, 1878", "May 2023", "Oct 29, 2024"]);
		expect(texts(".sbl-tl-year-label")).toEqual(["1878", "2023", "2024"]);
		expect(texts(".sbl-tl-month")).toEqual(["July", "May", "October"]);
		expect(titles()).toEqual(["Canal opens", "Survey of the banks", "Flood gates replaced"]);
		const link = pane().querySelector<HTMLAnchorElement>(".sbl-tl-title a.internal-link");
		expect(link?.dataset.href).toBe("Canal");
		expect(link?.hasClass("is-unresolved")).toBe(false);
		expect(pane().querySelector(".sbl-tl-date")?.getAttribute("datetime")).toBe("1878-07-15");
		expect(pane().querySelector(".sbl-tl-summary")?.textContent).toContain("3 events");
		expect(pane().querySelector(".sbl-tl-scope-name")?.textContent).toBe("River works");
		// The command reveals the same pane rather than opening a second one; no default hotkeys.
		await openPane(app);
		expect(app.workspace.getLeavesOfType(TIMELINE_VIEW)).toHaveLength(1);
		for (const id of ["open-timeline", "export-timeline-markdown", "export-timeline-canvas"]) {
			const command = app.commands.findCommand(`scrapbox-lens:${id}`);
			expect(command).toBeDefined();
			expect(command?.hotkeys ?? []).toEqual([]);
		}
	});

	it("follows the active note, and explains what it looks for when a note has no dated quotes", async () => {
		({ app } = await start());
		await openNote(app, RIVER);
		await openPane(app);
		expect(dates()).toHaveLength(3);
		await openNote(app, "Other/Gauge.md");
		await settle(app);
		expect(dates()).toEqual(["May 4, 2023"]);
		expect(pane().querySelector(".sbl-tl-scope-name")?.textContent).toBe("Gauge");
		await openNote(app, "Other/Shopping.md");
		await settle(app);
		expect(cards()).toHaveLength(0);
		const empty = pane().querySelector(".sbl-tl-empty") as HTMLElement;
		expect(empty.isShown()).toBe(true);
		expect(empty.textContent).toContain("quote lines that start with a date");
		expect(empty.querySelector("pre")?.textContent).toContain("> Feb 24, 2023 - [[LLaMA]] is released");
		expect(empty.textContent).toContain("turn that on in this plugin's settings");
		expect(pane().querySelector<HTMLElement>(".sbl-tl-overview")?.isShown()).toBe(false);
	});

	it("asks for a note when none is open", async () => {
		({ app } = await start());
		await openPane(app);
		expect(pane().querySelector(".sbl-tl-empty-reason")?.textContent).toBe("Open a note to see its timeline.");
	});

	it("switches between the note, its folder, a tag and the whole vault, and keeps the scope in the view state", async () => {
		({ app } = await start());
		await openNote(app, RIVER);
		await openPane(app);
		await chooseScope(app, "folder");
		expect(dates()).toEqual(["Jul 15, 1878", "1960s", "May 2023", "Oct 29, 2024"]);
		expect(texts(".sbl-tl-source")).toEqual(["River works", "Dams", "River works", "River works"]);
		expect(pane().querySelector(".sbl-tl-scope-name")?.textContent).toBe("History");
		expect(pane().querySelector(".sbl-tl-summary")?.textContent).toContain("in 2 notes");

		await chooseScope(app, "tag");
		const tagInput = pane().querySelector("input.sbl-tl-tag") as HTMLInputElement;
		expect(tagInput.closest<HTMLElement>(".sbl-tl-tag-row")?.isShown()).toBe(true);
		expect(pane().querySelector(".sbl-tl-empty-reason")?.textContent).toContain("Type a tag");
		type(tagInput, "#Rivers");
		await afterDebounce(app);
		expect(dates()).toEqual(["May 4, 2023"]);

		await chooseScope(app, "vault");
		expect(tagInput.closest<HTMLElement>(".sbl-tl-tag-row")?.isShown()).toBe(false);
		expect(dates()).toEqual(["Jul 15, 1878", "1960s", "Feb 1, 2023", "May 2023", "May 4, 2023", "Oct 29, 2024"]);
		// The raw-notation note is read as Scrapbox notation: its [link] is a link.
		const raw = cards()[2];
		expect(raw.querySelector(".sbl-tl-title")?.textContent).toBe("Flood gate is tested");
		expect(raw.querySelector<HTMLElement>("a.internal-link")?.dataset.href).toBe("Flood gate");
		expect(view(app).getState()).toEqual({ scope: "vault", tag: "#Rivers" });

		// Following the active note changes nothing in the vault scope.
		await openNote(app, "Other/Gauge.md");
		await settle(app);
		expect(dates()).toHaveLength(6);
		await chooseScope(app, "note");
		expect(dates()).toEqual(["May 4, 2023"]);
	});

	it("restores its scope from the view state", async () => {
		({ app } = await start());
		await openNote(app, RIVER);
		const leaf = app.workspace.getRightLeaf(false);
		await leaf?.setViewState({ type: TIMELINE_VIEW, state: { scope: "folder", tag: "" } });
		await settle(app);
		expect(view(app).scopeTarget.scope).toBe("folder");
		expect((pane().querySelector("select.sbl-tl-scope") as HTMLSelectElement).value).toBe("folder");
		expect(dates()).toHaveLength(4);
	});

	it("updates live after a note changes, re-reading only that note", async () => {
		({ app } = await start());
		await openNote(app, RIVER);
		await openPane(app);
		await chooseScope(app, "folder");
		expect(dates()).toHaveLength(4);
		const before = vaultReads(app).length;
		await app.vault.modify(fileAt(app, "History/Dams.md"), `${damNote}\n> 1999 - New weir\n`);
		// Debounced: nothing yet.
		expect(dates()).toHaveLength(4);
		await afterDebounce(app);
		expect(dates()).toEqual(["Jul 15, 1878", "1960s", "1999", "May 2023", "Oct 29, 2024"]);
		// Only the changed note is read again (the note index may read it too).
		expect(new Set(vaultReads(app).slice(before).map((r) => r.path))).toEqual(new Set(["History/Dams.md"]));

		await app.vault.create("History/Bridges.md", "> 1905 - Iron bridge\n");
		await afterDebounce(app);
		expect(titles()).toContain("Iron bridge");
		await app.fileManager.trashFile(fileAt(app, "History/Dams.md"));
		await afterDebounce(app);
		expect(dates()).toEqual(["Jul 15, 1878", "1905", "May 2023", "Oct 29, 2024"]);
	});

	it("keeps expanded cards and the focused event across a live update", async () => {
		({ app } = await start());
		await openNote(app, RIVER);
		await openPane(app);
		const second = cards()[1];
		second.focus();
		key(second, "ArrowRight");
		expect(cards()[1].querySelector(".sbl-tl-toggle")?.getAttribute("aria-expanded")).toBe("true");
		const text = (await app.vault.read(fileAt(app, RIVER))).replace("Survey of the banks", "Survey of both banks");
		await app.vault.modify(fileAt(app, RIVER), text);
		await afterDebounce(app);
		expect(titles()[1]).toBe("Survey of both banks");
		expect(cards()[1].querySelector(".sbl-tl-toggle")?.getAttribute("aria-expanded")).toBe("true");
		expect(activeDocument.activeElement).toBe(cards()[1]);
	});

	it("keeps expanded cards and the focused event when lines are added above them, and opens the event at its new line", async () => {
		({ app } = await start());
		const md = await openNote(app, RIVER, "source");
		await openPane(app);
		const second = cards()[1];
		second.focus();
		key(second, "ArrowRight");
		key(cards()[2], "ArrowRight");
		const before = cards();
		const text = await app.vault.read(fileAt(app, RIVER));
		await app.vault.modify(fileAt(app, RIVER), text.replace("# Notes on river works\n", "# Notes on river works\nTwo new lines\nabove every event.\n"));
		await afterDebounce(app);
		const expanded = () => cards().map((c) => c.querySelector(".sbl-tl-toggle")?.getAttribute("aria-expanded"));
		expect(expanded()).toEqual(["false", "true", "true"]);
		expect(activeDocument.activeElement).toBe(cards()[1]);
		// Only lines moved: the very same cards stay (no re-render).
		expect(cards()).toEqual(before);
		cards().forEach((card, i) => expect(card).toBe(before[i]));
		// Its line moved by two; Enter opens it there.
		key(cards()[1], "Enter");
		await settle(app);
		expect(md.editor.getCursor("from")).toEqual({ line: riverLines.survey - 1 + 2, ch: 0 });
		expect(md.editor.getSelection()).toBe(">  May 2023 - Survey of the banks");
	});

	it("offers expand all, then collapse all once every event is open, also across a live update", async () => {
		({ app } = await start());
		await openNote(app, RIVER);
		await openPane(app);
		const button = () => pane().querySelectorAll<HTMLElement>(".sbl-tl-action")[1];
		const expanded = () => cards().map((c) => c.querySelector(".sbl-tl-toggle")?.getAttribute("aria-expanded"));
		expect(button().getAttribute("aria-label")).toBe("Expand all");
		button().click();
		expect(expanded()).toEqual(["true", "true", "true"]);
		expect(button().getAttribute("aria-label")).toBe("Collapse all");
		await app.vault.modify(fileAt(app, RIVER), (await app.vault.read(fileAt(app, RIVER))).replace("Survey of the banks", "Survey of both banks"));
		await afterDebounce(app);
		expect(button().getAttribute("aria-label")).toBe("Collapse all");
		button().click();
		expect(expanded()).toEqual(["false", "false", "false"]);
		expect(button().getAttribute("aria-label")).toBe("Expand all");
	});

	it("filters by text, dates in either language included, and says when nothing matches", async () => {
		({ app } = await start());
		await openNote(app, RIVER);
		await openPane(app);
		const filter = pane().querySelector("input.sbl-tl-filter") as HTMLInputElement;
		type(filter, "survey");
		await afterDebounce(app);
		expect(dates()).toEqual(["May 2023"]);
		expect(pane().querySelector(".sbl-tl-summary")?.textContent).toContain("1 of 3 events");
		type(filter, "1878年");
		await afterDebounce(app);
		expect(dates()).toEqual(["Jul 15, 1878"]);
		type(filter, "nothing like this");
		await afterDebounce(app);
		expect(cards()).toHaveLength(0);
		expect(pane().querySelector(".sbl-tl-empty-reason")?.textContent).toBe("No events match the filter.");
		(pane().querySelector(".sbl-tl-filter-clear") as HTMLElement).click();
		await afterDebounce(app);
		expect(dates()).toHaveLength(3);
	});

	it("moves between events with the keyboard, expands them, and opens one with Enter", async () => {
		({ app } = await start());
		const md = await openNote(app, RIVER, "source");
		await openPane(app);
		const filter = pane().querySelector("input.sbl-tl-filter") as HTMLInputElement;
		// Only the current event is a tab stop; links in titles are not.
		expect(cards().map((c) => c.tabIndex)).toEqual([0, -1, -1]);
		expect(Array.from(pane().querySelectorAll<HTMLElement>(".sbl-tl-list a")).map((a) => a.tabIndex)).toEqual([-1]);
		filter.focus();
		key(filter, "ArrowDown");
		expect(activeDocument.activeElement).toBe(cards()[0]);
		key(cards()[0], "ArrowDown");
		expect(activeDocument.activeElement).toBe(cards()[1]);
		expect(cards().map((c) => c.tabIndex)).toEqual([-1, 0, -1]);
		key(cards()[1], "End");
		expect(activeDocument.activeElement).toBe(cards()[2]);
		key(cards()[2], "Home");
		expect(activeDocument.activeElement).toBe(cards()[0]);

		// The first event: collapsed shows a preview; expanded shows description and commentary.
		expect(cards()[0].querySelector(".sbl-tl-preview")?.textContent).toBe("Boats can now reach the lake.");
		expect(cards()[0].querySelector(".sbl-tl-details")).toBeNull();
		key(cards()[0], "ArrowRight");
		expect(cards()[0].querySelector(".sbl-tl-toggle")?.getAttribute("aria-expanded")).toBe("true");
		expect(activeDocument.activeElement).toBe(cards()[0]);
		expect(cards()[0].querySelector(".sbl-tl-description")?.textContent).toBe("Boats can now reach the lake.");
		// The block's commentary belongs to its last event (May 2023).
		expect(cards()[0].querySelector(".sbl-tl-commentary")).toBeNull();
		key(cards()[0], "ArrowDown");
		key(cards()[1], " ");
		expect(Array.from(cards()[1].querySelectorAll(".sbl-tl-commentary li")).map((li) => li.firstChild?.textContent)).toEqual(["The canal still works.", "Nobody expected that."]);
		key(cards()[1], "ArrowLeft");
		expect(cards()[1].querySelector(".sbl-tl-toggle")?.getAttribute("aria-expanded")).toBe("false");

		key(cards()[1], "Enter");
		await settle(app);
		expect(app.workspace.getActiveFile()?.path).toBe(RIVER);
		expect(md.editor.getCursor("from")).toEqual({ line: riverLines.survey - 1, ch: 0 });
		expect(md.editor.getSelection()).toBe(">  May 2023 - Survey of the banks");

		key(cards()[1], "Escape");
		expect(activeDocument.activeElement).toBe(filter);
	});

	it("opens the event's note at its line when clicked: selected in the editor, flashing in Reading view", async () => {
		({ app } = await start());
		const md = await openNote(app, RIVER, "source");
		await openPane(app);
		cards()[2].querySelector<HTMLElement>(".sbl-tl-title")?.click();
		await settle(app);
		expect(app.workspace.getLeavesOfType("markdown")).toHaveLength(1);
		expect(md.editor.getCursor("from")).toEqual({ line: riverLines.gates - 1, ch: 0 });
		expect(md.editor.getSelection()).toBe("> 2024-10-29: Flood gates replaced");

		md.setMode("preview");
		await settle(app);
		cards()[0].click();
		await settle(app);
		const flashing = document.querySelector(".workspace-split.mod-root .is-flashing");
		expect(flashing?.textContent).toContain("Canal opens");
	});

	it("opens the note from another folder's event in the main area, and mod-click opens a new tab", async () => {
		({ app } = await start());
		await openNote(app, RIVER, "source");
		await openPane(app);
		await chooseScope(app, "vault");
		const gauge = cards().find((c) => c.textContent?.includes("Gauge installed")) as HTMLElement;
		gauge.dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
		await settle(app);
		expect(app.workspace.getLeavesOfType("markdown")).toHaveLength(2);
		expect(app.workspace.getActiveFile()?.path).toBe("Other/Gauge.md");
	});

	it("opens links in titles and raises hover previews for them", async () => {
		({ app } = await start());
		await openNote(app, RIVER);
		await openPane(app);
		expect(app.hoverLinkSources.get(TIMELINE_VIEW)).toEqual({ display: "Scrapbox Lens timeline", defaultMod: true });
		const hovers: unknown[] = [];
		const ref = app.workspace.on("hover-link", (info: unknown) => hovers.push(info));
		const link = pane().querySelector(".sbl-tl-title a.internal-link") as HTMLElement;
		link.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(hovers).toHaveLength(1);
		expect(hovers[0]).toMatchObject({ source: TIMELINE_VIEW, linktext: "Canal", sourcePath: RIVER, targetEl: link });
		app.workspace.offref(ref);
		link.click();
		await settle(app);
		expect(app.workspace.getActiveFile()?.path).toBe("Canal.md");
	});

	it("counts dated lines outside quotes only with the setting on", async () => {
		let plugin: LensHost;
		({ app, plugin } = await start());
		await openNote(app, "Diary/Walk.md");
		await openPane(app);
		expect(cards()).toHaveLength(0);
		plugin.settings.timelineUnquoted = true;
		await plugin.saveSettings();
		await settle(app);
		expect(dates()).toEqual(["Oct 29, 2024"]);
		expect(cards()[0].hasClass("is-unquoted")).toBe(true);
		key(cards()[0], " ");
		expect(cards()[0].querySelector(".sbl-tl-commentary")?.textContent).toContain("Walked along the river.");
	});

	it("spaces events by time when proportional spacing is on, marking shortened gaps", async () => {
		let plugin: LensHost;
		({ app, plugin } = await start());
		await openNote(app, RIVER);
		await openPane(app);
		expect(pane().querySelectorAll(".sbl-tl-gap")).toHaveLength(0);
		const button = pane().querySelector("[aria-label='Proportional spacing']") as HTMLElement;
		expect(button.getAttribute("aria-pressed")).toBe("false");
		button.click();
		await settle(app);
		expect(plugin.settings.timelineProportional).toBe(true);
		expect(await plugin.loadData()).toMatchObject({ settings: { timelineProportional: true } });
		expect(button.getAttribute("aria-pressed")).toBe("true");
		expect(pane().querySelector(".sbl-tl-list")?.hasClass("is-proportional")).toBe(true);
		const gaps = Array.from(pane().querySelectorAll<HTMLElement>(".sbl-tl-gap"));
		expect(gaps).toHaveLength(2);
		// 1878 → 2023 is far longer than the median gap: shortened and labelled.
		expect(gaps[0].hasClass("is-capped")).toBe(true);
		expect(gaps[0].textContent).toBe("145 years");
		expect(gaps[1].style.getPropertyValue("--sbl-tl-gap")).toMatch(/^\d+px$/);
	});

	it("draws the overview strip and jumps with its keys", async () => {
		({ app } = await start({ extra: { "Many.md": manyEvents(60) } }));
		await openNote(app, "Many.md");
		await openPane(app);
		const strip = pane().querySelector(".sbl-tl-overview") as HTMLElement;
		expect(strip.isShown()).toBe(true);
		expect(strip.getAttribute("role")).toBe("slider");
		// 60 events over 1900–1902: monthly buckets, 36 of them, each holding events.
		const bars = strip.querySelectorAll(".sbl-tl-bar");
		expect(bars.length).toBe(36);
		expect(strip.querySelectorAll(".sbl-tl-bar.is-filled").length).toBe(36);
		expect(Array.from(strip.querySelectorAll(".sbl-tl-tick")).map((t) => t.textContent)).toEqual(["1900", "1901", "1902"]);
		key(strip, "End");
		expect(cards()[59].tabIndex).toBe(0);
		key(strip, "Home");
		expect(cards()[0].tabIndex).toBe(0);
	});

	it("shows dates, years and months in Japanese when the interface is Japanese", async () => {
		({ app } = await start({ language: "ja" }));
		await openNote(app, RIVER);
		await openPane(app);
		expect(dates()).toEqual(["1878年7月15日", "2023年5月", "2024年10月29日"]);
		expect(texts(".sbl-tl-year-label")).toEqual(["1878年", "2023年", "2024年"]);
		expect(texts(".sbl-tl-month")).toEqual(["7月", "5月", "10月"]);
		expect(pane().querySelector(".sbl-tl-summary")?.textContent).toContain("3 件の出来事");
	});

	it("renders a long history in chunks and reaches its end with the keyboard", async () => {
		// 500 events: enough for several chunks; speed is measured in the e2e harness.
		({ app } = await start({ extra: { "Many.md": manyEvents(500) } }));
		await openNote(app, "Many.md");
		expect(runCommand(app, "scrapbox-lens:open-timeline")).toBe(true);
		// The first chunk is in before the rest.
		await new Promise((resolve) => setTimeout(resolve, 0));
		await expect.poll(() => document.querySelectorAll(".sbl-tl-event").length).toBeGreaterThan(0);
		const first = document.querySelectorAll(".sbl-tl-event").length;
		expect(first).toBeLessThan(500);
		await settle(app);
		expect(cards()).toHaveLength(500);
		expect(pane().querySelector(".sbl-tl-list")?.getAttribute("aria-busy")).toBe("false");
		key(cards()[0], "End");
		expect(activeDocument.activeElement).toBe(cards()[499]);
		// happy-dom is slow with 500 cards, the more so on a busy machine (15–26 s seen); this tests behaviour, not speed.
	}, 60000);

	it("unloads leaving no listeners, and its leaf stays parked", async () => {
		const started = await start();
		app = started.app;
		expect(totalListeners(listenerCounts(app))).toBeGreaterThan(0);
		await openNote(app, RIVER);
		await openPane(app);
		await chooseScope(app, "vault");
		(pane().querySelector("input.sbl-tl-filter") as HTMLInputElement).dispatchEvent(new Event("input"));
		await unloadPlugin(started.plugin);
		expect(listenerCounts(app)).toEqual(Object.fromEntries(Object.keys(listenerCounts(app)).map((k) => [k, 0])));
		expect(document.querySelector(".sbl-timeline")).toBeNull();
	});
});
