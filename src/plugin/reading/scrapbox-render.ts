/**
 * Raw Scrapbox (Cosense) notation → DOM, for ```scrapbox code blocks and for
 * notes detected as raw notation. Every node of `@progfay/scrapbox-parser` has
 * a rendering; the DOM is built with createEl, so user text is only ever text.
 *
 * Parsing reuses the importer's `parseRows` (src/core/import/blocks.ts): the
 * same result as the parser, faster on plain lines, and safe on lines long
 * enough to overflow the parser's stack. What counts as a link target, an
 * Obsidian tag or a web URL is the importer's knowledge too; only the output
 * differs (elements here, Markdown there).
 */
import { indentOf, parseRows } from "../../core/import/blocks";
import { isWebUrl } from "../../core/import/escape";
import { sanitizeFileName } from "../../core/import/names";
import { isObsidianTag } from "../../core/import/inline";
import type { Block, DecorationNode, Node } from "../../core/scrapbox/parse";
import { encodeComponent, encodeTitleForUrl, scrapboxPageUrl } from "../../core/scrapbox/title";
import { analyseNote, flattenCommentary, type NoteStructure } from "../../core/quotes";
import { t } from "../../i18n/ui";
import { externalLink, internalLink, isClickableUrl } from "../ui/links";
import { LINK_CLASS, type LinkHost } from "./links";
import { iconFallback, isGyazo } from "./remnants";

export interface ScrapboxRenderOptions {
	/** The note the notation is in: link resolution and hover previews start from it. */
	sourcePath: string;
	/** Resolves links; null draws every internal link as unresolved (benchmarks, tests). */
	links: LinkHost | null;
	/** The Scrapbox project the text belongs to, when known (the importer's `scrapbox_project` property): relative icons then show as images. */
	project?: string;
	/** Formula elements are collected here, for typesetting once the block is in place. */
	formulas?: HTMLElement[];
}

/** One parsed unit and the 0-based lines of the text it spans. */
export interface ScrapboxUnit {
	block: Block;
	from: number;
	to: number;
}

function isBlockHead(row: string, indent: number): boolean {
	return row.startsWith("code:", indent) || row.startsWith("table:", indent);
}

/**
 * The text's blocks with their lines. With `hasTitle`, line 0 is the page
 * title (a `title` block). Never throws: text the parser cannot take becomes
 * plain lines.
 */
export function parseUnits(text: string, hasTitle: boolean): ScrapboxUnit[] {
	const rows = text.split(/\r\n|\r|\n/);
	// parseRows always reads row 0 as the title; without one, give it an empty title to drop.
	const input = hasTitle ? rows : ["", ...rows];
	const shift = hasTitle ? 0 : -1;
	const spans: [number, number][] = [[0, 0]];
	for (let i = 1; i < input.length; ) {
		const indent = indentOf(input[i]);
		let end = i + 1;
		if (isBlockHead(input[i], indent)) while (end < input.length && indentOf(input[end]) > indent) end++;
		spans.push([i, end - 1]);
		i = end;
	}
	let blocks: Block[] | null = null;
	try {
		blocks = parseRows(input);
	} catch {
		blocks = null;
	}
	if (!blocks || blocks.length !== spans.length) {
		blocks = input.map((row, i): Block => (i === 0 ? { type: "title", text: row } : { type: "line", indent: indentOf(row), nodes: row.trim() === "" ? [] : [{ type: "plain", raw: row.trimStart(), text: row.trimStart() }] }));
		spans.length = 0;
		for (let i = 0; i < input.length; i++) spans.push([i, i]);
	}
	const units: ScrapboxUnit[] = [];
	blocks.forEach((block, i) => {
		if (!hasTitle && i === 0) return;
		units.push({ block, from: spans[i][0] + shift, to: spans[i][1] + shift });
	});
	return units;
}

let lastParse: { text: string; hasTitle: boolean; units: ScrapboxUnit[] } | null = null;

/** `parseUnits` remembered for the last text: Reading view asks once per section of the same note. */
export function unitsOf(text: string, hasTitle: boolean): ScrapboxUnit[] {
	if (lastParse && lastParse.hasTitle === hasTitle && lastParse.text === text) return lastParse.units;
	const units = parseUnits(text, hasTitle);
	lastParse = { text, hasTitle, units };
	return units;
}

