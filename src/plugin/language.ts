import { getLanguage } from "obsidian";
import { languageFromCode, setLanguage } from "../i18n/ui";
import type { ScrapboxLensSettings } from "./settings";

/** Applies the language setting: a fixed language, or Obsidian's own. */
export function applyLanguage(settings: ScrapboxLensSettings): void {
	setLanguage(settings.language === "auto" ? languageFromCode(getLanguage()) : settings.language);
}
