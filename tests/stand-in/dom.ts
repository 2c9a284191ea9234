/**
 * Obsidian's DOM helpers, installed on the prototypes and on the global
 * object as the app does before any plugin runs (createEl, empty, setText,
 * addClass, on/off delegation, doc/win, …), plus the small array, string and
 * math extensions its type definitions declare globally.
 *
 * Runs in happy-dom (unit tests) and in real Chromium (the e2e harness), so it
 * touches nothing but the DOM. Installing twice is harmless.
 */
import type {} from "obsidian";

type AttrValue = string | number | boolean | null;
type Info = DomElementInfo | SvgElementInfo | string | undefined;

const INSTALLED = "__obsidianStandInDom";
const SVG_NS = "http://www.w3.org/2000/svg";
const VALUE_TAGS = new Set(["INPUT", "SELECT", "TEXTAREA", "OPTION", "BUTTON"]);

function define(target: object, name: string, value: unknown): void {
	Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
}

function defineGetter(target: object, name: string, get: () => unknown): void {
	Object.defineProperty(target, name, { get, configurable: true, enumerable: false });
}

function setAttr(el: Element, name: string, value: AttrValue): void {
	if (value === null || value === undefined) el.removeAttribute(name);
	else el.setAttribute(name, String(value));
}

function classesOf(cls: string | string[]): string[] {
	const list = Array.isArray(cls) ? cls : cls.split(" ");
	return list.filter((c) => c.length > 0);
}

/** Applies a DomElementInfo the way Obsidian's createEl does, then attaches the element. */
function applyInfo(el: Element, o: DomElementInfo | SvgElementInfo): void {
	if (o.cls !== undefined) {
		for (const c of classesOf(o.cls)) el.classList.add(c);
	}
	const info = o as DomElementInfo;
	if (info.text !== undefined) el.setText(info.text);
	if (o.attr) for (const [key, value] of Object.entries(o.attr)) setAttr(el, key, value);
	if (info.title !== undefined) el.setAttribute("title", info.title);
	if (info.value !== undefined && VALUE_TAGS.has(el.tagName)) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined) el.setAttribute("type", info.type);
	if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
	if (info.href !== undefined) el.setAttribute("href", info.href);
}

function attach(el: Node, parent: Node | undefined, prepend: boolean | undefined): void {
	if (!parent) return;
	if (prepend) parent.insertBefore(el, parent.firstChild);
	else parent.appendChild(el);
}

function normaliseInfo<T extends DomElementInfo | SvgElementInfo>(o: T | string | undefined): T {
	if (typeof o === "string") return { cls: o } as T;
	return (o ?? {}) as T;
}

function ownerDocumentOf(node: Node | undefined): Document {
	if (!node) return document;
	if (node.nodeType === 9) return node as Document;
	return node.ownerDocument ?? document;
}

function makeEl<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	o: Info,
	callback?: (el: HTMLElementTagNameMap[K]) => void,
	defaultParent?: Node,
): HTMLElementTagNameMap[K] {
	const info = normaliseInfo<DomElementInfo>(o);
	const parent = info.parent ?? defaultParent;
	const el = ownerDocumentOf(parent).createElement(tag);
	applyInfo(el, info);
	if (callback) callback(el);
	attach(el, parent, info.prepend);
	return el;
}

function makeSvg<K extends keyof SVGElementTagNameMap>(
	tag: K,
	o: Info,
	callback?: (el: SVGElementTagNameMap[K]) => void,
	defaultParent?: Node,
): SVGElementTagNameMap[K] {
	const info = normaliseInfo<SvgElementInfo>(o);
	const parent = info.parent ?? defaultParent;
	const el = ownerDocumentOf(parent).createElementNS(SVG_NS, tag);
	applyInfo(el, info);
	if (callback) callback(el);
	attach(el, parent, info.prepend);
	return el;
}

interface Delegated {
	selector: string;
	listener: (this: HTMLElement, ev: Event, delegateTarget: HTMLElement) => unknown;
	options?: boolean | AddEventListenerOptions;
	callback: (ev: Event) => void;
}
type EventsHost = (HTMLElement | Document) & { _EVENTS?: Record<string, Delegated[]> };

function delegatedOn(
	this: EventsHost,
	type: string,
	selector: string,
	listener: Delegated["listener"],
	options?: boolean | AddEventListenerOptions,
): void {
	const events = (this._EVENTS ??= {});
	const list = (events[type] ??= []);
	if (list.some((d) => d.selector === selector && d.listener === listener && d.options === options)) return;
	const callback = (ev: Event): void => {
		const target = ev.target;
		if (!target || !(target as Node).nodeType) return;
		const start = (target as Node).nodeType === 1 ? (target as Element) : (target as Node).parentElement;
		const match = start?.closest(selector) as HTMLElement | null;
		if (match && (this === match || this.contains(match))) listener.call(this as HTMLElement, ev, match);
	};
	list.push({ selector, listener, options, callback });
	this.addEventListener(type, callback, options);
}

