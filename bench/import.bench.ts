/**
 * Import benchmarks (issue 3), on a 7,000-page export built in a temp folder
 * from the villagepump sample (with metadata), its pages repeated under varied
 * titles; synthesised from generated Scrapbox text when the corpus is absent.
 *
 * 1. `scrapbox-lens import <export> <dir> --json` as a separate process, into a
 *    fresh folder each run: wall time, pages/s and peak memory (maximum RSS from
 *    `/usr/bin/time -v`, or VmHWM polled from /proc when that is missing).
 *    Beside it, alternating in the same run, an I/O floor: a process that only
 *    reads the export (JSON.parse) and writes each page's raw text to a file —
 *    once with plain synchronous writes (the CLI's own pattern) and once with
 *    16 promise-based writes in flight; the faster of the two is the baseline.
 * 2. Conversion throughput without I/O, in this process, on one thread:
 *    prepareImport and convertPage over every page (parse included), beside
 *    the mandated parser alone (`parse()` of each whole page) and the parsing
 *    conversion itself does (`parseRows`: the parser on the lines with
 *    notation, plain lines built directly). Conversion cannot be faster than
 *    its own parsing, so that figure is the single-thread ceiling.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import esbuild from "esbuild";
import { corpusDir, projectRoot, report, summarise, time, type Figure } from "./lib";
import { readExport } from "../src/core/scrapbox/export";
import { convertPage, prepareImport } from "../src/core/import/plan";
import { parse } from "../src/core/scrapbox/parse";
import { parseRows } from "../src/core/import/blocks";

const BENCH = "import";
const PAGES = 7000;
const RUNS = 7;
const work = join(projectRoot, "tmp", "bench", "import");

interface RawPage {
	title: string;
	id?: string;
	lines: Array<string | { text: string }>;
	[key: string]: unknown;
}

/** The sample's pages again and again under new titles, until there are `PAGES`. */
function multiplied(sample: { pages: RawPage[] } & Record<string, unknown>): Record<string, unknown> {
	const pages: RawPage[] = [];
	for (let copy = 0; pages.length < PAGES; copy++) {
		for (const page of sample.pages) {
			if (pages.length >= PAGES) break;
			const title = copy === 0 ? page.title : `${page.title} (copy ${copy})`;
			const lines = page.lines.slice();
			lines[0] = typeof lines[0] === "string" ? title : { ...lines[0], text: title };
			pages.push({ ...page, title, id: `${page.id ?? "p"}${copy}`, lines });
		}
	}
	return { ...sample, pages };
}

/** Generated pages with every kind of notation, for machines without the corpus. */
function synthesised(): Record<string, unknown> {
	const words = ["garden", "tomato", "seed", "water", "soil", "harvest", "basil", "frost", "log", "note"];
	const pick = (n: number) => words[n % words.length];
	const pages: RawPage[] = [];
	for (let i = 0; i < PAGES; i++) {
		const title = `${pick(i)} ${pick(i * 7 + 3)} ${i}`;
		const lines: string[] = [title];
		for (let j = 0; j < 24; j++) {
			const n = i * 31 + j;
			const indent = " ".repeat(n % 4);
			const kinds = [
				`${pick(n)} and ${pick(n + 1)} with [${pick(n + 2)} ${pick(n + 3)} ${(i + j) % PAGES}] and #${pick(n + 4)}`,
				`> quoted ${pick(n)} text about ${pick(n + 5)}`,
				`[user${n % 5}.icon] said [* ${pick(n)}] and [/other/${pick(n + 6)}] https://example.com/${pick(n)}`,
				`plain sentence about the ${pick(n)} and the ${pick(n + 3)}, nothing else at all on this line`,
				`\`code ${pick(n)}\` [https://gyazo.com/0123456789abcdef0123456789abcdef] [$ x^${j}]`,
			];
			lines.push(indent + kinds[n % kinds.length]);
		}
		pages.push({ title, created: 1600000000 + i, updated: 1600000000 + i * 2, id: `s${i}`, lines });
	}
	return { name: "synthetic", displayName: "Synthetic", exported: 1700000000, pages };
}

