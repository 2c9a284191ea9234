/**
 * The provenance card: "Translated from Japanese by DeepL", the original's
 * title as a link (into the vault when the original is here, else to its web
 * page), and the footer's contact and thanks sentence, quieter.
 *
 * Built with createEl only (links by ../ui/links); every piece of the note's
 * text is set as text. The vault link is Obsidian's own markup (`a.internal-link` with
 * `data-href`); its click, middle click and hover are handled on the card,
 * which goes away with the card.
 */
import { setIcon, setTooltip, type PaneType } from "obsidian";
import { languageName, type FooterForm, type Provenance } from "../../core/provenance";
import { isWebUrl } from "../../core/import/escape";
import { currentLanguage, t } from "../../i18n/ui";
import { elementOf } from "../ui/event-target";
import { externalLink, internalLink } from "../ui/links";
import { renderMessage } from "./message";

export const CARD_CLASS = "sbl-provenance-card";

export interface CardModel {
	provenance: Provenance;
	/** The footer's form, or `properties` when the note has no footer. */
	form: FooterForm | "properties";
	writtenBy: string | null;
	message: string | null;
	repaired: boolean;
	/** The original note in this vault, as link text from the note showing the card. */
	original: { linktext: string; path: string } | null;
}

export interface CardActions {
	open(linktext: string, newLeaf: PaneType | boolean): void;
	hover(event: MouseEvent, targetEl: HTMLElement, linktext: string): void;
	openSideBySide(): void;
	/** `Keymap.isModEvent`. */
	newLeaf(event: MouseEvent): PaneType | boolean;
}

/** "Translated from Japanese by DeepL", in the interface language. */
export function summaryOf(model: Pick<CardModel, "provenance" | "form" | "writtenBy">): string {
	if (model.form === "copied") {
		// The "copied" form says the page was written in English, not translated.
		const written = languageName("en", currentLanguage());
		return model.writtenBy ? t("provenance.card.writtenBy", { language: written, name: model.writtenBy }) : t("provenance.card.written", { language: written });
	}
	const { sourceLanguage, engine } = model.provenance;
	const language = sourceLanguage ? languageName(sourceLanguage, currentLanguage()) : null;
	if (language && engine) return t("provenance.card.fromBy", { language, engine });
	if (language) return t("provenance.card.from", { language });
	if (engine) return t("provenance.card.by", { engine });
	return t("provenance.card.translated");
}

/** A date-time property as the date a reader wants; the value as written when it is not one. */
function shortDate(value: string): { text: string; datetime: string | null } {
	const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(value);
	return m ? { text: m[1], datetime: m[2] ? `${m[1]}T${m[2]}` : m[1] } : { text: value, datetime: null };
}

export function buildCard(parent: HTMLElement, model: CardModel, actions: CardActions): HTMLElement {
	const { provenance } = model;
	const card = parent.createDiv({
		cls: CARD_CLASS,
		attr: { role: "note", "aria-label": t("provenance.card.label"), "data-sbl-form": model.form, dir: "auto" },
	});
	if (model.repaired) card.setAttribute("data-sbl-repaired", "true");

	const head = card.createDiv({ cls: "sbl-provenance-head" });
	const icon = head.createSpan({ cls: "sbl-provenance-icon" });
	setIcon(icon, "languages");
	const why = model.form === "properties" ? t("provenance.card.fromProperties") : model.repaired ? t("provenance.card.repaired") : null;
	if (why) setTooltip(icon, why);
	head.createSpan({ cls: "sbl-provenance-summary", text: summaryOf(model) });
	if (provenance.translatedAt) {
		const date = shortDate(provenance.translatedAt);
		const time = head.createEl("time", { cls: "sbl-provenance-date", text: date.text });
		if (date.datetime) time.setAttribute("datetime", date.datetime);
	}

	const row = card.createDiv({ cls: "sbl-provenance-original" });
	row.createSpan({ cls: "sbl-provenance-label", text: t("provenance.card.original") });
	const titleLook = { cls: ["sbl-provenance-title"] };
	let title: HTMLElement | null = null;
	if (model.original) {
		title = internalLink(row, model.original.linktext, provenance.sourceTitle, true, titleLook);
	} else if (provenance.sourceUrl && isWebUrl(provenance.sourceUrl)) {
		// A web page only (no obsidian: URL), as in the notice that offers the same page.
		const online = provenance.sourceProject ? t("provenance.card.online") : t("provenance.card.onlineOther");
		title = externalLink(row, provenance.sourceUrl, provenance.sourceTitle, { ...titleLook, attr: { "aria-label": online } });
	}
	title ??= row.createSpan({ cls: "sbl-provenance-title", text: provenance.sourceTitle });
	title.setAttribute("dir", "auto");
	if (provenance.sourceProject) row.createSpan({ cls: "sbl-provenance-project", text: provenance.sourceProject });
	if (model.original) {
		const split = row.createEl("button", { cls: ["clickable-icon", "sbl-provenance-split"], attr: { type: "button", "aria-label": t("provenance.card.sideBySide") } });
		setIcon(split, "columns-2");
		split.addEventListener("click", (event) => {
			event.preventDefault();
			event.stopPropagation();
			actions.openSideBySide();
		});
	}

	if (model.message && model.message.trim() !== "") {
		renderMessage(card.createDiv({ cls: "sbl-provenance-message", attr: { dir: "auto" } }), model.message.trim());
	}

	if (model.original) {
		const linktext = model.original.linktext;
		const isTitle = (event: Event) => {
			const target = elementOf(event.target);
			return target !== null && title.contains(target);
		};
		const open = (event: MouseEvent) => {
			event.preventDefault();
			// Obsidian's own link handling higher up must not open it a second time.
			event.stopPropagation();
			actions.open(linktext, actions.newLeaf(event));
		};
		card.addEventListener("click", (event) => {
			if (event.button === 0 && isTitle(event)) open(event);
		});
		card.addEventListener("auxclick", (event) => {
			if (event.button === 1 && isTitle(event)) open(event);
		});
		title.addEventListener("mouseover", (event) => actions.hover(event, title, linktext));
	}
	return card;
}
