/**
 * Scrapbox Lens — the plugin's entry point. It only wires features together;
 * each feature lives in src/plugin/ and its logic in src/core/.
 */
import { Events, Plugin, type EventRef } from "obsidian";
import { DEFAULT_SETTINGS, ScrapboxLensSettingTab, type ScrapboxLensSettings } from "./src/plugin/settings";
import { applyLanguage } from "./src/plugin/language";
import { PluginStore } from "./src/plugin/store";
import type { LensHost } from "./src/plugin/host";
import { registerNoteIndex } from "./src/plugin/note-index/register";
import type { NoteIndex } from "./src/plugin/note-index/note-index";
import { registerReading } from "./src/plugin/reading/register";
import { registerTimeline } from "./src/plugin/timeline/register";
import { registerProvenance } from "./src/plugin/provenance/register";
import { registerImport } from "./src/plugin/import/register";
import { classifyNote, CLASSIFIER_VERSION } from "./src/core/detect";

export default class ScrapboxLensPlugin extends Plugin implements LensHost {
	settings: ScrapboxLensSettings = { ...DEFAULT_SETTINGS };
	store = new PluginStore(this);
	/** The vault's Scrapbox-flavoured notes; other features ask it before reading a note. */
	noteIndex!: NoteIndex;
	private readonly settingsEvents = new Events();

	override async onload(): Promise<void> {
		this.settings = await this.store.load();
		applyLanguage(this.settings);
		this.addSettingTab(new ScrapboxLensSettingTab(this.app, this));
		this.noteIndex = registerNoteIndex(this, classifyNote, CLASSIFIER_VERSION);
		registerReading(this);
		registerTimeline(this);
		registerProvenance(this);
		registerImport(this);
	}

	async saveSettings(): Promise<void> {
		applyLanguage(this.settings);
		await this.store.saveSettings(this.settings);
		this.settingsEvents.trigger("change", this.settings);
	}

	onSettingsChange(callback: (settings: ScrapboxLensSettings) => void): EventRef {
		return this.settingsEvents.on("change", callback as (...data: unknown[]) => unknown);
	}
}
