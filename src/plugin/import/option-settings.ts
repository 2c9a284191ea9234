/**
 * The import options that both the import window and the settings tab (as the
 * window's defaults) offer: one Setting row each, built here so the two stay alike.
 */
import { Setting } from "obsidian";
import { t } from "../../i18n/ui";
import type { ImportChoices } from "./run";

/** The options the settings tab keeps defaults for. */
export type ImportOptionValues = Pick<ImportChoices, "hashtags" | "icons" | "rootLinks" | "headings" | "downloadImages">;
export type ImportOption = keyof ImportOptionValues;
type DropdownOption = Exclude<ImportOption, "downloadImages">;

/** Each dropdown's values, in the order shown; the first is what an unknown value falls back to. */
export const IMPORT_OPTION_VALUES: { readonly [K in DropdownOption]: readonly ImportOptionValues[K][] } = {
	hashtags: ["tags", "links"],
	icons: ["images", "links"],
	rootLinks: ["vault", "web"],
	headings: ["from2", "from3", "none"],
};

/** A dropdown value's label is `import.<option>.<value>`; typed, so a missing string fails to compile. */
type ValueLabel = { [K in DropdownOption]: `import.${K}.${ImportOptionValues[K]}` }[DropdownOption];

/** Adds the option's Setting row to `containerEl`, showing `value` and reporting each change. */
export function addImportOptionSetting<K extends ImportOption>(
	containerEl: HTMLElement,
	option: K,
	value: ImportOptionValues[K],
	changed: (value: ImportOptionValues[K]) => unknown,
): Setting {
	const setting = new Setting(containerEl);
	// Each branch below passes only its own option's values.
	const report = changed as (value: ImportOptionValues[ImportOption]) => unknown;
	if (option === "downloadImages") {
		return setting
			.setName(t("import.images.name"))
			.setDesc(t("import.images.desc"))
			.addToggle((toggle) => toggle.setValue(value === true).onChange(report));
	}
	const dropdown: DropdownOption = option;
	const values: readonly string[] = IMPORT_OPTION_VALUES[dropdown];
	return setting
		.setName(t(`import.${dropdown}.name`))
		.setDesc(t(`import.${dropdown}.desc`))
		.addDropdown((d) => {
			for (const v of values) d.addOption(v, t(`import.${dropdown}.${v}` as ValueLabel));
			d.setValue(String(value)).onChange((v) => report((values.includes(v) ? v : values[0]) as ImportOptionValues[DropdownOption]));
		});
}