/** A CLI holding the import command: dist/cli.js when it is registered there, else the same frame bundled with it. */
async function importCli(): Promise<{ file: string; source: string }> {
	const dist = join(projectRoot, "dist", "cli.js");
	if (existsSync(dist)) {
		const help = execFileSync(process.execPath, [dist, "--help"], { encoding: "utf8" });
		if (/^\s+import /m.test(help)) return { file: dist, source: "dist/cli.js" };
	}
	const entry = join(work, "import-cli-entry.ts");
	writeFileSync(
		entry,
		[
			`import { runCli } from ${JSON.stringify(join(projectRoot, "src/cli/run.ts"))};`,
			`import { importCommand } from ${JSON.stringify(join(projectRoot, "src/cli/commands/import.ts"))};`,
			"const code = await runCli(process.argv.slice(2), { cwd: process.cwd(), stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }, [importCommand]);",
			"process.exitCode = code;",
		].join("\n"),
	);
	const file = join(work, "import-cli.mjs");
	await esbuild.build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", target: "node20", outfile: file, logLevel: "error", define: { SCRAPBOX_LENS_VERSION: '"bench"' } });
	return { file, source: "the CLI frame bundled with the import command (import is not yet registered in dist/cli.js)" };
}

/** The I/O floor: read the export, write each page's raw text. `sync` is the CLI's pattern; `async` keeps 16 writes in flight. */
function floorScript(mode: "async" | "sync"): string {
	const file = join(work, `io-floor-${mode}.mjs`);
	const body =
		mode === "sync"
			? `for (let i = 0; i < pages.length; i++) writeFileSync(join(out, i + ".txt"), text(pages[i]));`
			: `const inFlight = new Set();
for (let i = 0; i < pages.length; i++) {
	const p = writeFile(join(out, i + ".txt"), text(pages[i])).then(() => inFlight.delete(p));
	inFlight.add(p);
	if (inFlight.size >= 16) await Promise.race(inFlight);
}
await Promise.all(inFlight);`;
	writeFileSync(
		file,
		`import { mkdirSync, writeFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
const [source, out] = process.argv.slice(2);
const pages = JSON.parse(await readFile(source, "utf8")).pages;
mkdirSync(out, { recursive: true });
const text = (page) => page.lines.map((l) => (typeof l === "string" ? l : l.text)).join("\\n");
${body}
`,
	);
	return file;
}

const timeTool = existsSync("/usr/bin/time") && spawnSync("/usr/bin/time", ["-v", "true"]).status === 0;

