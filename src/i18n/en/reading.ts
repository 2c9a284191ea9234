/** English UI strings: reading (quote units in Reading view and Live Preview, the Scrapbox renderer). */
export const reading = {
	settings: {
		renderRawNotes: {
			name: "Show raw Scrapbox notes as Scrapbox does",
			desc: "When you read a note detected as raw Scrapbox notation, draw its links, icons, indents and code blocks as Scrapbox does, instead of as plain text in which indented lines turn into code.",
		},
		livePreviewUnits: {
			name: "Group quotes while editing",
			desc: "In the editor's live preview, join each quote with its commentary and let the commentary fold.",
		},
	},
	reading: {
		commentary: {
			hide: "Hide {count} comments",
			hideOne: "Hide 1 comment",
			show: "Show {count} comments",
			showOne: "Show 1 comment",
			foldLabel: "Fold the commentary on this quote",
			unfoldLabel: "Unfold the commentary on this quote",
		},
		map: "Map: {place}",
		hoverSource: "Scrapbox Lens",
	},
};
