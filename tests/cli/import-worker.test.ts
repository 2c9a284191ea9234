/**
 * `import` in the bundled CLI converts in a worker thread; the sources (as the
 * other tests run them) convert on the main thread. Same output, same files.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../src/cli/run";
import { importCommand, importFrom } from "../../src/cli/commands/import";
import { ImportReader } from "../../src/cli/import/reader";
import type { readInWorker } from "../../src/cli/import/worker";
import { bundleCli, capture, root, runBundled, snapshot } from "./bundled";

const sample = join(root, "examples/sample-export.json");

let dir = "";
let cli = "";
beforeAll(async () => {
	({ dir, cli } = await bundleCli());
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bundled = (args: string[], cwd: string) => runBundled(cli, args, cwd);

type ExportData = { pages: Array<{ title: string; updated?: number; lines: Array<{ text: string }> }> };

/** The export with filler pages added until it is large enough for the CLI to start a worker (2 MiB). */
function padded(data: ExportData): ExportData {
	const pages = [...data.pages];
	for (let i = 0; pages.length < data.pages.length + 200; i++) {
		const lines = [{ text: `Filler ${i}` }];
		for (let j = 0; j < 150; j++) lines.push({ text: `${" ".repeat(j % 3)}line ${j} of filler ${i}: [Seeds/2024] #garden [* note] and [Filler ${(i + 1) % 200}]` });
		pages.push({ title: `Filler ${i}`, updated: 1717200000 + i, lines });
	}
	return { ...data, pages };
}

function sampleData(): ExportData {
	return JSON.parse(readFileSync(sample, "utf8")) as ExportData;
}

/** An export with pages that warn (a title line that differs, a duplicate title), one that fails, and one very long. */
function awkwardExport(): ExportData {
	const data = sampleData();
	data.pages.push({ title: "Seeds/2024", lines: [{ text: "Seeds/2024" }, { text: "a second page with this title" }] });
	data.pages.push({ title: "Renamed", lines: [{ text: "Old name" }, { text: " [Renamed] and [x.icon*3]" }] });
	data.pages.push({ title: "Too many icons", lines: [{ text: "Too many icons" }, { text: "[x.icon*99999999999]" }] });
	// A note larger than the worker's batch slots (256 KiB).
	data.pages.push({ title: "Long log", lines: [{ text: "Long log" }, ...Array.from({ length: 12000 }, (_, i) => ({ text: ` entry ${i} about [Seeds/2024] and the garden` }))] });
	return data;
}

describe("the bundled CLI's import, with its worker", () => {
	it("writes the same notes and prints the same JSON as without a worker", async () => {
		writeFileSync(join(dir, "padded.json"), JSON.stringify(padded(sampleData())));
		writeFileSync(join(dir, "awkward.json"), JSON.stringify(padded(awkwardExport())));
		for (const [source, threads] of [
			[sample, 1],
			[join(dir, "padded.json"), 2],
			[join(dir, "awkward.json"), 2],
		] as const) {
			rmSync(join(dir, "a"), { recursive: true, force: true });
			rmSync(join(dir, "b"), { recursive: true, force: true });
			const here = capture(dir);
			const code = await runCli(["import", source, "a", "--json"], here.io, [importCommand]);
			const there = bundled(["import", source, "b", "--json"], dir);
			// A small export is read on the main thread; a large one in a worker.
			expect(there.threads, source).toBe(threads);
			expect(there.code).toBe(code);
			expect(there.out).toBe(here.out.join(""));
			expect(snapshot(join(dir, "b"))).toEqual(snapshot(join(dir, "a")));
		}
	});

	it("re-imports the same way: unchanged, updated and edited notes", async () => {
		writeFileSync(join(dir, "padded.json"), JSON.stringify(padded(sampleData())));
		for (const out of ["a", "b"]) {
			rmSync(join(dir, out), { recursive: true, force: true });
			bundled(["import", "padded.json", out], dir);
			const edited = join(dir, out, "lens-demo", "gardener.md");
			writeFileSync(edited, readFileSync(edited, "utf8") + "My own line.\n");
		}
		const data = padded(sampleData());
		data.pages[0].updated = (data.pages[0].updated ?? 0) + 10;
		data.pages[0].lines.push({ text: "later" });
		writeFileSync(join(dir, "newer.json"), JSON.stringify(data));
		const here = capture(dir);
		await runCli(["import", "newer.json", "a", "--json"], here.io, [importCommand]);
		const there = bundled(["import", "newer.json", "b", "--json"], dir);
		expect(there.threads).toBe(2);
		expect(there.out).toBe(here.out.join(""));
		expect(JSON.parse(there.out)).toMatchObject({ skipped: 1, unchanged: 206, written: 1 });
		expect(snapshot(join(dir, "b"))).toEqual(snapshot(join(dir, "a")));
	});

	it("refuses a file that is not an export the same way, writing nothing", () => {
		writeFileSync(join(dir, "bad.json"), JSON.stringify({ name: "p", notes: "x".repeat(3 * 1024 * 1024), pages: [] }));
		const here = capture(dir);
		const there = bundled(["import", "bad.json", "c", "--json"], dir);
		expect(there.threads).toBe(2);
		expect(there.code).toBe(1);
		expect(there.out).toBe("");
		expect(() => statSync(join(dir, "c"))).toThrow();
		return runCli(["import", "bad.json", "c", "--json"], here.io, [importCommand]).then((code) => {
			expect(code).toBe(1);
			expect(here.out).toEqual([]);
		});
	});
});

describe("an import whose worker stops part way", () => {
	it("reads the pages it did not hand over on the main thread, with the same result", async () => {
		writeFileSync(join(dir, "awkward.json"), JSON.stringify(awkwardExport()));
		const source = join(dir, "awkward.json");
		const whole = capture(dir);
		rmSync(join(dir, "d"), { recursive: true, force: true });
		await runCli(["import", source, "d", "--json"], whole.io, [importCommand]);
		for (const handed of [0, 1, 5, 10]) {
			rmSync(join(dir, "e"), { recursive: true, force: true });
			// A stand-in for the worker: reads on this thread, hands over `handed` pages, then stops.
			const stopping: typeof readInWorker = async (fd, outDir, project, onHead, onPage) => {
				if (handed === 0) return { complete: false, started: false, pages: 0 };
				const reader = await ImportReader.open(fd, outDir, project);
				onHead(reader.head);
				for (let i = 0; i < handed; i++) {
					const outcome = reader.next();
					if (outcome === undefined) return { complete: true, started: true, pages: i };
					onPage(outcome, outcome.note ? new TextEncoder().encode(outcome.note.content) : undefined);
				}
				return { complete: false, started: true, pages: handed };
			};
			const fd = openSync(source, "r");
			try {
				const result = await importFrom(fd, join(dir, "e"), undefined, capture(dir).io, stopping);
				expect(JSON.stringify(result.json) + "\n", `after ${handed}`).toBe(whole.out.join(""));
			} finally {
				closeSync(fd);
			}
			expect(snapshot(join(dir, "e"))).toEqual(snapshot(join(dir, "d")));
		}
	});
});
