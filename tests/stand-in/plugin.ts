/**
 * Plugin: everything it registers goes away on unload, as in Obsidian —
 * commands, ribbon icons, status-bar items, the settings tab, views (their
 * leaves stay, showing an empty view), file extensions, post-processors,
 * code-block processors, editor extensions, protocol handlers, hover sources
 * and editor suggests. Data lives in `<configDir>/plugins/<id>/data.json` on
 * the vault adapter, so it can be seeded and inspected.
 */
import type { Extension } from "@codemirror/state";
import type { App, ViewCreator } from "./app";
import { Component } from "./component";
import { setIcon } from "./icons";
import { MarkdownPreviewRenderer, type MarkdownPostProcessor, type MarkdownPostProcessorContext } from "./markdown";
import type { Command, PluginManifest } from "./plugin-types";
import type { SettingTab } from "./ui";

export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;
	/** Stand-in: the promise onload returned, which loadPlugin awaits. */
	onloadPromise: Promise<void> = Promise.resolve();

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	override load(): void {
		if (this._loaded) return;
		this._loaded = true;
		this.onloadPromise = Promise.resolve(this.onload()).then(() => undefined);
		for (const child of this._children.slice()) child.load();
	}

	// eslint-disable-next-line @typescript-eslint/no-misused-promises -- Obsidian's Plugin.onload may be async.
	override onload(): Promise<void> | void {
		// Overridden by plugins.
	}

	private get dataPath(): string {
		return `${this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`}/data.json`;
	}

	async loadData(): Promise<unknown> {
		const adapter = this.app.vault.adapter;
		if (!(await adapter.exists(this.dataPath))) return null;
		return JSON.parse(await adapter.read(this.dataPath)) as unknown;
	}

	async saveData(data: unknown): Promise<void> {
		const adapter = this.app.vault.adapter;
		await adapter.mkdir(this.dataPath.slice(0, this.dataPath.lastIndexOf("/")));
		await adapter.write(this.dataPath, JSON.stringify(data, null, 2));
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.app.workspace.leftRibbon.actionsEl.createDiv({ cls: ["clickable-icon", "side-dock-ribbon-action"], attr: { "aria-label": title, "data-tooltip-position": "right" } });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => void callback(evt));
		this.register(() => el.detach());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		const el = this.app.workspace.statusBarEl.createDiv({ cls: ["status-bar-item", `plugin-${this.manifest.id.toLowerCase().replace(/[^a-z0-9-]/g, "-")}`] });
		this.register(() => el.detach());
		return el;
	}

	/** Prefixes id and name with the plugin's, as Obsidian does, and returns the same object. */
	addCommand(command: Command): Command {
		command.id = `${this.manifest.id}:${command.id}`;
		command.name = `${this.manifest.name}: ${command.name}`;
		this.app.commands.addCommand(command);
		const id = command.id;
		this.register(() => this.app.commands.removeCommand(id));
		return command;
	}

	removeCommand(commandId: string): void {
		this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
	}

	addSettingTab(settingTab: SettingTab): void {
		this.app.setting.addSettingTab(settingTab);
		this.register(() => this.app.setting.removeSettingTab(settingTab));
	}

	registerView(type: string, viewCreator: ViewCreator): void {
		this.app.viewRegistry.registerView(type, viewCreator);
		this.register(() => this.app.viewRegistry.unregisterView(type));
	}

	registerHoverLinkSource(id: string, info: { display: string; defaultMod: boolean }): void {
		this.app.hoverLinkSources.set(id, info);
		this.register(() => this.app.hoverLinkSources.delete(id));
	}

	registerExtensions(extensions: string[], viewType: string): void {
		this.app.viewRegistry.registerExtensions(extensions, viewType);
		this.register(() => this.app.viewRegistry.unregisterExtensions(extensions));
	}

	registerMarkdownPostProcessor(postProcessor: MarkdownPostProcessor, sortOrder?: number): MarkdownPostProcessor {
		MarkdownPreviewRenderer.registerPostProcessor(postProcessor, sortOrder);
		this.register(() => MarkdownPreviewRenderer.unregisterPostProcessor(postProcessor));
		return postProcessor;
	}

	registerMarkdownCodeBlockProcessor(
		language: string,
		handler: (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void,
		sortOrder?: number,
	): MarkdownPostProcessor {
		const processor = MarkdownPreviewRenderer.createCodeBlockPostProcessor(language, handler);
		return this.registerMarkdownPostProcessor(processor, sortOrder);
	}

	registerEditorExtension(extension: Extension): void {
		this.app.editorExtensions.push(extension);
		this.app.workspace.updateOptions();
		this.register(() => {
			this.app.editorExtensions.remove(extension);
			this.app.workspace.updateOptions();
		});
	}

	registerObsidianProtocolHandler(action: string, handler: (params: Record<string, string>) => unknown): void {
		this.app.protocolHandlers.set(action, handler);
		this.register(() => this.app.protocolHandlers.delete(action));
	}

	registerEditorSuggest(editorSuggest: unknown): void {
		this.app.editorSuggests.push(editorSuggest);
		this.register(() => this.app.editorSuggests.remove(editorSuggest));
	}

	onUserEnable(): void {
		// Overridden by plugins.
	}
}
