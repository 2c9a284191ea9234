import { afterEach, describe, expect, it, vi } from "vitest";
import { MarkdownRenderChild, MarkdownRenderer, type MarkdownPostProcessorContext } from "./markdown";
import { Component } from "./component";
import { Plugin } from "./plugin";
import { captureCallbackErrors, createApp, destroyApp, fileAt, loadPlugin, openNote, settle, type App } from "./testing";
import type { MarkdownView } from "./views";

const MANIFEST = { id: "probe", name: "Probe", author: "t", version: "0", minAppVersion: "1.8.7", description: "" };

const NOTE = [
	"---",
	"title: T",
	"---",
	"Intro line one",
	"line two with **bold**, *it*, ~~gone~~, ==mark==, `code`, $x$",
	"",
	"> Quote head",
	">  Feb 24, 2023 - [[LLaMA]] is released",
	">",
	">  March 3, 2023 - more",
	"- first [[Known]]",
	"\t- tab child",
	"\t\t- tab grandchild",
	"- > quoted in an item",
	"  > second quote line",
	"",
	"1. one",
	"2. two",
	"",
	"```scrapbox",
	"[* bold]",
	"```",
	"",
	"| a | b |",
	"|---|:-:|",
	"| 1 | 2 |",
	"",
	"---",
	"Links: [ok](https://example.com) [bad](javascript:alert(1)) <https://auto.example> https://bare.example/x. #tag",
	"<img src='https://scrapbox.io/api/pages/p/n/icon' alt='n.icon' height=\"19.5\" onerror=\"alert(1)\"/> <script>x</script>",
].join("\n");

class Probe extends Plugin {
	seen: { cls: string; info: ReturnType<MarkdownPostProcessorContext["getSectionInfo"]> }[] = [];
	override onload(): void {
		this.registerMarkdownPostProcessor((el, ctx) => {
			this.seen.push({ cls: el.className, info: ctx.getSectionInfo(el) });
		});
		this.registerMarkdownCodeBlockProcessor("scrapbox", (source, el) => {
			el.createDiv({ cls: "rendered-scrapbox", text: source });
		});
	}
}