function delegatedOff(
	this: EventsHost,
	type: string,
	selector: string,
	listener: Delegated["listener"],
	options?: boolean | AddEventListenerOptions,
): void {
	const list = this._EVENTS?.[type];
	if (!list) return;
	for (let i = list.length - 1; i >= 0; i--) {
		const d = list[i];
		if (d.selector === selector && d.listener === listener && d.options === options) {
			this.removeEventListener(type, d.callback, d.options);
			list.splice(i, 1);
		}
	}
}

/** Whether no ancestor (or the element) is hidden with `display: none`; detached elements are not shown. */
function isShown(el: HTMLElement): boolean {
	if (!el.isConnected) return false;
	const view = el.ownerDocument.defaultView;
	for (let node: HTMLElement | null = el; node && node !== el.ownerDocument.body; node = node.parentElement) {
		if (node.style.display === "none" || node.hidden) return false;
		if (view && view.getComputedStyle(node).display === "none") return false;
	}
	return true;
}

function innerSize(el: HTMLElement, axis: "width" | "height"): number {
	const style = el.ownerDocument.defaultView?.getComputedStyle(el);
	const padding = style
		? axis === "width"
			? parseFloat(style.paddingLeft || "0") + parseFloat(style.paddingRight || "0")
			: parseFloat(style.paddingTop || "0") + parseFloat(style.paddingBottom || "0")
		: 0;
	return (axis === "width" ? el.clientWidth : el.clientHeight) - (Number.isFinite(padding) ? padding : 0);
}

function installNode(): void {
	const N = Node.prototype as unknown as Record<string, unknown>;
	define(N, "detach", function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	define(N, "empty", function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	});
	define(N, "insertAfter", function <T extends Node>(this: Node, node: T, child: Node | null): T {
		this.insertBefore(node, child ? child.nextSibling : this.firstChild);
		return node;
	});
	define(N, "indexOf", function (this: Node, other: Node) {
		return Array.prototype.indexOf.call(this.childNodes, other);
	});
	define(N, "setChildrenInPlace", function (this: Node, children: Node[]) {
		const wanted = new Set(children);
		for (const child of Array.from(this.childNodes)) if (!wanted.has(child)) this.removeChild(child);
		let cursor: Node | null = this.firstChild;
		for (const child of children) {
			if (child === cursor) cursor = cursor.nextSibling;
			else this.insertBefore(child, cursor);
		}
	});
	define(N, "appendText", function (this: Node, val: string) {
		this.appendChild(ownerDocumentOf(this).createTextNode(val));
	});
	define(N, "instanceOf", function (this: Node, type: { new (): unknown; name: string }) {
		if (this instanceof type) return true;
		const win = (ownerDocumentOf(this).defaultView ?? window) as unknown as Record<string, unknown>;
		const local = win[type.name] as (new () => unknown) | undefined;
		return typeof local === "function" && this instanceof local;
	});
	defineGetter(N, "doc", function (this: Node) {
		return ownerDocumentOf(this);
	});
	defineGetter(N, "win", function (this: Node) {
		return ownerDocumentOf(this).defaultView ?? window;
	});
	defineGetter(N, "constructorWin", function (this: Node) {
		return ownerDocumentOf(this).defaultView ?? window;
	});
	define(N, "createEl", function (this: Node, tag: keyof HTMLElementTagNameMap, o?: Info, cb?: (el: HTMLElement) => void) {
		return makeEl(tag, o, cb, this);
	});
	define(N, "createDiv", function (this: Node, o?: Info, cb?: (el: HTMLDivElement) => void) {
		return makeEl("div", o, cb, this);
	});
	define(N, "createSpan", function (this: Node, o?: Info, cb?: (el: HTMLSpanElement) => void) {
		return makeEl("span", o, cb, this);
	});
	define(N, "createSvg", function (this: Node, tag: keyof SVGElementTagNameMap, o?: Info, cb?: (el: SVGElement) => void) {
		return makeSvg(tag, o, cb, this);
	});
}

