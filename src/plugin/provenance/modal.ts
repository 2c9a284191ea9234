/**
 * The small form the footer command opens when the note does not say enough:
 * the original (its URL, or Scrapbox project and title), the engine and the
 * source language, prefilled with what is known. Enter writes, Escape
 * cancels, Tab moves between fields; the first empty field has the focus.
 */
import { Modal, Setting, type App } from "obsidian";
import { LANGUAGE_NAMES, languageName, type Provenance } from "../../core/provenance";
import { currentLanguage, t } from "../../i18n/ui";
import { parseSourceInput, provenanceFromAnswers, suggestedLanguage, type ProvenanceAnswers } from "./plan";

export class ProvenanceModal extends Modal {
	private readonly answers: ProvenanceAnswers;
	private languageTouched = false;
	private submitted = false;
	private error: HTMLElement | null = null;
	private languageSelect: HTMLSelectElement | null = null;
	private readonly inputs: HTMLInputElement[] = [];
	private settle: ((provenance: Provenance | null) => void) | null = null;
	/** What was written in the form, or null when it was closed without writing. */
	readonly result: Promise<Provenance | null>;

	constructor(app: App, known: Provenance | null, defaultEngine: string) {
		super(app);
		this.result = new Promise((resolve) => (this.settle = resolve));
		this.answers = {
			url: known?.sourceUrl ?? "",
			project: known?.sourceProject ?? "",
			title: known?.sourceTitle ?? "",
			engine: known?.engine ?? defaultEngine,
			language: known?.sourceLanguage ?? suggestedLanguage(known?.sourceProject ?? null, known?.sourceTitle ?? null) ?? "",
			translatedAt: known?.translatedAt ?? null,
		};
		this.languageTouched = !!known?.sourceLanguage;
	}

	override onOpen(): void {
		const { contentEl } = this;
		this.titleEl.setText(t("provenance.modal.title"));
		this.modalEl.addClass("sbl-provenance-modal");
		contentEl.createEl("p", { cls: "setting-item-description", text: t("provenance.modal.desc") });

		const url = this.textField(t("provenance.modal.url.name"), t("provenance.modal.url.desc"), "url", "https://scrapbox.io/project/title");
		const project = this.textField(t("provenance.modal.project.name"), null, "project", "project");
		const title = this.textField(t("provenance.modal.title.name"), null, "title", "");
		// A pasted scrapbox.io URL fills in project and title, which stay editable.
		url.addEventListener("input", () => {
			const source = parseSourceInput(url.value);
			if (source?.project && source.title) {
				project.value = this.answers.project = source.project;
				title.value = this.answers.title = source.title;
			}
			this.suggestLanguage();
		});
		project.addEventListener("input", () => this.suggestLanguage());
		title.addEventListener("input", () => this.suggestLanguage());
		this.textField(t("provenance.modal.engine.name"), t("provenance.modal.engine.desc"), "engine", "DeepL");

		new Setting(contentEl).setName(t("provenance.modal.language.name")).addDropdown((dropdown) => {
			dropdown.addOption("", t("provenance.modal.language.unknown"));
			const codes = Object.keys(LANGUAGE_NAMES);
			if (this.answers.language && !codes.includes(this.answers.language)) codes.push(this.answers.language);
			for (const code of codes) dropdown.addOption(code, languageName(code, currentLanguage()));
			dropdown.setValue(this.answers.language).onChange((value) => {
				this.answers.language = value;
				this.languageTouched = true;
			});
			this.languageSelect = dropdown.selectEl;
		});

		this.error = contentEl.createDiv({ cls: "sbl-provenance-modal-error mod-warning", attr: { role: "alert", "aria-live": "assertive" } });
		const buttons = contentEl.createDiv({ cls: "modal-button-container" });
		buttons.createEl("button", { cls: "mod-cta", text: t("provenance.modal.submit") }).addEventListener("click", () => this.submit());
		buttons.createEl("button", { text: t("modal.cancel") }).addEventListener("click", () => this.close());

		const first = this.inputs.find((input) => input.value.trim() === "") ?? this.inputs[0];
		window.setTimeout(() => first?.focus(), 0);
	}

	override onClose(): void {
		this.contentEl.empty();
		this.settle?.(null);
		this.settle = null;
	}

	private textField(name: string, desc: string | null, key: "url" | "project" | "title" | "engine", placeholder: string): HTMLInputElement {
		let input!: HTMLInputElement;
		const setting = new Setting(this.contentEl).setName(name);
		if (desc) setting.setDesc(desc);
		setting.addText((text) => {
			input = text.inputEl;
			text.setPlaceholder(placeholder)
				.setValue(this.answers[key])
				.onChange((value) => {
					this.answers[key] = value;
				});
			input.setAttribute("aria-label", name);
			input.addEventListener("keydown", (event) => {
				if (event.key === "Enter" && !event.isComposing) {
					event.preventDefault();
					this.submit();
				}
			});
		});
		this.inputs.push(input);
		return input;
	}

	/** Until the user picks a language, it follows what the original's title and project suggest. */
	private suggestLanguage(): void {
		if (this.languageTouched || !this.languageSelect) return;
		const source = parseSourceInput(this.answers.url);
		const language = suggestedLanguage(this.answers.project.trim() || source?.project || null, this.answers.title.trim() || source?.title || null) ?? "";
		if (!Array.from(this.languageSelect.options).some((option) => option.value === language)) return;
		this.languageSelect.value = language;
		this.answers.language = language;
	}

	private submit(): void {
		if (this.submitted) return;
		const provenance = provenanceFromAnswers(this.answers);
		if (!provenance) {
			this.error?.setText(t("provenance.modal.missingSource"));
			this.inputs[0]?.focus();
			return;
		}
		this.submitted = true;
		this.settle?.(provenance);
		this.settle = null;
		this.close();
	}
}
