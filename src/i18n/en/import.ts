/** English UI strings: the importer (modal, settings, report, raw-note conversion). */
export const importer = {
	import: {
		command: {
			import: "Import Scrapbox export",
			convert: "Convert Scrapbox notation to Markdown",
		},
		modal: {
			title: "Import Scrapbox export",
			intro: "Brings every page of a Scrapbox (Cosense) project export into this vault as a Markdown note. Importing again updates only notes nobody has edited since.",
		},
		file: {
			name: "Export file",
			desc: "The JSON file from the project's settings: {menu}.",
			choose: "Choose file",
			reading: "Reading {file}…",
			chosen: {
				"": "{file}: {pages} pages",
				one: "{file}: {pages} page",
			},
			chosenProject: {
				"": "{file}: {pages} pages of {project}",
				one: "{file}: {pages} page of {project}",
			},
			unreadable: {
				"": "{count} entries cannot be read and will be skipped.",
				one: "{count} entry cannot be read and will be skipped.",
			},
			readError: "Could not read the file: {message}",
		},
		folder: {
			name: "Output folder",
			desc: "The notes go into this folder, created if needed. By default each project gets a folder named after it.",
			placeholder: "Vault root",
			notEmpty: "This folder already holds notes. Notes from an earlier import are updated only if nobody has edited them since; other notes are left as they are.",
		},
		options: {
			heading: "Options",
		},
		hashtags: {
			name: "Hashtags",
			desc: "In Scrapbox: #tag",
			tags: "Tags, where Obsidian accepts them",
			links: "Links to the page",
		},
		icons: {
			name: "Icons",
			desc: "In Scrapbox: [name.icon]",
			images: "Small images from scrapbox.io",
			links: "Links to the page",
		},
		rootLinks: {
			name: "Links to other projects",
			desc: "In Scrapbox: [/project/page]",
			vault: "Their notes, if that project is imported here",
			web: "Always scrapbox.io addresses",
			found: "Imported projects found in this vault: {projects}.",
		},
		headings: {
			name: "Headings",
			desc: "In Scrapbox: [** text] alone on a line, or larger",
			from2: "From [** text]",
			from3: "From [*** text]",
			none: "None: keep them bold",
		},
		images: {
			name: "Download images",
			desc: "Saves Gyazo and scrapbox.io images in the folder's attachments folder and links them there. Images already saved are not downloaded again.",
		},
		translation: {
			heading: "Translation",
			name: "This export is a translation of another project",
			desc: "Each page records its original in properties and a footer, and links to the original's notes when that project is imported too.",
			project: {
				name: "Source project",
				desc: "The project the pages were translated from, as in its address: scrapbox.io/<project>.",
			},
			engine: {
				name: "Translation engine",
				desc: "For example DeepL. A footer that names its engine keeps it.",
			},
			withoutFooter: {
				name: "Pages without a footer",
				desc: "Pages that do not say where they were translated from.",
				sameTitle: "Translations of the page with the same title",
				leave: "Not translations: import them as they are",
			},
			missingProject: "Give the source project.",
		},
		button: {
			import: "Import",
			stop: "Stop",
			close: "Close",
			openReport: "Open the report",
		},
		progress: {
			preparing: {
				"": "Preparing {pages} pages…",
				one: "Preparing {pages} page…",
			},
			title: "Importing {project}",
			counts: "Imported: {imported} · Skipped: {skipped} · Failed: {failed} · Remaining: {remaining}",
			current: "Now: {title}",
			stopping: "Stopping after the current page…",
			label: {
				imported: "Imported",
				skipped: "Skipped",
				failed: "Failed",
				remaining: "Remaining",
			},
		},
		summary: {
			done: "Import finished",
			stopped: "Import stopped",
			written: "{count} notes written: {created} new, {updated} updated.",
			folderRoot: "The notes are at the top of the vault.",
			folder: "The notes are in {folder}.",
			updated: {
				"": "{count} notes updated.",
				one: "{count} note updated.",
			},
			created: {
				"": "{count} new notes written.",
				one: "{count} new note written.",
			},
			unchanged: {
				"": "{count} notes were already up to date.",
				one: "{count} note was already up to date.",
			},
			conflicts: {
				"": "{count} notes were edited since they were imported and were left as they are.",
				one: "{count} note was edited since it was imported and was left as it is.",
			},
			skipped: {
				"": "{count} pages could not be read and were skipped.",
				one: "{count} page could not be read and was skipped.",
			},
			failed: {
				"": "{count} pages failed.",
				one: "{count} page failed.",
			},
			remaining: {
				"": "{count} pages were not imported because you stopped the import. Import the same file again to finish; nothing is written twice.",
				one: "{count} page was not imported because you stopped the import. Import the same file again to finish; nothing is written twice.",
			},
			images: "Images: {downloaded} downloaded, {reused} already in the vault, {failed} could not be downloaded.",
			translation: {
				"": "{count} notes record their original.",
				one: "{count} note records its original.",
			},
			report: "Details are in the import report: {path}",
			nothing: "Nothing needed to change.",
			more: "…and {count} more in the report.",
		},
		notice: {
			finished: "Scrapbox import finished: {written} written, {unchanged} unchanged, {problems} need a look.",
		},
		report: {
			heading: "Scrapbox (Cosense) import report",
			project: "Project",
			date: "Imported",
			pages: "Pages in the export",
			written: "Notes written",
			unchanged: "Notes unchanged",
			failed: "Failed",
			skipped: "Skipped",
			conflict: "Left as they were",
			warning: "Warnings",
			images: "Images not downloaded",
			stopped: "The import was stopped; {count} pages were not imported.",
			usedIn: "used in {notes}",
		},
		problem: {
			"page-not-object": "This entry is not a page; it was skipped.",
			"missing-title": "The page has no title; it was skipped.",
			"lines-not-list": "The page's lines are not a list; it was skipped.",
			"bad-line": "A line is neither text nor a line with text; the page was skipped.",
			"conversion-error": "Could not convert the page: {detail}",
			"write-error": "Could not write the note: {detail}",
			"edited-since-import": "The note was edited since it was imported; it was left as it is.",
			"not-imported-note": "A note the importer did not write is already at this path; it was left as it is.",
			"control-characters": "Control characters were removed from the text.",
			"title-line-differs": "The page's first line differs from its title; it was kept as the note's first line.",
			"duplicate-title": "Another page has the same title as Scrapbox compares titles; this page was saved under another name.",
			"image-download": "Could not download {url}: {detail}",
		},
		error: {
			"not-json": "This file is not JSON, so it is not a Scrapbox (Cosense) export. Nothing was imported.",
			roam: "This looks like a {app} export, not a Scrapbox (Cosense) export. Nothing was imported.",
			notion: "This looks like a {app} export, not a Scrapbox (Cosense) export. Nothing was imported.",
			"single-page": "This is a single page, not a project export. Export the whole project from its settings ({menu}). Nothing was imported.",
			"not-export": "This JSON file is not a Scrapbox (Cosense) export: it has no list of pages. Nothing was imported.",
			empty: "This Scrapbox (Cosense) export has no pages. Nothing was imported.",
		},
		convert: {
			original: "The Scrapbox original of this note, kept when it was converted to Markdown. Delete this comment and the code block under it when you no longer need them.",
			done: "Converted to Markdown. The original Scrapbox text is kept in a code block at the end of the note; delete it when you no longer need it.",
			notRaw: "This note is not raw Scrapbox notation, so it was not changed.",
			alreadyConverted: "This note already keeps a Scrapbox original; it was not converted again.",
			failed: "Could not convert the note: {message}",
		},
	},
	settings: {
		heading: {
			import: "Import",
		},
		import: {
			desc: "Defaults for the import window; the window remembers what you chose last.",
		},
	},
};
