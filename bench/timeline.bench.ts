/**
 * Timeline benchmarks.
 *
 * 1. Extracting events from all of the shared corpus in memory (every .md note,
 *    plus the villagepump export's pages as raw notation): MB/s and per-note p99,
 *    beside a floor measured in the same run (splitting the same texts into lines,
 *    which any line-based reader must do).
 * 2. `scrapbox-lens timeline <folder> --json` as a separate process, beside a
 *    read floor: a process that walks the same folder and reads every .md file
 *    with the CLI's own reader (src/cli/files.ts) and does nothing else.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import esbuild from "esbuild";
import { corpusDir, projectRoot, report, skip, summarise, time, type Figure } from "./lib";
import { extractEvents } from "../src/core/timeline";

const BENCH = "timeline";

interface Note {
	path: string;
	text: string | readonly string[];
	bytes: number;
	notation: "markdown" | "scrapbox";
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
				notes.push({ path: full, text, bytes: Buffer.byteLength(text), notation: "markdown" });
			}
		}
	};
	walk(dir);
	const raw = join(dir, "villagepump-sample-plain.json");
	if (existsSync(raw)) {
		const pages = (JSON.parse(readFileSync(raw, "utf8")) as { pages: { title: string; lines: string[] }[] }).pages;
		for (const page of pages) {
			const text = page.lines.join("\n");
			notes.push({ path: `villagepump/${page.title}`, text, bytes: Buffer.byteLength(text), notation: "scrapbox" });
		}
	}
	return notes;
}

async function inMemory(notes: Note[]): Promise<Figure[]> {
	const bytes = notes.reduce((s, n) => s + n.bytes, 0);
	const mb = bytes / 1e6;
	let events = 0;
	const extractAll = () => {
		events = 0;
		for (const n of notes) events += extractEvents(n.text, n.path, { notation: n.notation }).length;
	};
	const splitAll = () => {
		for (const n of notes) if (typeof n.text === "string") n.text.split(/\r\n|\n|\r/);
	};
	// Alternate the two so drift on a noisy machine hits both.
	const extractRuns: number[] = [];
	const splitRuns: number[] = [];
	for (let i = 0; i < 3; i++) {
		extractAll();
		splitAll();
	}
	for (let i = 0; i < 15; i++) {
		extractRuns.push((await time(extractAll, 1, 0)).median);
		splitRuns.push((await time(splitAll, 1, 0)).median);
	}
	const extract = summarise(extractRuns);
	const split = summarise(splitRuns);
	// Without the quick skip: every note split and fully analysed (what a note with dated quotes costs).
	const fullAll = () => {
		for (const n of notes) extractEvents(typeof n.text === "string" ? n.text.split(/\r\n|\n|\r/) : n.text, n.path, { notation: n.notation });
	};
	fullAll();
	const full = await time(fullAll, 15, 2);
	// Per note: the median of five runs each, then the p99 across notes.
	const perNote: number[] = [];
	for (const n of notes) {
		const samples: number[] = [];
		for (let i = 0; i < 5; i++) {
			const start = performance.now();
			extractEvents(n.text, n.path, { notation: n.notation });
			samples.push(performance.now() - start);
		}
		perNote.push(summarise(samples).median);
	}
	const notesSummary = summarise(perNote);
	const perNoteFull: number[] = [];
	for (const n of notes) {
		const samples: number[] = [];
		for (let i = 0; i < 5; i++) {
			const start = performance.now();
			extractEvents(typeof n.text === "string" ? n.text.split(/\r\n|\n|\r/) : n.text, n.path, { notation: n.notation });
			samples.push(performance.now() - start);
		}
		perNoteFull.push(summarise(samples).median);
	}
	const fullSummary = summarise(perNoteFull);
	const largest = notes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
	return [
		{
			name: "extract events, whole corpus in memory",
			value: mb / (extract.median / 1000),
			unit: "MB/s",
			goal: { op: ">", value: 50 },
			note: `${notes.length} notes, ${mb.toFixed(2)} MB, ${events} events; median ${extract.median.toFixed(1)} ms over ${extract.runs} runs (p99 ${extract.p99.toFixed(1)} ms)`,
		},
		{
			name: "extract events, every note fully analysed",
			value: mb / (full.median / 1000),
			unit: "MB/s",
			goal: { op: ">", value: 50 },
			note: `no quick skip: each note split into lines and run through the quote model; median ${full.median.toFixed(1)} ms`,
		},
		{
			name: "extract ÷ split-into-lines floor",
			value: extract.median / split.median,
			unit: "×",
			note: `floor: splitting the same texts into lines, median ${split.median.toFixed(1)} ms (${(mb / (split.median / 1000)).toFixed(0)} MB/s)`,
		},
		{
			name: "extract events, per note p99",
			value: notesSummary.p99,
			unit: "ms",
			note: `median ${notesSummary.median.toFixed(3)} ms, max ${notesSummary.max.toFixed(3)} ms; largest note ${(largest.bytes / 1024).toFixed(0)} KB`,
		},
		{
			name: "extract events, per note p99, fully analysed",
			value: fullSummary.p99,
			unit: "ms",
			note: `no quick skip, split included; median ${fullSummary.median.toFixed(3)} ms, max ${fullSummary.max.toFixed(3)} ms`,
		},
	];
}

/** A CLI holding the timeline command: dist/cli.js when it is registered there, else the same frame bundled with it. */
async function timelineCli(outDir: string): Promise<{ file: string; source: string }> {
	const dist = join(projectRoot, "dist", "cli.js");
	if (existsSync(dist)) {
		const help = execFileSync(process.execPath, [dist, "--help"], { encoding: "utf8" });
		if (/^\s+timeline /m.test(help)) return { file: dist, source: "dist/cli.js" };
	}
	const entry = join(outDir, "timeline-cli-entry.ts");
	writeFileSync(
		entry,
		[
			`import { runCli } from ${JSON.stringify(join(projectRoot, "src/cli/run.ts"))};`,
			`import { timelineCommand } from ${JSON.stringify(join(projectRoot, "src/cli/commands/timeline.ts"))};`,
			"const code = await runCli(process.argv.slice(2), { cwd: process.cwd(), stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }, [timelineCommand]);",
			"process.exitCode = code;",
		].join("\n"),
	);
	const file = join(outDir, "timeline-cli.mjs");
	await esbuild.build({
		entryPoints: [entry],
		bundle: true,
		platform: "node",
		format: "esm",
		target: "node20",
		outfile: file,
		logLevel: "error",
		define: { SCRAPBOX_LENS_VERSION: '"bench"' },
	});
	return { file, source: "the CLI frame bundled with the timeline command (not yet registered in dist/cli.js)" };
}

