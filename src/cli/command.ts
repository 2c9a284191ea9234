/**
 * The contract every command-line command follows. A command never prints or
 * exits by itself: it returns its result as text and as JSON, and the frame in
 * `run.ts` decides which to print and which exit code to give.
 */

/** Arguments after the command name, split into positionals and `--flags`. */
export interface ParsedArgs {
	positionals: string[];
	/** `--name value` and `--name=value` give a string; a bare `--name` gives `true`. */
	options: Map<string, string | true>;
	json: boolean;
}

export interface CommandResult {
	/** What `--json` prints: one JSON document. */
	json: unknown;
	/** What is printed without `--json`. */
	text: string;
	/** 0 unless the command wants to signal a handled failure with output. */
	exitCode?: 0 | 1;
}

export interface CliCommand {
	name: string;
	/** One line for `--help`. */
	summary: string;
	/** The argument synopsis, e.g. `<file-or-dir>`. */
	usage: string;
	/** Options this command takes that have a value (`--project NAME`). */
	valueOptions?: string[];
	/** Options this command takes that are bare switches. */
	switchOptions?: string[];
	run(args: ParsedArgs, io: CliIO): Promise<CommandResult>;
}

/**
 * A command as the registry lists it: what `--help` shows, and `load` for the
 * module that runs it. The built CLI loads only the command it runs, so a
 * command's code (and the core it needs) costs nothing to the others.
 */
export interface LazyCliCommand extends Pick<CliCommand, "name" | "summary" | "usage"> {
	load(): Promise<CliCommand>;
}

export interface CliIO {
	cwd: string;
	stdout(text: string): void;
	stderr(text: string): void;
	/** Progress for long work; goes to stderr so `--json` output stays clean. */
	progress?(text: string): void;
}

/** Bad input the user can fix (a missing file, a wrong-shape export): exit 1. */
export class CliError extends Error {}

/** The command line itself is wrong (unknown option, missing argument): exit 2. */
export class UsageError extends Error {}
