/**
 * An in-memory vault that behaves like Obsidian's where plugins can tell:
 * the file tree (TFile/TFolder with parent, children, stat), the errors
 * (`File already exists.`, `Folder already exists.`, ENOENT for a missing
 * parent folder), events fired before the promise resolves, and a minimal
 * DataAdapter over the same storage (the config folder lives only there).
 *
 * The file system is case-insensitive by default, as on macOS and Windows:
 * `create("note.md")` throws when `Note.md` exists, although
 * `getAbstractFileByPath("note.md")` (always case-sensitive) returns null.
 */
import { Events } from "./events";
import { fileName, normalizePath, parentPath, splitExtension } from "./paths";

export interface FileStats {
	ctime: number;
	mtime: number;
	size: number;
}
export interface DataWriteOptions {
	ctime?: number;
	mtime?: number;
}
export interface Stat extends FileStats {
	type: "file" | "folder";
}
export interface ListedFiles {
	files: string[];
	folders: string[];
}

export abstract class TAbstractFile {
	vault!: Vault;
	path = "";
	name = "";
	parent: TFolder | null = null;
}

export class TFile extends TAbstractFile {
	stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "";
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.parent === null && this.path === "/";
	}
}

type Content = string | ArrayBuffer;

function sizeOf(data: Content): number {
	return typeof data === "string" ? new TextEncoder().encode(data).byteLength : data.byteLength;
}

function enoent(path: string, op = "open"): Error {
	const error = new Error(`ENOENT: no such file or directory, ${op} '${path}'`) as Error & { code: string };
	error.code = "ENOENT";
	return error;
}

/** Visits a file, or a folder and everything under it. */
function walk(root: TAbstractFile, cb: (file: TAbstractFile) => unknown): void {
	const stack: TAbstractFile[] = [root];
	while (stack.length > 0) {
		const file = stack.pop() as TAbstractFile;
		cb(file);
		if (file instanceof TFolder) stack.push(...file.children);
	}
}

function isHiddenPath(path: string): boolean {
	return path.split("/").some((part) => part.startsWith("."));
}

export interface VaultOptions {
	name?: string;
	/** Default false: names compare case-insensitively on create/rename, as on macOS and Windows. */
	caseSensitive?: boolean;
	/** Base URL for getResourcePath (the e2e harness serves the vault from it). */
	resourceBase?: string;
	now?: () => number;
}

export class Vault extends Events {
	configDir = ".obsidian";
	adapter: MemoryAdapter;
	/** Every read, for tests that prove work is deferred (see testing.ts). */
	readonly readLog: { path: string; cached: boolean; layoutReady: boolean }[] = [];
	/** Set by the app: whether the workspace layout is ready now. */
	isLayoutReady: () => boolean = () => true;

	private readonly fileMap = new Map<string, TAbstractFile>();
	private readonly root: TFolder;
	readonly options: Required<VaultOptions>;

	constructor(options: VaultOptions = {}) {
		super();
		this.options = {
			name: options.name ?? "Vault",
			caseSensitive: options.caseSensitive ?? false,
			resourceBase: options.resourceBase ?? "app://local/",
			now: options.now ?? (() => Date.now()),
		};
		this.root = new TFolder();
		this.root.vault = this;
		this.root.path = "/";
		this.root.name = "";
		this.fileMap.set("/", this.root);
		this.adapter = new MemoryAdapter(this);
	}

	getName(): string {
		return this.options.name;
	}

	getRoot(): TFolder {
		return this.root;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.fileMap.get(normalizePath(path)) ?? null;
	}

	/** Exact match first, then a case-insensitive one (Obsidian has this, undocumented). */
	getAbstractFileByPathInsensitive(path: string): TAbstractFile | null {
		const normal = normalizePath(path);
		const exact = this.fileMap.get(normal);
		if (exact) return exact;
		const lower = normal.toLowerCase();
		for (const [key, file] of this.fileMap) if (key.length === normal.length && key.toLowerCase() === lower) return file;
		return null;
	}

