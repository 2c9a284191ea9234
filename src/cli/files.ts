/**
 * How commands that take `<file-or-dir>` find their notes: a folder is walked
 * recursively, skipping dot-folders such as `.obsidian` and `.git`, and each note
 * is named by its path relative to that folder with `/` separators. A single file
 * is named by its file name.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import { CliError } from "./command";
import { t } from "../i18n";

export interface NoteFile {
	/** Absolute path on disk. */
	absolute: string;
	/** Path relative to the folder given, with `/` separators; the file name for a single file. */
	path: string;
}

const MARKDOWN = /\.md$/i;

export async function collectNotes(target: string): Promise<NoteFile[]> {
	let info;
	try {
		info = await stat(target);
	} catch {
		throw new CliError(t("cli.error.notFound", { path: target }));
	}
	if (info.isFile()) {
		if (!MARKDOWN.test(target)) throw new CliError(t("cli.error.notMarkdown", { path: target }));
		return [{ absolute: target, path: basename(target) }];
	}
	const notes: NoteFile[] = [];
	await walk(target, target, notes);
	// A stable order, independent of the file system's, so output can be diffed.
	notes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return notes;
}

async function walk(root: string, folder: string, into: NoteFile[]): Promise<void> {
	const entries = await readdir(folder, { withFileTypes: true });
	const subfolders: Promise<void>[] = [];
	for (const entry of entries) {
		if (entry.name.startsWith(".")) continue;
		const absolute = join(folder, entry.name);
		if (entry.isDirectory()) subfolders.push(walk(root, absolute, into));
		else if (entry.isFile() && MARKDOWN.test(entry.name)) {
			into.push({ absolute, path: relative(root, absolute).split(sep).join("/") });
		}
	}
	await Promise.all(subfolders);
}

/**
 * Reads notes with bounded concurrency and hands each text to `visit` in input
 * order. Texts are not kept, so memory stays flat on large vaults.
 */
export async function forEachNoteText(
	notes: NoteFile[],
	visit: (note: NoteFile, text: string, index: number) => void,
	concurrency = 32,
): Promise<void> {
	const texts: (string | undefined)[] = new Array<string | undefined>(notes.length);
	let nextToRead = 0;
	let nextToVisit = 0;
	const flush = () => {
		while (nextToVisit < notes.length && texts[nextToVisit] !== undefined) {
			const text = texts[nextToVisit] as string;
			texts[nextToVisit] = undefined;
			visit(notes[nextToVisit], text, nextToVisit);
			nextToVisit++;
		}
	};
	const worker = async () => {
		while (nextToRead < notes.length) {
			const index = nextToRead++;
			texts[index] = await readFile(notes[index].absolute, "utf8");
			flush();
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, notes.length) }, worker));
	flush();
}
