/** English UI strings: general. */
export const general = {
	plugin: {
		name: "Scrapbox Lens",
	},
	settings: {
		heading: {
			general: "General",
			reading: "Reading",
		},
		language: {
			name: "Language",
			desc: "Language of this plugin's interface. Automatic follows Obsidian.",
			auto: "Automatic",
		},
		renderScope: {
			name: "Notes that get Scrapbox rendering",
			desc: "Which notes get quote grouping, icons, date chips and the provenance card.",
			detected: "Detected Scrapbox-flavoured notes",
			all: "All notes",
			none: "None",
		},
		statusBar: {
			name: "Show the flavour in the status bar",
			desc: "Shows whether the active note is raw, converted or translated, with the evidence on hover.",
		},
	},
	notice: {
		markDetected: {
			none: "No detected notes need the property.",
			done: "Wrote the \"scrapbox\" property on {count} notes.",
		},
		loaded: "Scrapbox Lens is ready.",
	},
	modal: {
		markDetected: {
			title: "Mark notes with their Scrapbox flavour",
			body: "This adds a \"scrapbox\" property (its value is the flavour) to {count} detected notes that do not have it. Nothing else in the notes changes.",
		},
		confirm: "Continue",
		cancel: "Cancel",
		stop: "Stop",
		close: "Close",
	},
	batch: {
		counts: "Done: {done} · Skipped: {skipped} · Failed: {failed} · Remaining: {remaining}",
		moreFailures: "…and {count} more.",
	},
};
