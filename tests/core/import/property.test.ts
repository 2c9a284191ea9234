/**
 * Properties of the whole conversion, on generated exports: it never throws,
 * its properties always parse as YAML, every link to a page of the export opens
 * that page's note (and a link to a missing page opens no other note), and text
 * without Scrapbox notation stays plain.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { readExport, readExportData } from "../../../src/core/scrapbox/export";
import { planImport } from "../../../src/core/import/plan";
import { titleKey } from "../../../src/core/scrapbox/title";
import { extractLinks, indexVault, resolveLink } from "./obsidian-links";
import { bodyOf, planOf } from "./helpers";
import { markdownNodes } from "./markdown-tree";

/** Titles people and tests write: words, illegal file-name characters, case and underscore twins. */
const title = fc.oneof(
	fc.constantFrom("Home", "home", "Foo Bar", "foo_bar", "a/b", "a-b", "A:b", "What?", "C#", "x|y", "[]", "???", "...", "CON", "日本語", "長".repeat(100), "Untitled", "Scrapbox import report", "v1.2", "a  b"),
	fc.string({ unit: "binary", minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== "" && !/[[\]\n]/.test(s)),
);

/** Lines mixing notation (links to the titles) with arbitrary text. */
const line = (titles: string[]) =>
	fc
		.tuple(
			fc.constantFrom("", " ", "  ", "\t\t"),
			fc.array(
				fc.oneof(
					fc.constantFrom(...titles).map((t) => `[${t}]`),
					fc.constantFrom(...titles).map((t) => `#${t.replace(/\s/g, "_")}`),
					fc.constantFrom(...titles).map((t) => `[/proj/${t}]`),
					fc.constantFrom("> ", "[* x]", "[** y]", "`c`", "code:a.js", "table:t", "[x.icon*2]", "https://e.com", "[$ x]", "1. ", "? q", "$ c"),
					fc.string({ unit: "binary", maxLength: 12 }),
				),
				{ maxLength: 6 },
			),
		)
		.map(([indent, parts]) => indent + parts.join(" "));

const exportArb = fc
	.uniqueArray(title, { minLength: 1, maxLength: 8, selector: (t) => t })
	.chain((titles) =>
		fc.record({
			titles: fc.constant(titles),
			bodies: fc.array(fc.array(line(titles), { maxLength: 8 }), { minLength: titles.length, maxLength: titles.length }),
			created: fc.array(fc.option(fc.integer({ min: 0, max: 2e9 }), { nil: undefined }), { minLength: titles.length, maxLength: titles.length }),
		}),
	)
	.map(({ titles, bodies, created }) => ({
		name: "proj",
		pages: titles.map((t, i) => ({ title: t, created: created[i], updated: created[i], lines: [t, ...bodies[i]] })),
	}));

describe("conversion properties", () => {
	it("never throws, and every note's properties parse as YAML", () => {
		fc.assert(
			fc.property(exportArb, (data) => {
				const read = readExportData(data);
				if (!read.ok) throw new Error(read.error.message);
				const plan = planImport(read.export, { timeZone: "utc" });
				expect(plan.failed).toBe(0);
				expect(plan.notes).toHaveLength(data.pages.length);
				for (const note of plan.notes) {
					const head = note.content.slice(4, note.content.indexOf("\n---\n", 3));
					const props = parseYaml(head) as Record<string, unknown>;
					expect(typeof props.title).toBe("string");
				}
			}),
			{ numRuns: 300 },
		);
	});

	it("never throws on arbitrary JSON or text", () => {
		fc.assert(
			fc.property(fc.oneof(fc.json(), fc.string({ unit: "binary" })), (text) => {
				const read = readExport(text);
				if (read.ok) planImport(read.export);
			}),
			{ numRuns: 500 },
		);
	});

	it("opens the right note from every link to a page of the export, and no note for a missing page", () => {
		fc.assert(
			fc.property(exportArb, (data) => {
				const read = readExportData(data);
				if (!read.ok) throw new Error(read.error.message);
				const plan = planImport(read.export);
				const vault = indexVault(plan.notes.map((n) => n.path));
				// Links reach the first page (in naming order) with the title's key; the plan records it.
				const byKey = new Map<string, string>();
				for (const note of plan.notes) byKey.set(titleKey(note.title), byKey.get(titleKey(note.title)) ?? note.path);
				const canonical = (key: string) => {
					const paths = plan.notes.filter((n) => titleKey(n.title) === key).map((n) => n.path);
					return paths.length === 0 ? undefined : paths;
				};
				for (const note of plan.notes) {
					for (const link of extractLinks(note.content)) {
						const shown = link.display.replace(/^#/, "").replace(/^\/proj\//, "");
						const key = titleKey(shown);
						const expected = canonical(key);
						const resolved = resolveLink(link.target, note.path, vault);
						if (expected === undefined) expect(resolved, `${note.path}: ${link.display} → ${resolved}`).toBeUndefined();
						else expect(expected, `${note.path}: ${link.display} → ${resolved}`).toContain(resolved);
					}
				}
			}),
			{
				numRuns: 300,
				// Found by this property: wikilinks holding backticks became one code span, and neither linked.
				examples: [[{ name: "proj", pages: [{ title: "`", created: undefined, updated: undefined, lines: ["`", "[`] x", "[`]"] }] }]],
			},
		);
	});

	it("keeps text without notation plain, at any indent", () => {
		const plainText = fc.string({ unit: fc.constantFrom(..."abc あ*_~=%&<>|$^\\-+.:;!()0123456789".split(""), "==", "%%", "&amp;", "<b>", "1. ", "- ", "+ ", "---", "==="), maxLength: 30 });
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), plainText), { maxLength: 10 }), (rows) => {
				// Line-start notation (quote, numbered list, helpfeel, command line) is not plain text.
				fc.pre(rows.every(([, text]) => !/^(>|[0-9]+\. |[?$%] )/.test(text.trimStart())));
				const body = rows.map(([indent, text]) => " ".repeat(indent) + text).join("\n");
				const out = bodyOf(planOf([{ title: "P", body }]));
				const allowed = new Set(["Document", "Paragraph", "Escape", "BulletList", "ListItem", "ListMark", "OrderedList", "Entity"]);
				for (const node of markdownNodes(out)) {
					expect(allowed.has(node.name), `${node.name} in ${JSON.stringify(out)}`).toBe(true);
					// The only entity is the importer's own non-breaking space for an empty item.
					if (node.name === "Entity") expect(node.text).toBe("&nbsp;");
				}
				// Every line's words are still there, in order.
				const shown = out.replace(/\\(.)/g, "$1");
				for (const [, text] of rows) if (text.trim() !== "") expect(shown).toContain(text.trim().replace(/\s+/g, " ").split(" ")[0]);
			}),
			{ numRuns: 500 },
		);
	});
});
