/**
 * Exports of a timeline: a Markdown note, and a JSON Canvas 1.0 document
 * (https://jsoncanvas.org/spec/1.0/). Both link every event back to its source.
 *
 * Link targets: `#^blockid` when the dated line, or its quote block, carries a
 * block id; otherwise `#Heading` of the nearest heading above; otherwise the
 * note itself. No block id is ever added to the user's notes by an export.
 */
import { formatDate, formatDatePoint, firstDayNumber, monthName, type DateLanguage } from "../dates";
import type { CommentaryItem } from "../quotes";
import type { TimelineEvent } from "./events";
import { groupByYearMonth, sortEvents } from "./order";

/** A heading as Obsidian matches it in a link: link-breaking characters become spaces. */
function headingForLink(heading: string): string {
	return heading
		.replace(/\[\[|\]\]|%%|[#|^:]/g, " ")
		.replace(/\s+/g, " ")
		.trim();
}

/** The subpath that leads back to an event, starting with `#`, or null. */
export function eventSubpath(e: TimelineEvent): string | null {
	if (e.blockId) return `#^${e.blockId}`;
	if (e.heading) {
		const h = headingForLink(e.heading);
		if (h) return `#${h}`;
	}
	return null;
}

function baseName(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.replace(/\.md$/i, "");
}

/** A link to the event's note and place: a wikilink, or a Markdown link when the path has link-breaking characters. */
export function sourceLink(e: TimelineEvent): string {
	const sub = eventSubpath(e) ?? "";
	const name = baseName(e.file);
	const target = e.file.replace(/\.md$/i, "");
	if (!/[[\]|#^]/.test(target) && !/[[\]|]/.test(name)) return `[[${target}${sub}|${name}]]`;
	const label = name.replace(/([[\]\\])/g, "\\$1");
	const url = encodeURI(e.file).replace(/[()]/g, (c) => (c === "(" ? "%28" : "%29"));
	return `[${label}](${url}${sub ? "#" + encodeURI(sub.slice(1)) : ""})`;
}

export interface MarkdownExportOptions {
	/** Date display and month headings; default "en". */
	language?: DateLanguage;
	/** A first-level heading to open the note with (the caller's translated text); none by default. */
	heading?: string;
	/** Include each event's description lines; default true. */
	text?: boolean;
	/** Include the commentary bullets; default true. */
	commentary?: boolean;
}

function commentaryLines(items: readonly CommentaryItem[], indent: string, out: string[]): void {
	for (const item of items) {
		out.push(`${indent}- ${item.text}`);
		commentaryLines(item.children, indent + "\t", out);
	}
}

/** A Markdown note: year and month headings, one bullet per event with its source link, description as a quote, commentary as nested bullets. */
export function timelineToMarkdown(events: readonly TimelineEvent[], options: MarkdownExportOptions = {}): string {
	const language = options.language ?? "en";
	const out: string[] = [];
	if (options.heading) out.push(`# ${options.heading}`, "");
	for (const year of groupByYearMonth(sortEvents(events))) {
		out.push(`## ${language === "ja" ? `${year.year}年` : year.year}`, "");
		for (const group of year.months) {
			if (group.month !== null) {
				out.push(`### ${language === "ja" ? `${year.year}年${group.month}月` : `${monthName(group.month, "en")} ${year.year}`}`, "");
			}
			for (const e of group.events) {
				const title = e.title ? ` ${e.title}` : "";
				out.push(`- **${formatDate(e.date, language)}**${title} (${sourceLink(e)})`);
				if (options.text !== false) for (const line of e.text) out.push(`\t> ${line}`);
				if (options.commentary !== false) commentaryLines(e.commentary, "\t", out);
			}
			out.push("");
		}
	}
	return out.join("\n").replace(/\n+$/, "\n");
}

// ---------------------------------------------------------------------------
// JSON Canvas 1.0

export interface CanvasNodeBase {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
	color?: string;
}
export interface CanvasTextNode extends CanvasNodeBase {
	type: "text";
	text: string;
}
export interface CanvasFileNode extends CanvasNodeBase {
	type: "file";
	file: string;
	subpath?: string;
}
export interface CanvasGroupNode extends CanvasNodeBase {
	type: "group";
	label?: string;
}
export type CanvasNode = CanvasTextNode | CanvasFileNode | CanvasGroupNode;
export interface CanvasEdge {
	id: string;
	fromNode: string;
	fromSide?: "top" | "right" | "bottom" | "left";
	toNode: string;
	toSide?: "top" | "right" | "bottom" | "left";
	toEnd?: "none" | "arrow";
}
export interface CanvasDocument {
	nodes: CanvasNode[];
	edges: CanvasEdge[];
}

export interface CanvasExportOptions {
	language?: DateLanguage;
	/** `sequential` (default) stacks cards in order; `proportional` spaces them by time, never overlapping. */
	layout?: "sequential" | "proportional";
	/** Pixels per day for `proportional`; default 4. */
	pixelsPerDay?: number;
}

const CARD_WIDTH = 420;
const FILE_WIDTH = 360;
const GAP = 40;
const PAD = 40;
const GROUP_HEADER = 40;
const LINE_HEIGHT = 26;
const CHARS_PER_LINE = 48;
const MAX_TEXT_LINES = 6;

/** 16 hex digits from a string (FNV-1a, 64 bits as two 32-bit halves): stable ids for the same timeline. */
function hashId(text: string): string {
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193 ^ 0x5bd1e995;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
		h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
	}
	return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}

function wrappedLines(text: string): number {
	return Math.max(1, Math.ceil(Array.from(text).length / CHARS_PER_LINE));
}

function cardText(e: TimelineEvent, language: DateLanguage): { text: string; lines: number } {
	const head = `**${formatDate(e.date, language)}**${e.title ? ` ${e.title}` : ""}`;
	let lines = wrappedLines(head);
	const body: string[] = [];
	let bodyLines = 0;
	for (const t of e.text) {
		if (bodyLines >= MAX_TEXT_LINES) break;
		body.push(t);
		bodyLines += wrappedLines(t);
	}
	lines += Math.min(bodyLines, MAX_TEXT_LINES) + (body.length > 0 ? 1 : 0);
	return { text: body.length > 0 ? `${head}\n\n${body.join("\n\n")}` : head, lines };
}

/**
 * A JSON Canvas: per event a text card (date, title, description) along a
 * vertical time axis, a file node beside it opening the source note at the
 * event (subpath as `eventSubpath`), and an edge from card to source; each
 * year is a group around its cards. Coordinates are integers; ids are unique
 * and stable for the same input.
 */
export function timelineToCanvas(events: readonly TimelineEvent[], options: CanvasExportOptions = {}): CanvasDocument {
	const language = options.language ?? "en";
	const proportional = options.layout === "proportional";
	const perDay = options.pixelsPerDay ?? 4;
	const groups: CanvasGroupNode[] = [];
	const cards: CanvasNode[] = [];
	const edges: CanvasEdge[] = [];
	const used = new Set<string>();
	const unique = (seed: string) => {
		let id = hashId(seed);
		for (let n = 1; used.has(id); n++) id = hashId(`${seed}#${n}`);
		used.add(id);
		return id;
	};
	const sorted = sortEvents(events);
	const origin = sorted.length > 0 ? firstDayNumber(sorted[0].date) : 0;
	let y = 0;
	for (const year of groupByYearMonth(sorted)) {
		const groupTop = y;
		y += GROUP_HEADER + PAD;
		for (const month of year.months) {
			for (const e of month.events) {
				if (proportional) y = Math.max(y, Math.round((firstDayNumber(e.date) - origin) * perDay) + GROUP_HEADER + PAD);
				const { text, lines } = cardText(e, language);
				const height = Math.round(PAD + lines * LINE_HEIGHT);
				const seed = `${e.file}\u0000${e.line}\u0000${text}`;
				const cardId = unique(`card\u0000${seed}`);
				const fileId = unique(`file\u0000${seed}`);
				cards.push({ id: cardId, type: "text", text, x: PAD, y, width: CARD_WIDTH, height });
				const sub = eventSubpath(e);
				const fileNode: CanvasFileNode = { id: fileId, type: "file", file: e.file, x: PAD + CARD_WIDTH + GAP, y, width: FILE_WIDTH, height: Math.max(height, 200) };
				if (sub) fileNode.subpath = sub;
				cards.push(fileNode);
				edges.push({ id: unique(`edge\u0000${seed}`), fromNode: cardId, fromSide: "right", toNode: fileId, toSide: "left", toEnd: "arrow" });
				y += Math.max(height, 200) + GAP;
			}
		}
		y += PAD - GAP;
		groups.push({
			id: unique(`group\u0000${year.year}`),
			type: "group",
			label: formatDatePoint({ year: year.year, month: null, day: null }, "year", language),
			x: 0,
			y: groupTop,
			width: PAD + CARD_WIDTH + GAP + FILE_WIDTH + PAD,
			height: y - groupTop,
		});
		y += GAP;
	}
	// Groups first: the spec draws earlier nodes below later ones.
	return { nodes: [...groups, ...cards], edges };
}
