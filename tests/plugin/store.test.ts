// The plugin's data file: saves of different parts are serialised, and saves
// asked for while one waits to start are joined into one write.
import { describe, expect, it } from "vitest";
import { PluginStore } from "../../src/plugin/store";

/** A plugin whose writes finish only when the test lets them, recording what each wrote. */
function slowPlugin() {
	const writes: string[] = [];
	const finish: Array<() => void> = [];
	const plugin = {
		loadData: async () => null,
		saveData: (data: unknown) => {
			writes.push(JSON.stringify(data));
			return new Promise<void>((resolve) => finish.push(resolve));
		},
	};
	return { plugin, writes, finish };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("plugin store", () => {
	it("joins saves asked for while a write waits, and loses none of them", async () => {
		const { plugin, writes, finish } = slowPlugin();
		const store = new PluginStore(plugin as never);
		await store.load();
		const first = store.saveFolds({ "a.md": ["q1"] });
		await tick();
		expect(writes).toHaveLength(1);
		// While the first write runs, three saves of different parts: one more write carries them all.
		const second = store.saveFolds({ "a.md": ["q1", "q2"] });
		const third = store.saveNoteIndexCache({ classifier: "v", notes: { "a.md": [1, 2, 0, 0] } });
		const fourth = store.saveFolds({ "b.md": ["q3"] });
		expect(third).toBe(second);
		expect(fourth).toBe(second);
		finish[0]();
		await first;
		await tick();
		expect(writes).toHaveLength(2);
		expect(JSON.parse(writes[1])).toEqual({ folds: { "b.md": ["q3"] }, noteIndex: { classifier: "v", notes: { "a.md": [1, 2, 0, 0] } } });
		finish[1]();
		await second;
		// A save after the joined write started is a write of its own.
		const fifth = store.saveFolds({});
		await tick();
		expect(writes).toHaveLength(3);
		finish[2]();
		await fifth;
	});

	it("writes after a failed write", async () => {
		let fail = true;
		const writes: unknown[] = [];
		const plugin = {
			loadData: async () => ({ settings: {} }),
			saveData: async (data: unknown) => {
				writes.push(JSON.parse(JSON.stringify(data)));
				if (fail) throw new Error("disk full");
			},
		};
		const store = new PluginStore(plugin as never);
		await store.load();
		await expect(store.saveFolds({})).rejects.toThrow("disk full");
		fail = false;
		await store.saveFolds({ "a.md": ["q1"] });
		expect(writes).toHaveLength(2);
	});
});
