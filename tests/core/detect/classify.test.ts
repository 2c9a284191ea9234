import { describe, expect, it } from "vitest";
import { classifyNote, classifyNoteDetailed, CLASSIFIER_VERSION, EVIDENCE, EXTRA_EVIDENCE } from "../../../src/core/detect";
import { evidenceNotes } from "./fixtures";

const lines = (...l: string[]) => l.join("\n");

describe("raw Scrapbox notation", () => {
	const page = lines(
		"Reading notes",
		"[* How I read papers]",
		" First pass: abstract and figures [keshiki.icon]",
		"  [Three-pass method] from [/villagepump/読書メモ]",
		" Second pass: details",
		"code:passes.py",
		" print([1, 2])",
		"[https://gyazo.com/0123456789abcdef0123456789abcdef]",
		"#reading",
	);

	it("is raw, with its evidence and line numbers", () => {
		const result = classifyNote(page, "Scrapbox/Reading notes.md");
		expect(result.flavour).toBe("raw");
		expect(result.score).toBeGreaterThan(0.99);
		expect(result.reasons).toContain("Scrapbox link notation `[* ...]` at line 2");
		expect(result.reasons).toContain("Scrapbox icon `[name.icon]` at line 3");
		expect(result.reasons).toContain("Scrapbox project link `[/project/page]` at line 4");
		expect(result.reasons).toContain("Scrapbox code block `code:` at line 6");
		expect(result.reasons.some((r) => r.startsWith("the first line is the page title"))).toBe(true);
		expect(result.reasons.length).toBeLessThanOrEqual(8);
	});

	it("is raw without a path too, on the notation alone", () => {
		expect(classifyNote(page).flavour).toBe("raw");
	});

	it("does not read brackets inside a code: block", () => {
		const result = classifyNoteDetailed(lines("Snippets", "code:a.js", " const x = [* 2];", " y[/a/b]"), "Snippets.md");
		expect(result.reasons.join(" ")).not.toContain("[* ...]");
		expect(result.reasons.join(" ")).not.toContain("project link");
	});

	it("claims a two-line page by its title line, which needs the path", () => {
		const text = "Touch panels\nResistive and capacitive kinds exist.\n";
		expect(classifyNote(text, "Touch panels.md").flavour).toBe("raw");
		expect(classifyNote(text, "Something else.md").flavour).toBeNull();
		expect(classifyNote(text).flavour).toBeNull();
	});

	it("matches a title line against a sanitised file name", () => {
		expect(classifyNote("What is 1/2? A note: [draft]\nbody\n", "What is 1-2 A note draft.md").flavour).toBe("raw");
		expect(classifyNote("Untitled thing\nbody\n", "Untitled thing (2).md").flavour).toBe("raw");
	});

	it("finds raw pages whose file name says nothing, on their notation", () => {
		expect(classifyNote("Music services\n[Spotify]\n[Apple Music]\n[Bandcamp]\n", "page-0042.md").flavour).toBe("raw");
		expect(classifyNote("Snow\n[https://gyazo.com/0123456789abcdef0123456789abcdef]\n", "page-0043.md").flavour).toBe("raw");
		// An occasional [text] in plain prose is not enough.
		expect(classifyNote("Monday\nWent to [the market] and then [home].\n", "2024-05-06.md").flavour).toBeNull();
	});

	it("does not take a Markdown heading for a title line", () => {
		expect(classifyNote("# Touch panels\nResistive and capacitive kinds exist.\n", "Touch panels.md").flavour).toBeNull();
	});
});

