/**
 * Note properties, written by hand (the core ships in the plugin, so no YAML
 * library). Keys are flat, as Obsidian properties want (REFERENCE §5):
 *
 *   title, aliases, created, updated, scrapbox_url, scrapbox_id,
 *   scrapbox_project, scrapbox_import_hash
 *
 * Every string is double-quoted with YAML escapes, so any title — quotes,
 * colons, `#`, a leading `-`, line breaks, NUL — reads back exactly. Date-times
 * are plain scalars so Obsidian types them as "date & time".
 */

export type PropertyValue = string | string[] | { dateTime: string };

/** A YAML double-quoted scalar for any string. */
export function yamlString(text: string): string {
	// eslint-disable-next-line no-control-regex -- control characters are what needs escaping
	if (!/["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/.test(text)) return `"${text}"`;
	let out = '"';
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		const code = text.charCodeAt(i);
		if (c === '"') out += '\\"';
		else if (c === "\\") out += "\\\\";
		else if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff) {
			out += ESCAPES[code] ?? "\\u" + code.toString(16).toUpperCase().padStart(4, "0");
		} else if (code >= 0xd800 && code <= 0xdfff) {
			// Surrogates: a well-formed pair passes; a lone half (not representable in UTF-8) is escaped.
			const next = text.charCodeAt(i + 1);
			if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
				out += c + text[i + 1];
				i++;
			} else out += "\\uFFFD";
		} else out += c;
	}
	return out + '"';
}

const ESCAPES: Record<number, string> = { 0: "\\0", 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 27: "\\e" };

/** `---\nkey: value\n…---\n` for the given entries, skipping undefined values and empty lists. */
export function renderFrontmatter(entries: ReadonlyArray<readonly [string, PropertyValue | undefined]>): string {
	return `---\n${renderProperties(entries)}---\n`;
}

/** The `key: value` lines alone. */
export function renderProperties(entries: ReadonlyArray<readonly [string, PropertyValue | undefined]>): string {
	const lines: string[] = [];
	for (const [key, value] of entries) {
		if (value === undefined) continue;
		if (Array.isArray(value)) {
			if (value.length === 0) continue;
			lines.push(`${key}:`);
			for (const item of value) lines.push(`  - ${yamlString(item)}`);
		} else if (typeof value === "string") lines.push(`${key}: ${yamlString(value)}`);
		else lines.push(`${key}: ${value.dateTime}`);
	}
	return lines.length === 0 ? "" : lines.join("\n") + "\n";
}

/**
 * A UNIX time in seconds as an ISO date-time: local wall-clock time without an
 * offset (Obsidian's date-and-time property form) or UTC with `Z`.
 */
export function isoDateTime(seconds: number, timeZone: "local" | "utc"): string | undefined {
	const date = new Date(Math.round(seconds * 1000));
	if (Number.isNaN(date.getTime())) return undefined;
	const year = timeZone === "utc" ? date.getUTCFullYear() : date.getFullYear();
	// Outside four-digit years the ISO form needs a sign, which Obsidian does not read as a date.
	if (year < 0 || year > 9999) return undefined;
	if (timeZone === "utc") return date.toISOString().replace(/\.\d{3}Z$/, "Z");
	return `${pad(year, 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

function pad(n: number, width = 2): string {
	return String(n).padStart(width, "0");
}

/** The hash key and the line it is written on; kept last so it can be found and removed exactly. */
export const HASH_KEY = "scrapbox_import_hash";
