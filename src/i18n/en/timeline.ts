/** English UI strings: the timeline pane, its exports and its settings. */
export const timeline = {
	timeline: {
		title: "Timeline",
		command: {
			open: "Open timeline",
			exportMarkdown: "Export timeline to a new note",
			exportCanvas: "Export timeline to a canvas",
		},
		hoverSource: "Scrapbox Lens timeline",
		scope: {
			label: "Notes in the timeline",
			note: "This note",
			folder: "This folder",
			tag: "A tag",
			vault: "Whole vault",
		},
		tag: {
			placeholder: "Tag, such as #history",
		},
		filter: {
			placeholder: "Filter events…",
			clear: "Clear filter",
		},
		action: {
			proportional: "Proportional spacing",
			expandAll: "Expand all",
			collapseAll: "Collapse all",
			export: "Export",
			exportMarkdown: "Export to a new note",
			exportCanvas: "Export to a canvas",
			showDetails: "Show description and commentary",
			hideDetails: "Hide description and commentary",
		},
		count: {
			one: "{count} event",
			other: "{count} events",
			filtered: "{shown} of {total} events",
		},
		notes: {
			one: "in {count} note",
			other: "in {count} notes",
		},
		reading: "Reading notes: {done} of {total}…",
		waiting: "Waiting for the vault to finish loading…",
		overview: {
			label: "Density of events over time. Click or drag to jump.",
		},
		list: {
			label: "Events in time order",
		},
		gap: {
			day: "{count} day",
			days: "{count} days",
			month: "{count} month",
			months: "{count} months",
			year: "{count} year",
			years: "{count} years",
		},
		detail: {
			commentary: "Commentary",
		},
		untitled: "Untitled event",
		empty: {
			title: "No dated quotes here yet",
			body: "The timeline collects quote lines that start with a date. The rest of the line becomes the event's title, the quote lines below it its description, and the bullets after the quote its commentary. For example:",
			// {date} is a sample date in the interface language.
			example: "> {date} - [[LLaMA]] is released\n> Meta publishes the model for researchers.\n- My thoughts on it",
			forms: "Dates may also be written as 2023-02-24, 2023/2/24 or 2023年2月24日, with month names, or as decades such as 1960s.",
			unquoted: "To put dated lines outside quotes on the timeline too, turn that on in this plugin's settings.",
			noNote: "Open a note to see its timeline.",
			noTag: "Type a tag above to gather the dated quotes of every note that has it.",
			noMatch: "No events match the filter.",
		},
		export: {
			name: "{name} timeline",
			heading: "Timeline: {name}",
			created: "Created {path}.",
			nothing: "There are no events to export.",
			failed: "Could not export the timeline: {error}",
		},
	},
	settings: {
		heading: {
			timeline: "Timeline",
		},
		timelineUnquoted: {
			name: "Count dated lines outside quotes",
			desc: "Also put lines that start with a date outside quotes on the timeline, such as a line holding only 2024-10-29 followed by bullets. Off: only quote lines count.",
		},
		timelineProportional: {
			name: "Proportional spacing",
			desc: "Space events on the timeline by the time between them. Canvas exports use the same layout.",
		},
	},
};
