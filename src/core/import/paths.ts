/** Vault paths as the import builds them: `/`-separated, relative to the vault root. */
import { safeUrl } from "./escape";
import { encodeComponent } from "../scrapbox/title";

/** Joins vault path parts, dropping empty ones and stray slashes. */
export function joinPath(...parts: string[]): string {
	return parts
		.flatMap((part) => part.replace(/\\/g, "/").split("/"))
		.filter((segment) => segment !== "" && segment !== ".")
		.join("/");
}

/** A folder option as given by a user: `\` → `/`, no leading, trailing or doubled slashes. */
export function normaliseFolder(folder: string): string {
	return joinPath(folder);
}

/** The folder part of a vault path (`""` at the root). */
export function parentFolder(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : path.slice(0, slash);
}

/** A relative path from a folder to a file, percent-encoded per segment for a Markdown link. */
export function relativeLink(fromFolder: string, toPath: string): string {
	const from = fromFolder === "" ? [] : fromFolder.split("/");
	const to = toPath.split("/");
	let common = 0;
	while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
	const up = from.slice(common).map(() => "..");
	return [...up, ...to.slice(common)].map((segment) => (segment === ".." ? segment : safeUrl(encodeComponent(segment)))).join("/");
}
