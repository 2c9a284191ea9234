import { describe, expect, it } from "vitest";
import { md, planOf, bodyOf } from "./helpers";
import { isObsidianTag } from "../../../src/core/import/inline";
import { codeLanguage, headingLevelFor } from "../../../src/core/import/convert";
import { assignNoteNames } from "../../../src/core/import/names";
import { formattingIn, markdownNodes } from "./markdown-tree";

const names = (text: string) => markdownNodes(text).map((n) => n.name);

describe("structure", () => {
	it("turns indented lines into bullets nested by four spaces", () => {
		expect(md("top\n a\n  b\n   c\n a2")).toBe("top\n- a\n    - b\n        - c\n- a2");
	});

	it("nests a jump of several levels one level deeper, and keeps siblings together", () => {
		expect(md(" a\n    deep\n    deep sibling\n  middle")).toBe("- a\n    - deep\n    - deep sibling\n    - middle");
	});

	it("handles 200 indent levels without breaking the list", () => {
		const body = Array.from({ length: 200 }, (_, i) => " ".repeat(i + 1) + `level ${i + 1}`).join("\n");
		const out = md(body);
		const lines = out.split("\n");
		expect(lines).toHaveLength(200);
		expect(lines[199]).toBe(" ".repeat(199 * 4) + "- level 200");
		const items = names(out).filter((n) => n === "ListItem").length;
		expect(items).toBe(200);
	});

	it("separates an unindented line from a list or quote above it", () => {
		expect(md(" item\nafter")).toBe("- item\n\nafter");
		expect(md("> quote\nafter")).toBe("> quote\n\nafter");
		expect(md("para\n item\n> quote\n item")).toBe("para\n- item\n> quote\n- item");
	});

	it("keeps empty lines and drops the title line", () => {
		expect(md("a\n\n\nb")).toBe("a\n\n\nb");
		expect(md("\n\na")).toBe("a");
	});

	it("writes a blank but visible item rather than an empty one", () => {
		expect(md("para\n [_  ]")).toBe("para\n- &nbsp;");
	});

	it("keeps quotes and their commentary, at any indent", () => {
		expect(md("> said\n comment\n  reply\n > nested quote\n  its comment")).toBe("> said\n- comment\n    - reply\n- > nested quote\n    - its comment");
		const nodes = names(md("> said\n comment"));
		expect(nodes).toContain("Blockquote");
		expect(nodes).toContain("BulletList");
	});

	it("escapes what would turn a quote's text into more structure", () => {
		expect(md(">> double\n> - dash")).toBe("> \\> double\n> \\- dash");
	});

	it("numbers lists as written", () => {
		expect(md("1. one\n2. two\n3. three")).toBe("1. one\n2. two\n3. three");
		// A number out of sequence starts a new list (`.` ↔ `)`), so it is shown as written.
		expect(md("1. one\n1. again\n5. five")).toBe("1. one\n1) again\n5. five");
		expect(md(" 1. one\n  child\n 2. two")).toBe("1. one\n    - child\n2. two");
		// Only an item numbered 1 may follow a paragraph directly.
		expect(md("para\n3. three")).toBe("para\n\n3. three");
	});

	it("keeps a numbered line whose number Markdown cannot hold as text", () => {
		expect(md("1234567890. big")).toBe("1234567890\\. big");
	});

	it("turns [** x]-only lines into headings and keeps other sizes bold", () => {
		expect(md("[** two]\n[*** three]\n[**** four]\n[***** five]\n[* one]\ntext [** inline]")).toBe("### two\n## three\n# four\n# five\n**one**\ntext **inline**");
		expect(md("[** two]", { headingLevels: {} })).toBe("**two**");
		expect(md("[** two]\n[*** three]", { headingLevels: { 3: 1 } })).toBe("**two**\n# three");
		expect(md(" [*** in a list]")).toBe("- ## in a list");
		expect(headingLevelFor(7, { 2: 3, 4: 1 })).toBe(1);
		expect(headingLevelFor(3, { 2: 3, 4: 1 })).toBe(3);
		expect(headingLevelFor(1, { 2: 3 })).toBeUndefined();
	});

	it("fences code blocks with file name, language and nesting", () => {
		expect(md("code:a.js\n x = 1\n  y")).toBe("`a.js`\n```js\nx = 1\n y\n```");
		expect(md(" item\n  code:run.sh\n   echo hi\n after")).toBe("- item\n    - `run.sh`\n      ```sh\n      echo hi\n      ```\n- after");
		expect(md("code:empty.txt")).toBe("`empty.txt`\n```txt\n```");
		expect(md("code:x.md\n ```\n inside")).toBe("`x.md`\n````md\n```\ninside\n````");
		const nodes = names(md(" item\n  code:run.sh\n   echo hi"));
		expect(nodes.filter((n) => n === "FencedCode")).toHaveLength(1);
		expect(nodes.indexOf("FencedCode")).toBeGreaterThan(nodes.indexOf("ListItem"));
	});

	it("takes the language from the file name as Scrapbox does", () => {
		expect(codeLanguage("index.js")).toBe("js");
		expect(codeLanguage("python")).toBe("python");
		expect(codeLanguage("notes(python)")).toBe("python");
		expect(codeLanguage("script.js__")).toBe("js");
		expect(codeLanguage("style.css ")).toBe("css");
		expect(codeLanguage("日本語")).toBe("");
	});

	it("makes tables real tables, with pipes escaped", () => {
		const out = md("table:t\n a\tb|c\n [x]\t`y`");
		expect(out).toBe("`t`\n\n| a | b\\|c |\n| --- | --- |\n| [[x]] | \\`y\\` |");
		const nodes = names(out);
		expect(nodes).toContain("Table");
		expect(nodes.filter((n) => n === "TableCell")).toHaveLength(4);
	});

	it("pads ragged table rows and keeps aliased links whole in cells", () => {
		const out = md("table:t\n a\n b\tc\td\n [x_y]", {}, [{ title: "x y" }]);
		expect(out.split("\n").slice(2)).toEqual(["| a |  |  |", "| --- | --- | --- |", "| b | c | d |", "| [[x y\\|x_y]] |  |  |"]);
	});

	it("ends a table before the next line", () => {
		expect(md("table:t\n a\nafter")).toBe("`t`\n\n| a |\n| --- |\n\nafter");
	});
});

