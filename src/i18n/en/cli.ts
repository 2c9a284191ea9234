/** English UI strings: the command line (never bundled into the plugin). */
export const cli = {
	cli: {
		usage: "Usage: scrapbox-lens <command> [args] [--json]",
		commands: "Commands:",
		options: "Options:",
		option: {
			json: "Print one JSON document on stdout instead of text.",
			help: "Show this help, or a command's help.",
			version: "Print the version.",
		},
		error: {
			unknownCommand: "Unknown command \"{command}\". Run scrapbox-lens --help for the list.",
			unknownOption: "Unknown option \"{option}\".",
			missingArgument: "Missing argument: {argument}.",
			extraArgument: "Unexpected argument \"{argument}\".",
			notFound: "No such file or folder: {path}",
			notMarkdown: "Not a Markdown file: {path}",
		},
		import: {
			summary: "Import a Scrapbox (Cosense) export JSON into a folder of Markdown notes.",
			notFolder: "Not a folder: {path}",
			cannotCreate: "Cannot create the folder {path}: {message}",
			progress: "import: {done}/{total} pages",
			result: "Imported {pages} pages into {folder}: {written} written, {unchanged} unchanged, {skipped} skipped, {failed} failed.",
			resultProject: "Imported {pages} pages of {project} into {folder}: {written} written, {unchanged} unchanged, {skipped} skipped, {failed} failed.",
			report: "Report: {path}",
		},
		scan: {
			summary: "Find Scrapbox-flavoured notes (raw, converted, translated) in a folder.",
		},
		provenance: {
			summary: "Read the translation-provenance footers of a note or folder.",
		},
		timeline: {
			summary: "Print the dated quotes of a note or folder as a timeline.",
		},
	},
};
