import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
	eventSubpath,
	extractEvents,
	sourceLink,
	timelineToCanvas,
	timelineToMarkdown,
	type CanvasDocument,
	type CanvasNode,
} from "../../../src/core/timeline";

// Vitest runs from the project root.
const history = readFileSync(resolve("tests/core/timeline/fixtures/history.md"), "utf8");
const events = extractEvents(history, "Library/history.md");

describe("links back to the source", () => {
	it("prefers a block id, then the heading above, then the note alone", () => {
		expect(events.map(eventSubpath)).toEqual(["#Founding years", "#Founding years", "#^opening", "#^budget", "#^budget", "#^budget"]);
		const bare = extractEvents("> 2023/05/04 - No heading, no id", "bare.md");
		expect(eventSubpath(bare[0])).toBeNull();
		const awkward = extractEvents("## Links: [[A|b]] #tag\n> 2023/05/04 x", "n.md");
		expect(eventSubpath(awkward[0])).toBe("#Links A b tag");
	});

	it("writes a wikilink, or a Markdown link when the path would break one", () => {
		expect(sourceLink(events[2])).toBe("[[Library/history#^opening|history]]");
		const odd = extractEvents("> 2023/05/04 x", "Notes/a [draft] #1.md");
		expect(sourceLink(odd[0])).toBe("[a \\[draft\\] #1](Notes/a%20%5Bdraft%5D%20#1.md)");
	});
});

describe("Markdown timeline note", () => {
	it("groups by year and month, with dates at their precision, source links, descriptions and commentary", () => {
		const md = timelineToMarkdown(events, { heading: "Library timeline" });
		expect(md).toBe(
			[
				"# Library timeline",
				"",
				"## 1878",
				"",
				"### July 1878",
				"",
				"- **Jul 15, 1878** A reading room opens above the post office ([[Library/history#Founding years|history]])",
				"\t> It holds two hundred books, lent one at a time.",
				"",
				"## 1960",
				"",
				"- **1960s** Volunteers run it in the evenings ([[Library/history#Founding years|history]])",
				"\t> The next day after each meeting, a rota is pinned to the door.",
				"\t- Volunteers kept it alive for decades.",
				"\t\t- I wonder who kept the rota.",
				"",
				"## 2023",
				"",
				"### March 2023",
				"",
				"- **Mar 3, 2023** The new building opens ([[Library/history#^opening|history]])",
				"\t> Three floors, a café and a children's corner.",
				"\t- The café is the best part.",
				"",
				"### May 2023",
				"",
				"- **May 2023** A survey of readers ([[Library/history#^budget|history]])",
				"\t> Most want longer opening hours.",
				"\t> 2023 models of e-readers are now lent too.",
				"",
				"## 2025",
				"",
				"- **FY2025** Budget doubled ([[Library/history#^budget|history]])",
				"",
				"### July 2025",
				"",
				"- **Jul 17 – Aug 24, 2025** Summer reading festival ([[Library/history#^budget|history]])",
				"\t> Events every weekend.",
				"",
			].join("\n"),
		);
	});

	it("writes Japanese dates and headings, and can leave out text and commentary", () => {
		const md = timelineToMarkdown(events.slice(1, 3), { language: "ja", text: false, commentary: false });
		expect(md).toBe(
			[
				"## 1960年",
				"",
				"- **1960年代** Volunteers run it in the evenings ([[Library/history#Founding years|history]])",
				"",
				"## 2023年",
				"",
				"### 2023年3月",
				"",
				"- **2023年3月3日** The new building opens ([[Library/history#^opening|history]])",
				"",
			].join("\n"),
		);
		expect(timelineToMarkdown([])).toBe("");
		expect(timelineToMarkdown([], { heading: "Empty" })).toBe("# Empty\n");
	});
});