describe("inline notation", () => {
	it("links pages by their note names", () => {
		const out = md("[Other page] [other_page] [a/b] [Missing]", {}, [{ title: "Other page" }, { title: "a/b" }]);
		expect(out).toBe("[[Other page]] [[Other page|other_page]] [[a-b|a/b]] [[Missing]]");
	});

	it("points links to missing pages away from other notes' names", () => {
		expect(md("[x/y]", {}, [{ title: "x-y" }])).toBe("[[x-y (2)|x/y]]");
	});

	it("keeps a line anchor and marks the line it points at", () => {
		const plan = planOf([
			{ title: "Source", body: "[Target#5f0c1a2b3c4d5e6f70818293] and [#5f0c1a2b3c4d5e6f70818294]" },
			{ title: "Target", body: "first\nsecond", lineIds: ["t0", "other", "5f0c1a2b3c4d5e6f70818293"] },
		]);
		expect(bodyOf(plan, 0)).toBe("[[Target#^5f0c1a2b3c4d5e6f70818293|Target]] and [[Source#^5f0c1a2b3c4d5e6f70818294|#5f0c1a2b3c4d5e6f70818294]]\n");
		expect(bodyOf(plan, 1)).toBe("first\nsecond ^5f0c1a2b3c4d5e6f70818293\n");
		const off = planOf([{ title: "Target", body: "x", lineIds: ["a", "5f0c1a2b3c4d5e6f70818293"] }, { title: "S", body: "[Target#5f0c1a2b3c4d5e6f70818293]" }], { lineAnchors: false });
		expect(bodyOf(off, 0)).toBe("x\n");
	});

	it("makes hashtags tags where Obsidian accepts them, links elsewhere", () => {
		expect(md("#tag #日本語 #a/b #1984 #a.b #emoji😀 #_x #x_y")).toBe("#tag #日本語 #a/b [[1984|#1984]] [[a.b|#a.b]] [[emoji😀|#emoji😀]] [[_x|#_x]] #x_y");
		expect(md("#tag", { hashtags: "links" })).toBe("[[tag|#tag]]");
		for (const tag of ["tag", "日本語", "a-b", "a/b", "y1984", "x_y", "über"]) expect(isObsidianTag(tag), tag).toBe(true);
		for (const tag of ["1984", "a b", "a.b", "a#b", "/a", "a/", "a//b", "😀", "_x", "x_", "a,b"]) expect(isObsidianTag(tag), tag).toBe(false);
	});

	it("turns a hashtag with brackets into a Markdown link to the note", () => {
		expect(md("#a]]b")).toBe("[\\#a\\]\\]b](ab.md)");
	});

	it("links root links into this project, sibling projects, or scrapbox.io", () => {
		expect(md("[/proj/Other page] [/elsewhere/A page (1)] [/elsewhere]", {}, [{ title: "Other page" }])).toBe(
			"[[Other page|/proj/Other page]] [/elsewhere/A page (1)](https://scrapbox.io/elsewhere/A_page_%281%29) [/elsewhere](https://scrapbox.io/elsewhere)",
		);
		expect(md("[/sister/a/b] [/sister/x#5f0c1a2b3c4d5e6f70818293]", { siblingProjects: [{ project: "sister", folder: "Sister" }] })).toBe(
			"[[Sister/a-b|/sister/a/b]] [[Sister/x#^5f0c1a2b3c4d5e6f70818293|/sister/x#5f0c1a2b3c4d5e6f70818293]]",
		);
	});

	it("uses a sibling project's own note names when given", () => {
		const names = assignNoteNames([{ title: "a-b", created: 1 }, { title: "a/b", created: 2 }]);
		expect(md("[/sister/a/b] [/sister/a-b] [/sister/new page]", { folder: "Mine", siblingProjects: [{ project: "Sister", folder: "Their notes/sister", names }] })).toBe(
			"[[Their notes/sister/a-b (2)|/sister/a/b]] [[Their notes/sister/a-b|/sister/a-b]] [[Their notes/sister/new page|/sister/new page]]",
		);
	});

	it("shows icons as small remote images, or links", () => {
		const icon = (project: string, name: string, height = "1.2em") =>
			`<img src="https://scrapbox.io/api/pages/${project}/${name}/icon" alt="${decodeURIComponent(name).replace(/_/g, " ")}.icon" style="height:${height};vertical-align:text-bottom">`;
		expect(md("x [me.icon*2] [/icons/a b.icon] [[me.icon]]")).toBe(`x ${icon("proj", "me")}${icon("proj", "me")} ${icon("icons", "a_b")} ${icon("proj", "me", "2.4em")}`);
		expect(md("x [me.icon] [/icons/ok.icon]", { icons: "links" })).toBe("x [[me|me.icon]] [ok.icon](https://scrapbox.io/icons/ok)");
		// A lone icon would start a raw HTML block that swallows the next lines.
		expect(md("[me.icon]\n[link]")).toBe(`<span>${icon("proj", "me")}</span>\n[[link]]`);
		expect(names(md("[me.icon]\n[link]"))).not.toContain("HTMLBlock");
	});

	it("writes icons as links when the project is unknown", () => {
		const plan = planOf([{ title: "P", body: "[me.icon]" }], {}, null);
		expect(bodyOf(plan)).toBe("[[me|me.icon]]\n");
	});

	it("shows images, linked images, strong images and Gyazo", () => {
		expect(md("[https://e.com/a.png] [https://e.com/b.png https://e.com/] [[https://e.com/c.png]] [https://gyazo.com/0123456789abcdef0123456789abcdef]")).toBe(
			"![](https://e.com/a.png) [![](https://e.com/b.png)](https://e.com/) ![](https://e.com/c.png) ![](https://gyazo.com/0123456789abcdef0123456789abcdef/thumb/1000)",
		);
	});

	it("points images at downloaded copies when given", () => {
		const localImages = new Map([["https://e.com/a b.png", "proj/files/a b.png"], ["https://e.com/c.png", "attachments/c.png"]]);
		const plan = planOf([{ title: "P", body: "[https://e.com/c.png] [https://e.com/d.png]" }], { localImages });
		expect(bodyOf(plan)).toBe("![](../attachments/c.png) ![](https://e.com/d.png)\n");
		expect(plan.notes[0].images).toEqual(["https://e.com/c.png", "https://e.com/d.png"]);
		expect(plan.images).toEqual(["https://e.com/c.png", "https://e.com/d.png"]);
	});

	it("writes emphasis as Markdown where it works and as HTML where Markdown would fail", () => {
		expect(md("[[bold]] [/ it] [- gone] [_ under] [*/ both]")).toBe("**bold** *it* ~~gone~~ <u>under</u> ***both***");
		// Punctuation just inside, a letter just outside: CommonMark would not close the `**`.
		const cjk = md("[[「強調」]]です");
		expect(cjk).toBe("<strong>「強調」</strong>です");
		expect(formattingIn(md("[[「強調」]]です")).filter((n) => n === "StrongEmphasis")).toEqual([]);
		expect(md("a[[ spaced ]]b")).toBe("a **spaced** b");
		for (const text of ["[[x]]y", "x[[y]]", "[[(x)]]", "[/ x][/ y]", "[[x]][[y]]", "[- [[x]]]"]) {
			const out = md(text);
			const ok = /<(strong|em|del)>/.test(out) || formattingIn(out).some((n) => /Emphasis|Strikethrough/.test(n));
			expect(ok, `${text} → ${out}`).toBe(true);
		}
	});

	it("keeps custom decorations' text in a span CSS can style", () => {
		expect(md('[! loud] [{| braces] ["< quote]')).toBe(
			'<span data-scrapbox-deco="!">loud</span> <span data-scrapbox-deco="{&#124;">braces</span> <span data-scrapbox-deco="&quot;&lt;">quote</span>',
		);
	});

	it("converts helpfeel, command lines, code, formulas, maps and blanks", () => {
		expect(md("? how to\n$ npm test\n% ls\n`co|de`\n[$ x^2 ]\n[N35.1,E139.2,Z10 Place]\n[S1.5,W2.5]\n[  ]")).toBe(
			"? how to\n`$ npm test`\n`% ls`\n`co|de`\n$x^2$\n[Place](https://www.google.com/maps/place/Place/@35.1,139.2,10z)\n[S1.5,W2.5](https://www.google.com/maps/@-1.5,-2.5,14z)\n&nbsp;&nbsp;",
		);
	});

	it("writes external links and bare URLs so they read exactly", () => {
		expect(md("[site https://e.com/a] [https://e.com/b docs] https://e.com/c_(d)")).toBe("[site](https://e.com/a) [docs](https://e.com/b) <https://e.com/c_(d)>");
		expect(md("[a ] label https://e.com/x]")).toContain("](https://e.com/x)");
	});
});

describe("plain text stays plain", () => {
	it("escapes Markdown and HTML that the parser left as text", () => {
		const out = md("*a* _b_ ~~c~~ ==d== %%e%% <i>f</i> &amp; $g$ | h ^i\n# x\n- y\n+ z\n1) w\n---\n===");
		expect(out).toBe("\\*a\\* \\_b\\_ \\~\\~c\\~\\~ \\=\\=d\\=\\= \\%\\%e\\%\\% \\<i>f\\</i> \\&amp; \\$g\\$ \\| h \\^i\n\\# x\n\\- y\n\\+ z\n1\\) w\n\\---\n\\=\\=\\=");
		expect(formattingIn(out)).toEqual([]);
	});
});
