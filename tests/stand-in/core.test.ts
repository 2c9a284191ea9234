import { afterEach, describe, expect, it, vi } from "vitest";
import { Component } from "./component";
import { Events } from "./events";
import { liveCount } from "./ledger";
import { normalizePath } from "./paths";
import { TFile, TFolder, Vault } from "./vault";
import { captureCallbackErrors, createApp, destroyApp, fileAt, folderAt, layoutReady, vaultReads, type App } from "./testing";

describe("Events", () => {
	it("passes arguments and ctx, copies the list before a round, and survives a throwing listener", () => {
		const captured = captureCallbackErrors();
		const events = new Events();
		const seen: unknown[] = [];
		const ctx = { name: "ctx" };
		const first = function (this: unknown, a: unknown): void {
			seen.push([this, a]);
			events.off("x", first);
		};
		events.on("x", first, ctx);
		events.on("x", () => {
			throw new Error("boom");
		});
		const ref = events.on("x", (a: unknown) => seen.push(a));
		events.trigger("x", 1);
		expect(seen).toEqual([[ctx, 1], 1]);
		expect(captured.errors).toEqual([new Error("boom")]);
		events.offref(ref);
		events.trigger("x", 2);
		captured.stop();
		expect(seen).toHaveLength(2);
		expect(captured.errors).toHaveLength(2);
	});
});

describe("Component", () => {
	it("unloads children last-first, then cleanups last-first, then onunload", () => {
		const order: string[] = [];
		class Probe extends Component {
			constructor(private readonly label: string) {
				super();
			}
			override onload(): void {
				order.push(`load ${this.label}`);
			}
			override onunload(): void {
				order.push(`unload ${this.label}`);
			}
		}
		const parent = new Probe("parent");
		parent.addChild(new Probe("a"));
		parent.register(() => order.push("cleanup 1"));
		parent.load();
		parent.addChild(new Probe("b"));
		parent.register(() => order.push("cleanup 2"));
		parent.unload();
		expect(order).toEqual(["load parent", "load a", "load b", "unload b", "unload a", "cleanup 2", "cleanup 1", "unload parent"]);
		parent.unload();
		expect(order).toHaveLength(8);
	});

	it("registerDomEvent and registerInterval are undone on unload and counted while alive", () => {
		const c = new Component();
		c.load();
		const el = document.body.createDiv();
		const handler = vi.fn();
		const before = liveCount("domEvents");
		c.registerDomEvent(el, "click", handler);
		const id = c.registerInterval(window.setInterval(() => undefined, 1000));
		expect(liveCount("domEvents")).toBe(before + 1);
		expect(liveCount("intervals")).toBeGreaterThan(0);
		el.click();
		c.unload();
		el.click();
		expect(handler).toHaveBeenCalledTimes(1);
		expect(liveCount("domEvents")).toBe(before);
		expect(liveCount("intervals")).toBe(0);
		expect(id).toBeDefined();
		el.detach();
	});
});

describe("normalizePath", () => {
	it("follows Obsidian's rules", () => {
		expect(normalizePath("/a//b\\c/")).toBe("a/b/c");
		expect(normalizePath("")).toBe("/");
		expect(normalizePath("a\u00a0b")).toBe("a b");
		expect(normalizePath("cafe\u0301.md")).toBe("café.md");
	});
});

describe("Vault", () => {
	let app: App;
	afterEach(() => destroyApp(app));

	it("create throws on an existing path, case-insensitively by default", async () => {
		app = createApp({ files: { "Notes/Note.md": "x" } });
		const vault = app.vault;
		await expect(vault.create("Notes/Note.md", "y")).rejects.toThrow("File already exists.");
		await expect(vault.create("notes/note.md", "y")).rejects.toThrow("File already exists.");
		expect(vault.getAbstractFileByPath("notes/note.md")).toBeNull();
		const sensitive = new Vault({ caseSensitive: true });
		sensitive.seed({ "Note.md": "x" });
		await expect(sensitive.create("note.md", "y")).resolves.toBeInstanceOf(TFile);
	});

	it("create needs the parent folder; createFolder makes ancestors and refuses an existing one", async () => {
		app = createApp();
		const vault = app.vault;
		await expect(vault.create("Missing/Note.md", "x")).rejects.toThrow(/ENOENT/);
		const created: string[] = [];
		vault.on("create", (f: TFile) => created.push(f.path));
		const folder = await vault.createFolder("A/B/C");
		expect(folder).toBeInstanceOf(TFolder);
		expect(created).toEqual(["A", "A/B", "A/B/C"]);
		await expect(vault.createFolder("a/b")).rejects.toThrow("Folder already exists.");
		const file = await vault.create("A/B/C/N.md", "hello", { ctime: 1000, mtime: 2000 });
		expect(file.stat).toEqual({ ctime: 1000, mtime: 2000, size: 5 });
		expect(file.parent).toBe(folder);
		expect(folder.children).toContain(file);
		expect(file.basename).toBe("N");
		expect(file.extension).toBe("md");
	});

	it("fires modify, rename (with the old path) and delete, before the promise resolves", async () => {
		app = createApp({ files: { "F/a.md": "one" } });
		const vault = app.vault;
		const log: string[] = [];
		vault.on("modify", (f: TFile) => log.push(`modify ${f.path}`));
		vault.on("rename", (f: TFile, old: string) => log.push(`rename ${old} -> ${f.path}`));
		vault.on("delete", (f: TFile) => log.push(`delete ${f.path}`));
		const file = fileAt(app, "F/a.md");
		await vault.append(file, " two");
		expect(await vault.read(file)).toBe("one two");
		expect(await vault.process(file, (d) => d.toUpperCase())).toBe("ONE TWO");
		await vault.rename(folderAt(app, "F"), "G");
		expect(file.path).toBe("G/a.md");
		await app.fileManager.trashFile(file);
		expect(log).toEqual(["modify F/a.md", "modify F/a.md", "rename F -> G", "rename F/a.md -> G/a.md", "delete G/a.md"]);
		expect(vault.getFileByPath("G/a.md")).toBeNull();
	});

	it("keeps the config folder on the adapter only", async () => {
		app = createApp({ files: { "a.md": "x", ".obsidian/app.json": "{}" } });
		expect(app.vault.getFiles().map((f) => f.path)).toEqual(["a.md"]);
		expect(await app.vault.adapter.read(".obsidian/app.json")).toBe("{}");
		expect(await app.vault.adapter.exists("A.md")).toBe(true);
		expect(await app.vault.adapter.exists("A.md", true)).toBe(false);
		await app.vault.adapter.write("b.md", "via adapter");
		expect(app.vault.getFileByPath("b.md")).toBeInstanceOf(TFile);
		expect((await app.vault.adapter.list("/")).files).toEqual(["a.md", "b.md"]);
	});

	it("replays create for every file at layout-ready, and logs reads", async () => {
		app = createApp({ files: { "a.md": "x", "F/b.md": "y" } });
		const created: string[] = [];
		app.vault.on("create", (f: TFile) => created.push(f.path));
		const file = fileAt(app, "a.md");
		await app.vault.cachedRead(file);
		await layoutReady(app);
		await app.vault.read(file);
		expect(created.sort()).toEqual(["F", "F/b.md", "a.md"]);
		expect(vaultReads(app, "beforeLayoutReady")).toEqual([{ path: "a.md", cached: true }]);
		expect(vaultReads(app)).toHaveLength(2);
	});
});
