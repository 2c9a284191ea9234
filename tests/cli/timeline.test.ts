import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../../src/cli/run";
import { timelineCommand } from "../../src/cli/commands/timeline";

function capture(cwd = "/") {
	const out: string[] = [];
	const err: string[] = [];
	return { io: { cwd, stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

let root = "";
beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), "sbl-timeline-"));
	mkdirSync(join(root, "Library"));
	mkdirSync(join(root, ".obsidian"));
	writeFileSync(join(root, "Library", "history.md"), readFileSync(resolve("tests/core/timeline/fixtures/history.md"), "utf8"));
	writeFileSync(join(root, "early.md"), "> 1815年 - The oldest record\n> A ledger survives.\n- Worth a visit.\n");
	writeFileSync(join(root, ".obsidian", "hidden.md"), "> 1900 - never read\n");
	writeFileSync(join(root, "plain.md"), "No dates here. The next day nothing happened.\n");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("scrapbox-lens timeline", () => {
	it("prints one JSON array of events in chronological order across a folder", async () => {
		const c = capture();
		expect(await runCli(["timeline", root, "--json"], c.io, [timelineCommand])).toBe(0);
		const json = JSON.parse(c.out.join("")) as Record<string, unknown>[];
		expect(json.map((e) => `${e.date as string} ${e.file as string}:${e.line as number}`)).toEqual([
			"1815 early.md:1",
			"1878-07-15 Library/history.md:8",
			"1960 Library/history.md:11",
			"2023-03-03 Library/history.md:16",
			"2023-05 Library/history.md:24",
			"2025 Library/history.md:28",
			"2025-07-17 Library/history.md:21",
		]);
		expect(json[0]).toEqual({ date: "1815", end: null, precision: "year", title: "The oldest record", text: ["A ledger survives."], commentary: ["Worth a visit."], file: "early.md", line: 1 });
		expect(Object.keys(json[6])).toEqual(["date", "end", "precision", "title", "text", "commentary", "file", "line"]);
		expect(json[6].end).toBe("2025-08-24");
		expect(c.err).toEqual([]);
	});

	it("prints one line per event as text, resolving the path against the working folder", async () => {
		const c = capture(root);
		expect(await runCli(["timeline", "early.md"], c.io, [timelineCommand])).toBe(0);
		expect(c.out.join("")).toBe("1815  The oldest record  (early.md:1)\n");
		const all = capture(root);
		await runCli(["timeline", "."], all.io, [timelineCommand]);
		const lines = all.out.join("").trimEnd().split("\n");
		expect(lines).toHaveLength(7);
		expect(lines[6]).toBe("2025-07-17/2025-08-24  Summer reading festival  (Library/history.md:21)");
	});

	it("counts dated lines outside quotes with --unquoted", async () => {
		const c = capture();
		await runCli(["timeline", join(root, "Library"), "--json", "--unquoted"], c.io, [timelineCommand]);
		const json = JSON.parse(c.out.join("")) as { date: string; title: string }[];
		expect(json.find((e) => e.date === "2024-10-29")).toMatchObject({ title: "", commentary: ["Visited with my daughter.", "She chose three picture books."] });
	});

	it("reads a note in raw Scrapbox notation as such, its deeper lines as commentary", async () => {
		const dir = join(root, "raw");
		mkdirSync(dir, { recursive: true });
		writeFileSync(
			join(dir, "Reading notes.md"),
			["Reading notes", "[* History]", " > 2023/05/04 - A memo is published", " > It argues open models will catch up.", "  I agree with most of it.", "   [Open models] are the point", " #reading", " [https://gyazo.com/0123456789abcdef0123456789abcdef]"].join("\n"),
		);
		const c = capture();
		expect(await runCli(["timeline", dir, "--json"], c.io, [timelineCommand])).toBe(0);
		expect(JSON.parse(c.out.join(""))).toEqual([
			{
				date: "2023-05-04",
				end: null,
				precision: "day",
				title: "A memo is published",
				text: ["It argues open models will catch up."],
				commentary: ["I agree with most of it.", "[Open models] are the point"],
				file: "Reading notes.md",
				line: 3,
			},
		]);
	});

	it("prints an empty array for notes without dated quotes", async () => {
		const c = capture();
		expect(await runCli(["timeline", join(root, "plain.md"), "--json"], c.io, [timelineCommand])).toBe(0);
		expect(c.out.join("")).toBe("[]\n");
	});

	it("fails cleanly on a missing path and on bad usage", async () => {
		const missing = capture();
		expect(await runCli(["timeline", join(root, "nope")], missing.io, [timelineCommand])).toBe(1);
		expect(missing.err.join("")).toContain("nope");
		expect(await runCli(["timeline"], capture().io, [timelineCommand])).toBe(2);
		expect(await runCli(["timeline", root, "extra"], capture().io, [timelineCommand])).toBe(2);
		expect(await runCli(["timeline", root, "--bogus"], capture().io, [timelineCommand])).toBe(2);
	});
});
