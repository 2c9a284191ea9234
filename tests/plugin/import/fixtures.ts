/**
 * Exports and notes for the import window and conversion tests, in our own
 * words. The project, titles and people are made up; the shapes follow
 * REFERENCE §1 (export JSON) and §3 (raw notation, provenance footers).
 */

export interface FixturePage {
	title: string;
	lines: string[];
	created?: number;
	updated?: number;
	id?: string;
}

export function exportJson(name: string | undefined, pages: unknown[]): string {
	return JSON.stringify(name === undefined ? { pages } : { name, displayName: name, exported: 1725000000, pages });
}

/** A small garden notebook: links, a tag, a quote with commentary, a code block and a title with a slash. */
export const gardenPages: FixturePage[] = [
	{
		title: "Sowing calendar",
		created: 1704067200,
		updated: 1717200000,
		id: "65a0c0ffee0000000000b001",
		lines: ["Sowing calendar", "Beans go in after the last frost, see [Frost dates].", "#garden", " > Sow shallow, water deep.", "  an old saying from the allotment", "  [Frost dates] has the local numbers"],
	},
	{
		title: "Frost dates",
		created: 1704153600,
		updated: 1717286400,
		id: "65a0c0ffee0000000000b002",
		lines: ["Frost dates", "Last frost here is usually mid April.", "Back to [Sowing calendar]."],
	},
	{
		title: "Tools/Hand tools",
		created: 1704240000,
		updated: 1717372800,
		id: "65a0c0ffee0000000000b003",
		lines: ["Tools/Hand tools", "A trowel, a dibber and [** Gloves]", "code:list.txt", " trowel", " dibber"],
	},
	{
		title: "Compost",
		created: 1704326400,
		updated: 1717459200,
		id: "65a0c0ffee0000000000b004",
		lines: ["Compost", "Brown and green layers, turned every [two weeks].", "[* Keep it damp, not wet]"],
	},
];

export const gardenExport = exportJson("garden-notes", gardenPages);

/** Many generated pages, so the import runs over several time slices. */
export function largeExport(count: number, name = "big-garden"): string {
	const pages: FixturePage[] = [];
	for (let i = 0; i < count; i++) {
		pages.push({
			title: `Bed ${i}`,
			created: 1704067200 + i * 60,
			updated: 1717200000 + i * 60,
			lines: [`Bed ${i}`, `Planted with [Crop ${i % 17}] next to [Bed ${(i + 1) % count}].`, ` > note from week ${i % 52}`, `  remember to water #bed${i % 9}`],
		});
	}
	return exportJson(name, pages);
}

/** An export with one page the importer cannot read (no title). */
export const exportWithBadPage = exportJson("garden-notes", [...gardenPages, { lines: ["no title here"] }]);

/** A Roam Research export: an array of pages with children. */
export const roamExport = JSON.stringify([{ title: "Daily note", children: [{ string: "a block", uid: "abc123" }] }]);

export const GYAZO_ID = "0123456789abcdef0123456789abcdef";
export const GYAZO_PAGE_URL = `https://gyazo.com/${GYAZO_ID}`;
export const SCRAPBOX_FILE_URL = "https://scrapbox.io/files/65a0c0ffee0000000000f001.jpg";
export const OTHER_IMAGE_URL = "https://example.org/pictures/rose.png";

/** Pages showing a Gyazo image, a scrapbox.io file image and an image from elsewhere. */
export const imageExport = exportJson("garden-notes", [
	{ title: "Roses", created: 1704067200, updated: 1717200000, lines: ["Roses", `[${GYAZO_PAGE_URL}]`, `[${SCRAPBOX_FILE_URL}]`, `[${OTHER_IMAGE_URL}]`] },
	{ title: "More roses", created: 1704153600, updated: 1717286400, lines: ["More roses", `The same picture again: [${GYAZO_PAGE_URL}]`] },
]);

/** A translated project: one page keeps its raw footer, one has none, one links into the source project. */
export const translatedExport = exportJson("teahouse-en", [
	{
		title: "About tea",
		created: 1704067200,
		updated: 1717200000,
		lines: [
			"About tea",
			"Green tea is steamed; black tea is fully oxidised.",
			"See also [/teahouse/お茶の淹れ方] for brewing.",
			"",
			"This page is auto-translated from [/teahouse/お茶の話] using DeepL. If something reads oddly, tell me and I will fix it.",
		],
	},
	{
		title: "Kettles",
		created: 1704153600,
		updated: 1717286400,
		lines: ["Kettles", "A kettle with a thermometer helps with green tea."],
	},
]);

/** The source project's notes, as an earlier import of it left them. */
export const teahouseNotes: Record<string, string> = {
	"teahouse/お茶の話.md": `---\ntitle: "お茶の話"\nscrapbox_url: "https://scrapbox.io/teahouse/%E3%81%8A%E8%8C%B6%E3%81%AE%E8%A9%B1"\nscrapbox_project: "teahouse"\n---\n緑茶は蒸し、紅茶は発酵させる。\n`,
	"teahouse/お茶の淹れ方.md": `---\ntitle: "お茶の淹れ方"\nscrapbox_project: "teahouse"\n---\nお湯は少し冷ましてから。\n`,
};

/** Scrapbox notation pasted into a note as it is: the first line is the title. */
export const rawNote = `Seed swap
[* Bring seeds in paper envelopes]
Label each one with [Seed labels] and the year.
 Beans and peas travel well
  > Dry them fully before packing.
  [gardener.icon] agrees
#seeds #swap
[https://example.org/seed-swap Seed swap flyer]
`;

export const ordinaryNote = `# Shopping

- Milk
- Bread

A plain note with a [[Link]] and nothing Scrapbox-like.
`;
