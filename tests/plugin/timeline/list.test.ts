// Keys that follow events across live updates (carryEventKeys).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { carryEventKeys } from "../../../src/plugin/timeline/list";
import type { TimelineEvent } from "../../../src/core/timeline";

function event(file: string, line: number, year: number, title: string): TimelineEvent {
	return {
		date: { start: { year, month: null, day: null }, end: null, precision: "year", time: null, endTime: null, length: 4 },
		title,
		text: [],
		commentary: [],
		file,
		line,
		quoted: true,
		blockId: null,
		heading: null,
	};
}

function counter(): () => string {
	let n = 0;
	return () => `new${++n}`;
}

describe("carryEventKeys", () => {
	const before = [event("a.md", 3, 1990, "Dam"), event("a.md", 6, 1995, "Weir"), event("a.md", 9, 1995, "Weir"), event("b.md", 3, 1995, "Weir")];
	const keyed = before.map((e, i) => ({ event: e, key: `k${i}` }));

	it("keeps keys when lines move, repeats matched in order", () => {
		const after = before.map((e) => ({ ...e, line: e.file === "a.md" ? e.line + 2 : e.line }));
		expect(carryEventKeys(after, keyed, counter())).toEqual(["k0", "k1", "k2", "k3"]);
	});

	it("keeps the key of an event whose title changed at the same line", () => {
		const after = [before[0], { ...before[1], title: "New weir" }, before[2], before[3]];
		expect(carryEventKeys(after, keyed, counter())).toEqual(["k0", "k1", "k2", "k3"]);
	});

	it("gives new keys to new events, never one still in use", () => {
		// A new event at line 3 of a.md, with the old one moved down: the line match is taken by content already.
		const after = [event("a.md", 3, 1980, "Survey"), { ...before[0], line: 4 }, before[1], before[2], before[3]];
		const keys = carryEventKeys(after, keyed, counter());
		expect(keys).toEqual(["new1", "k0", "k1", "k2", "k3"]);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it("starts fresh without a previous list", () => {
		expect(carryEventKeys(before, [], counter())).toEqual(["new1", "new2", "new3", "new4"]);
	});

	it("always gives distinct keys, one per event, whatever the two lists hold", () => {
		const events = fc.array(
			fc.record({ file: fc.constantFrom("a.md", "b.md"), line: fc.integer({ min: 1, max: 12 }), year: fc.integer({ min: 1990, max: 1993 }), title: fc.constantFrom("Dam", "Weir", "") }),
			{ maxLength: 12 },
		);
		fc.assert(
			fc.property(events, events, (old, now) => {
				const fresh = counter();
				const previous = carryEventKeys(old.map((e) => event(e.file, e.line, e.year, e.title)), [], fresh).map((key, i) => ({ event: event(old[i].file, old[i].line, old[i].year, old[i].title), key }));
				const keys = carryEventKeys(now.map((e) => event(e.file, e.line, e.year, e.title)), previous, fresh);
				expect(keys).toHaveLength(now.length);
				expect(new Set(keys).size).toBe(keys.length);
				// An unchanged list keeps every key.
				expect(carryEventKeys(previous.map((p) => p.event), previous, fresh)).toEqual(previous.map((p) => p.key));
			}),
		);
	});
});
