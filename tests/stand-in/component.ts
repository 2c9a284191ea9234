/**
 * Obsidian's Component: a lifecycle with children and cleanup callbacks.
 * Order as in the app: `load` runs `onload` and then loads the children;
 * `unload` unloads the children last-added first, then runs the registered
 * cleanups last-registered first, then `onunload`.
 */
import type { EventRef } from "./events";
import { track } from "./ledger";
import type { KeymapEventHandler } from "./scope";

export class Component {
	_loaded = false;
	_children: Component[] = [];
	_events: (() => unknown)[] = [];

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		this.onload();
		for (const child of this._children.slice()) child.load();
	}

	onload(): void {
		// Overridden by subclasses.
	}

	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		const children = this._children;
		while (children.length > 0) children.pop()?.unload();
		const events = this._events;
		while (events.length > 0) events.pop()?.();
		this.onunload();
	}

	onunload(): void {
		// Overridden by subclasses.
	}

	addChild<T extends Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		const index = this._children.indexOf(component);
		if (index !== -1) {
			this._children.splice(index, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this._events.push(cb);
	}

	registerEvent(eventRef: EventRef): void {
		this.register(() => eventRef.e.offref(eventRef));
	}

	registerDomEvent(
		el: Window | Document | HTMLElement,
		type: string,
		callback: (this: HTMLElement, ev: Event) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		el.addEventListener(type, callback, options);
		const untrack = track("domEvents", {});
		this.register(() => {
			el.removeEventListener(type, callback, options);
			untrack();
		});
	}

	registerInterval(id: number): number {
		const untrack = track("intervals", {});
		this.register(() => {
			window.clearInterval(id);
			untrack();
		});
		return id;
	}

	registerScopeEvent(handler: KeymapEventHandler): void {
		const untrack = track("scopeEvents", {});
		this.register(() => {
			handler.scope.unregister(handler);
			untrack();
		});
	}
}
