import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
	eventDateLabel,
	eventToJson,
	extractEvents,
	filterEvents,
	groupByYearMonth,
	mergeEvents,
	sortEvents,
	type TimelineEvent,
} from "../../../src/core/timeline";

// Vitest runs from the project root.
const history = readFileSync(resolve("tests/core/timeline/fixtures/history.md"), "utf8");

describe("events from dated quotes", () => {
	const events = extractEvents(history, "Library/history.md");

	it("gives one event per dated quote line, with title, description and 1-based line", () => {
		expect(events.map(eventToJson)).toEqual([
			{
				date: "1878-07-15",
				end: null,
				precision: "day",
				title: "A reading room opens above the post office",
				text: ["It holds two hundred books, lent one at a time."],
				commentary: [],
				file: "Library/history.md",
				line: 8,
			},
			{
				date: "1960",
				end: null,
				precision: "decade",
				title: "Volunteers run it in the evenings",
				text: ["The next day after each meeting, a rota is pinned to the door."],
				commentary: ["Volunteers kept it alive for decades.", "I wonder who kept the rota."],
				file: "Library/history.md",
				line: 11,
			},
			{
				date: "2023-03-03",
				end: null,
				precision: "day",
				title: "The new building opens",
				text: ["Three floors, a café and a children's corner."],
				commentary: ["The café is the best part."],
				file: "Library/history.md",
				line: 16,
			},
			{
				date: "2025-07-17",
				end: "2025-08-24",
				precision: "day",
				title: "Summer reading festival",
				text: ["Events every weekend."],
				commentary: [],
				file: "Library/history.md",
				line: 21,
			},
			{
				date: "2023-05",
				end: null,
				precision: "month",
				title: "A survey of readers",
				text: ["Most want longer opening hours.", "2023 models of e-readers are now lent too."],
				commentary: [],
				file: "Library/history.md",
				line: 24,
			},
			{
				date: "2025",
				end: null,
				precision: "fiscal-year",
				title: "Budget doubled",
				text: [],
				commentary: [],
				file: "Library/history.md",
				line: 28,
			},
		]);
	});

	it("attaches the block's commentary to its last event only, keeping the tree", () => {
		expect(events[0].commentary).toEqual([]);
		expect(events[1].commentary.map((c) => [c.text, c.children.map((k) => k.text)])).toEqual([["Volunteers kept it alive for decades.", ["I wonder who kept the rota."]]]);
	});

	it("records block ids and headings for links back", () => {
		expect(events.map((e) => [e.blockId, e.heading])).toEqual([
			[null, "Founding years"],
			[null, "Founding years"],
			["opening", "Founding years"],
			["budget", "Recent"],
			["budget", "Recent"],
			["budget", "Recent"],
		]);
		// The id is not part of the title.
		expect(events[2].title).toBe("The new building opens");
	});

	it("counts dated lines outside quotes only when asked, with their bullets as commentary", () => {
		expect(events.some((e) => !e.quoted)).toBe(false);
		const all = extractEvents(history, "h.md", { unquoted: true });
		const outside = all.filter((e) => !e.quoted);
		expect(outside.map(eventToJson)).toEqual([
			{ date: "2024-10-29", end: null, precision: "day", title: "", text: [], commentary: ["Visited with my daughter.", "She chose three picture books."], file: "h.md", line: 32 },
		]);
		// Note order is kept.
		expect(all.map((e) => e.line)).toEqual([8, 11, 16, 21, 24, 28, 32]);
	});

	it("reads raw Scrapbox notation", () => {
		const raw = ["History", "> 2023/05/04 - Memo published", "> It argues open models catch up.", " I agree.", "  Mostly.", "> Not dated"].join("\n");
		expect(extractEvents(raw, "raw.md", { notation: "scrapbox" }).map(eventToJson)).toEqual([
			{ date: "2023-05-04", end: null, precision: "day", title: "Memo published", text: ["It argues open models catch up."], commentary: ["I agree.", "Mostly."], file: "raw.md", line: 2 },
		]);
	});

	it("asks a notation function only for notes that may hold a dated quote", () => {
		const asked: string[] = [];
		const notation = (text: string) => {
			asked.push(text.slice(0, 10));
			return "scrapbox" as const;
		};
		expect(extractEvents("> no date here\n plain", "a.md", { notation })).toEqual([]);
		expect(asked).toEqual([]);
		const events = extractEvents("> 2023/05/04 - dated\n a comment", "b.md", { notation });
		expect(asked).toEqual(["> 2023/05/"]);
		expect(eventToJson(events[0]).commentary).toEqual(["a comment"]);
	});

	it("finds dated quotes inside list items too", () => {
		const text = ["- Reading", "    - > 2010.03.30 Release day", "    - > A new version ships.", "        - I upgraded at once."].join("\n");
		expect(extractEvents(text, "x.md").map(eventToJson)).toEqual([
			{ date: "2010-03-30", end: null, precision: "day", title: "Release day", text: ["A new version ships."], commentary: ["I upgraded at once."], file: "x.md", line: 2 },
		]);
	});

	it("skips notes quickly without ever losing an event (text and lines agree)", () => {
		const piece = fc.constantFrom(
			"> 2023/05/04 - dated",
			">  Feb 24, 2023 - dated",
			"- > 1960年代 dated in a list",
			"> [[2023-02-24]] linked",
			"> **May 2023** emphasised",
			"> The next day",
			"> 2023 models",
			"> plain quote",
			"- comment",
			"    - reply",
			"```",
			"",
			"2024-10-29",
			"text",
			"> 2023/05/04 ^id",
			"\t> 平成16年7月 tabbed",
			"1. > 2023/05/04 numbered",
			"* > > Mar 3, 2023 nested",
			"text -> 2023 arrow",
			"<b>2023</b> tag",
			">2023/05/04 tight",
			"> ",
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 25 }), (lines) => {
				expect(extractEvents(lines.join("\n"), "f.md")).toEqual(extractEvents(lines, "f.md"));
			}),
			{ numRuns: 1500 },
		);
	});

	it("never throws and is deterministic on any text", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), fc.boolean(), (text, unquoted) => {
				const a = extractEvents(text, "f.md", { unquoted });
				expect(extractEvents(text, "f.md", { unquoted })).toEqual(a);
				for (const e of a) expect(e.line).toBeGreaterThanOrEqual(1);
			}),
			{ numRuns: 1000 },
		);
		expect(extractEvents(undefined as unknown as string, "f.md")).toEqual([]);
	});
});

