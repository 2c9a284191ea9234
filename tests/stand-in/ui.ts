/**
 * Obsidian's UI pieces: Notice, Modal, Setting and its components, setting
 * tabs, suggest modals and input suggest, Menu. The DOM mirrors the app's
 * class names (`.modal-container > .modal > .modal-content`, `.setting-item`,
 * `.notice-container > .notice`, …) so CSS and queries behave the same.
 * Controls are real elements: a test that dispatches `input` or `change` on
 * them (or clicks a toggle or button) triggers the component's onChange.
 */
import type { App } from "./app";
import { Component } from "./component";
import { setIcon, setTooltip, type TooltipOptions } from "./icons";
import { Scope } from "./scope";

// ---------------------------------------------------------------- Notice

const DEFAULT_NOTICE_MS = 5000;

function noticeContainer(): HTMLElement {
	return document.body.querySelector<HTMLElement>(":scope > .notice-container") ?? document.body.createDiv({ cls: "notice-container" });
}

export class Notice {
	containerEl: HTMLElement;
	messageEl: HTMLElement;
	/** Deprecated in Obsidian (use messageEl); the same element here. */
	noticeEl: HTMLElement;
	private timer: ReturnType<typeof setTimeout> | null = null;

	constructor(message: string | DocumentFragment, duration?: number) {
		this.containerEl = noticeContainer().createDiv({ cls: "notice" });
		this.messageEl = this.containerEl.createDiv({ cls: "notice-message" });
		this.noticeEl = this.messageEl;
		this.setMessage(message);
		this.containerEl.addEventListener("click", () => this.hide());
		const ms = duration ?? DEFAULT_NOTICE_MS;
		if (ms > 0) this.timer = setTimeout(() => this.hide(), ms);
	}

	setMessage(message: string | DocumentFragment): this {
		this.messageEl.setText(message);
		return this;
	}

	hide(): void {
		if (this.timer !== null) clearTimeout(this.timer);
		this.timer = null;
		this.containerEl.detach();
	}
}

/** The messages of the notices on screen now (test helper). */
export function liveNotices(): string[] {
	return Array.from(document.querySelectorAll(".notice-container > .notice")).map((el) => el.textContent ?? "");
}

// ---------------------------------------------------------------- Modal

export class Modal {
	app: App;
	scope: Scope;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	private opened = false;

	constructor(app: App) {
		this.app = app;
		this.scope = new Scope(app.scope);
		this.scope.register([], "Escape", () => {
			this.close();
			return false;
		});
		this.containerEl = createDiv({ cls: ["modal-container", "mod-dim"] });
		const bg = this.containerEl.createDiv({ cls: "modal-bg" });
		bg.addEventListener("click", () => this.close());
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		const close = this.modalEl.createDiv({ cls: ["modal-close-button"], attr: { "aria-label": "Close" } });
		close.addEventListener("click", () => this.close());
		const header = this.modalEl.createDiv({ cls: "modal-header" });
		this.titleEl = header.createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	}

	open(): void {
		if (this.opened) return;
		this.opened = true;
		document.body.appendChild(this.containerEl);
		this.app.keymap.pushScope(this.scope);
		this.app.openModals.push(this);
		this.onOpen();
	}

	close(): void {
		if (!this.opened) return;
		this.opened = false;
		this.app.keymap.popScope(this.scope);
		this.app.openModals.remove(this);
		this.containerEl.detach();
		this.onClose();
	}

	/** Whether the modal is on screen (stand-in helper). */
	get isOpen(): boolean {
		return this.opened;
	}

	onOpen(): void {
		// Overridden by subclasses.
	}

	onClose(): void {
		// Overridden by subclasses.
	}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}
}

// ---------------------------------------------------------------- Components

export abstract class BaseComponent {
	disabled = false;

	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

export abstract class ValueComponent<T> extends BaseComponent {
	registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
		listeners[key] = (value?: T) => {
			if (value !== undefined) this.setValue(value);
			return this.getValue();
		};
		return this;
	}
	abstract getValue(): T;
	abstract setValue(value: T): this;
}

