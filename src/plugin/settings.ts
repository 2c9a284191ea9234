/**
 * Plugin settings: their shape, defaults, and the settings tab.
 * Every feature reads its options from here; defaults are what a new user
 * should get without opening this tab.
 */
import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import { t, type Language } from "../i18n/ui";
import { displayProvenanceSettings } from "./provenance/settings-tab";
import { IMPORT_OPTION_VALUES } from "./import/option-settings";
import { displayImportSettings } from "./import/settings-tab";

export type RenderScope = "detected" | "all" | "none";

export interface ScrapboxLensSettings {
	/** `auto` follows Obsidian's language. */
	language: "auto" | Language;
	/** Which notes get Scrapbox rendering; the rendering features read this. */
	renderScope: RenderScope;
	showStatusBar: boolean;
	/** Reading view: notes detected as raw Scrapbox notation are drawn by the Scrapbox renderer (src/plugin/reading). */
	renderRawNotes: boolean;
	/** Live Preview: quote units and commentary folding (src/plugin/live-preview). */
	livePreviewUnits: boolean;
	/** Timeline: dated lines outside quotes count too (the core's `unquoted`). */
	timelineUnquoted: boolean;
	/** Timeline: space events by the time between them (pane and canvas export). */
	timelineProportional: boolean;
	/** Translation provenance (src/plugin/provenance): the Reading-view card. */
	provenanceCard: boolean;
	/** The language of footers the footer command writes. */
	footerLanguage: "en" | "ja";
	/** Custom footer templates; empty means the default (core DEFAULT_FOOTER_TEMPLATES). */
	footerTemplateEn: string;
	footerTemplateJa: string;
	/** Suggested in the footer command's form when the engine is not known. */
	defaultEngine: string;
	/** Import window defaults (src/plugin/import); the window saves what was chosen last. */
	importHashtags: "tags" | "links";
	importIcons: "images" | "links";
	/** Root links into projects imported into this vault: their notes, or always scrapbox.io. */
	importRootLinks: "vault" | "web";
	/** Which `[** ]` sizes become headings: from2 (the core's default), from3, none. */
	importHeadings: "from2" | "from3" | "none";
	importDownloadImages: boolean;
}

export const DEFAULT_SETTINGS: ScrapboxLensSettings = {
	language: "auto",
	renderScope: "detected",
	showStatusBar: true,
	renderRawNotes: true,
	livePreviewUnits: true,
	timelineUnquoted: false,
	timelineProportional: false,
	provenanceCard: true,
	footerLanguage: "en",
	footerTemplateEn: "",
	footerTemplateJa: "",
	defaultEngine: "",
	importHashtags: "tags",
	importIcons: "images",
	importRootLinks: "vault",
	importHeadings: "from2",
	importDownloadImages: false,
};

/** Values a setting may take when it is one of a fixed set. */
const CHOICES: Partial<Record<keyof ScrapboxLensSettings, readonly string[]>> = {
	language: ["auto", "en", "ja"],
	renderScope: ["detected", "all", "none"],
	footerLanguage: ["en", "ja"],
	// The import window's dropdowns offer exactly these.
	importHashtags: IMPORT_OPTION_VALUES.hashtags,
	importIcons: IMPORT_OPTION_VALUES.icons,
	importRootLinks: IMPORT_OPTION_VALUES.rootLinks,
	importHeadings: IMPORT_OPTION_VALUES.headings,
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
	for (const [key, allowed] of Object.entries(CHOICES) as [keyof ScrapboxLensSettings, readonly string[]][]) {
		if (!allowed.includes(String(settings[key]))) (settings as unknown as Record<string, unknown>)[key] = DEFAULT_SETTINGS[key];
	}
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

		new Setting(containerEl).setName(t("settings.heading.reading")).setHeading();
		new Setting(containerEl)
			.setName(t("settings.renderScope.name"))
			.setDesc(t("settings.renderScope.desc"))
			.addDropdown((dropdown) =>
				dropdown
					.addOption("detected", t("settings.renderScope.detected"))
					.addOption("all", t("settings.renderScope.all"))
					.addOption("none", t("settings.renderScope.none"))
					.setValue(this.host.settings.renderScope)
					.onChange(async (value) => {
						this.host.settings.renderScope = value as RenderScope;
						await this.host.saveSettings();
					}),
			);
		// Quote units and the Scrapbox renderer (src/plugin/reading, src/plugin/live-preview).
		this.addToggle(containerEl, t("settings.renderRawNotes.name"), t("settings.renderRawNotes.desc"), "renderRawNotes");
		this.addToggle(containerEl, t("settings.livePreviewUnits.name"), t("settings.livePreviewUnits.desc"), "livePreviewUnits");
		this.addToggle(containerEl, t("settings.statusBar.name"), t("settings.statusBar.desc"), "showStatusBar");

		// Timeline pane (src/plugin/timeline).
		new Setting(containerEl).setName(t("settings.heading.timeline")).setHeading();
		this.addToggle(containerEl, t("settings.timelineUnquoted.name"), t("settings.timelineUnquoted.desc"), "timelineUnquoted");
		this.addToggle(containerEl, t("settings.timelineProportional.name"), t("settings.timelineProportional.desc"), "timelineProportional");

		// Translation provenance (src/plugin/provenance).
		displayProvenanceSettings(containerEl, this.host);

		// Import window defaults (src/plugin/import).
		displayImportSettings(containerEl, this.host);
	}

	/** One on/off row bound to a boolean setting, saved on change. */
	private addToggle(containerEl: HTMLElement, name: string, desc: string, key: BooleanSettingKey): void {
		new Setting(containerEl)
			.setName(name)
			.setDesc(desc)
			.addToggle((toggle) =>
				toggle.setValue(this.host.settings[key]).onChange(async (value) => {
					this.host.settings[key] = value;
					await this.host.saveSettings();
				}),
			);
	}
}

/** The settings that are plain on/off switches. */
type BooleanSettingKey = { [K in keyof ScrapboxLensSettings]: ScrapboxLensSettings[K] extends boolean ? K : never }[keyof ScrapboxLensSettings];
