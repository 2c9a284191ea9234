/**
 * Scrapbox (Cosense) page-title rules, as the service itself applies them.
 *
 * Link targets compare case-insensitively with spaces and underscores equal
 * (`[Foo Bar]`, `[foo_bar]` and `[FOO BAR]` name one page), and page URLs encode
 * a space as `_` and percent-encode everything except a few readable characters.
 * Source: takker99/scrapbox-userscript-std `title.ts` (REFERENCE §1).
 */

/** The key Scrapbox uses to decide whether two titles name the same page. */
export function titleKey(title: string): string {
	return title.replace(/ /g, "_").toLowerCase();
}

/**
 * `encodeURIComponent`'s escapes for a space and for the characters Scrapbox
 * leaves as they are in a page URL: `@ $ & + = : ; " ,`.
 */
const KEPT_ESCAPES = /%(?:20|40|24|26|2B|3D|3A|3B|22|2C)/g;
/** …except at the very end of the URL, where a browser would drop or misread them. */
const ENCODED_AT_END = new Set([':', ';', '"', ',']);

/**
 * Encodes a page title the way scrapbox.io builds page URLs: a space is `_`,
 * the kept characters stay, everything else as `encodeURIComponent` has it.
 * Encoded whole and then the kept characters undone, which equals encoding
 * character by character: every `%` the encoder writes starts an escape, and
 * bytes of a multi-byte character are never below `%80`.
 */
export function encodeTitleForUrl(title: string): string {
	const encoded = encodeComponent(title);
	if (encoded.indexOf("%") === -1) return encoded;
	return encoded.replace(KEPT_ESCAPES, (escape: string, at: number) => {
		if (escape === "%20") return "_";
		const char = String.fromCharCode(Number.parseInt(escape.slice(1), 16));
		return at + 3 === encoded.length && ENCODED_AT_END.has(char) ? escape : char;
	});
}

/**
 * `encodeURIComponent` that never throws: a lone surrogate (broken text, which
 * Scrapbox and translation can leave) becomes U+FFFD instead of a URIError.
 */
export function encodeComponent(text: string): string {
	try {
		return encodeURIComponent(text);
	} catch {
		return encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"));
	}
}

/** `https://scrapbox.io/<project>/<encoded title>` — the canonical page URL. */
export function scrapboxPageUrl(project: string, title?: string): string {
	const base = `https://scrapbox.io/${encodeComponent(project)}`;
	return title === undefined ? base : `${base}/${encodeTitleForUrl(title)}`;
}

/**
 * A URL that is also safe inside a Markdown link destination `[x](url)`:
 * parentheses, which `encodeURIComponent` keeps, would end the link early —
 * the very bug that broke about 120 translated footers (REFERENCE §3).
 */
export function markdownSafeUrl(url: string): string {
	return url.replace(/[()<>\s]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
}

/**
 * Decodes a title out of the path segment of a scrapbox.io URL: `_` becomes a
 * space and percent-escapes are undone. Malformed escapes are kept as written.
 */
export function decodeTitleFromUrl(segment: string): string {
	const spaced = segment.replace(/_/g, " ");
	try {
		return decodeURIComponent(spaced);
	} catch {
		return spaced.replace(/(%[0-9A-Fa-f]{2})+/g, (run) => {
			try {
				return decodeURIComponent(run);
			} catch {
				return run;
			}
		});
	}
}
