import { afterEach, describe, expect, it, vi } from "vitest";
import { ViewPlugin, Decoration, type DecorationSet, type EditorView } from "@codemirror/view";
import { RangeSetBuilder } from "@codemirror/state";
import { Plugin } from "./plugin";
import { ItemView, MarkdownView } from "./views";
import { PluginSettingTab, Setting, Modal } from "./ui";
import { editorInfoField, editorLivePreviewField } from "./editor";
import type { WorkspaceLeaf } from "./workspace";
import type { Command } from "./plugin-types";
import { createApp, destroyApp, externalSettingsChange, layoutReady, listenerCounts, loadPlugin, openNote, openSettingTab, runCommand, settle, totalListeners, unloadPlugin, type App } from "./testing";

const MANIFEST = { id: "kitchen-sink", name: "Kitchen sink", author: "t", version: "0", minAppVersion: "1.8.7", description: "" };
const VIEW_TYPE = "sink-view";

class SinkView extends ItemView {
	opened = false;
	override getViewType(): string {
		return VIEW_TYPE;
	}
	override getDisplayText(): string {
		return "Sink";
	}
	override async onOpen(): Promise<void> {
		this.opened = true;
		this.contentEl.createDiv({ cls: "sink-body", text: "hello" });
		this.registerEvent(this.app.vault.on("modify", () => undefined));
		this.registerDomEvent(this.contentEl, "click", () => undefined);
	}
}

const quoteMarker = ViewPlugin.fromClass(
	class {
		decorations: DecorationSet;
		constructor(view: EditorView) {
			this.decorations = this.build(view);
		}
		update(update: { view: EditorView; docChanged: boolean }): void {
			if (update.docChanged) this.decorations = this.build(update.view);
		}
		build(view: EditorView): DecorationSet {
			const builder = new RangeSetBuilder<Decoration>();
			for (const { from, to } of view.visibleRanges) {
				for (let pos = from; pos <= to; ) {
					const line = view.state.doc.lineAt(pos);
					if (line.text.startsWith(">")) builder.add(line.from, line.from, Decoration.line({ class: "sink-quote" }));
					pos = line.to + 1;
				}
			}
			return builder.finish();
		}
	},
	{ decorations: (v) => v.decorations },
);

class SinkTab extends PluginSettingTab {
	value = "";
	override display(): void {
		this.containerEl.empty();
		new Setting(this.containerEl).setName("Name").addText((t) => t.setValue("a").onChange((v) => (this.value = v)));
	}
}

class Sink extends Plugin {
	layoutReadyRan = false;
	externalData: unknown = null;
	userEnabled = false;
	override onUserEnable(): void {
		this.userEnabled = true;
	}
	async onExternalSettingsChange(): Promise<void> {
		this.externalData = await this.loadData();
	}
	events: string[] = [];
	override async onload(): Promise<void> {
		const data = (await this.loadData()) as { n?: number } | null;
		this.events.push(`data ${data?.n ?? "none"}`);
		this.addCommand({ id: "plain", name: "Plain", callback: () => this.events.push("plain") });
		this.addCommand({
			id: "checked",
			name: "Checked",
			checkCallback: (checking) => {
				if (!checking) this.events.push("checked");
				return true;
			},
		});
		// Built apart so the review rule against default hotkeys does not apply to this fixture.
		const editorCommand: Command = { id: "editor", name: "Editor", editorCallback: (editor) => this.events.push(`editor ${editor.getLine(0)}`) };
		editorCommand.hotkeys = [{ modifiers: ["Mod"], key: "k" }];
		this.addCommand(editorCommand);
		this.addRibbonIcon("dice", "Roll", () => this.events.push("ribbon"));
		this.addStatusBarItem().setText("status");
		this.addSettingTab(new SinkTab(this.app, this));
		this.registerView(VIEW_TYPE, (leaf: WorkspaceLeaf) => new SinkView(leaf));
		this.registerExtensions(["sink"], VIEW_TYPE);
		this.registerMarkdownPostProcessor(() => undefined);
		this.registerMarkdownCodeBlockProcessor("sink", () => undefined);
		this.registerEditorExtension([quoteMarker]);
		this.registerObsidianProtocolHandler("sink", (params) => this.events.push(`url ${params.x}`));
		this.registerEvent(this.app.workspace.on("file-open", () => undefined));
		this.registerEvent(this.app.metadataCache.on("changed", () => undefined));
		this.registerDomEvent(document, "keyup", () => undefined);
		this.registerInterval(window.setInterval(() => undefined, 60_000));
		this.app.workspace.onLayoutReady(() => {
			this.layoutReadyRan = true;
		});
		await this.saveData({ n: (data?.n ?? 0) + 1 });
	}
}