/** The JSON Canvas 1.0 rules (jsoncanvas.org/spec/1.0), checked field by field. */
function assertCanvas(doc: CanvasDocument) {
	const ids = new Set<string>();
	const byId = new Map<string, CanvasNode>();
	expect(Object.keys(doc).sort()).toEqual(["edges", "nodes"]);
	for (const n of doc.nodes) {
		expect(typeof n.id).toBe("string");
		expect(ids.has(n.id)).toBe(false);
		ids.add(n.id);
		byId.set(n.id, n);
		for (const k of ["x", "y", "width", "height"] as const) expect(Number.isInteger(n[k]), `${n.id}.${k}`).toBe(true);
		expect(n.width).toBeGreaterThan(0);
		expect(n.height).toBeGreaterThan(0);
		expect(["text", "file", "link", "group"]).toContain(n.type);
		if (n.type === "text") expect(typeof n.text).toBe("string");
		if (n.type === "file") {
			expect(typeof n.file).toBe("string");
			if (n.subpath !== undefined) expect(n.subpath.startsWith("#")).toBe(true);
		}
	}
	for (const e of doc.edges) {
		expect(ids.has(e.id)).toBe(false);
		ids.add(e.id);
		expect(byId.has(e.fromNode)).toBe(true);
		expect(byId.has(e.toNode)).toBe(true);
		for (const side of [e.fromSide, e.toSide]) if (side !== undefined) expect(["top", "right", "bottom", "left"]).toContain(side);
	}
	// Groups come first (drawn below), and every card sits inside one group.
	const firstCard = doc.nodes.findIndex((n) => n.type !== "group");
	expect(doc.nodes.slice(firstCard).every((n) => n.type !== "group")).toBe(true);
	const groups = doc.nodes.filter((n) => n.type === "group");
	for (const n of doc.nodes.slice(firstCard)) {
		const inside = groups.filter((g) => n.x >= g.x && n.y >= g.y && n.x + n.width <= g.x + g.width && n.y + n.height <= g.y + g.height);
		expect(inside.length, n.id).toBe(1);
	}
}

describe("JSON Canvas", () => {
	it("gives a card and a source file node per event, years as groups, valid against the 1.0 spec", () => {
		const doc = timelineToCanvas(events);
		assertCanvas(doc);
		const cards = doc.nodes.filter((n) => n.type === "text");
		const files = doc.nodes.filter((n) => n.type === "file");
		const groups = doc.nodes.filter((n) => n.type === "group");
		expect(cards).toHaveLength(events.length);
		expect(files).toHaveLength(events.length);
		expect(doc.edges).toHaveLength(events.length);
		expect(groups.map((g) => (g.type === "group" ? g.label : ""))).toEqual(["1878", "1960", "2023", "2025"]);
		expect(files.map((f) => (f.type === "file" ? [f.file, f.subpath ?? null] : null))).toEqual([
			["Library/history.md", "#Founding years"],
			["Library/history.md", "#Founding years"],
			["Library/history.md", "#^opening"],
			["Library/history.md", "#^budget"],
			["Library/history.md", "#^budget"],
			["Library/history.md", "#^budget"],
		]);
		// Cards run down the axis in time order.
		const ys = cards.map((c) => c.y);
		expect(ys).toEqual([...ys].sort((p, q) => p - q));
		expect(new Set(ys).size).toBe(ys.length);
		expect(cards[0].type === "text" && cards[0].text.startsWith("**Jul 15, 1878** A reading room")).toBe(true);
		const bare = timelineToCanvas(extractEvents("> 2023/05/04 x", "bare.md"));
		expect(bare.nodes.some((n) => n.type === "file" && "subpath" in n)).toBe(false);
	});

	it("is stable for the same input, and spaces cards by time when proportional, never overlapping", () => {
		expect(timelineToCanvas(events)).toEqual(timelineToCanvas(events));
		const doc = timelineToCanvas(events, { layout: "proportional", pixelsPerDay: 0.05 });
		assertCanvas(doc);
		const cards = doc.nodes.filter((n) => n.type === "text");
		for (let i = 1; i < cards.length; i++) expect(cards[i].y).toBeGreaterThanOrEqual(cards[i - 1].y + cards[i - 1].height);
		expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
	});

	it("keeps ids unique when two events look the same", () => {
		const twin = extractEvents(["> 2023/05/04 x", "", "> 2023/05/04 x"].join("\n"), "t.md");
		assertCanvas(timelineToCanvas([...twin, ...twin]));
		expect(timelineToCanvas([])).toEqual({ nodes: [], edges: [] });
	});
});
