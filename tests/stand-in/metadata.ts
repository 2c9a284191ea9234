/**
 * The metadata cache: per-file CachedMetadata parsed from the text, link
 * resolution, resolvedLinks/unresolvedLinks and the `changed`, `deleted`,
 * `resolve` and `resolved` events.
 *
 * Timing as in the app: the seed vault is indexed up front (Obsidian keeps its
 * cache between sessions); a created or modified file is re-indexed on a later
 * task, so `getFileCache` right after `vault.create` returns null and `changed`
 * arrives after `modify`. `settle()` waits for the queue (testing.ts wraps it).
 *
 * Link resolution (getLinkpathDest): an exact vault path (with or without
 * `.md`) wins; `/rooted` paths resolve only exactly; `./` and `../` resolve
 * against the source folder; otherwise files whose name matches the last path
 * part case-insensitively and whose path ends with the linkpath, those in the
 * source note's folder first, each group by shorter path, ties in vault order.
 */
import { Events, onInternal } from "./events";
import { parseYaml } from "./frontmatter";
import { parseBlocks, type Block, type ListItem } from "./markdown/blocks";
import { sectionType } from "./markdown/render";
import { getLinkpath, parentPath } from "./paths";
import { TFile, type TAbstractFile, type Vault } from "./vault";

export interface Loc {
	line: number;
	col: number;
	offset: number;
}
export interface Pos {
	start: Loc;
	end: Loc;
}
export interface CacheItem {
	position: Pos;
}
export interface ReferenceCache extends CacheItem {
	link: string;
	original: string;
	displayText?: string;
}
export interface TagCache extends CacheItem {
	tag: string;
}
export interface HeadingCache extends CacheItem {
	heading: string;
	level: number;
}
export interface SectionCache extends CacheItem {
	id?: string;
	type: string;
}
export interface ListItemCache extends CacheItem {
	id?: string;
	task?: string;
	parent: number;
}
export interface BlockCache extends CacheItem {
	id: string;
}
export interface FrontmatterLinkCache {
	key: string;
	link: string;
	original: string;
	displayText?: string;
}
export interface CachedMetadata {
	links?: ReferenceCache[];
	embeds?: ReferenceCache[];
	tags?: TagCache[];
	headings?: HeadingCache[];
	sections?: SectionCache[];
	listItems?: ListItemCache[];
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: Pos;
	frontmatterLinks?: FrontmatterLinkCache[];
	blocks?: Record<string, BlockCache>;
}

/** Offsets of each line start, to turn (line, col) into a position. */
class LineIndex {
	readonly starts: number[] = [];
	constructor(readonly lines: string[]) {
		let offset = 0;
		for (const line of lines) {
			this.starts.push(offset);
			offset += line.length + 1;
		}
	}
	loc(line: number, col: number): Loc {
		return { line, col, offset: (this.starts[line] ?? 0) + col };
	}
	pos(line: number, col: number, endLine: number, endCol: number): Pos {
		return { start: this.loc(line, col), end: this.loc(endLine, endCol) };
	}
	lineEndPos(line: number, endLine: number): Pos {
		return this.pos(line, 0, endLine, this.lines[endLine]?.length ?? 0);
	}
}

