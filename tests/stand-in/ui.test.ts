import { afterEach, describe, expect, it, vi } from "vitest";
import { AbstractInputSuggest, FuzzySuggestModal, Menu, Notice, Setting, liveNotices, type ToggleComponent } from "./ui";
import { Platform, debounce, getLanguage, requestUrl } from "./platform";
import { setIcon } from "./icons";
import { createApp, destroyApp, fileAt, layoutReady, menuTitles, openFileMenu, requestLog, setPlatform, setRequestHandler, type App } from "./testing";

describe("Setting components", () => {
	it("fire onChange from real DOM events", () => {
		const el = document.body.createDiv();
		const seen: unknown[] = [];
		let toggle: ToggleComponent | null = null;
		new Setting(el)
			.setName("Name")
			.setDesc("Desc")
			.addText((t) => t.setPlaceholder("p").onChange((v) => seen.push(["text", v])))
			.addToggle((t) => (toggle = t.setValue(false).onChange((v) => seen.push(["toggle", v]))))
			.addDropdown((d) => d.addOptions({ a: "A", b: "B" }).setValue("a").onChange((v) => seen.push(["dropdown", v])))
			.addSlider((s) => s.setLimits(0, 10, 1).setValue(3).onChange((v) => seen.push(["slider", v])))
			.addButton((b) => b.setButtonText("Go").setCta().onClick(() => seen.push(["button"])));
		const item = el.querySelector(".setting-item") as HTMLElement;
		expect(item.querySelector(".setting-item-info > .setting-item-name")?.textContent).toBe("Name");
		expect(item.querySelector(".setting-item-description")?.textContent).toBe("Desc");
		const text = item.querySelector("input[type=text]") as HTMLInputElement;
		text.value = "hi";
		text.dispatchEvent(new Event("input"));
		(item.querySelector(".checkbox-container") as HTMLElement).click();
		const select = item.querySelector("select.dropdown") as HTMLSelectElement;
		select.value = "b";
		select.dispatchEvent(new Event("change"));
		const slider = item.querySelector("input.slider") as HTMLInputElement;
		slider.value = "7";
		slider.dispatchEvent(new Event("change"));
		(item.querySelector("button.mod-cta") as HTMLButtonElement).click();
		expect(seen).toEqual([["text", "hi"], ["toggle", true], ["dropdown", "b"], ["slider", 7], ["button"]]);
		expect((toggle as ToggleComponent | null)?.toggleEl.classList.contains("is-enabled")).toBe(true);
		el.detach();
	});
});

describe("Notice, icons, suggest", () => {
	let app: App;
	afterEach(() => destroyApp(app));

	it("Notice lives in .notice-container until hidden or timed out", () => {
		vi.useFakeTimers();
		const n = new Notice("Saved", 1000);
		expect(liveNotices()).toEqual(["Saved"]);
		n.setMessage("Saved twice");
		expect(liveNotices()).toEqual(["Saved twice"]);
		vi.advanceTimersByTime(1000);
		expect(liveNotices()).toEqual([]);
		const sticky = new Notice("Sticky", 0);
		vi.advanceTimersByTime(60_000);
		expect(liveNotices()).toEqual(["Sticky"]);
		sticky.hide();
		vi.useRealTimers();
	});

	it("setIcon draws an svg.svg-icon with data-icon", () => {
		const el = createDiv();
		setIcon(el, "dice");
		setIcon(el, "clock");
		expect(el.querySelectorAll("svg.svg-icon")).toHaveLength(1);
		expect(el.querySelector("svg")?.getAttribute("data-icon")).toBe("clock");
	});

	it("FuzzySuggestModal filters, renders and chooses", async () => {
		app = createApp();
		const chosen: string[] = [];
		class Pick extends FuzzySuggestModal<string> {
			getItems(): string[] {
				return ["Alpha", "Beta", "Alphabet"];
			}
			getItemText(item: string): string {
				return item;
			}
			onChooseItem(item: string): void {
				chosen.push(item);
			}
		}
		const modal = new Pick(app);
		modal.open();
		modal.inputEl.value = "bet";
		await modal.updateSuggestions();
		const items = Array.from(modal.resultContainerEl.querySelectorAll(".suggestion-item")).map((el) => el.textContent);
		expect(items).toEqual(["Beta", "Alphabet"]);
		document.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		expect(chosen).toEqual(["Beta"]);
		expect(modal.isOpen).toBe(false);
	});
});