export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;
	private clickHandler: ((evt: MouseEvent) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl("button");
		this.buttonEl.addEventListener("click", (evt) => {
			if (!this.disabled) void this.clickHandler?.(evt);
		});
	}
	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.buttonEl.disabled = disabled;
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}
	removeCta(): this {
		this.buttonEl.removeClass("mod-cta");
		return this;
	}
	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}
	setTooltip(tooltip: string, options?: TooltipOptions): this {
		setTooltip(this.buttonEl, tooltip, options);
		return this;
	}
	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}
	setIcon(icon: string): this {
		this.buttonEl.empty();
		setIcon(this.buttonEl, icon);
		return this;
	}
	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}
	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.clickHandler = callback;
		return this;
	}
}

export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;
	private clickHandler: (() => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = containerEl.createDiv({ cls: ["clickable-icon", "extra-setting-button"] });
		this.extraSettingsEl.addEventListener("click", () => {
			if (!this.disabled) void this.clickHandler?.();
		});
	}
	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.extraSettingsEl.toggleClass("is-disabled", disabled);
		return this;
	}
	setTooltip(tooltip: string, options?: TooltipOptions): this {
		setTooltip(this.extraSettingsEl, tooltip, options);
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}
	onClick(callback: () => unknown): this {
		this.clickHandler = callback;
		return this;
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private readonly inputEl: HTMLInputElement;
	private value = false;
	private changeHandler: ((value: boolean) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv({ cls: "checkbox-container" });
		this.inputEl = this.toggleEl.createEl("input", { type: "checkbox", attr: { tabindex: "0" } });
		this.toggleEl.addEventListener("click", (evt) => {
			if (evt.target === this.inputEl) return;
			this.onClick();
		});
		this.inputEl.addEventListener("change", () => {
			if (!this.disabled) this.apply(this.inputEl.checked);
		});
	}
	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.toggleEl.toggleClass("is-disabled", disabled);
		this.inputEl.disabled = disabled;
		return this;
	}
	getValue(): boolean {
		return this.value;
	}
	setValue(on: boolean): this {
		this.value = on;
		this.inputEl.checked = on;
		this.toggleEl.toggleClass("is-enabled", on);
		return this;
	}
	setTooltip(tooltip: string, options?: TooltipOptions): this {
		setTooltip(this.toggleEl, tooltip, options);
		return this;
	}
	onClick(): void {
		if (!this.disabled) this.apply(!this.value);
	}
	private apply(on: boolean): void {
		this.setValue(on);
		void this.changeHandler?.(on);
	}
	onChange(callback: (value: boolean) => unknown): this {
		this.changeHandler = callback;
		return this;
	}
}

export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	inputEl: T;
	private changeHandler: ((value: string) => unknown) | null = null;

	constructor(inputEl: T) {
		super();
		this.inputEl = inputEl;
		this.inputEl.addEventListener("input", () => this.onChanged());
	}
	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.inputEl.disabled = disabled;
		return this;
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}
	onChanged(): void {
		void this.changeHandler?.(this.getValue());
	}
	onChange(callback: (value: string) => unknown): this {
		this.changeHandler = callback;
		return this;
	}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text", attr: { spellcheck: "false" } }));
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea", { attr: { spellcheck: "false" } }));
	}
}

export class SearchComponent extends AbstractTextComponent<HTMLInputElement> {
	clearButtonEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		const box = containerEl.createDiv({ cls: "search-input-container" });
		super(box.createEl("input", { type: "search", attr: { enterkeyhint: "search", spellcheck: "false" } }));
		this.clearButtonEl = box.createDiv({ cls: "search-input-clear-button" });
		this.clearButtonEl.addEventListener("click", () => {
			this.setValue("");
			this.onChanged();
		});
	}
	override onChanged(): void {
		this.clearButtonEl.toggle(this.getValue() !== "");
		super.onChanged();
	}
}

