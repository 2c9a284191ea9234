/**
 * The element an event happened on, in any window. A popout window's nodes
 * come from that window's own globals, so `target instanceof Element` (the
 * main window's Element) is false there; Obsidian's `Node.instanceOf` checks
 * against the node's own window as well.
 */
export function elementOf(target: EventTarget | null): Element | null {
	if (target === null || !("instanceOf" in target)) return null;
	const node = target as Node;
	return node.instanceOf(Element) ? node : null;
}
