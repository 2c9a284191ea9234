/**
 * A happy-dom window as the global one, with Obsidian's DOM helpers (the
 * stand-in's createEl, createDiv, …) installed: what the rendering benches need
 * to run plugin DOM code in plain Node, as vitest's happy-dom environment does.
 *
 * happy-dom caches query results (querySelector, getElementsByTagName) behind
 * WeakRefs, and V8 keeps every WeakRef target alive until the current task
 * ends. A bench that renders hundreds of notes in one synchronous loop keeps
 * them all, grows its heap by hundreds of megabytes and then pauses for
 * garbage collection inside timed calls. `nextTask()` between notes ends the
 * task, as Obsidian's rendering of separate notes does.
 */
import { Window } from "happy-dom";

export async function installDom(): Promise<Window> {
	const window = new Window({ url: "https://bench.invalid/" });
	const g = globalThis as unknown as Record<string, unknown>;
	const w = window as unknown as Record<string, unknown>;
	for (const name of Object.getOwnPropertyNames(window)) {
		// Node's own globals (timers, Promise, …) stay; the DOM's come from the window.
		if (name in g) continue;
		try {
			g[name] = w[name];
		} catch {
			// A few getters only work on the window itself.
		}
	}
	g.window = window;
	// The helpers install themselves on the globals that now exist.
	await import("../tests/stand-in/dom");
	return window;
}

/** Ends the current task, so objects kept for WeakRefs during it can be collected. */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}
