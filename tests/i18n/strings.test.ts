import { describe, expect, it } from "vitest";
import { flatten, type Strings } from "../../src/i18n/strings";
import { en } from "../../src/i18n/en";
import { ja } from "../../src/i18n/ja";
import { cli as cliEn } from "../../src/i18n/en/cli";
import { cli as cliJa } from "../../src/i18n/ja/cli";
import { t } from "../../src/i18n";

function flat(tables: readonly Strings[]): Record<string, string> {
	const into: Record<string, string> = {};
	for (const table of tables) flatten(table, into);
	return into;
}

describe("string tables", () => {
	it("flattens groups to dotted keys, a group's own string under its name", () => {
		expect(flat([{ a: { b: "1", c: { "": "2", one: "3" } }, d: "4" }])).toEqual({ "a.b": "1", "a.c": "2", "a.c.one": "3", d: "4" });
	});

	it("has a Japanese string for every English one, and no other", () => {
		const english = flat([...en, cliEn]);
		const japanese = flat([...ja, cliJa]);
		expect(Object.keys(japanese).sort()).toEqual(Object.keys(english).sort());
		for (const [key, value] of Object.entries(japanese)) expect(value, key).not.toBe("");
	});

	it("keeps the same placeholders in both languages", () => {
		const english = flat([...en, cliEn]);
		const japanese = flat([...ja, cliJa]);
		const names = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();
		for (const key of Object.keys(english)) expect(names(japanese[key]), key).toEqual(names(english[key]));
	});

	it("leaves the command line's strings out of the plugin's tables", () => {
		expect(Object.keys(flat(en)).filter((key) => key.startsWith("cli."))).toEqual([]);
		expect(Object.keys(flat([cliEn])).every((key) => key.startsWith("cli."))).toBe(true);
	});

	it("looks strings up by key in either language, filling placeholders", () => {
		expect(t("import.file.chosen.one", { file: "x.json", pages: 1 }, "en")).toBe("x.json: 1 page");
		expect(t("import.file.chosen", { file: "x.json", pages: 2 }, "en")).toBe("x.json: 2 pages");
		expect(t("cli.error.notFound", { path: "p" }, "ja")).toContain("p");
		expect(t("timeline.title", undefined, "ja")).toBe("年表");
	});
});
