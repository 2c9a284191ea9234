// "Convert Scrapbox notation to Markdown": the pure conversion (title rule,
// frontmatter kept, the original kept recoverable) and the command in the
// stand-in (available only on raw notes, written through Vault.process).
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import manifest from "../../../manifest.json";
import { classifyNote } from "../../../src/core/detect";
import { t } from "../../../src/i18n";
import { convertRawNote, keepsOriginal, originalBlock, recoverOriginal, splitFrontmatter } from "../../../src/plugin/import/convert-note";
import { createApp, destroyApp, fileAt, layoutReady, liveNotices, loadPlugin, openNote, runCommand, settle, type App } from "../../stand-in/testing";
import { ordinaryNote, rawNote } from "./fixtures";

// @ts-expect-error TS5097: the .ts extension makes Vite pick the source, not the built main.js.
const { default: ScrapboxLensPlugin } = await import("../../../main.ts");

const COMMAND = `${manifest.id}:convert-scrapbox-notation`;
const COMMENT = "The Scrapbox original.";

describe("convertRawNote", () => {
	it("converts with the importer's converter; the first line is the title when the note is named after it", () => {
		const result = convertRawNote(rawNote, "Seed swap", { originalComment: COMMENT });
		if (!result.ok) throw new Error(result.message);
		const converted = result.text.slice(0, result.text.indexOf("%%"));
		expect(converted).toBe(
			[
				"**Bring seeds in paper envelopes**",
				"Label each one with [[Seed labels]] and the year.",
				"- Beans and peas travel well",
				"    - > Dry them fully before packing.",
				"    - [[gardener|gardener.icon]] agrees",
				"",
				"#seeds #swap",
				"[Seed swap flyer](https://example.org/seed-swap)",
				"",
				"",
			].join("\n"),
		);
		// No importer properties: the note was not imported.
		expect(result.text.startsWith("---")).toBe(false);
		expect(result.text).not.toContain("scrapbox_import_hash");
	});

	it("keeps the first line when the note is named otherwise (the file name is the title)", () => {
		const result = convertRawNote("Seed swap notes\n[Seed labels] matter\n", "Untitled 3", { originalComment: COMMENT });
		if (!result.ok) throw new Error(result.message);
		expect(result.text.startsWith("Seed swap notes\n[[Seed labels]] matter\n")).toBe(true);
	});

	it("a title with characters a file name cannot hold still counts as the note's name", () => {
		const result = convertRawNote("Seeds/2024\n[Beans] and [Peas]\n", "Seeds-2024", { originalComment: COMMENT });
		if (!result.ok) throw new Error(result.message);
		expect(result.text.startsWith("[[Beans]] and [[Peas]]\n")).toBe(true);
	});

	it("keeps the note's own properties as written, and icons use its scrapbox_project", () => {
		const text = `---\ntags: [garden]\nscrapbox_project: "seedbank"\n---\nSeed swap\n[gardener.icon] brings beans\n`;
		const result = convertRawNote(text, "Seed swap", { project: "seedbank", originalComment: COMMENT });
		if (!result.ok) throw new Error(result.message);
		expect(result.text.startsWith(`---\ntags: [garden]\nscrapbox_project: "seedbank"\n---\n<img src="https://scrapbox.io/api/pages/seedbank/gardener/icon"`)).toBe(true);
		// The original kept is the body; the properties stay where they are.
		expect(recoverOriginal(result.text)).toBe("Seed swap\n[gardener.icon] brings beans\n");
	});

	it("keeps the original exactly, in a code block under a comment; the result is no longer raw", () => {
		const result = convertRawNote(rawNote, "Seed swap", { originalComment: COMMENT });
		if (!result.ok) throw new Error(result.message);
		expect(result.text.endsWith(`%% ${COMMENT} %%\n\`\`\`scrapbox-original\n${rawNote}\`\`\`\n`)).toBe(true);
		expect(recoverOriginal(result.text)).toBe(rawNote);
		expect(keepsOriginal(result.text)).toBe(true);
		expect(keepsOriginal(rawNote)).toBe(false);
		expect(classifyNote(rawNote, "Seed swap.md").flavour).toBe("raw");
		expect(classifyNote(result.text, "Seed swap.md").flavour).not.toBe("raw");
	});

	it("a fence longer than any backtick run in the original keeps it whole", () => {
		const body = "Code sample\ncode:a.md\n ```js\n x\n ```\n````\n";
		const block = originalBlock(body, COMMENT);
		expect(block).toContain("\n`````scrapbox-original\n");
		expect(recoverOriginal(block)).toBe(body);
	});

	it("any body round-trips through the kept block (fuzz)", () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom("a", " ", "`", "\n", "%", ">", "[", "]", "#", "-", "あ"), maxLength: 80 }), (body) => {
				const kept = recoverOriginal(originalBlock(body, COMMENT));
				const expected = body === "" ? "" : body.endsWith("\n") ? body : body + "\n";
				expect(kept).toBe(expected);
			}),
			{ numRuns: 300 },
		);
	});

	it("splitFrontmatter leaves a note without properties whole", () => {
		expect(splitFrontmatter("no props\n---\n")).toEqual({ frontmatter: "", body: "no props\n---\n" });
		expect(splitFrontmatter("---\na: 1\n---\nbody")).toEqual({ frontmatter: "---\na: 1\n---\n", body: "body" });
	});
});