/** Moment is not bundled: the sample shows the format itself. */
export class MomentFormatComponent extends TextComponent {
	sampleEl: HTMLElement;
	private defaultFormat = "";
	constructor(containerEl: HTMLElement) {
		super(containerEl);
		this.sampleEl = containerEl.createSpan({ cls: "u-pop" });
	}
	setDefaultFormat(defaultFormat: string): this {
		this.defaultFormat = defaultFormat;
		this.setPlaceholder(defaultFormat);
		this.updateSample();
		return this;
	}
	setSampleEl(sampleEl: HTMLElement): this {
		this.sampleEl = sampleEl;
		this.updateSample();
		return this;
	}
	override setValue(value: string): this {
		super.setValue(value);
		this.updateSample();
		return this;
	}
	override onChanged(): void {
		this.updateSample();
		super.onChanged();
	}
	updateSample(): void {
		this.sampleEl.setText(this.getValue() || this.defaultFormat);
	}
}

export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	private changeHandler: ((value: string) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
		this.selectEl.addEventListener("change", () => void this.changeHandler?.(this.getValue()));
	}
	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.selectEl.disabled = disabled;
		return this;
	}
	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { text: display, value });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
	onChange(callback: (value: string) => unknown): this {
		this.changeHandler = callback;
		return this;
	}
}

export class SliderComponent extends ValueComponent<number> {
	sliderEl: HTMLInputElement;
	private instant = false;
	private changeHandler: ((value: number) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = containerEl.createEl("input", { cls: "slider", type: "range", attr: { min: "0", max: "100", step: "1" } });
		this.sliderEl.addEventListener("input", () => {
			if (this.instant) void this.changeHandler?.(this.getValue());
		});
		this.sliderEl.addEventListener("change", () => {
			if (!this.instant) void this.changeHandler?.(this.getValue());
		});
	}
	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.sliderEl.disabled = disabled;
		return this;
	}
	setInstant(instant: boolean): this {
		this.instant = instant;
		return this;
	}
	setLimits(min: number, max: number, step: number | "any"): this {
		this.sliderEl.min = String(min);
		this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}
	getValue(): number {
		return Number(this.sliderEl.value);
	}
	setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}
	getValuePretty(): string {
		return String(this.getValue());
	}
	setDynamicTooltip(): this {
		this.sliderEl.addEventListener("input", () => setTooltip(this.sliderEl, this.getValuePretty()));
		return this;
	}
	showTooltip(): void {
		setTooltip(this.sliderEl, this.getValuePretty());
	}
	onChange(callback: (value: number) => unknown): this {
		this.changeHandler = callback;
		return this;
	}
}

export class ColorComponent extends ValueComponent<string> {
	private readonly colorPickerEl: HTMLInputElement;
	private changeHandler: ((value: string) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.colorPickerEl = containerEl.createEl("input", { type: "color" });
		this.colorPickerEl.addEventListener("change", () => void this.changeHandler?.(this.getValue()));
	}
	getValue(): string {
		return this.colorPickerEl.value;
	}
	setValue(value: string): this {
		this.colorPickerEl.value = value;
		return this;
	}
	getValueRgb(): { r: number; g: number; b: number } {
		const hex = this.getValue().replace("#", "");
		return { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16) };
	}
	setValueRgb(rgb: { r: number; g: number; b: number }): this {
		const hex = (n: number): string => Math.round(n).toString(16).padStart(2, "0");
		return this.setValue(`#${hex(rgb.r)}${hex(rgb.g)}${hex(rgb.b)}`);
	}
	onChange(callback: (value: string) => unknown): this {
		this.changeHandler = callback;
		return this;
	}
}

export class ProgressBarComponent extends ValueComponent<number> {
	private readonly progressBar: HTMLElement;
	private readonly lineEl: HTMLElement;
	private value = 0;

	constructor(containerEl: HTMLElement) {
		super();
		this.progressBar = containerEl.createDiv({ cls: "setting-progress-bar", attr: { role: "progressbar", "aria-valuemin": "0", "aria-valuemax": "100" } });
		this.lineEl = this.progressBar.createDiv({ cls: "setting-progress-bar-inner" });
		this.setValue(0);
	}
	getValue(): number {
		return this.value;
	}
	setValue(value: number): this {
		this.value = Math.clamp(value, 0, 100);
		this.lineEl.style.width = `${this.value}%`;
		this.progressBar.setAttribute("aria-valuenow", String(this.value));
		return this;
	}
}

// ---------------------------------------------------------------- Setting