describe("converted Markdown", () => {
	it("is converted with scrapbox.io icons and root links", () => {
		const text = lines(
			"---",
			'title: "Slow notes"',
			"---",
			"",
			"Notes grow when revisited.<img src='https://scrapbox.io/api/pages/someone/alice/icon' alt='alice.icon' height=\"19.5\"/>",
			"- See [/villagepump/読書メモ](https://scrapbox.io/villagepump/読書メモ)",
			"    - > quoted under a bullet",
			"![image](https://gyazo.com/0123456789abcdef0123456789abcdef/thumb/1000)",
		);
		const result = classifyNote(text, "Slow notes.md");
		expect(result.flavour).toBe("converted");
		expect(result.score).toBeGreaterThan(0.99);
		expect(result.reasons[0]).toBe("scrapbox.io icon image at line 5");
		expect(result.reasons).toContain("Scrapbox project link [/project/page](https://scrapbox.io/…) at line 6");
		expect(result.reasons).toContain("Gyazo image ending in /thumb/1000 at line 8");
		expect(result.reasons).toContain("quote inside a bullet `- > ` at line 7");
	});

	it("sees bare URLs written as [url](url), and nothing special in an ordinary link", () => {
		const result = classifyNoteDetailed("- [https://example.org/a](https://example.org/a)\n- [docs](https://example.org/b)\n", "x.md");
		expect(result.reasons).toEqual(["bare URL written as [url](url) at line 1", "against: Markdown link [text](url) at line 1 (×2)", "against: Markdown bullet at line 1 (×2)"]);
		const image = classifyNoteDetailed("![image](https://example.org/a.png)\n", "x.md");
		expect(image.reasons[0]).toBe("image with the converter's alt text ![image](…) at line 1");
	});

	it("is converted on the converter's frontmatter alone, when the path agrees", () => {
		const text = lines("---", 'title: "Two bullets"', "---", "", "- first", "- second", "");
		expect(classifyNote(text, "notes/Two bullets.md").flavour).toBe("converted");
		// Without the file name, or with another one, that is not enough.
		expect(classifyNote(text).flavour).toBeNull();
		expect(classifyNote(text, "notes/Other.md").flavour).toBeNull();
	});

	it("tells the converter's always-quoted title from a linter's title property", () => {
		const body = ["", "A short paragraph.", ""];
		expect(classifyNote(lines("---", 'title: "Short"', "---", ...body), "Short.md").flavour).toBe("converted");
		expect(classifyNote(lines("---", 'title: "2021-04-12"', "---", ...body), "2021-04-12.md").flavour).toBe("converted");
		// Unquoted, as a linter writes it from the file name: not enough alone.
		expect(classifyNote(lines("---", "title: Short", "---", ...body), "Short.md").flavour).toBeNull();
		expect(classifyNote(lines("---", "title: Short", "---", "", "- one", "    - > a quote under a bullet"), "Short.md").flavour).toBe("converted");
	});

	it("is converted for this plugin's importer output", () => {
		const text = lines(
			"---",
			"title: Reading group",
			"aliases:",
			"  - reading group",
			"scrapbox_url: https://scrapbox.io/villagepump/Reading_group",
			"scrapbox_id: 5f0000000000000000000000",
			"scrapbox_project: villagepump",
			"created: 2020-01-02T03:04:05",
			"updated: 2021-01-02T03:04:05",
			"---",
			"We meet on Fridays.",
		);
		const result = classifyNote(text, "villagepump/Reading group.md");
		expect(result.flavour).toBe("converted");
		expect(result.reasons[0]).toBe("Scrapbox import properties (scrapbox_url) at line 5");
	});

	it("sees converter structure: line-id links, tables, code file names", () => {
		const text = lines(
			"See [[Another page#5e999eadaff09e000069ce74]].",
			"",
			"table:scores",
			"| a | b |",
			"| -- | -- |",
			"| 1 | 2 |",
			"",
			"script.py",
			"",
			"```python",
			"print(1)",
			"```",
		);
		const result = classifyNoteDetailed(text, "x.md");
		expect(result.flavour).toBe("converted");
		expect(result.reasons).toContain("link to a Scrapbox line id [[page#…]] at line 1");
		expect(result.reasons).toContain("table separator `| -- |` from a Scrapbox table at line 5");
		expect(result.reasons).toContain("code block with its Scrapbox file name above it at line 10");
	});
});

