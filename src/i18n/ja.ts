/**
 * Japanese UI strings. Scrapbox's users are mostly Japanese: every feature's
 * table is typed against its English twin, so a missing string fails the build.
 */
import type { MessageKey } from "./en";
import { general } from "./ja/general";
import { cli } from "./ja/cli";
import { noteIndex } from "./ja/note-index";
import { reading } from "./ja/reading";
import { timeline } from "./ja/timeline";
import { provenance } from "./ja/provenance";
import { importer } from "./ja/import";

export const ja: Record<MessageKey, string> = {
	...general,
	...cli,
	...noteIndex,
	...reading,
	...timeline,
	...provenance,
	...importer,
};