export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	setTooltip(tooltip: string, options?: TooltipOptions): this {
		setTooltip(this.nameEl, tooltip, options);
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass("is-disabled", disabled);
		for (const c of this.components) c.setDisabled(disabled);
		return this;
	}
	private add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}
	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}
	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addSearch(cb: (component: SearchComponent) => unknown): this {
		return this.add(new SearchComponent(this.controlEl), cb);
	}
	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}
	addMomentFormat(cb: (component: MomentFormatComponent) => unknown): this {
		return this.add(new MomentFormatComponent(this.controlEl), cb);
	}
	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	addColorPicker(cb: (component: ColorComponent) => unknown): this {
		return this.add(new ColorComponent(this.controlEl), cb);
	}
	addProgressBar(cb: (component: ProgressBarComponent) => unknown): this {
		return this.add(new ProgressBarComponent(this.controlEl), cb);
	}
	addSlider(cb: (component: SliderComponent) => unknown): this {
		return this.add(new SliderComponent(this.controlEl), cb);
	}
	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}
	clear(): this {
		this.controlEl.empty();
		this.components = [];
		return this;
	}
}

// ---------------------------------------------------------------- Setting tabs

export abstract class SettingTab {
	app: App;
	containerEl: HTMLElement;
	/** Set by PluginSettingTab; the app's settings modal lists tabs by it. */
	id = "";
	name = "";

	constructor(app: App) {
		this.app = app;
		this.containerEl = createDiv({ cls: "vertical-tab-content" });
	}
	abstract display(): void;
	hide(): void {
		this.containerEl.empty();
	}
}

export abstract class PluginSettingTab extends SettingTab {
	plugin: { manifest: { id: string; name: string } };
	constructor(app: App, plugin: { manifest: { id: string; name: string } }) {
		super(app);
		this.plugin = plugin;
		this.id = plugin.manifest.id;
		this.name = plugin.manifest.name;
	}
}

// ---------------------------------------------------------------- Search helpers

export type SearchMatchPart = [number, number];
export interface SearchResult {
	score: number;
	matches: SearchMatchPart[];
}

/** Fuzzy subsequence match, case-insensitive; tighter and earlier matches score higher. */
export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
	const q = query.toLowerCase().replace(/\s+/g, "");
	return (text: string) => {
		if (q === "") return { score: 0, matches: [] };
		const t = text.toLowerCase();
		const matches: SearchMatchPart[] = [];
		let from = 0;
		let score = 0;
		for (const ch of q) {
			const at = t.indexOf(ch, from);
			if (at === -1) return null;
			const last = matches[matches.length - 1];
			if (last && last[1] === at) last[1] = at + 1;
			else matches.push([at, at + 1]);
			score -= at - from;
			from = at + 1;
		}
		return { score: score - matches.length, matches };
	};
}

export function prepareSimpleSearch(query: string): (text: string) => SearchResult | null {
	const words = query.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
	return (text: string) => {
		const t = text.toLowerCase();
		const matches: SearchMatchPart[] = [];
		for (const word of words) {
			const at = t.indexOf(word);
			if (at === -1) return null;
			matches.push([at, at + word.length]);
		}
		return { score: -matches.length, matches: matches.sort((a, b) => a[0] - b[0]) };
	};
}

export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: SearchMatchPart[] | null, offset = 0): void {
	let at = 0;
	for (const [start, end] of matches ?? []) {
		const s = start + offset;
		const e = end + offset;
		if (s < at) continue;
		if (s > at) el.appendText(text.slice(at, s));
		el.createSpan({ cls: "suggestion-highlight", text: text.slice(s, e) });
		at = e;
	}
	if (at < text.length) el.appendText(text.slice(at));
}

export function renderResults(el: HTMLElement, text: string, result: SearchResult, offset?: number): void {
	renderMatches(el, text, result.matches, offset);
}

export function sortSearchResults(results: { match: SearchResult }[]): void {
	results.sort((a, b) => b.match.score - a.match.score);
}

// ---------------------------------------------------------------- Suggest modals

export interface Instruction {
	command: string;
	purpose: string;
}

