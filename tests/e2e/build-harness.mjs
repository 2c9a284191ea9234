// Bundles the harness page's script (the Obsidian stand-in with CodeMirror and
// Lezer behind a require shim). Used by tests/e2e/run.mjs and by benches that
// measure in the browser.
import esbuild from "esbuild";
import { existsSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export async function buildHarness() {
	// The release ships styles.css; the harness serves it as built.
	if (!existsSync(resolve(root, "styles.css"))) writeFileSync(resolve(root, "styles.css"), "");
	await esbuild.build({
		entryPoints: [resolve(root, "tests/e2e/harness/entry.ts")],
		outfile: resolve(root, "tests/e2e/harness/build/harness.js"),
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2020",
		sourcemap: "inline",
		logLevel: "warning",
	});
}
