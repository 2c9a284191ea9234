/**
 * The e2e harness page's script. It bundles the Obsidian stand-in with the
 * CodeMirror and Lezer modules, serves them through a CommonJS `require` shim
 * (exactly the release build's externals that Obsidian provides), loads the
 * release main.js the way Obsidian does (wrapped in a function, source URL
 * `plugin:<id>`), and exposes `window.harness` for the tests' page.evaluate.
 */
import * as autocomplete from "@codemirror/autocomplete";
import * as commands from "@codemirror/commands";
import * as language from "@codemirror/language";
import * as lint from "@codemirror/lint";
import * as state from "@codemirror/state";
import * as view from "@codemirror/view";
import * as lezerCommon from "@lezer/common";
import * as lezerHighlight from "@lezer/highlight";
import * as lezerLr from "@lezer/lr";
import * as obsidian from "../../stand-in/obsidian";
import * as lucide from "lucide-static";
import { setIconSource } from "../../stand-in/icons";
import {
	createApp,
	layoutReady,
	listenerCounts,
	liveNotices,
	loadPlugin,
	openNote,
	openSettingTab,
	requestLog,
	runCommand,
	setRequestHandler,
	settle,
	totalListeners,
	unloadPlugin,
	type App,
	type FakeResponse,
	type ListenerCounts,
	type StandInMode,
} from "../../stand-in/testing";
import type { PluginManifest } from "../../stand-in/plugin-types";
import { planImport, readExport } from "../../../src/core/import";
import type { Plugin } from "../../stand-in/plugin";

const modules: Record<string, unknown> = {
	obsidian,
	"@codemirror/autocomplete": autocomplete,
	"@codemirror/commands": commands,
	"@codemirror/language": language,
	"@codemirror/lint": lint,
	"@codemirror/state": state,
	"@codemirror/view": view,
	"@lezer/common": lezerCommon,
	"@lezer/highlight": lezerHighlight,
	"@lezer/lr": lezerLr,
};

// Obsidian draws Lucide icons; so does the harness, for honest screenshots.
// Obsidian's ids are Lucide's kebab-case names (`chevron-down` → ChevronDown).
const lucideIcons = lucide as unknown as Record<string, string | undefined>;
setIconSource((id) => lucideIcons[id.replace(/^lucide-/, "").replace(/(^|-)([a-z0-9])/g, (_m, _d: string, c: string) => c.toUpperCase())]);

/** The `require` Obsidian gives plugins: only the modules it provides. */
function harnessRequire(id: string): unknown {
	if (Object.prototype.hasOwnProperty.call(modules, id)) return modules[id];
	throw new Error(`Cannot find module '${id}': the harness provides ${Object.keys(modules).join(", ")}`);
}

interface BootOptions {
	theme?: "light" | "dark";
	language?: string;
	pluginData?: unknown;
	/** Adds this many generated notes (a mix of raw, converted and ordinary) for scale measurements. */
	syntheticNotes?: number;
}

/** A generated note of about a kilobyte; one in four raw, one in four converted, the rest ordinary. */
function syntheticNote(i: number): string {
	const kind = i % 4;
	if (kind === 0) {
		return `Page ${i}\n[* Summary]\n in line ${i} we link [Page ${i + 1}] and [Page ${i + 2}]\n  [memo.icon] a nested thought\n  > a quoted line\n code:x.js\n  let n = ${i};\n#topic${i % 50}\n`.repeat(4);
	}
	if (kind === 1) {
		return `---\ntitle: "Page ${i}"\n---\n- [[Page ${i + 1}]] and [/other/Page](https://scrapbox.io/other/Page)\n    - <img src='https://scrapbox.io/api/pages/p/memo/icon' alt='memo.icon' height="19.5"/>\n> quoted line ${i}\n- comment\n`.repeat(4);
	}
	return `# Note ${i}\n\nSome ordinary text about item ${i}, with a [[Link ${i % 100}]].\n\n- a bullet\n- another bullet\n    - nested\n\n> a quote\n`.repeat(4);
}

