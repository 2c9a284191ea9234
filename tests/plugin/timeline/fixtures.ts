/** Small notes with dated quotes, written for the timeline pane's tests. */

/** Three events: a day with an era note, a month, and a day in a second quote block. */
export const riverNote = `---
title: River works
---
# Notes on river works

> The record
>  1878年（明治11年） 7月15日 - [[Canal]] opens
>  Boats can now reach the lake.
>
>  May 2023 - Survey of the banks
>  A team walks the whole bank.
- The canal still works.
    - Nobody expected that.

Some prose in between.

> 2024-10-29: Flood gates replaced
- Cost more than planned.
`;

/** Line numbers (1-based) of the dated lines above. */
export const riverLines = { canal: 7, survey: 10, gates: 17 };

export const damNote = `> 1960s - Dam era
>  Many dams are built along the river.
`;

export const gaugeNote = `#rivers
> 2023/05/04 - Gauge installed
>  It reports the level every hour.
`;

export const plainNote = `# Shopping
- Milk
- Bread
`;

/** Raw Scrapbox notation (the classifier reads it as raw). */
export const rawNote = `River log
[* Works]
 Gates were checked twice
>2023/02/01 [Flood gate] is tested
 [Inspector] wrote it up [sun.icon]
code:plan.txt
 north: gates
#river #log
`;

/** A dated line outside quotes, counted only with the setting on. */
export const unquotedNote = `# Diary

2024-10-29
- Walked along the river.
    - Water was high.
`;

export function files(): Record<string, string> {
	return {
		"History/River works.md": riverNote,
		"History/Dams.md": damNote,
		"Other/Gauge.md": gaugeNote,
		"Other/Shopping.md": plainNote,
		"Scrap/River log.md": rawNote,
		"Diary/Walk.md": unquotedNote,
		"Canal.md": "# Canal\nA note about the canal.\n",
	};
}

/** `count` dated quotes, one per block, spread over many years, for size tests. */
export function manyEvents(count: number): string {
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		const year = 1900 + Math.floor(i / 20);
		const month = (i % 12) + 1;
		const day = (i % 27) + 1;
		out.push(`> ${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")} - Event number ${i} about [[Topic ${i % 7}]]`);
		out.push(`>  Description of event ${i}.`);
		out.push(`- Comment on event ${i}.`);
		out.push("");
	}
	return out.join("\n");
}