describe("Platform, language, network, debounce", () => {
	afterEach(() => setRequestHandler(null));

	it("requestUrl rejects without a handler and answers through one", async () => {
		await expect(requestUrl("https://example.com/x")).rejects.toThrow(/no network/);
		setRequestHandler((req) => (req.url.endsWith("/missing") ? { status: 404 } : { json: { ok: true } }));
		await expect(requestUrl({ url: "https://example.com/a" }).json).resolves.toEqual({ ok: true });
		await expect(requestUrl("https://example.com/missing")).rejects.toMatchObject({ status: 404 });
		expect((await requestUrl({ url: "https://example.com/missing", throw: false })).status).toBe(404);
		expect(requestLog.map((r) => r.url)).toContain("https://example.com/a");
	});

	it("Platform and language are settable", () => {
		const app = createApp({ language: "ja", platform: { isMobile: true, isDesktop: false } });
		expect(getLanguage()).toBe("ja");
		expect(Platform.isMobile).toBe(true);
		setPlatform({ isPhone: true });
		expect(Platform.isPhone).toBe(true);
		destroyApp(app);
		createApp().destroy();
		expect(Platform.isMobile).toBe(false);
		expect(getLanguage()).toBe("en");
	});

	it("debounce calls once per burst with the last arguments; run and cancel", () => {
		vi.useFakeTimers();
		const cb = vi.fn((x: number) => x * 2);
		const d = debounce(cb, 100, true);
		d(1);
		vi.advanceTimersByTime(50);
		d(2);
		vi.advanceTimersByTime(99);
		expect(cb).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(cb).toHaveBeenCalledExactlyOnceWith(2);
		d(3);
		expect(d.run()).toBe(6);
		d(4);
		d.cancel();
		vi.advanceTimersByTime(500);
		expect(cb).toHaveBeenCalledTimes(2);
		vi.useRealTimers();
	});
});

describe("Menu, input suggest, layout-ready", () => {
	let app: App;
	afterEach(() => destroyApp(app));

	it("a Menu shows its items and runs the clicked one", () => {
		app = createApp();
		const clicked: string[] = [];
		const menu = new Menu().addItem((item) => item.setTitle("First").setIcon("dice").onClick(() => clicked.push("first"))).addSeparator().addItem((item) => item.setTitle("Off").setDisabled(true).onClick(() => clicked.push("off")));
		menu.showAtPosition({ x: 10, y: 10 });
		const items = Array.from(document.body.querySelectorAll<HTMLElement>(".menu > .menu-item"));
		expect(items.map((i) => i.textContent)).toEqual(["First", "Off"]);
		items[1].click();
		items[0].click();
		expect(clicked).toEqual(["first"]);
		expect(document.body.querySelector(".menu")).toBeNull();
	});

	it("AbstractInputSuggest suggests for the input's value and reports the choice", async () => {
		app = createApp({ files: { "Alpha.md": "", "Beta.md": "" } });
		const input = document.body.createEl("input", { type: "text" });
		const chosen: string[] = [];
		class NoteSuggest extends AbstractInputSuggest<string> {
			protected getSuggestions(query: string): string[] {
				return app.vault.getMarkdownFiles().map((f) => f.basename).filter((n) => n.toLowerCase().includes(query.toLowerCase()));
			}
			renderSuggestion(value: string, el: HTMLElement): void {
				el.setText(value);
			}
		}
		const suggest = new NoteSuggest(app, input).onSelect((value) => {
			chosen.push(value);
			suggest.setValue(value);
		});
		input.value = "al";
		await suggest.refresh();
		const items = Array.from(document.body.querySelectorAll<HTMLElement>(".suggestion-container .suggestion-item"));
		expect(items.map((i) => i.textContent)).toEqual(["Alpha"]);
		items[0].dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
		expect(chosen).toEqual(["Alpha"]);
		expect(input.value).toBe("Alpha");
		expect(document.body.querySelector(".suggestion-container")).toBeNull();
		input.detach();
	});

	it("file-menu handlers add items to the menu a test opens", () => {
		app = createApp({ files: { "a.md": "" } });
		const ran: string[] = [];
		app.workspace.on("file-menu", (menu: Menu, file: { path: string }) => {
			menu.addItem((item) => item.setTitle(`Process ${file.path}`).onClick(() => ran.push(file.path)));
		});
		const menu = openFileMenu(app, fileAt(app, "a.md"));
		expect(menuTitles(menu)).toEqual(["Process a.md"]);
		menu.dom.querySelector<HTMLElement>(".menu-item")?.click();
		expect(ran).toEqual(["a.md"]);
	});

	it("onLayoutReady queues until layout-ready, then runs callbacks right away", async () => {
		app = createApp();
		const order: string[] = [];
		app.workspace.onLayoutReady(() => order.push("queued"));
		expect(order).toEqual([]);
		await layoutReady(app);
		app.workspace.onLayoutReady(() => order.push("immediate"));
		expect(order).toEqual(["queued", "immediate"]);
	});
});
