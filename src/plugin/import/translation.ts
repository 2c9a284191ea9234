/**
 * "This export is a translation of another project": each page gets its
 * provenance properties (translated_from, translation_source, source_lang,
 * translation_engine) and, when it has none, a footer. Pure: no `obsidian`.
 *
 * - A page that already ends with a footer naming its original (the raw
 *   Scrapbox form `This page is auto-translated from [/project/TITLE] using
 *   DeepL.`, or any form the provenance core reads) keeps that footer exactly
 *   as converted, so nothing of it is lost (the contact sentence, a link into
 *   the source project's notes when that project was imported too). The
 *   properties come from it; the engine given in the import fills a gap.
 * - A page without a footer is taken to keep its title in the source project
 *   (option `pagesWithoutFooter: "same-title"`): it gets the plugin's footer
 *   (from the footer template) and the properties. With `"leave"`, such pages
 *   are imported as they are.
 *
 * The note's `scrapbox_import_hash` is recomputed over the result, so a
 * re-import with the same options changes nothing and edits are still noticed.
 */
import { contentHash, type PlannedNote } from "../../core/import";
import { HASH_KEY, renderProperties } from "../../core/import/frontmatter";
import { formatFooter, inferSourceLanguage, parseFooter, provenanceToProperties, replaceFooter, PROVENANCE_PROPERTY_NAMES, type FooterLanguage, type Provenance } from "../../core/provenance";
import { scrapboxPageUrl } from "../../core/scrapbox/title";

export interface TranslationOptions {
	/** The project the export was translated from, e.g. `nishio`. */
	sourceProject: string;
	/** The engine, e.g. `DeepL`; empty when not known. */
	engine: string;
	/** Pages without a footer: same title in the source project, or left as they are. */
	pagesWithoutFooter: "same-title" | "leave";
	/** The footer written on pages without one. */
	footerLanguage: FooterLanguage;
	/** A custom footer template for that language; empty for the default. */
	template?: string;
	/** Custom templates to recognise footers by (the user's own). */
	templates?: readonly string[];
}

export interface PageProvenance {
	provenance: Provenance;
	/** Whether the page already carries a footer (kept as it is) or gets the plugin's. */
	hasFooter: boolean;
}

/** The provenance of one page of a translated export, from its raw lines; null when it gets none. */
export function pageProvenance(lines: readonly string[], title: string, options: TranslationOptions): PageProvenance | null {
	const project = options.sourceProject.trim();
	const engine = options.engine.trim() === "" ? null : options.engine.trim();
	// The footer is at the end: only the last lines are handed to the parser.
	const tail = lines.slice(Math.max(1, lines.length - 16)).join("\n");
	const footer = tail === "" ? null : parseFooter(tail, { templates: options.templates });
	if (footer) {
		const sourceProject = footer.sourceProject ?? (project === "" ? null : project);
		return {
			provenance: {
				sourceProject,
				sourceTitle: footer.sourceTitle,
				sourceUrl: footer.sourceUrl ?? (sourceProject ? scrapboxPageUrl(sourceProject, footer.sourceTitle) : null),
				engine: footer.engine ?? (footer.form === "copied" ? null : engine),
				sourceLanguage: footer.sourceLanguage ?? inferSourceLanguage(null, sourceProject, footer.sourceTitle).language,
			},
			hasFooter: true,
		};
	}
	if (options.pagesWithoutFooter !== "same-title" || project === "") return null;
	return {
		provenance: {
			sourceProject: project,
			sourceTitle: title,
			sourceUrl: scrapboxPageUrl(project, title),
			engine,
			sourceLanguage: inferSourceLanguage(null, project, title).language,
		},
		hasFooter: false,
	};
}

const HASH_LINE = new RegExp(`^${HASH_KEY}: "[0-9a-f]+"\\n`, "m");

/**
 * The note with its provenance properties (before the import hash, which
 * stays last) and, when the page had none, a footer; the hash recomputed.
 * A note not in the importer's shape is returned unchanged.
 */
export function withProvenance(note: PlannedNote, page: PageProvenance, options: Pick<TranslationOptions, "footerLanguage" | "template">): PlannedNote {
	const content = note.content;
	if (!content.startsWith("---\n")) return note;
	const close = content.indexOf("\n---\n", 3);
	if (close === -1) return note;
	const head = content.slice(4, close + 1);
	const hash = HASH_LINE.exec(head);
	if (!hash) return note;
	// The importer writes none of the provenance properties, so they are simply added.
	let properties = head.slice(0, hash.index) + head.slice(hash.index + hash[0].length);
	const values = provenanceToProperties(page.provenance);
	properties += renderProperties(PROVENANCE_PROPERTY_NAMES.map((name) => [name, values[name]] as const));
	let body = content.slice(close + 5);
	if (!page.hasFooter) {
		const footer = formatFooter(page.provenance, { language: options.footerLanguage, template: options.template || undefined });
		body = replaceFooter(body, footer);
	}
	const next = ["---\n", properties, `${HASH_KEY}: "${contentHash("---\n", properties, "---\n", body)}"\n---\n`, body].join("");
	return { ...note, content: next };
}