describe("the command", () => {
	let app: App | undefined;
	afterEach(() => destroyApp(app));

	async function start(files: Record<string, string>): Promise<App> {
		app = createApp({ files });
		await loadPlugin(app, ScrapboxLensPlugin, manifest);
		await layoutReady(app);
		return app;
	}

	it("is available only for a raw note, rewrites it through Vault.process, and says where the original is", async () => {
		const a = await start({ "Seed swap.md": rawNote, "Shopping.md": ordinaryNote });
		await openNote(a, "Shopping.md", "live");
		expect(runCommand(a, COMMAND)).toBe(false);

		await openNote(a, "Seed swap.md", "live");
		let processed = 0;
		const vault = a.vault as unknown as { process: (...args: unknown[]) => Promise<string> };
		const original = vault.process.bind(a.vault);
		vault.process = (...args: unknown[]) => {
			processed++;
			return original(...args);
		};
		expect(runCommand(a, COMMAND)).toBe(true);
		await settle(a);
		expect(processed).toBe(1);
		const text = a.vault.peek(fileAt(a, "Seed swap.md"));
		expect(text.startsWith("**Bring seeds in paper envelopes**\n")).toBe(true);
		expect(recoverOriginal(text)).toBe(rawNote);
		expect(liveNotices()).toContain(t("import.convert.done"));
		// Converted: no longer offered.
		await settle(a);
		expect(runCommand(a, COMMAND)).toBe(false);
	});

	it("in Reading view it asks the note index", async () => {
		const a = await start({ "Seed swap.md": rawNote, "Shopping.md": ordinaryNote });
		await openNote(a, "Shopping.md", "preview");
		expect(runCommand(a, COMMAND)).toBe(false);
		await openNote(a, "Seed swap.md", "preview");
		expect(runCommand(a, COMMAND)).toBe(true);
		await settle(a);
		expect(recoverOriginal(a.vault.peek(fileAt(a, "Seed swap.md")))).toBe(rawNote);
	});

	it("converts what is on screen: unsaved typing is saved first", async () => {
		const a = await start({ "Seed swap.md": rawNote });
		const view = await openNote(a, "Seed swap.md", "source");
		view.editor.setValue(rawNote + "[Late addition]\n");
		expect(runCommand(a, COMMAND)).toBe(true);
		await settle(a);
		const text = a.vault.peek(fileAt(a, "Seed swap.md"));
		expect(text).toContain("[[Late addition]]");
		expect(recoverOriginal(text)).toBe(rawNote + "[Late addition]\n");
	});
});
