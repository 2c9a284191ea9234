import { describe, expect, it } from "vitest";
import { runCli, VERSION } from "../../src/cli/run";
import { CliError, type CliCommand } from "../../src/cli/command";

function capture() {
	const out: string[] = [];
	const err: string[] = [];
	return { io: { cwd: "/", stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

const echo: CliCommand = {
	name: "echo",
	summary: "Echo the arguments.",
	usage: "<words...>",
	valueOptions: ["project"],
	async run(args) {
		if (args.positionals[0] === "fail") throw new CliError("it failed\nsecond line");
		if (args.positionals[0] === "crash") throw new TypeError("boom");
		return { json: { words: args.positionals, project: args.options.get("project") ?? null }, text: args.positionals.join(" ") };
	},
};

describe("command-line frame", () => {
	it("prints the version", async () => {
		const c = capture();
		expect(await runCli(["--version"], c.io, [echo])).toBe(0);
		expect(c.out.join("")).toBe(`${VERSION}\n`);
		expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
	});

	it("lists commands in --help", async () => {
		const c = capture();
		expect(await runCli(["--help"], c.io, [echo])).toBe(0);
		expect(c.out.join("")).toContain("echo <words...>");
		expect(c.out.join("")).toContain("--json");
	});

	it("prints text by default and one JSON document with --json", async () => {
		const text = capture();
		expect(await runCli(["echo", "a", "b"], text.io, [echo])).toBe(0);
		expect(text.out.join("")).toBe("a b\n");
		const json = capture();
		expect(await runCli(["echo", "a", "--project", "p", "--json"], json.io, [echo])).toBe(0);
		expect(JSON.parse(json.out.join(""))).toEqual({ words: ["a"], project: "p" });
	});

	it("exits 2 on bad usage", async () => {
		for (const argv of [[], ["nope"], ["echo", "--bogus"], ["echo", "--project"]]) {
			const c = capture();
			expect(await runCli(argv, c.io, [echo]), argv.join(" ")).toBe(2);
		}
	});

	it("exits 1 with a one-line message on a handled error", async () => {
		const c = capture();
		expect(await runCli(["echo", "fail"], c.io, [echo])).toBe(1);
		expect(c.err.join("")).toBe("scrapbox-lens: it failed\n");
		expect(c.out).toEqual([]);
	});

	it("exits 1 and still prints one line on an unexpected error", async () => {
		const c = capture();
		expect(await runCli(["echo", "crash"], c.io, [echo])).toBe(1);
		expect(c.err.join("")).toBe("scrapbox-lens: internal error: boom\n");
	});
});
