import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { assignNoteNames, MAX_FILE_NAME_BYTES, nameForMissingPage, sanitizeFileName, truncateUtf8, utf8ByteLength, type NameablePage } from "../../../src/core/import/names";

describe("sanitizeFileName (the official importer's rules)", () => {
	const cases: Array<[string, string]> = [
		["Plain title", "Plain title"],
		["a/b", "a-b"],
		["a\\b", "a-b"],
		["What is it?", "What is it"],
		['<a> b:c *d* |e| "f"', "a bc d e f"],
		["tab\there\u0000nul\u001fend\u007f\u0085", "tabherenulend"],
		["[link] #tag ^block a|b", "link tag block ab"],
		["???", "Untitled"],
		["[]#^|", "Untitled"],
		["...", "Untitled"],
		[".hidden", "hidden"],
		["..two dots", "two dots"],
		["  spaced  ", "spaced"],
		["trailing dot.", "trailing dot"],
		["CON", "CON_"],
		["con.txt", "con_.txt"],
		["LPT1", "LPT1_"],
		["console", "console"],
		["e\u0301t\u00e9", "\u00e9t\u00e9"],
		["lone \uD800 half", "lone \uFFFD half"],
		["日本語のタイトル", "日本語のタイトル"],
	];
	for (const [title, name] of cases) {
		it(`${JSON.stringify(title)} → ${JSON.stringify(name)}`, () => {
			expect(sanitizeFileName(title)).toBe(name);
		});
	}

	it("keeps names within 240 UTF-8 bytes including .md, cut on a character boundary", () => {
		for (const title of ["a".repeat(500), "あ".repeat(500), "😀".repeat(500), "x" + "é".repeat(499)]) {
			const name = sanitizeFileName(title);
			expect(utf8ByteLength(name + ".md")).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
			expect(utf8ByteLength(name + ".md")).toBeGreaterThan(MAX_FILE_NAME_BYTES - 4);
			expect(title.startsWith(name)).toBe(true);
			expect(name).not.toMatch(/[\uD800-\uDBFF]$/);
		}
	});

	it("never gives an unusable name, whatever the title", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 400 }), (title) => {
				const name = sanitizeFileName(title);
				expect(name.length).toBeGreaterThan(0);
				// eslint-disable-next-line no-control-regex -- control characters must not reach a file name
				expect(name).not.toMatch(/[/\\?<>:*|"[\]#^\u0000-\u001f\u007f-\u009f]/);
				expect(name).not.toMatch(/^[.\s]|[.\s]$/);
				expect(name).not.toMatch(/^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i);
				expect(utf8ByteLength(name + ".md")).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
				expect(name).toBe(name.normalize("NFC"));
			}),
		);
	});
});

describe("truncateUtf8", () => {
	it("counts UTF-8 bytes", () => {
		expect(utf8ByteLength("aé日😀")).toBe(1 + 2 + 3 + 4);
		expect(truncateUtf8("aé日😀", 6)).toBe("aé日");
		expect(truncateUtf8("aé日😀", 9)).toBe("aé日");
		expect(truncateUtf8("aé日😀", 10)).toBe("aé日😀");
	});
});

describe("assignNoteNames", () => {
	const page = (title: string, created?: number, id?: string): NameablePage => ({ title, created, id });

	it("gives distinct names when titles collide after sanitising or by case", () => {
		const pages = [page("a/b", 3), page("a-b", 1), page("A:b", 5), page("ab", 4), page("AB", 2)];
		const { names } = assignNoteNames(pages);
		expect(names).toEqual(["a-b (2)", "a-b", "Ab (3)", "ab (2)", "AB"]);
	});

	it("lets a page whose title already is the name keep it, then goes by creation time, id and title", () => {
		expect(assignNoteNames([page("x?", 1), page("x", 9)]).names).toEqual(["x (2)", "x"]);
		expect(assignNoteNames([page("y?", 5, "b"), page("y*", 5, "a")]).names).toEqual(["y (2)", "y"]);
		expect(assignNoteNames([page("z?"), page("z*")]).names).toEqual(["z (2)", "z"]);
		expect(assignNoteNames([page("w?"), page("w*", 1)]).names).toEqual(["w (2)", "w"]);
	});

	it("never hands out a reserved name, nor a numbered name a page already has", () => {
		const { names } = assignNoteNames([page("Report"), page("Report (2)", 1), page("Report?", 2)], ["report"]);
		expect(names).toEqual(["Report (3)", "Report (2)", "Report (4)"]);
	});

	it("keeps numbered names within the byte limit", () => {
		const long = "あ".repeat(200);
		const { names } = assignNoteNames([page(long, 1), page(long + "?", 2)]);
		expect(names[1]).toMatch(/ \(2\)$/);
		for (const name of names) expect(utf8ByteLength(name + ".md")).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
		expect(names[0].toLowerCase()).not.toBe(names[1].toLowerCase());
	});

	it("numbers thousands of pages wanting one name, each once", () => {
		const pages = Array.from({ length: 3000 }, (_, i) => page("?".repeat((i % 5) + 1), i));
		pages.push(page("Untitled (7)", -1));
		const { names } = assignNoteNames(pages);
		expect(new Set(names).size).toBe(3001);
		expect(names[0]).toBe("Untitled");
		expect(names[5]).toBe("Untitled (6)");
		expect(names[6]).toBe("Untitled (8)");
		expect(names[2999]).toBe("Untitled (3001)");
	});

	it("maps Scrapbox title keys to the page that links reach", () => {
		const { byKey } = assignNoteNames([page("Foo Bar", 2), page("foo_bar", 1)]);
		expect(byKey.get("foo_bar")).toBe(1);
	});

	it("gives the same names whatever the order of the pages", () => {
		const title = fc.constantFrom("a/b", "a-b", "A-B", "ab", "a:b", "???", "[]", "Untitled", "x", "X", "x?", "Report");
		const pageArb = fc.record({ title, created: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), id: fc.option(fc.constantFrom("1", "2", "3"), { nil: undefined }) });
		fc.assert(
			fc.property(fc.array(pageArb, { maxLength: 12 }), fc.context(), (pages, ctx) => {
				const shuffled = pages.map((p, i) => ({ p, i })).sort((a, b) => (a.p.title + a.i).localeCompare(b.p.title + b.i) || a.i - b.i);
				ctx.log(JSON.stringify(pages));
				const direct = assignNoteNames(pages).names;
				const again = assignNoteNames(shuffled.map((s) => s.p)).names;
				// Pages identical in every respect may swap names; compare names per distinct page description.
				const describe = (ps: typeof pages, ns: string[]) => ps.map((p, i) => `${JSON.stringify(p)}→${ns[i]}`).sort();
				expect(describe(shuffled.map((s) => s.p), again)).toEqual(describe(pages, direct));
				expect(new Set(direct.map((n) => n.toLowerCase())).size).toBe(direct.length);
			}),
		);
	});
});

describe("nameForMissingPage", () => {
	it("uses the sanitised title, numbered away from a different page's name", () => {
		const names = assignNoteNames([{ title: "a-b" }, { title: "a-b (2)" }]);
		expect(nameForMissingPage(names, "Something new")).toBe("Something new");
		expect(nameForMissingPage(names, "a/b")).toBe("a-b (3)");
		expect(nameForMissingPage(names, "A-B?")).toBe("A-B (3)");
	});
});
