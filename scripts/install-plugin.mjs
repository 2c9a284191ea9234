// Copies the three release files (main.js, manifest.json, styles.css) into a
// vault's plugin folder and, with --enable, turns the plugin on.
//   node scripts/install-plugin.mjs <vault> [--enable] [--config-dir .obsidian]
// Run `npm run build` first. Obsidian picks the plugin up after a reload.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const enable = args.includes("--enable");
const configIndex = args.indexOf("--config-dir");
const configDir = configIndex >= 0 ? args[configIndex + 1] : ".obsidian";
const vault = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--config-dir");

if (!vault) {
	console.error("usage: node scripts/install-plugin.mjs <vault> [--enable] [--config-dir .obsidian]");
	process.exit(2);
}
if (!existsSync(vault)) {
	console.error(`install-plugin: no such vault folder: ${vault}`);
	process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
const target = join(vault, configDir, "plugins", manifest.id);
mkdirSync(target, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) {
	const from = join(root, file);
	if (!existsSync(from)) {
		console.error(`install-plugin: ${file} is missing; run npm run build first.`);
		process.exit(1);
	}
	copyFileSync(from, join(target, file));
}
if (enable) {
	const listPath = join(vault, configDir, "community-plugins.json");
	const list = existsSync(listPath) ? JSON.parse(readFileSync(listPath, "utf8")) : [];
	if (!list.includes(manifest.id)) list.push(manifest.id);
	writeFileSync(listPath, JSON.stringify(list, null, 2) + "\n");
}
console.log(`Installed ${manifest.name} ${manifest.version} into ${target}${enable ? " (enabled)" : ""}.`);
