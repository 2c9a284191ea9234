import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/run";
import { provenanceCommand } from "../../src/cli/commands/provenance";
import { scrapboxPageUrl } from "../../src/core/scrapbox/title";

function capture(cwd: string) {
	const out: string[] = [];
	const err: string[] = [];
	return { io: { cwd, stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

let root = "";
beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), "sbl-prov-"));
	mkdirSync(join(root, "en"), { recursive: true });
	writeFileSync(join(root, "en", "Decisions.md"), "Body.\n\n---\nThis page is auto-translated from [/nishio/意思決定の(質/速度)](https://scrapbox.io/nishio/意思決定の(質/速度)) using DeepL. Thanks for reading.\n");
	writeFileSync(join(root, "en", "Plain.md"), "# Just a note\n");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("scrapbox-lens provenance", () => {
	it("prints exactly the JSON shape", async () => {
		const c = capture(root);
		expect(await runCli(["provenance", "en", "--json"], c.io, [provenanceCommand])).toBe(0);
		expect(JSON.parse(c.out.join(""))).toEqual({
			notes: 2,
			withFooter: 1,
			results: [
				{
					path: "Decisions.md",
					footer: {
						sourceProject: "nishio",
						sourceTitle: "意思決定の(質/速度)",
						sourceUrl: scrapboxPageUrl("nishio", "意思決定の(質/速度)"),
						engine: "DeepL",
						sourceLanguage: "ja",
						line: 4,
					},
				},
				{ path: "Plain.md", footer: null },
			],
		});
	});

	it("prints one tab-separated line per footer, then the counts", async () => {
		const c = capture(root);
		expect(await runCli(["provenance", "en/Decisions.md"], c.io, [provenanceCommand])).toBe(0);
		expect(c.out.join("")).toBe(`Decisions.md:4\t/nishio/意思決定の(質/速度)\tDeepL\tja\t${scrapboxPageUrl("nishio", "意思決定の(質/速度)")}\nnotes=1 withFooter=1\n`);
	});

	it("rejects a file that is not Markdown", async () => {
		writeFileSync(join(root, "x.txt"), "");
		const c = capture(root);
		expect(await runCli(["provenance", "x.txt"], c.io, [provenanceCommand])).toBe(1);
	});
});
