/** English UI strings: translation provenance (card, footer command, open original). */
export const provenance = {
	provenance: {
		card: {
			label: "Translation provenance",
			fromBy: "Translated from {language} by {engine}",
			from: "Translated from {language}",
			by: "Translated by {engine}",
			translated: "Translated page",
			writtenBy: "Written in {language} by {name}",
			written: "Written in {language}",
			original: "Original",
			inVault: "Open the original in this vault",
			online: "Open the original on scrapbox.io",
			onlineOther: "Open the original on the web",
			sideBySide: "Open side by side",
			fromProperties: "From this note's properties",
			repaired: "The footer's link was broken; the title was recovered from it.",
		},
		command: {
			addFooter: "Add translation provenance footer",
			addFooterFolder: "Add translation provenance footers to a folder",
			openSideBySide: "Open original side by side",
		},
		menu: {
			addFooterFolder: "Add translation provenance footers",
		},
		modal: {
			title: {
				"": "Translation provenance",
				name: "Original title",
			},
			desc: "Where this note was translated from. The footer and the properties are written from these.",
			url: {
				name: "Original URL",
				desc: "A scrapbox.io page, /project/title, or any web address.",
			},
			project: {
				name: "Scrapbox project",
			},
			engine: {
				name: "Translation engine",
				desc: "For example DeepL. Leave it empty for a translation by hand.",
			},
			language: {
				name: "Source language",
				unknown: "Not stated",
			},
			submit: "Write footer",
			missingSource: "Give the original's URL, or its project and title.",
		},
		notice: {
			noNote: "Open a note first.",
			written: "Wrote the provenance footer and properties.",
			unchanged: "The footer and properties were already up to date.",
			failed: "Could not write the footer: {message}",
			noProvenance: "This note does not say where it was translated from.",
			notInVault: "The original, \"{title}\", is not in this vault.",
			openOnline: "Open it on the web",
		},
		folder: {
			pick: "Choose a folder for provenance footers…",
			counting: "Looking through {count} notes…",
			none: "No note in \"{folder}\" needs a provenance footer.",
			title: "Add translation provenance footers",
			confirm: "{count} of {total} notes in \"{folder}\" will get a provenance footer and properties. Notes that do not name their original are left alone.",
			summary: "Footers written: {done}. Already up to date: {skipped}.",
			stopped: "Stopped. Footers written before stopping: {done}.",
		},
	},
	settings: {
		heading: {
			provenance: "Translation provenance",
		},
		provenanceCard: {
			name: "Provenance card",
			desc: "While reading, show a translated note's footer, or its provenance properties, as a card that links to the original.",
		},
		footerLanguage: {
			name: "Footer language",
			desc: "The language of the footer that the footer command writes.",
		},
		footerTemplate: {
			name: "Footer template in {language}",
			desc: "Placeholders: {sourceLink}, {sourceTitle}, {sourceUrl}, {sourceProject}, {engine}, {language}, {date}. {?engine: by {engine}} keeps its text only when there is an engine.",
			invalid: "This template cannot be used, so the default is used instead: {problems}",
			reset: "Restore the default",
		},
		defaultEngine: {
			name: "Default translation engine",
			desc: "Suggested when the footer command asks for the engine.",
		},
	},
};