export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	private readonly instructionsEl: HTMLElement;
	private items: T[] = [];
	private selected = 0;
	private generation = 0;

	constructor(app: App) {
		super(app);
		this.modalEl.addClass("prompt");
		this.modalEl.empty();
		const box = this.modalEl.createDiv({ cls: "prompt-input-container" });
		this.inputEl = box.createEl("input", { cls: "prompt-input", type: "text", attr: { enterkeyhint: "done", spellcheck: "false" } });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
		this.instructionsEl = this.modalEl.createDiv({ cls: "prompt-instructions" });
		this.inputEl.addEventListener("input", () => void this.updateSuggestions());
		this.scope.register([], "ArrowDown", () => {
			this.select(this.selected + 1);
			return false;
		});
		this.scope.register([], "ArrowUp", () => {
			this.select(this.selected - 1);
			return false;
		});
		this.scope.register([], "Enter", (evt) => {
			this.selectActiveSuggestion(evt);
			return false;
		});
	}
	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}
	setInstructions(instructions: Instruction[]): void {
		this.instructionsEl.empty();
		for (const i of instructions) {
			const row = this.instructionsEl.createDiv({ cls: "prompt-instruction" });
			row.createSpan({ cls: "prompt-instruction-command", text: i.command });
			row.createSpan({ text: i.purpose });
		}
	}
	override open(): void {
		super.open();
		this.inputEl.focus();
		void this.updateSuggestions();
	}
	onNoSuggestion(): void {
		this.resultContainerEl.empty();
		this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
	}
	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}
	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const item = this.items[this.selected];
		if (item !== undefined) this.selectSuggestion(item, evt);
	}
	private select(index: number): void {
		const els = this.resultContainerEl.findAll(".suggestion-item");
		if (els.length === 0) return;
		this.selected = (index + els.length) % els.length;
		els.forEach((el, i) => el.toggleClass("is-selected", i === this.selected));
	}
	/** Re-runs getSuggestions for the current input (stand-in: awaitable). */
	async updateSuggestions(): Promise<void> {
		const generation = ++this.generation;
		const result = await this.getSuggestions(this.inputEl.value);
		if (generation !== this.generation) return;
		this.items = result.slice(0, this.limit > 0 ? this.limit : undefined);
		this.resultContainerEl.empty();
		if (this.items.length === 0) {
			this.onNoSuggestion();
			return;
		}
		this.items.forEach((item, i) => {
			const el = this.resultContainerEl.createDiv({ cls: "suggestion-item" });
			el.addEventListener("click", (evt) => this.selectSuggestion(item, evt));
			el.addEventListener("mousemove", () => this.select(i));
			this.renderSuggestion(item, el);
		});
		this.select(0);
	}
	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export interface FuzzyMatch<T> {
	item: T;
	match: SearchResult;
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const search = prepareFuzzySearch(query);
		const out: FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const match = search(this.getItemText(item));
			if (match) out.push({ item, match });
		}
		if (query.trim() !== "") sortSearchResults(out);
		return out;
	}
	renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
		renderResults(el, this.getItemText(item.item), item.match);
	}
	onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class PopoverSuggest<T> {
	app: App;
	scope: Scope;
	suggestEl: HTMLElement;
	protected isOpen = false;

	constructor(app: App, scope?: Scope) {
		this.app = app;
		this.scope = scope ?? new Scope(app.scope);
		this.suggestEl = createDiv({ cls: "suggestion-container" });
	}
	open(): void {
		if (this.isOpen) return;
		this.isOpen = true;
		document.body.appendChild(this.suggestEl);
		this.app.keymap.pushScope(this.scope);
	}
	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		this.app.keymap.popScope(this.scope);
		this.suggestEl.detach();
	}
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> {
	limit = 100;
	private readonly textInputEl: HTMLInputElement | HTMLDivElement;
	private selectCallback: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	private generation = 0;

	constructor(app: App, textInputEl: HTMLInputElement | HTMLDivElement) {
		super(app);
		this.textInputEl = textInputEl;
		textInputEl.addEventListener("input", () => void this.refresh());
		textInputEl.addEventListener("focus", () => void this.refresh());
		textInputEl.addEventListener("blur", () => setTimeout(() => this.close(), 100));
	}
	setValue(value: string): void {
		if (this.textInputEl instanceof HTMLInputElement) this.textInputEl.value = value;
		else this.textInputEl.textContent = value;
	}
	getValue(): string {
		return this.textInputEl instanceof HTMLInputElement ? this.textInputEl.value : (this.textInputEl.textContent ?? "");
	}
	/** Recomputes and shows the suggestions for the current value (stand-in: awaitable). */
	async refresh(): Promise<void> {
		const generation = ++this.generation;
		const items = await this.getSuggestions(this.getValue());
		if (generation !== this.generation) return;
		this.suggestEl.empty();
		const list = this.suggestEl.createDiv({ cls: "suggestion" });
		const shown = this.limit > 0 ? items.slice(0, this.limit) : items;
		if (shown.length === 0) {
			this.close();
			return;
		}
		for (const item of shown) {
			const el = list.createDiv({ cls: "suggestion-item" });
			this.renderSuggestion(item, el);
			el.addEventListener("mousedown", (evt) => {
				evt.preventDefault();
				this.selectSuggestion(item, evt);
			});
		}
		this.open();
	}
	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		void this.selectCallback?.(value, evt);
		this.close();
	}
	onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.selectCallback = callback;
		return this;
	}
}