/** Line roles in a note's quote units (raw notation): quote lines and the commentary under them. */
function lineRoles(structure: NoteStructure): Map<number, { role: "quote" | "commentary"; unit: number; depth: number }> {
	const roles = new Map<number, { role: "quote" | "commentary"; unit: number; depth: number }>();
	for (const block of structure.quotes) {
		for (const line of block.lines) roles.set(line.line, { role: "quote", unit: block.from, depth: 0 });
		for (const item of flattenCommentary(block.commentary)) {
			for (let l = item.line; l <= item.to; l++) if (!roles.has(l)) roles.set(l, { role: "commentary", unit: block.from, depth: item.depth });
		}
	}
	return roles;
}

const roleCache = new WeakMap<NoteStructure, ReturnType<typeof lineRoles>>();

/** Renders Scrapbox text into a new `div.sbl-scrapbox`, appended to `parent`. */
export function renderScrapbox(text: string, parent: HTMLElement, options: ScrapboxRenderOptions): HTMLElement {
	const root = parent.createDiv({ cls: "sbl-scrapbox" });
	const units = unitsOf(text, false);
	const structure = analyseNote(text, { notation: "scrapbox" });
	renderUnits(units, root, options, structure, 0);
	return root;
}

/**
 * Renders units into `root`. `structure` (raw-notation quote model of the same
 * text) adds quote-unit classes to lines; `lineBase` is added to data-line.
 */
export function renderUnits(units: readonly ScrapboxUnit[], root: HTMLElement, options: ScrapboxRenderOptions, structure: NoteStructure | null, lineBase: number): void {
	let roles: ReturnType<typeof lineRoles> | undefined;
	if (structure && structure.quotes.length > 0) {
		roles = roleCache.get(structure);
		if (!roles) {
			roles = lineRoles(structure);
			roleCache.set(structure, roles);
		}
	}
	for (const unit of units) {
		const el = renderBlock(unit.block, root, options);
		el.setAttribute("data-line", String(unit.from + lineBase));
		const role = roles?.get(unit.from);
		if (role) {
			el.addClass(role.role === "quote" ? "sbl-sb-unit-quote" : "sbl-sb-unit-commentary");
			el.setAttribute("data-sbl-unit", String(role.unit + lineBase));
			if (role.role === "commentary") el.setAttribute("data-sbl-depth", String(role.depth));
		}
	}
}

function setIndent(el: HTMLElement, indent: number): void {
	if (indent <= 0) return;
	el.addClass("sbl-sb-indented");
	// A custom property carries the level to the stylesheet; no layout is set from code.
	el.setCssProps({ "--sbl-indent": String(Math.min(indent, 40)) });
}

function renderBlock(block: Block, root: HTMLElement, options: ScrapboxRenderOptions): HTMLElement {
	switch (block.type) {
		case "title":
			return root.createDiv({ cls: "sbl-sb-title", text: block.text });
		case "codeBlock": {
			const box = root.createDiv({ cls: "sbl-sb-code" });
			setIndent(box, block.indent);
			box.createDiv({ cls: "sbl-sb-block-name", text: block.fileName });
			const pre = box.createEl("pre");
			const ext = /\.([A-Za-z0-9_+-]{1,16})$/.exec(block.fileName)?.[1];
			pre.createEl("code", { cls: ext ? `language-${ext.toLowerCase()}` : undefined, text: block.content });
			return box;
		}
		case "table": {
			const box = root.createDiv({ cls: "sbl-sb-table" });
			setIndent(box, block.indent);
			box.createDiv({ cls: "sbl-sb-block-name", text: block.fileName });
			const body = box.createDiv({ cls: "sbl-sb-table-scroll" }).createEl("table").createEl("tbody");
			for (const row of block.cells) {
				const tr = body.createEl("tr");
				for (const cell of row) renderNodes(cell, tr.createEl("td"), options);
			}
			return box;
		}
		case "line":
		default: {
			const line = root.createDiv({ cls: "sbl-sb-line" });
			const nodes = block.type === "line" ? block.nodes : [];
			setIndent(line, block.type === "line" ? block.indent : 0);
			if (nodes.length === 0) {
				line.addClass("sbl-sb-empty");
				line.createEl("br");
				return line;
			}
			const first = nodes[0];
			if (first.type === "quote") {
				line.addClass("sbl-sb-quote-line");
				renderNodes(first.nodes, line.createEl("blockquote", { cls: "sbl-sb-quote" }), options);
				renderNodes(nodes.slice(1), line, options);
			} else {
				if (first.type === "numberList") line.addClass("sbl-sb-numbered");
				if (first.type === "helpfeel") line.addClass("sbl-sb-helpfeel-line");
				if (first.type === "commandLine") line.addClass("sbl-sb-command-line");
				renderNodes(nodes, line, options);
			}
			return line;
		}
	}
}