let app: App | null = null;
let plugin: Plugin | null = null;
let manifest: PluginManifest | null = null;

async function fetchText(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
	return response.text();
}

function requireApp(): App {
	if (!app) throw new Error("harness: call boot() first");
	return app;
}

function requirePlugin(): Plugin {
	if (!plugin) throw new Error("harness: the plugin is not loaded");
	return plugin;
}

/** The import window as the harness sees it (the plugin's ImportModal, by shape). */
interface ImportWindow {
	hooks: { afterSlice?: () => Promise<void>; sliceBudgetMs?: number };
	outcome: Promise<unknown>;
	/** How the chosen file's reading went: its longest slice and how many (ms). */
	readTiming: { longestSliceMs: number; slices: number } | null;
	contentEl: HTMLElement;
	chooseFile(): { input: HTMLInputElement };
	close(): void;
}

let importRelease: (() => void) | null = null;

function openImportModal(): ImportWindow | null {
	const modals = requireApp().openModals as unknown as ImportWindow[];
	for (let i = modals.length - 1; i >= 0; i--) if (modals[i].contentEl.closest(".sbl-import-modal")) return modals[i];
	return null;
}

/** The longest gap between ticks of a setTimeout(0) chain over `ms` milliseconds. */
async function timerChainMaxGap(ms: number): Promise<number> {
	let maxGap = 0;
	let last = performance.now();
	const end = last + ms;
	while (performance.now() < end) {
		await new Promise((resolve) => window.setTimeout(resolve, 0));
		const now = performance.now();
		maxGap = Math.max(maxGap, now - last);
		last = now;
	}
	return maxGap;
}

/** A Scrapbox export of `pages` generated pages: links, a quote with commentary, a tag, a code block. */
function generatedExport(pages: number): string {
	const list: unknown[] = [];
	for (let i = 0; i < pages; i++) {
		const title = `Generated page ${i}`;
		list.push({
			title,
			created: 1600000000 + i * 3600,
			updated: 1700000000 + i * 60,
			id: (0x65a0c0ff0000 + i).toString(16).padStart(24, "0"),
			lines: [
				title,
				`This page links to [Generated page ${(i + 1) % pages}] and [Generated page ${(i * 7) % pages}], and to a missing [Topic ${i % 97}].`,
				`[* A bold line] with #tag${i % 31} and \`inline code\``,
				` > A quoted line from source ${i % 13}, with [https://example.org/${i} a link]`,
				`  a commentary line under it`,
				`   a deeper reply [Generated page ${(i + 3) % pages}]`,
				`code:sample${i % 5}.js`,
				` const n = ${i};`,
				` console.log(n * 2);`,
				`Plain text closing the page: the quick brown fox jumps over the lazy dog ${i}.`,
			],
		});
	}
	return JSON.stringify({ name: "generated", displayName: "Generated", exported: 1700000000, pages: list });
}

