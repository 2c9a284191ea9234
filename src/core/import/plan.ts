/**
 * The import plan: what would be written, computed without any I/O.
 *
 * `planImport` converts a whole export at once. A writer that wants progress,
 * a Stop button or to yield to the UI uses the two halves instead:
 * `prepareImport` (names every note and reads nothing twice) and then
 * `convertPage` for one page at a time.
 *
 * Re-importing is safe because of `decideWrite`: every note carries the hash of
 * its own content as the importer wrote it (`scrapbox_import_hash`). A note
 * whose content still matches its hash is untouched since import and may be
 * replaced with a newer version; a note that does not match was edited (or was
 * never written by the importer) and is left as it is, reported as a conflict.
 */
import { pageWithLines, type ExportPage, type ScrapboxExport } from "../scrapbox/export";
import { encodeComponent, encodeTitleForUrl, scrapboxPageUrl, titleKey } from "../scrapbox/title";
import { convertLines, type ConvertSettings } from "./convert";
import { escapeLinkText, safeUrl } from "./escape";
import { HASH_KEY, isoDateTime, renderProperties, type PropertyValue } from "./frontmatter";
import { assignNoteNames, nameForMissingPage, NOTE_EXTENSION, sanitizeFileName, wellFormed, type NoteNames } from "./names";
import { DEFAULT_FOLDER, DEFAULT_HEADING_LEVELS, DEFAULT_REPORT_NAME, type ImportOptions, type ResolvedOptions } from "./options";
import { joinPath, normaliseFolder, relativeLink } from "./paths";
import { errorText, problem, type ImportProblem } from "./problems";

export interface PlannedNote {
	title: string;
	/** Vault path, `/`-separated, with `.md`. */
	path: string;
	content: string;
	/** Creation time in ms (from the page's `created`), when known. */
	ctime?: number;
	/** Modification time in ms (from the page's `updated`), when known. */
	mtime?: number;
	/** Remote image URLs the note shows (not icons). */
	images: string[];
	/** The page's position in the export. */
	pageIndex: number;
}

export interface ImportSession {
	/** The project name used for URLs, or undefined when neither the export nor the options give one. */
	project: string | undefined;
	/** The vault folder notes go into. */
	folder: string;
	options: ResolvedOptions;
	/** The pages that will be converted, in export order. */
	pages: readonly ExportPage[];
	/** Every page's note name. */
	names: NoteNames;
	/** Vault path for the Markdown import report. */
	reportPath: string;
	/** Entries in the export's `pages`, readable or not. */
	pageCount: number;
	/** Problems known before converting: unreadable pages (skipped) and duplicate titles (warnings). */
	problems: ImportProblem[];
	/** The export read. */
	readonly exported: ScrapboxExport;
	/** Internal: conversion settings shared by every page. */
	readonly settings: SessionSettings;
}

interface SessionSettings extends ConvertSettings {
	/** The page being converted (for `[#lineId]` links to itself) and where its images go. */
	currentTitle: string;
	currentImages: string[];
	/** `https://scrapbox.io/<project>/`, built once; undefined when the project is unknown. */
	pageUrlBase: string | undefined;
}

export type PageResult = { ok: true; note: PlannedNote; warnings: ImportProblem[] } | { ok: false; problem: ImportProblem };

export interface ImportPlan {
	project: string | undefined;
	folder: string;
	notes: PlannedNote[];
	/** Skipped and failed pages, and warnings, in export order. */
	problems: ImportProblem[];
	/** Entries in the export's `pages`. */
	pageCount: number;
	skipped: number;
	failed: number;
	/** Every remote image URL the notes show, each once, in first-use order. */
	images: string[];
	reportPath: string;
}

export function resolveOptions(exported: Pick<ScrapboxExport, "project">, options: ImportOptions = {}): ResolvedOptions {
	const given = options.project ?? exported.project;
	const project = given === undefined ? undefined : wellFormed(given);
	const folder = options.folder !== undefined ? normaliseFolder(options.folder) : project !== undefined ? sanitizeFileName(project) : DEFAULT_FOLDER;
	return {
		folder,
		project,
		hashtags: options.hashtags ?? "tags",
		icons: options.icons ?? "images",
		siblingProjects: options.siblingProjects ?? [],
		headingLevels: options.headingLevels ?? DEFAULT_HEADING_LEVELS,
		lineAnchors: options.lineAnchors ?? true,
		timeZone: options.timeZone ?? "local",
		localImages: options.localImages,
		reportName: options.reportName ?? DEFAULT_REPORT_NAME,
	};
}

