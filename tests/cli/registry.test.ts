/**
 * The command registry lists each command's name, usage and summary so that
 * `--help` needs no command module; each entry must match the command it loads.
 */
import { describe, expect, it } from "vitest";
import { commands } from "../../src/cli/commands";
import { loadWorkerRole } from "../../src/cli/roles";

describe("the command registry", () => {
	it("lists each command as the command itself describes it", async () => {
		expect(commands.map((c) => c.name)).toEqual(["import", "scan", "timeline", "provenance"]);
		for (const entry of commands) {
			const command = await entry.load();
			expect({ name: entry.name, usage: entry.usage, summary: entry.summary }).toEqual({ name: command.name, usage: command.usage, summary: command.summary });
			expect(typeof command.run).toBe("function");
		}
	});

	it("loads the module that registers a worker role, and ignores an unknown role", async () => {
		await expect(loadWorkerRole("import")).resolves.toBeUndefined();
		await expect(loadWorkerRole("scan")).resolves.toBeUndefined();
		await expect(loadWorkerRole("nothing")).resolves.toBeUndefined();
		await expect(loadWorkerRole("toString")).resolves.toBeUndefined();
	});
});
