import { resolve } from "node:path";
import { UsageError, type CliCommand, type ParsedArgs } from "./command";
import { t } from "../i18n";

/** Splits a command's arguments, rejecting options the command does not declare. */
export function parseArgs(argv: string[], command: Pick<CliCommand, "valueOptions" | "switchOptions">): ParsedArgs {
	const valueOptions = new Set(command.valueOptions ?? []);
	const switchOptions = new Set(command.switchOptions ?? []);
	const positionals: string[] = [];
	const options = new Map<string, string | true>();
	let json = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === "--") {
			positionals.push(...argv.slice(i + 1));
			break;
		}
		if (!arg.startsWith("--") || arg === "-") {
			positionals.push(arg);
			continue;
		}
		const eq = arg.indexOf("=");
		const name = arg.slice(2, eq === -1 ? undefined : eq);
		if (name === "json" && eq === -1) {
			json = true;
		} else if (valueOptions.has(name)) {
			const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
			if (value === undefined) throw new UsageError(t("cli.error.missingArgument", { argument: `--${name}` }));
			options.set(name, value);
		} else if (switchOptions.has(name) && eq === -1) {
			options.set(name, true);
		} else {
			throw new UsageError(t("cli.error.unknownOption", { option: arg }));
		}
	}
	return { positionals, options, json };
}

/** The positional at `index`, or a usage error naming it. */
export function requirePositional(args: ParsedArgs, index: number, name: string): string {
	const value = args.positionals[index];
	if (value === undefined) throw new UsageError(t("cli.error.missingArgument", { argument: name }));
	return value;
}

/** Fails when more positionals were given than the command takes. */
export function rejectExtraPositionals(args: ParsedArgs, count: number): void {
	if (args.positionals.length > count) {
		throw new UsageError(t("cli.error.extraArgument", { argument: args.positionals[count] }));
	}
}

/** A command's one path argument (`name` as in its usage), resolved against `cwd`; a second is a usage error. */
export function onlyPathArgument(args: ParsedArgs, cwd: string, name: string): string {
	const path = requirePositional(args, 0, name);
	rejectExtraPositionals(args, 1);
	return resolve(cwd, path);
}
