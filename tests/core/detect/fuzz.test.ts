import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { classifyFlavour, classifyNote } from "../../../src/core/detect";
import { note, path } from "./fixtures";

function valid(result: ReturnType<typeof classifyNote>): void {
	expect([null, "raw", "converted", "translated"]).toContain(result.flavour);
	expect(result.score).toBeGreaterThanOrEqual(0);
	expect(result.score).toBeLessThanOrEqual(1);
	expect(result.score >= 0.5).toBe(result.flavour !== null);
	expect(result.reasons.length).toBeLessThanOrEqual(8);
	for (const reason of result.reasons) expect(typeof reason).toBe("string");
	expect(result.evidence.length).toBe(result.reasons.length);
}

describe("classifyNote never throws and is deterministic", () => {
	it("on notation-like text", () => {
		fc.assert(
			fc.property(note, path, (text, p) => {
				const a = classifyNote(text, p);
				valid(a);
				expect(classifyNote(text, p)).toEqual(a);
				// The reasons-free path gives the same verdict.
				expect(classifyFlavour(text, p)).toBe(a.flavour);
			}),
			{ numRuns: 3000 },
		);
	});

	it("on any string", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 2000 }), path, (text, p) => {
				const a = classifyNote(text, p);
				valid(a);
				expect(classifyNote(text, p)).toEqual(a);
				expect(classifyFlavour(text, p)).toBe(a.flavour);
			}),
			{ numRuns: 1000 },
		);
	});

	it("does not depend on what it classified before", () => {
		fc.assert(
			fc.property(note, note, (first, second) => {
				const alone = classifyNote(second, "n.md");
				classifyNote(first, "n.md");
				expect(classifyNote(second, "n.md")).toEqual(alone);
			}),
			{ numRuns: 500 },
		);
	});

	it("on non-string input and huge notes", () => {
		for (const junk of [undefined, null, 3, {}, [], Symbol("x")]) {
			expect(classifyNote(junk as string, junk as string)).toEqual({ flavour: null, score: 0, reasons: [], evidence: [] });
		}
		const huge = "[* x] [a.icon]\n".repeat(100_000) + "[".repeat(100_000) + "\n" + " ".repeat(100_000);
		valid(classifyNote(huge, "huge.md"));
		valid(classifyNote("---\n" + "k: v\n".repeat(10_000), "fm.md"));
	});
});