function installElement(): void {
	const E = Element.prototype as unknown as Record<string, unknown>;
	define(E, "getText", function (this: Element) {
		return this.textContent ?? "";
	});
	define(E, "setText", function (this: Element, val: string | DocumentFragment) {
		if (typeof val === "string") {
			this.textContent = val;
			return;
		}
		this.empty();
		this.appendChild(val);
	});
	define(E, "addClass", function (this: Element, ...classes: string[]) {
		for (const c of classes) for (const one of classesOf(c)) this.classList.add(one);
	});
	define(E, "addClasses", function (this: Element, classes: string[]) {
		this.addClass(...classes);
	});
	define(E, "removeClass", function (this: Element, ...classes: string[]) {
		for (const c of classes) for (const one of classesOf(c)) this.classList.remove(one);
	});
	define(E, "removeClasses", function (this: Element, classes: string[]) {
		this.removeClass(...classes);
	});
	define(E, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
		for (const c of classesOf(classes)) this.classList.toggle(c, value);
	});
	define(E, "hasClass", function (this: Element, cls: string) {
		return this.classList.contains(cls);
	});
	define(E, "setAttr", function (this: Element, name: string, value: AttrValue) {
		setAttr(this, name, value);
	});
	define(E, "setAttrs", function (this: Element, obj: Record<string, AttrValue>) {
		for (const [key, value] of Object.entries(obj)) setAttr(this, key, value);
	});
	define(E, "getAttr", function (this: Element, name: string) {
		return this.getAttribute(name);
	});
	define(E, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
		for (let node = this.parentElement; node && node !== lastParent; node = node.parentElement) {
			if (node.matches(selector)) return node;
		}
		return null;
	});
	define(E, "getCssPropertyValue", function (this: Element, property: string, pseudo?: string) {
		return ownerDocumentOf(this).defaultView?.getComputedStyle(this, pseudo).getPropertyValue(property) ?? "";
	});
	define(E, "isActiveElement", function (this: Element) {
		return ownerDocumentOf(this).activeElement === this;
	});
	define(E, "find", function (this: Element, selector: string) {
		return this.querySelector(selector);
	});
	define(E, "findAll", function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});
	define(E, "findAllSelf", function (this: Element, selector: string) {
		const found = Array.from(this.querySelectorAll(selector));
		return this.matches(selector) ? [this, ...found] : found;
	});
	for (const proto of [HTMLElement.prototype, SVGElement.prototype] as unknown as Record<string, unknown>[]) {
		define(proto, "setCssStyles", function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
			Object.assign(this.style, styles);
		});
		define(proto, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
			for (const [key, value] of Object.entries(props)) this.style.setProperty(key, value);
		});
	}
	const F = DocumentFragment.prototype as unknown as Record<string, unknown>;
	define(F, "find", function (this: DocumentFragment, selector: string) {
		return this.querySelector(selector);
	});
	define(F, "findAll", function (this: DocumentFragment, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});
}

function installHtmlElement(): void {
	const H = HTMLElement.prototype as unknown as Record<string, unknown>;
	define(H, "show", function (this: HTMLElement) {
		if (this.style.display === "none") this.style.display = "";
	});
	define(H, "hide", function (this: HTMLElement) {
		this.style.display = "none";
	});
	define(H, "toggle", function (this: HTMLElement, show: boolean) {
		if (show) this.show();
		else this.hide();
	});
	define(H, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
		this.style.visibility = visible ? "" : "hidden";
	});
	define(H, "isShown", function (this: HTMLElement) {
		return isShown(this);
	});
	defineGetter(H, "innerWidth", function (this: HTMLElement) {
		return innerSize(this, "width");
	});
	defineGetter(H, "innerHeight", function (this: HTMLElement) {
		return innerSize(this, "height");
	});
	define(H, "on", delegatedOn);
	define(H, "off", delegatedOff);
	define(Document.prototype, "on", delegatedOn);
	define(Document.prototype, "off", delegatedOff);
	define(H, "onClickEvent", function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
		// Obsidian counts middle clicks (auxclick) as clicks too.
		this.addEventListener("click", listener as EventListener, options);
		this.addEventListener("auxclick", listener as EventListener, options);
	});
	define(H, "onNodeInserted", function (this: HTMLElement, listener: () => unknown, once?: boolean) {
		let wasConnected = this.isConnected;
		const observer = new MutationObserver(() => {
			if (this.isConnected && !wasConnected) {
				listener();
				if (once) observer.disconnect();
			}
			wasConnected = this.isConnected;
		});
		observer.observe(ownerDocumentOf(this), { childList: true, subtree: true });
		return () => observer.disconnect();
	});
	define(H, "onWindowMigrated", function () {
		// The stand-in has one window: nothing ever migrates.
		return () => undefined;
	});
	define(H, "trigger", function (this: HTMLElement, eventType: string) {
		this.dispatchEvent(new Event(eventType, { bubbles: true, cancelable: true }));
	});
}

