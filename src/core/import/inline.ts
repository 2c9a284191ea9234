/**
 * Scrapbox inline nodes → Obsidian Markdown.
 *
 * Emphasis is written as Markdown (`**`, `*`, `~~`) where CommonMark's flanking
 * rules let it open and close in place, and as HTML (`<strong>`, `<em>`, `<del>`)
 * where they would not (e.g. `**「x」**です`, bold ending in punctuation before a
 * letter), so the emphasis never silently fails. Underline has no Markdown form
 * and is `<u>`; Scrapbox's custom-style decorations keep their text inside a
 * `<span data-scrapbox-deco="…">` that CSS can style. These tags are generated
 * here around escaped text; user text never becomes HTML.
 */
import type { DecorationNode, Node } from "../scrapbox/parse";
import { encodeComponent, encodeTitleForUrl, scrapboxPageUrl } from "../scrapbox/title";
import { codeSpan, escapeAttribute, escapeLinkText, escapeText, isWebUrl, safeUrl } from "./escape";

/** What inline rendering needs from the page and the import. */
export interface InlineContext {
	/** The project the page belongs to, when known. */
	project: string | undefined;
	hashtags: "tags" | "links";
	icons: "images" | "links";
	/** A link to a page of this project by title (`[[file|display]]`), anchor = Scrapbox line id. */
	pageLink(title: string, display: string, anchor: string | undefined, inTable: boolean): string;
	/** A link into another project's imported notes, or undefined when that project is not imported. */
	siblingLink(project: string, title: string, display: string, anchor: string | undefined, inTable: boolean): string | undefined;
	/** Where an image is shown from: a downloaded copy's encoded vault path, or the safe remote URL. */
	imageSource(url: string): string;
	/** Rendered icons by their notation: the same icons recur on many pages. */
	iconCache?: Map<string, string>;
}

/** A Scrapbox line id (a 24-digit hex ObjectId) after `#` in a link. */
const LINE_ANCHOR = /^(.*)#([0-9a-f]{24})$/;

interface Emphasis {
	marker: string;
	tag: string;
	inner: string;
}

type Piece = string | Emphasis;

/**
 * Renders nodes. `blockStart`: the first node opens a block (escape `-`, `>`, …).
 * `inTable`: inside a table cell (`|` must be escaped everywhere, even in links).
 */
export function renderInline(nodes: readonly Node[], ctx: InlineContext, blockStart: boolean, inTable: boolean): string {
	const pieces: Piece[] = [];
	for (let i = 0; i < nodes.length; i++) {
		const piece = renderNode(nodes[i], ctx, blockStart && pieces.length === 0, inTable);
		if (piece !== "") pieces.push(piece);
	}
	return joinPieces(pieces);
}

