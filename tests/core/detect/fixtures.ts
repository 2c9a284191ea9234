/**
 * Notes for the classifier's tests: one small note per kind of evidence, each
 * reporting that kind among its reasons (typed by the kinds, so a new kind
 * needs a note here), and generators of notation-like text for property tests.
 */
import fc from "fast-check";
import type { EvidenceName, ExtraEvidenceName } from "../../../src/core/detect";

const lines = (...l: string[]) => l.join("\n");
const hex = "5e999eadaff09e000069ce74";
const gyazo = "https://gyazo.com/0123456789abcdef0123456789abcdef";

/** A note and its path, showing one kind of evidence. */
export const evidenceNotes: Record<EvidenceName | ExtraEvidenceName, { path: string; text: string }> = {
	importProperties: { path: "Slow notes.md", text: lines("---", "scrapbox_url: https://scrapbox.io/p/Slow_notes", "---", "Notes grow when revisited.") },
	keptOriginal: { path: "a.md", text: lines("Notes grow when revisited.", "", "%% original %%", "```scrapbox-original", "Slow notes", " Notes grow when revisited.", "```") },
	iconImage: { path: "a.md", text: "Hi <img src='https://scrapbox.io/api/pages/p/alice/icon' alt='alice.icon'/>" },
	rootLink: { path: "a.md", text: "See [/p/page](https://scrapbox.io/p/page) and [/p/other](https://scrapbox.io/p/other)" },
	scrapboxLink: { path: "a.md", text: "- See [page](https://scrapbox.io/p/page)\n    - [https://a.org](https://a.org)" },
	gyazoThumb: { path: "a.md", text: `![x](${gyazo}/thumb/1000)` },
	lineIdLink: { path: "a.md", text: `See [[page#${hex}]] and [[other#${hex}]]` },
	titleOnly: { path: "Slow notes.md", text: lines("---", 'title: "Slow notes"', "---", "", "Notes grow when revisited.") },
	titleIsName: { path: "Slow notes.md", text: lines("---", 'title: "Slow notes"', "---", "", "Notes grow when revisited.") },
	quotedTitle: { path: "Slow notes.md", text: lines("---", 'title: "Slow notes"', "---", "", "Notes grow when revisited.") },
	quotedSpecialTitle: { path: "a: b.md", text: lines("---", 'title: "a: b"', "---", "", "Notes grow when revisited.") },
	blankAfterFrontmatter: { path: "Slow notes.md", text: lines("---", 'title: "Slow notes"', "---", "", "Notes grow when revisited.") },
	nestedBy4: { path: "a.md", text: lines("- one", "    - two", "        - three", `![x](${gyazo}/thumb/1000)`) },
	bulletQuote: { path: "a.md", text: lines("- one", "    - > quoted", `![x](${gyazo}/thumb/1000)`) },
	quoteSpace: { path: "a.md", text: lines(">  quoted", `![x](${gyazo}/thumb/1000)`) },
	urlAsText: { path: "a.md", text: lines("[https://a.org](https://a.org)", `![x](${gyazo}/thumb/1000)`) },
	imageAlt: { path: "a.md", text: lines("![image](https://a.org/a.png)", `![x](${gyazo}/thumb/1000)`) },
	scrapboxTable: { path: "a.md", text: lines("| a | b |", "| -- | -- |", "| 1 | 2 |") },
	codeFileName: { path: "a.md", text: lines("run.js", "", "```js", "run()", "```", `![x](${gyazo}/thumb/1000)`) },
	helpfeel: { path: "a.md", text: lines("`? how to read`", `![x](${gyazo}/thumb/1000)`) },
	titleLine: { path: "Touch panels.md", text: "Touch panels\nResistive and capacitive kinds exist.\n" },
	titleLike: { path: "x.md", text: "Touch panels\nResistive and capacitive kinds exist.\n[* kinds]\n" },
	noMarkdown: { path: "x.md", text: "Touch panels\n[* kinds]\n" },
	decoration: { path: "x.md", text: "Touch panels\n[** kinds]\n" },
	iconNotation: { path: "x.md", text: "Hi [alice.icon]" },
	projectLink: { path: "x.md", text: "See [/p/page]" },
	urlBracket: { path: "x.md", text: "See [https://a.org the site] [the other https://b.org]" },
	gyazoBracket: { path: "x.md", text: `[${gyazo}]` },
	formula: { path: "x.md", text: "Area [$ \\pi r^2] [$ 2 \\pi r]" },
	rawLineId: { path: "x.md", text: `See [page#${hex}]` },
	pageLink: { path: "x.md", text: "See [page] [other] [third]" },
	codeBlock: { path: "x.md", text: "code:run.js\n run()\n" },
	tableBlock: { path: "x.md", text: "table:prices\n tea\t3\n" },
	indent1: { path: "x.md", text: "[* kinds]\n one\n two\n" },
	indentDeep: { path: "x.md", text: "[* kinds]\n  two\n" },
	hashtagLine: { path: "x.md", text: "[* kinds]\n#one #two\n" },
	frontmatter: { path: "x.md", text: lines("---", "tags: a", "---", "Plain text.") },
	otherProperties: { path: "x.md", text: lines("---", "tags: a", "---", "- Plain text.") },
	starBullet: { path: "x.md", text: "* one\n* two" },
	oddIndentBullet: { path: "x.md", text: "- one\n\t- two" },
	topBullet: { path: "x.md", text: "- one\n- two" },
	aliasLink: { path: "x.md", text: "See [[a|b]]" },
	embed: { path: "x.md", text: "![[a.png]]" },
	callout: { path: "x.md", text: "> [!note] Remember" },
	task: { path: "x.md", text: "- [ ] taxes" },
	footnote: { path: "x.md", text: "A claim.[^1]" },
	heading: { path: "x.md", text: "# Plans\n\nText." },
	deepHeading: { path: "x.md", text: "#### Plans\n\nText." },
	headingNoGap: { path: "x.md", text: "## Plans\nText." },
	markdownLink: { path: "x.md", text: "See [a](https://a.org)" },
	referenceLink: { path: "x.md", text: "See [a][a]\n\n[a]: https://a.org" },
	fence: { path: "x.md", text: "```\nrun()\n```" },
	bold: { path: "x.md", text: "**Bold** start" },
	comment: { path: "x.md", text: "%% hidden %%" },
	markdownTable: { path: "x.md", text: "| a |\n|---|\n| 1 |" },
	provenanceFooter: {
		path: "Reading group.md",
		text: lines("We meet on Fridays.", "", "---", "This page is auto-translated from [/nishio/読書会](https://scrapbox.io/nishio/読書会) using DeepL. Write to me if it reads badly."),
	},
	provenanceProperties: { path: "x.md", text: lines("---", "translated_from: https://scrapbox.io/nishio/x", "translation_engine: DeepL", "---", "We meet on Fridays.") },
	scrapboxMark: { path: "Reading notes.md", text: lines("---", "scrapbox: raw", "---", "Reading notes", "[Three-pass method]") },
};

/** Fragments of both notations, so the classifier's branches are reached, not only random noise. */
export const fragment = fc.constantFrom(
	"\n", "\r\n", " ", "\t", "\u3000", "    ", "---", "title: ", '"', "scrapbox: raw", "translated_from: https://scrapbox.io/p/t",
	"[", "]", "[[", "]]", "(", ")", "![", "](", "[* ", "[/p/", ".icon", "#", "##### ", "> ", ">  ", "- ", "* ", "- > ", "- [ ] ",
	"`", "```", "~~~", "code:", "table:", "| -- |", "|---|", "%%", "[^", "https://", "gyazo.com/", "/thumb/1000",
	"<img src='https://scrapbox.io/api/pages/p/n/icon'>", "#5e999eadaff09e000069ce74", "This page is auto-translated from ", "題", "\uD800", "\\",
);
export const note = fc.array(fc.oneof(fragment, fc.string({ unit: "binary", maxLength: 8 })), { maxLength: 80 }).map((parts) => parts.join(""));
export const path = fc.option(fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.constantFrom("a.md", "dir/T.md", "", ".md", "/", "x\\y.md")), { nil: undefined });
