/**
 * Does a title (a first line, a `title:` property) name the same page as a
 * note's file name? File names come from titles through a sanitiser that
 * turns `/` into `-`, drops `?<>:*|"[]#^`, trims dots and spaces, may add
 * ` (2)` for a collision and cuts long names, so both sides are reduced to
 * their letters and digits before comparing.
 */

/** The file name of a path without folders and without `.md`. */
export function noteName(path: string): string {
	const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
	const base = path.slice(slash + 1);
	return base.toLowerCase().endsWith(".md") ? base.slice(0, -3) : base;
}

/** ASCII punctuation, spaces and control characters, and the ideographic space. */
// eslint-disable-next-line no-control-regex -- control characters are dropped or tested on purpose
const DROPPED = /[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007f\u3000]+/g;

// eslint-disable-next-line no-control-regex -- control characters are dropped or tested on purpose
const ASCII = /^[\u0000-\u007f]*$/;

/** Letters and digits (of any script) only, NFC, lower case: what survives any sanitiser. */
function reduce(text: string): string {
	// NFC only matters outside ASCII; skipping it keeps the common case cheap.
	const normal = ASCII.test(text) ? text : text.normalize("NFC");
	return normal.toLowerCase().replace(DROPPED, "");
}


/** Names shorter than this that only prefix the title are not taken as a cut-off match. */
const MIN_CUT_NAME = 40;

export function titleMatchesName(title: string, name: string): boolean {
	if (title.length > 1000 || name.length > 1000) return false;
	if (title === name && title.trim() !== "") return true;
	const t = reduce(title);
	if (t === "") return false;
	const candidates = [name, name.replace(/ \(\d+\)$/, "")];
	for (const candidate of candidates) {
		const n = reduce(candidate);
		if (n === "") continue;
		if (n === t) return true;
		// A long title cut to the file-name limit.
		if (n.length >= MIN_CUT_NAME && t.startsWith(n)) return true;
	}
	return false;
}
