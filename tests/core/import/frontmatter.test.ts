import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { isoDateTime, renderFrontmatter, yamlString } from "../../../src/core/import/frontmatter";
import { planOf } from "./helpers";

const readBack = (value: string) => (parseYaml(`key: ${yamlString(value)}`) as { key: unknown }).key;

describe("yamlString", () => {
	it("reads back exactly for titles that break naive YAML", () => {
		for (const title of ['say "hi"', "a: b", "#not a comment", "- dash", "[list]", "{map}", "yes", "null", "123", "1e3", "~", "@at", "`tick`", "back\\slash", "line\nbreak", "nul\u0000end", "tab\there", "bell\u0007", "\u0085next line", "\u2028sep", "\uFEFFbom", "  spaces  ", "", "'single'", "%percent", "!tag", "&anchor", "*alias", "|", ">", "日本語", "😀"]) {
			expect(readBack(title), JSON.stringify(title)).toBe(title);
		}
	});

	it("reads back any string", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary" }), (text) => {
				const wellFormed = text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (m) => (m.length === 2 ? m : "\uFFFD"));
				expect(readBack(text)).toBe(wellFormed);
			}),
			{ numRuns: 1000 },
		);
	});
});

describe("renderFrontmatter", () => {
	it("writes flat keys, lists and plain date-times", () => {
		const text = renderFrontmatter([
			["title", "A: b"],
			["aliases", ["A/b"]],
			["empty", []],
			["missing", undefined],
			["created", { dateTime: "2024-01-02T03:04:05" }],
		]);
		expect(text).toBe('---\ntitle: "A: b"\naliases:\n  - "A/b"\ncreated: 2024-01-02T03:04:05\n---\n');
		expect(parseYaml(text.slice(4, -4))).toEqual({ title: "A: b", aliases: ["A/b"], created: "2024-01-02T03:04:05" });
	});
});

describe("isoDateTime", () => {
	it("writes UNIX seconds as ISO date-times", () => {
		expect(isoDateTime(1700000000, "utc")).toBe("2023-11-14T22:13:20Z");
		expect(isoDateTime(0, "utc")).toBe("1970-01-01T00:00:00Z");
		expect(isoDateTime(1700000000, "local")).toMatch(/^2023-11-1[45]T\d\d:\d\d:20$/);
		expect(isoDateTime(1e20, "utc")).toBeUndefined();
		expect(isoDateTime(-1e11, "utc")).toBeUndefined();
	});
});

describe("note properties", () => {
	it("carries title, aliases, times, URL, id and project", () => {
		const plan = planOf([{ title: "What is it?", body: "x", created: 1600000000, updated: 1700000000, id: "abc123" }]);
		const head = plan.notes[0].content.split("\n---\n")[0].slice(4);
		expect(parseYaml(head)).toEqual({
			title: "What is it?",
			aliases: ["What is it?"],
			created: "2020-09-13T12:26:40Z",
			updated: "2023-11-14T22:13:20Z",
			scrapbox_url: "https://scrapbox.io/proj/What_is_it%3F",
			scrapbox_id: "abc123",
			scrapbox_project: "proj",
			scrapbox_import_hash: expect.stringMatching(/^[0-9a-f]+$/) as unknown,
		});
		expect(plan.notes[0].ctime).toBe(1600000000000);
		expect(plan.notes[0].mtime).toBe(1700000000000);
	});

	it("leaves out aliases when the file name is the title, and what the export does not say", () => {
		const plan = planOf([{ title: "Plain" }], {}, null);
		expect(parseYaml(plan.notes[0].content.split("\n---\n")[0].slice(4))).toEqual({ title: "Plain", scrapbox_import_hash: expect.any(String) as unknown });
		expect(plan.notes[0].mtime).toBeUndefined();
	});

	it("parses as YAML for any title", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", minLength: 1, maxLength: 60 }), (title) => {
				fc.pre(title.trim() !== "");
				const plan = planOf([{ title, body: "text", created: 1, updated: 2, id: title }]);
				const note = plan.notes[0];
				const head = note.content.slice(4, note.content.indexOf("\n---\n", 3));
				const data = parseYaml(head) as Record<string, unknown>;
				const wellFormed = title.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (m) => (m.length === 2 ? m : "\uFFFD"));
				expect(data.title).toBe(wellFormed);
				expect(data.scrapbox_id).toBe(wellFormed);
			}),
			{ numRuns: 300 },
		);
	});
});