/** Resolves each emphasis against its neighbours; the ends of the list count as a boundary. */
function joinPieces(pieces: Piece[]): string {
	if (pieces.length === 1 && typeof pieces[0] === "string") return pieces[0];
	const parts: string[] = [];
	// The last character written, kept aside: reading it back from a growing string would flatten it each time.
	let last = "";
	for (let i = 0; i < pieces.length; i++) {
		const piece = pieces[i];
		let text: string;
		if (typeof piece === "string") {
			// `](` would turn a link written just before into a Markdown link with this text as its URL.
			text = piece.charAt(0) === "(" && last === "]" ? "\\" + piece : piece;
		} else {
			const next = pieces[i + 1];
			const nextChar = next === undefined ? "" : typeof next === "string" ? next.charAt(0) : next.marker.charAt(0);
			text = resolveEmphasis(piece, last, nextChar);
		}
		if (text === "") continue;
		parts.push(text);
		last = text.charAt(text.length - 1);
	}
	return parts.join("");
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/;

/** Whether a delimiter run would open before `first` and close after `last` (CommonMark flanking). */
function resolveEmphasis(e: Emphasis, prev: string, next: string): string {
	const first = e.inner.charAt(0);
	const last = e.inner.charAt(e.inner.length - 1);
	const prevLoose = prev === "" || WHITESPACE.test(prev) || PUNCTUATION.test(prev);
	const nextLoose = next === "" || WHITESPACE.test(next) || PUNCTUATION.test(next);
	const canOpen = !PUNCTUATION.test(first) || prevLoose;
	const canClose = !PUNCTUATION.test(last) || nextLoose;
	// A neighbouring run of the same character would merge with the delimiters.
	const touching = prev === e.marker.charAt(0) || next === e.marker.charAt(0);
	if (canOpen && canClose && !touching) return e.marker + e.inner + e.marker;
	return `<${e.tag}>${e.inner}</${e.tag}>`;
}

/** Emphasis around already-rendered text; leading and trailing spaces move outside it. */
function emphasis(marker: string, tag: string, inner: string): Piece {
	const trimmed = inner.trim();
	if (trimmed === "") return inner;
	const lead = inner.slice(0, inner.length - inner.trimStart().length);
	const trail = inner.slice(inner.trimEnd().length);
	const core: Emphasis = { marker, tag, inner: trimmed };
	if (lead === "" && trail === "") return core;
	return lead + resolveEmphasis(core, lead ? " " : "", trail ? " " : "") + trail;
}

function renderNode(node: Node, ctx: InlineContext, blockStart: boolean, inTable: boolean): Piece {
	switch (node.type) {
		case "plain":
			return escapeText(blockStart ? node.text.trimStart() : node.text, blockStart);
		case "blank":
			return "&nbsp;".repeat(Math.max(1, node.text.length));
		case "link":
			return renderLink(node.pathType, node.href, node.content, ctx, inTable, node.raw);
		case "hashTag":
			return renderHashTag(node.href, ctx, inTable);
		case "icon":
		case "strongIcon": {
			const key = `${node.type === "strongIcon" ? "!" : ""}${inTable ? "|" : ""}${node.path}`;
			let icon = ctx.iconCache?.get(key);
			if (icon === undefined) {
				icon = renderIcon(node.pathType, node.path, node.type === "strongIcon", ctx, inTable);
				ctx.iconCache?.set(key, icon);
			}
			return icon;
		}
		case "image":
			return renderImage(node.src, node.link, ctx, inTable);
		case "strongImage":
			return renderImage(node.src, "", ctx, inTable);
		case "strong":
			return emphasis("**", "strong", renderInline(node.nodes, ctx, false, inTable));
		case "decoration":
			return renderDecoration(node, ctx, inTable, undefined);
		case "quote":
			// Quotes are line-level; one met inline keeps its text.
			return renderInline(node.nodes, ctx, blockStart, inTable);
		case "helpfeel":
			return "? " + escapeText(node.text);
		case "commandLine":
			return codeSpan(`${node.symbol} ${node.text}`);
		case "numberList":
			return escapeText(`${node.rawNumber}. `, blockStart) + renderInline(node.nodes, ctx, false, inTable);
		case "code":
			return node.text === "" ? "\\`\\`" : codeSpan(node.text);
		case "formula":
			return renderFormula(node.formula, node.raw);
		case "googleMap": {
			const label = node.place !== "" ? node.place : node.raw.slice(1, -1);
			return isWebUrl(node.url) ? `[${escapeLinkText(label)}](${safeUrl(node.url)})` : escapeText(node.raw);
		}
		default:
			return escapeText((node as { raw: string }).raw);
	}
}

/**
 * `decos` → Markdown/HTML, innermost first: italic, bold (or the heading the
 * caller takes it as), strikethrough, underline, then custom styles.
 */
export function renderDecoration(node: DecorationNode, ctx: InlineContext, inTable: boolean, asHeading: number | undefined): Piece {
	let inner: Piece = renderInline(node.nodes, ctx, false, inTable);
	const decos = node.decos;
	const wrap = (marker: string, tag: string) => {
		const text = typeof inner === "string" ? inner : resolveEmphasis(inner, "", "");
		inner = emphasis(marker, tag, text);
	};
	if (decos.includes("/")) wrap("*", "em");
	if (asHeading === undefined && decos.some((d) => d.startsWith("*-"))) wrap("**", "strong");
	if (decos.includes("-")) wrap("~~", "del");
	const custom = decos.filter((d) => d !== "/" && d !== "-" && d !== "_" && !d.startsWith("*-"));
	if (decos.includes("_") || custom.length > 0) {
		let text = typeof inner === "string" ? inner : resolveEmphasis(inner, "", "");
		if (text.trim() === "") return text;
		if (decos.includes("_")) text = `<u>${text}</u>`;
		if (custom.length > 0) text = `<span data-scrapbox-deco="${escapeAttribute(custom.join(""))}">${text}</span>`;
		return text;
	}
	return inner;
}

function renderLink(pathType: "absolute" | "root" | "relative", href: string, content: string, ctx: InlineContext, inTable: boolean, raw: string): string {
	if (pathType === "absolute") {
		if (!isWebUrl(href)) return escapeText(raw);
		if (content === "") return autolink(href, inTable);
		return `[${escapeLinkText(content)}](${safeUrl(href)})`;
	}
	if (pathType === "root") return renderRootLink(href, href, ctx, inTable);
	const anchored = href.indexOf("#") === -1 ? null : LINE_ANCHOR.exec(href);
	if (anchored) return ctx.pageLink(anchored[1], anchored[1] === "" ? href : anchored[1], anchored[2], inTable);
	return ctx.pageLink(href, href, undefined, inTable);
}

/** `[/project/page]` and `[/project]`: a note when it is in this or an imported project, else the scrapbox.io URL. */
function renderRootLink(href: string, display: string, ctx: InlineContext, inTable: boolean): string {
	const slash = href.indexOf("/", 1);
	const project = slash === -1 ? href.slice(1) : href.slice(1, slash);
	let title = slash === -1 ? "" : href.slice(slash + 1);
	let anchor: string | undefined;
	const anchored = title.indexOf("#") === -1 ? null : LINE_ANCHOR.exec(title);
	if (anchored) {
		title = anchored[1];
		anchor = anchored[2];
	}
	if (title !== "" && project !== "") {
		if (ctx.project !== undefined && project.toLowerCase() === ctx.project.toLowerCase()) {
			return ctx.pageLink(title, display, anchor, inTable);
		}
		const sibling = ctx.siblingLink(project, title, display, anchor, inTable);
		if (sibling !== undefined) return sibling;
	}
	if (project === "") return escapeText(display);
	const url = scrapboxPageUrl(project, title === "" ? undefined : title) + (anchor ? `#${anchor}` : "");
	return `[${escapeLinkText(display)}](${safeUrl(url)})`;
}

/** `<url>` shows a URL exactly as written; fall back to `[url](url)` where `<>` or a table's `|` would break it. */
function autolink(url: string, inTable: boolean): string {
	if (/[<>\s]/.test(url) || (inTable && url.includes("|"))) return `[${escapeLinkText(url)}](${safeUrl(url)})`;
	return `<${url}>`;
}

/**
 * Obsidian's tag rule (help.obsidian.md, Tags): letters, digits, `_`, `-` and
 * `/` for nesting, no spaces, not digits only. Emoji and other punctuation are
 * not accepted, and `_` only between letters or digits (elsewhere it could be
 * read as emphasis); such hashtags become links.
 */
export function isObsidianTag(tag: string): boolean {
	if (!/^[\p{L}\p{M}\p{N}_\-/]+$/u.test(tag)) return false;
	if (/^[0-9]+$/.test(tag)) return false;
	if (tag.startsWith("/") || tag.endsWith("/") || tag.includes("//")) return false;
	return !/(^|[^\p{L}\p{N}])_|_($|[^\p{L}\p{N}])/u.test(tag);
}

function renderHashTag(href: string, ctx: InlineContext, inTable: boolean): string {
	if (ctx.hashtags === "tags" && isObsidianTag(href)) return `#${href}`;
	return ctx.pageLink(href, `#${href}`, undefined, inTable);
}

function renderIcon(pathType: "root" | "relative", path: string, strong: boolean, ctx: InlineContext, inTable: boolean): string {
	let project = ctx.project;
	let name = path;
	if (pathType === "root") {
		const slash = path.indexOf("/", 1);
		project = slash === -1 ? path.slice(1) : path.slice(1, slash);
		name = slash === -1 ? "" : path.slice(slash + 1);
	}
	const display = `${name}.icon`;
	if (ctx.icons === "links" || project === undefined || project === "" || name === "") {
		if (name === "") return escapeText(`[${path}.icon]`);
		return pathType === "root" ? renderRootLink(path, display, ctx, inTable) : ctx.pageLink(name, display, undefined, inTable);
	}
	const url = `https://scrapbox.io/api/pages/${encodeComponent(project)}/${encodeTitleForUrl(name)}/icon`;
	const height = strong ? "2.4em" : "1.2em";
	return `<img src="${escapeAttribute(safeUrl(url))}" alt="${escapeAttribute(display)}" style="height:${height};vertical-align:text-bottom">`;
}

function renderImage(src: string, link: string, ctx: InlineContext, inTable: boolean): string {
	if (!isWebUrl(src)) return escapeText(src);
	const image = `![](${ctx.imageSource(src)})`;
	if (link !== "" && isWebUrl(link)) return `[${image}](${safeUrl(link)})`;
	void inTable;
	return image;
}

/** `[$ x]` → `$x$`. Obsidian needs no space just inside the dollars, and no `$` within. */
function renderFormula(formula: string, raw: string): string {
	const tex = formula.trim();
	if (tex === "") return escapeText(raw);
	if (tex.includes("$")) return codeSpan(tex);
	return `$${tex}$`;
}
