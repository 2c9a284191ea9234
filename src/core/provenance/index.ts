/** Translation provenance: read footers and properties, write footers, find the original. */
export type { FooterForm, LanguageEvidence, ParsedFooter, Provenance } from "./types";
export { footerLineOf, isSeparator, locateFooter, parseFooter, parseFooterLine, scrapboxPageFromUrl, type FooterLocation, type FooterParseOptions } from "./footer";
export {
	checkFooterTemplate,
	compileFooterTemplate,
	DEFAULT_FOOTER_TEMPLATES,
	formatFooter,
	TEMPLATE_PLACEHOLDERS,
	type FooterMatcher,
	type FooterOptions,
	type TemplatePlaceholder,
} from "./template";
export { inferSourceLanguage, KNOWN_PROJECT_LANGUAGES, LANGUAGE_NAMES, languageFromName, languageName, scriptLanguage, type FooterLanguage } from "./language";
export {
	mergeProvenance,
	PROVENANCE_PROPERTY_KEYS,
	PROVENANCE_PROPERTY_NAMES,
	propertyDateTime,
	provenanceToProperties,
	readProvenanceProperties,
	type ProvenanceProperties,
	type ProvenancePropertyKey,
} from "./properties";
export { replaceFooter } from "./replace";
export { resolveOriginal, type OriginalLookup, type OriginalVia, type ResolvedOriginal } from "./resolve";
