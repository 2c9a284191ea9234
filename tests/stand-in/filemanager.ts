/**
 * FileManager: frontmatter round-trips through the `yaml` package, renames
 * that rewrite the links pointing at the file (Obsidian's "Automatically update
 * internal links", on here), trash, link generation with the default
 * settings (wikilinks, shortest path, new notes in the vault root).
 */
import { joinFrontmatter, splitFrontmatter } from "./frontmatter";
import type { MetadataCache, ReferenceCache } from "./metadata";
import { computeMetadata } from "./metadata";
import { getLinkpath, normalizePath } from "./paths";
import { TFile, TFolder, type DataWriteOptions, type TAbstractFile, type Vault } from "./vault";

export interface FileManagerOptions {
	/** Where new notes go: the vault root (Obsidian's default), the source note's folder, or a folder path. */
	newFileLocation?: "root" | "current" | { folder: string };
	/** Rewrite links on rename (default true). */
	updateLinks?: boolean;
}

export class FileManager {
	constructor(
		private readonly vault: Vault,
		private readonly metadataCache: MetadataCache,
		readonly options: FileManagerOptions = {},
	) {}

	getNewFileParent(sourcePath: string, _newFilePath?: string): TFolder {
		const where = this.options.newFileLocation ?? "root";
		if (where === "current") {
			const source = this.vault.getAbstractFileByPath(sourcePath);
			if (source?.parent) return source.parent;
		} else if (typeof where === "object") {
			const folder = this.vault.getFolderByPath(where.folder);
			if (folder) return folder;
		}
		return this.vault.getRoot();
	}

	async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: DataWriteOptions): Promise<void> {
		await this.vault.process(
			file,
			(content) => {
				const { data, body } = splitFrontmatter(content);
				fn(data);
				return joinFrontmatter(data, body);
			},
			options,
		);
	}

	generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
		const linktext = this.metadataCache.fileToLinktext(file, sourcePath, true);
		return `[[${linktext}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
	}

	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		const targets = new Set<TFile>();
		TFolderWalk(file, (f) => targets.add(f));
		// Links to rewrite, found while the old paths still resolve.
		const edits: { source: TFile; refs: { ref: ReferenceCache; target: TFile }[] }[] = [];
		if (this.options.updateLinks ?? true) {
			for (const source of this.vault.getMarkdownFiles()) {
				const cache = computeMetadata(this.vault.peek(source));
				const refs: { ref: ReferenceCache; target: TFile }[] = [];
				for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? [])]) {
					const target = this.metadataCache.getFirstLinkpathDest(getLinkpath(ref.link), source.path);
					if (target && targets.has(target)) refs.push({ ref, target });
				}
				if (refs.length > 0) edits.push({ source, refs });
			}
		}
		await this.vault.rename(file, normalizePath(newPath));
		for (const { source, refs } of edits) {
			await this.vault.process(source, (content) => {
				let out = content;
				for (const { ref, target } of refs.slice().sort((a, b) => b.ref.position.start.offset - a.ref.position.start.offset)) {
					const hash = ref.link.indexOf("#");
					const subpath = hash === -1 ? "" : ref.link.slice(hash);
					const linktext = this.metadataCache.fileToLinktext(target, source.path, true) + subpath;
					const original = ref.original;
					let replacement: string;
					if (original.startsWith("[[") || original.startsWith("![[")) {
						const bang = original.startsWith("!") ? "!" : "";
						const alias = ref.displayText !== undefined && ref.displayText !== ref.link ? `|${ref.displayText}` : "";
						replacement = `${bang}[[${linktext}${alias}]]`;
					} else {
						const bang = original.startsWith("!") ? "!" : "";
						const path = target.extension === "md" ? `${target.path}` : target.path;
						replacement = `${bang}[${ref.displayText ?? ""}](${encodeURI(path)}${subpath})`;
					}
					const start = ref.position.start.offset;
					out = out.slice(0, start) + replacement + out.slice(ref.position.end.offset);
				}
				return out;
			});
		}
	}

	async trashFile(file: TAbstractFile): Promise<void> {
		await this.vault.moveToTrash(file);
	}

	async getAvailablePathForAttachment(filename: string, _sourcePath?: string): Promise<string> {
		const dot = filename.lastIndexOf(".");
		const base = dot > 0 ? filename.slice(0, dot) : filename;
		const ext = dot > 0 ? filename.slice(dot) : "";
		let candidate = normalizePath(filename);
		for (let i = 1; this.vault.getAbstractFileByPathInsensitive(candidate); i++) candidate = normalizePath(`${base} ${i}${ext}`);
		return candidate;
	}
}

function TFolderWalk(file: TAbstractFile, cb: (file: TFile) => void): void {
	if (file instanceof TFile) cb(file);
	else if (file instanceof TFolder) for (const child of file.children) TFolderWalk(child, cb);
}
