// The vault index: built after layout-ready, kept current on vault events,
// and restored from its cache without re-reading unchanged notes.
import { afterEach, describe, expect, it } from "vitest";
import { Component } from "obsidian";
import { createApp, destroyApp, fileAt, layoutReady, settle, vaultReads, type App } from "../../stand-in/testing";
import { NoteIndex, type NoteIndexCache } from "../../../src/plugin/note-index/note-index";
import { classifyNote, CLASSIFIER_VERSION } from "../../../src/core/detect";
import { convertedNote, ordinaryNote, rawNote } from "./fixtures";

const fast = { modifySettleMs: 5, saveDelayMs: 5 };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startIndex(app: App, cache: NoteIndexCache | null = null, version = CLASSIFIER_VERSION) {
	const saved: NoteIndexCache[] = [];
	const owner = new Component();
	const index = new NoteIndex(app as never, classifyNote, version, cache, async (c) => void saved.push(c), fast);
	owner.addChild(index);
	owner.load();
	return { index, owner, saved };
}

describe("note index", () => {
	let app: App | undefined;
	afterEach(() => destroyApp(app));

	it("waits for layout-ready, then classifies every note", async () => {
		app = createApp({ files: { "converted.md": convertedNote, "raw.md": rawNote, "plain/shopping.md": ordinaryNote } });
		const { index } = startIndex(app);
		await settle(app);
		expect(index.all()).toEqual([]);
		expect(vaultReads(app)).toEqual([]);
		await layoutReady(app);
		expect(index.progress.ready).toBe(true);
		expect(index.get("converted.md")?.flavour).toBe("converted");
		expect(index.get("raw.md")?.flavour).toBe("raw");
		expect(index.get("plain/shopping.md")?.flavour).toBeNull();
		expect(index.counts()).toEqual({ raw: 1, converted: 1, translated: 0, none: 1 });
	});

	it("explains a note deleted meanwhile as unclaimed, without throwing or indexing it again", async () => {
		app = createApp({ files: { "raw.md": rawNote } });
		const { index } = startIndex(app);
		await layoutReady(app);
		const file = fileAt(app, "raw.md");
		await app.fileManager.trashFile(file);
		await settle(app);
		await expect(index.explain(file as never)).resolves.toMatchObject({ flavour: null, reasons: [] });
		expect(index.get("raw.md")).toBeUndefined();
	});

	it("follows create, modify, rename and delete", async () => {
		app = createApp({ files: { "a.md": ordinaryNote } });
		const { index } = startIndex(app);
		await layoutReady(app);
		const updates: string[][] = [];
		index.on("updated", (paths) => updates.push(paths));

		await app.vault.create("new raw.md", rawNote);
		await wait(20);
		await settle(app);
		expect(index.get("new raw.md")?.flavour).toBe("raw");

		await app.vault.modify(fileAt(app, "a.md"), convertedNote);
		await wait(20);
		await settle(app);
		expect(index.get("a.md")?.flavour).toBe("converted");

		await app.vault.createFolder("moved");
		await app.fileManager.renameFile(fileAt(app, "a.md"), "moved/b.md");
		await settle(app);
		expect(index.get("a.md")).toBeUndefined();
		expect(index.get("moved/b.md")?.flavour).toBe("converted");

		await app.fileManager.trashFile(fileAt(app, "new raw.md"));
		await settle(app);
		expect(index.get("new raw.md")).toBeUndefined();
		expect(index.counts()).toEqual({ raw: 0, converted: 1, translated: 0, none: 0 });
		expect(updates.flat()).toEqual(expect.arrayContaining(["new raw.md", "a.md", "moved/b.md"]));
	});

	it("restarts from its cache without reading unchanged notes", async () => {
		const files = { "converted.md": convertedNote, "raw.md": rawNote, "plain.md": ordinaryNote };
		app = createApp({ files });
		const first = startIndex(app);
		await layoutReady(app);
		await wait(20);
		expect(first.saved.length).toBeGreaterThan(0);
		const cache = first.saved[first.saved.length - 1];
		expect(Object.keys(cache.notes).sort()).toEqual(["converted.md", "plain.md", "raw.md"]);
		first.owner.unload();
		destroyApp(app);

		// A restart: same files, same mtimes and sizes, except one changed note.
		app = createApp({ files });
		for (const path of Object.keys(files)) {
			const file = fileAt(app, path);
			const entry = cache.notes[path];
			file.stat.mtime = entry[0];
		}
		await app.vault.modify(fileAt(app, "plain.md"), rawNote);
		const second = startIndex(app, cache);
		await layoutReady(app);
		expect(vaultReads(app).map((r) => r.path)).toEqual(["plain.md"]);
		expect(second.index.get("converted.md")?.flavour).toBe("converted");
		expect(second.index.get("plain.md")?.flavour).toBe("raw");
	});

	it("does not rewrite the cache for an edit that keeps the flavour, but saves the new stamp at unload", async () => {
		app = createApp({ files: { "a.md": ordinaryNote, "b.md": ordinaryNote } });
		const { index, owner, saved } = startIndex(app);
		await layoutReady(app);
		await wait(20);
		const afterBuild = saved.length;
		expect(afterBuild).toBeGreaterThan(0);

		// Typing in an ordinary note: still ordinary, so no write.
		await app.vault.modify(fileAt(app, "a.md"), `${ordinaryNote}\nOne more line.`);
		await wait(20);
		await settle(app);
		await wait(20);
		expect(saved.length).toBe(afterBuild);
		const edited = fileAt(app, "a.md");
		expect(index.get("a.md")).toMatchObject({ mtime: edited.stat.mtime, size: edited.stat.size });

		// A changed verdict is written a little later.
		await app.vault.modify(fileAt(app, "b.md"), rawNote);
		await wait(20);
		await settle(app);
		await wait(20);
		expect(saved.length).toBe(afterBuild + 1);
		expect(saved[saved.length - 1].notes["b.md"][2]).toBe(1);

		// The stale stamp went out with that save; a later same-flavour edit is written at unload.
		expect(saved[saved.length - 1].notes["a.md"].slice(0, 2)).toEqual([edited.stat.mtime, edited.stat.size]);
		await app.vault.modify(fileAt(app, "a.md"), `${ordinaryNote}\nAnd another.`);
		await wait(20);
		await settle(app);
		await wait(20);
		expect(saved.length).toBe(afterBuild + 1);
		owner.unload();
		expect(saved.length).toBe(afterBuild + 2);
		expect(saved[saved.length - 1].notes["a.md"][1]).toBe(fileAt(app, "a.md").stat.size);
	});

	it("writes nothing at unload when nothing changed since the last save", async () => {
		app = createApp({ files: { "a.md": ordinaryNote } });
		const { owner, saved } = startIndex(app);
		await layoutReady(app);
		await wait(20);
		const afterBuild = saved.length;
		owner.unload();
		expect(saved.length).toBe(afterBuild);
	});

	it("re-reads everything when the classifier changed", async () => {
		app = createApp({ files: { "raw.md": rawNote } });
		const file = fileAt(app, "raw.md");
		const cache: NoteIndexCache = { classifier: "older", notes: { "raw.md": [file.stat.mtime, file.stat.size, 0, 0] } };
		const { index } = startIndex(app, cache);
		await layoutReady(app);
		expect(vaultReads(app).map((r) => r.path)).toEqual(["raw.md"]);
		expect(index.get("raw.md")?.flavour).toBe("raw");
	});

	it("stops reading when unloaded mid-build", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 200; i++) files[`n${i}.md`] = i % 2 ? rawNote : ordinaryNote;
		app = createApp({ files });
		const { index, owner } = startIndex(app);
		const ready = app.workspace.triggerLayoutReady();
		owner.unload();
		await ready;
		await settle(app);
		expect(index.progress.ready).toBe(false);
		expect(vaultReads(app).length).toBeLessThan(200);
	});
});
