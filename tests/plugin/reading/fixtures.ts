/** Notes written for the reading tests (our own words; facts such as dates are public). */

/** Converted Markdown: a title-only frontmatter, quotes with commentary, an icon, a Gyazo image. */
export const bikeNote = `---
title: "Bicycle history"
---
How the bicycle got its shape, from my reading notes.
![sketch](https://gyazo.com/0123456789abcdef0123456789abcdef/thumb/1000)

> The running machine
>  1817 - Karl Drais rides his draisine
>  A wooden frame, two wheels, and no pedals: the rider pushes off the ground.
- Pushing off the ground sounds tiring.
    - But it was faster than walking.
        - On good roads only.

> A quote with no commentary.

> 1885 - The safety bicycle
>  Two wheels of equal size and a chain drive. <img src='https://scrapbox.io/api/pages/bikes/gear/icon' alt='gear.icon' height="19.5"/>
- This is the shape we still ride.
- Notes from a translation: [technium (Tc)
`;

/** The line numbers (0-based) of the quotes in bikeNote. */
export const BIKE_UNITS = { drais: 6, alone: 13, safety: 15 } as const;

/** Quotes inside list items. */
export const listQuotesNote = `---
title: "List quotes"
---
- Reading list
    - > A bulleted quote
    - > that runs over two items.
        - My reply to it.
            - A reply to the reply.
    - Another item
        > A quote under an item's text
        - Its commentary.
`;

/** A loose list: a blank line ends the unit, but Markdown keeps one list. */
export const looseNote = `---
title: "Loose"
---
> Quoted line
- Comment on the quote.

- Not a comment: after a blank line.
`;

/** An ordinary note: nothing Scrapbox about it. */
export const ordinaryNote = `# Shopping
> Buy only what is on the list.
- Milk
- Bread
`;

/** Raw Scrapbox notation (the first line is the title). */
export const rawNote = `Pond notes
[* What lives in the pond]
 Frogs in spring
  [Tadpoles] grow legs in [/pondclub/June]
 > 2021/05/03 - The first frog eggs
  Count them next year. [frog.icon]
code:count.py
 eggs = 120
 print(eggs)
#pond #spring
`;

/** A ```scrapbox block with every node the parser knows. */
export const everyNodeBlock = `[** Title line]
 [Linked page] [/proj/Root page] [/proj] #tag [label https://example.org] [https://example.org label2] [obsidian://open?vault=v]
 [name.icon] [/proj/other.icon*3] [[name.icon]]
 [https://example.org/a.png] [[https://example.org/b.png]] [https://gyazo.com/0123456789abcdef0123456789abcdef] [https://example.org/c.png https://example.org/page]
 [[strong]] [* bold] [*** huge] [/ italic] [- strike] [_ under] [!~ custom] [ ] 
 > a quote line
 ? a helpfeel
 $ a command
 % another command
 \`inline code\` and [$ x^2 + y^2]
 [N35.6812,E139.7671,Z14 Tokyo Station]
 1. numbered line
  [page#0123456789abcdef01234567]
 code:sample.js
  const x = 1;
 table:scores
  name	score
  [Alice]	3
 [technium (Tc)
 [javascript:alert(1)] [javascript:alert(1) label]
`;
