/**
 * Inline Markdown as Obsidian renders it in Reading view, built with DOM calls
 * only (never innerHTML): emphasis, ~~strike~~, ==highlight==, `code`,
 * [[wiki|alias]] and [[wiki#heading]] links, ![[embeds]], [text](url),
 * ![alt](url), <autolinks> and bare URLs, #tags, entities, soft breaks as
 * `<br>` (Obsidian's "strict line breaks" is off by default), and the small
 * set of raw HTML that converted Scrapbox notes contain (an attribute
 * allow-list; anything else stays visible text). `$maths$` stays text.
 */

export interface InlineContext {
	/** Whether a linkpath (without subpath) resolves to a file. */
	resolves(linkpath: string): boolean;
	/** The URL of a resolved embed, or null. */
	embedSource(linkpath: string): string | null;
}

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const SAFE_LINK = /^(https?|obsidian):/i;
const SAFE_IMAGE = /^(https?:|data:image\/|app:|blob:)/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Tag characters: anything but whitespace and ASCII punctuation other than `-`, `_` and `/`. */
const TAG = /#[^\s!"#$%&'()*+,.:;<=>?@[\\\]^`{|}~]+/uy;
const IMAGE_EXTENSIONS = new Set(["png", "jpg", "jpeg", "gif", "bmp", "svg", "webp", "avif"]);

// Sticky patterns, matched in place (no slicing of long lines).
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/y;
const AUTOLINK = /<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>/y;
const BARE_URL = /https?:\/\/[^\s<]+/iy;

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
	re.lastIndex = at;
	return re.exec(text);
}

const ENTITIES: Record<string, string> = {
	amp: "&",
	lt: "<",
	gt: ">",
	quot: '"',
	apos: "'",
	nbsp: "\u00a0",
	copy: "©",
	reg: "®",
	hellip: "…",
	mdash: "—",
	ndash: "–",
	laquo: "«",
	raquo: "»",
};

