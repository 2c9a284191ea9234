/**
 * Obsidian's event emitter. An EventRef is `{e, name, fn, ctx}` as in the app;
 * `trigger` copies the listener list first, so a listener that removes itself
 * or adds another does not disturb the current round, and a listener that
 * throws does not stop the others (the error is rethrown on a fresh task, where
 * the test runner reports it, instead of being swallowed).
 */
import { reportCallbackError } from "./pending";

export interface EventRef {
	e: Events;
	name: string;
	fn: (...data: unknown[]) => unknown;
	ctx?: unknown;
	/** Set for the stand-in's own listeners, which leak accounting ignores. */
	internal?: boolean;
}

let triggered = 0;

/** How many events have been triggered on any emitter (lets settle() notice activity). */
export function triggerCount(): number {
	return triggered;
}

export class Events {
	/** name → listeners, as Obsidian keeps them. */
	_: Record<string, EventRef[]> = {};

	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { e: this, name, fn: callback as (...data: unknown[]) => unknown, ctx };
		(this._[name] ??= []).push(ref);
		return ref;
	}

	off(name: string, callback: (...data: never[]) => unknown): void {
		const list = this._[name];
		if (!list) return;
		const kept = list.filter((ref) => ref.fn !== callback);
		if (kept.length > 0) this._[name] = kept;
		else delete this._[name];
	}

	offref(ref: EventRef | null | undefined): void {
		if (!ref) return;
		const list = this._[ref.name];
		if (!list) return;
		const index = list.indexOf(ref);
		if (index !== -1) list.splice(index, 1);
		if (list.length === 0) delete this._[ref.name];
	}

	trigger(name: string, ...data: unknown[]): void {
		triggered++;
		const list = this._[name];
		if (!list) return;
		for (const ref of list.slice()) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: EventRef, args: unknown[]): void {
		try {
			evt.fn.apply(evt.ctx, args);
		} catch (error) {
			reportCallbackError(error);
		}
	}
}

/** Registers one of the stand-in's own listeners (not counted as a plugin's). */
export function onInternal(events: Events, name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
	const ref = events.on(name, callback, ctx);
	ref.internal = true;
	return ref;
}

/** Live listeners on an emitter, leaving out the stand-in's own. */
export function countListeners(events: Events): number {
	let count = 0;
	for (const list of Object.values(events._)) for (const ref of list) if (!ref.internal) count++;
	return count;
}
