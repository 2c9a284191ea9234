/**
 * Notes for the provenance card and command tests, in our own words. The
 * footers follow the shapes REFERENCE §3 lists (auto-translated Markdown and
 * raw, cut off, broken by parentheses, "written in English") and this
 * plugin's own; the projects and titles are made up.
 */

const body = `Green tea is steamed, black tea is fully oxidised, and oolong sits between them.

- Steaming stops the leaves from browning.
    - That is why sencha stays green.
`;

const thanks = "If something here reads oddly, tell me at [@tea_notes](https://example.org/tea) and I will fix it. Thanks for reading.";

export const TEA_URL = "https://scrapbox.io/teahouse/%E3%81%8A%E8%8C%B6%E3%81%AE%E8%A9%B1";

/** Markdown link, `using DeepL`, contact and thanks sentence; `---` after a blank line. */
export const markdownFooterNote = `${body}
---
This page is auto-translated from [/teahouse/お茶の話](${TEA_URL}) using DeepL. ${thanks}
`;

/** Raw Scrapbox link, another engine, no message; `---` right under a list, so it is a thematic break. */
export const rawFooterNote = `${body}---
This page is auto-translated from [/teahouse/お茶の話] using GPT-3.5.
`;

/** A title with parentheses and a slash broke the Markdown link; `---` right under a paragraph, so Obsidian draws a setext heading. */
export const brokenFooterNote = `Deciding fast and deciding well pull against each other.
---
This page is auto-translated from [/teahouse/決め方の(質/速さ)](https://scrapbox.io/teahouse/決め方の(質/速さ)) using DeepL. ${thanks}
`;

/** Cut off right after the link. */
export const cutOffFooterNote = `${body}
---
This page is auto-translated from [/teahouse/お茶の話](${TEA_URL})
`;

/** Written in English by a person, copied to the English project. */
export const writtenInEnglishNote = `${body}
---
This page is written in English by Hana and copied from [/teahouse/Tea ceremony].
`;

/** A custom template (the user's own footer). */
export const CUSTOM_TEMPLATE = "Machine translation{?engine: ({engine})} of {sourceLink}{?language:, originally in {language}}.";
export const customFooterNote = `${body}
---
Machine translation (DeepL) of [お茶の話](${TEA_URL}), originally in Japanese.
`;

/** Provenance properties only, no footer. */
export const propertiesOnlyNote = `---
title: Steeping times
translated_from: https://scrapbox.io/teahouse/%E6%B7%B9%E3%82%8C%E6%96%B9
translation_source: 淹れ方
source_lang: ja
translation_engine: DeepL
translated_at: 2024-05-01T09:30:00
---
Three minutes for black tea, one for green.

- Hotter water for darker tea.
`;

/** A footer pointing at a project that is not in the vault. */
export const elsewhereFooterNote = `${body}
---
This page is auto-translated from [/other-project/よそのページ](https://scrapbox.io/other-project/%E3%82%88%E3%81%9D%E3%81%AE%E3%83%9A%E3%83%BC%E3%82%B8) using DeepL.
`;

/** An ordinary note that does not say where it came from. */
export const ordinaryNote = `# Shopping

- Milk
- Bread
`;

/** The Japanese originals in the vault: one imported (scrapbox_url), one found by its project folder. */
export const originals: Record<string, string> = {
	"teahouse/お茶の話.md": `---
title: お茶の話
scrapbox_url: ${TEA_URL}
scrapbox_project: teahouse
---
緑茶は蒸し、紅茶は発酵させる。
`,
	"teahouse/決め方の(質／速さ).md": `---
title: 決め方の(質/速さ)
aliases:
  - 決め方の(質/速さ)
scrapbox_project: teahouse
---
速く決めるか、よく決めるか。
`,
	"teahouse/Tea ceremony.md": `茶道について。
`,
};
