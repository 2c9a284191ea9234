/**
 * Classifier benchmarks (issue 4).
 *
 * 1. Classification throughput over all of the shared corpus in memory (every
 *    .md note, plus the villagepump export's pages as raw text named by their
 *    titles): MB of UTF-8 per second, and per-note p99. Beside it, in the same
 *    run, a floor: splitting the same texts into lines.
 * 2. `scrapbox-lens scan <folder> --json` as a separate process (dist/cli.js),
 *    beside a read floor: a process that walks the same folder and reads every
 *    .md file with the CLI's own reader (src/cli/files.ts) and does nothing else.
 *    On the corpus folder and on a folder of ten copies of it.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import esbuild from "esbuild";
import { corpusDir, projectRoot, report, skip, summarise, time, type Figure } from "./lib";
import { classifyNote } from "../src/core/detect";

const BENCH = "detect";

interface Note {
	path: string;
	text: string;
	bytes: number;
}

function loadCorpus(dir: string): Note[] {
	const notes: Note[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			if (name.startsWith(".")) continue;
			const full = join(folder, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith(".md")) {
				const text = readFileSync(full, "utf8");
				notes.push({ path: full.slice(dir.length + 1), text, bytes: Buffer.byteLength(text) });
			}
		}
	};
	walk(dir);
	const raw = join(dir, "villagepump-sample-plain.json");
	if (existsSync(raw)) {
		const pages = (JSON.parse(readFileSync(raw, "utf8")) as { pages: { title: string; lines: string[] }[] }).pages;
		for (const page of pages) {
			const text = page.lines.join("\n");
			notes.push({ path: `villagepump/${page.title.replace(/\//g, "-")}.md`, text, bytes: Buffer.byteLength(text) });
		}
	}
	return notes;
}

async function inMemory(notes: Note[]): Promise<Figure[]> {
	const mb = notes.reduce((s, n) => s + n.bytes, 0) / 1e6;
	let claimed = 0;
	const classifyAll = () => {
		claimed = 0;
		for (const n of notes) if (classifyNote(n.text, n.path).flavour !== null) claimed++;
	};
	let lines = 0;
	const splitAll = () => {
		lines = 0;
		for (const n of notes) lines += n.text.split("\n").length;
	};
	// The first pass runs before the JIT has optimised anything: what a one-off CLI run mostly sees.
	const coldStart = performance.now();
	classifyAll();
	const cold = performance.now() - coldStart;
	const classify = await time(classifyAll, 21, 5);
	const split = await time(splitAll, 21, 5);
	const perNote: number[] = [];
	for (let round = 0; round < 5; round++) {
		for (const n of notes) {
			const start = performance.now();
			classifyNote(n.text, n.path);
			if (round > 0) perNote.push(performance.now() - start);
		}
	}
	const notesSummary = summarise(perNote);
	return [
		{
			name: "classification throughput",
			value: mb / (classify.median / 1000),
			unit: "MB/s",
			goal: { op: ">", value: 100 },
			note: `${notes.length} notes, ${mb.toFixed(2)} MB, median ${classify.median.toFixed(1)} ms of ${classify.runs} runs (${claimed} claimed); floor: splitting into ${lines} lines, median ${split.median.toFixed(1)} ms (${(mb / (split.median / 1000)).toFixed(0)} MB/s)`,
		},
		{
			name: "classification throughput, first (cold) pass",
			value: mb / (cold / 1000),
			unit: "MB/s",
			note: `one pass in a fresh process before any warm-up, ${cold.toFixed(0)} ms`,
		},
		{
			name: "classification ÷ split-into-lines floor",
			value: classify.median / split.median,
			unit: "×",
			note: "the same texts in the same run",
		},
		{
			name: "classify, per note p99",
			value: notesSummary.p99,
			unit: "ms",
			note: `median ${notesSummary.median.toFixed(3)} ms, max ${notesSummary.max.toFixed(3)} ms`,
		},
	];
}

/** A CLI holding the scan command: dist/cli.js when it is registered there, else the same frame bundled with it. */
async function scanCli(outDir: string): Promise<{ file: string; source: string }> {
	const dist = join(projectRoot, "dist", "cli.js");
	if (existsSync(dist)) {
		const help = execFileSync(process.execPath, [dist, "--help"], { encoding: "utf8" });
		if (/^\s+scan /m.test(help)) return { file: dist, source: "dist/cli.js" };
	}
	const entry = join(outDir, "scan-cli-entry.ts");
	writeFileSync(
		entry,
		[
			`import { runCli } from ${JSON.stringify(join(projectRoot, "src/cli/run.ts"))};`,
			`import { scanCommand } from ${JSON.stringify(join(projectRoot, "src/cli/commands/scan.ts"))};`,
			"const code = await runCli(process.argv.slice(2), { cwd: process.cwd(), stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }, [scanCommand]);",
			"process.exitCode = code;",
		].join("\n"),
	);
	const file = join(outDir, "scan-cli.mjs");
	await esbuild.build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", target: "node20", outfile: file, logLevel: "error", define: { SCRAPBOX_LENS_VERSION: '"bench"' } });
	return { file, source: "the CLI frame bundled with the scan command (scan is not yet registered in dist/cli.js)" };
}

