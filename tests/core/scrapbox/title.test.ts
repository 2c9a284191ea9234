import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { encodeTitleForUrl, scrapboxPageUrl } from "../../../src/core/scrapbox/title";

/**
 * The rule as Scrapbox states it, character by character (the first
 * implementation, kept as the reference). A lone surrogate, which
 * encodeURIComponent rejects, is encoded as U+FFFD: the encoder never throws.
 */
function byCharacter(title: string): string {
	const kept = new Set(["@", "$", "&", "+", "=", ":", ";", '"', ","]);
	const encodedAtEnd = new Set([":", ";", '"', ","]);
	const chars = Array.from(title);
	let out = "";
	chars.forEach((char, index) => {
		if (char === " ") out += "_";
		else if (!kept.has(char) || (index === chars.length - 1 && encodedAtEnd.has(char))) out += encodeURIComponent(/^[\uD800-\uDFFF]$/.test(char) ? "\uFFFD" : char);
		else out += char;
	});
	return out;
}

function outcome(encode: (title: string) => string, title: string): string {
	try {
		return encode(title);
	} catch (error) {
		return `throws ${(error as Error).name}`;
	}
}

describe("encodeTitleForUrl", () => {
	it("encodes as scrapbox.io does", () => {
		expect(encodeTitleForUrl("Hello World")).toBe("Hello_World");
		expect(encodeTitleForUrl("a@b$c&d+e=f:g;h\"i,j")).toBe("a@b$c&d+e=f:g;h\"i,j");
		expect(encodeTitleForUrl("ends with:")).toBe("ends_with%3A");
		expect(encodeTitleForUrl("ends with@")).toBe("ends_with@");
		expect(encodeTitleForUrl("100%/?#")).toBe("100%25%2F%3F%23");
		expect(encodeTitleForUrl("日本語 ページ")).toBe("%E6%97%A5%E6%9C%AC%E8%AA%9E_%E3%83%9A%E3%83%BC%E3%82%B8");
		expect(scrapboxPageUrl("p", "a b")).toBe("https://scrapbox.io/p/a_b");
		expect(scrapboxPageUrl("\uD800", "a\uDC00b")).toBe("https://scrapbox.io/%EF%BF%BD/a%EF%BF%BDb");
	});

	it("equals encoding character by character, on any text", () => {
		const char = fc.constantFrom(..."ab Z_%@$&+=:;\",/?#[]()!~*'-.\u3042é\t\n2".split(""), "\uD83D\uDE00", "\uD800", "\uDC00", "%20", "%3A");
		fc.assert(
			fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
				const title = chars.join("");
				expect(outcome(encodeTitleForUrl, title)).toBe(outcome(byCharacter, title));
			}),
			{ numRuns: 5000 },
		);
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 20 }), (title) => {
				expect(outcome(encodeTitleForUrl, title)).toBe(outcome(byCharacter, title));
			}),
			{ numRuns: 5000 },
		);
	});
});