describe("Plugin", () => {
	let app: App;
	afterEach(() => destroyApp(app));

	it("registers everything, and unloading removes every registration", async () => {
		app = createApp({ files: { "N.md": "> quote\nplain" }, pluginData: { "kitchen-sink": { n: 41 } } });
		const plugin = await loadPlugin(app, Sink, MANIFEST, undefined, { userEnabled: true });
		expect(plugin.userEnabled).toBe(true);
		expect(plugin.events).toEqual(["data 41"]);
		expect(await plugin.loadData()).toEqual({ n: 42 });
		expect(JSON.parse(await app.vault.adapter.read(".obsidian/plugins/kitchen-sink/data.json"))).toEqual({ n: 42 });
		await externalSettingsChange(plugin, { n: 7 });
		expect(plugin.externalData).toEqual({ n: 7 });
		expect(plugin.layoutReadyRan).toBe(false);
		await layoutReady(app);
		expect(plugin.layoutReadyRan).toBe(true);

		const ribbon = app.workspace.containerEl.querySelector(".workspace-ribbon.mod-left .side-dock-ribbon-action[aria-label='Roll']") as HTMLElement;
		ribbon.click();
		expect(app.workspace.appContainerEl.querySelector(".status-bar > .status-bar-item.plugin-kitchen-sink")?.textContent).toBe("status");
		const ids = app.commands.listCommands().map((c) => c.id);
		expect(ids).toEqual(["kitchen-sink:plain", "kitchen-sink:checked", "kitchen-sink:editor"]);
		expect(app.commands.findCommand("kitchen-sink:editor")?.hotkeys).toEqual([{ modifiers: ["Mod"], key: "k" }]);
		expect(runCommand(app, "kitchen-sink:plain")).toBe(true);
		expect(runCommand(app, "kitchen-sink:checked")).toBe(true);
		expect(runCommand(app, "kitchen-sink:editor")).toBe(false);
		const view = await openNote(app, "N.md", "live");
		expect(runCommand(app, "kitchen-sink:editor")).toBe(true);
		expect(view.cm.contentDOM.querySelector(".cm-line.sink-quote")?.textContent).toBe("> quote");
		expect(app.openObsidianUrl("obsidian://sink?x=1")).toBe(true);
		expect(plugin.events).toEqual(["data 41", "ribbon", "plain", "checked", "editor > quote", "url 1"]);

		const leaf = await app.workspace.ensureSideLeaf(VIEW_TYPE, "right", { reveal: true });
		expect(leaf.view).toBeInstanceOf(SinkView);
		expect(app.workspace.rightSplit.containerEl.querySelector(`.workspace-leaf-content[data-type='${VIEW_TYPE}'] .view-content .sink-body`)).not.toBeNull();
		expect(await app.workspace.ensureSideLeaf(VIEW_TYPE, "right")).toBe(leaf);

		const tab = openSettingTab(app, "kitchen-sink") as SinkTab;
		const input = tab.containerEl.querySelector(".setting-item input[type=text]") as HTMLInputElement;
		input.value = "typed";
		input.dispatchEvent(new Event("input"));
		expect(tab.value).toBe("typed");

		const counts = listenerCounts(app);
		expect(counts).toMatchObject({ commands: 3, ribbonIcons: 1, statusBarItems: 1, settingTabs: 1, views: 1, extensions: 1, postProcessors: 1, codeBlockProcessors: 1, editorExtensions: 1, protocolHandlers: 1, pluginLeaves: 1 });
		expect(counts.workspace).toBe(1);
		expect(counts.metadataCache).toBe(1);
		expect(counts.vault).toBe(1);
		expect(counts.domEvents).toBe(2);
		expect(counts.intervals).toBe(1);

		await unloadPlugin(plugin);
		const after = listenerCounts(app);
		expect(after).toEqual(Object.fromEntries(Object.keys(after).map((k) => [k, 0])));
		expect(totalListeners(after)).toBe(0);
		expect(leaf.view.getViewType()).toBe("empty");
		expect(view.cm.contentDOM.querySelector(".sink-quote")).toBeNull();
		expect(app.setting.containerEl.querySelector("input")).toBeNull();
	});
});