function installEvents(): void {
	if (typeof UIEvent === "undefined") return;
	const U = UIEvent.prototype as unknown as Record<string, unknown>;
	defineGetter(U, "targetNode", function (this: UIEvent) {
		return (this.target) ?? null;
	});
	defineGetter(U, "win", function (this: UIEvent) {
		return this.view ?? window;
	});
	defineGetter(U, "doc", function (this: UIEvent) {
		return (this.view ?? window).document;
	});
	define(U, "instanceOf", function (this: UIEvent, type: new (...data: unknown[]) => unknown) {
		return this instanceof type;
	});
}

function installLanguageExtensions(): void {
	const A = Array.prototype as unknown as Record<string, unknown>;
	define(A, "first", function <T>(this: T[]) {
		return this[0];
	});
	define(A, "last", function <T>(this: T[]) {
		return this[this.length - 1];
	});
	define(A, "contains", function <T>(this: T[], target: T) {
		return this.indexOf(target) !== -1;
	});
	define(A, "remove", function <T>(this: T[], target: T) {
		for (let i = this.indexOf(target); i !== -1; i = this.indexOf(target)) this.splice(i, 1);
	});
	define(A, "shuffle", function <T>(this: T[]) {
		for (let i = this.length - 1; i > 0; i--) {
			const j = Math.floor(Math.random() * (i + 1));
			[this[i], this[j]] = [this[j], this[i]];
		}
		return this;
	});
	define(A, "unique", function <T>(this: T[]) {
		return Array.from(new Set(this));
	});
	if (!("findLastIndex" in Array.prototype)) {
		define(A, "findLastIndex", function <T>(this: T[], predicate: (value: T) => boolean) {
			for (let i = this.length - 1; i >= 0; i--) if (predicate(this[i])) return i;
			return -1;
		});
	}
	define(Array, "combine", function <T>(arrays: T[][]) {
		return ([] as T[]).concat(...arrays);
	});
	define(String.prototype, "contains", function (this: string, target: string) {
		return this.indexOf(target) !== -1;
	});
	define(String.prototype, "format", function (this: string, ...args: string[]) {
		return this.replace(/\{(\d+)\}/g, (whole, index: string) => args[Number(index)] ?? whole);
	});
	define(String, "isString", (obj: unknown) => typeof obj === "string");
	define(Number, "isNumber", (obj: unknown) => typeof obj === "number");
	define(Math, "clamp", (value: number, min: number, max: number) => Math.min(Math.max(value, min), max));
	define(Math, "square", (value: number) => value * value);
	define(Object, "isEmpty", (object: Record<string, unknown>) => Object.keys(object).length === 0);
	define(Object, "each", function <T>(object: Record<string, T>, callback: (value: T, key?: string) => boolean | void, context?: unknown) {
		for (const key of Object.keys(object)) if (callback.call(context, object[key], key) === false) return false;
		return true;
	});
}

function installGlobals(): void {
	const g = globalThis as unknown as Record<string, unknown>;
	const targets = [g];
	if (typeof window !== "undefined" && (window as unknown) !== g) targets.push(window as unknown as Record<string, unknown>);
	for (const t of targets) {
		define(t, "createEl", (tag: keyof HTMLElementTagNameMap, o?: Info, cb?: (el: HTMLElement) => void) => makeEl(tag, o, cb));
		define(t, "createDiv", (o?: Info, cb?: (el: HTMLDivElement) => void) => makeEl("div", o, cb));
		define(t, "createSpan", (o?: Info, cb?: (el: HTMLSpanElement) => void) => makeEl("span", o, cb));
		define(t, "createSvg", (tag: keyof SVGElementTagNameMap, o?: Info, cb?: (el: SVGElement) => void) => makeSvg(tag, o, cb));
		define(t, "createFragment", (cb?: (el: DocumentFragment) => void) => {
			const fragment = document.createDocumentFragment();
			if (cb) cb(fragment);
			return fragment;
		});
		define(t, "isBoolean", (obj: unknown) => typeof obj === "boolean");
		define(t, "fish", (selector: string) => document.querySelector(selector));
		define(t, "fishAll", (selector: string) => Array.from(document.querySelectorAll(selector)));
		define(t, "ready", (fn: () => unknown) => {
			if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => fn(), { once: true });
			else fn();
		});
		define(t, "sleep", (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
		define(t, "nextFrame", () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
		// The stand-in has a single window, so the active one is always it.
		Object.defineProperty(t, "activeWindow", { get: () => window, configurable: true, enumerable: false });
		Object.defineProperty(t, "activeDocument", { get: () => document, configurable: true, enumerable: false });
	}
}

/** Installs everything; safe to call more than once. */
export function installDomHelpers(): void {
	const g = globalThis as unknown as Record<string, unknown>;
	if (g[INSTALLED]) return;
	installNode();
	installElement();
	installHtmlElement();
	installEvents();
	installLanguageExtensions();
	installGlobals();
	define(g, INSTALLED, true);
}

installDomHelpers();
