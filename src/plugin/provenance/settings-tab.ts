/**
 * The translation-provenance section of the settings tab: the card switch, the
 * footer language, the two footer templates (checked as they are typed, the
 * problem shown under the field) and the default engine.
 */
import { Setting } from "obsidian";
import { checkFooterTemplate, DEFAULT_FOOTER_TEMPLATES, languageName, type FooterLanguage } from "../../core/provenance";
import { currentLanguage, t } from "../../i18n/ui";
import type { ScrapboxLensSettings } from "../settings";

interface Host {
	settings: ScrapboxLensSettings;
	saveSettings(): Promise<void>;
}

const TEMPLATE_KEY: Record<FooterLanguage, "footerTemplateEn" | "footerTemplateJa"> = { en: "footerTemplateEn", ja: "footerTemplateJa" };

export function displayProvenanceSettings(containerEl: HTMLElement, host: Host): void {
	new Setting(containerEl).setName(t("settings.heading.provenance")).setHeading();
	new Setting(containerEl)
		.setName(t("settings.provenanceCard.name"))
		.setDesc(t("settings.provenanceCard.desc"))
		.addToggle((toggle) =>
			toggle.setValue(host.settings.provenanceCard).onChange(async (value) => {
				host.settings.provenanceCard = value;
				await host.saveSettings();
			}),
		);
	new Setting(containerEl)
		.setName(t("settings.footerLanguage.name"))
		.setDesc(t("settings.footerLanguage.desc"))
		.addDropdown((dropdown) =>
			dropdown
				.addOption("en", "English")
				.addOption("ja", "日本語")
				.setValue(host.settings.footerLanguage)
				.onChange(async (value) => {
					host.settings.footerLanguage = value === "ja" ? "ja" : "en";
					await host.saveSettings();
				}),
		);
	templateSetting(containerEl, host, "en");
	templateSetting(containerEl, host, "ja");
	new Setting(containerEl)
		.setName(t("settings.defaultEngine.name"))
		.setDesc(t("settings.defaultEngine.desc"))
		.addText((text) =>
			text
				.setPlaceholder("DeepL")
				.setValue(host.settings.defaultEngine)
				.onChange(async (value) => {
					host.settings.defaultEngine = value.trim();
					await host.saveSettings();
				}),
		);
}

/**
 * One template field. A valid template is saved at once (the default is saved
 * as empty, so a later default reaches users who never changed it); an invalid
 * one is kept in the field with its problems below and not saved.
 */
function templateSetting(containerEl: HTMLElement, host: Host, language: FooterLanguage): void {
	const key = TEMPLATE_KEY[language];
	const setting = new Setting(containerEl)
		.setName(t("settings.footerTemplate.name", { language: languageName(language, currentLanguage()) }))
		.setDesc(t("settings.footerTemplate.desc"));
	setting.settingEl.addClass("sbl-footer-template-setting");
	const error = setting.descEl.createDiv({ cls: "sbl-footer-template-error mod-warning", attr: { role: "alert", "aria-live": "polite" } });
	const showProblems = (problems: string[]) => {
		error.setText(problems.length > 0 ? t("settings.footerTemplate.invalid", { problems: problems.join("; ") }) : "");
		error.toggleClass("is-hidden", problems.length === 0);
	};
	let area: HTMLTextAreaElement | null = null;
	setting.addTextArea((text) => {
		area = text.inputEl;
		text.inputEl.rows = 3;
		text.inputEl.addClass("sbl-footer-template-input");
		text.setPlaceholder(DEFAULT_FOOTER_TEMPLATES[language])
			.setValue(host.settings[key] || DEFAULT_FOOTER_TEMPLATES[language])
			.onChange(async (value) => {
				const template = value.trim() === "" ? "" : value;
				const problems = template === "" ? [] : checkFooterTemplate(template);
				showProblems(problems);
				text.inputEl.toggleClass("mod-invalid", problems.length > 0);
				text.inputEl.setAttribute("aria-invalid", problems.length > 0 ? "true" : "false");
				if (problems.length > 0) return;
				host.settings[key] = template === DEFAULT_FOOTER_TEMPLATES[language] ? "" : template;
				await host.saveSettings();
			});
	});
	setting.addExtraButton((button) =>
		button
			.setIcon("rotate-ccw")
			.setTooltip(t("settings.footerTemplate.reset"))
			.onClick(async () => {
				host.settings[key] = "";
				if (area) {
					area.value = DEFAULT_FOOTER_TEMPLATES[language];
					area.removeClass("mod-invalid");
					area.setAttribute("aria-invalid", "false");
				}
				showProblems([]);
				await host.saveSettings();
			}),
	);
	// A stored template that is no longer valid (edited by hand, or synced) is pointed out too.
	showProblems(host.settings[key] ? checkFooterTemplate(host.settings[key]) : []);
}