const harness = {
	/** Builds the app from the demo vault served under /vault/. */
	async boot(options: BootOptions = {}): Promise<string[]> {
		harness.setTheme(options.theme ?? "light");
		const paths = JSON.parse(await fetchText("/vault-index.json")) as string[];
		const files: Record<string, string> = {};
		for (const path of paths) files[path] = await fetchText(`/vault/${path.split("/").map(encodeURIComponent).join("/")}`);
		for (let i = 0; i < (options.syntheticNotes ?? 0); i++) files[`Synthetic/${Math.floor(i / 1000)}/Page ${i}.md`] = syntheticNote(i);
		app = createApp({ files, language: options.language, resourceBase: "/vault/" });
		manifest = JSON.parse(await fetchText("/manifest.json")) as PluginManifest;
		if (options.pluginData !== undefined) await app.vault.adapter.write(`.obsidian/plugins/${manifest.id}/data.json`, JSON.stringify(options.pluginData));
		return paths;
	},

	/** Loads the release main.js through the require shim, enables it, and finishes startup. */
	async enablePlugin(): Promise<string> {
		const current = requireApp();
		if (!manifest) throw new Error("harness: no manifest");
		const code = await fetchText("/main.js");
		const module = { exports: {} as Record<string, unknown> };
		// Obsidian evaluates plugins the same way: main.js, unchanged, as the body of a
		// function over require, module and exports. An inline script defines it.
		const holder = window as unknown as { __harnessPluginFactory?: (r: typeof harnessRequire, m: typeof module, e: unknown) => void };
		const script = document.createElement("script");
		script.textContent = `window.__harnessPluginFactory = function (require, module, exports) {\n${code}\n};\n//# sourceURL=plugin:${manifest.id}`;
		document.head.appendChild(script);
		script.remove();
		const factory = holder.__harnessPluginFactory;
		delete holder.__harnessPluginFactory;
		if (!factory) throw new Error("harness: main.js did not evaluate (syntax error?)");
		factory(harnessRequire, module, module.exports);
		const PluginClass = (module.exports.default ?? module.exports) as new (app: App, manifest: PluginManifest) => Plugin;
		plugin = await loadPlugin(current, PluginClass, manifest);
		if (!current.workspace.layoutReady) await layoutReady(current);
		return plugin.manifest.id;
	},

	pluginLoaded(): boolean {
		return !!plugin && plugin._loaded && !!app && app.plugins.getPlugin(plugin.manifest.id) === plugin;
	},

	async unloadPlugin(): Promise<ListenerCounts> {
		await unloadPlugin(requirePlugin());
		plugin = null;
		return listenerCounts(requireApp());
	},

	listenerCounts(): ListenerCounts {
		return listenerCounts(requireApp());
	},

	totalListeners(): number {
		return totalListeners(listenerCounts(requireApp()));
	},

	setTheme(theme: "light" | "dark"): void {
		document.body.toggleClass("theme-light", theme === "light");
		document.body.toggleClass("theme-dark", theme === "dark");
	},

	/** Opens a note in the main leaf: `preview` (Reading view), `live` (Live Preview) or `source`. */
	async openNote(path: string, mode: StandInMode = "preview"): Promise<string> {
		const current = requireApp();
		const leaf = current.workspace.getMostRecentLeaf() ?? current.workspace.getLeaf(false);
		const opened = await openNote(current, path, mode, leaf);
		return opened.file?.path ?? "";
	},

	openSettings(): string {
		const current = requireApp();
		return openSettingTab(current, requirePlugin().manifest.id).containerEl.textContent ?? "";
	},

	closeSettings(): void {
		requireApp().setting.close();
	},

	runCommand(id: string): boolean {
		return runCommand(requireApp(), id);
	},

	commandIds(): string[] {
		return requireApp()
			.commands.listCommands()
			.map((c) => c.id);
	},

	notices(): string[] {
		return liveNotices();
	},

	/** Adds a note (creating missing folders) and waits for it to be indexed. */
	async createNote(path: string, text: string): Promise<void> {
		const current = requireApp();
		const slash = path.lastIndexOf("/");
		if (slash > 0 && !current.vault.getFolderByPath(path.slice(0, slash))) await current.vault.createFolder(path.slice(0, slash));
		await current.vault.create(path, text);
		await settle(current);
	},

	async modifyNote(path: string, text: string): Promise<void> {
		const current = requireApp();
		const file = current.vault.getFileByPath(path);
		if (!file) throw new Error(`harness: no note at ${path}`);
		await current.vault.modify(file, text);
		await settle(current);
	},

	async readNote(path: string): Promise<string | null> {
		const current = requireApp();
		const file = current.vault.getFileByPath(path);
		return file ? current.vault.read(file) : null;
	},

	/** Every leaf: its view type, where it is (`left`, `root`, `right`) and whether it is active. */
	leaves(): { type: string; side: "left" | "root" | "right"; active: boolean }[] {
		const current = requireApp();
		const { workspace } = current;
		const out: { type: string; side: "left" | "root" | "right"; active: boolean }[] = [];
		workspace.iterateAllLeaves((leaf) => {
			const root = leaf.getRoot();
			const side = root === workspace.leftSplit ? "left" : root === workspace.rightSplit ? "right" : "root";
			out.push({ type: leaf.view.getViewType(), side, active: workspace.activeLeaf === leaf });
		});
		return out;
	},

	/** Answers requestUrl by URL with canned responses; anything else fails as "no network". */
	setFakeResponses(responses: Record<string, FakeResponse>): void {
		setRequestHandler((request) => {
			const response = responses[request.url];
			if (!response) throw new Error(`harness: no fake response for ${request.url}`);
			return response;
		});
	},

	requestedUrls(): string[] {
		return requestLog.map((r) => r.url);
	},

	async settle(): Promise<void> {
		await settle(requireApp());
	},

	/**
	 * Enables the plugin and measures how long the main thread was blocked while
	 * its note index was built: the longest gap between ticks of a timer chain
	 * (what a keypress would wait), and the long tasks Chromium reports (> 50 ms).
	 */
	async measureIndexBuild(): Promise<{ notes: number; loadMs: number; buildMs: number; maxGapMs: number; longTasks: { at: number; ms: number }[] }> {
		// Finish the stand-in's own startup (metadata for the generated vault) first: that
		// work is Obsidian's, not the plugin's. The plugin is then enabled into a ready
		// workspace, as when a user turns it on; its index build is all that runs.
		await layoutReady(requireApp());
		await settle(requireApp());
		const longTasks: { at: number; ms: number }[] = [];
		let start = 0;
		const observer = new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) longTasks.push({ at: Math.round(entry.startTime - start), ms: Math.round(entry.duration) });
		});
		observer.observe({ type: "longtask", buffered: false });
		// Gaps are counted from the end of the plugin's load (evaluating main.js and onload,
		// reported separately as loadMs): from there on, only the index build runs.
		let maxGap = 0;
		let last = performance.now();
		let loadedAt = Infinity;
		let probing = true;
		const tick = (): void => {
			const now = performance.now();
			if (last >= loadedAt) maxGap = Math.max(maxGap, now - last);
			last = now;
			if (probing) window.setTimeout(tick, 0);
		};
		window.setTimeout(tick, 0);
		start = performance.now();
		await harness.enablePlugin();
		loadedAt = performance.now();
		const index = (requirePlugin() as unknown as { noteIndex: { progress: { ready: boolean; total: number } } }).noteIndex;
		while (!index.progress.ready) await new Promise((resolve) => window.setTimeout(resolve, 20));
		const buildMs = performance.now() - start;
		probing = false;
		await new Promise((resolve) => window.setTimeout(resolve, 50));
		observer.disconnect();
		return { notes: index.progress.total, loadMs: Math.round(loadedAt - start), buildMs: Math.round(buildMs), maxGapMs: Math.round(maxGap), longTasks };
	},

	// ------------------------------------------------------------ importer (src/plugin/import)

	/**
	 * Holds the open import window's import after `slices` time slices (each
	 * `sliceBudgetMs` long, default the plugin's), so a test can look at the
	 * progress view; `resumeImport` lets it go on.
	 */
	holdImport(slices: number, sliceBudgetMs?: number): boolean {
		const modal = openImportModal();
		if (!modal) return false;
		let seen = 0;
		modal.hooks.sliceBudgetMs = sliceBudgetMs;
		modal.hooks.afterSlice = () => (++seen === slices ? new Promise<void>((resolve) => (importRelease = resolve)) : Promise.resolve());
		return true;
	},

	/** Whether the import is being held (see holdImport). */
	importHeld(): boolean {
		return importRelease !== null;
	},

	resumeImport(): void {
		importRelease?.();
		importRelease = null;
	},

	/** Resolves when the open import window's import has ended; its counts. */
	async importFinished(): Promise<unknown> {
		const modal = openImportModal();
		const outcome = modal ? await modal.outcome : null;
		return outcome ? (outcome as { counts: unknown }).counts : null;
	},

	/**
	 * Imports a generated export of `pages` pages (made in the page, about
	 * 1.3 KB each) through the import window as a user would (command, file,
	 * Import) and measures how long the main thread was blocked at most: the
	 * longest gap between ticks of a timer chain from the click on Import to
	 * the summary, and Chromium's long tasks (> 50 ms). Reading the chosen file
	 * is reported apart: it happens once, before the import starts, in slices
	 * (`readMs` from the file's choice to the Import button, `readLongestSliceMs`
	 * the longest slice, as the window measures it).
	 */
	async measureImport(pages: number): Promise<{
		pages: number;
		exportBytes: number;
		readMs: number;
		readLongestSliceMs: number;
		readSlices: number;
		importMs: number;
		maxGapMs: number;
		gaps: number;
		longTasks: number[];
		created: number;
		idleMaxGapMs: number;
		unslicedConvertMs: number;
		prepareMs: number;
		longestSliceMs: number;
	}> {
		const current = requireApp();
		const text = generatedExport(pages);
		// Baselines in the same page: the timer chain's longest gap with nothing running
		// (the floor), and converting the whole export in one task with the core (what an
		// importer that never yields would block for, before writing anything).
		const idleMaxGapMs = await timerChainMaxGap(500);
		const convertStart = performance.now();
		const read = readExport(text);
		if (read.ok) planImport(read.export);
		const unslicedConvertMs = performance.now() - convertStart;
		const file = new File([text], "generated.json", { type: "application/json" });
		if (!harness.runCommand("scrapbox-lens:import-scrapbox-export")) throw new Error("harness: no import command");
		const modal = openImportModal();
		if (!modal) throw new Error("harness: no import window");
		const chooser = modal.chooseFile();
		const transfer = new DataTransfer();
		transfer.items.add(file);
		chooser.input.files = transfer.files;
		const readStart = performance.now();
		chooser.input.dispatchEvent(new Event("change"));
		const start = modal.contentEl.querySelector<HTMLButtonElement>("button.sbl-import-start");
		while (start?.disabled) await new Promise((resolve) => window.setTimeout(resolve, 5));
		const readMs = performance.now() - readStart;
		await settle(current);

		const longTasks: number[] = [];
		const observer = new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration));
		});
		observer.observe({ type: "longtask", buffered: false });
		let maxGap = 0;
		let gaps = 0;
		let last = performance.now();
		let probing = true;
		const tick = (): void => {
			const now = performance.now();
			maxGap = Math.max(maxGap, now - last);
			gaps++;
			last = now;
			if (probing) window.setTimeout(tick, 0);
		};
		const began = performance.now();
		last = began;
		window.setTimeout(tick, 0);
		start?.click();
		const outcome = (await modal.outcome) as { counts: { created: number }; timing: { prepareMs: number; longestSliceMs: number } } | null;
		const importMs = performance.now() - began;
		probing = false;
		await new Promise((resolve) => window.setTimeout(resolve, 50));
		observer.disconnect();
		modal.close();
		return {
			pages,
			exportBytes: text.length,
			readMs: Math.round(readMs),
			readLongestSliceMs: modal.readTiming?.longestSliceMs ?? -1,
			readSlices: modal.readTiming?.slices ?? -1,
			importMs: Math.round(importMs),
			maxGapMs: Math.round(maxGap),
			gaps,
			longTasks,
			created: outcome?.counts.created ?? 0,
			idleMaxGapMs: Math.round(idleMaxGapMs),
			unslicedConvertMs: Math.round(unslicedConvertMs),
			prepareMs: outcome?.timing.prepareMs ?? -1,
			longestSliceMs: outcome?.timing.longestSliceMs ?? -1,
		};
	},
};

declare global {
	interface Window {
		harness: typeof harness;
	}
}

(window as unknown as { require: typeof harnessRequire }).require = harnessRequire;
window.harness = harness;
document.body.setAttribute("data-harness", "ready");
