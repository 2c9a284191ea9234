/** English UI strings: note-index. */
export const noteIndex = {
	flavour: {
		raw: "Raw Scrapbox notation",
		converted: "Converted from Scrapbox",
		translated: "Translated Scrapbox page",
		none: "Not Scrapbox-flavoured",
	},
	status: {
		flavour: "Scrapbox: {flavour}",
		tooltipHeading: "Why this note looks Scrapbox-flavoured (confidence {score}%):",
		noReasons: "No evidence recorded.",
	},
	list: {
		title: "Scrapbox-flavoured notes",
		filterByFlavour: "Filter by flavour",
		filterPlaceholder: "Filter by path…",
		all: "All",
		indexing: "Looking through the vault: {done} of {total} notes…",
		summary: "{found} of {total} notes are Scrapbox-flavoured.",
		showMore: "Show {count} more",
		empty: "No Scrapbox-flavoured notes match.",
		emptyWhileIndexing: "Still looking through the vault…",
	},
	command: {
		showNotes: "Show Scrapbox-flavoured notes",
		markDetected: "Mark detected notes with their Scrapbox flavour",
	},
};
