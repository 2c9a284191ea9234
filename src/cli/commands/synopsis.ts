/**
 * Each command's name, argument synopsis and one-line summary, held once. The
 * registry (index.ts) lists commands with these so `--help` needs no command
 * module; each command module takes the same synopsis for its own `--help`.
 */
import type { CliCommand, LazyCliCommand } from "../command";
import { t } from "../../i18n";

const USAGE = {
	import: "<export.json> <out-dir> [--project NAME]",
	scan: "<dir>",
	timeline: "<file-or-dir> [--unquoted]",
	provenance: "<file-or-dir>",
} as const;

export type CommandName = keyof typeof USAGE;

type Synopsis = Pick<CliCommand, "name" | "summary" | "usage">;

/** The summary is a getter: it follows the language at the time `--help` runs, not at load. */
function synopsis(name: CommandName): Synopsis {
	return {
		name,
		usage: USAGE[name],
		get summary(): string {
			return t(`cli.${name}.summary`);
		},
	};
}

function withSynopsis<T extends object>(name: CommandName, body: T): T & Synopsis {
	return Object.defineProperties(body, Object.getOwnPropertyDescriptors(synopsis(name))) as T & Synopsis;
}

/** A command module's command: what it runs, under its synopsis. */
export function defineCommand(name: CommandName, body: Omit<CliCommand, keyof Synopsis>): CliCommand {
	return withSynopsis(name, body);
}

/** A registry entry: the synopsis, and `load` for the module that runs it. */
export function lazyCommand(name: CommandName, load: () => Promise<CliCommand>): LazyCliCommand {
	return withSynopsis(name, { load });
}