/** Names every note and gathers what conversion needs. Pure; linear in the export. */
export function prepareImport(exported: ScrapboxExport, options: ImportOptions = {}): ImportSession {
	const resolved = resolveOptions(exported, options);
	const pages = exported.pages;
	const reportStem = resolved.reportName.replace(/\.md$/i, "");
	const names = assignNoteNames(pages, [reportStem], (i) => pageWithLines(exported, pages[i]).lines);
	const folder = resolved.folder;

	const problems: ImportProblem[] = exported.issues.map((issue) => problem("skipped", issue.code, issue.title, issue.message));
	for (let i = 0; i < pages.length; i++) {
		const canonical = names.byKey.get(names.keys[i]);
		if (canonical !== undefined && canonical !== i) {
			const other = pages[canonical];
			const same = other.title === pages[i].title ? `the same title` : `a title Scrapbox treats as the same ("${other.title}")`;
			problems.push(
				problem(
					"warning",
					"duplicate-title",
					pages[i].title,
					`Another page has ${same}. This page was saved as "${names.names[i]}"; links to the title lead to "${names.names[canonical]}".`,
					notePath(folder, names.names[i]),
				),
			);
		}
	}

	const siblings = new Map(resolved.siblingProjects.map((s) => [s.project.toLowerCase(), s]));
	const plainLinks = new Map<string, string>();
	const settings: SessionSettings = {
		project: resolved.project,
		hashtags: resolved.hashtags,
		icons: resolved.icons,
		headingLevels: resolved.headingLevels,
		anchoredLineIds: resolved.lineAnchors ? exported.anchoredLineIds : undefined,
		currentTitle: "",
		currentImages: [],
		// The project is already well-formed (resolveOptions).
		pageUrlBase: resolved.project !== undefined ? scrapboxPageUrl(resolved.project) + "/" : undefined,
		iconCache: new Map(),
		pageLink(title, display, anchor, inTable) {
			// Most links are `[title]` as written: cache those, they recur across pages.
			const plain = display === title && anchor === undefined && !inTable && title !== "";
			if (plain) {
				const cached = plainLinks.get(title);
				if (cached !== undefined) return cached;
			}
			const target = title === "" ? settings.currentTitle : title;
			const index = names.byKey.get(titleKey(target));
			const name = index !== undefined ? names.names[index] : nameForMissingPage(names, target);
			const link = noteLink(name, name, display, anchor, inTable);
			if (plain) plainLinks.set(title, link);
			return link;
		},
		siblingLink(project, title, display, anchor, inTable) {
			const sibling = siblings.get(project.toLowerCase());
			if (!sibling) return undefined;
			const index = sibling.names?.byKey.get(titleKey(title));
			const name = sibling.names && index !== undefined ? sibling.names.names[index] : sanitizeFileName(title);
			const target = joinPath(normaliseFolder(sibling.folder), name);
			return noteLink(target, relativeLink(folder, target + NOTE_EXTENSION), display, anchor, inTable);
		},
		imageSource(url) {
			settings.currentImages.push(url);
			const local = resolved.localImages?.get(url);
			return local !== undefined ? relativeLink(folder, normaliseFolder(local)) : safeUrl(url);
		},
	};

	return {
		project: resolved.project,
		folder,
		options: resolved,
		pages,
		names,
		reportPath: joinPath(folder, resolved.reportName),
		pageCount: exported.pageCount,
		problems,
		exported,
		settings,
	};
}

/**
 * An internal link: `[[target]]` when the target reads as the display text,
 * else `[[target|display]]` (`\|` in a table). Display text a wikilink cannot
 * hold as plain text (brackets, something that reads as an HTML tag or entity)
 * gets a Markdown link to the note instead, where it can be escaped. So does a
 * backtick anywhere in the link: code spans bind tighter than links, so two
 * such wikilinks on a line would become one code span and neither would link.
 */
