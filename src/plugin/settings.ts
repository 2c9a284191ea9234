/**
 * Plugin settings: their shape, defaults, and the settings tab.
 * Every feature reads its options from here; defaults are what a new user
 * should get without opening this tab.
 */
import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import { t, type Language } from "../i18n";

export interface ScrapboxLensSettings {
	/** `auto` follows Obsidian's language. */
	language: "auto" | Language;
}

export const DEFAULT_SETTINGS: ScrapboxLensSettings = {
	language: "auto",
};

/** Merges stored data over the defaults, ignoring keys and values of the wrong type. */
export function mergeSettings(stored: unknown): ScrapboxLensSettings {
	const settings: ScrapboxLensSettings = { ...DEFAULT_SETTINGS };
	if (!stored || typeof stored !== "object") return settings;
	const data = stored as Record<string, unknown>;
	for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof ScrapboxLensSettings)[]) {
		if (typeof data[key] === typeof DEFAULT_SETTINGS[key]) {
			(settings as unknown as Record<string, unknown>)[key] = data[key];
		}
	}
	if (!["auto", "en", "ja"].includes(settings.language)) settings.language = "auto";
	return settings;
}

/** What the settings tab needs from the plugin, so the tab can be tested alone. */
export interface SettingsHost extends Plugin {
	settings: ScrapboxLensSettings;
	saveSettings(): Promise<void>;
}

export class ScrapboxLensSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly host: SettingsHost,
	) {
		super(app, host);
	}

	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		new Setting(containerEl)
			.setName(t("settings.language.name"))
			.setDesc(t("settings.language.desc"))
			.addDropdown((dropdown) =>
				dropdown
					.addOption("auto", t("settings.language.auto"))
					.addOption("en", "English")
					.addOption("ja", "日本語")
					.setValue(this.host.settings.language)
					.onChange(async (value) => {
						this.host.settings.language = value as ScrapboxLensSettings["language"];
						await this.host.saveSettings();
						this.display();
					}),
			);
	}
}
