import { describe, expect, it } from "vitest";
import { INTERRUPT_BUDGET, tuneTiering } from "../../src/cli/tiering";

describe("tuneTiering", () => {
	it("raises V8's interrupt budget on V8 11 (Node 20 and 21)", () => {
		const flags: string[] = [];
		expect(tuneTiering("11.3.244.8-node.38", (f) => flags.push(f))).toBe(true);
		expect(flags).toEqual([`--interrupt-budget=${INTERRUPT_BUDGET}`]);
	});

	it("leaves other V8 versions alone, where it was not measured", () => {
		const flags: string[] = [];
		expect(tuneTiering("12.4.254.21-node.33", (f) => flags.push(f))).toBe(false);
		expect(tuneTiering("10.2.154.26-node.26", (f) => flags.push(f))).toBe(false);
		expect(tuneTiering("", (f) => flags.push(f))).toBe(false);
		expect(flags).toEqual([]);
	});

	it("never throws when V8 refuses a flag", () => {
		expect(
			tuneTiering("11.3.244.8", () => {
				throw new Error("refused");
			}),
		).toBe(false);
	});
});
