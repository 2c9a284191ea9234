/**
 * English UI strings: detect, the note classifier's evidence. The English is
 * written once, in the core's evidence table (the core's `reasons` are these
 * texts, and the core may not import this folder), and taken from there.
 */
import { EVIDENCE, EXTRA_EVIDENCE, REASON_FORMAT, type EvidenceName } from "../../core/detect/evidence";

const texts = {} as Record<EvidenceName, string>;
for (const name of Object.keys(EVIDENCE) as EvidenceName[]) texts[name] = EVIDENCE[name].text;

export const detect = {
	detect: {
		/** One template per kind of evidence: `{line}`, and `{sample}` or `{mark}` where the kind has one. */
		reason: { ...texts, ...EXTRA_EVIDENCE },
		/** Evidence of ordinary Markdown, against the claim. */
		against: REASON_FORMAT.against,
		/** Evidence seen more than once. */
		count: REASON_FORMAT.count,
	},
};
