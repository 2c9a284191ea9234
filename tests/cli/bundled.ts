/**
 * The CLI bundled as dist/cli.js is (with its worker threads), for tests that
 * compare it with the sources run in-process (which use no workers).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

export const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** Builds the CLI as `npm run build` does (cli.mjs and its chunks) into a fresh temporary folder; returns the folder and the entry. */
export async function bundleCli(): Promise<{ dir: string; cli: string }> {
	const dir = mkdtempSync(join(tmpdir(), "sbl-bundled-"));
	await esbuild.build({
		// The layout of esbuild.config.mjs's `cliOptions`: an entry and a chunk per command.
		entryPoints: [{ in: join(root, "src/cli/main.ts"), out: "cli" }],
		bundle: true,
		splitting: true,
		format: "esm",
		platform: "node",
		target: "node20",
		chunkNames: "chunks/[name]-[hash]",
		outdir: dir,
		// No package.json says "module" in a temporary folder.
		outExtension: { ".js": ".mjs" },
		logLevel: "error",
		define: { SCRAPBOX_LENS_VERSION: '"test"' },
	});
	return { dir, cli: join(dir, "cli.mjs") };
}

export function capture(cwd: string) {
	const out: string[] = [];
	const err: string[] = [];
	return { io: { cwd, stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

/** Runs the bundled CLI; `threads`: how many JavaScript threads ran (Node writes a CPU profile for each). */
export function runBundled(cli: string, args: string[], cwd: string): { code: number; out: string; threads: number } {
	const profiles = mkdtempSync(join(dirname(cli), "profiles-"));
	const threads = () => readdirSync(profiles).filter((f) => f.endsWith(".cpuprofile")).length;
	try {
		const out = execFileSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", profiles, cli, ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
		return { code: 0, out, threads: threads() };
	} catch (error) {
		const failed = error as { status: number; stdout: string };
		return { code: failed.status, out: failed.stdout, threads: threads() };
	} finally {
		rmSync(profiles, { recursive: true, force: true });
	}
}

/** Every file under `folder` but the import report: relative path → content and modification time (null for "just now": pages without an update time, notes edited by the test). */
export function snapshot(folder: string): Record<string, { content: string; mtime: number | null }> {
	const files: Record<string, { content: string; mtime: number | null }> = {};
	const recent = Date.now() - 3_600_000;
	const walk = (at: string) => {
		for (const entry of readdirSync(at, { withFileTypes: true })) {
			const path = join(at, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name !== "Scrapbox import report.md") {
				const mtime = statSync(path).mtimeMs;
				files[relative(folder, path)] = { content: readFileSync(path, "utf8"), mtime: mtime > recent ? null : mtime };
			}
		}
	};
	walk(folder);
	return files;
}
