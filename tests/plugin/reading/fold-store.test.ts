// The fold store's memory across restarts: what is saved and what is taken back.
import { describe, expect, it } from "vitest";
import { FoldStore } from "../../../src/plugin/reading/fold-store";

describe("FoldStore snapshot and restore", () => {
	it("gives back the same folds after a round trip through JSON", () => {
		const store = new FoldStore();
		store.set("a.md", "Feb 24, 2023 - LLaMA#0", true);
		store.set("a.md", "March 3, 2023#0", true);
		store.set("b/c.md", "quote#1", true);
		store.set("b/c.md", "quote#1", false);
		const saved = JSON.parse(JSON.stringify(store.snapshot())) as unknown;
		expect(saved).toEqual({ "a.md": ["Feb 24, 2023 - LLaMA#0", "March 3, 2023#0"] });

		const restarted = new FoldStore();
		restarted.restore(saved);
		expect(restarted.isFolded("a.md", "March 3, 2023#0")).toBe(true);
		expect(restarted.isFolded("b/c.md", "quote#1")).toBe(false);
	});

	it("skips whatever is malformed, keeping the rest", () => {
		for (const bad of [null, 3, "x", [], [["a.md", ["k"]]]]) {
			const store = new FoldStore();
			store.restore(bad);
			expect(store.snapshot()).toEqual({});
		}
		const store = new FoldStore();
		store.restore({ "a.md": ["k", 4, null], "b.md": "k", "c.md": [], "d.md": [7] });
		expect(store.snapshot()).toEqual({ "a.md": ["k"] });
	});

	it("keeps at most its number of notes, dropping the oldest", () => {
		const store = new FoldStore(2);
		store.restore({ "1.md": ["k"], "2.md": ["k"], "3.md": ["k"] });
		expect(Object.keys(store.snapshot())).toEqual(["2.md", "3.md"]);
	});

	it("does not save very long keys, which still fold for the session", () => {
		const store = new FoldStore();
		const long = "x".repeat(5000);
		store.set("a.md", long, true);
		expect(store.isFolded("a.md", long)).toBe(true);
		expect(store.snapshot()).toEqual({});
	});

	it("forgets a deleted note", () => {
		const store = new FoldStore();
		store.set("a.md", "k", true);
		expect(store.hasFolds("a.md")).toBe(true);
		store.forget("a.md");
		expect(store.hasFolds("a.md")).toBe(false);
	});
});
