import { describe, expect, it } from "vitest";
import { originalFenceLine } from "../../../src/core/import";

describe("originalFenceLine", () => {
	it("finds the fence that opens a kept original, by line", () => {
		expect(originalFenceLine("# Notes\n\n%% kept %%\n```scrapbox-original\nNotes\n```\n")).toBe(4);
		expect(originalFenceLine("````scrapbox-original\r\nx\r\n````")).toBe(1);
	});

	it("ignores the word where it is not a fence line", () => {
		expect(originalFenceLine("I wrote scrapbox-original in prose.\n")).toBe(0);
		expect(originalFenceLine("``scrapbox-original\n")).toBe(0);
		expect(originalFenceLine("```scrapbox-original extra\n")).toBe(0);
		expect(originalFenceLine("")).toBe(0);
	});

	it("reports the last kept original when prose mentions the word after it", () => {
		expect(originalFenceLine("a\n```scrapbox-original\nx\n```\nsee scrapbox-original above")).toBe(2);
	});
});