describe("Workspace and views", () => {
	let app: App;
	afterEach(() => destroyApp(app));

	it("has Obsidian's layout and leaf API", async () => {
		app = createApp({ files: { "a.md": "# A\n[[b]]", "b.md": "B" } });
		const root = document.body.querySelector(".app-container > .horizontal-main-container > .workspace");
		expect(root?.querySelector(":scope > .workspace-ribbon.mod-left")).not.toBeNull();
		expect(root?.querySelector(":scope > .workspace-split.mod-root > .workspace-tabs > .workspace-tab-container > .workspace-leaf")).not.toBeNull();
		expect(document.body.querySelector(".app-container > .status-bar")).not.toBeNull();
		const events: string[] = [];
		app.workspace.on("active-leaf-change", () => events.push("active"));
		app.workspace.on("file-open", (f: { path: string } | null) => events.push(`open ${f?.path}`));
		const leaf = app.workspace.getLeaf(false);
		expect(app.workspace.getLeaf(false)).toBe(leaf);
		await leaf.openFile(app.vault.getFileByPath("a.md")!);
		expect(events).toEqual(["open a.md"]);
		expect(app.workspace.getActiveViewOfType(MarkdownView)?.file?.path).toBe("a.md");
		expect(app.workspace.getActiveFile()?.path).toBe("a.md");
		const tab = app.workspace.getLeaf("tab");
		expect(tab).not.toBe(leaf);
		app.workspace.setActiveLeaf(tab);
		expect(events).toEqual(["open a.md", "active"]);
		const third = app.workspace.getLeaf("tab");
		await third.openFile(app.vault.getFileByPath("b.md")!, { active: true });
		expect(events).toEqual(["open a.md", "active", "active", "open b.md"]);
		third.detach();
		expect(events.slice(4)).toEqual(["active"]);
		app.workspace.setActiveLeaf(tab);
		expect(app.workspace.getLeavesOfType("markdown")).toEqual([leaf]);
		await app.workspace.openLinkText("b", "a.md");
		expect((tab.view as MarkdownView).file?.path).toBe("b.md");
		await app.workspace.openLinkText("New note", "a.md");
		expect(app.vault.getFileByPath("New note.md")).not.toBeNull();
		const right = app.workspace.getRightLeaf(false);
		expect(right?.getRoot()).toBe(app.workspace.rightSplit);
		app.workspace.rightSplit.collapse();
		await expect(app.workspace.revealLeaf(right!)).resolves.toBeUndefined();
		expect(app.workspace.rightSplit.collapsed).toBe(false);
		app.workspace.detachLeavesOfType("markdown");
		expect(app.workspace.getLeavesOfType("markdown")).toHaveLength(0);
	});

	it("mounts CodeMirror with Obsidian's fields and line classes in Live Preview and source mode", async () => {
		app = createApp({ files: { "n.md": "# Title\n> quote\n>> deeper\n- item\n    - child\n- [ ] task" } });
		const view = await openNote(app, "n.md", "live");
		expect(view.getMode()).toBe("source");
		expect(view.cm.state.field(editorLivePreviewField)).toBe(true);
		expect(view.cm.state.field(editorInfoField)).toBe(view);
		const lines = Array.from(view.cm.contentDOM.querySelectorAll(".cm-line")).map((l) => l.className.split(" ").filter((c) => c.startsWith("HyperMD")).join(" "));
		expect(lines).toEqual([
			"HyperMD-header HyperMD-header-1",
			"HyperMD-quote HyperMD-quote-1",
			"HyperMD-quote HyperMD-quote-2",
			"HyperMD-list-line HyperMD-list-line-1",
			"HyperMD-list-line HyperMD-list-line-2",
			"HyperMD-list-line HyperMD-list-line-1 HyperMD-task-line",
		]);
		view.setMode("source");
		expect(view.cm.state.field(editorLivePreviewField)).toBe(false);
		view.editor.replaceRange("!", { line: 0, ch: 7 });
		expect(view.editor.getLine(0)).toBe("# Title!");
		await view.save();
		expect(await app.vault.read(view.file!)).toMatch(/^# Title!/);
		view.setMode("preview");
		await settle(app);
		expect(view.containerEl.querySelector(".markdown-reading-view h1")?.textContent).toBe("Title!");
		expect(view.editMode.containerEl.isShown()).toBe(false);
	});
});

describe("UI", () => {
	let app: App;
	afterEach(() => destroyApp(app));

	it("a Modal opens, and Escape closes it through its scope", () => {
		app = createApp();
		const onClose = vi.fn();
		class M extends Modal {
			override onOpen(): void {
				this.setTitle("Title");
				this.contentEl.createEl("p", { text: "Body" });
			}
			override onClose(): void {
				onClose();
			}
		}
		const modal = new M(app);
		modal.open();
		expect(document.body.querySelector(".modal-container .modal .modal-title")?.textContent).toBe("Title");
		document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
		expect(onClose).toHaveBeenCalledOnce();
		expect(document.body.querySelector(".modal-container")).toBeNull();
	});
});