// ---------------------------------------------------------------- Menu

export class MenuItem {
	dom: HTMLElement;
	private readonly iconEl: HTMLElement;
	private readonly titleEl: HTMLElement;
	private callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	section = "";
	disabled = false;

	/** Obsidian's constructor is private; use Menu.addItem. */
	constructor(private readonly menu: Menu) {
		this.dom = createDiv({ cls: "menu-item" });
		this.iconEl = this.dom.createDiv({ cls: "menu-item-icon" });
		this.titleEl = this.dom.createDiv({ cls: "menu-item-title" });
		this.dom.addEventListener("click", (evt) => {
			if (this.disabled) return;
			this.menu.hide();
			void this.callback?.(evt);
		});
	}
	setTitle(title: string | DocumentFragment): this {
		this.titleEl.setText(title);
		return this;
	}
	setIcon(icon: string | null): this {
		this.iconEl.empty();
		if (icon) setIcon(this.iconEl, icon);
		return this;
	}
	setChecked(checked: boolean | null): this {
		this.dom.toggleClass("mod-checked", !!checked);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.dom.toggleClass("is-disabled", disabled);
		return this;
	}
	setIsLabel(isLabel: boolean): this {
		this.dom.toggleClass("is-label", isLabel);
		return this;
	}
	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}
	setSection(section: string): this {
		this.section = section;
		this.dom.setAttribute("data-section", section);
		return this;
	}
}

export class MenuSeparator {
	dom = createDiv({ cls: "menu-separator" });
}

export class Menu extends Component {
	dom: HTMLElement;
	items: (MenuItem | MenuSeparator)[] = [];
	private readonly hideCallbacks: (() => unknown)[] = [];

	constructor() {
		super();
		this.dom = createDiv({ cls: "menu" });
	}
	setNoIcon(): this {
		this.dom.addClass("mod-no-icon");
		return this;
	}
	setUseNativeMenu(_useNativeMenu: boolean): this {
		return this;
	}
	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem(this);
		this.items.push(item);
		cb(item);
		return this;
	}
	addSeparator(): this {
		this.items.push(new MenuSeparator());
		return this;
	}
	showAtMouseEvent(evt: MouseEvent): this {
		return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
	}
	showAtPosition(position: { x: number; y: number }, _doc?: Document): this {
		this.dom.empty();
		for (const item of this.items) this.dom.appendChild(item.dom);
		this.dom.style.left = `${position.x}px`;
		this.dom.style.top = `${position.y}px`;
		document.body.appendChild(this.dom);
		this.load();
		return this;
	}
	hide(): this {
		if (!this.dom.isConnected) return this;
		this.dom.detach();
		this.unload();
		for (const cb of this.hideCallbacks) cb();
		return this;
	}
	close(): void {
		this.hide();
	}
	onHide(callback: () => unknown): void {
		this.hideCallbacks.push(callback);
	}
}