	getFileByPath(path: string): TFile | null {
		const file = this.getAbstractFileByPath(path);
		return file instanceof TFile ? file : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const folder = this.getAbstractFileByPath(path);
		return folder instanceof TFolder ? folder : null;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return Array.from(this.fileMap.values());
	}

	getAllFolders(includeRoot = false): TFolder[] {
		return this.getAllLoadedFiles().filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
	}

	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
		walk(root, cb);
	}

	getFiles(): TFile[] {
		return this.getAllLoadedFiles().filter((f): f is TFile => f instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	/** Whether something already sits at `path` on this file system (case rules apply). */
	private occupied(path: string): boolean {
		if (this.fileMap.has(path)) return true;
		if (this.options.caseSensitive) return false;
		return this.getAbstractFileByPathInsensitive(path) !== null;
	}

	private requireParent(path: string, op: string): TFolder {
		const parent = this.getAbstractFileByPath(parentPath(path));
		if (!(parent instanceof TFolder)) throw enoent(path, op);
		return parent;
	}

	private attach(file: TAbstractFile, path: string, parent: TFolder): void {
		file.vault = this;
		file.path = path;
		file.name = fileName(path);
		file.parent = parent;
		if (file instanceof TFile) Object.assign(file, splitExtension(file.name));
		parent.children.push(file);
		this.fileMap.set(path, file);
	}

	private newFile(path: string, data: Content, options: DataWriteOptions | undefined): TFile {
		const parent = this.requireParent(path, "open");
		const now = this.options.now();
		const file = new TFile();
		file.stat = { ctime: options?.ctime ?? now, mtime: options?.mtime ?? now, size: sizeOf(data) };
		this.attach(file, path, parent);
		this.adapter.store.set(path, data);
		return file;
	}

	async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
		const normal = normalizePath(path);
		if (this.occupied(normal)) throw new Error("File already exists.");
		const file = this.newFile(normal, data, options);
		this.trigger("create", file);
		return file;
	}

	async createBinary(path: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<TFile> {
		const normal = normalizePath(path);
		if (this.occupied(normal)) throw new Error("File already exists.");
		const file = this.newFile(normal, data.slice(0), options);
		this.trigger("create", file);
		return file;
	}

	/** Creates the folder and any missing ancestors (the desktop adapter's mkdir is recursive). */
	async createFolder(path: string): Promise<TFolder> {
		const normal = normalizePath(path);
		if (this.occupied(normal)) throw new Error("Folder already exists.");
		return this.ensureFolder(normal);
	}

	private ensureFolder(path: string): TFolder {
		const existing = this.getAbstractFileByPath(path);
		if (existing instanceof TFolder) return existing;
		if (existing) throw new Error(`A file already exists at ${path}.`);
		const parent = this.ensureFolder(parentPath(path));
		const folder = new TFolder();
		this.attach(folder, path, parent);
		this.trigger("create", folder);
		return folder;
	}

	private contentOf(file: TFile): Content {
		if (this.fileMap.get(file.path) !== file) throw enoent(file.path);
		const data = this.adapter.store.get(file.path);
		if (data === undefined) throw enoent(file.path);
		return data;
	}

	async read(file: TFile): Promise<string> {
		this.readLog.push({ path: file.path, cached: false, layoutReady: this.isLayoutReady() });
		const data = this.contentOf(file);
		return typeof data === "string" ? data : new TextDecoder().decode(data);
	}

	async cachedRead(file: TFile): Promise<string> {
		this.readLog.push({ path: file.path, cached: true, layoutReady: this.isLayoutReady() });
		const data = this.contentOf(file);
		return typeof data === "string" ? data : new TextDecoder().decode(data);
	}

	async readBinary(file: TFile): Promise<ArrayBuffer> {
		this.readLog.push({ path: file.path, cached: false, layoutReady: this.isLayoutReady() });
		const data = this.contentOf(file);
		return typeof data === "string" ? (new TextEncoder().encode(data).buffer) : data.slice(0);
	}

	/** Synchronous read for the stand-in's own views and cache (not logged). */
	peek(file: TFile): string {
		const data = this.adapter.store.get(file.path);
		return typeof data === "string" ? data : data ? new TextDecoder().decode(data) : "";
	}

	getResourcePath(file: TFile): string {
		return `${this.options.resourceBase}${encodeURI(file.path)}?${file.stat.mtime}`;
	}

	private write(file: TFile, data: Content, options?: DataWriteOptions): void {
		this.contentOf(file);
		this.adapter.store.set(file.path, data);
		file.stat = {
			ctime: options?.ctime ?? file.stat.ctime,
			mtime: options?.mtime ?? this.options.now(),
			size: sizeOf(data),
		};
		this.trigger("modify", file);
	}

	async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		this.write(file, data, options);
	}

	async modifyBinary(file: TFile, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		this.write(file, data.slice(0), options);
	}

	async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		this.write(file, this.peek(file) + data, options);
	}

	async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		const next = fn(this.peek(file));
		this.write(file, next, options);
		return next;
	}

	private detachFromTree(file: TAbstractFile): TAbstractFile[] {
		const removed: TAbstractFile[] = [];
		walk(file, (f) => removed.push(f));
		for (const f of removed) {
			this.fileMap.delete(f.path);
			this.adapter.store.delete(f.path);
		}
		file.parent?.children.remove(file);
		return removed;
	}

	async delete(file: TAbstractFile, _force?: boolean): Promise<void> {
		this.remove(file);
	}

	/** Removes a file or folder and fires `delete`, children first (shared by delete, trash and the adapter). */
	remove(file: TAbstractFile): void {
		if (this.fileMap.get(file.path) !== file || file === this.root) throw enoent(file.path, "unlink");
		const removed = this.detachFromTree(file);
		for (const f of removed.reverse()) this.trigger("delete", f);
	}

	/** Moves to the trash (kept in `trashed` for tests), then fires `delete` as Obsidian does. */
	readonly trashed: string[] = [];

	async trash(file: TAbstractFile, _system: boolean): Promise<void> {
		await this.moveToTrash(file);
	}

	/** What trash does; FileManager.trashFile calls it too. */
	async moveToTrash(file: TAbstractFile): Promise<void> {
		this.trashed.push(file.path);
		this.remove(file);
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		const normal = normalizePath(newPath);
		if (this.fileMap.get(file.path) !== file) throw enoent(file.path, "rename");
		const caseOnly = normal.toLowerCase() === file.path.toLowerCase();
		if (normal !== file.path && (this.fileMap.has(normal) || (!caseOnly && this.occupied(normal)))) {
			throw new Error("Destination file already exists!");
		}
		const parent = this.requireParent(normal, "rename");
		const moved: { file: TAbstractFile; oldPath: string }[] = [];
		walk(file, (f) => moved.push({ file: f, oldPath: f.path }));
		for (const m of moved) this.fileMap.delete(m.oldPath);
		const oldPath = file.path;
		file.parent?.children.remove(file);
		const data = new Map<string, Content>();
		for (const m of moved) {
			const content = this.adapter.store.get(m.oldPath);
			if (content !== undefined) data.set(m.oldPath, content);
			this.adapter.store.delete(m.oldPath);
		}
		this.attach(file, normal, parent);
		for (const m of moved) {
			if (m.file === file) continue;
			m.file.path = normal + m.oldPath.slice(oldPath.length);
			this.fileMap.set(m.file.path, m.file);
		}
		for (const m of moved) {
			const content = data.get(m.oldPath);
			if (content !== undefined) this.adapter.store.set(m.file.path, content);
			this.trigger("rename", m.file, m.oldPath);
		}
	}

	async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
		const normal = normalizePath(newPath);
		if (this.occupied(normal)) throw new Error("File already exists.");
		if (file instanceof TFile) {
			const data = this.contentOf(file);
			const copy = this.newFile(normal, typeof data === "string" ? data : data.slice(0), undefined);
			this.trigger("create", copy);
			return copy as unknown as T;
		}
		const folder = await this.createFolder(normal);
		if (file instanceof TFolder) for (const child of file.children.slice()) await this.copy(child, `${normal}/${child.name}`);
		return folder as unknown as T;
	}

	/** A write through the adapter to a vault path: the file watcher's view of it. */
	externalWrite(path: string, data: Content): void {
		const existing = this.getAbstractFileByPath(path);
		if (existing instanceof TFile) {
			this.write(existing, data);
			return;
		}
		if (existing) throw new Error(`EISDIR: illegal operation on a directory, open '${path}'`);
		const file = this.newFile(path, data, undefined);
		this.trigger("create", file);
	}

	/** Loads seed files without events (the vault as it is on disk at startup). */
	seed(files: Record<string, string>): void {
		for (const [path, data] of Object.entries(files)) {
			const normal = normalizePath(path);
			if (isHiddenPath(normal)) {
				this.adapter.store.set(normal, data);
				continue;
			}
			const parent = this.ensureFolderSilently(parentPath(normal));
			const now = this.options.now();
			const file = new TFile();
			file.stat = { ctime: now, mtime: now, size: sizeOf(data) };
			this.attach(file, normal, parent);
			this.adapter.store.set(normal, data);
		}
	}

	private ensureFolderSilently(path: string): TFolder {
		const existing = this.getAbstractFileByPath(path);
		if (existing instanceof TFolder) return existing;
		const parent = this.ensureFolderSilently(parentPath(path));
		const folder = new TFolder();
		this.attach(folder, path, parent);
		return folder;
	}
}

