/**
 * The importer's section of the settings tab: the defaults the import window
 * starts from (it saves the last choices back here).
 */
import { Setting } from "obsidian";
import { t } from "../../i18n/ui";
import type { ScrapboxLensSettings, SettingsHost } from "../settings";
import { addImportOptionSetting } from "./option-settings";

export function displayImportSettings(containerEl: HTMLElement, host: SettingsHost): void {
	new Setting(containerEl).setName(t("settings.heading.import")).setDesc(t("settings.import.desc")).setHeading();
	const s = host.settings;
	const save = async <K extends keyof ScrapboxLensSettings>(key: K, value: ScrapboxLensSettings[K]) => {
		host.settings[key] = value;
		await host.saveSettings();
	};
	addImportOptionSetting(containerEl, "hashtags", s.importHashtags, (v) => save("importHashtags", v));
	addImportOptionSetting(containerEl, "icons", s.importIcons, (v) => save("importIcons", v));
	addImportOptionSetting(containerEl, "rootLinks", s.importRootLinks, (v) => save("importRootLinks", v));
	addImportOptionSetting(containerEl, "headings", s.importHeadings, (v) => save("importHeadings", v));
	addImportOptionSetting(containerEl, "downloadImages", s.importDownloadImages, (v) => save("importDownloadImages", v));
}
