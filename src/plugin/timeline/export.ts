/**
 * Writing a timeline out: a Markdown note or a JSON Canvas file, created
 * through the Vault API beside its source under a name no file has yet
 * (never overwriting), then opened in a new tab.
 */
import { normalizePath, TFolder, type App, type TFile } from "obsidian";
import { timelineToCanvas, timelineToMarkdown, type TimelineEvent } from "../../core/timeline";
import type { DateLanguage } from "../../core/dates";

export type ExportKind = "markdown" | "canvas";

/** A file name from a note, folder, tag or vault name: no characters Obsidian or the file system reject, no leading dots. */
export function safeFileName(name: string): string {
	const cleaned = name
		.normalize("NFC")
		.replace(/[\\/]/g, "-")
		.replace(/[*"<>:|?#^[\]]/g, "")
		// eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
		.replace(/[\u0000-\u001f\u007f]/g, "")
		.replace(/\s+/g, " ")
		.trim()
		.replace(/^\.+/, "");
	return cleaned.slice(0, 180) || "Timeline";
}

/**
 * `folder/base.ext`, or `base 1.ext`, `base 2.ext`, … — the first that no file
 * in the folder has, compared case-insensitively (create checks the disk,
 * which is case-insensitive on macOS and Windows).
 */
export function freePath(app: App, folder: string, base: string, extension: string): string {
	const parent = app.vault.getAbstractFileByPath(folder === "" ? "/" : folder);
	const taken = new Set<string>();
	if (parent instanceof TFolder) for (const child of parent.children) taken.add(child.name.toLowerCase());
	const prefix = folder === "" || folder === "/" ? "" : `${folder}/`;
	for (let n = 0; ; n++) {
		const name = n === 0 ? `${base}.${extension}` : `${base} ${n}.${extension}`;
		if (!taken.has(name.toLowerCase())) return normalizePath(prefix + name);
	}
}

export interface ExportRequest {
	kind: ExportKind;
	events: readonly TimelineEvent[];
	/** The folder the export goes in ("" for the vault root). */
	folder: string;
	/** The new file's name without extension (made safe here). */
	name: string;
	/** The Markdown note's first heading. */
	heading: string;
	language: DateLanguage;
	/** Canvas cards spaced by time rather than stacked. */
	proportional: boolean;
}

/** The exported text for a request: Markdown, or JSON Canvas 1.0 with tabs. */
export function exportText(request: ExportRequest): string {
	if (request.kind === "markdown") return timelineToMarkdown(request.events, { language: request.language, heading: request.heading });
	const canvas = timelineToCanvas(request.events, { language: request.language, layout: request.proportional ? "proportional" : "sequential" });
	return JSON.stringify(canvas, null, "\t");
}

/** Creates the export under a free name (retrying if a file appears meanwhile) and returns it. */
export async function writeExport(app: App, request: ExportRequest): Promise<TFile> {
	const base = safeFileName(request.name);
	const extension = request.kind === "markdown" ? "md" : "canvas";
	const data = exportText(request);
	let lastError: unknown = null;
	for (let attempt = 0; attempt < 5; attempt++) {
		const path = freePath(app, request.folder, base, extension);
		try {
			return await app.vault.create(path, data);
		} catch (error) {
			// Someone else took the name between our look and the write: look again.
			lastError = error;
			if (!app.vault.getAbstractFileByPath(path)) break;
		}
	}
	throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
