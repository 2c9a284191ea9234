import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/run";
import { scanCommand } from "../../src/cli/commands/scan";

function capture(cwd: string) {
	const out: string[] = [];
	const err: string[] = [];
	return { io: { cwd, stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

let root = "";
beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), "sbl-scan-"));
	mkdirSync(join(root, "vault", "Scrapbox"), { recursive: true });
	mkdirSync(join(root, "vault", ".obsidian"), { recursive: true });
	writeFileSync(join(root, "vault", "Scrapbox", "Reading notes.md"), "Reading notes\n[* How I read]\n [keshiki.icon] first pass\n");
	writeFileSync(join(root, "vault", "Slow notes.md"), '---\ntitle: "Slow notes"\n---\n\nText.<img src=\'https://scrapbox.io/api/pages/p/alice/icon\' alt=\'alice.icon\' height="19.5"/>\n');
	writeFileSync(join(root, "vault", "Reading group.md"), "Body.\n\n---\nThis page is auto-translated from [/nishio/読書会](https://scrapbox.io/nishio/読書会) using DeepL.\n");
	writeFileSync(join(root, "vault", "Journal.md"), "# Today\n- walked\n- read [[Book]]\n");
	writeFileSync(join(root, "vault", ".obsidian", "skip.md"), "Reading notes\n[* x]\n");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("scrapbox-lens scan", () => {
	it("prints exactly the JSON shape, one result per note in path order", async () => {
		const c = capture(root);
		expect(await runCli(["scan", "vault", "--json"], c.io, [scanCommand])).toBe(0);
		const json = JSON.parse(c.out.join("")) as Record<string, unknown>;
		expect(Object.keys(json)).toEqual(["notes", "counts", "results"]);
		expect(json.notes).toBe(4);
		expect(json.counts).toEqual({ raw: 1, converted: 1, translated: 1, none: 1 });
		const results = json.results as { path: string; flavour: string | null; score: number; reasons: string[] }[];
		expect(results.map((r) => [r.path, r.flavour])).toEqual([
			["Journal.md", null],
			["Reading group.md", "translated"],
			["Scrapbox/Reading notes.md", "raw"],
			["Slow notes.md", "converted"],
		]);
		for (const r of results) {
			expect(Object.keys(r)).toEqual(["path", "flavour", "score", "reasons"]);
			expect(r.score).toBeGreaterThanOrEqual(0);
			expect(r.score).toBeLessThanOrEqual(1);
		}
		expect(results[1].reasons[0]).toBe("provenance footer at line 4");
		expect(c.err).toEqual([]);
	});

	it("prints a summary with counts by flavour", async () => {
		const c = capture(root);
		expect(await runCli(["scan", join(root, "vault")], c.io, [scanCommand])).toBe(0);
		expect(c.out.join("")).toBe(
			["3 of 4 notes are Scrapbox-flavoured.", "  Raw Scrapbox notation: 1", "  Converted from Scrapbox: 1", "  Translated Scrapbox page: 1", "  Not Scrapbox-flavoured: 1", ""].join("\n"),
		);
	});

	it("scans a single file, and reports a missing folder or a missing argument", async () => {
		const one = capture(root);
		expect(await runCli(["scan", "vault/Journal.md", "--json"], one.io, [scanCommand])).toBe(0);
		expect(JSON.parse(one.out.join(""))).toMatchObject({ notes: 1, results: [{ path: "Journal.md", flavour: null }] });
		const missing = capture(root);
		expect(await runCli(["scan", "nowhere"], missing.io, [scanCommand])).toBe(1);
		const usage = capture(root);
		expect(await runCli(["scan"], usage.io, [scanCommand])).toBe(2);
	});
});
