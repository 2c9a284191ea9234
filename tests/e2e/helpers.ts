/**
 * E2E helpers: a tiny static server for the harness page, the release build
 * and the demo vault, and `openHarness()`, which starts Chromium on it with the
 * plugin enabled. Every test file opens its own harness (its own server on an
 * ephemeral localhost port and its own browser) and closes it in afterAll.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const harnessDir = join(repoRoot, "tests/e2e/harness");
export const harnessBundle = join(harnessDir, "build/harness.js");
export const demoVault = join(repoRoot, "examples/demo-vault");
export const artifactsDir = join(repoRoot, "artifacts");
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const TYPES: Record<string, string> = {
	".html": "text/html; charset=utf-8",
	".js": "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".json": "application/json; charset=utf-8",
	".md": "text/markdown; charset=utf-8",
	".png": "image/png",
	".jpg": "image/jpeg",
	".svg": "image/svg+xml",
};

/** Every file of the demo vault outside dot-folders, as vault paths. */
export async function listVault(dir = demoVault): Promise<string[]> {
	const out: string[] = [];
	const walk = async (folder: string): Promise<void> => {
		for (const name of (await readdir(folder)).sort()) {
			if (name.startsWith(".")) continue;
			const path = join(folder, name);
			if ((await stat(path)).isDirectory()) await walk(path);
			else out.push(relative(dir, path).split(sep).join("/"));
		}
	};
	await walk(dir);
	return out;
}

/** Maps a URL path to a file it may serve, or null (nothing outside these roots is reachable). */
function routeFile(pathname: string): string | null {
	const fixed: Record<string, string> = {
		"/": join(harnessDir, "harness.html"),
		"/harness.html": join(harnessDir, "harness.html"),
		"/harness/harness.css": join(harnessDir, "harness.css"),
		"/harness/build/harness.js": harnessBundle,
		"/main.js": join(repoRoot, "main.js"),
		"/styles.css": join(repoRoot, "styles.css"),
		"/manifest.json": join(repoRoot, "manifest.json"),
	};
	if (fixed[pathname]) return fixed[pathname];
	if (pathname.startsWith("/vault/")) {
		const rel = pathname.slice("/vault/".length);
		if (rel.split("/").some((part) => part === ".." || part.startsWith("."))) return null;
		const file = resolve(demoVault, rel);
		return file.startsWith(demoVault + sep) ? file : null;
	}
	return null;
}

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

export async function startServer(): Promise<StaticServer> {
	const server = createServer((req, res) => {
		void (async () => {
			const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
			if (pathname === "/favicon.ico") {
				res.writeHead(204);
				res.end();
				return;
			}
			if (pathname === "/vault-index.json") {
				res.writeHead(200, { "content-type": TYPES[".json"], "cache-control": "no-store" });
				res.end(JSON.stringify(await listVault()));
				return;
			}
			const file = routeFile(pathname);
			if (!file || !existsSync(file)) {
				res.writeHead(404, { "content-type": "text/plain" });
				res.end(`not found: ${pathname}`);
				return;
			}
			res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
			res.end(await readFile(file));
		})().catch((error: unknown) => {
			res.writeHead(500, { "content-type": "text/plain" });
			res.end(String(error));
		});
	});
	await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((done) => server.close(() => done())),
	};
}

export interface HarnessOptions {
	theme?: "light" | "dark";
	/** Obsidian's UI language for getLanguage() (default `en`). */
	language?: string;
	/** Seeds the plugin's data.json before it loads. */
	pluginData?: unknown;
	/** Load and enable main.js (default true). */
	enablePlugin?: boolean;
	viewport?: { width: number; height: number };
	/** Generated notes added to the demo vault, for scale measurements. */
	syntheticNotes?: number;
}

export interface Harness {
	page: Page;
	browser: Browser;
	server: StaticServer;
	/** Page errors, console errors and failed local requests seen so far (tests usually expect none). */
	errors: string[];
	/** Requests to anywhere but the local server, which the harness blocks (no test touches the network). */
	blocked: string[];
	/** Saves a PNG of the page under artifacts/ and returns its path. */
	screenshot(name: string): Promise<string>;
	close(): Promise<void>;
}

export async function openHarness(options: HarnessOptions = {}): Promise<Harness> {
	if (!existsSync(harnessBundle)) throw new Error(`No harness bundle at ${harnessBundle}: run \`npm run test:e2e\`, which builds it.`);
	if (!existsSync(join(repoRoot, "main.js"))) throw new Error("No main.js: build the plugin first (`node esbuild.config.mjs --production`).");
	if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
	const server = await startServer();
	const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
	const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 800 }, deviceScaleFactor: 1 });
	const errors: string[] = [];
	const blocked: string[] = [];
	const local = (url: string): boolean => url.startsWith(`${server.url}/`);
	await page.route((url) => !local(url.href) && url.protocol !== "data:" && url.protocol !== "blob:", (route) => {
		blocked.push(route.request().url());
		void route.abort("blockedbyclient");
	});
	page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
	page.on("console", (message) => {
		// Failed loads are reported below with their URL; blocked external ones are expected.
		if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(`console: ${message.text()}`);
	});
	page.on("response", (response) => {
		if (response.status() >= 400 && local(response.url())) errors.push(`http ${response.status()}: ${response.url()}`);
	});
	page.on("requestfailed", (request) => {
		if (local(request.url())) errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`);
	});
	await page.goto(`${server.url}/harness.html`);
	await page.waitForSelector("body[data-harness=ready]", { state: "attached" });
	await page.evaluate((o) => window.harness.boot(o), { theme: options.theme, language: options.language, pluginData: options.pluginData, syntheticNotes: options.syntheticNotes });
	if (options.enablePlugin ?? true) await page.evaluate(() => window.harness.enablePlugin());
	return {
		page,
		browser,
		server,
		errors,
		blocked,
		async screenshot(name: string): Promise<string> {
			await mkdir(artifactsDir, { recursive: true });
			const path = join(artifactsDir, `${name}.png`);
			await page.screenshot({ path });
			return path;
		},
		async close(): Promise<void> {
			await browser.close();
			await server.close();
		},
	};
}
