// `npm run demo`: installs the freshly built plugin into the demo vault and runs
// the command-line tool over the demo vault and the bundled sample export, so
// you can see what every part does without Obsidian.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const vault = join(root, "examples", "demo-vault");
const sampleExport = join(root, "examples", "sample-export.json");
const cli = join(root, "dist", "cli.js");

function heading(text) {
	console.log(`\n\x1b[1m== ${text} ==\x1b[0m`);
}

function run(args) {
	console.log(`$ scrapbox-lens ${args.map((a) => (a.includes(" ") ? JSON.stringify(a) : a)).join(" ")}`);
	const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8" });
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	if (result.status !== 0) {
		console.error(`demo: scrapbox-lens ${args[0]} exited with ${result.status}`);
		process.exit(1);
	}
}

heading("Install the plugin into the demo vault");
execFileSync(process.execPath, [join(root, "scripts", "install-plugin.mjs"), vault, "--enable"], { stdio: "inherit" });
console.log("Open examples/demo-vault in Obsidian to see it there.");

heading("Command-line tool");
run(["--version"]);
const help = spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" }).stdout;
const available = new Set(
	help
		.split("\n")
		.map((line) => /^ {2}([a-z]+) /.exec(line)?.[1])
		.filter(Boolean),
);
console.log(`Commands available: ${[...available].join(", ") || "(none yet)"}`);

const relVault = "examples/demo-vault";
if (available.has("scan")) {
	heading("Spot Scrapbox-flavoured notes in the demo vault");
	run(["scan", relVault]);
}
if (available.has("timeline")) {
	heading("Timeline of dated quotes in the demo vault");
	run(["timeline", relVault]);
}
if (available.has("provenance")) {
	heading("Translation provenance in the demo vault");
	run(["provenance", relVault]);
}
if (available.has("import") && existsSync(sampleExport)) {
	heading("Import the sample Scrapbox export");
	const out = join(root, "tmp", "demo-import");
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	run(["import", "examples/sample-export.json", "tmp/demo-import"]);
	console.log("Running the same import again changes nothing:");
	run(["import", "examples/sample-export.json", "tmp/demo-import"]);
	if (available.has("scan")) run(["scan", "tmp/demo-import"]);
}
console.log("\nDemo finished.");