/**
 * A minimal DataAdapter over the same storage. Paths under a dot-folder
 * (the config folder, `.trash`) live only here, as they do in Obsidian;
 * writes elsewhere reach the vault the way the file watcher would.
 */
export class MemoryAdapter {
	readonly store = new Map<string, Content>();
	private readonly folders = new Set<string>();

	constructor(private readonly vault: Vault) {}

	getName(): string {
		return this.vault.getName();
	}

	private isFolder(path: string): boolean {
		if (path === "/" || path === "") return true;
		if (this.folders.has(path) || this.vault.getFolderByPath(path)) return true;
		const prefix = `${path}/`;
		for (const key of this.store.keys()) if (key.startsWith(prefix)) return true;
		return false;
	}

	async exists(normalizedPath: string, sensitive?: boolean): Promise<boolean> {
		if (this.store.has(normalizedPath) || this.isFolder(normalizedPath)) return true;
		if (sensitive || this.vault.options.caseSensitive) return false;
		const lower = normalizedPath.toLowerCase();
		for (const key of this.store.keys()) if (key.toLowerCase() === lower) return true;
		return false;
	}

	async stat(normalizedPath: string): Promise<Stat | null> {
		const file = this.vault.getFileByPath(normalizedPath);
		if (file) return { type: "file", ...file.stat };
		const data = this.store.get(normalizedPath);
		if (data !== undefined) return { type: "file", ctime: 0, mtime: 0, size: sizeOf(data) };
		if (this.isFolder(normalizedPath)) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
		return null;
	}

