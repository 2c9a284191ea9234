import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bytesSource, pageWithLines, readExport, readExportBytes, readExportSource, readExportSteps, type ReadBytesOptions, type ReadExportResult } from "../../../src/core/scrapbox/export";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "../import/fixtures");
const fixture = (name: string) => readFileSync(join(fixtures, `${name}.json`), "utf8");
const bytes = (text: string) => new TextEncoder().encode(text);

function ok(result: ReadExportResult) {
	if (!result.ok) throw new Error(result.error.message);
	return result.export;
}

/** The reader in steps, run to the end as the plugin runs it between yields. */
function stepped(text: string, options: ReadBytesOptions = {}): { result: ReadExportResult; steps: number } {
	const steps = readExportSteps(bytesSource(bytes(text)), options);
	for (let count = 0; ; count++) {
		const next = steps.next();
		if (next.done) return { result: next.value, steps: count };
	}
}

/** Every reader, so every case is checked on the string path, the byte path and the byte path in steps. */
function readBoth(text: string): ReadExportResult[] {
	return [readExport(text), readExportBytes(bytes(text)), readExportBytes(bytes(text), { keepLines: true }), stepped(text, { keepLines: true, chunkSize: 7 }).result];
}

describe("reading in steps", () => {
	it("gives the reader's result, in two steps a page (its structure, then its reading)", () => {
		for (const name of ["shape-backup", "shape-2018", "notation", "collisions"]) {
			const text = fixture(name);
			const { result, steps } = stepped(text, { keepLines: true });
			const whole = ok(readExportBytes(bytes(text), { keepLines: true }));
			expect(ok(result)).toEqual(whole);
			expect(steps).toBe(2 * whole.pageCount - 1);
		}
	});

	it("steps through a generated export and loads its pages lazily as the reader does", () => {
		const pages = Array.from({ length: 30 }, (_, i) => ({ title: `p${i}`, lines: [`p${i}`, `line [x] ${i}`] }));
		const text = JSON.stringify({ name: "proj", pages });
		const { result, steps } = stepped(text);
		expect(steps).toBe(2 * 30 - 1);
		const lean = ok(result);
		expect(lean.pages.map((p) => pageWithLines(lean, p).lines)).toEqual(pages.map((p) => p.lines));
	});
});

