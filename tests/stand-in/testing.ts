/**
 * Test-only helpers around the stand-in: make an app from a set of notes,
 * load and unload a plugin the way Obsidian does, finish startup, wait for the
 * app to catch up, and count what is still registered so a test can prove
 * that unloading leaves nothing behind.
 */
import "./dom";
import { App, type AppOptions } from "./app";
import { countListeners, triggerCount } from "./events";
import { liveCount, resetLedger } from "./ledger";
import { registeredPostProcessors, MarkdownPreviewRenderer } from "./markdown";
import { settleWork } from "./pending";
export { captureCallbackErrors } from "./pending";
import { requestLog, resetPlatform, setLanguage, setPlatform, setRequestHandler, type PlatformFlags } from "./platform";
import type { Plugin } from "./plugin";
import type { PluginManifest } from "./plugin-types";
import type { SettingTab } from "./ui";
import { MarkdownView, type StandInMode } from "./views";
import type { WorkspaceLeaf } from "./workspace";
import type { TAbstractFile, TFile, TFolder } from "./vault";
import { Menu } from "./ui";

export { liveNotices } from "./ui";
export { setLanguage, setPlatform, resetPlatform, setRequestHandler, requestLog } from "./platform";
export type { FakeResponse, RequestHandler, PlatformFlags } from "./platform";
export type { StandInMode } from "./views";
export { App } from "./app";

export interface CreateAppOptions extends AppOptions {
	/** The vault's notes, path → text. Paths under a dot-folder go to the adapter only. */
	files?: Record<string, string>;
	/** Seed `data.json` for plugins, by plugin id. */
	pluginData?: Record<string, unknown>;
	/** Obsidian's UI language (getLanguage()); default `en`. */
	language?: string;
	platform?: Partial<PlatformFlags>;
}

/**
 * A fresh app on a clean slate: the previous app is destroyed, global
 * post-processors and the register* ledger cleared, Platform, language and the
 * fake network (handler and log) reset.
 */
let lastApp: App | null = null;

export function createApp(options: CreateAppOptions = {}): App {
	// A test that forgot destroyApp must not leave its keymap listening.
	lastApp?.destroy();
	for (const el of Array.from(document.body.querySelectorAll(":scope > .app-container, :scope > .modal-container, :scope > .notice-container, :scope > .menu, :scope > .suggestion-container"))) el.remove();
	for (const processor of registeredPostProcessors().slice()) MarkdownPreviewRenderer.unregisterPostProcessor(processor);
	resetLedger();
	resetPlatform();
	setRequestHandler(null);
	requestLog.length = 0;
	setLanguage(options.language ?? "en");
	if (options.platform) setPlatform(options.platform);
	const files: Record<string, string> = { ...(options.files ?? {}) };
	for (const [id, data] of Object.entries(options.pluginData ?? {})) files[`.obsidian/plugins/${id}/data.json`] = JSON.stringify(data, null, 2);
	lastApp = new App(files, options);
	return lastApp;
}

/** Removes the app's DOM and listeners; tolerates `undefined` for afterEach hooks. */
export function destroyApp(app: App | undefined): void {
	app?.destroy();
}

type PluginClass<T> = new (app: never, manifest: never) => T;

/**
 * Constructs the plugin and loads it as Obsidian's plugin manager does,
 * awaiting an async onload. `data` seeds its data.json first. With
 * `userEnabled`, onUserEnable runs afterwards, as when a user switches the
 * plugin on in settings (not at startup).
 */
export async function loadPlugin<T>(app: App, PluginClass: PluginClass<T>, manifest: PluginManifest, data?: unknown, options: { userEnabled?: boolean } = {}): Promise<T> {
	if (data !== undefined) {
		await app.vault.adapter.mkdir(`${app.vault.configDir}/plugins/${manifest.id}`);
		await app.vault.adapter.write(`${app.vault.configDir}/plugins/${manifest.id}/data.json`, JSON.stringify(data, null, 2));
	}
	const plugin = new (PluginClass as unknown as new (app: App, manifest: PluginManifest) => Plugin)(app, { ...manifest });
	app.plugins.plugins[manifest.id] = plugin;
	app.plugins.manifests[manifest.id] = manifest;
	app.plugins.enabledPlugins.add(manifest.id);
	plugin.load();
	await plugin.onloadPromise;
	if (options.userEnabled) plugin.onUserEnable();
	return plugin as unknown as T;
}

