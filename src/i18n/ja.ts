/**
 * Japanese UI strings. Scrapbox's users are mostly Japanese: every feature's
 * table is typed against its English twin, so a missing string fails the build.
 */
import { general } from "./ja/general";
import { noteIndex } from "./ja/note-index";
import { detect } from "./ja/detect";
import { reading } from "./ja/reading";
import { timeline } from "./ja/timeline";
import { provenance } from "./ja/provenance";
import { importer } from "./ja/import";

/** The plugin's tables, in the order of ./en's. */
export const ja = [general, noteIndex, detect, reading, timeline, provenance, importer];
