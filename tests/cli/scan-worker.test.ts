/**
 * `scan` in the bundled CLI classifies in a worker thread from 200 notes on;
 * the sources (as the other tests run them) classify on the main thread. Same
 * JSON, same text.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventEmitter } from "node:events";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Worker } from "node:worker_threads";
import { join } from "node:path";
import { runCli } from "../../src/cli/run";
import { scanCommand } from "../../src/cli/commands/scan";
import { NoteWork } from "../../src/cli/note-work";
import { classifyForScan, SCAN_ROLE } from "../../src/cli/commands/scan-work";
import { bundleCli, capture, runBundled } from "./bundled";

let dir = "";
let cli = "";
beforeAll(async () => {
	({ dir, cli } = await bundleCli());
	const kinds = [
		(i: number) => `Page ${i}\n[* bold] and [link ${i}]\n [icon.icon] indented\n`,
		(i: number) => `---\ntitle: "Page ${i}"\n---\n\nText.<img src='https://scrapbox.io/api/pages/p/alice/icon' alt='alice.icon'/>\n`,
		(i: number) => `Body ${i}.\n\n---\nThis page is auto-translated from [/nishio/Page ${i}](https://scrapbox.io/nishio/Page ${i}) using DeepL.\n`,
		(i: number) => `# Heading ${i}\n- item\n- [[Link]]\n\n| a | b |\n|---|---|\n`,
	];
	for (let i = 0; i < 450; i++) {
		const folder = join(dir, "vault", `f${i % 7}`);
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, `Page ${i}.md`), kinds[i % kinds.length](i).repeat(1 + (i % 5)));
	}
	writeFileSync(join(dir, "vault", "Long.md"), "Long\n" + " [a.icon] line\n".repeat(5000));
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the bundled CLI's scan, with its worker", () => {
	it("prints the same JSON and text as without a worker, classifying on a second thread", async () => {
		for (const args of [["scan", "vault", "--json"], ["scan", "vault"]]) {
			const here = capture(dir);
			expect(await runCli(args, here.io, [scanCommand])).toBe(0);
			const there = runBundled(cli, args, dir);
			expect(there.code).toBe(0);
			expect(there.out).toBe(here.out.join(""));
			expect(there.threads).toBe(2);
		}
	}, 60000);

	it("stays on one thread for a small folder", () => {
		mkdirSync(join(dir, "small"), { recursive: true });
		writeFileSync(join(dir, "small", "a.md"), "a\n[* b]\n");
		const there = runBundled(cli, ["scan", "small", "--json"], dir);
		expect(there.code).toBe(0);
		expect(there.threads).toBe(1);
	});
});

describe("NoteWork without a worker", () => {
	it("gives the results in the order the notes were added", async () => {
		const folder = join(dir, "order");
		mkdirSync(folder, { recursive: true });
		const notes = Array.from({ length: 300 }, (_, i) => ({ absolute: join(folder, `n${i}.md`), path: `n${i}.md` }));
		for (const [i, note] of notes.entries()) writeFileSync(note.absolute, i % 2 === 0 ? `n${i}\n[* x]\n` : `# n${i}\n- item\n`);
		const work = new NoteWork(SCAN_ROLE, classifyForScan, null);
		const results = await work.run(notes);
		expect(results.map((r) => r.path)).toEqual(notes.map((n) => n.path));
		expect(results.map((r) => r.flavour)).toEqual(notes.map((_, i) => (i % 2 === 0 ? "raw" : null)));
	});

	it("does on the main thread what a worker that stops early left, with the same results", async () => {
		const folder = join(dir, "order");
		const notes = Array.from({ length: 300 }, (_, i) => ({ absolute: join(folder, `n${i}.md`), path: `n${i}.md` }));
		const alone = await new NoteWork(SCAN_ROLE, classifyForScan, null).run(notes);
		for (const answered of [0, 1, 3]) {
			// A stand-in worker: answers `answered` batches as the real one would, then exits.
			const fake = Object.assign(new EventEmitter(), {
				answered: 0,
				postMessage(batch: { absolute: string; path: string }[] | null) {
					if (batch === null) return;
					setTimeout(() => {
						if (fake.answered++ >= answered) fake.emit("exit", 1);
						else fake.emit("message", batch.map((n) => classifyForScan(null)(n.path, readFileSync(n.absolute, "utf8"))));
					}, 1);
				},
				terminate: async () => 0,
				unref() {},
			});
			const results = await new NoteWork(SCAN_ROLE, classifyForScan, null, () => fake as unknown as Worker).run(notes);
			expect(results, `after ${answered} batches`).toEqual(alone);
		}
	});
});
