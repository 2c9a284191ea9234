/**
 * The App and the registries behind it. Public members follow obsidian.d.ts
 * (vault, metadataCache, workspace, fileManager, keymap, scope, lastEvent,
 * load/saveLocalStorage); the rest mirror the app's internal objects that
 * plugins and tests reach for: `commands` (executeCommandById, listCommands),
 * `setting` (the settings modal), `plugins`, `viewRegistry`.
 */
import type { Extension } from "@codemirror/state";
import type { Command } from "./plugin-types";
import { FileManager, type FileManagerOptions } from "./filemanager";
import { Keymap, Scope } from "./scope";
import { MetadataCache } from "./metadata";
import { setCurrentApp } from "./markdown";
import type { Modal, SettingTab } from "./ui";
import { Vault, type VaultOptions } from "./vault";
import type { View } from "./views";
import { EmptyView, MarkdownView } from "./views";
import { trackWork } from "./pending";
import type { WorkspaceLeaf } from "./workspace";
import { Workspace } from "./workspace";

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

export class ViewRegistry {
	readonly viewByType = new Map<string, ViewCreator>();
	readonly typeByExtension = new Map<string, string>();
	/** Types and extensions the app itself provides (not counted as plugin registrations). */
	readonly builtIn = new Set<string>(["markdown", "empty"]);

	constructor(private readonly app: App) {
		this.viewByType.set("markdown", (leaf) => new MarkdownView(leaf));
		this.typeByExtension.set("md", "markdown");
	}

	registerView(type: string, creator: ViewCreator): void {
		if (this.viewByType.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
		this.viewByType.set(type, creator);
		// Leaves parked when the type went away get their view back.
		this.app.workspace.iterateAllLeaves((leaf) => {
			const parked = (leaf.view as { parked?: { type: string; state?: Record<string, unknown> } | null }).parked;
			if (parked?.type === type) void leaf.setViewState({ type, state: parked.state });
		});
	}

	/** Closes the type's views; their leaves keep their place, showing an empty view, as in Obsidian. */
	unregisterView(type: string): void {
		this.viewByType.delete(type);
		for (const leaf of this.app.workspace.getLeavesOfType(type)) {
			const empty = new EmptyView(leaf);
			empty.parked = { type, state: leaf.view.getState() };
			void trackWork(leaf.open(empty));
		}
	}

	getViewCreatorByType(type: string): ViewCreator | undefined {
		return this.viewByType.get(type);
	}

	registerExtensions(extensions: string[], viewType: string): void {
		for (const ext of extensions) if (this.typeByExtension.has(ext)) throw new Error(`Attempting to register an existing file extension "${ext}"`);
		for (const ext of extensions) this.typeByExtension.set(ext, viewType);
	}

	unregisterExtensions(extensions: string[]): void {
		for (const ext of extensions) this.typeByExtension.delete(ext);
	}

	isExtensionRegistered(extension: string): boolean {
		return this.typeByExtension.has(extension);
	}

	getTypeByExtension(extension: string): string | undefined {
		return this.typeByExtension.get(extension);
	}
}

export class Commands {
	readonly commands: Record<string, Command> = {};

	constructor(private readonly app: App) {}

	addCommand(command: Command): void {
		this.commands[command.id] = command;
	}

	removeCommand(id: string): void {
		delete this.commands[id];
	}

	findCommand(id: string): Command | undefined {
		return this.commands[id];
	}

	listCommands(): Command[] {
		return Object.values(this.commands);
	}

	/** Whether the command could run now (what the palette shows). */
	isAvailable(command: Command): boolean {
		const view = this.app.workspace.getActiveViewOfType(MarkdownView);
		if (command.editorCheckCallback) return !!view && !!command.editorCheckCallback(true, view.editor, view);
		if (command.editorCallback) return !!view;
		if (command.checkCallback) return !!command.checkCallback(true);
		return !!command.callback;
	}

	/** Runs a command as the palette would; false when it is unknown or not available now. */
	executeCommandById(id: string): boolean {
		const command = this.commands[id];
		if (!command) return false;
		const view = this.app.workspace.getActiveViewOfType(MarkdownView);
		if (command.editorCheckCallback) {
			if (!view || !command.editorCheckCallback(true, view.editor, view)) return false;
			void command.editorCheckCallback(false, view.editor, view);
			return true;
		}
		if (command.editorCallback) {
			if (!view) return false;
			void command.editorCallback(view.editor, view);
			return true;
		}
		if (command.checkCallback) {
			if (!command.checkCallback(true)) return false;
			void command.checkCallback(false);
			return true;
		}
		if (command.callback) {
			void command.callback();
			return true;
		}
		return false;
	}
}

/** The settings modal: a sidebar of tabs and the active tab's content. */
export class SettingsModal {
	readonly pluginTabs: SettingTab[] = [];
	containerEl: HTMLElement;
	private readonly navEl: HTMLElement;
	private readonly contentContainerEl: HTMLElement;
	activeTab: SettingTab | null = null;

	constructor(private readonly app: App) {
		this.containerEl = createDiv({ cls: ["modal-container", "mod-dim"] });
		this.containerEl.createDiv({ cls: "modal-bg" }).addEventListener("click", () => this.close());
		const modal = this.containerEl.createDiv({ cls: ["modal", "mod-settings", "mod-sidebar-layout"] });
		modal.createDiv({ cls: "modal-close-button", attr: { "aria-label": "Close" } }).addEventListener("click", () => this.close());
		const content = modal.createDiv({ cls: ["modal-content", "vertical-tabs-container"] });
		this.navEl = content.createDiv({ cls: "vertical-tab-header" }).createDiv({ cls: "vertical-tab-header-group" });
		this.navEl.createDiv({ cls: "vertical-tab-header-group-title", text: "Community plugins" });
		this.contentContainerEl = content.createDiv({ cls: "vertical-tab-content-container" });
	}