/** Tags kept as elements; everything else is shown as text. */
const PAIRED_TAGS = new Set(["u", "sub", "sup", "kbd", "mark", "b", "i", "em", "strong", "s", "del", "ins", "small", "span", "abbr", "cite", "q"]);
const VOID_TAGS = new Set(["img", "br"]);
const HTML_TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][\w:.-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const HTML_ATTR = /([a-zA-Z_:][\w:.-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function decodeEntity(text: string, at: number): { value: string; length: number } | null {
	const m = matchAt(ENTITY, text, at);
	if (!m) return null;
	if (m[1] || m[2]) {
		const code = m[1] ? Number(m[1]) : parseInt(m[2], 16);
		const safe = code > 0 && code <= 0x10ffff ? code : 0xfffd;
		return { value: String.fromCodePoint(safe), length: m[0].length };
	}
	const value = ENTITIES[m[3]];
	return value === undefined ? null : { value, length: m[0].length };
}

/** Decodes entities and backslash escapes in a URL or attribute. */
function unescapeText(text: string): string {
	let out = "";
	for (let i = 0; i < text.length; i++) {
		if (text[i] === "\\" && ASCII_PUNCT.test(text[i + 1] ?? "")) {
			out += text[++i];
			continue;
		}
		if (text[i] === "&") {
			const entity = decodeEntity(text, i);
			if (entity) {
				out += entity.value;
				i += entity.length - 1;
				continue;
			}
		}
		out += text[i];
	}
	return out;
}

function isWhitespace(ch: string | undefined): boolean {
	return ch === undefined || /\s/.test(ch);
}

function isAlphanumeric(ch: string | undefined): boolean {
	return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** End (exclusive) of the code span starting at `at`, or -1. */
function codeSpanEnd(text: string, at: number): { end: number; content: string } | null {
	let run = 0;
	while (text[at + run] === "`") run++;
	const fence = "`".repeat(run);
	let search = at + run;
	for (;;) {
		const found = text.indexOf(fence, search);
		if (found === -1) return null;
		let after = found + run;
		if (text[after] === "`") {
			while (text[after] === "`") after++;
			search = after;
			continue;
		}
		let content = text.slice(at + run, found).replace(/\n/g, " ");
		if (content.length > 2 && content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "") content = content.slice(1, -1);
		return { end: after, content };
	}
}

/** Index of the `]` closing the `[` at `open`, honouring nesting, escapes and code spans. */
function closingBracket(text: string, open: number): number {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		const ch = text[i];
		if (ch === "\\") {
			i++;
			continue;
		}
		if (ch === "`") {
			const span = codeSpanEnd(text, i);
			if (span) {
				i = span.end - 1;
				continue;
			}
		}
		if (ch === "[") depth++;
		else if (ch === "]") {
			depth--;
			if (depth === 0) return i;
		}
	}
	return -1;
}

/** Parses `(dest "title")` at `at`; returns the destination and the index after `)`. */
function linkDestination(text: string, at: number): { dest: string; title?: string; end: number } | null {
	if (text[at] !== "(") return null;
	let i = at + 1;
	while (text[i] === " " || text[i] === "\t") i++;
	let dest = "";
	if (text[i] === "<") {
		const close = text.indexOf(">", i);
		if (close === -1 || text.slice(i, close).includes("\n")) return null;
		dest = text.slice(i + 1, close);
		i = close + 1;
	} else {
		let depth = 0;
		const start = i;
		for (; i < text.length; i++) {
			const ch = text[i];
			if (ch === "\\" && ASCII_PUNCT.test(text[i + 1] ?? "")) {
				i++;
				continue;
			}
			if (/\s/.test(ch)) break;
			if (ch === "(") depth++;
			if (ch === ")") {
				if (depth === 0) break;
				depth--;
			}
		}
		dest = text.slice(start, i);
	}
	while (text[i] === " " || text[i] === "\t") i++;
	let title: string | undefined;
	const quote = text[i];
	if (quote === '"' || quote === "'" || quote === "(") {
		const closer = quote === "(" ? ")" : quote;
		const close = text.indexOf(closer, i + 1);
		if (close === -1) return null;
		title = text.slice(i + 1, close);
		i = close + 1;
		while (text[i] === " " || text[i] === "\t") i++;
	}
	if (text[i] !== ")") return null;
	return { dest: unescapeText(dest), title: title === undefined ? undefined : unescapeText(title), end: i + 1 };
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

function extensionOf(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	const dot = name.lastIndexOf(".");
	return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** Obsidian shows `[[Note#Heading]]` as "Note > Heading". */
function wikiDisplay(target: string): string {
	const parts = target.split("#").filter((p) => p.length > 0);
	return parts.join(" > ");
}

/** `alt|100` or `alt|100x50` sets the size, as in Obsidian. */
function applySize(img: HTMLImageElement, spec: string | undefined): void {
	const m = spec ? /^(\d+)(?:x(\d+))?$/.exec(spec.trim()) : null;
	if (!m) return;
	img.setAttribute("width", m[1]);
	if (m[2]) img.setAttribute("height", m[2]);
}

export class InlineRenderer {
	constructor(private readonly ctx: InlineContext) {}

	render(text: string, parent: HTMLElement | DocumentFragment): void {
		this.run(text, parent, 0);
	}

	private internalLink(parent: Node, linktext: string, build: (a: HTMLElement) => void): void {
		const a = parent.createEl("a", { cls: "internal-link", attr: { "data-href": linktext, href: linktext, target: "_blank", rel: "noopener nofollow" } });
		const hash = linktext.indexOf("#");
		const path = hash === -1 ? linktext : linktext.slice(0, hash);
		if (path !== "" && !this.ctx.resolves(path)) a.addClass("is-unresolved");
		build(a);
	}

	private externalLink(parent: Node, href: string, title: string | undefined, build: (el: HTMLElement) => void): void {
		if (SAFE_LINK.test(href.trim())) {
			const a = parent.createEl("a", { cls: "external-link", href: href.trim(), attr: { target: "_blank", rel: "noopener nofollow" } });
			if (title) a.setAttribute("aria-label", title);
			build(a);
			return;
		}
		// Any other scheme (javascript:, file:, vbscript:, …) is shown but never clickable.
		build(parent.createSpan({ cls: "external-link is-unsafe" }));
	}

	private embed(parent: Node, inner: string): void {
		const bar = inner.indexOf("|");
		const target = (bar === -1 ? inner : inner.slice(0, bar)).trim();
		const alt = bar === -1 ? undefined : inner.slice(bar + 1);
		const hash = target.indexOf("#");
		const path = hash === -1 ? target : target.slice(0, hash);
		const span = parent.createSpan({ cls: "internal-embed", attr: { src: target, alt: alt ?? target, tabindex: "-1", contenteditable: "false" } });
		const source = this.ctx.embedSource(path);
		if (IMAGE_EXTENSIONS.has(extensionOf(path))) {
			span.addClass("media-embed", "image-embed");
			if (source) {
				span.addClass("is-loaded");
				const img = span.createEl("img", { attr: { src: source, alt: alt ?? path } });
				applySize(img, alt);
			} else span.addClass("file-embed", "mod-empty");
			return;
		}
		if (source) {
			// The stand-in does not transclude notes; it shows a link to the embedded note.
			span.addClass("markdown-embed", "inline-embed", "is-loaded");
			span.createDiv({ cls: "markdown-embed-link", text: wikiDisplay(target) });
		} else {
			span.addClass("file-embed", "mod-empty");
			span.setText(`"${path}" could not be found.`);
		}
	}

	private image(parent: Node, alt: string, dest: string, title: string | undefined): void {
		const bar = alt.lastIndexOf("|");
		const size = bar === -1 ? undefined : alt.slice(bar + 1);
		const altText = bar === -1 || !/^\d+(x\d+)?$/.test(size ?? "") ? alt : alt.slice(0, bar);
		if (HAS_SCHEME.test(dest)) {
			if (!SAFE_IMAGE.test(dest)) {
				parent.appendChild(document.createTextNode(altText));
				return;
			}
			const img = parent.createEl("img", { attr: { src: dest, alt: altText, referrerpolicy: "no-referrer" } });
			if (title) img.setAttribute("title", title);
			applySize(img, altText === alt ? undefined : size);
			return;
		}
		this.embed(parent, safeDecode(dest) + (altText ? `|${alt}` : ""));
	}

	private html(parent: Node, text: string, at: number): number {
		const m = matchAt(HTML_TAG, text, at);
		if (!m) return -1;
		const closing = m[1] === "/";
		const tag = m[2].toLowerCase();
		if (closing) return -1;
		const attrs: Record<string, string> = {};
		for (const a of m[3].matchAll(HTML_ATTR)) attrs[a[1].toLowerCase()] = unescapeText(a[2] ?? a[3] ?? a[4] ?? "");
		if (VOID_TAGS.has(tag)) {
			if (tag === "br") parent.createEl("br");
			else {
				const src = (attrs.src ?? "").trim();
				if (!SAFE_IMAGE.test(src)) return -1;
				const img = parent.createEl("img", { attr: { src } });
				for (const key of ["alt", "title", "width", "height"]) if (attrs[key] !== undefined) img.setAttribute(key, attrs[key]);
				img.setAttribute("referrerpolicy", "no-referrer");
			}
			return at + m[0].length;
		}
		if (!PAIRED_TAGS.has(tag) || m[4] === "/") return -1;
		const bodyStart = at + m[0].length;
		const closeRe = new RegExp(`</${tag}\\s*>`, "i");
		const close = closeRe.exec(text.slice(bodyStart));
		if (!close) return -1;
		const el = parent.createEl(tag as keyof HTMLElementTagNameMap);
		if (attrs.title !== undefined) el.setAttribute("title", attrs.title);
		this.run(text.slice(bodyStart, bodyStart + close.index), el, 0);
		return bodyStart + close.index + close[0].length;
	}

	/** Finds the closing delimiter for emphasis opened at `at`. */
	private closingDelimiter(text: string, at: number, delim: string): number {
		for (let j = at + delim.length; j < text.length; j++) {
			const ch = text[j];
			if (ch === "\\") {
				j++;
				continue;
			}
			if (ch === "`") {
				const span = codeSpanEnd(text, j);
				if (span) {
					j = span.end - 1;
					continue;
				}
			}
			if (ch === "[" && text[j + 1] === "[") {
				const close = text.indexOf("]]", j + 2);
				if (close !== -1) {
					j = close + 1;
					continue;
				}
			}
			if (!text.startsWith(delim, j)) continue;
			if (delim.length === 1 && (text[j + 1] === delim || text[j - 1] === delim)) {
				// Part of a double run: skip the run.
				while (text[j + 1] === delim) j++;
				continue;
			}
			if (isWhitespace(text[j - 1])) continue;
			if (delim[0] === "_" && isAlphanumeric(text[j + delim.length])) continue;
			if (j === at + delim.length) continue;
			return j;
		}
		return -1;
	}

	private run(text: string, parent: HTMLElement | DocumentFragment, from: number): void {
		let buf = "";
		const flush = (): void => {
			if (buf) parent.appendChild(document.createTextNode(buf));
			buf = "";
		};
		let i = from;
		while (i < text.length) {
			const ch = text[i];
			const prev = i > 0 ? text[i - 1] : undefined;

			if (ch === "\\") {
				const next = text[i + 1];
				if (next === "\n") {
					flush();
					parent.createEl("br");
					i += 2;
					continue;
				}
				if (next !== undefined && ASCII_PUNCT.test(next)) {
					buf += next;
					i += 2;
					continue;
				}
			}
			if (ch === "\n") {
				buf = buf.replace(/[ \t]+$/, "");
				flush();
				parent.createEl("br");
				i++;
				while (text[i] === " " || text[i] === "\t") i++;
				continue;
			}
			if (ch === "`") {
				const span = codeSpanEnd(text, i);
				if (span) {
					flush();
					parent.createEl("code", { text: span.content });
					i = span.end;
					continue;
				}
				let run = 0;
				while (text[i + run] === "`") run++;
				buf += text.slice(i, i + run);
				i += run;
				continue;
			}
			if (ch === "!" && text.startsWith("![[", i)) {
				const close = text.indexOf("]]", i + 3);
				if (close !== -1 && !text.slice(i + 3, close).includes("\n")) {
					flush();
					this.embed(parent, text.slice(i + 3, close));
					i = close + 2;
					continue;
				}
			}
			if (ch === "[" && text[i + 1] === "[") {
				const close = text.indexOf("]]", i + 2);
				const inner = close === -1 ? "" : text.slice(i + 2, close);
				if (close !== -1 && inner.trim() !== "" && !inner.includes("\n")) {
					flush();
					const bar = inner.search(/\\?\|/);
					const target = (bar === -1 ? inner : inner.slice(0, bar)).trim();
					const alias = bar === -1 ? undefined : inner.slice(bar + (inner[bar] === "\\" ? 2 : 1));
					this.internalLink(parent, target, (a) => a.setText(alias ?? wikiDisplay(target)));
					i = close + 2;
					continue;
				}
			}
			if ((ch === "[" || (ch === "!" && text[i + 1] === "[")) && !text.startsWith("[^", i)) {
				const open = ch === "!" ? i + 1 : i;
				const close = closingBracket(text, open);
				const dest = close === -1 ? null : linkDestination(text, close + 1);
				if (dest) {
					flush();
					const label = text.slice(open + 1, close);
					if (ch === "!") this.image(parent, unescapeText(label), dest.dest, dest.title);
					else if (HAS_SCHEME.test(dest.dest)) this.externalLink(parent, dest.dest, dest.title, (el) => this.run(label, el, 0));
					else this.internalLink(parent, safeDecode(dest.dest), (a) => this.run(label, a, 0));
					i = dest.end;
					continue;
				}
			}
			if (ch === "<") {
				const auto = matchAt(AUTOLINK, text, i);
				if (auto) {
					flush();
					this.externalLink(parent, auto[1], undefined, (el) => el.setText(auto[1]));
					i += auto[0].length;
					continue;
				}
				const end = this.htmlAt(parent, text, i, flush);
				if (end !== -1) {
					i = end;
					continue;
				}
			}
			if ((ch === "h" || ch === "H") && !isAlphanumeric(prev)) {
				const url = matchAt(BARE_URL, text, i);
				if (url) {
					let href = url[0].replace(/[.,:;!?"'*_~]+$/, "");
					while (href.endsWith(")") && (href.match(/\(/g)?.length ?? 0) < (href.match(/\)/g)?.length ?? 0)) href = href.slice(0, -1);
					flush();
					this.externalLink(parent, href, undefined, (el) => el.setText(href));
					i += href.length;
					continue;
				}
			}
			if (ch === "#" && isWhitespace(prev)) {
				const tag = matchAt(TAG, text, i)?.[0] ?? "";
				if (tag.length > 1 && !/^#\d+$/.test(tag)) {
					flush();
					parent.createEl("a", { cls: "tag", text: tag, href: tag, attr: { target: "_blank", rel: "noopener nofollow" } });
					i += tag.length;
					continue;
				}
			}
			if (ch === "&") {
				const entity = decodeEntity(text, i);
				if (entity) {
					buf += entity.value;
					i += entity.length;
					continue;
				}
			}
			const two = text.slice(i, i + 2);
			const delim = two === "**" || two === "__" || two === "~~" || two === "==" ? two : ch === "*" || ch === "_" ? ch : "";
			if (delim && !isWhitespace(text[i + delim.length]) && !(delim[0] === "_" && isAlphanumeric(prev))) {
				const close = this.closingDelimiter(text, i, delim);
				if (close !== -1) {
					flush();
					const tag = delim === "**" || delim === "__" ? "strong" : delim === "~~" ? "del" : delim === "==" ? "mark" : "em";
					const el = parent.createEl(tag);
					this.run(text.slice(i + delim.length, close), el, 0);
					i = close + delim.length;
					continue;
				}
			}
			buf += ch;
			i++;
		}
		flush();
	}

	private htmlAt(parent: HTMLElement | DocumentFragment, text: string, at: number, flush: () => void): number {
		const probe = document.createDocumentFragment();
		const end = this.html(probe, text, at);
		if (end === -1) return -1;
		flush();
		parent.appendChild(probe);
		return end;
	}
}
