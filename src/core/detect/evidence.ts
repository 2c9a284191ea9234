/**
 * The evidence the classifier weighs, with its weights. Weights are in
 * hundredths, so sums are exact integers. Each kind adds `weight × count`,
 * capped at `cap`, to the converted and/or raw tally; negative weights are
 * ordinary-Markdown evidence against. See README.md for the reasoning.
 */

export interface EvidenceKind {
	/** Added to the converted tally per occurrence. */
	converted: number;
	/** Added to the raw tally per occurrence. */
	raw: number;
	/** Largest total (absolute) this kind can add to either tally. */
	cap: number;
	/**
	 * Human-readable evidence; `{line}` is the first line it was seen on. Evidence
	 * against (negative weights) is framed by `REASON_FORMAT.against`, not here,
	 * so a translation frames it once.
	 */
	text: string;
	/**
	 * Generic Markdown shapes the converter writes but so may a person (4-space
	 * bullets, `[url](url)`, `![image]`): together they add at most WEAK_CAP, so
	 * they can support a claim but never make one alone.
	 */
	weak?: true;
}

export const EVIDENCE = {
	// This plugin's importer and its own marks.
	importProperties: { converted: 500, raw: 0, cap: 500, text: "Scrapbox import properties (scrapbox_url) at line {line}" },
	keptOriginal: { converted: 500, raw: 0, cap: 500, text: "converted in place: the Scrapbox original is kept in a scrapbox-original block at line {line}" },

	// Converted Markdown (blu3mo/ScrapboxToObsidian and forks).
	iconImage: { converted: 300, raw: 0, cap: 450, text: "scrapbox.io icon image at line {line}" },
	rootLink: { converted: 250, raw: 0, cap: 400, text: "Scrapbox project link [/project/page](https://scrapbox.io/…) at line {line}" },
	scrapboxLink: { converted: 60, raw: 0, cap: 120, text: "link to a scrapbox.io page at line {line}", weak: true },
	gyazoThumb: { converted: 160, raw: 0, cap: 320, text: "Gyazo image ending in /thumb/1000 at line {line}" },
	lineIdLink: { converted: 150, raw: 0, cap: 300, text: "link to a Scrapbox line id [[page#…]] at line {line}" },
	titleOnly: { converted: 80, raw: 0, cap: 80, text: "frontmatter holds only a title, at line {line}" },
	titleIsName: { converted: 80, raw: 0, cap: 80, text: "the title property matches the file name, at line {line}" },
	quotedTitle: { converted: 30, raw: 0, cap: 30, text: "the title is quoted though YAML does not need it, as the converter writes it, at line {line}" },
	quotedSpecialTitle: { converted: 15, raw: 0, cap: 15, text: "the title is quoted, as the converter writes it, at line {line}" },
	blankAfterFrontmatter: { converted: 30, raw: 0, cap: 30, text: "an empty title line follows the frontmatter, at line {line}" },
	nestedBy4: { converted: 20, raw: 0, cap: 80, text: "bullets nested by 4 spaces at line {line}", weak: true },
	bulletQuote: { converted: 40, raw: 0, cap: 120, text: "quote inside a bullet `- > ` at line {line}", weak: true },
	quoteSpace: { converted: 15, raw: 0, cap: 60, text: "quote keeping Scrapbox's leading space `>  ` at line {line}", weak: true },
	urlAsText: { converted: 35, raw: 0, cap: 105, text: "bare URL written as [url](url) at line {line}", weak: true },
	imageAlt: { converted: 30, raw: 0, cap: 60, text: "image with the converter's alt text ![image](…) at line {line}", weak: true },
	scrapboxTable: { converted: 100, raw: 0, cap: 100, text: "table separator `| -- |` from a Scrapbox table at line {line}" },
	codeFileName: { converted: 50, raw: 0, cap: 100, text: "code block with its Scrapbox file name above it at line {line}", weak: true },
	helpfeel: { converted: 30, raw: 0, cap: 60, text: "Scrapbox helpfeel or command line kept as code at line {line}", weak: true },

	// Raw Scrapbox notation.
	titleLine: { converted: 0, raw: 220, cap: 220, text: "the first line is the page title, as in a Scrapbox page (line {line})" },
	titleLike: { converted: 0, raw: 60, cap: 60, text: "a short first line over the text, like a Scrapbox page title (line {line})" },
	noMarkdown: { converted: 0, raw: 40, cap: 40, text: "Scrapbox notation and no Markdown anywhere in the note" },
	decoration: { converted: 0, raw: 120, cap: 360, text: "Scrapbox link notation `{sample}` at line {line}" },
	iconNotation: { converted: 0, raw: 200, cap: 400, text: "Scrapbox icon `[name.icon]` at line {line}" },
	projectLink: { converted: 0, raw: 150, cap: 300, text: "Scrapbox project link `[/project/page]` at line {line}" },
	urlBracket: { converted: 0, raw: 100, cap: 300, text: "Scrapbox URL link `[https://… label]` at line {line}" },
	gyazoBracket: { converted: 0, raw: 150, cap: 300, text: "Gyazo image in Scrapbox brackets at line {line}" },
	formula: { converted: 0, raw: 100, cap: 200, text: "Scrapbox formula `[$ …]` at line {line}" },
	rawLineId: { converted: 0, raw: 150, cap: 300, text: "link to a Scrapbox line id `[page#…]` at line {line}" },
	pageLink: { converted: 0, raw: 40, cap: 160, text: "Scrapbox page link `[page]` at line {line}" },
	codeBlock: { converted: 0, raw: 150, cap: 300, text: "Scrapbox code block `code:` at line {line}" },
	tableBlock: { converted: 0, raw: 150, cap: 300, text: "Scrapbox table block `table:` at line {line}" },
	indent1: { converted: 0, raw: 30, cap: 150, text: "one-space Scrapbox indent at line {line}" },
	indentDeep: { converted: 0, raw: 15, cap: 60, text: "Scrapbox indent without a bullet at line {line}" },
	hashtagLine: { converted: 20, raw: 20, cap: 20, text: "line of #tags at line {line}" },

	// Ordinary Markdown that the converters never write, or raw notation never has.
	frontmatter: { converted: 0, raw: -150, cap: 150, text: "frontmatter, which raw Scrapbox text never has (line {line})" },
	otherProperties: { converted: -80, raw: 0, cap: 80, text: "properties besides a title, at line {line}" },
	starBullet: { converted: -40, raw: -30, cap: 160, text: "Markdown `*`/`+` bullet at line {line}" },
	oddIndentBullet: { converted: -40, raw: -20, cap: 160, text: "bullet indented by tabs or 2 spaces at line {line}" },
	topBullet: { converted: 0, raw: -25, cap: 150, text: "Markdown bullet at line {line}" },
	aliasLink: { converted: -30, raw: -30, cap: 90, text: "wikilink with an alias [[a|b]] at line {line}" },
	embed: { converted: -80, raw: -80, cap: 160, text: "Obsidian embed ![[…]] at line {line}" },
	callout: { converted: -120, raw: -120, cap: 240, text: "Obsidian callout > [!…] at line {line}" },
	task: { converted: -60, raw: -60, cap: 120, text: "Markdown task - [ ] at line {line}" },
	footnote: { converted: -50, raw: -50, cap: 100, text: "Markdown footnote [^…] at line {line}" },
	heading: { converted: 0, raw: -60, cap: 200, text: "Markdown heading at line {line}" },
	deepHeading: { converted: -30, raw: 0, cap: 90, text: "heading deeper than ### at line {line}" },
	headingNoGap: { converted: -25, raw: 0, cap: 100, text: "heading directly followed by text at line {line}" },
	markdownLink: { converted: 0, raw: -50, cap: 200, text: "Markdown link [text](url) at line {line}" },
	referenceLink: { converted: -30, raw: -50, cap: 100, text: "Markdown reference definition at line {line}" },
	fence: { converted: 0, raw: -80, cap: 160, text: "Markdown code fence at line {line}" },
	bold: { converted: 0, raw: -20, cap: 60, text: "Markdown **bold** at line {line}" },
	comment: { converted: -50, raw: -50, cap: 100, text: "Obsidian comment %% at line {line}" },
	markdownTable: { converted: -30, raw: -50, cap: 60, text: "Markdown table separator at line {line}" },
} as const satisfies Record<string, EvidenceKind>;

export type EvidenceName = keyof typeof EVIDENCE;

/**
 * Evidence weighed outside the tally, each settling the flavour by itself:
 * a provenance footer, provenance properties, and the plugin's own
 * `scrapbox: <flavour>` property (`{mark}` is its value).
 */
export const EXTRA_EVIDENCE = {
	provenanceFooter: "provenance footer at line {line}",
	provenanceProperties: "translation provenance properties at line {line}",
	scrapboxMark: 'the scrapbox property says "{mark}", at line {line}',
} as const;

export type ExtraEvidenceName = keyof typeof EXTRA_EVIDENCE;

/** How a reason is framed: evidence against a claim, and evidence seen more than once. */
export const REASON_FORMAT = {
	against: "against: {reason}",
	count: "{reason} (×{count})",
} as const;

/** The most that all `weak` converter evidence together adds. */
export const WEAK_CAP = 150;

/** A tally at or above this (in hundredths) claims the note. */
export const THRESHOLD = 200;
/** Points for a recognised provenance footer or provenance properties (translated). */
export const FOOTER_POINTS = 600;
export const PROVENANCE_PROPERTY_POINTS = 400;
/** Points for the plugin's own `scrapbox: <flavour>` property, which the user asked for. */
export const MARK_POINTS = 600;
