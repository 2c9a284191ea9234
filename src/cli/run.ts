/**
 * The command-line frame: `scrapbox-lens <command> [args] [--json]`.
 * Exit codes: 0 success, 1 a handled error (one line on stderr), 2 bad usage.
 */
import { CliError, UsageError, type CliCommand, type CliIO, type LazyCliCommand } from "./command";
import { parseArgs } from "./args";
import { commands as registeredCommands } from "./commands";
import { t } from "../i18n";

export const VERSION: string = SCRAPBOX_LENS_VERSION;

/** A command, or its registry entry that loads it. */
type AnyCommand = CliCommand | LazyCliCommand;

export function helpText(commands: AnyCommand[]): string {
	const width = Math.max(10, ...commands.map((c) => c.name.length + 1 + c.usage.length));
	const lines = [
		`scrapbox-lens ${VERSION}`,
		t("cli.usage"),
		"",
		t("cli.commands"),
		...commands.map((c) => `  ${`${c.name} ${c.usage}`.padEnd(width)}  ${c.summary}`),
		"",
		t("cli.options"),
		`  ${"--json".padEnd(width)}  ${t("cli.option.json")}`,
		`  ${"--help".padEnd(width)}  ${t("cli.option.help")}`,
		`  ${"--version".padEnd(width)}  ${t("cli.option.version")}`,
	];
	return lines.join("\n") + "\n";
}

function commandHelp(command: AnyCommand): string {
	return `scrapbox-lens ${command.name} ${command.usage}\n  ${command.summary}\n`;
}

export async function runCli(argv: string[], io: CliIO, commands: AnyCommand[] = registeredCommands): Promise<number> {
	try {
		const [first, ...rest] = argv;
		if (first === undefined || first === "--help" || first === "-h" || first === "help") {
			io.stdout(helpText(commands));
			return first === undefined ? 2 : 0;
		}
		if (first === "--version" || first === "-v") {
			if (rest.includes("--json")) io.stdout(JSON.stringify({ version: VERSION }) + "\n");
			else io.stdout(`${VERSION}\n`);
			return 0;
		}
		const entry = commands.find((c) => c.name === first);
		if (!entry) throw new UsageError(t("cli.error.unknownCommand", { command: first }));
		if (rest.includes("--help") || rest.includes("-h")) {
			io.stdout(commandHelp(entry));
			return 0;
		}
		const command = "load" in entry ? await entry.load() : entry;
		const args = parseArgs(rest, command);
		const result = await command.run(args, io);
		if (args.json) io.stdout(JSON.stringify(result.json) + "\n");
		else io.stdout(result.text.endsWith("\n") ? result.text : result.text + "\n");
		return result.exitCode ?? 0;
	} catch (error) {
		if (error instanceof UsageError) {
			io.stderr(`scrapbox-lens: ${error.message}\n`);
			return 2;
		}
		if (error instanceof CliError) {
			io.stderr(`scrapbox-lens: ${firstLine(error.message)}\n`);
			return 1;
		}
		// An unexpected failure is still one line, but says it is a bug.
		const message = error instanceof Error ? error.message : String(error);
		io.stderr(`scrapbox-lens: internal error: ${firstLine(message)}\n`);
		return 1;
	}
}

function firstLine(text: string): string {
	return text.split(/\r?\n/, 1)[0];
}
