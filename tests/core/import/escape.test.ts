import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { codeFence, codeSpan, escapeAttribute, escapeLinkText, escapeText, isWebUrl, safeUrl } from "../../../src/core/import/escape";
import { formattingIn, markdownNodes } from "./markdown-tree";

describe("escapeText", () => {
	const cases: Array<[string, string]> = [
		["plain words", "plain words"],
		["日本語の文章。", "日本語の文章。"],
		["*stars* and `code`", "\\*stars\\* and \\`code\\`"],
		["snake_case stays, _emphasis_ does not", "snake_case stays, \\_emphasis\\_ does not"],
		["~~strike~~ and a~b", "\\~\\~strike\\~\\~ and a\\~b"],
		["==mark== but a=b", "\\=\\=mark\\=\\= but a=b"],
		["%%hidden%% but 50%", "\\%\\%hidden\\%\\% but 50%"],
		["#tag and a#b", "\\#tag and a#b"],
		["^id and a^b", "\\^id and a^b"],
		["&amp; &#169; &x; &ab; and & alone", "\\&amp; \\&#169; \\&x; \\&ab; and & alone"],
		["<b>html</b>", "\\<b>html\\</b>"],
		["[[wiki]] and [^1]", "\\[\\[wiki]] and \\[^1]"],
		["$x$ and | pipe \\ slash", "\\$x\\$ and \\| pipe \\\\ slash"],
	];
	for (const [input, output] of cases) {
		it(`${JSON.stringify(input)}`, () => {
			expect(escapeText(input)).toBe(output);
		});
	}

	it("escapes block starts only at the start of a block", () => {
		expect(escapeText("- item", true)).toBe("\\- item");
		expect(escapeText("+ item", true)).toBe("\\+ item");
		expect(escapeText("> quote", true)).toBe("\\> quote");
		expect(escapeText("# heading", true)).toBe("\\# heading");
		expect(escapeText("12. item", true)).toBe("12\\. item");
		expect(escapeText("3) item", true)).toBe("3\\) item");
		expect(escapeText("=", true)).toBe("\\=");
		expect(escapeText("---", true)).toBe("\\---");
		expect(escapeText("a - b > c 1. d", true)).toBe("a - b > c 1. d");
		expect(escapeText("- item")).toBe("- item");
	});

	it("escapes link text brackets", () => {
		expect(escapeLinkText("a [b] c")).toBe("a \\[b\\] c");
	});

	// Characters Markdown, HTML and Obsidian act on, plus ordinary text around them.
	const risky = fc.string({
		unit: fc.constantFrom(..."*_~=%#^&<>[]()!`$|\\-+.:;/ 1aあ".split(""), "&amp;", "&#35;", "<b>", "</i>", "<!--", "http", "[[", "]]", "==", "%%", "1. ", "- ", "> ", "# ", "```"),
		maxLength: 40,
	});

	it("keeps any text plain: a CommonMark + GFM parser sees only text and escapes", () => {
		fc.assert(
			fc.property(risky, (text) => {
				// Block text reaches the escaper with its leading spaces removed (they would make code).
				const line = text.trim();
				const escaped = escapeText(line, true);
				expect(formattingIn(escaped), escaped).toEqual([]);
				// Obsidian's own syntax, which that parser does not know.
				expect(escaped).not.toMatch(/(^|[^\\])==|(^|[^\\])%%|(^|[^\\])\[\[|(^|\s)\^[A-Za-z0-9-]+$/);
			}),
			{ numRuns: 2000 },
		);
	});

	it("keeps the text's characters: unescaping gives the input back", () => {
		fc.assert(
			fc.property(risky, (text) => {
				const escaped = escapeText(text, true);
				expect(escaped.replace(/\\(.)/g, "$1")).toBe(text);
			}),
		);
	});
});

describe("codeSpan and codeFence", () => {
	it("fence any text", () => {
		expect(codeSpan("x")).toBe("`x`");
		expect(codeSpan("a`b")).toBe("``a`b``");
		expect(codeSpan("`edge`")).toBe("`` `edge` ``");
		expect(codeSpan("")).toBe("\\`\\`");
		expect(codeFence("plain")).toBe("```");
		expect(codeFence("has ``` inside")).toBe("````");
	});

	it("show the text exactly as code", () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom("`", "a", " ", "*", "<", "|"), minLength: 1, maxLength: 12 }), (text) => {
				fc.pre(text.trim() !== "");
				const nodes = markdownNodes(codeSpan(text));
				const code = nodes.find((n) => n.name === "InlineCode");
				expect(code, codeSpan(text)).toBeDefined();
				const inner = code!.text.replace(/^`+/, "").replace(/`+$/, "");
				const shown = inner.startsWith(" ") && inner.endsWith(" ") && inner.trim() !== "" ? inner.slice(1, -1) : inner;
				expect(shown).toBe(text);
			}),
		);
	});
});

describe("URLs and attributes", () => {
	it("only http and https are links", () => {
		expect(isWebUrl("https://example.com")).toBe(true);
		expect(isWebUrl("HTTP://example.com")).toBe(true);
		for (const url of ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "vbscript:x", "//example.com", "https://"]) expect(isWebUrl(url)).toBe(false);
	});

	it("makes URLs safe in a Markdown destination and a table", () => {
		expect(safeUrl("https://e.com/a (b)|c\\d`e f")).toBe("https://e.com/a%20%28b%29%7Cc%5Cd%60e%20f");
		expect(safeUrl("https://e.com/日本")).toBe("https://e.com/日本");
	});

	it("escapes attribute values", () => {
		expect(escapeAttribute(`a"b<c>&d|e`)).toBe("a&quot;b&lt;c&gt;&amp;d&#124;e");
	});
});
