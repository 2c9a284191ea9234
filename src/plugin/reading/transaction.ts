/**
 * DOM changes that can be undone. A post-processor records every change it
 * makes to Obsidian's section through one of these; if anything throws part
 * way, `rollback()` puts the section back exactly as Obsidian rendered it.
 */
export class DomTransaction {
	private readonly undo: (() => void)[] = [];

	addClass(el: Element, ...classes: string[]): void {
		for (const cls of classes) {
			if (el.classList.contains(cls)) continue;
			const hadAttribute = el.hasAttribute("class");
			el.classList.add(cls);
			this.undo.push(() => {
				el.classList.remove(cls);
				// `class=""` left behind would not be the element Obsidian rendered.
				if (!hadAttribute && el.classList.length === 0) el.removeAttribute("class");
			});
		}
	}

	setAttr(el: Element, name: string, value: string): void {
		const before = el.getAttribute(name);
		if (before === value) return;
		el.setAttribute(name, value);
		this.undo.push(() => (before === null ? el.removeAttribute(name) : el.setAttribute(name, before)));
	}

	/** Inserts `node` into `parent` before `before` (at the end when null). */
	insert(node: Node, parent: Node, before: Node | null): void {
		parent.insertBefore(node, before);
		this.undo.push(() => node.parentNode?.removeChild(node));
	}

	/** Puts `nodes` where `old` was; `old` comes back on rollback. */
	replace(old: Node, nodes: readonly Node[]): void {
		const parent = old.parentNode;
		if (!parent) return;
		for (const node of nodes) parent.insertBefore(node, old);
		parent.removeChild(old);
		this.undo.push(() => {
			const anchor = nodes.find((n) => n.parentNode === parent) ?? null;
			parent.insertBefore(old, anchor);
			for (const node of nodes) node.parentNode?.removeChild(node);
		});
	}

	/** Moves `nodes` (adjacent siblings, in order) into `wrapper`, which takes their place. */
	wrap(nodes: readonly Node[], wrapper: Element): void {
		const first = nodes[0];
		const parent = first?.parentNode;
		if (!parent) return;
		parent.insertBefore(wrapper, first);
		for (const node of nodes) wrapper.appendChild(node);
		this.undo.push(() => {
			const home = wrapper.parentNode;
			if (!home) return;
			for (const node of nodes) home.insertBefore(node, wrapper);
			home.removeChild(wrapper);
		});
	}

	/** Replaces all children of `el` with `nodes`; the old children come back on rollback. */
	replaceChildren(el: Element, nodes: readonly Node[]): void {
		const before = Array.from(el.childNodes);
		for (const child of before) el.removeChild(child);
		for (const node of nodes) el.appendChild(node);
		this.undo.push(() => {
			for (const node of nodes) node.parentNode?.removeChild(node);
			for (const child of before) el.appendChild(child);
		});
	}

	/** Runs an undo step that is not a DOM change (a listener, a registration). */
	onRollback(fn: () => void): void {
		this.undo.push(fn);
	}

	get size(): number {
		return this.undo.length;
	}

	/** Undoes everything, newest first. Never throws. */
	rollback(): void {
		for (let i = this.undo.length - 1; i >= 0; i--) {
			try {
				this.undo[i]();
			} catch {
				// Keep undoing the rest: a half-restored section is worse than one step missed.
			}
		}
		this.undo.length = 0;
	}
}