	async list(normalizedPath: string): Promise<ListedFiles> {
		const base = normalizedPath === "/" || normalizedPath === "" ? "" : `${normalizedPath}/`;
		const files = new Set<string>();
		const folders = new Set<string>();
		const candidates = [...this.store.keys(), ...this.folders, ...this.vault.getAllFolders().map((f) => f.path)];
		for (const key of candidates) {
			if (!key.startsWith(base) || key === normalizedPath) continue;
			const rest = key.slice(base.length);
			const slash = rest.indexOf("/");
			if (slash === -1) (this.store.has(key) ? files : folders).add(key);
			else folders.add(base + rest.slice(0, slash));
		}
		return { files: Array.from(files).sort(), folders: Array.from(folders).sort() };
	}

	async read(normalizedPath: string): Promise<string> {
		const data = this.store.get(normalizedPath);
		if (data === undefined) throw enoent(normalizedPath);
		return typeof data === "string" ? data : new TextDecoder().decode(data);
	}

	async readBinary(normalizedPath: string): Promise<ArrayBuffer> {
		const data = this.store.get(normalizedPath);
		if (data === undefined) throw enoent(normalizedPath);
		return typeof data === "string" ? (new TextEncoder().encode(data).buffer) : data.slice(0);
	}

	private put(path: string, data: Content): void {
		if (!isHiddenPath(path)) {
			this.vault.externalWrite(path, data);
			return;
		}
		const parent = parentPath(path);
		if (parent !== "/" && !this.isFolder(parent)) throw enoent(path);
		this.store.set(path, data);
	}