function noteLink(target: string, relative: string, display: string, anchor: string | undefined, inTable: boolean): string {
	const subpath = anchor ? `#^${anchor}` : "";
	if (/[[\]<>`]|&#?[A-Za-z0-9]+;/.test(display) || target.includes("`")) {
		const href = target === relative ? encodeNoteFile(target) : relative;
		return `[${escapeLinkText(display)}](${href}${subpath ? "#%5E" + anchor : ""})`;
	}
	if (subpath === "" && target === display) return `[[${target}]]`;
	const separator = inTable ? "\\|" : "|";
	return `[[${target}${subpath}${separator}${inTable ? display.replace(/\|/g, "\\|") : display}]]`;
}

function encodeNoteFile(name: string): string {
	return safeUrl(encodeComponent(name + NOTE_EXTENSION));
}

export function notePath(folder: string, name: string): string {
	// `folder` is already normalised and a name never holds a slash.
	return folder === "" ? name + NOTE_EXTENSION : `${folder}/${name}${NOTE_EXTENSION}`;
}

/** Converts the page at `position` in `session.pages`. Never throws: a failure comes back as a problem. */
export function convertPage(session: ImportSession, position: number): PageResult {
	const page = session.pages[position];
	const name = session.names.names[position];
	const path = notePath(session.folder, name);
	try {
		return buildNote(session, pageWithLines(session.exported, page), name, path, page.index);
	} catch (error) {
		return { ok: false, problem: problem("failed", "conversion-error", page.title, `Could not convert the page: ${errorText(error)}`, path) };
	}
}

function buildNote(session: ImportSession, page: ExportPage, name: string, path: string, pageIndex: number): PageResult {
	const { settings, options } = session;
	const warnings: ImportProblem[] = [];
	settings.currentTitle = page.title;
	settings.currentImages = [];

	let lines: readonly string[] = page.lines;
	let lineIds = page.lineIds;
	const titleLine = lines.length > 0 ? lines[0] : "";
	const shownTitle = titleLine === page.title ? "" : titleLine.trim();
	if (shownTitle !== "" && shownTitle !== page.title.trim()) {
		// Keep a title line that says something else as the first line of the note.
		lines = [page.title, ...lines];
		lineIds = lineIds ? ["", ...lineIds] : undefined;
		warnings.push(problem("warning", "title-line-differs", page.title, `The page's first line ("${shownTitle}") differs from its title; it was kept as the note's first line.`, path));
	}
	const body = convertLines(lines, lineIds, settings);
	if (body.removedControlCharacters > 0) {
		const n = body.removedControlCharacters;
		warnings.push(problem("warning", "control-characters", page.title, `${n} control character${n === 1 ? " was" : "s were"} removed from the text.`, path));
	}

	const project = session.project;
	const created = page.created !== undefined ? isoDateTime(page.created, options.timeZone) : undefined;
	const updated = page.updated !== undefined ? isoDateTime(page.updated, options.timeZone) : undefined;
	const entries: Array<[string, PropertyValue | undefined]> = [
		["title", page.title],
		["aliases", name !== page.title ? [page.title] : undefined],
		["created", created !== undefined ? { dateTime: created } : undefined],
		["updated", updated !== undefined ? { dateTime: updated } : undefined],
		["scrapbox_url", settings.pageUrlBase !== undefined ? settings.pageUrlBase + encodeTitleForUrl(wellFormed(page.title)) : undefined],
		["scrapbox_id", page.id],
		["scrapbox_project", project],
	];
	const properties = renderProperties(entries);
	const end = body.markdown === "" ? "" : "\n";
	const hash = contentHash("---\n", properties, "---\n", body.markdown, end);
	// One join makes one flat string, ready to write.
	const content = ["---\n", properties, `${HASH_KEY}: "${hash}"\n---\n`, body.markdown, end].join("");

	const createdMs = toMs(page.created);
	const updatedMs = toMs(page.updated);
	const note: PlannedNote = { title: page.title, path, content, images: dedupe(settings.currentImages), pageIndex };
	const ctime = createdMs ?? updatedMs;
	const mtime = updatedMs ?? createdMs;
	if (ctime !== undefined) note.ctime = ctime;
	if (mtime !== undefined) note.mtime = mtime;
	return { ok: true, note, warnings };
}

function toMs(seconds: number | undefined): number | undefined {
	if (seconds === undefined) return undefined;
	const ms = Math.round(seconds * 1000);
	return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? ms : undefined;
}

function dedupe(items: string[]): string[] {
	return items.length < 2 ? items : Array.from(new Set(items));
}

/** Converts a whole export. Pure; every page is parsed once. */
export function planImport(exported: ScrapboxExport, options: ImportOptions = {}): ImportPlan {
	const session = prepareImport(exported, options);
	const notes: PlannedNote[] = [];
	const problems: ImportProblem[] = [...session.problems];
	const images = new Set<string>();
	let failed = 0;
	for (let i = 0; i < session.pages.length; i++) {
		const result = convertPage(session, i);
		if (result.ok) {
			notes.push(result.note);
			problems.push(...result.warnings);
			for (const url of result.note.images) images.add(url);
		} else {
			failed++;
			problems.push(result.problem);
		}
	}
	return {
		project: session.project,
		folder: session.folder,
		notes,
		problems,
		pageCount: session.pageCount,
		skipped: exported.issues.length,
		failed,
		images: Array.from(images),
		reportPath: session.reportPath,
	};
}

// ---------------------------------------------------------------------------
// Re-import decisions

export type WriteAction = "create" | "unchanged" | "update" | "conflict";

export interface WriteDecision {
	action: WriteAction;
	/** For a conflict: edited since import, or a note the importer never wrote. */
	reason?: "edited" | "not-imported";
}

/**
 * What to do with a planned note given what is at its path now (`null`: nothing).
 * - nothing there → `create`;
 * - the same content → `unchanged` (re-importing one export changes nothing);
 * - a note the importer wrote and nobody changed since (its content matches its
 *   `scrapbox_import_hash`) → `update`;
 * - anything else → `conflict`: left as it is and reported.
 *
 * Limits: any change counts as an edit, including one made by another plugin
 * (a linter reformatting properties) or a line-ending conversion other than
 * CRLF; those notes are kept, not updated. A note renamed or moved in the vault
 * is not followed: the import writes a new note at the planned path.
 */
export function decideWrite(existing: { content: string } | null | undefined, planned: { content: string }): WriteDecision {
	if (existing === null || existing === undefined) return { action: "create" };
	const content = existing.content.indexOf("\r") === -1 ? existing.content : existing.content.replace(/\r\n?/g, "\n");
	if (content === planned.content) return { action: "unchanged" };
	const recorded = recordedHash(content);
	if (recorded === undefined) return { action: "conflict", reason: "not-imported" };
	return contentHash(withoutHash(content)) === recorded.hash ? { action: "update" } : { action: "conflict", reason: "edited" };
}

/** The problem to report for a conflict decision. */
export function conflictProblem(note: PlannedNote, decision: WriteDecision): ImportProblem {
	return decision.reason === "not-imported"
		? problem("conflict", "not-imported-note", note.title, "A note that the importer did not write is already at this path; it was left as it is.", note.path)
		: problem("conflict", "edited-since-import", note.title, "The note was edited since it was imported; it was left as it is.", note.path);
}

const HASH_LINE = new RegExp(`^${HASH_KEY}: "([0-9a-f]+)"\\n`, "m");

function recordedHash(content: string): { hash: string } | undefined {
	if (!content.startsWith("---\n")) return undefined;
	const close = content.indexOf("\n---\n", 3);
	if (close === -1) return undefined;
	const match = HASH_LINE.exec(content.slice(0, close + 1));
	return match ? { hash: match[1] } : undefined;
}

function withoutHash(content: string): string {
	const close = content.indexOf("\n---\n", 3);
	const head = content.slice(0, close + 1).replace(HASH_LINE, "");
	return head + content.slice(close + 1);
}

/**
 * The hash of a note's content (given whole or in consecutive parts): 32-bit
 * FNV-1a-style mixing of the UTF-16 code units taken two at a time, and the
 * length. It only has to notice edits, not resist anyone crafting them.
 */
export function contentHash(...parts: string[]): string {
	let h = 0x811c9dc5;
	let length = 0;
	// A code unit left over from one part pairs with the first of the next, so parts hash as their concatenation.
	let carry = -1;
	for (const text of parts) {
		let i = 0;
		if (carry !== -1 && text.length > 0) {
			h = Math.imul(h ^ (carry | (text.charCodeAt(0) << 16)), 0x01000193);
			carry = -1;
			i = 1;
		}
		const end = text.length - ((text.length - i) % 2);
		for (; i < end; i += 2) h = Math.imul(h ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), 0x01000193);
		if (end < text.length) carry = text.charCodeAt(end);
		length += text.length;
	}
	if (carry !== -1) h = Math.imul(h ^ carry, 0x01000193);
	return (h >>> 0).toString(16).padStart(8, "0") + length.toString(16);
}
