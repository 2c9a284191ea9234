/**
 * Just enough of a note's YAML frontmatter for the classifier: its top-level
 * keys, each key's line, and scalar values with quotes removed, read only when
 * asked for. Not a YAML parser: nested values and lists are seen only as keys.
 * Bounded: a block longer than MAX_LINES is not treated as frontmatter.
 */

const MAX_LINES = 300;

export interface FrontmatterEntry {
	/** The scalar value with quotes removed; "" for a list, a block or an empty value. */
	value: string;
	/** 1-based line of the key. */
	line: number;
	/** How the value was written. */
	quoted: "double" | "single" | "none";
}

export interface FlatFrontmatter {
	/** Top-level keys in order of appearance, each once. */
	keys: string[];
	/** The entry for a key, or undefined. */
	get(key: string): FrontmatterEntry | undefined;
	/** Offset of the first character after the closing fence's line. */
	bodyStart: number;
	/** 1-based line number of the first body line. */
	bodyLine: number;
}

/** Reads the frontmatter block at the top of `text`; null when there is none. */
export function readFlatFrontmatter(text: string): FlatFrontmatter | null {
	if (text.charCodeAt(0) !== 45 || !text.startsWith("---")) return null;
	let pos = text.indexOf("\n");
	if (pos === -1 || text.slice(0, pos).trim() !== "---") return null;
	const keys: string[] = [];
	// Per key: the value's start and end offsets and the key's line.
	const spans: number[] = [];
	let line = 1;
	while (line < MAX_LINES) {
		const start = pos + 1;
		if (start > text.length) return null;
		const newline = text.indexOf("\n", start);
		let end = newline === -1 ? text.length : newline;
		if (end > start && text.charCodeAt(end - 1) === 13) end--;
		line++;
		if (end - start === 3 && (text.startsWith("---", start) || text.startsWith("...", start))) {
			return frontmatter(text, keys, spans, Math.min(text.length, (newline === -1 ? text.length : newline) + 1), line + 1);
		}
		const colon = keyEnd(text, start, end);
		if (colon !== -1) {
			const key = text.slice(start, colon);
			if (!keys.includes(key)) {
				keys.push(key);
				spans.push(colon + 1, end, line);
			}
		}
		if (newline === -1) return null;
		pos = newline;
	}
	return null;
}

function frontmatter(text: string, keys: string[], spans: number[], bodyStart: number, bodyLine: number): FlatFrontmatter {
	return {
		keys,
		bodyStart,
		bodyLine,
		get(key: string): FrontmatterEntry | undefined {
			const i = keys.indexOf(key);
			if (i === -1) return undefined;
			return valueOf(text.slice(spans[i * 3], spans[i * 3 + 1]), spans[i * 3 + 2]);
		},
	};
}

/** The offset of the colon ending a top-level `key:` at column 0, or -1. */
function keyEnd(text: string, start: number, end: number): number {
	const first = text.charCodeAt(start);
	// Indented lines, list items, comments and blank lines hold no top-level key.
	if (start >= end || first === 32 || first === 9 || first === 35 || first === 45) return -1;
	const colon = text.indexOf(":", start);
	if (colon === -1 || colon >= end || colon - start > 100 || colon === start) return -1;
	for (let i = start; i < colon; i++) {
		const c = text.charCodeAt(i);
		if (c === 32 || c === 9 || c === 34 || c === 39) return -1;
	}
	const after = text.charCodeAt(colon + 1);
	if (colon + 1 < end && after !== 32 && after !== 9) return -1;
	return colon;
}

function unescapeDouble(text: string): string {
	return text.replace(/\\(["\\/nt])/g, (_, c: string) => (c === "n" ? "\n" : c === "t" ? "\t" : c));
}

function valueOf(raw: string, line: number): FrontmatterEntry {
	const value = raw.trim();
	if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
		const inner = value.slice(1, -1);
		return { value: inner.includes("\\") ? unescapeDouble(inner) : inner, line, quoted: "double" };
	}
	if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
		return { value: value.slice(1, -1).replace(/''/g, "'"), line, quoted: "single" };
	}
	// A comment after a plain scalar is not part of it.
	const hash = value.indexOf(" #");
	return { value: hash === -1 ? value : value.slice(0, hash).trim(), line, quoted: "none" };
}
