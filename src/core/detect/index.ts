/** Spotting Scrapbox-flavoured notes: raw notation, converted Markdown, translated pages. */
export { classifyFlavour, classifyNote, classifyNoteDetailed, CLASSIFIER_VERSION, type Classification, type ClassificationDetail, type Evidence, type Flavour } from "./classify";
export {
	EVIDENCE,
	EXTRA_EVIDENCE,
	REASON_FORMAT,
	THRESHOLD,
	WEAK_CAP,
	FOOTER_POINTS,
	PROVENANCE_PROPERTY_POINTS,
	MARK_POINTS,
	type EvidenceKind,
	type EvidenceName,
	type ExtraEvidenceName,
} from "./evidence";
export { readFlatFrontmatter, type FlatFrontmatter, type FrontmatterEntry } from "./frontmatter";
export { noteName, titleMatchesName } from "./title";
