/**
 * What feature modules need from the plugin. Features receive the host rather
 * than the concrete plugin class, so each can be tested against the stand-in.
 */
import type { EventRef, Plugin } from "obsidian";
import type { ScrapboxLensSettings } from "./settings";
import type { PluginStore } from "./store";

export interface LensHost extends Plugin {
	settings: ScrapboxLensSettings;
	store: PluginStore;
	saveSettings(): Promise<void>;
	/** Fires after any setting changed and was saved. */
	onSettingsChange(callback: (settings: ScrapboxLensSettings) => void): EventRef;
}
