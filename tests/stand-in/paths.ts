/** Obsidian's path helpers, with the app's own normalisation rules. */

/** Collapses slashes (either kind), trims leading and trailing ones, turns no-break spaces into spaces, NFC. */
export function normalizePath(path: string): string {
	let result = path.replace(/([\\/])+/g, "/").replace(/(^\/+|\/+$)/g, "");
	if (result === "") result = "/";
	return result.replace(/\u00A0|\u202F/g, " ").normalize("NFC");
}

export function parentPath(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "/" : path.slice(0, slash);
}

export function fileName(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? path : path.slice(slash + 1);
}

/** Splits `name.ext`; a leading dot alone (`.hidden`) is not an extension. */
export function splitExtension(name: string): { basename: string; extension: string } {
	const dot = name.lastIndexOf(".");
	if (dot <= 0) return { basename: name, extension: "" };
	return { basename: name.slice(0, dot), extension: name.slice(dot + 1) };
}

/** The path part of a linktext: `Note#Heading` → `Note`. */
export function getLinkpath(linktext: string): string {
	const hash = linktext.indexOf("#");
	return hash === -1 ? linktext : linktext.slice(0, hash);
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const hash = linktext.indexOf("#");
	if (hash === -1) return { path: linktext, subpath: "" };
	return { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}