/**
 * Simulates a sync service rewriting data.json: writes it, then calls the
 * plugin's onExternalSettingsChange if it has one, as Obsidian does.
 */
export async function externalSettingsChange(plugin: unknown, data: unknown): Promise<void> {
	const p = plugin as Plugin & { onExternalSettingsChange?: () => unknown };
	const dir = p.manifest.dir ?? `${p.app.vault.configDir}/plugins/${p.manifest.id}`;
	await p.app.vault.adapter.mkdir(dir);
	await p.app.vault.adapter.write(`${dir}/data.json`, JSON.stringify(data, null, 2));
	await p.onExternalSettingsChange?.();
	await settle(p.app);
}

/** Unloads the plugin (Component.unload) and waits for the app to settle. */
export async function unloadPlugin(plugin: unknown): Promise<void> {
	const p = plugin as Plugin;
	p.unload();
	delete p.app.plugins.plugins[p.manifest.id];
	p.app.plugins.enabledPlugins.delete(p.manifest.id);
	await settle(p.app);
}

/** Finishes "startup": replays vault `create` events, then runs onLayoutReady callbacks. */
export async function layoutReady(app: App): Promise<void> {
	await app.workspace.triggerLayoutReady();
	await settle(app);
}

/**
 * Waits until the app is quiet: metadata indexing, renders and post-processor
 * promises done, then three task rounds in a row with no event triggered and
 * no DOM change (plugin work that yields with setTimeout between steps is
 * seen as activity). Gives up quietly after 300 rounds.
 */
export async function settle(app: App): Promise<void> {
	let mutations = 0;
	const observer = new MutationObserver(() => void mutations++);
	observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
	try {
		let quiet = 0;
		for (let round = 0; round < 300 && quiet < 3; round++) {
			const before = mutations + triggerCount();
			await app.metadataCache.settle();
			await settleWork();
			await new Promise((resolve) => setTimeout(resolve, 0));
			quiet = !app.metadataCache.isBusy() && mutations + triggerCount() === before ? quiet + 1 : 0;
		}
	} finally {
		observer.disconnect();
	}
}

export interface ListenerCounts {
	/** Events listeners plugins hold on the app's emitters (the stand-in's own are left out). */
	vault: number;
	metadataCache: number;
	workspace: number;
	/** Live registrations made through Component.register* (process-wide). */
	domEvents: number;
	intervals: number;
	scopeEvents: number;
	/** Global Markdown post-processors, code-block ones counted separately. */
	postProcessors: number;
	codeBlockProcessors: number;
	editorExtensions: number;
	/** Plugin-registered view types and file extensions. */
	views: number;
	extensions: number;
	/** Leaves still showing a plugin's view. */
	pluginLeaves: number;
	ribbonIcons: number;
	statusBarItems: number;
	commands: number;
	settingTabs: number;
	protocolHandlers: number;
	hoverLinkSources: number;
	editorSuggests: number;
	openModals: number;
}