/** Runs a Node script; wall time in ms, CPU time (user + system) in ms when known, and peak RSS in bytes. */
async function measure(script: string, args: string[]): Promise<{ ms: number; cpu: number; rss: number }> {
	if (timeTool) {
		const start = performance.now();
		const result = spawnSync("/usr/bin/time", ["-v", process.execPath, script, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
		const ms = performance.now() - start;
		if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr.slice(-500)}`);
		const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
		const user = /User time \(seconds\): ([\d.]+)/.exec(result.stderr);
		const system = /System time \(seconds\): ([\d.]+)/.exec(result.stderr);
		const cpu = user && system ? (Number(user[1]) + Number(system[1])) * 1000 : NaN;
		return { ms, cpu, rss: kb ? Number(kb[1]) * 1024 : NaN };
	}
	// Without /usr/bin/time: poll the child's high-water mark until it exits.
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(process.execPath, [script, ...args], { stdio: ["ignore", "ignore", "inherit"] });
		let peak = NaN;
		const poll = setInterval(() => {
			try {
				const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
				const kb = /VmHWM:\s+(\d+) kB/.exec(status);
				if (kb) peak = Math.max(Number.isNaN(peak) ? 0 : peak, Number(kb[1]) * 1024);
			} catch {
				// The process has just exited.
			}
		}, 5);
		child.on("exit", (code) => {
			clearInterval(poll);
			if (code !== 0) reject(new Error(`${script} exited with ${code}`));
			else resolve({ ms: performance.now() - start, cpu: NaN, rss: peak });
		});
	});
}

async function commandLine(exportFile: string, exportBytes: number, pages: number): Promise<Figure[]> {
	const cli = await importCli();
	const floors = { async: floorScript("async"), sync: floorScript("sync") };
	const out = join(work, "out");
	const fresh = () => rmSync(out, { recursive: true, force: true });
	const runs = { cli: [] as number[], async: [] as number[], sync: [] as number[] };
	const cpu = { cli: [] as number[], async: [] as number[], sync: [] as number[] };
	const rss = { cli: [] as number[], async: [] as number[], sync: [] as number[] };
	const once = async (kind: "cli" | "async" | "sync", record: boolean) => {
		fresh();
		const result = kind === "cli" ? await measure(cli.file, ["import", exportFile, out, "--json"]) : await measure(floors[kind], [exportFile, out]);
		if (record) {
			runs[kind].push(result.ms);
			cpu[kind].push(result.cpu);
			rss[kind].push(result.rss);
		}
	};
	// Check once that the CLI really imports every page.
	fresh();
	const check = JSON.parse(execFileSync(process.execPath, [cli.file, "import", exportFile, out, "--json"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })) as { pages: number; written: number; failed: number };
	if (check.written !== pages || check.failed !== 0) throw new Error(`CLI wrote ${check.written} of ${pages} pages, ${check.failed} failed`);
	await once("sync", false);
	await once("async", false);
	for (let i = 0; i < RUNS; i++) {
		await once("cli", true);
		await once("async", true);
		await once("sync", true);
	}
	fresh();
	const c = summarise(runs.cli);
	const fa = summarise(runs.async);
	const fs = summarise(runs.sync);
	const floor = Math.min(fa.median, fs.median);
	const peak = Math.max(...rss.cli);
	const floorPeak = Math.max(...rss.async, ...rss.sync);
	const mb = (bytes: number) => bytes / (1024 * 1024);
	const how = timeTool ? "maximum RSS from /usr/bin/time -v" : "VmHWM polled from /proc every 5 ms";
	const cpuCli = summarise(cpu.cli).median;
	const cpuFloor = Math.min(summarise(cpu.async).median, summarise(cpu.sync).median);
	const load = loadAverage();
	return [
		{
			name: "CLI import wall time",
			value: c.median,
			unit: "ms",
			note: `${pages} pages, ${mb(exportBytes).toFixed(1)} MiB export; median of ${c.runs} runs (min ${c.min.toFixed(0)}, max ${c.max.toFixed(0)}), process start included; CLI: ${cli.source}`,
		},
		{
			name: "I/O floor wall time",
			value: floor,
			unit: "ms",
			note: `read + JSON.parse + write raw page text: 16 async writes in flight median ${fa.median.toFixed(0)} ms, sync writes median ${fs.median.toFixed(0)} ms (${fa.runs} runs each, alternating with the CLI); the faster is the baseline`,
		},
		{
			name: "CLI import ÷ I/O floor",
			value: c.median / floor,
			unit: "×",
			goal: { op: "<", value: 1.5 },
			note: `wall-time medians in the same run; CPU time (user + system) medians: CLI ${cpuCli.toFixed(0)} ms, floor ${cpuFloor.toFixed(0)} ms (${(cpuCli / cpuFloor).toFixed(2)}×); ${load}`,
		},
		{ name: "CLI import throughput", value: pages / (c.median / 1000), unit: "pages/s", note: "end to end, process start included" },
		{
			name: "CLI peak memory ÷ export size",
			value: peak / exportBytes,
			unit: "×",
			goal: { op: "<", value: 4 },
			note: `peak ${mb(peak).toFixed(0)} MiB (${how}, highest of ${rss.cli.length} runs; median ${mb(summarise(rss.cli).median).toFixed(0)} MiB) for a ${mb(exportBytes).toFixed(1)} MiB export; the I/O floor peaks at ${mb(floorPeak).toFixed(0)} MiB (${(floorPeak / exportBytes).toFixed(2)}×); an idle Node process is about 40 MiB`,
		},
	];
}

/** The machine's load, for reading wall times: other processes share the cores. */
function loadAverage(): string {
	try {
		const [one] = readFileSync("/proc/loadavg", "utf8").split(" ");
		return `load average ${one} on ${availableParallelism()} cores`;
	} catch {
		return `${availableParallelism()} cores`;
	}
}

async function conversion(text: string): Promise<Figure[]> {
	const read = readExport(text);
	if (!read.ok) throw new Error(read.error.message);
	const exported = read.export;
	const pages = exported.pages.length;
	let failed = 0;
	const convertAll = () => {
		failed = 0;
		const session = prepareImport(exported);
		for (let i = 0; i < session.pages.length; i++) if (!convertPage(session, i).ok) failed++;
	};
	const texts = exported.pages.map((p) => p.lines.join("\n"));
	const parseAll = () => {
		for (const t of texts) parse(t);
	};
	const parseOwn = () => {
		for (const p of exported.pages) parseRows(p.lines);
	};
	const convert = await time(convertAll, 9, 2);
	const parser = await time(parseAll, 9, 2);
	const own = await time(parseOwn, 9, 2);
	// CPU time too: on a shared machine the wall clock also counts other processes' turns.
	const cpuOf = (fn: () => void) => {
		const samples: number[] = [];
		for (let i = 0; i < 7; i++) {
			const before = process.cpuUsage();
			fn();
			const used = process.cpuUsage(before);
			samples.push((used.user + used.system) / 1000);
		}
		return summarise(samples).median;
	};
	const convertCpu = cpuOf(convertAll);
	const parserCpu = cpuOf(parseAll);
	const ownCpu = cpuOf(parseOwn);
	if (failed > 0) throw new Error(`${failed} pages failed to convert`);
	const rate = (ms: number) => Math.round(pages / (ms / 1000));
	return [
		{
			name: "conversion throughput (no I/O, single thread)",
			value: pages / (convert.median / 1000),
			unit: "pages/s",
			goal: { op: ">", value: 10000 },
			note: `prepareImport + convertPage over ${pages} pages on one thread, parse included; wall median ${convert.median.toFixed(0)} ms of ${convert.runs} runs (p99 ${convert.p99.toFixed(0)} ms); by CPU time ${rate(convertCpu)} pages/s (median ${convertCpu.toFixed(0)} ms); conversion ÷ parser alone: ${(convert.median / parser.median).toFixed(2)}× wall, ${(convertCpu / parserCpu).toFixed(2)}× CPU; of the conversion, its own parsing (parseRows) takes ${((100 * ownCpu) / convertCpu).toFixed(0)}% of the CPU time, so the goal needs the parser itself above it; ${loadAverage()}`,
		},
		{
			name: "parser alone (context)",
			value: pages / (parser.median / 1000),
			unit: "pages/s",
			note: `@progfay/scrapbox-parser parse() of the same ${pages} whole pages, wall median ${parser.median.toFixed(0)} ms, CPU median ${parserCpu.toFixed(0)} ms (${rate(parserCpu)} pages/s); conversion ÷ parse: ${(convert.median / parser.median).toFixed(2)}× wall, ${(convertCpu / parserCpu).toFixed(2)}× CPU`,
		},
		{
			name: "conversion's own parsing (ceiling)",
			value: pages / (own.median / 1000),
			unit: "pages/s",
			note: `parseRows over the same pages: the parser on the lines with notation, plain lines built without it; wall median ${own.median.toFixed(0)} ms, CPU median ${ownCpu.toFixed(0)} ms (${rate(ownCpu)} pages/s); single-thread conversion cannot exceed this; conversion ÷ own parsing: ${(convertCpu / ownCpu).toFixed(2)}× CPU`,
		},
	];
}

mkdirSync(work, { recursive: true });
const dir = corpusDir();
const samplePath = dir ? join(dir, "villagepump-sample.json") : null;
const data = samplePath && existsSync(samplePath) ? multiplied(JSON.parse(readFileSync(samplePath, "utf8")) as { pages: RawPage[] }) : synthesised();
const exportFile = join(work, "export-7000.json");
writeFileSync(exportFile, JSON.stringify(data));
const exportBytes = statSync(exportFile).size;
const source = samplePath && existsSync(samplePath) ? "villagepump sample ×" : "synthesised";
process.stderr.write(`import bench: ${PAGES} pages (${source}), ${(exportBytes / 1e6).toFixed(1)} MB\n`);
try {
	const figures = [...(await conversion(readFileSync(exportFile, "utf8"))), ...(await commandLine(exportFile, exportBytes, PAGES))];
	for (const f of figures) f.note = `[${source}] ${f.note ?? ""}`;
	report(BENCH, figures);
} finally {
	rmSync(work, { recursive: true, force: true });
}
