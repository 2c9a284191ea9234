/**
 * Links in Markdown notes, found and resolved the way Obsidian does, for tests
 * and corpus checks of the importer (tests/conformance reuses it).
 *
 * Found: `[[target|display]]` / `[[target#sub|display]]` wikilinks (with `\|` in
 * table rows) and `[text](path)` Markdown links to notes; not inside
 * frontmatter, fenced code or inline code, and not behind a backslash.
 * Resolved (Obsidian's `getFirstLinkpathDest`): a link path with `/` matches a
 * vault path, relative to the note's folder first, then from the vault root,
 * then as the tail of a path; a bare name matches a note's base name,
 * case-insensitively, preferring one in the note's own folder.
 */

export interface FoundLink {
	/** The link path as written (decoded for Markdown links), without subpath. */
	target: string;
	/** `#heading` or `#^block`, when present. */
	subpath: string;
	/** The text shown: the alias, or the target when there is none. */
	display: string;
	kind: "wiki" | "markdown";
	/** 1-based line in the note. */
	line: number;
}

const WIKI = /(!?)\[\[([^\]]+?)\]\]/g;
const MARKDOWN_LINK = /(!?)\[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)/g;

/** Every internal link in a note (embeds and web links excluded). */
export function extractLinks(markdown: string): FoundLink[] {
	const links: FoundLink[] = [];
	const lines = markdown.split("\n");
	let start = 0;
	if (lines[0] === "---") {
		const close = lines.indexOf("---", 1);
		if (close !== -1) start = close + 1;
	}
	const masked = maskParagraphs(lines, start);
	let fence: string | undefined;
	for (let i = start; i < lines.length; i++) {
		const raw = lines[i];
		const trimmed = raw.trimStart();
		const fenceMatch = /^(`{3,}|~{3,})/.exec(trimmed);
		if (fence !== undefined) {
			if (fenceMatch && fenceMatch[1].startsWith(fence) && trimmed.slice(fenceMatch[1].length).trim() === "") fence = undefined;
			continue;
		}
		if (fenceMatch) {
			fence = fenceMatch[1];
			continue;
		}
		const text = masked[i];
		const inTable = /^\s*\|/.test(raw);
		for (const m of text.matchAll(WIKI)) {
			if (m[1] === "!") continue;
			const inner = raw.slice(m.index + 2, m.index + m[0].length - 2);
			const split = inTable ? inner.indexOf("\\|") : inner.indexOf("|");
			const path = split === -1 ? inner : inner.slice(0, split);
			let display = split === -1 ? inner : inner.slice(split + (inTable ? 2 : 1));
			if (inTable) display = display.replace(/\\\|/g, "|");
			const hash = path.indexOf("#");
			links.push({
				target: hash === -1 ? path : path.slice(0, hash),
				subpath: hash === -1 ? "" : path.slice(hash),
				display: split === -1 ? path : display,
				kind: "wiki",
				line: i + 1,
			});
		}
		for (const m of text.matchAll(MARKDOWN_LINK)) {
			if (m[1] === "!") continue;
			const dest = raw.slice(m.index + m[0].length - 1 - m[3].length, m.index + m[0].length - 1);
			if (/^[a-z][a-z0-9+.-]*:/i.test(dest)) continue;
			const hash = dest.indexOf("#");
			const path = safeDecode(hash === -1 ? dest : dest.slice(0, hash));
			links.push({
				target: path,
				subpath: hash === -1 ? "" : safeDecode(dest.slice(hash)),
				display: unescapeMarkdown(raw.slice(m.index + 1 + m[1].length, m.index + 1 + m[1].length + m[2].length)),
				kind: "markdown",
				line: i + 1,
			});
		}
	}
	return links;
}

/**
 * Each line with its code spans and escapes blanked out. A code span can run
 * across the lines of one paragraph, so lines that continue a paragraph are
 * masked together with it (fences, blank lines, tables and new list items or
 * quotes start afresh).
 */
function maskParagraphs(lines: string[], start: number): string[] {
	const out: string[] = lines.slice();
	const startsBlock = (line: string) => line.trim() === "" || /^\s*(?:[-+*] |[0-9]+[.)] |>|#|\||`{3,}|~{3,})/.test(line);
	for (let i = start; i < lines.length; ) {
		let end = i + 1;
		if (!/^\s*(?:\||`{3,}|~{3,})/.test(lines[i])) while (end < lines.length && !startsBlock(lines[end])) end++;
		const joined = maskCodeAndEscapes(lines.slice(i, end).join("\n")).split("\n");
		for (let k = 0; k < joined.length; k++) out[i + k] = joined[k];
		i = end;
	}
	return out;
}

/** Blanks out inline code spans and backslash-escaped characters, keeping positions. */
function maskCodeAndEscapes(line: string): string {
	let out = "";
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (c === "\\" && i + 1 < line.length && line[i + 1] !== "\n") {
			out += "  ";
			i++;
			continue;
		}
		if (c === "`") {
			let run = 1;
			while (line[i + run] === "`") run++;
			const fence = "`".repeat(run);
			const close = line.indexOf(fence, i + run);
			if (close !== -1 && line[close + run] !== "`") {
				// Blanked, but line breaks stay so the paragraph splits back into its lines.
				out += line.slice(i, close + run).replace(/[^\n]/g, " ");
				i = close + run - 1;
				continue;
			}
			out += fence;
			i += run - 1;
			continue;
		}
		out += c;
	}
	return out;
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

function unescapeMarkdown(text: string): string {
	return text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

export interface VaultIndex {
	/** Lower-cased vault path → path. */
	byPath: Map<string, string>;
	/** Lower-cased base name (no `.md`) → paths. */
	byName: Map<string, string[]>;
}

/** Indexes vault paths (`folder/Note.md`). */
export function indexVault(paths: Iterable<string>): VaultIndex {
	const byPath = new Map<string, string>();
	const byName = new Map<string, string[]>();
	for (const path of paths) {
		byPath.set(path.toLowerCase(), path);
		const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "").toLowerCase();
		const list = byName.get(name);
		if (list) list.push(path);
		else byName.set(name, [path]);
	}
	return { byPath, byName };
}

/** The note a link path opens from a note at `source`, or undefined when none. */
export function resolveLink(target: string, source: string, vault: VaultIndex): string | undefined {
	if (target === "") return source;
	const withMd = /\.md$/i.test(target) ? target : `${target}.md`;
	const folder = source.includes("/") ? source.slice(0, source.lastIndexOf("/")) : "";
	if (target.includes("/")) {
		const relative = normalise(folder === "" ? withMd : `${folder}/${withMd}`);
		if (relative !== undefined) {
			const hit = vault.byPath.get(relative.toLowerCase());
			if (hit) return hit;
		}
		const absolute = normalise(withMd);
		if (absolute !== undefined) {
			const hit = vault.byPath.get(absolute.toLowerCase());
			if (hit) return hit;
		}
		const tail = `/${withMd.toLowerCase()}`;
		for (const [lower, path] of vault.byPath) if (lower.endsWith(tail)) return path;
		return undefined;
	}
	const candidates = vault.byName.get(withMd.replace(/\.md$/i, "").toLowerCase());
	if (!candidates || candidates.length === 0) return undefined;
	return candidates.find((p) => (p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "") === folder) ?? candidates[0];
}

/** Resolves `..` and `.` segments; undefined when the path climbs above the vault. */
function normalise(path: string): string | undefined {
	const out: string[] = [];
	for (const segment of path.split("/")) {
		if (segment === "" || segment === ".") continue;
		if (segment === "..") {
			if (out.length === 0) return undefined;
			out.pop();
		} else out.push(segment);
	}
	return out.join("/");
}