describe("reading export shapes", () => {
	it("reads lines given as strings (export without metadata)", () => {
		const e = ok(readExport(fixture("shape-plain")));
		expect(e.project).toBe("shapes");
		expect(e.displayName).toBe("Shapes");
		expect(e.exported).toBe(1600000000);
		expect(e.pages.map((p) => p.title)).toEqual(["First page", "Second page"]);
		expect(e.pages[0]).toMatchObject({ index: 0, created: 1500000000, updated: 1500001000, id: "5a0000000000000000000001" });
		expect(e.pages[0].lines).toEqual(["First page", "First line of the page, links to [Second page].", " a bullet", "  a nested bullet"]);
		expect(e.pages[0].lineIds).toBeUndefined();
	});

	it("reads line objects (export with metadata) to the same text", () => {
		const plain = ok(readExport(fixture("shape-plain")));
		const meta = ok(readExport(fixture("shape-metadata")));
		expect(meta.pages.map((p) => p.lines)).toEqual(plain.pages.map((p) => p.lines));
	});

	it("keeps line ids from backups and finds the ids links point at", () => {
		const e = ok(readExport(fixture("shape-backup")));
		expect(e.pages[0].lineIds).toEqual(["5f0c1a2b3c4d5e6f70818290", "5f0c1a2b3c4d5e6f70818293", "5f0c1a2b3c4d5e6f70818291", ""]);
		expect([...e.anchoredLineIds]).toEqual(["5f0c1a2b3c4d5e6f70818293"]);
	});

	it("reads 2018 exports without page ids and 2023 exports without users or views", () => {
		const old = ok(readExport(fixture("shape-2018")));
		expect(old.pages.every((p) => p.id === undefined)).toBe(true);
		const recent = ok(readExport(fixture("shape-2023")));
		expect(recent.pages).toHaveLength(2);
		expect(recent.pages[1].id).toBe("5a0000000000000000000002");
	});

	it("accepts the import format and extra keys anywhere", () => {
		const imported = ok(readExport(fixture("shape-import")));
		expect(imported.project).toBeUndefined();
		expect(imported.pages[1].lines[0]).toBe("Second page");
		expect(imported.pages[1].created).toBeUndefined();
		const extra = ok(readExport(fixture("shape-extra-keys")));
		expect(extra.pages).toHaveLength(2);
		expect(extra.issues).toEqual([]);
	});

	it("reads the same from bytes as from text, lean or not", () => {
		for (const name of ["shape-plain", "shape-metadata", "shape-backup", "shape-2018", "shape-2023", "shape-import", "shape-extra-keys", "notation", "collisions"]) {
			const text = fixture(name);
			const fromText = ok(readExport(text));
			const kept = ok(readExportBytes(bytes(text), { keepLines: true }));
			const lean = ok(readExportBytes(bytes(text)));
			expect(kept.pages, name).toEqual(fromText.pages);
			expect(kept.loadPage).toBeUndefined();
			expect(lean.pages.every((p) => p.lines.length === 0), name).toBe(true);
			expect(lean.pages.map((p) => pageWithLines(lean, p)), name).toEqual(fromText.pages);
			expect({ ...lean, pages: [], loadPage: undefined }).toEqual({ ...fromText, pages: [], loadPage: undefined });
		}
	});

	it("reads the same through any chunk size, and from a source that is not in memory", () => {
		for (const name of ["notation", "shape-backup", "collisions"]) {
			const text = fixture(name);
			const expected = ok(readExport(text)).pages;
			for (const chunkSize of [1, 7, 64, 4096]) {
				const data = bytes(text);
				let reads = 0;
				const source = {
					size: data.length,
					read: (start: number, end: number) => {
						reads++;
						return data.slice(start, end);
					},
				};
				const lean = ok(readExportSource(source, { chunkSize }));
				expect(lean.pages.map((p) => pageWithLines(lean, p)), `${name} @${chunkSize}`).toEqual(expected);
				expect(reads).toBeGreaterThan(0);
			}
		}
		for (const [text, message] of [["{\"pages\": [{\"title\": \"a\", \"lines\": [\"a\"]}", /not JSON/], ["{\"pages\": []}", /no pages/]] as const) {
			const result = readExportSource(bytesSource(bytes(text)), { chunkSize: 3 });
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.error.message).toMatch(message);
		}
	});

	it("reads the same from a source that reads into one reused buffer", () => {
		for (const name of ["notation", "shape-backup", "collisions"]) {
			const text = fixture(name);
			const expected = ok(readExport(text)).pages;
			for (const chunkSize of [1, 7, 64, 4096]) {
				const data = bytes(text);
				const targets = new Set<Uint8Array>();
				const source = {
					size: data.length,
					read: (start: number, end: number) => data.slice(start, end),
					readInto: (start: number, end: number, into: Uint8Array) => {
						targets.add(into);
						// Whatever was in the buffer before is overwritten, as a file read would.
						into.fill(0x22);
						into.set(data.subarray(start, end));
						return end - start;
					},
				};
				const lean = ok(readExportSource(source, { chunkSize }));
				expect(lean.pages.map((p) => pageWithLines(lean, p)), `${name} @${chunkSize}`).toEqual(expected);
				// At most one buffer for the structure pass and one for reading pages again, however many chunks.
				expect(targets.size, `${name} @${chunkSize}`).toBeGreaterThan(0);
				expect(targets.size, `${name} @${chunkSize}`).toBeLessThanOrEqual(2);
			}
		}
	});

	it("skips a byte-order mark", () => {
		const text = "\uFEFF" + fixture("shape-plain");
		for (const result of readBoth(text)) expect(ok(result).pages).toHaveLength(2);
	});
});

