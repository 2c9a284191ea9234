/**
 * YAML and frontmatter helpers with Obsidian's names. Parsing uses the `yaml`
 * package, so a malformed block throws a `YAMLParseError` as in the app.
 */
import { parse, stringify } from "yaml";
import { frontmatterEnd, splitLines } from "./markdown/blocks";

/** Warnings (odd keys such as `{{date}}` in templates) stay quiet; errors throw. */
const QUIET = { logLevel: "error" } as const;

export function parseYaml(yaml: string): unknown {
	return parse(yaml, QUIET);
}

export function stringifyYaml(obj: unknown): string {
	return stringify(obj);
}

export interface FrontMatterInfo {
	exists: boolean;
	frontmatter: string;
	from: number;
	to: number;
	contentStart: number;
}

export function getFrontMatterInfo(content: string): FrontMatterInfo {
	const lines = splitLines(content);
	const end = frontmatterEnd(lines);
	if (end === 0) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	const firstBreak = content.indexOf("\n") + 1;
	let offset = 0;
	for (let i = 0; i < end - 1; i++) offset = content.indexOf("\n", offset) + 1;
	const closing = content.indexOf("\n", offset);
	const contentStart = closing === -1 ? content.length : closing + 1;
	return { exists: true, frontmatter: content.slice(firstBreak, offset), from: firstBreak, to: offset, contentStart };
}

export function parseFrontMatterEntry(frontmatter: Record<string, unknown> | null | undefined, key: string | RegExp): unknown {
	if (!frontmatter) return null;
	if (typeof key === "string") return key in frontmatter ? frontmatter[key] : null;
	for (const k of Object.keys(frontmatter)) if (key.test(k)) return frontmatter[k];
	return null;
}

export function parseFrontMatterStringArray(frontmatter: Record<string, unknown> | null | undefined, key: string | RegExp, nospaces = false): string[] | null {
	const value = parseFrontMatterEntry(frontmatter, key);
	if (value === null || value === undefined) return null;
	const raw = Array.isArray(value) ? value : typeof value === "string" ? value.split(nospaces ? /[,\s]+/ : /,/) : [value];
	const out = raw.filter((v) => v !== null && v !== undefined).map((v) => String(v).trim()).filter((v) => v.length > 0);
	return out.length > 0 ? out : null;
}

export function parseFrontMatterTags(frontmatter: Record<string, unknown> | null | undefined): string[] | null {
	const tags = parseFrontMatterStringArray(frontmatter, /^tags?$/i, true);
	return tags ? tags.map((t) => (t.startsWith("#") ? t : `#${t}`)) : null;
}

export function parseFrontMatterAliases(frontmatter: Record<string, unknown> | null | undefined): string[] | null {
	return parseFrontMatterStringArray(frontmatter, /^alias(es)?$/i);
}

/** Splits a note into its frontmatter object (empty when absent) and the rest, for processFrontMatter. */
export function splitFrontmatter(content: string): { data: Record<string, unknown>; body: string; exists: boolean } {
	const info = getFrontMatterInfo(content);
	if (!info.exists) return { data: {}, body: content, exists: false };
	const parsed = parse(info.frontmatter, QUIET) as unknown;
	const data = parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
	return { data, body: content.slice(info.contentStart), exists: true };
}

/** Writes a frontmatter object back in front of the body; an empty object removes the block. */
export function joinFrontmatter(data: Record<string, unknown>, body: string): string {
	if (Object.keys(data).length === 0) return body;
	return `---\n${stringify(data)}---\n${body}`;
}
