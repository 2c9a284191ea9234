/**
 * Keyboard scopes and the keymap stack. Only the active (top) scope, and then
 * its parents, see a keydown; a handler returning `false` prevents the default.
 * The app's keymap listens on the document, so a test or the harness can press
 * keys with real KeyboardEvents.
 */
export type Modifier = "Mod" | "Ctrl" | "Meta" | "Shift" | "Alt";

export interface KeymapContext {
	modifiers: string | null;
	key: string | null;
	vkey: string;
}
/** Returning `false` prevents the default. */
export type KeymapEventListener = (evt: KeyboardEvent, ctx: KeymapContext) => unknown;

export interface KeymapEventHandler {
	scope: Scope;
	modifiers: string | null;
	key: string | null;
	func: KeymapEventListener;
}

/** The stand-in reports a non-Mac platform, so Mod means Ctrl. */
const isMac = (): boolean => false;

function modifiersOf(evt: KeyboardEvent | MouseEvent | TouchEvent): string {
	const parts: string[] = [];
	if (isMac() ? evt.metaKey : evt.ctrlKey) parts.push("Mod");
	if (evt.ctrlKey && isMac()) parts.push("Ctrl");
	if (evt.metaKey && !isMac()) parts.push("Meta");
	if (evt.altKey) parts.push("Alt");
	if (evt.shiftKey) parts.push("Shift");
	return parts.join(",");
}

function normaliseModifiers(modifiers: Modifier[] | null): string | null {
	if (modifiers === null) return null;
	const order: Modifier[] = ["Mod", "Ctrl", "Meta", "Alt", "Shift"];
	return order.filter((m) => modifiers.includes(m)).join(",");
}

export class Scope {
	keys: KeymapEventHandler[] = [];

	constructor(public parent?: Scope) {}

	register(modifiers: Modifier[] | null, key: string | null, func: KeymapEventListener): KeymapEventHandler {
		const handler: KeymapEventHandler = { scope: this, modifiers: normaliseModifiers(modifiers), key, func };
		this.keys.push(handler);
		return handler;
	}

	unregister(handler: KeymapEventHandler): void {
		this.keys.remove(handler);
	}

	/** Runs the matching handlers; true when one of them handled the key. */
	handleKey(evt: KeyboardEvent): boolean {
		const modifiers = modifiersOf(evt);
		const ctx: KeymapContext = { modifiers, key: evt.key, vkey: evt.key };
		for (const handler of this.keys.slice()) {
			const keyMatches = handler.key === null || handler.key.toLowerCase() === evt.key.toLowerCase();
			const modsMatch = handler.modifiers === null || handler.modifiers === modifiers;
			if (keyMatches && modsMatch) {
				if (handler.func(evt, ctx) === false) evt.preventDefault();
				return true;
			}
		}
		return this.parent ? this.parent.handleKey(evt) : false;
	}
}

export type PaneType = "tab" | "split" | "window";

export class Keymap {
	private readonly stack: Scope[] = [];

	constructor(private readonly root: Scope) {}

	pushScope(scope: Scope): void {
		this.stack.remove(scope);
		this.stack.push(scope);
	}

	popScope(scope: Scope): void {
		this.stack.remove(scope);
	}

	/** The scope that sees key events now. */
	getActiveScope(): Scope {
		return this.stack[this.stack.length - 1] ?? this.root;
	}

	/** Feeds a keydown to the active scope (the app wires this to the document). */
	onKeyEvent(evt: KeyboardEvent): boolean {
		return this.getActiveScope().handleKey(evt);
	}

	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Modifier): boolean {
		return modifiersOf(evt).split(",").includes(modifier);
	}

	static isModEvent(evt?: MouseEvent | KeyboardEvent | TouchEvent | PointerEvent | null): PaneType | boolean {
		if (!evt) return false;
		const mod = Keymap.isModifier(evt, "Mod");
		if (mod && evt.altKey && evt.shiftKey) return "window";
		if (mod && evt.altKey) return "split";
		if (mod || (evt instanceof MouseEvent && evt.button === 1)) return "tab";
		return false;
	}
}
