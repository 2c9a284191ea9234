/**
 * Icons and tooltips. The unit-test stand-in does not ship Lucide: every icon id
 * draws the same small placeholder shape (an `svg.svg-icon` carrying `data-icon`
 * and the `lucide-<id>` class, as Obsidian's do), unless a plugin added its own
 * with addIcon, or an icon source is installed (the e2e harness installs
 * Lucide, Obsidian's icon set, so screenshots show real icons). SVG is parsed
 * with DOMParser, never innerHTML.
 */
const SVG_NS = "http://www.w3.org/2000/svg";
const custom = new Map<string, string>();
let iconSource: ((iconId: string) => string | undefined) | null = null;

/** Installs a lookup from icon id to a whole 24×24 `<svg>` document (Lucide's form). */
export function setIconSource(source: ((iconId: string) => string | undefined) | null): void {
	iconSource = source;
}

function importSvgChildren(target: SVGSVGElement, svgText: string): void {
	const parsed = new DOMParser().parseFromString(svgText, "image/svg+xml");
	for (const child of Array.from(parsed.documentElement.childNodes)) target.appendChild(document.importNode(child, true));
}

export function addIcon(iconId: string, svgContent: string): void {
	custom.set(iconId, svgContent);
}

export function removeIcon(iconId: string): void {
	custom.delete(iconId);
}

export function getIconIds(): string[] {
	return Array.from(custom.keys());
}

export function getIcon(iconId: string): SVGSVGElement | null {
	if (!iconId) return null;
	const svg = document.createElementNS(SVG_NS, "svg");
	svg.setAttribute("xmlns", SVG_NS);
	svg.setAttribute("width", "24");
	svg.setAttribute("height", "24");
	svg.setAttribute("fill", "none");
	svg.setAttribute("stroke", "currentColor");
	svg.setAttribute("stroke-width", "2");
	svg.setAttribute("stroke-linecap", "round");
	svg.setAttribute("stroke-linejoin", "round");
	svg.classList.add("svg-icon", `lucide-${iconId}`);
	svg.setAttribute("data-icon", iconId);
	const content = custom.get(iconId);
	const library = content === undefined ? iconSource?.(iconId) : undefined;
	if (content !== undefined) {
		svg.setAttribute("viewBox", "0 0 100 100");
		importSvgChildren(svg, `<svg xmlns="${SVG_NS}">${content}</svg>`);
	} else if (library !== undefined) {
		svg.setAttribute("viewBox", "0 0 24 24");
		importSvgChildren(svg, library);
	} else {
		svg.setAttribute("viewBox", "0 0 24 24");
		const circle = document.createElementNS(SVG_NS, "circle");
		circle.setAttribute("cx", "12");
		circle.setAttribute("cy", "12");
		circle.setAttribute("r", "8");
		svg.appendChild(circle);
	}
	return svg;
}

/** Replaces any icon already in `parent` with `iconId`'s. */
export function setIcon(parent: HTMLElement, iconId: string): void {
	const svg = getIcon(iconId);
	for (const old of Array.from(parent.querySelectorAll(":scope > svg.svg-icon"))) old.remove();
	if (svg) parent.prepend(svg);
}

export interface TooltipOptions {
	placement?: "bottom" | "right" | "left" | "top";
	classes?: string[];
	gap?: number;
	delay?: number;
}

/** Obsidian shows `aria-label` as the hover tooltip. */
export function setTooltip(el: HTMLElement, tooltip: string, options?: TooltipOptions): void {
	if (tooltip) el.setAttribute("aria-label", tooltip);
	else el.removeAttribute("aria-label");
	if (options?.placement) el.setAttribute("data-tooltip-position", options.placement);
}

export function displayTooltip(newTargetEl: HTMLElement, content: string | DocumentFragment, options?: TooltipOptions): void {
	document.body.querySelectorAll(":scope > .tooltip").forEach((el) => el.remove());
	const tip = document.body.createDiv({ cls: ["tooltip", ...(options?.classes ?? [])] });
	tip.setText(content);
	const rect = newTargetEl.getBoundingClientRect();
	tip.style.top = `${rect.bottom + (options?.gap ?? 8)}px`;
	tip.style.left = `${rect.left}px`;
	setTimeout(() => tip.remove(), 2500);
}
