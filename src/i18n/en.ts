/**
 * English UI strings: the reference table. Every key here must also exist in
 * `ja.ts` (the type checker enforces it). Placeholders are `{name}`.
 * Sentence case throughout; "Scrapbox" and "Cosense" are brand names.
 */
export const en = {
	"plugin.name": "Scrapbox Lens",

	"settings.heading.general": "General",
	"settings.language.name": "Language",
	"settings.language.desc": "Language of this plugin's interface. Automatic follows Obsidian.",
	"settings.language.auto": "Automatic",

	"flavour.raw": "Raw Scrapbox notation",
	"flavour.converted": "Converted from Scrapbox",
	"flavour.translated": "Translated Scrapbox page",
	"flavour.none": "Not Scrapbox-flavoured",

	"status.flavour": "Scrapbox: {flavour}",
	"status.tooltipHeading": "Why this note looks Scrapbox-flavoured (confidence {score}%):",
	"status.noReasons": "No evidence recorded.",

	"list.title": "Scrapbox-flavoured notes",
	"list.filterByFlavour": "Filter by flavour",
	"list.filterPlaceholder": "Filter by path…",
	"list.all": "All",
	"list.indexing": "Looking through the vault: {done} of {total} notes…",
	"list.summary": "{found} of {total} notes are Scrapbox-flavoured.",
	"list.showMore": "Show {count} more",
	"list.empty": "No Scrapbox-flavoured notes match.",
	"list.emptyWhileIndexing": "Still looking through the vault…",

	"command.showNotes": "Show Scrapbox-flavoured notes",
	"command.markDetected": "Mark detected notes with their Scrapbox flavour",
	"notice.markDetected.none": "No detected notes need the property.",
	"notice.markDetected.done": "Wrote the \"scrapbox\" property on {count} notes.",
	"modal.markDetected.title": "Mark notes with their Scrapbox flavour",
	"modal.markDetected.body": "This adds a \"scrapbox\" property (its value is the flavour) to {count} detected notes that do not have it. Nothing else in the notes changes.",
	"modal.confirm": "Continue",
	"modal.cancel": "Cancel",
	"modal.stop": "Stop",
	"modal.close": "Close",

	"settings.heading.reading": "Reading",
	"settings.renderScope.name": "Notes that get Scrapbox rendering",
	"settings.renderScope.desc": "Which notes get quote grouping, icons, date chips and the provenance card.",
	"settings.renderScope.detected": "Detected Scrapbox-flavoured notes",
	"settings.renderScope.all": "All notes",
	"settings.renderScope.none": "None",
	"settings.statusBar.name": "Show the flavour in the status bar",
	"settings.statusBar.desc": "Shows whether the active note is raw, converted or translated, with the evidence on hover.",

	"batch.counts": "Done: {done} · Skipped: {skipped} · Failed: {failed} · Remaining: {remaining}",
	"batch.moreFailures": "…and {count} more.",

	"notice.loaded": "Scrapbox Lens is ready.",

	"cli.usage": "Usage: scrapbox-lens <command> [args] [--json]",
	"cli.commands": "Commands:",
	"cli.options": "Options:",
	"cli.option.json": "Print one JSON document on stdout instead of text.",
	"cli.option.help": "Show this help, or a command's help.",
	"cli.option.version": "Print the version.",
	"cli.error.unknownCommand": "Unknown command \"{command}\". Run scrapbox-lens --help for the list.",
	"cli.error.unknownOption": "Unknown option \"{option}\".",
	"cli.error.missingArgument": "Missing argument: {argument}.",
	"cli.error.extraArgument": "Unexpected argument \"{argument}\".",
	"cli.error.notFound": "No such file or folder: {path}",
	"cli.error.notMarkdown": "Not a Markdown file: {path}",
} as const;

export type MessageKey = keyof typeof en;
