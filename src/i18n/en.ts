/**
 * English UI strings: the reference table, split by feature so features can
 * add strings without touching each other. Every key must also exist in the
 * Japanese table (the type checker enforces it). Placeholders are `{name}`.
 * Sentence case throughout; "Scrapbox" and "Cosense" are brand names.
 */
import { general } from "./en/general";
import { cli } from "./en/cli";
import { noteIndex } from "./en/note-index";
import { reading } from "./en/reading";
import { timeline } from "./en/timeline";
import { provenance } from "./en/provenance";
import { importer } from "./en/import";

export const en = {
	...general,
	...cli,
	...noteIndex,
	...reading,
	...timeline,
	...provenance,
	...importer,
} as const;

export type MessageKey = keyof typeof en;
