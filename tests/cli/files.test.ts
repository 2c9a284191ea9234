import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectNotes, forEachNoteText } from "../../src/cli/files";
import { CliError } from "../../src/cli/command";

let root = "";
beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), "sbl-files-"));
	mkdirSync(join(root, "a", "b"), { recursive: true });
	mkdirSync(join(root, ".obsidian"));
	writeFileSync(join(root, "top.md"), "top");
	writeFileSync(join(root, "a", "b", "deep.md"), "deep");
	writeFileSync(join(root, "a", "image.png"), "");
	writeFileSync(join(root, ".obsidian", "hidden.md"), "hidden");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("collectNotes", () => {
	it("walks a folder, skips dot-folders, and names notes relative to it with /", async () => {
		const notes = await collectNotes(root);
		expect(notes.map((n) => n.path)).toEqual(["a/b/deep.md", "top.md"]);
	});

	it("names a single file by its file name", async () => {
		const notes = await collectNotes(join(root, "a", "b", "deep.md"));
		expect(notes.map((n) => n.path)).toEqual(["deep.md"]);
	});

	it("reports a missing path as a handled error", async () => {
		await expect(collectNotes(join(root, "missing"))).rejects.toBeInstanceOf(CliError);
	});

	it("reads texts in input order", async () => {
		const notes = await collectNotes(root);
		const seen: string[] = [];
		await forEachNoteText(notes, (note, text) => seen.push(`${note.path}=${text}`));
		expect(seen).toEqual(["a/b/deep.md=deep", "top.md=top"]);
	});
});
