/** English UI strings: cli. */
export const cli = {
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
