// Builds the two artefacts:
//   main.js      the Obsidian plugin (CommonJS, es2018, minified for release)
//   dist/cli.js  the Node command-line tool `scrapbox-lens`, with its commands in
//                dist/chunks/ (loaded only by the command that runs)
// `--watch` rebuilds main.js on change (npm run dev); `--production` minifies.
import esbuild from "esbuild";
import builtins from "builtin-modules";
import { chmodSync, readFileSync, rmSync } from "node:fs";

const args = new Set(process.argv.slice(2));
const production = args.has("--production");
const watch = args.has("--watch");
const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

const banner = `/* Scrapbox Lens ${version} — MIT licence. Bundled file; the source is at the project's repository. */`;

/** Modules Obsidian provides at run time; bundling them would ship a second copy. */
export const pluginExternals = [
	"obsidian",
	"electron",
	"@codemirror/autocomplete",
	"@codemirror/collab",
	"@codemirror/commands",
	"@codemirror/language",
	"@codemirror/lint",
	"@codemirror/search",
	"@codemirror/state",
	"@codemirror/view",
	"@lezer/common",
	"@lezer/highlight",
	"@lezer/lr",
	...builtins,
	...builtins.map((m) => `node:${m}`),
];

const pluginOptions = {
	entryPoints: ["main.ts"],
	bundle: true,
	format: "cjs",
	target: "es2018",
	platform: "browser",
	external: pluginExternals,
	banner: { js: banner },
	logLevel: "info",
	treeShaking: true,
	sourcemap: production ? false : "inline",
	minify: production,
	// Japanese strings as UTF-8, not \uXXXX escapes: about half the bytes.
	charset: "utf8",
	outfile: "main.js",
	define: { SCRAPBOX_LENS_VERSION: JSON.stringify(version) },
};

/**
 * The CLI is split: dist/cli.js holds the frame and the command registry, and
 * each command's module (with the core it needs) is a chunk in dist/chunks/,
 * imported when that command runs, so a run compiles only what it uses. Worker
 * threads start dist/cli.js again, which loads the chunk registering their role.
 * tests/cli/bundled.ts builds the same layout.
 */
const cliOptions = {
	entryPoints: [{ in: "src/cli/main.ts", out: "cli" }],
	bundle: true,
	splitting: true,
	format: "esm",
	platform: "node",
	target: "node20",
	banner: { js: `#!/usr/bin/env node\n${banner}` },
	logLevel: "info",
	minify: production,
	charset: "utf8",
	outdir: "dist",
	chunkNames: "chunks/[name]-[hash]",
	define: { SCRAPBOX_LENS_VERSION: JSON.stringify(version) },
};

if (watch) {
	const context = await esbuild.context(pluginOptions);
	await context.watch();
} else {
	// Chunk names carry a hash: clear the old ones.
	rmSync("dist/chunks", { recursive: true, force: true });
	await Promise.all([esbuild.build(pluginOptions), esbuild.build(cliOptions)]);
	chmodSync("dist/cli.js", 0o755);
}
