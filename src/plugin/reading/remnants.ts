/**
 * Scrapbox remnants in converted notes, drawn cleanly:
 *
 * - icon images (`<img src='https://scrapbox.io/api/pages/<project>/<name>/icon'
 *   alt='<name>.icon'>`, as the converter writes them) sit at text height, with
 *   the name as tooltip; an icon that cannot load (offline, deleted page) turns
 *   into a small chip with its name instead of a broken-image box;
 * - Gyazo thumbnails get a sensible size, rounded corners and lazy loading.
 *
 * Only classes and attributes change (the stylesheet does the rest), so a
 * section keeps Obsidian's own elements.
 */
import type { DomTransaction } from "./transaction";

const ICON_SRC = /^https:\/\/scrapbox\.io\/api\/pages\/[^/]+\/[^/]+\/icon(?:$|[?#])/i;
const GYAZO_SRC = /^https:\/\/(?:i\.)?gyazo\.com\//i;

/** The icon's name from its `alt` (`name.icon`), or null when the image is not a Scrapbox icon. */
export function iconName(img: HTMLImageElement): string | null {
	const alt = img.getAttribute("alt") ?? "";
	const src = img.getAttribute("src") ?? "";
	if (!alt.endsWith(".icon") || !ICON_SRC.test(src)) return null;
	return alt.slice(0, -".icon".length);
}

/** Swaps an icon that failed to load for a chip with its name. */
export function iconFallback(img: HTMLImageElement, name: string): void {
	const swap = () => {
		if (!img.parentNode) return;
		const chip = createSpan({ cls: "sbl-icon-fallback", text: name, attr: { title: `${name}.icon` } });
		if (img.classList.contains("sbl-icon-strong")) chip.addClass("sbl-icon-strong");
		img.replaceWith(chip);
	};
	// Post-processors run in the task that rendered the section; a load error comes later.
	img.addEventListener("error", swap, { once: true });
}

/** Styles the icons and Gyazo images in `root`. Returns how many images it touched. */
export function styleRemnants(tx: DomTransaction, root: HTMLElement): number {
	const images = root.getElementsByTagName("img");
	if (images.length === 0) return 0;
	let touched = 0;
	for (const img of Array.from(images)) {
		if (img.classList.contains("sbl-icon") || img.classList.contains("sbl-gyazo")) continue;
		const name = iconName(img);
		if (name !== null) {
			tx.addClass(img, "sbl-icon");
			tx.setAttr(img, "title", name);
			iconFallback(img, name);
			touched++;
			continue;
		}
		if (GYAZO_SRC.test(img.getAttribute("src") ?? "")) {
			tx.addClass(img, "sbl-gyazo");
			tx.setAttr(img, "loading", "lazy");
			touched++;
		}
	}
	return touched;
}

export function isGyazo(url: string): boolean {
	return GYAZO_SRC.test(url);
}
