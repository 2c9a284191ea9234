import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseFooter, parseFooterLine } from "../../../src/core/provenance/footer";
import { readProvenanceProperties } from "../../../src/core/provenance/properties";

/** Text assembled from footer fragments, so the parser's branches are reached, not only random noise. */
const fragments = fc.constantFrom(
	"This page is auto-translated from ",
	"This page is written in English by A and copied from ",
	"[/nishio/",
	"[/",
	"](https://scrapbox.io/nishio/",
	"](https://scrapbox.io/",
	"https://scrapbox.io/nishio/",
	"(",
	")",
	"]",
	"[",
	" using ",
	"DeepL",
	". ",
	"\n",
	"\r\n",
	"---",
	"%E3%81",
	"%",
	"\uD800",
	"題",
	" ",
);
const footerish = fc.array(fc.oneof(fragments, fc.string({ unit: "binary", maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(""));

describe("footer parsing never throws and is deterministic", () => {
	it("on footer-like text", () => {
		fc.assert(
			fc.property(footerish, (text) => {
				const a = parseFooter(text);
				expect(parseFooter(text)).toEqual(a);
				if (a) {
					expect(a.line).toBeGreaterThan(0);
					expect(a.sourceTitle.length).toBeGreaterThan(0);
					if (a.sourceUrl) expect(() => new URL(a.sourceUrl as string)).not.toThrow();
				}
				parseFooterLine(text);
			}),
			{ numRuns: 3000 },
		);
	});

	it("on any string", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 500 }), (text) => {
				expect(parseFooter(text)).toEqual(parseFooter(text));
			}),
			{ numRuns: 2000 },
		);
	});

	it("on non-strings and odd frontmatter", () => {
		for (const junk of [undefined, null, 42, {}, []]) {
			expect(parseFooter(junk as string)).toBeNull();
			expect(parseFooterLine(junk as string)).toBeNull();
		}
		fc.assert(fc.property(fc.anything(), (value) => void readProvenanceProperties(value)), { numRuns: 1000 });
	});

	it("reads a long, unbalanced last line", () => {
		const line = "This page is auto-translated from [/nishio/" + "(".repeat(6000) + "](https://scrapbox.io/nishio/" + "(".repeat(1500);
		expect(parseFooter(`body\n---\n${line}`)?.sourceTitle).toBe("(".repeat(6000));
	});
});
