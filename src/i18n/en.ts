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