async function readFloor(outDir: string): Promise<string> {
	const entry = join(outDir, "read-floor-entry.ts");
	writeFileSync(
		entry,
		[
			`import { collectNotes, forEachNoteText } from ${JSON.stringify(join(projectRoot, "src/cli/files.ts"))};`,
			"let chars = 0;",
			"await forEachNoteText(await collectNotes(process.argv[2]), (_note, text) => { chars += text.length; });",
			"process.stdout.write(String(chars) + '\\n');",
		].join("\n"),
	);
	const file = join(outDir, "read-floor.mjs");
	await esbuild.build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", target: "node20", outfile: file, logLevel: "error", define: { SCRAPBOX_LENS_VERSION: '"bench"' } });
	return file;
}

function run(file: string, args: string[]): number {
	const start = performance.now();
	execFileSync(process.execPath, [file, ...args], { stdio: ["ignore", "ignore", "inherit"] });
	return performance.now() - start;
}

async function commandLine(dir: string): Promise<Figure[]> {
	const outDir = join(projectRoot, "tmp", "bench", "detect");
	mkdirSync(outDir, { recursive: true });
	const cli = await scanCli(outDir);
	const floor = await readFloor(outDir);
	// A vault ten times the corpus, made of copies of it (about 7,400 notes).
	const big = join(outDir, "vault-x10");
	rmSync(big, { recursive: true, force: true });
	for (let i = 0; i < 10; i++) {
		for (const sub of ["markdown-en", "markdown-ja", "obsidian-help", "kepano-vault"]) {
			if (existsSync(join(dir, sub))) cpSync(join(dir, sub), join(big, `copy${i}`, sub), { recursive: true });
		}
	}
	const figures: Figure[] = [];
	try {
		for (const [label, folder, runs] of [
			["corpus folder", dir, 15],
			["10× corpus folder", big, 9],
		] as const) {
			const cliRuns: number[] = [];
			const floorRuns: number[] = [];
			run(floor, [folder]);
			run(cli.file, ["scan", folder, "--json"]);
			for (let i = 0; i < runs; i++) {
				floorRuns.push(run(floor, [folder]));
				cliRuns.push(run(cli.file, ["scan", folder, "--json"]));
			}
			const c = summarise(cliRuns);
			const f = summarise(floorRuns);
			figures.push({
				name: `CLI scan ÷ read floor, ${label}`,
				value: c.median / f.median,
				unit: "×",
				goal: { op: "<", value: 1.3 },
				note: `scan --json median ${c.median.toFixed(0)} ms, read floor median ${f.median.toFixed(0)} ms (${c.runs} runs each, alternating; process start included in both); CLI: ${cli.source}`,
			});
		}
	} finally {
		rmSync(big, { recursive: true, force: true });
	}
	return figures;
}

const dir = corpusDir();
if (!dir) skip(BENCH, "corpus not found; set SCRAPBOX_LENS_CORPUS to a folder of notes");
else {
	const notes = loadCorpus(dir);
	report(BENCH, [...(await inMemory(notes)), ...(await commandLine(dir))]);
}
