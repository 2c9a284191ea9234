import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { runCli } from "../../src/cli/run";
import { importCommand, type ImportJson } from "../../src/cli/commands/import";

const sample = join(dirname(fileURLToPath(import.meta.url)), "../../examples/sample-export.json");

function capture(cwd: string) {
	const out: string[] = [];
	const err: string[] = [];
	const progress: string[] = [];
	return { io: { cwd, stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), progress: (s: string) => progress.push(s) }, out, err, progress };
}

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "sbl-import-"));
});
afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

async function importJson(args: string[]): Promise<{ code: number; json: ImportJson; err: string[]; progress: string[] }> {
	const c = capture(dir);
	const code = await runCli(["import", ...args, "--json"], c.io, [importCommand]);
	return { code, json: JSON.parse(c.out.join("")) as ImportJson, err: c.err, progress: c.progress };
}

describe("scrapbox-lens import", () => {
	it("writes every page as a note and prints the summary as JSON", async () => {
		const { code, json, err, progress } = await importJson([sample, "out"]);
		expect(code).toBe(0);
		expect(err).toEqual([]);
		expect(Object.keys(json)).toEqual(["pages", "written", "unchanged", "skipped", "failed", "files", "problems"]);
		expect(json).toMatchObject({ pages: 8, written: 8, unchanged: 0, skipped: 0, failed: 0, problems: [] });
		expect(json.files).toContainEqual({ title: "Seeds/2024", path: "lens-demo/Seeds-2024 (2).md" });
		expect(json.files).toContainEqual({ title: "Tomatoes: a growing log", path: "lens-demo/Tomatoes a growing log.md" });
		for (const file of json.files) expect(existsSync(join(dir, "out", file.path)), file.path).toBe(true);
		expect(readdirSync(join(dir, "out", "lens-demo"))).toHaveLength(8);
		expect(progress.at(-1)).toBe("import: 8/8 pages\n");
	});

	it("writes the same notes as the plan, with the page's update time as the file's", async () => {
		await importJson([sample, "out"]);
		const note = readFileSync(join(dir, "out", "lens-demo", "Welcome to lens-demo.md"), "utf8");
		const props = parseYaml(note.split("\n---\n")[0].slice(4)) as Record<string, unknown>;
		expect(props).toMatchObject({ title: "Welcome to lens-demo", scrapbox_url: "https://scrapbox.io/lens-demo/Welcome_to_lens-demo", scrapbox_project: "lens-demo" });
		expect(statSync(join(dir, "out", "lens-demo", "Welcome to lens-demo.md")).mtimeMs).toBe(1717200000 * 1000);
	});

	it("changes nothing when the same export is imported again", async () => {
		await importJson([sample, "out"]);
		const before = statSync(join(dir, "out", "lens-demo", "gardener.md")).mtimeMs;
		const { json } = await importJson([sample, "out"]);
		expect(json).toMatchObject({ written: 0, unchanged: 8, skipped: 0, failed: 0 });
		expect(statSync(join(dir, "out", "lens-demo", "gardener.md")).mtimeMs).toBe(before);
		expect(existsSync(join(dir, "out", "lens-demo", "Scrapbox import report.md"))).toBe(false);
	});

	it("never overwrites a note edited since import, and writes a report", async () => {
		await importJson([sample, "out"]);
		const edited = join(dir, "out", "lens-demo", "gardener.md");
		writeFileSync(edited, readFileSync(edited, "utf8") + "My own addition.\n");
		const data = JSON.parse(readFileSync(sample, "utf8")) as { pages: Array<{ title: string; updated: number; lines: Array<{ text: string }> }> };
		for (const page of data.pages) {
			page.updated += 100;
			page.lines.push({ text: "A line added in Scrapbox later." });
		}
		writeFileSync(join(dir, "newer.json"), JSON.stringify(data));
		const { json } = await importJson(["newer.json", "out"]);
		expect(json).toMatchObject({ written: 7, unchanged: 0, skipped: 1, failed: 0 });
		expect(json.problems).toEqual([{ title: "gardener", message: "The note was edited since it was imported; it was left as it is." }]);
		expect(readFileSync(edited, "utf8")).toContain("My own addition.");
		expect(readFileSync(join(dir, "out", "lens-demo", "Watering script.md"), "utf8")).toContain("A line added in Scrapbox later.");
		const report = readFileSync(join(dir, "out", "lens-demo", "Scrapbox import report.md"), "utf8");
		expect(report).toContain("## Left as they were (1)");
		expect(report).toContain("[[lens-demo/gardener|gardener]]");
	});

	it("leaves alone a note it did not write", async () => {
		mkdirSync(join(dir, "out", "lens-demo"), { recursive: true });
		writeFileSync(join(dir, "out", "lens-demo", "gardener.md"), "# Mine\n");
		const { json } = await importJson([sample, "out"]);
		expect(json.skipped).toBe(1);
		expect(json.problems[0].message).toMatch(/did not write/);
		expect(readFileSync(join(dir, "out", "lens-demo", "gardener.md"), "utf8")).toBe("# Mine\n");
	});

	it("treats a file differing only in case as the note's own, as macOS and Windows would", async () => {
		mkdirSync(join(dir, "out", "lens-demo"), { recursive: true });
		writeFileSync(join(dir, "out", "lens-demo", "GARDENER.md"), "# Mine\n");
		const { json } = await importJson([sample, "out"]);
		expect(json.skipped).toBe(1);
		expect(json.problems).toEqual([{ title: "gardener", message: "A note that the importer did not write is already at this path; it was left as it is." }]);
		expect(existsSync(join(dir, "out", "lens-demo", "gardener.md"))).toBe(false);
	});

	it("names the project with --project when the export does not", async () => {
		writeFileSync(join(dir, "import.json"), JSON.stringify({ pages: [{ title: "A", lines: ["A", "[B]"] }, { title: "B", lines: ["B"] }] }));
		const { json } = await importJson(["import.json", "out", "--project", "mine"]);
		expect(json.files).toEqual([
			{ title: "A", path: "mine/A.md" },
			{ title: "B", path: "mine/B.md" },
		]);
		expect(readFileSync(join(dir, "out", "mine", "A.md"), "utf8")).toContain('scrapbox_url: "https://scrapbox.io/mine/A"');
	});

	it("reports unreadable pages and imports the rest", async () => {
		writeFileSync(join(dir, "mixed.json"), JSON.stringify({ name: "p", pages: [{ title: "Fine", lines: ["Fine"] }, { lines: [] }] }));
		const { json } = await importJson(["mixed.json", "out"]);
		expect(json).toMatchObject({ pages: 2, written: 1, skipped: 1, failed: 0, problems: [{ title: "page 2", message: "page 2 has no title; skipped" }] });
		expect(existsSync(join(dir, "out", "p", "Scrapbox import report.md"))).toBe(true);
	});

	it("prints a text summary without --json", async () => {
		const c = capture(dir);
		expect(await runCli(["import", sample, "out"], c.io, [importCommand])).toBe(0);
		expect(c.out.join("")).toBe(`Imported 8 pages of lens-demo into ${join(dir, "out")}: 8 written, 0 unchanged, 0 skipped, 0 failed.\n`);
	});

	it("refuses a file that is not an export with one line and exit 1, writing nothing", async () => {
		const cases: Array<[string, RegExp]> = [
			["not json at all", /not JSON/],
			[JSON.stringify([{ title: "R", children: [] }]), /Roam Research/],
			[JSON.stringify({ name: "p", pages: [] }), /has no pages/],
		];
		for (const [text, message] of cases) {
			writeFileSync(join(dir, "bad.json"), text);
			const c = capture(dir);
			expect(await runCli(["import", "bad.json", "out", "--json"], c.io, [importCommand])).toBe(1);
			expect(c.out).toEqual([]);
			expect(c.err).toHaveLength(1);
			expect(c.err[0]).toMatch(message);
			expect(c.err[0].trimEnd().split("\n")).toHaveLength(1);
			expect(existsSync(join(dir, "out"))).toBe(false);
		}
	});

	it("says so when the export file is missing, and checks its arguments", async () => {
		const c = capture(dir);
		expect(await runCli(["import", "missing.json", "out"], c.io, [importCommand])).toBe(1);
		expect(c.err.join("")).toMatch(/^scrapbox-lens: .*missing\.json\n$/);
		expect(await runCli(["import", sample], capture(dir).io, [importCommand])).toBe(2);
		expect(await runCli(["import", sample, "out", "extra"], capture(dir).io, [importCommand])).toBe(2);
	});
});
