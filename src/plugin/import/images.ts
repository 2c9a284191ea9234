/**
 * Image downloads for the importer (an option, off by default): Gyazo and
 * scrapbox.io file images are saved into the vault with `requestUrl`, and the
 * notes link to the copies through the core's `localImages` map.
 *
 * - A file already in the attachments folder is never downloaded again: Gyazo
 *   images are known by their id whatever their extension, scrapbox.io files
 *   by their file name.
 * - Each URL is tried once per import; a failure is recorded and the image
 *   stays remote in the note. Nothing here throws.
 */
import { normalizePath, requestUrl, TFile, TFolder, type App, type RequestUrlParam, type RequestUrlResponse } from "obsidian";

/** What to download for an image URL, and the file name it gets (without extension when the server decides it). */
export interface DownloadTarget {
	/** The URL fetched. */
	downloadUrl: string;
	/** File name without extension. */
	stem: string;
	/** Extension from the URL, lower case, without the dot; absent when the response's type decides it. */
	extension?: string;
}

const GYAZO_ID = "[0-9a-f]{32}";
const GYAZO_PAGE = new RegExp(`^https://(?:www\\.)?gyazo\\.com/(${GYAZO_ID})(?:/(?:thumb/\\d+|raw|max_size/\\d+))?/?(?:[?#].*)?$`, "i");
const GYAZO_IMAGE = new RegExp(`^https://i\\.gyazo\\.com/(?:thumb/\\d+/)?(${GYAZO_ID})(?:-[a-z]+)?\\.(png|jpe?g|gif|webp|mp4)(?:[?#].*)?$`, "i");
const SCRAPBOX_FILE = /^https:\/\/(?:scrapbox\.io|cosen\.se)\/files\/([0-9a-f]{24})(?:\.([a-z0-9]{1,5}))?(?:[?#].*)?$/i;

/** Which images are downloaded: Gyazo and scrapbox.io files. Other hosts stay remote. */
export function downloadTarget(url: string): DownloadTarget | null {
	let m = GYAZO_PAGE.exec(url);
	// The page URL and its thumbnails redirect to the image; `/raw` is the full-size original.
	if (m) return { downloadUrl: `https://gyazo.com/${m[1].toLowerCase()}/raw`, stem: m[1].toLowerCase() };
	m = GYAZO_IMAGE.exec(url);
	if (m) return { downloadUrl: `https://i.gyazo.com/${m[1].toLowerCase()}.${m[2].toLowerCase()}`, stem: m[1].toLowerCase(), extension: normaliseExtension(m[2]) };
	m = SCRAPBOX_FILE.exec(url);
	if (m) return { downloadUrl: url.replace(/[?#].*$/, ""), stem: m[1].toLowerCase(), extension: m[2] ? normaliseExtension(m[2]) : undefined };
	return null;
}

function normaliseExtension(extension: string): string {
	const lower = extension.toLowerCase();
	return lower === "jpeg" ? "jpg" : lower;
}

const TYPES: Record<string, string> = {
	"image/png": "png",
	"image/jpeg": "jpg",
	"image/jpg": "jpg",
	"image/gif": "gif",
	"image/webp": "webp",
	"image/svg+xml": "svg",
	"image/avif": "avif",
	"image/bmp": "bmp",
	"image/heic": "heic",
	"video/mp4": "mp4",
};

function header(headers: Record<string, string>, name: string): string {
	for (const key of Object.keys(headers)) if (key.toLowerCase() === name) return headers[key];
	return "";
}

export interface ImageFailure {
	url: string;
	message: string;
	/** Vault paths of the notes that show the image. */
	notes: string[];
}

export type Request = (request: RequestUrlParam) => Promise<RequestUrlResponse>;

export class ImageDownloader {
	/** Image URL → vault path of its copy: the core's `localImages`. Filled as images are downloaded. */
	readonly localImages = new Map<string, string>();
	readonly failures: ImageFailure[] = [];
	downloaded = 0;
	/** Images found already in the attachments folder. */
	reused = 0;
	private readonly failed = new Map<string, ImageFailure>();
	/** Lower-cased file stem → vault path, for files in the attachments folder. */
	private readonly present = new Map<string, string>();
	private listed = false;
	private folderReady = false;

	constructor(
		private readonly app: App,
		/** Vault folder the copies go into. */
		readonly folder: string,
		private readonly request: Request = (r) => requestUrl(r),
	) {}

	/**
	 * Makes local copies of the images in `urls` that can be downloaded and are
	 * not yet in the map. Returns whether any URL of the list got a copy now.
	 */
	async fetch(urls: readonly string[], notePath: string): Promise<boolean> {
		let added = false;
		for (const url of urls) {
			if (this.localImages.has(url)) continue;
			const known = this.failed.get(url);
			if (known) {
				if (!known.notes.includes(notePath)) known.notes.push(notePath);
				continue;
			}
			const target = downloadTarget(url);
			if (!target) continue;
			const path = await this.copyOf(url, target, notePath);
			if (path !== null) {
				this.localImages.set(url, path);
				added = true;
			}
		}
		return added;
	}

	private list(): void {
		if (this.listed) return;
		this.listed = true;
		const folder = this.app.vault.getFolderByPath(normalizePath(this.folder));
		if (!folder) return;
		for (const child of folder.children) {
			if (child instanceof TFile) {
				this.present.set(child.basename.toLowerCase(), child.path);
				this.present.set(child.name.toLowerCase(), child.path);
			}
		}
	}

	private async copyOf(url: string, target: DownloadTarget, notePath: string): Promise<string | null> {
		this.list();
		const existing = target.extension !== undefined ? this.present.get(`${target.stem}.${target.extension}`) : this.present.get(target.stem);
		if (existing !== undefined) {
			this.reused++;
			return existing;
		}
		try {
			const response = await this.request({ url: target.downloadUrl, method: "GET", throw: false });
			if (response.status < 200 || response.status >= 300) return this.fail(url, notePath, `HTTP ${response.status}`);
			const type = header(response.headers ?? {}, "content-type").split(";")[0].trim().toLowerCase();
			if (type !== "" && !type.startsWith("image/") && !TYPES[type]) return this.fail(url, notePath, `not an image (${type})`);
			const data = response.arrayBuffer;
			if (!data || data.byteLength === 0) return this.fail(url, notePath, "empty response");
			const extension = target.extension ?? TYPES[type] ?? "png";
			const path = normalizePath(`${this.folder}/${target.stem}.${extension}`);
			await this.ensureFolder();
			// Another note of this import may have saved the same file under this name meanwhile.
			const there = this.app.vault.getFileByPath(path);
			if (!there) await this.app.vault.createBinary(path, data);
			this.present.set(target.stem, path);
			this.present.set(`${target.stem}.${extension}`, path);
			this.downloaded++;
			return path;
		} catch (error) {
			return this.fail(url, notePath, error instanceof Error ? error.message : String(error));
		}
	}

	private async ensureFolder(): Promise<void> {
		if (this.folderReady) return;
		const path = normalizePath(this.folder);
		const existing = this.app.vault.getAbstractFileByPath(path);
		if (!(existing instanceof TFolder)) await this.app.vault.createFolder(path);
		this.folderReady = true;
	}

	private fail(url: string, notePath: string, message: string): null {
		const failure: ImageFailure = { url, message, notes: [notePath] };
		this.failed.set(url, failure);
		this.failures.push(failure);
		return null;
	}
}
