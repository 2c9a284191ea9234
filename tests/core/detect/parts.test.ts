import { describe, expect, it } from "vitest";
import { readFlatFrontmatter } from "../../../src/core/detect/frontmatter";
import { noteName, titleMatchesName } from "../../../src/core/detect/title";

describe("readFlatFrontmatter", () => {
	it("reads top-level keys, lines and scalar values", () => {
		const fm = readFlatFrontmatter('---\ntitle: "A \\"quoted\\" title"\ntags:\n  - x\nalias: \'it\'\'s\'\nplain: value # comment\n---\nbody');
		expect(fm?.keys).toEqual(["title", "tags", "alias", "plain"]);
		expect(fm?.get("title")).toEqual({ value: 'A "quoted" title', line: 2, quoted: "double" });
		expect(fm?.get("alias")).toEqual({ value: "it's", line: 5, quoted: "single" });
		expect(fm?.get("plain")).toEqual({ value: "value", line: 6, quoted: "none" });
		expect(fm?.get("tags")?.value).toBe("");
		expect(fm?.get("missing")).toBeUndefined();
		expect(fm?.bodyLine).toBe(8);
	});

	it("knows where the body starts, with CRLF too", () => {
		const text = "---\r\ntitle: x\r\n---\r\nbody";
		const fm = readFlatFrontmatter(text);
		expect(text.slice(fm?.bodyStart)).toBe("body");
		expect(fm?.bodyLine).toBe(4);
	});

	it("is null without a closed block", () => {
		expect(readFlatFrontmatter("no frontmatter")).toBeNull();
		expect(readFlatFrontmatter("---\ntitle: x\n")).toBeNull();
		expect(readFlatFrontmatter("----\ntitle: x\n---\n")).toBeNull();
		expect(readFlatFrontmatter("---\n" + "a: b\n".repeat(400) + "---\n")).toBeNull();
	});
});

describe("titles and file names", () => {
	it("takes the file name without folders and .md", () => {
		expect(noteName("a/b/Title.md")).toBe("Title");
		expect(noteName("a\\b\\Title.MD")).toBe("Title");
		expect(noteName("Title")).toBe("Title");
	});

	it("matches through sanitising, case, NFC and collision suffixes", () => {
		expect(titleMatchesName("A/B: c?", "A-B c")).toBe(true);
		expect(titleMatchesName("Café", "Cafe\u0301")).toBe(true);
		expect(titleMatchesName("ＡＢＣ", "ＡＢＣ (2)")).toBe(true);
		expect(titleMatchesName("x".repeat(80) + "tail", "x".repeat(60))).toBe(true);
		expect(titleMatchesName("short title", "short")).toBe(false);
		expect(titleMatchesName("", "")).toBe(false);
		expect(titleMatchesName("???", "???")).toBe(true);
		expect(titleMatchesName("?!", "")).toBe(false);
	});
});
