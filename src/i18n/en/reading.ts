/** English UI strings: reading (quote units in Reading view and Live Preview, the Scrapbox renderer). */
export const reading = {
	"settings.renderRawNotes.name": "Show raw Scrapbox notes as Scrapbox does",
	"settings.renderRawNotes.desc": "When you read a note detected as raw Scrapbox notation, draw its links, icons, indents and code blocks as Scrapbox does, instead of as plain text in which indented lines turn into code.",
	"settings.livePreviewUnits.name": "Group quotes while editing",
	"settings.livePreviewUnits.desc": "In the editor's live preview, join each quote with its commentary and let the commentary fold.",
	"reading.commentary.hide": "Hide {count} comments",
	"reading.commentary.hideOne": "Hide 1 comment",
	"reading.commentary.show": "Show {count} comments",
	"reading.commentary.showOne": "Show 1 comment",
	"reading.commentary.foldLabel": "Fold the commentary on this quote",
	"reading.commentary.unfoldLabel": "Unfold the commentary on this quote",
	"reading.map": "Map: {place}",
	"reading.hoverSource": "Scrapbox Lens",
} as const;