async function readFloor(outDir: string): Promise<string> {
	const entry = join(outDir, "read-floor-entry.ts");
	writeFileSync(
		entry,
		[
			`import { collectNotes, forEachNoteText } from ${JSON.stringify(join(projectRoot, "src/cli/files.ts"))};`,
			"let bytes = 0;",
			"await forEachNoteText(await collectNotes(process.argv[2]), (_note, text) => { bytes += text.length; });",
			"process.stdout.write(String(bytes) + '\\n');",
		].join("\n"),
	);
	const file = join(outDir, "read-floor.mjs");
	await esbuild.build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", target: "node20", outfile: file, logLevel: "error", define: { SCRAPBOX_LENS_VERSION: '"bench"' } });
	return file;
}

function run(file: string, args: string[]): number {
	const start = performance.now();
	execFileSync(process.execPath, [file, ...args], { stdio: ["ignore", "ignore", "inherit"], maxBuffer: 256 * 1024 * 1024 });
	return performance.now() - start;
}

async function commandLine(dir: string): Promise<Figure[]> {
	const outDir = join(projectRoot, "tmp", "bench", "timeline");
	mkdirSync(outDir, { recursive: true });
	const cli = await timelineCli(outDir);
	const floor = await readFloor(outDir);
	// The shared corpus, and a vault ten times its size made of copies of it.
	const big = join(outDir, "vault-x10");
	rmSync(big, { recursive: true, force: true });
	for (let i = 0; i < 10; i++) for (const sub of ["markdown-en", "markdown-ja", "obsidian-help", "kepano-vault"]) if (existsSync(join(dir, sub))) cpSync(join(dir, sub), join(big, `copy${i}`, sub), { recursive: true });
	const figures: Figure[] = [];
	try {
		for (const [label, folder, runs] of [
			["corpus folder", dir, 15],
			["10× corpus folder", big, 9],
		] as const) {
			const cliRuns: number[] = [];
			const floorRuns: number[] = [];
			run(floor, [folder]);
			run(cli.file, ["timeline", folder, "--json"]);
			for (let i = 0; i < runs; i++) {
				floorRuns.push(run(floor, [folder]));
				cliRuns.push(run(cli.file, ["timeline", folder, "--json"]));
			}
			const c = summarise(cliRuns);
			const f = summarise(floorRuns);
			figures.push({
				name: `CLI timeline ÷ read floor, ${label}`,
				value: c.median / f.median,
				unit: "×",
				goal: { op: "<", value: 1.3 },
				note: `timeline --json median ${c.median.toFixed(0)} ms, read floor median ${f.median.toFixed(0)} ms; fastest runs ${c.min.toFixed(0)} vs ${f.min.toFixed(0)} ms (${(c.min / f.min).toFixed(2)}×); ${c.runs} runs each, alternating, process start included in both; CLI: ${cli.source}`,
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
