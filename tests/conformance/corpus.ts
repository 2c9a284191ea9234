/**
 * Access to the shared real-world corpus (`../shared/corpus`, or the folder
 * given to `npm run conformance -- <dir>`). It is test data, never part of the
 * repository; when it is absent every corpus test skips with a message.
 * (Paths resolve from the project root, where vitest runs: under happy-dom
 * `import.meta.url` is not a file URL.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

const configured = process.env.SCRAPBOX_LENS_CORPUS ?? resolve(process.cwd(), "../shared/corpus");

export const corpusDir: string | null = existsSync(configured) ? configured : null;

export const corpusMissingMessage = `corpus not found at ${configured}; corpus checks skipped`;

export interface CorpusNote {
	/** Path relative to the corpus sub-folder, with `/` separators. */
	path: string;
	text: string;
}

/** Every `.md` under a corpus sub-folder such as `markdown-en`, sorted by path. */
export function readCorpusNotes(subfolder: string): CorpusNote[] {
	if (!corpusDir) return [];
	const base = join(corpusDir, subfolder);
	if (!existsSync(base)) return [];
	const out: CorpusNote[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			if (name.startsWith(".")) continue;
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith(".md")) out.push({ path: relative(base, full).split(sep).join("/"), text: readFileSync(full, "utf8") });
		}
	};
	walk(base);
	return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

export function readCorpusFile(name: string): string | null {
	if (!corpusDir) return null;
	const full = join(corpusDir, name);
	return existsSync(full) ? readFileSync(full, "utf8") : null;
}