	async write(normalizedPath: string, data: string, _options?: DataWriteOptions): Promise<void> {
		this.put(normalizedPath, data);
	}

	async writeBinary(normalizedPath: string, data: ArrayBuffer, _options?: DataWriteOptions): Promise<void> {
		this.put(normalizedPath, data.slice(0));
	}

	async append(normalizedPath: string, data: string, _options?: DataWriteOptions): Promise<void> {
		const current = this.store.has(normalizedPath) ? await this.read(normalizedPath) : "";
		this.put(normalizedPath, current + data);
	}

	async process(normalizedPath: string, fn: (data: string) => string, _options?: DataWriteOptions): Promise<string> {
		const next = fn(await this.read(normalizedPath));
		this.put(normalizedPath, next);
		return next;
	}

	getResourcePath(normalizedPath: string): string {
		return `${this.vault.options.resourceBase}${encodeURI(normalizedPath)}`;
	}

	async mkdir(normalizedPath: string): Promise<void> {
		if (!isHiddenPath(normalizedPath)) {
			if (!this.vault.getFolderByPath(normalizedPath)) await this.vault.createFolder(normalizedPath);
			return;
		}
		let path = normalizedPath;
		while (path !== "/" && path !== "") {
			this.folders.add(path);
			path = parentPath(path);
		}
	}

	async trashSystem(normalizedPath: string): Promise<boolean> {
		await this.remove(normalizedPath);
		return true;
	}

	async trashLocal(normalizedPath: string): Promise<void> {
		await this.remove(normalizedPath);
	}

	async rmdir(normalizedPath: string, recursive: boolean): Promise<void> {
		const listing = await this.list(normalizedPath);
		if (!recursive && listing.files.length + listing.folders.length > 0) throw new Error(`ENOTEMPTY: directory not empty, rmdir '${normalizedPath}'`);
		const folder = this.vault.getFolderByPath(normalizedPath);
		if (folder) {
			this.vault.remove(folder);
			return;
		}
		for (const key of Array.from(this.store.keys())) if (key.startsWith(`${normalizedPath}/`)) this.store.delete(key);
		for (const key of Array.from(this.folders)) if (key === normalizedPath || key.startsWith(`${normalizedPath}/`)) this.folders.delete(key);
	}

	async remove(normalizedPath: string): Promise<void> {
		const file = this.vault.getFileByPath(normalizedPath);
		if (file) {
			this.vault.remove(file);
			return;
		}
		if (!this.store.delete(normalizedPath)) throw enoent(normalizedPath, "unlink");
	}

	async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		const file = this.vault.getAbstractFileByPath(normalizedPath);
		if (file) {
			await this.vault.rename(file, normalizedNewPath);
			return;
		}
		const data = this.store.get(normalizedPath);
		if (data === undefined) throw enoent(normalizedPath, "rename");
		this.store.delete(normalizedPath);
		this.put(normalizedNewPath, data);
	}

	async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		if (await this.exists(normalizedNewPath)) throw new Error("File already exists.");
		const data = this.store.get(normalizedPath);
		if (data === undefined) throw enoent(normalizedPath, "copyfile");
		this.put(normalizedNewPath, typeof data === "string" ? data : data.slice(0));
	}
}