describe("translated pages", () => {
	it("is translated with a provenance footer", () => {
		const text = lines("---", 'title: "Reading group"', "---", "", "We meet on Fridays.", "", "---", "This page is auto-translated from [/nishio/読書会](https://scrapbox.io/nishio/読書会) using DeepL. Write to me if it reads badly.");
		const result = classifyNote(text, "Reading group.md");
		expect(result.flavour).toBe("translated");
		expect(result.reasons[0]).toBe("provenance footer at line 8");
		expect(result.score).toBeGreaterThan(0.99);
	});

	it("is translated with provenance properties and no footer", () => {
		const text = lines("---", "translated_from: https://scrapbox.io/nishio/%E8%AA%AD%E6%9B%B8%E4%BC%9A", "translation_engine: DeepL", "---", "We meet on Fridays.");
		const result = classifyNote(text, "Reading group.md");
		expect(result.flavour).toBe("translated");
		expect(result.reasons[0]).toBe("translation provenance properties at line 2");
	});

	it("needs more than one loose provenance-like key", () => {
		expect(classifyNote(lines("---", "source_lang: fr", "---", "Bonjour."), "x.md").flavour).toBeNull();
	});
});

describe("the plugin's own mark", () => {
	it("honours `scrapbox: raw` on a raw page that gained a property", () => {
		const text = lines("---", "scrapbox: raw", "---", "Reading notes", "[Three-pass method]");
		const result = classifyNote(text, "Reading notes.md");
		expect(result.flavour).toBe("raw");
		expect(result.reasons[0]).toBe('the scrapbox property says "raw", at line 2');
	});

	it("keeps the converter signature when `scrapbox: converted` was added", () => {
		const text = lines("---", 'title: "Two bullets"', "scrapbox: converted", "---", "", "- first");
		expect(classifyNote(text, "Two bullets.md").flavour).toBe("converted");
	});
});

describe("ordinary notes are not claimed", () => {
	const ordinary: [string, string, string][] = [
		[
			"quotes, tab-indented bullets, wikilinks, an occasional [text] and an image",
			"Weekly review.md",
			lines(
				"---",
				"title: Weekly review",
				"tags:",
				"  - journal",
				"---",
				"# Weekly review",
				"> Small repairs add up.",
				"- Read two chapters of [[Out of Control]] [sic]",
				"\t- The part about swarms",
				"![sketch](images/sketch.png)",
				"Links: [Obsidian help](https://help.obsidian.md)",
			),
		],
		["a title-only frontmatter with ordinary Markdown", "Plans.md", lines("---", "title: Plans", "---", "## Next", "* buy paint", "* call [[Sam|the plumber]]", "> [!note] Remember", "- [ ] taxes")],
		["prose with citations and reference links", "Essay.md", lines("Rivers shape cities [1] and roads [citation needed].", "", "See the [atlas][atlas] too.", "", "[atlas]: https://example.org/atlas")],
		["Scrapbox-looking text inside code", "Syntax.md", lines("# Syntax", "", "```", "[* bold] [name.icon] [/project/page]", "code:x.js", "```", "", "Inline: `[* x]` and `[/p/q]`.")],
		["a single scrapbox.io link", "Tools.md", lines("# Tools", "", "- [Scrapbox](https://scrapbox.io/product) for group notes", "- [Obsidian](https://obsidian.md)")],
		["a plain paragraph whose first line is not the file name", "Morning.md", "Coffee first, then email.\nThe rest can wait.\n"],
		["callouts, embeds, footnotes and comments", "Guide.md", lines("> [!tip] Use embeds", "![[Diagram.png]]", "A claim.[^1]", "", "[^1]: A source.", "%% hidden %%")],
		["a table and deep headings", "Table.md", lines("#### Prices", "| item | price |", "|------|------:|", "| tea | 3 |")],
		[
			"many generic shapes the converter also writes (4-space bullets, [url](url), ![image], a label above a fence)",
			"Clipping.md",
			lines(
				"- Source",
				"    - [https://example.org/a](https://example.org/a)",
				"    - [https://example.org/b](https://example.org/b)",
				"    - [https://example.org/c](https://example.org/c)",
				"- Notes",
				"    - > quoted",
				"    - > quoted again",
				"![image](https://example.org/a.png)",
				"![image](https://example.org/b.png)",
				"Example",
				"",
				"```js",
				"run()",
				"```",
				"Output",
				"",
				"```",
				"ok",
				"```",
			),
		],
		["brackets glued to words, as code indexes", "Loops.md", lines("Reading the loop", "items[0] comes first, then items[index] in turn.", "grid[row] holds one row and names[key] looks a value up.", "Stop when data[end] is reached.")],
		["a bracketed transcript", "Interview.md", lines("Q: How did it start?", "A: By accident [laughs].", "Q: And then?", "A: We kept going [pause] anyway.")],
	];
	for (const [name, path, text] of ordinary) {
		it(name, () => {
			const result = classifyNote(text, path);
			expect(result.flavour, result.reasons.join("; ")).toBeNull();
			expect(result.score).toBeLessThan(0.5);
		});
	}
});

