/**
 * Golden fixtures: each `fixtures/<name>.json` export (with options from
 * `<name>.options.json`) must convert to exactly the notes in `fixtures/<name>/`
 * and the problems in `fixtures/<name>.problems.json`. The fixtures are written
 * by hand; `UPDATE_GOLDEN=1 npx vitest run tests/core/import/golden.test.ts`
 * rewrites the expected files after a deliberate change — review the diff.
 * `examples/sample-export.json` is checked the same way, as `sample-export`.
 */
import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { readExport, readExportBytes } from "../../../src/core/scrapbox/export";
import { planImport } from "../../../src/core/import/plan";
import type { ImportOptions } from "../../../src/core/import/options";
import { extractLinks, indexVault, resolveLink } from "./obsidian-links";

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, "fixtures");
const update = process.env.UPDATE_GOLDEN === "1";

const sample = join(here, "../../../examples/sample-export.json");
const names = readdirSync(fixtures)
	.filter((f) => f.endsWith(".json") && !f.endsWith(".options.json") && !f.endsWith(".problems.json"))
	.map((f) => f.slice(0, -5))
	.concat("sample-export")
	.sort();

function sourceFor(name: string): string {
	return name === "sample-export" ? sample : join(fixtures, `${name}.json`);
}

function optionsFor(name: string): ImportOptions {
	const file = join(fixtures, `${name}.options.json`);
	const options = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as ImportOptions) : {};
	return { ...options, timeZone: "utc" };
}

function walk(root: string, dir = root): string[] {
	if (!existsSync(dir)) return [];
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) out.push(...walk(root, full));
		else out.push(relative(root, full).split(sep).join("/"));
	}
	return out;
}

export function planFixture(name: string) {
	const text = readFileSync(sourceFor(name), "utf8");
	const read = readExport(text);
	if (!read.ok) throw new Error(read.error.message);
	return planImport(read.export, optionsFor(name));
}

describe("golden fixtures", () => {
	it("has fixtures", () => {
		expect(names.length).toBeGreaterThanOrEqual(5);
	});

	for (const name of names) {
		describe(name, () => {
			const plan = planFixture(name);
			const expectedDir = join(fixtures, name);

			if (update) {
				rmSync(expectedDir, { recursive: true, force: true });
				for (const note of plan.notes) {
					const file = join(expectedDir, ...note.path.split("/"));
					mkdirSync(dirname(file), { recursive: true });
					writeFileSync(file, note.content);
				}
				writeFileSync(join(fixtures, `${name}.problems.json`), JSON.stringify(plan.problems, null, "\t") + "\n");
			}

			it("writes exactly the expected notes", () => {
				const expected = walk(expectedDir).sort();
				expect(plan.notes.map((n) => n.path).sort()).toEqual(expected);
				for (const note of plan.notes) {
					expect(note.content, note.path).toBe(readFileSync(join(expectedDir, ...note.path.split("/")), "utf8"));
				}
			});

			it("reports the expected problems", () => {
				const expected = JSON.parse(readFileSync(join(fixtures, `${name}.problems.json`), "utf8")) as unknown;
				expect(plan.problems).toEqual(expected);
			});

			it("writes properties that parse as YAML", () => {
				for (const note of plan.notes) {
					const match = /^---\n([\s\S]*?)\n---\n/.exec(note.content);
					expect(match, note.path).not.toBeNull();
					const data = parseYaml(match![1]) as Record<string, unknown>;
					expect(data.title, note.path).toBe(note.title);
				}
			});

			it("links every page of the export to its own note", () => {
				const vault = indexVault(plan.notes.map((n) => n.path));
				for (const note of plan.notes) {
					for (const link of extractLinks(note.content)) {
						const resolved = resolveLink(link.target, note.path, vault);
						if (resolved === undefined) continue;
						// A link that opens a note opens the page its text names.
						const linked = plan.notes.find((n) => n.path === resolved)!;
						const title = link.display.replace(/^#/, "").replace(/\.icon$/, "");
						const key = (s: string) => s.replace(/ /g, "_").toLowerCase();
						const sameTitle = key(linked.title) === key(title) || key(`/${plan.project}/${linked.title}`) === key(title);
						expect(sameTitle, `${note.path}:${link.line} ${link.display} → ${resolved}`).toBe(true);
					}
				}
			});

			it("reads the same from bytes, lean or not", () => {
				const bytes = readFileSync(sourceFor(name));
				for (const keepLines of [false, true]) {
					const read = readExportBytes(new Uint8Array(bytes), { keepLines });
					if (!read.ok) throw new Error(read.error.message);
					const again = planImport(read.export, optionsFor(name));
					expect(again.notes).toEqual(plan.notes);
					expect(again.problems).toEqual(plan.problems);
				}
			});
		});
	}
});
