// The real plugin class, loaded through the Obsidian stand-in: settings tab,
// clean unload, and no vault-sized work at startup.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import manifest from "../../manifest.json";
import {
	createApp,
	destroyApp,
	layoutReady,
	listenerCounts,
	loadPlugin,
	openSettingTab,
	settle,
	totalListeners,
	unloadPlugin,
	vaultReads,
	type App,
} from "../stand-in/testing";

// "../../main" would resolve to the built main.js next to main.ts, so name the source file.
// @ts-expect-error TS5097: importing with the .ts extension is what makes Vite pick the source.
const { default: ScrapboxLensPlugin } = await import("../../main.ts");

// happy-dom replaces the global URL, so resolve with node:path from the module's own file path.
const demoVault = resolve(dirname(fileURLToPath(import.meta.url)), "../../examples/demo-vault");

function readVault(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (folder: string): void => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) {
				if (name !== ".obsidian") walk(path);
			} else if (name.endsWith(".md")) files[relative(dir, path).split("\\").join("/")] = readFileSync(path, "utf8");
		}
	};
	walk(dir);
	return files;
}

describe("plugin lifecycle", () => {
	let app: App | undefined;
	afterEach(() => destroyApp(app));

	it("loads without reading the vault before layout-ready", async () => {
		app = createApp({ files: readVault(demoVault) });
		expect(app.vault.getMarkdownFiles().length).toBeGreaterThanOrEqual(3);
		await loadPlugin(app, ScrapboxLensPlugin, manifest);
		expect(vaultReads(app, "beforeLayoutReady")).toEqual([]);
		await layoutReady(app);
		expect(vaultReads(app, "beforeLayoutReady")).toEqual([]);
	});

	it("opens its settings tab, saves a change, and unloads leaving nothing behind", async () => {
		app = createApp({ files: readVault(demoVault) });
		const before = listenerCounts(app);
		expect(totalListeners(before)).toBe(0);
		const plugin = await loadPlugin(app, ScrapboxLensPlugin, manifest, { settings: { language: "en" } });
		await layoutReady(app);
		expect(plugin.settings.language).toBe("en");
		expect(listenerCounts(app).settingTabs).toBe(1);

		const tab = openSettingTab(app, manifest.id);
		const select = tab.containerEl.querySelector(".setting-item select.dropdown") as HTMLSelectElement;
		// The first dropdown is the language.
		expect(Array.from(select.options).map((o) => o.value)).toEqual(["auto", "en", "ja"]);
		expect(select.value).toBe("en");
		select.value = "ja";
		select.dispatchEvent(new Event("change"));
		await settle(app);
		expect(plugin.settings.language).toBe("ja");
		expect(await plugin.loadData()).toMatchObject({ settings: { language: "ja" } });
		// display() ran again and shows the new value.
		expect((tab.containerEl.querySelector("select.dropdown") as HTMLSelectElement).value).toBe("ja");

		app.setting.close();
		await unloadPlugin(plugin);
		const after = listenerCounts(app);
		expect(after).toEqual(before);
		expect(totalListeners(after)).toBe(0);
	});
});
