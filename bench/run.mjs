// `npm run bench`: bundles every bench/*.bench.ts and runs each in its own Node
// process (so one bench's heap does not skew another's), then prints a table and
// writes artifacts/bench.json. Also reports the size of the release main.js.
import esbuild from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const only = process.argv.slice(2);
const outDir = join(root, "tmp", "bench");
mkdirSync(outDir, { recursive: true });
mkdirSync(join(root, "artifacts"), { recursive: true });

const results = [];
const size = statSync(join(root, "main.js")).size;
results.push({
	bench: "bundle",
	figures: [{ name: "main.js size (minified)", value: Math.round(size / 102.4) / 10, unit: "KB", goal: { op: "<", value: 200 }, met: size < 200 * 1024 }],
});

/** Each bundled module keeps its own `import.meta.url`, so paths it resolves stay right. */
const ownImportMetaUrl = {
	name: "own-import-meta-url",
	setup(build) {
		build.onLoad({ filter: /\.(ts|mjs)$/ }, (args) => {
			if (args.path.includes("node_modules")) return undefined;
			const source = readFileSync(args.path, "utf8").replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href));
			return { contents: source, loader: args.path.endsWith(".ts") ? "ts" : "js", resolveDir: dirname(args.path) };
		});
	},
};

const benches = readdirSync(join(root, "bench"))
	.filter((f) => f.endsWith(".bench.ts"))
	.filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
	.sort();
for (const file of benches) {
	const outfile = join(outDir, file.replace(/\.ts$/, ".mjs"));
	await esbuild.build({
		entryPoints: [join(root, "bench", file)],
		bundle: true,
		platform: "node",
		format: "esm",
		target: "node20",
		outfile,
		logLevel: "error",
		define: { SCRAPBOX_LENS_VERSION: '"bench"' },
		plugins: [ownImportMetaUrl],
		// happy-dom is used by the rendering benches; leave it and Node's modules unbundled.
		packages: "external",
	});
	process.stderr.write(`bench: ${file}\n`);
	let output = "";
	try {
		output = execFileSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", outfile], {
			cwd: root,
			encoding: "utf8",
			stdio: ["ignore", "pipe", "inherit"],
			maxBuffer: 64 * 1024 * 1024,
		});
	} catch (error) {
		results.push({ bench: file, error: String(error.message).split("\n")[0], figures: [] });
		continue;
	}
	for (const line of output.split("\n")) if (line.startsWith("BENCH ")) results.push(JSON.parse(line.slice(6)));
}

const rows = [];
for (const r of results) {
	if (r.skipped) rows.push([r.bench, `skipped: ${r.skipped}`, "", "", ""]);
	if (r.error) rows.push([r.bench, `error: ${r.error}`, "", "", ""]);
	for (const f of r.figures) {
		const goal = f.goal ? `${f.goal.op} ${f.goal.value}` : "";
		const verdict = f.met === undefined ? "" : f.met ? "met" : "MISSED";
		rows.push([r.bench, f.name, `${formatNumber(f.value)} ${f.unit}`, goal, verdict, f.note ?? ""]);
	}
}
const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => String(r[i] ?? "").length)));
for (const r of rows) console.log(r.map((c, i) => (i < 5 ? String(c ?? "").padEnd(widths[i]) : c ?? "")).join("  ").trimEnd());
writeFileSync(join(root, "artifacts", "bench.json"), JSON.stringify({ date: new Date().toISOString(), results }, null, 2));

function formatNumber(n) {
	if (!Number.isFinite(n)) return String(n);
	if (Math.abs(n) >= 100) return n.toFixed(0);
	if (Math.abs(n) >= 1) return n.toFixed(2);
	return n.toPrecision(3);
}
