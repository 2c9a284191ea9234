/**
 * The importer's section of the settings tab: the defaults the import window
 * starts from (it saves the last choices back here).
 */
import { Setting } from "obsidian";
import { t } from "../../i18n/ui";
import type { ScrapboxLensSettings, SettingsHost } from "../settings";

export function displayImportSettings(containerEl: HTMLElement, host: SettingsHost): void {
	new Setting(containerEl).setName(t("settings.heading.import")).setDesc(t("settings.import.desc")).setHeading();
	const s = host.settings;
	const save = async <K extends keyof ScrapboxLensSettings>(key: K, value: ScrapboxLensSettings[K]) => {
		host.settings[key] = value;
		await host.saveSettings();
	};
	new Setting(containerEl)
		.setName(t("import.hashtags.name"))
		.setDesc(t("import.hashtags.desc"))
		.addDropdown((d) =>
			d
				.addOption("tags", t("import.hashtags.tags"))
				.addOption("links", t("import.hashtags.links"))
				.setValue(s.importHashtags)
				.onChange((v) => save("importHashtags", v === "links" ? "links" : "tags")),
		);
	new Setting(containerEl)
		.setName(t("import.icons.name"))
		.setDesc(t("import.icons.desc"))
		.addDropdown((d) =>
			d
				.addOption("images", t("import.icons.images"))
				.addOption("links", t("import.icons.links"))
				.setValue(s.importIcons)
				.onChange((v) => save("importIcons", v === "links" ? "links" : "images")),
		);
	new Setting(containerEl)
		.setName(t("import.rootLinks.name"))
		.setDesc(t("import.rootLinks.desc"))
		.addDropdown((d) =>
			d
				.addOption("vault", t("import.rootLinks.vault"))
				.addOption("web", t("import.rootLinks.web"))
				.setValue(s.importRootLinks)
				.onChange((v) => save("importRootLinks", v === "web" ? "web" : "vault")),
		);
	new Setting(containerEl)
		.setName(t("import.headings.name"))
		.setDesc(t("import.headings.desc"))
		.addDropdown((d) =>
			d
				.addOption("from2", t("import.headings.from2"))
				.addOption("from3", t("import.headings.from3"))
				.addOption("none", t("import.headings.none"))
				.setValue(s.importHeadings)
				.onChange((v) => save("importHeadings", v === "from3" || v === "none" ? v : "from2")),
		);
	new Setting(containerEl)
		.setName(t("import.images.name"))
		.setDesc(t("import.images.desc"))
		.addToggle((toggle) => toggle.setValue(s.importDownloadImages).onChange((v) => save("importDownloadImages", v)));
}
