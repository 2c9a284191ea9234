import { t } from "../../i18n/ui";
import type { Flavour } from "./note-index";

export function flavourLabel(flavour: Flavour | null): string {
	switch (flavour) {
		case "raw":
			return t("flavour.raw");
		case "converted":
			return t("flavour.converted");
		case "translated":
			return t("flavour.translated");
		default:
			return t("flavour.none");
	}
}
