/**
 * English UI strings: the reference tables, split by feature so features can
 * add strings without touching each other. Every string must also exist in the
 * Japanese twin (the type checker enforces it). Placeholders are `{name}`.
 * Sentence case throughout; "Scrapbox" and "Cosense" are brand names.
 * The command line's strings (./en/cli) are added by ./index, never by the plugin.
 */
import type { Keys } from "./strings";
import { general } from "./en/general";
import type { cli } from "./en/cli";
import { noteIndex } from "./en/note-index";
import { detect } from "./en/detect";
import { reading } from "./en/reading";
import { timeline } from "./en/timeline";
import { provenance } from "./en/provenance";
import { importer } from "./en/import";

/** The plugin's tables, in the order of ./ja's. */
export const en = [general, noteIndex, detect, reading, timeline, provenance, importer];

export type MessageKey =
	| Keys<typeof general>
	| Keys<typeof cli>
	| Keys<typeof noteIndex>
	| Keys<typeof detect>
	| Keys<typeof reading>
	| Keys<typeof timeline>
	| Keys<typeof provenance>
	| Keys<typeof importer>;