describe("order, groups and filter", () => {
	const a = extractEvents(["> 2023/03/03 - Third", "> 2023 - Year only", "> 2023/03/03 - Same day, later line"].join("\n"), "b.md");
	const b = extractEvents(["> 2023年3月3日 同じ日", "> 2022/12/31 - Eve", "> 1960s - Decade"].join("\n"), "a.md");

	it("sorts by start, coarser first, then file, then line, stably", () => {
		const merged = mergeEvents([a, b]);
		expect(merged.map((e) => `${e.file}:${e.line}`)).toEqual(["a.md:3", "a.md:2", "b.md:2", "a.md:1", "b.md:1", "b.md:3"]);
		expect(sortEvents(merged)).toEqual(merged);
		const map = new Map<string, TimelineEvent[]>([
			["b.md", a],
			["a.md", b],
		]);
		expect(mergeEvents(map.values())).toEqual(merged);
	});

	it("groups by year and month, with coarser dates first in their year", () => {
		const groups = groupByYearMonth(mergeEvents([a, b]));
		expect(groups.map((g) => [g.year, g.months.map((m) => [m.month, m.events.length])])).toEqual([
			[1960, [[null, 1]]],
			[2022, [[12, 1]]],
			[
				2023,
				[
					[null, 1],
					[3, 3],
				],
			],
		]);
	});

	it("filters by every word, in title, text, commentary, file or date", () => {
		const events = extractEvents(history, "Library/history.md");
		expect(filterEvents(events, "café").map((e) => e.line)).toEqual([16]);
		expect(filterEvents(events, "ROTA volunteers").map((e) => e.line)).toEqual([11]);
		expect(filterEvents(events, "2025-07").map((e) => e.line)).toEqual([21]);
		expect(filterEvents(events, "Mar 2023").map((e) => e.line)).toEqual([16]);
		expect(filterEvents(events, "library/").length).toBe(events.length);
		expect(filterEvents(events, "  ").length).toBe(events.length);
		expect(filterEvents(events, "nothing-like-this")).toEqual([]);
	});

	it("labels each date at its own precision", () => {
		const events = extractEvents(history, "h.md");
		expect(events.map((e) => eventDateLabel(e, "en"))).toEqual(["Jul 15, 1878", "1960s", "Mar 3, 2023", "Jul 17 – Aug 24, 2025", "May 2023", "FY2025"]);
		expect(eventDateLabel(events[4], "ja")).toBe("2023年5月");
	});
});
