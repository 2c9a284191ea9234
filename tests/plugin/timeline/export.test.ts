// Exports from the timeline pane and its commands: a Markdown note and a JSON
// Canvas file beside the source, under a free name, opened afterwards; and the
// vault-wide timeline waiting for layout-ready and reading in slices.
import { afterEach, describe, expect, it } from "vitest";
import manifest from "../../../manifest.json";
import { createApp, destroyApp, fileAt, layoutReady, liveNotices, loadPlugin, openNote, runCommand, settle, vaultReads, type App } from "../../stand-in/testing";
import { extractEvents, sortEvents, timelineToMarkdown } from "../../../src/core/timeline";
import { freePath, safeFileName } from "../../../src/plugin/timeline/export";
import { TIMELINE_VIEW, TimelineView } from "../../../src/plugin/timeline/timeline-view";
import type { LensHost } from "../../../src/plugin/host";
import { files, riverNote } from "./fixtures";
import { jsonCanvasProblems } from "./json-canvas";

// @ts-expect-error TS5097: the .ts extension makes Vite pick the source, not the built main.js.
const { default: ScrapboxLensPlugin } = await import("../../../main.ts");

const RIVER = "History/River works.md";

async function start(extra: Record<string, string> = {}): Promise<App> {
	const app = createApp({ files: { ...files(), ...extra } });
	await loadPlugin<LensHost>(app, ScrapboxLensPlugin, manifest);
	await layoutReady(app);
	return app;
}

function view(app: App): TimelineView {
	const leaf = app.workspace.getLeavesOfType(TIMELINE_VIEW)[0];
	if (!leaf || !(leaf.view instanceof TimelineView)) throw new Error("no timeline view");
	return leaf.view;
}

async function read(app: App, path: string): Promise<string> {
	return app.vault.read(fileAt(app, path));
}

describe("timeline exports", () => {
	let app: App | undefined;
	afterEach(() => destroyApp(app));

	it("writes a Markdown timeline note beside the source from the pane's menu, never overwriting, and opens it", async () => {
		app = await start({ "History/river works timeline.md": "Someone else's note.\n" });
		await openNote(app, RIVER);
		expect(runCommand(app, "scrapbox-lens:open-timeline")).toBe(true);
		await settle(app);
		(document.querySelector(".sbl-timeline [aria-label='Export']") as HTMLElement).click();
		const items = Array.from(document.querySelectorAll<HTMLElement>(".menu .menu-item"));
		expect(items.map((i) => i.textContent)).toEqual(["Export to a new note", "Export to a canvas"]);
		items[0].click();
		await settle(app);
		// "river works timeline.md" exists (a different case is the same name on most disks).
		const path = "History/River works timeline 1.md";
		const expected = timelineToMarkdown(sortEvents(extractEvents(riverNote, RIVER)), { language: "en", heading: "Timeline: River works" });
		expect(await read(app, path)).toBe(expected);
		expect(expected).toContain("- **Jul 15, 1878** [[Canal]] opens ([[History/River works#Notes on river works|River works]])");
		expect(await read(app, "History/river works timeline.md")).toBe("Someone else's note.\n");
		expect(app.workspace.getActiveFile()?.path).toBe(path);
		expect(liveNotices()).toContain(`Created ${path}.`);

		// Again: the next free name.
		await view(app).export("markdown");
		expect(app.vault.getFileByPath("History/River works timeline 2.md")).not.toBeNull();
	});

	it("writes a JSON Canvas 1.0 file from the command: cards, file nodes that exist, edges, a group per year", async () => {
		app = await start();
		await openNote(app, RIVER);
		expect(runCommand(app, "scrapbox-lens:open-timeline")).toBe(true);
		await settle(app);
		await view(app).setScope("folder");
		await settle(app);
		expect(runCommand(app, "scrapbox-lens:export-timeline-canvas")).toBe(true);
		await settle(app);
		const path = "History/History timeline.canvas";
		const doc = JSON.parse(await read(app, path)) as { nodes: { type: string; id: string; file?: string; label?: string; text?: string; y: number }[]; edges: { fromNode: string; toNode: string }[] };
		const current = app;
		expect(jsonCanvasProblems(doc, (p) => current.vault.getFileByPath(p) !== null)).toEqual([]);
		const cards = doc.nodes.filter((n) => n.type === "text");
		expect(cards.map((n) => n.text?.split("\n")[0])).toEqual(["**Jul 15, 1878** [[Canal]] opens", "**1960s** Dam era", "**May 2023** Survey of the banks", "**Oct 29, 2024** Flood gates replaced"]);
		expect(doc.nodes.filter((n) => n.type === "group").map((n) => n.label)).toEqual(["1878", "1960", "2023", "2024"]);
		expect(new Set(doc.nodes.filter((n) => n.type === "file").map((n) => n.file))).toEqual(new Set([RIVER, "History/Dams.md"]));
		expect(doc.edges).toHaveLength(4);
		// Cards run down the axis in time order.
		const ys = cards.map((n) => n.y);
		expect(ys).toEqual([...ys].sort((a, b) => a - b));
		expect(app.workspace.getActiveFile()?.path).toBe(path);
	});

	it("exports the shown (filtered) events only, and says so when there are none", async () => {
		app = await start();
		await openNote(app, RIVER);
		expect(runCommand(app, "scrapbox-lens:open-timeline")).toBe(true);
		await settle(app);
		const filter = document.querySelector("input.sbl-tl-filter") as HTMLInputElement;
		filter.value = "flood";
		filter.dispatchEvent(new Event("input"));
		await new Promise((resolve) => setTimeout(resolve, 200));
		await settle(app);
		const file = await view(app).export("markdown");
		expect(file).not.toBeNull();
		const text = await read(app, file?.path ?? "");
		expect(text).toContain("Flood gates replaced");
		expect(text).not.toContain("Canal");

		filter.value = "nothing like this";
		filter.dispatchEvent(new Event("input"));
		await new Promise((resolve) => setTimeout(resolve, 200));
		await settle(app);
		expect(await view(app).export("canvas")).toBeNull();
		expect(liveNotices()).toContain("There are no events to export.");
	});

	it("exports the active note's timeline from the commands when no pane is open", async () => {
		app = await start();
		await openNote(app, "Other/Shopping.md");
		expect(runCommand(app, "scrapbox-lens:export-timeline-markdown")).toBe(true);
		await settle(app);
		expect(liveNotices()).toContain("There are no events to export.");
		await openNote(app, RIVER);
		expect(runCommand(app, "scrapbox-lens:export-timeline-canvas")).toBe(true);
		await settle(app);
		const doc: unknown = JSON.parse(await read(app, "History/River works timeline.canvas"));
		const current = app;
		expect(jsonCanvasProblems(doc, (p) => current.vault.getFileByPath(p) !== null)).toEqual([]);
		expect(app.workspace.getLeavesOfType(TIMELINE_VIEW)).toHaveLength(0);
	});

	it("makes safe, free file names", async () => {
		expect(safeFileName("#history/japan")).toBe("history-japan");
		expect(safeFileName('a:b*c?"d"<e>|f[g]^h')).toBe("abcdefgh");
		expect(safeFileName("...hidden")).toBe("hidden");
		expect(safeFileName("\u0000\u0007")).toBe("Timeline");
		app = await start({ "Timeline.md": "", "Timeline 1.md": "" });
		expect(freePath(app as never, "", "Timeline", "md")).toBe("Timeline 2.md");
		expect(freePath(app as never, "", "Timeline", "canvas")).toBe("Timeline.canvas");
		expect(freePath(app as never, "History", "River works timeline", "md")).toBe("History/River works timeline.md");
	});
});

