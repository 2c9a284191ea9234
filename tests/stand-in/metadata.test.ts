import { afterEach, describe, expect, it } from "vitest";
import { createApp, destroyApp, fileAt, settle, type App } from "./testing";
import type { TFile } from "./vault";

const NOTE = [
	"---",
	"title: Demo",
	"tags: [alpha]",
	"---",
	"# Heading one",
	"Text with [[Target]] and [[Target#Part|alias]] and ![[pic.png]] #tag/sub #123",
	"",
	"- item [[Other]]",
	"    - child `[[not a link]]`",
	"- [x] done ^blk",
	"",
	"> quote line",
	"```js",
	"[[inside code]]",
	"```",
].join("\n");

describe("MetadataCache", () => {
	let app: App;
	afterEach(() => destroyApp(app));

	it("parses frontmatter, headings, links, embeds, tags, list items, sections and blocks", () => {
		app = createApp({ files: { "Note.md": NOTE, "Target.md": "", "pic.png": "" } });
		const cache = app.metadataCache.getCache("Note.md");
		expect(cache?.frontmatter).toEqual({ title: "Demo", tags: ["alpha"] });
		expect(cache?.frontmatterPosition?.end.line).toBe(3);
		expect(cache?.headings).toEqual([expect.objectContaining({ heading: "Heading one", level: 1 })]);
		expect(cache?.links?.map((l) => [l.link, l.displayText])).toEqual([
			["Target", "Target"],
			["Target#Part", "alias"],
			["Other", "Other"],
		]);
		expect(cache?.embeds?.map((e) => e.link)).toEqual(["pic.png"]);
		expect(cache?.tags?.map((t) => t.tag)).toEqual(["#tag/sub"]);
		expect(cache?.links?.[0].position.start).toEqual({ line: 5, col: 10, offset: NOTE.indexOf("[[Target]]") });
		expect(cache?.listItems?.map((i) => [i.position.start.line, i.parent, i.task])).toEqual([
			[7, -7, undefined],
			[8, 7, undefined],
			[9, -7, "x"],
		]);
		expect(cache?.blocks?.blk.position.start.line).toBe(9);
		expect(cache?.sections?.map((s) => [s.type, s.position.start.line, s.position.end.line])).toEqual([
			["yaml", 0, 3],
			["heading", 4, 4],
			["paragraph", 5, 5],
			["list", 7, 9],
			["blockquote", 11, 11],
			["code", 12, 14],
		]);
	});

	it("resolves links as Obsidian does", () => {
		app = createApp({
			files: {
				"a/Note.md": "",
				"b/Note.md": "",
				"b/c/Note.md": "",
				"Other.md": "",
				"Deep/Other.md": "",
				"x/Photo.PNG": "",
				"src/Source.md": "",
			},
		});
		const mc = app.metadataCache;
		expect(mc.getFirstLinkpathDest("Other", "src/Source.md")?.path).toBe("Other.md");
		expect(mc.getFirstLinkpathDest("Deep/Other", "src/Source.md")?.path).toBe("Deep/Other.md");
		expect(mc.getFirstLinkpathDest("note", "b/c/Source.md")?.path).toBe("b/c/Note.md");
		expect(mc.getFirstLinkpathDest("Note", "b/Source.md")?.path).toBe("b/Note.md");
		expect(mc.getFirstLinkpathDest("Note", "src/Source.md")?.path).toBe("a/Note.md");
		expect(mc.getFirstLinkpathDest("c/Note", "src/Source.md")?.path).toBe("b/c/Note.md");
		expect(mc.getFirstLinkpathDest("photo.png", "src/Source.md")?.path).toBe("x/Photo.PNG");
		expect(mc.getFirstLinkpathDest("../Other", "Deep/x.md")?.path).toBe("Other.md");
		expect(mc.getFirstLinkpathDest("/Note", "a/x.md")).toBeNull();
		expect(mc.getFirstLinkpathDest("Missing", "a/x.md")).toBeNull();
		expect(mc.fileToLinktext(fileAt(app, "Other.md"), "src/Source.md")).toBe("Other");
		expect(mc.fileToLinktext(fileAt(app, "b/c/Note.md"), "src/Source.md")).toBe("b/c/Note");
	});

	it("keeps resolvedLinks and unresolvedLinks, and updates after changes on a later task", async () => {
		app = createApp({ files: { "A.md": "[[B]] [[B]] [[C]]", "B.md": "" } });
		const mc = app.metadataCache;
		expect(mc.resolvedLinks["A.md"]).toEqual({ "B.md": 2 });
		expect(mc.unresolvedLinks["A.md"]).toEqual({ C: 1 });
		const events: string[] = [];
		mc.on("changed", (file: TFile, data: string) => events.push(`changed ${file.path} ${data}`));
		mc.on("resolve", (file: TFile) => events.push(`resolve ${file.path}`));
		mc.on("resolved", () => events.push("resolved"));
		const c = await app.vault.create("C.md", "[[A]]");
		expect(mc.getFileCache(c)).toBeNull();
		await settle(app);
		expect(events).toEqual(["changed C.md [[A]]", "resolve C.md", "resolved"]);
		expect(mc.resolvedLinks["A.md"]).toEqual({ "B.md": 2, "C.md": 1 });
		expect(mc.getFileCache(c)?.links?.[0].link).toBe("A");
		events.length = 0;
		const deleted: string[] = [];
		mc.on("deleted", (file: TFile) => deleted.push(file.path));
		await app.fileManager.trashFile(c);
		expect(deleted).toEqual(["C.md"]);
		expect(mc.unresolvedLinks["A.md"]).toEqual({ C: 1 });
	});
});

describe("FileManager", () => {
	let app: App;
	afterEach(() => destroyApp(app));

	it("processFrontMatter round-trips YAML and creates or removes the block", async () => {
		app = createApp({ files: { "a.md": "---\ntitle: A\nlist:\n  - x\n---\nBody\n", "b.md": "Plain\n" } });
		const a = fileAt(app, "a.md");
		await app.fileManager.processFrontMatter(a, (fm) => {
			fm.added = "2023-02-24";
			(fm.list as string[]).push("y");
		});
		expect(await app.vault.read(a)).toBe("---\ntitle: A\nlist:\n  - x\n  - y\nadded: 2023-02-24\n---\nBody\n");
		const b = fileAt(app, "b.md");
		await app.fileManager.processFrontMatter(b, (fm) => (fm.source = "[[a]]"));
		expect(await app.vault.read(b)).toBe('---\nsource: "[[a]]"\n---\nPlain\n');
		await app.fileManager.processFrontMatter(b, (fm) => delete fm.source);
		expect(await app.vault.read(b)).toBe("Plain\n");
		await app.vault.modify(b, "---\nbad: [\n---\n");
		await expect(app.fileManager.processFrontMatter(b, () => undefined)).rejects.toThrow();
	});

	it("renameFile rewrites links that pointed at the file", async () => {
		app = createApp({ files: { "Old.md": "", "Ref.md": "See [[Old]], [[Old#H|there]] and [md](Old.md)." } });
		await app.fileManager.renameFile(fileAt(app, "Old.md"), "Sub/New.md").catch((e: Error) => e);
		await app.vault.createFolder("Sub");
		await app.fileManager.renameFile(fileAt(app, "Old.md"), "Sub/New.md");
		expect(await app.vault.read(fileAt(app, "Ref.md"))).toBe("See [[New]], [[New#H|there]] and [md](Sub/New.md).");
		expect(app.fileManager.generateMarkdownLink(fileAt(app, "Sub/New.md"), "Ref.md", "#H", "x")).toBe("[[New#H|x]]");
	});
});