const WIKI = /(!?)\[\[([^\]\n]+?)\]\]/g;
const MD_LINK = /(!?)\[([^\]\n]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
const TAG = /(^|\s)(#[^\s!"#$%&'()*+,.:;<=>?@[\\\]^`{|}~]+)/gu;
const BLOCK_ID = /\s\^([a-zA-Z0-9-]+)\s*$/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Blanks out inline code so links inside it are not found. */
function maskCode(line: string): string {
	return line.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (m) => " ".repeat(m.length));
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** Parses a note's text into the cache object Obsidian would build. */
export function computeMetadata(text: string): CachedMetadata {
	const doc = parseBlocks(text);
	const index = new LineIndex(doc.lines);
	const cache: CachedMetadata = {};
	const sections: SectionCache[] = [];
	const headings: HeadingCache[] = [];
	const listItems: ListItemCache[] = [];
	const codeLines = new Set<number>();
	const blocks: Record<string, BlockCache> = {};

	const visitItems = (items: ListItem[], parent: number): void => {
		for (const item of items) {
			const first = item.children[0];
			const endLine = first && first.type === "paragraph" ? first.lineEnd : item.lineStart;
			const col = (doc.lines[item.lineStart].length - doc.lines[item.lineStart].trimStart().length);
			const entry: ListItemCache = { position: index.pos(item.lineStart, col, endLine, doc.lines[endLine].length), parent };
			if (item.task !== undefined) entry.task = item.task;
			const id = BLOCK_ID.exec(doc.lines[endLine]);
			if (id) {
				entry.id = id[1];
				blocks[id[1].toLowerCase()] = { id: id[1], position: entry.position };
			}
			listItems.push(entry);
			for (const child of item.children) visit(child, item.lineStart);
		}
	};
	const visit = (block: Block, listParent: number | null): void => {
		switch (block.type) {
			case "heading":
				headings.push({ heading: block.text, level: block.level, position: index.lineEndPos(block.lineStart, block.lineEnd) });
				break;
			case "code":
			case "math":
				for (let l = block.lineStart; l <= block.lineEnd; l++) codeLines.add(l);
				break;
			case "blockquote":
				for (const child of block.children) visit(child, listParent);
				break;
			case "list":
				visitItems(block.items, listParent ?? -block.items[0].lineStart);
				break;
			default:
				break;
		}
	};
	for (const block of doc.children) {
		if (block.type === "frontmatter") {
			for (let l = block.lineStart; l <= block.lineEnd; l++) codeLines.add(l);
			cache.frontmatterPosition = index.lineEndPos(block.lineStart, block.lineEnd);
			try {
				const data = parseYaml(block.content);
				if (data && typeof data === "object" && !Array.isArray(data)) cache.frontmatter = data as Record<string, unknown>;
			} catch {
				// Obsidian leaves a malformed frontmatter out of the cache.
			}
		}
		const end = block.type === "list" ? block.lineEnd : block.lineEnd;
		const section: SectionCache = { type: sectionType(block), position: index.lineEndPos(block.lineStart, end) };
		const id = block.type === "paragraph" ? BLOCK_ID.exec(doc.lines[block.lineEnd]) : null;
		if (id) {
			section.id = id[1];
			blocks[id[1].toLowerCase()] = { id: id[1], position: section.position };
		}
		sections.push(section);
		visit(block, null);
	}

	const links: ReferenceCache[] = [];
	const embeds: ReferenceCache[] = [];
	const tags: TagCache[] = [];
	doc.lines.forEach((raw, line) => {
		if (codeLines.has(line)) return;
		const masked = maskCode(raw);
		for (const m of masked.matchAll(WIKI)) {
			const inner = m[2];
			const bar = inner.search(/\\?\|/);
			const target = (bar === -1 ? inner : inner.slice(0, bar)).trim();
			const alias = bar === -1 ? undefined : inner.slice(bar + (inner[bar] === "\\" ? 2 : 1));
			const ref: ReferenceCache = { link: target, original: m[0], displayText: alias ?? target, position: index.pos(line, m.index ?? 0, line, (m.index ?? 0) + m[0].length) };
			(m[1] ? embeds : links).push(ref);
		}
		for (const m of masked.matchAll(MD_LINK)) {
			if (HAS_SCHEME.test(m[3])) continue;
			const ref: ReferenceCache = { link: safeDecode(m[3]), original: m[0], displayText: m[2], position: index.pos(line, m.index ?? 0, line, (m.index ?? 0) + m[0].length) };
			(m[1] ? embeds : links).push(ref);
		}
		for (const m of masked.matchAll(TAG)) {
			const tag = m[2];
			if (/^#\d+$/.test(tag)) continue;
			const col = (m.index ?? 0) + m[1].length;
			tags.push({ tag, position: index.pos(line, col, line, col + tag.length) });
		}
	});
	const byPosition = (a: CacheItem, b: CacheItem): number => a.position.start.offset - b.position.start.offset;
	if (links.length) cache.links = links.sort(byPosition);
	if (embeds.length) cache.embeds = embeds.sort(byPosition);
	if (tags.length) cache.tags = tags;
	if (headings.length) cache.headings = headings;
	if (sections.length) cache.sections = sections;
	if (listItems.length) cache.listItems = listItems.sort(byPosition);
	if (Object.keys(blocks).length) cache.blocks = blocks;
	if (cache.frontmatter) {
		const fmLinks: FrontmatterLinkCache[] = [];
		const walk = (value: unknown, key: string): void => {
			if (typeof value === "string") {
				const m = /^\[\[([^\]]+)\]\]$/.exec(value.trim());
				if (m) {
					const [target, alias] = m[1].split("|");
					fmLinks.push({ key, link: target, original: value, displayText: alias ?? target });
				}
			} else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${key}.${i}`));
		};
		for (const [key, value] of Object.entries(cache.frontmatter)) walk(value, key);
		if (fmLinks.length) cache.frontmatterLinks = fmLinks;
	}
	return cache;
}

export function getAllTags(cache: CachedMetadata): string[] | null {
	const out: string[] = [];
	const fm = cache.frontmatter?.tags ?? cache.frontmatter?.tag;
	const fmTags = Array.isArray(fm) ? fm : typeof fm === "string" ? fm.split(/[,\s]+/) : [];
	for (const t of fmTags) if (t !== null && String(t).trim()) out.push(String(t).startsWith("#") ? String(t) : `#${String(t)}`);
	for (const t of cache.tags ?? []) out.push(t.tag);
	return out.length > 0 ? out : null;
}

export class MetadataCache extends Events {
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	private readonly caches = new Map<string, CachedMetadata>();
	private readonly pending = new Set<string>();
	private timer: ReturnType<typeof setTimeout> | null = null;
	/** Lower-cased file name → files, and lower-cased path → file; rebuilt after the tree changes. */
	private byName: Map<string, TFile[]> | null = null;
	private byPath: Map<string, TFile> | null = null;
	private idle: Promise<void> = Promise.resolve();
	private resolveIdle: (() => void) | null = null;

	constructor(private readonly vault: Vault) {
		super();
		for (const file of vault.getMarkdownFiles()) this.caches.set(file.path, computeMetadata(vault.peek(file)));
		this.resolveAll();
		onInternal(vault, "create", (file: TAbstractFile) => {
			this.dropIndex();
			this.enqueue(file);
		});
		onInternal(vault, "modify", (file: TAbstractFile) => this.enqueue(file));
		onInternal(vault, "delete", (file: TAbstractFile) => {
			this.dropIndex();
			this.onDelete(file);
		});
		onInternal(vault, "rename", (file: TAbstractFile, oldPath: string) => {
			this.dropIndex();
			this.onRename(file, oldPath);
		});
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	private dropIndex(): void {
		this.byName = null;
		this.byPath = null;
	}

	private index(): { byName: Map<string, TFile[]>; byPath: Map<string, TFile> } {
		if (!this.byName || !this.byPath) {
			const byName = new Map<string, TFile[]>();
			const byPath = new Map<string, TFile>();
			for (const file of this.vault.getFiles()) {
				const name = file.name.toLowerCase();
				const list = byName.get(name);
				if (list) list.push(file);
				else byName.set(name, [file]);
				const lower = file.path.toLowerCase();
				if (!byPath.has(lower)) byPath.set(lower, file);
			}
			this.byName = byName;
			this.byPath = byPath;
		}
		return { byName: this.byName, byPath: this.byPath };
	}

	/** All candidates for a linkpath, best first (Obsidian's internal getLinkpathDest). */
	getLinkpathDest(linkpath: string, sourcePath: string): TFile[] {
		const path = getLinkpath(linkpath);
		if (path === "") {
			const source = this.vault.getFileByPath(sourcePath);
			return source ? [source] : [];
		}
		const { byName, byPath } = this.index();
		const exact = (p: string): TFile | undefined => {
			const lower = p.toLowerCase();
			return byPath.get(lower) ?? byPath.get(`${lower}.md`);
		};
		if (path.startsWith("/")) {
			const hit = exact(path.replace(/^\/+/, ""));
			return hit ? [hit] : [];
		}
		if (path.startsWith("./") || path.startsWith("../")) {
			const parts = parentPath(sourcePath) === "/" ? [] : parentPath(sourcePath).split("/");
			let rest = path;
			for (;;) {
				if (rest.startsWith("./")) rest = rest.slice(2);
				else if (rest.startsWith("../")) {
					parts.pop();
					rest = rest.slice(3);
				} else break;
			}
			const hit = exact([...parts, rest].join("/"));
			if (hit) return [hit];
		}
		const direct = exact(path);
		const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
		const lower = path.toLowerCase();
		const candidates = [...(byName.get(name) ?? []), ...(byName.get(`${name}.md`) ?? [])].filter((f) => {
			const fpath = f.path.toLowerCase();
			return fpath === lower || fpath === `${lower}.md` || fpath.endsWith(`/${lower}`) || fpath.endsWith(`/${lower}.md`);
		});
		const folder = parentPath(sourcePath);
		const prefix = folder === "/" ? "" : `${folder.toLowerCase()}/`;
		const byLength = (a: TFile, b: TFile): number => a.path.length - b.path.length;
		const same = candidates.filter((f) => prefix !== "" && f.path.toLowerCase().startsWith(prefix)).sort(byLength);
		const other = candidates.filter((f) => !same.includes(f)).sort(byLength);
		const ordered = [...same, ...other];
		if (direct) return [direct, ...ordered.filter((f) => f !== direct)];
		return ordered;
	}

	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		return this.getLinkpathDest(linkpath, sourcePath)[0] ?? null;
	}

	/** The shortest linktext that still resolves to `file` from `sourcePath`. */
	fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
		const full = omitMdExtension && file.extension === "md" ? file.path.slice(0, -3) : file.path;
		const short = omitMdExtension && file.extension === "md" ? file.basename : file.name;
		return this.getFirstLinkpathDest(short, sourcePath) === file ? short : full;
	}

	/** Whether files are waiting to be indexed. */
	isBusy(): boolean {
		return this.pending.size > 0 || this.timer !== null;
	}

	/** Resolves after every queued file has been indexed and resolved. */
	settle(): Promise<void> {
		return this.idle;
	}

	private enqueue(file: TAbstractFile): void {
		if (!(file instanceof TFile) || file.extension !== "md") return;
		this.pending.add(file.path);
		if (!this.resolveIdle) this.idle = new Promise((resolve) => (this.resolveIdle = resolve));
		if (this.timer === null) this.timer = setTimeout(() => this.flush(), 0);
	}

	private flush(): void {
		this.timer = null;
		const paths = Array.from(this.pending);
		this.pending.clear();
		for (const path of paths) {
			const file = this.vault.getFileByPath(path);
			if (!file) continue;
			const data = this.vault.peek(file);
			const cache = computeMetadata(data);
			this.caches.set(path, cache);
			this.trigger("changed", file, data, cache);
		}
		this.resolveAll();
		for (const path of paths) {
			const file = this.vault.getFileByPath(path);
			if (file) this.trigger("resolve", file);
		}
		this.trigger("resolved");
		if (this.pending.size === 0) {
			const done = this.resolveIdle;
			this.resolveIdle = null;
			done?.();
		}
	}

	private onDelete(file: TAbstractFile): void {
		if (!(file instanceof TFile)) return;
		const prev = this.caches.get(file.path) ?? null;
		this.caches.delete(file.path);
		this.pending.delete(file.path);
		this.trigger("deleted", file, prev);
		this.resolveAll();
		this.trigger("resolved");
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		if (!(file instanceof TFile)) return;
		const cache = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (cache) this.caches.set(file.path, cache);
		else if (file.extension === "md") this.enqueue(file);
		this.resolveAll();
	}

	/** Recomputes resolvedLinks and unresolvedLinks for every note. */
	resolveAll(): void {
		const resolved: Record<string, Record<string, number>> = {};
		const unresolved: Record<string, Record<string, number>> = {};
		for (const [path, cache] of this.caches) {
			const r: Record<string, number> = {};
			const u: Record<string, number> = {};
			for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])]) {
				const linkpath = getLinkpath(ref.link);
				if (linkpath === "") continue;
				const dest = this.getFirstLinkpathDest(linkpath, path);
				if (dest) r[dest.path] = (r[dest.path] ?? 0) + 1;
				else u[linkpath] = (u[linkpath] ?? 0) + 1;
			}
			resolved[path] = r;
			unresolved[path] = u;
		}
		this.resolvedLinks = resolved;
		this.unresolvedLinks = unresolved;
	}
}