describe("refusing what is not an export", () => {
	const cases: Array<[string, string, RegExp]> = [
		["not JSON", "title,lines\nfoo,bar", /^This file is not JSON, so it is not a Scrapbox \(Cosense\) export \(.+\)\. Nothing was imported\.$/],
		["truncated JSON", '{"name":"p","pages":[{"title":"a","lines":["a"]}', /not JSON/],
		["JSON with trailing garbage", '{"pages":[{"title":"a","lines":["a"]}]} x', /not JSON/],
		["a Roam Research export", JSON.stringify([{ title: "Page", children: [{ string: "block", uid: "x1" }] }]), /looks like a Roam Research export/],
		["a Notion API page", JSON.stringify({ object: "page", id: "x", properties: {} }), /looks like a Notion export/],
		["a single Scrapbox page", JSON.stringify({ title: "Only", lines: ["Only", "text"] }), /single page, not a Scrapbox \(Cosense\) project export/],
		["some other object", JSON.stringify({ hello: "world" }), /not a Scrapbox \(Cosense\) export: it has no list of pages/],
		["pages that is not a list", JSON.stringify({ name: "p", pages: { a: 1 } }), /has no list of pages/],
		["an array of numbers", "[1, 2, 3]", /has no list of pages/],
		["a bare string", '"hello"', /has no list of pages/],
		["an empty export", JSON.stringify({ name: "p", pages: [] }), /^The Scrapbox \(Cosense\) export has no pages\. Nothing was imported\.$/],
		["pages that are not pages at all", JSON.stringify({ pages: [1, 2, "three"] }), /has no list of pages/],
		["pages of a Roam-like shape", JSON.stringify({ pages: [{ children: [] }] }), /Roam Research/],
	];
	for (const [label, text, message] of cases) {
		it(`gives one message for ${label}`, () => {
			for (const result of readBoth(text)) {
				expect(result.ok).toBe(false);
				if (!result.ok) expect(result.error.message).toMatch(message);
			}
		});
	}

	it("never throws, whatever the input", () => {
		for (const text of ["", " ", "{", "}", "[", "null", "true", "0", '{"pages":[', '{"pages":[}', '{"pages":[{"title":"a","lines":["a"]},]}', "\uFEFF"]) {
			for (const result of readBoth(text)) expect(result.ok).toBe(false);
		}
	});
});

describe("skipping unreadable pages", () => {
	const text = JSON.stringify({
		name: "p",
		pages: [
			{ title: "Good", lines: ["Good", "text"] },
			{ lines: ["No title"] },
			{ title: "   ", lines: [" "] },
			{ title: "Lines not a list", lines: "oops" },
			{ title: "Bad line", lines: ["Bad line", 42] },
			{ title: "Bad line object", lines: [{ text: "Bad line object" }, { userId: "x" }] },
			"not a page",
			{ title: "Also good", lines: [{ text: "Also good" }], created: "yesterday", updated: null, id: 7 },
		],
	});

	it("reports each bad page with its reason and reads the rest", () => {
		for (const result of readBoth(text)) {
			const e = ok(result);
			expect(e.pageCount).toBe(8);
			expect(e.pages.map((p) => p.title)).toEqual(["Good", "Also good"]);
			expect(e.issues.map((i) => [i.index, i.code, i.title, i.message])).toEqual([
				[1, "missing-title", "page 2", "page 2 has no title; skipped"],
				[2, "missing-title", "page 3", "page 3 has no title; skipped"],
				[3, "lines-not-list", "Lines not a list", '"lines" is not a list; page skipped'],
				[4, "bad-line", "Bad line", "line 2 is neither text nor a line object with text; page skipped"],
				[5, "bad-line", "Bad line object", "line 2 is neither text nor a line object with text; page skipped"],
				[6, "page-not-object", "page 7", "page 7 is not a page object; skipped"],
			]);
			// Times and ids of the wrong type are left out rather than trusted.
			expect(pageWithLines(e, e.pages[1])).toEqual({ index: 7, title: "Also good", lines: ["Also good"] });
		}
	});
});