	addSettingTab(tab: SettingTab): void {
		this.pluginTabs.push(tab);
	}

	removeSettingTab(tab: SettingTab): void {
		if (this.activeTab === tab) {
			tab.hide();
			this.activeTab = null;
		}
		this.pluginTabs.remove(tab);
	}

	get isOpen(): boolean {
		return this.containerEl.isConnected;
	}

	open(): void {
		if (!this.isOpen) document.body.appendChild(this.containerEl);
		this.renderNav();
	}

	private renderNav(): void {
		const items = Array.from(this.navEl.querySelectorAll(".vertical-tab-nav-item"));
		for (const item of items) item.remove();
		for (const tab of this.pluginTabs) {
			const item = this.navEl.createDiv({ cls: "vertical-tab-nav-item", text: tab.name, attr: { "data-setting-id": tab.id } });
			item.toggleClass("is-active", tab === this.activeTab);
			item.addEventListener("click", () => this.openTab(tab));
		}
	}

	openTabById(id: string): SettingTab | null {
		const tab = this.pluginTabs.find((t) => t.id === id) ?? null;
		if (tab) this.openTab(tab);
		return tab;
	}

	openTab(tab: SettingTab): void {
		this.open();
		if (this.activeTab && this.activeTab !== tab) {
			this.activeTab.hide();
			this.activeTab.containerEl.detach();
		}
		this.activeTab = tab;
		this.contentContainerEl.appendChild(tab.containerEl);
		tab.display();
		this.renderNav();
	}

	close(): void {
		if (this.activeTab) {
			this.activeTab.hide();
			this.activeTab.containerEl.detach();
			this.activeTab = null;
		}
		this.containerEl.detach();
	}
}

export interface AppOptions extends VaultOptions, FileManagerOptions {
	/** Where the app's layout is attached (default: document.body). */
	mountEl?: HTMLElement;
}

export class App {
	keymap: Keymap;
	scope: Scope;
	workspace: Workspace;
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	lastEvent: UIEvent | null = null;
	/** Internal registries (Obsidian has them under these names too, undocumented). */
	commands: Commands;
	setting: SettingsModal;
	viewRegistry: ViewRegistry;
	plugins: { plugins: Record<string, unknown>; manifests: Record<string, unknown>; enabledPlugins: Set<string>; getPlugin(id: string): unknown } = {
		plugins: {},
		manifests: {},
		enabledPlugins: new Set(),
		getPlugin(id: string) {
			return this.plugins[id] ?? null;
		},
	};
	/** Editor extensions plugins registered, in order. */
	editorExtensions: Extension[] = [];
	protocolHandlers = new Map<string, (params: Record<string, string>) => unknown>();
	hoverLinkSources = new Map<string, { display: string; defaultMod: boolean }>();
	editorSuggests: unknown[] = [];
	openModals: Modal[] = [];
	private readonly localStorage = new Map<string, unknown>();
	private readonly resizeListener = (): void => this.workspace.trigger("resize");
	private readonly keyListener = (evt: KeyboardEvent): void => {
		this.lastEvent = evt;
		if (this.keymap.onKeyEvent(evt)) evt.stopPropagation();
	};

	constructor(files: Record<string, string> = {}, options: AppOptions = {}) {
		this.scope = new Scope();
		this.keymap = new Keymap(this.scope);
		this.vault = new Vault(options);
		this.vault.seed(files);
		this.metadataCache = new MetadataCache(this.vault);
		this.fileManager = new FileManager(this.vault, this.metadataCache, options);
		this.commands = new Commands(this);
		this.viewRegistry = new ViewRegistry(this);
		this.setting = new SettingsModal(this);
		this.workspace = new Workspace(this);
		this.vault.isLayoutReady = () => this.workspace.layoutReady;
		(options.mountEl ?? document.body).appendChild(this.workspace.appContainerEl);
		document.addEventListener("keydown", this.keyListener);
		window.addEventListener("resize", this.resizeListener);
		setCurrentApp(this);
	}

	loadLocalStorage(key: string): unknown {
		return this.localStorage.has(key) ? this.localStorage.get(key) : null;
	}

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null) this.localStorage.delete(key);
		else this.localStorage.set(key, data);
	}

	/** Stand-in: opens an `obsidian://action?key=value` URL through the registered handlers. */
	openObsidianUrl(url: string): boolean {
		const parsed = new URL(url);
		const action = parsed.hostname || parsed.pathname.replace(/^\/+/, "");
		const handler = this.protocolHandlers.get(action);
		if (!handler) return false;
		const params: Record<string, string> = { action };
		parsed.searchParams.forEach((value, key) => (params[key] = value));
		void handler(params);
		return true;
	}

	private destroyed = false;

	/** Stand-in: removes the app's DOM and listeners (once). */
	destroy(): void {
		if (this.destroyed) return;
		this.destroyed = true;
		// Quitting Obsidian unloads every plugin still loaded, so no timer of theirs outlives the app.
		for (const id of Object.keys(this.plugins.plugins)) {
			const plugin = this.plugins.plugins[id] as { unload?: () => void } | undefined;
			plugin?.unload?.();
			delete this.plugins.plugins[id];
			this.plugins.enabledPlugins.delete(id);
		}
		document.removeEventListener("keydown", this.keyListener);
		window.removeEventListener("resize", this.resizeListener);
		this.setting.close();
		for (const modal of this.openModals.slice()) modal.close();
		this.workspace.iterateAllLeaves((leaf) => leaf.detach());
		this.workspace.appContainerEl.detach();
		setCurrentApp(null);
	}
}