export function renderNodes(nodes: readonly Node[], parent: HTMLElement, options: ScrapboxRenderOptions): void {
	for (const node of nodes) renderNode(node, parent, options);
}

/** A page title as a vault link: the title itself, or the importer's file name for it when only that exists. */
function vaultLink(parent: HTMLElement, title: string, text: string, options: ScrapboxRenderOptions, cls?: string): HTMLElement {
	const links = options.links;
	let linktext = title;
	let resolved = false;
	if (links) {
		resolved = links.resolves(title, options.sourcePath);
		if (!resolved) {
			const fileName = sanitizeFileName(title);
			if (fileName !== title && links.resolves(fileName, options.sourcePath)) {
				linktext = fileName;
				resolved = true;
			}
		}
	}
	return internalLink(parent, linktext, text, resolved, { cls: cls ? [LINK_CLASS, cls] : [LINK_CLASS] });
}

/** A link to `url`, or its text in a span when the URL may not be clickable. */
function urlLink(parent: HTMLElement, url: string, text: string, cls?: string): void {
	if (!externalLink(parent, url, text, { cls: cls ? [cls] : [] })) parent.createSpan({ text, cls });
}

/** `[page#<line id>]`: Scrapbox line ids mean nothing in the vault; the link goes to the page. */
const LINE_ANCHOR = /^(.*)#[0-9a-f]{24}$/;

function renderNode(node: Node, parent: HTMLElement, options: ScrapboxRenderOptions): void {
	switch (node.type) {
		case "plain":
			if (node.text !== "") parent.appendText(node.text);
			return;
		case "blank":
			parent.createSpan({ cls: "sbl-sb-blank", text: node.text === "" ? " " : node.text });
			return;
		case "link": {
			if (node.pathType === "absolute") {
				urlLink(parent, node.href, node.content !== "" ? node.content : node.href);
				return;
			}
			if (node.pathType === "root") {
				renderRootLink(parent, node.href, node.href, options);
				return;
			}
			if (isClickableUrl(node.href)) {
				urlLink(parent, node.href, node.href);
				return;
			}
			const anchored = LINE_ANCHOR.exec(node.href);
			const title = anchored && anchored[1] !== "" ? anchored[1] : node.href;
			vaultLink(parent, title, title, options);
			return;
		}
		case "hashTag":
			// As the importer does by default: a hashtag Obsidian accepts as a tag is one
			// (Obsidian's own click handler opens the tag search); any other stays a page link.
			if (isObsidianTag(node.href)) parent.createEl("a", { cls: "tag sbl-sb-hashtag", text: `#${node.href}`, attr: { href: `#${node.href}`, target: "_blank", rel: "noopener nofollow" } });
			else vaultLink(parent, node.href, `#${node.href}`, options, "sbl-sb-hashtag");
			return;
		case "icon":
		case "strongIcon":
			renderIcon(parent, node.pathType, node.path, node.type === "strongIcon", options);
			return;
		case "image":
		case "strongImage": {
			if (!isWebUrl(node.src)) {
				parent.appendText(node.raw);
				return;
			}
			const link = node.type === "image" && node.link !== "" && isWebUrl(node.link) ? node.link : null;
			const holder = (link ? externalLink(parent, link, "", { cls: ["sbl-sb-image-link"] }) : null) ?? parent;
			const img = holder.createEl("img", { cls: "sbl-sb-image", attr: { alt: "", loading: "lazy", referrerpolicy: "no-referrer" } });
			if (node.type === "strongImage") img.addClass("sbl-sb-image-strong");
			if (isGyazo(node.src)) img.addClass("sbl-gyazo");
			img.setAttribute("src", node.src);
			return;
		}
		case "strong":
			renderNodes(node.nodes, parent.createEl("strong", { cls: "sbl-sb-strong" }), options);
			return;
		case "decoration":
			renderDecoration(node, parent, options);
			return;
		case "quote":
			// Quotes are line-level; one met inside a line keeps its text.
			renderNodes(node.nodes, parent, options);
			return;
		case "helpfeel": {
			const span = parent.createSpan({ cls: "sbl-sb-helpfeel" });
			span.createSpan({ cls: "sbl-sb-helpfeel-mark", text: "?" });
			span.appendText(" " + node.text);
			return;
		}
		case "commandLine":
			parent.createEl("code", { cls: "sbl-sb-command", text: `${node.symbol} ${node.text}` });
			return;
		case "code":
			parent.createEl("code", { cls: "sbl-sb-code-span", text: node.text });
			return;
		case "formula": {
			const span = parent.createSpan({ cls: "sbl-sb-formula", attr: { "data-tex": node.formula } });
			span.createEl("code", { text: node.formula });
			options.formulas?.push(span);
			return;
		}
		case "googleMap": {
			const place = node.place !== "" ? node.place : `${node.latitude}, ${node.longitude}`;
			urlLink(parent, node.url, t("reading.map", { place }), "sbl-sb-map");
			return;
		}
		case "numberList":
			parent.createSpan({ cls: "sbl-sb-number", text: `${node.rawNumber}.` });
			parent.appendText(" ");
			renderNodes(node.nodes, parent, options);
			return;
		default:
			parent.appendText((node as { raw?: string }).raw ?? "");
	}
}

