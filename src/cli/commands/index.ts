/**
 * The registry of command-line commands. Each command lives in its own file
 * and is listed here once; `--help` is generated from this list.
 */
import type { CliCommand } from "../command";

export const commands: CliCommand[] = [];
