import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { classifyNote } from "../../../src/core/detect";

/** Fragments of both notations, so the classifier's branches are reached, not only random noise. */
const fragment = fc.constantFrom(
	"\n", "\r\n", " ", "\t", "\u3000", "    ", "---", "title: ", '"', "scrapbox: raw", "translated_from: https://scrapbox.io/p/t",
	"[", "]", "[[", "]]", "(", ")", "![", "](", "[* ", "[/p/", ".icon", "#", "##### ", "> ", ">  ", "- ", "* ", "- > ", "- [ ] ",
	"`", "```", "~~~", "code:", "table:", "| -- |", "|---|", "%%", "[^", "https://", "gyazo.com/", "/thumb/1000",
	"<img src='https://scrapbox.io/api/pages/p/n/icon'>", "#5e999eadaff09e000069ce74", "This page is auto-translated from ", "題", "\uD800", "\\",
);
const note = fc.array(fc.oneof(fragment, fc.string({ unit: "binary", maxLength: 8 })), { maxLength: 80 }).map((parts) => parts.join(""));
const path = fc.option(fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.constantFrom("a.md", "dir/T.md", "", ".md", "/", "x\\y.md")), { nil: undefined });

function valid(result: ReturnType<typeof classifyNote>): void {
	expect([null, "raw", "converted", "translated"]).toContain(result.flavour);
	expect(result.score).toBeGreaterThanOrEqual(0);
	expect(result.score).toBeLessThanOrEqual(1);
	expect(result.score >= 0.5).toBe(result.flavour !== null);
	expect(result.reasons.length).toBeLessThanOrEqual(8);
	for (const reason of result.reasons) expect(typeof reason).toBe("string");
}

describe("classifyNote never throws and is deterministic", () => {
	it("on notation-like text", () => {
		fc.assert(
			fc.property(note, path, (text, p) => {
				const a = classifyNote(text, p);
				valid(a);
				expect(classifyNote(text, p)).toEqual(a);
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
			expect(classifyNote(junk as string, junk as string)).toEqual({ flavour: null, score: 0, reasons: [] });
		}
		const huge = "[* x] [a.icon]\n".repeat(100_000) + "[".repeat(100_000) + "\n" + " ".repeat(100_000);
		valid(classifyNote(huge, "huge.md"));
		valid(classifyNote("---\n" + "k: v\n".repeat(10_000), "fm.md"));
	});
});