/** `[/project/page]`: this project's page in the vault when the project is known, else the page on scrapbox.io. */
function renderRootLink(parent: HTMLElement, href: string, text: string, options: ScrapboxRenderOptions): void {
	const slash = href.indexOf("/", 1);
	const project = slash === -1 ? href.slice(1) : href.slice(1, slash);
	let title = slash === -1 ? "" : href.slice(slash + 1);
	const anchored = LINE_ANCHOR.exec(title);
	if (anchored) title = anchored[1];
	if (project === "") {
		parent.appendText(text);
		return;
	}
	if (title !== "" && options.project !== undefined && project.toLowerCase() === options.project.toLowerCase()) {
		vaultLink(parent, title, text, options);
		return;
	}
	urlLink(parent, scrapboxPageUrl(project, title === "" ? undefined : title), text, "sbl-sb-root-link");
}

const MAX_ICONS = 100;

function renderIcon(parent: HTMLElement, pathType: "root" | "relative", path: string, strong: boolean, options: ScrapboxRenderOptions): void {
	let project = options.project;
	let name = path;
	if (pathType === "root") {
		const slash = path.indexOf("/", 1);
		project = slash === -1 ? path.slice(1) : path.slice(1, slash);
		name = slash === -1 ? "" : path.slice(slash + 1);
	}
	if (name === "") {
		parent.appendText(`[${path}.icon]`);
		return;
	}
	// `[name.icon*N]` reaches here as N icon nodes; a runaway count stays bounded.
	if (parent.querySelectorAll(":scope > .sbl-icon, :scope > .sbl-icon-chip").length >= MAX_ICONS) return;
	if (project === undefined || project === "") {
		// No project, so no image to show: the icon names a page, as in Scrapbox.
		const chip = vaultLink(parent, name, name, options, "sbl-icon-chip");
		chip.setAttribute("title", `${name}.icon`);
		if (strong) chip.addClass("sbl-icon-strong");
		return;
	}
	const url = `https://scrapbox.io/api/pages/${encodeComponent(project)}/${encodeTitleForUrl(name)}/icon`;
	const img = parent.createEl("img", { cls: "sbl-icon", attr: { alt: `${name}.icon`, title: name, loading: "lazy", referrerpolicy: "no-referrer" } });
	if (strong) img.addClass("sbl-icon-strong");
	img.setAttribute("src", url);
	iconFallback(img, name);
}

/** Scrapbox's style characters with no built-in look become classes a CSS snippet can style. */
const CUSTOM_DECO_NAMES: Record<string, string> = {
	"!": "exclamation",
	'"': "quote",
	"#": "hash",
	"%": "percent",
	"&": "ampersand",
	"'": "apostrophe",
	"(": "paren-open",
	")": "paren-close",
	"+": "plus",
	",": "comma",
	".": "dot",
	"{": "brace-open",
	"|": "pipe",
	"}": "brace-close",
	"<": "less-than",
	">": "greater-than",
	"~": "tilde",
};

function renderDecoration(node: DecorationNode, parent: HTMLElement, options: ScrapboxRenderOptions): void {
	let host = parent;
	const custom = node.decos.filter((d) => CUSTOM_DECO_NAMES[d] !== undefined);
	if (custom.length > 0) {
		host = host.createSpan({ cls: ["sbl-deco", ...custom.map((d) => `sbl-deco-${CUSTOM_DECO_NAMES[d]}`)], attr: { "data-deco": custom.join("") } });
	}
	if (node.decos.includes("_")) host = host.createEl("u");
	if (node.decos.includes("-")) host = host.createEl("del");
	if (node.decos.includes("/")) host = host.createEl("em");
	const size = node.decos.find((d) => d.startsWith("*-"));
	if (size) {
		const level = Math.min(10, Math.max(1, Number(size.slice(2)) || 1));
		host = host.createEl("strong", { cls: ["sbl-deco-bold", `sbl-deco-size-${level}`] });
	}
	renderNodes(node.nodes, host, options);
}