describe("vault-wide timeline", () => {
	let app: App | undefined;
	afterEach(() => destroyApp(app));

	it("waits for layout-ready, then reads the vault in slices with progress", async () => {
		const many: Record<string, string> = {};
		for (let i = 0; i < 400; i++) many[`Notes/Note ${i}.md`] = `> ${1900 + (i % 120)}-03-0${(i % 9) + 1} - Event ${i}\n>  Some words about it, long enough to read.\n- A comment\n`;
		app = createApp({ files: many });
		await loadPlugin<LensHost>(app, ScrapboxLensPlugin, manifest);
		const leaf = app.workspace.getRightLeaf(false);
		await leaf?.setViewState({ type: TIMELINE_VIEW, state: { scope: "vault", tag: "" } });
		await settle(app);
		const pane = document.querySelector(".sbl-timeline") as HTMLElement;
		expect(pane.querySelector(".sbl-tl-empty")?.textContent).toBe("Waiting for the vault to finish loading…");
		expect(vaultReads(app, "beforeLayoutReady")).toEqual([]);

		const progress: string[] = [];
		const observer = new MutationObserver(() => {
			const el = pane.querySelector<HTMLElement>(".sbl-tl-progress");
			if (el?.isShown()) progress.push(el.textContent ?? "");
		});
		observer.observe(pane, { subtree: true, childList: true, characterData: true, attributes: true });
		await layoutReady(app);
		observer.disconnect();
		expect(pane.querySelectorAll(".sbl-tl-event")).toHaveLength(400);
		expect(progress.some((p) => /^Reading notes: \d+ of 400…$/.test(p))).toBe(true);
		expect(pane.querySelector<HTMLElement>(".sbl-tl-progress")?.isShown()).toBe(false);
		expect(new Set(vaultReads(app).map((r) => r.path)).size).toBe(400);
	});
});
