/**
 * Scrapbox Lens — the plugin's entry point. It only wires features together;
 * each feature lives in src/plugin/ and its logic in src/core/.
 */
import { Plugin } from "obsidian";
import { DEFAULT_SETTINGS, mergeSettings, ScrapboxLensSettingTab, type ScrapboxLensSettings } from "./src/plugin/settings";
import { applyLanguage } from "./src/plugin/language";

export default class ScrapboxLensPlugin extends Plugin {
	settings: ScrapboxLensSettings = { ...DEFAULT_SETTINGS };

	override async onload(): Promise<void> {
		this.settings = mergeSettings(await this.loadData());
		applyLanguage(this.settings);
		this.addSettingTab(new ScrapboxLensSettingTab(this.app, this));
	}

	async saveSettings(): Promise<void> {
		applyLanguage(this.settings);
		await this.saveData(this.settings);
	}
}