describe("Reading view", () => {
	let app: App;
	afterEach(() => destroyApp(app));

	it("renders one div per section, with Obsidian's structure and classes", async () => {
		app = createApp({ files: { "Note.md": NOTE, "Known.md": "" } });
		const plugin = await loadPlugin(app, Probe, MANIFEST);
		const view = await openNote(app, "Note.md", "preview");
		const sizer = view.containerEl.querySelector(".markdown-reading-view > .markdown-preview-view > .markdown-preview-sizer.markdown-preview-section");
		expect(sizer).not.toBeNull();
		const sections = Array.from(sizer?.children ?? []).filter((el) => !el.matches(".markdown-preview-pusher, .mod-header, .mod-footer"));
		expect(sections.map((s) => s.className)).toEqual([
			"el-pre mod-frontmatter mod-ui",
			"el-p",
			"el-blockquote",
			"el-ul",
			"el-ol",
			"el-pre",
			"el-table",
			"el-hr",
			"el-p",
		]);
		expect(plugin.seen.map((s) => [s.info?.lineStart, s.info?.lineEnd])).toEqual([
			[0, 2],
			[3, 4],
			[6, 9],
			[10, 14],
			[16, 17],
			[19, 21],
			[23, 25],
			[27, 27],
			[28, 29],
		]);
		expect(plugin.seen[0].info?.text).toBe(NOTE);
		const p = sections[1];
		expect(p.querySelector("p")?.innerHTML).toBe(
			"Intro line one<br>line two with <strong>bold</strong>, <em>it</em>, <del>gone</del>, <mark>mark</mark>, <code>code</code>, $x$",
		);
		const quote = sections[2].querySelector("blockquote");
		expect(quote?.querySelectorAll("p")).toHaveLength(2);
		const link = quote?.querySelector("a.internal-link");
		expect(link?.getAttribute("data-href")).toBe("LLaMA");
		expect(link?.classList.contains("is-unresolved")).toBe(true);
		const list = sections[3];
		expect(list.querySelector("a.internal-link")?.classList.contains("is-unresolved")).toBe(false);
		expect(list.querySelectorAll(":scope > ul > li")).toHaveLength(2);
		expect(list.querySelector(":scope > ul > li > ul > li > ul > li")?.textContent).toBe("tab grandchild");
		expect(list.querySelector(":scope > ul > li:nth-child(2) > blockquote")?.textContent).toBe("quoted in an item\nsecond quote line".replace("\n", ""));
		expect(Array.from(list.querySelectorAll("li")).map((li) => li.getAttribute("data-line"))).toEqual(["0", "1", "2", "3"]);
		expect(Array.from(sections[4].querySelectorAll("ol > li")).map((li) => li.textContent)).toEqual(["one", "two"]);
		expect(sections[5].querySelector(".block-language-scrapbox > .rendered-scrapbox")?.textContent).toBe("[* bold]");
		expect(sections[5].querySelector("pre")).toBeNull();
		expect(sections[6].querySelectorAll("td")).toHaveLength(2);
		const last = sections[8];
		const anchors = Array.from(last.querySelectorAll("a"));
		expect(anchors.map((a) => [a.className, a.getAttribute("href")])).toEqual([
			["external-link", "https://example.com"],
			["external-link", "https://auto.example"],
			["external-link", "https://bare.example/x"],
			["tag", "#tag"],
		]);
		expect(last.querySelector(".is-unsafe")?.textContent).toBe("bad");
		const img = last.querySelector("img");
		expect(img?.getAttribute("src")).toBe("https://scrapbox.io/api/pages/p/n/icon");
		expect(img?.getAttribute("height")).toBe("19.5");
		expect(img?.hasAttribute("onerror")).toBe(false);
		expect(last.querySelector("script")).toBeNull();
		expect(last.textContent).toContain("<script>x</script>");
		expect(view.containerEl.querySelector(".mod-header .metadata-property-value")?.textContent).toBe("T");
	});

	it("re-renders only changed sections and unloads children of removed ones", async () => {
		app = createApp({ files: { "N.md": "A\n\nB\n\nC" } });
		const unloaded = vi.fn();
		class Child extends MarkdownRenderChild {
			override onunload(): void {
				unloaded(this.containerEl.textContent);
			}
		}
		let calls = 0;
		class P extends Plugin {
			override onload(): void {
				this.registerMarkdownPostProcessor((el, ctx) => {
					calls++;
					ctx.addChild(new Child(el));
				});
			}
		}
		await loadPlugin(app, P, MANIFEST);
		const view = await openNote(app, "N.md", "preview");
		expect(calls).toBe(3);
		await app.vault.modify(view.file!, "Z\n\nA\n\nC");
		await settle(app);
		expect(calls).toBe(4);
		expect(unloaded).toHaveBeenCalledWith("B");
		const paragraphs = view.previewMode.sizerEl.findAll(":scope > .el-p");
		expect(paragraphs.map((p) => p.textContent)).toEqual(["Z", "A", "C"]);
		expect(view.previewMode.getSectionInfo(paragraphs[2].querySelector("p") as HTMLElement)).toEqual({ text: "Z\n\nA\n\nC", lineStart: 4, lineEnd: 4 });
		expect(view.previewMode.getSectionInfo(createDiv())).toBeNull();
		// A plugin whose settings changed asks for a full re-render: every section is processed again.
		view.previewMode.rerender(true);
		await settle(app);
		expect(calls).toBe(7);
		expect(unloaded).toHaveBeenCalledTimes(4);
	});

	it("runs post-processors by sortOrder and keeps going after one throws", async () => {
		const captured = captureCallbackErrors();
		app = createApp({ files: { "N.md": "x" } });
		const order: string[] = [];
		class P extends Plugin {
			override onload(): void {
				this.registerMarkdownPostProcessor(() => void order.push("late"), 10);
				this.registerMarkdownPostProcessor(() => {
					order.push("throws");
					throw new Error("processor failed");
				});
				this.registerMarkdownPostProcessor(() => void order.push("early"), -5);
			}
		}
		await loadPlugin(app, P, MANIFEST);
		const el = createDiv();
		const owner = new Component();
		owner.load();
		await MarkdownRenderer.render(app, "x", el, "N.md", owner);
		owner.unload();
		captured.stop();
		expect(order).toEqual(["early", "throws", "late"]);
		expect(captured.errors).toEqual([new Error("processor failed")]);
		expect(el.querySelector(":scope > div.el-p > p")?.textContent).toBe("x");
	});

	it("openFile passes eState.line to the view: a flash in Reading view, the cursor in the editor", async () => {
		app = createApp({ files: { "N.md": "# H\n\npara one\n\npara two" } });
		const leaf = app.workspace.getLeaf(false);
		await leaf.openFile(fileAt(app, "N.md"), { state: { mode: "preview" }, eState: { line: 2 } });
		await settle(app);
		expect(leaf.view.containerEl.querySelector(".is-flashing")?.textContent).toBe("para one");
		await leaf.setViewState({ type: "markdown", state: { file: "N.md", mode: "source", source: false } }, { line: 4 });
		const view = leaf.view as MarkdownView;
		expect(view.getStandInMode()).toBe("live");
		expect(view.editor.getCursor()).toEqual({ line: 4, ch: 0 });
	});

	it("flashes the section holding a line on setEphemeralState", async () => {
		app = createApp({ files: { "N.md": "# H\n\npara one\n\npara two" } });
		const view = await openNote(app, "N.md", "preview");
		view.setEphemeralState({ line: 4 });
		await settle(app);
		const flashing = view.containerEl.querySelector(".is-flashing");
		expect(flashing?.textContent).toBe("para two");
	});
});