export function listenerCounts(app: App): ListenerCounts {
	const processors = registeredPostProcessors();
	const builtIn = app.viewRegistry.builtIn;
	let pluginLeaves = 0;
	app.workspace.iterateAllLeaves((leaf) => {
		if (!builtIn.has(leaf.view.getViewType())) pluginLeaves++;
	});
	return {
		vault: countListeners(app.vault),
		metadataCache: countListeners(app.metadataCache),
		workspace: countListeners(app.workspace),
		domEvents: liveCount("domEvents"),
		intervals: liveCount("intervals"),
		scopeEvents: liveCount("scopeEvents"),
		postProcessors: processors.filter((p) => !p.codeBlockLanguage).length,
		codeBlockProcessors: processors.filter((p) => p.codeBlockLanguage).length,
		editorExtensions: app.editorExtensions.length,
		views: Array.from(app.viewRegistry.viewByType.keys()).filter((t) => !builtIn.has(t)).length,
		extensions: Array.from(app.viewRegistry.typeByExtension.keys()).filter((e) => e !== "md").length,
		pluginLeaves,
		ribbonIcons: app.workspace.leftRibbon.actionsEl.childElementCount,
		statusBarItems: app.workspace.statusBarEl.childElementCount,
		commands: app.commands.listCommands().length,
		settingTabs: app.setting.pluginTabs.length,
		protocolHandlers: app.protocolHandlers.size,
		hoverLinkSources: app.hoverLinkSources.size,
		editorSuggests: app.editorSuggests.length,
		openModals: app.openModals.length,
	};
}

/** The sum of every count, for a one-line "nothing left" assertion. */
export function totalListeners(counts: ListenerCounts): number {
	return (Object.values(counts) as number[]).reduce((sum, n) => sum + n, 0);
}

/** Opens the app's settings on a plugin's tab (display() runs) and returns the tab. */
export function openSettingTab(app: App, pluginId: string): SettingTab {
	const tab = app.setting.openTabById(pluginId);
	if (!tab) throw new Error(`No settings tab for plugin "${pluginId}"`);
	return tab;
}

export function closeSettings(app: App): void {
	app.setting.close();
}

/**
 * Opens a note in the main area (`preview` = Reading view, `live` = Live
 * Preview, `source`), makes it active, and waits for rendering.
 */
export async function openNote(app: App, path: string, mode: StandInMode = "preview", leaf?: WorkspaceLeaf): Promise<MarkdownView> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`No note at "${path}"`);
	const target = leaf ?? app.workspace.getLeaf(false);
	await target.openFile(file, { active: true });
	const view = target.view;
	if (!(view instanceof MarkdownView)) throw new Error(`"${path}" did not open in a MarkdownView`);
	view.setMode(mode);
	await settle(app);
	return view;
}

/** The file at `path`, or an error naming it (instead of a cast in tests). */
export function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`No file at "${path}"`);
	return file;
}

export function folderAt(app: App, path: string): TFolder {
	const folder = app.vault.getFolderByPath(path);
	if (!folder) throw new Error(`No folder at "${path}"`);
	return folder;
}

/**
 * Right-clicks a file, as the file explorer does: fires `file-menu` with a new
 * Menu, shows it, and returns it so a test can find and click the items.
 */
export function openFileMenu(app: App, file: TAbstractFile, source = "file-explorer"): Menu {
	const menu = new Menu();
	app.workspace.trigger("file-menu", menu, file, source, undefined);
	menu.showAtPosition({ x: 0, y: 0 });
	return menu;
}

/** Right-clicks in a Markdown editor: fires `editor-menu` and shows the menu. */
export function openEditorMenu(app: App, view: MarkdownView): Menu {
	const menu = new Menu();
	app.workspace.trigger("editor-menu", menu, view.editor, view);
	menu.showAtPosition({ x: 0, y: 0 });
	return menu;
}

/** The titles of a shown menu's items, in order. */
export function menuTitles(menu: Menu): string[] {
	return Array.from(menu.dom.querySelectorAll(".menu-item-title")).map((el) => el.textContent ?? "");
}

/** Runs a command by its full id (`plugin-id:command-id`); false when unknown or unavailable. */
export function runCommand(app: App, id: string): boolean {
	return app.commands.executeCommandById(id);
}

/** Vault reads the plugins made (the stand-in's own views do not count). */
export function vaultReads(app: App, when: "all" | "beforeLayoutReady" = "all"): { path: string; cached: boolean }[] {
	return app.vault.readLog.filter((r) => when === "all" || !r.layoutReady).map(({ path, cached }) => ({ path, cached }));
}