describe("the result", () => {
	it("does not depend on the notes classified before (the tally is reused)", () => {
		const notes = Object.values(evidenceNotes);
		const alone = notes.map((n) => JSON.stringify(classifyNoteDetailed(n.text, n.path)));
		// In reverse order, each right after a note with much evidence and after another note.
		const busy = notes.map((n) => n.text).join("\n");
		for (let i = notes.length - 1; i >= 0; i--) {
			classifyNoteDetailed(busy, "busy.md");
			classifyNoteDetailed(notes[(i + 1) % notes.length].text, notes[(i + 1) % notes.length].path);
			expect(JSON.stringify(classifyNoteDetailed(notes[i].text, notes[i].path))).toBe(alone[i]);
		}
	});

	it("keeps flavour and score consistent", () => {
		const samples = ["", "x", "Title\nbody", lines("---", 'title: "T"', "---", "", "- a")];
		for (const text of samples) {
			const { flavour, score } = classifyNote(text, "T.md");
			expect(score >= 0.5).toBe(flavour !== null);
		}
	});

	it("reports reasons against an ordinary note", () => {
		const result = classifyNote(lines("* one", "* two"), "List.md");
		expect(result.reasons).toEqual(["against: Markdown `*`/`+` bullet at line 1 (×2)"]);
	});

	it("gives each reason as data too, in the same order", () => {
		const raw = classifyNote(lines("---", "scrapbox: raw", "---", "Reading notes", "[** Three passes]", "[** Again]"), "Reading notes.md");
		expect(raw.reasons.slice(0, 2)).toEqual(['the scrapbox property says "raw", at line 2', "Scrapbox link notation `[** ...]` at line 5 (×2)"]);
		expect(raw.evidence.slice(0, 2)).toEqual([
			{ kind: "scrapboxMark", line: 2, count: 1, against: false, mark: "raw" },
			{ kind: "decoration", line: 5, count: 2, against: false, sample: "[** ...]" },
		]);
		expect(classifyNote(lines("* one", "* two"), "List.md").evidence).toEqual([{ kind: "starBullet", line: 1, count: 2, against: true }]);
	});

	it("frames evidence against by its kind: no kind weighs for one side and against the other", () => {
		for (const [name, kind] of Object.entries(EVIDENCE)) expect(kind.converted * kind.raw >= 0, name).toBe(true);
		for (const { path, text } of Object.values(evidenceNotes)) {
			const { reasons, evidence } = classifyNote(text, path);
			evidence.forEach((item, i) => expect(item.against, reasons[i]).toBe(reasons[i].startsWith("against: ")));
		}
	});

	it("has a fixture note reporting each kind of evidence", () => {
		for (const kind of [...Object.keys(EVIDENCE), ...Object.keys(EXTRA_EVIDENCE)] as (keyof typeof evidenceNotes)[]) {
			const { path, text } = evidenceNotes[kind];
			expect(classifyNote(text, path).evidence.map((item) => item.kind), kind).toContain(kind);
		}
	});

	it("is versioned for caches", () => {
		expect(CLASSIFIER_VERSION).toMatch(/^detect-\d+$/);
	});
});
