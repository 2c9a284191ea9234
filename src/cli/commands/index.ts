/**
 * The registry of command-line commands. Each command lives in its own file
 * and is listed here once; `--help` is generated from this list.
 */
import type { CliCommand } from "../command";
import { importCommand } from "./import";
import { scanCommand } from "./scan";
import { timelineCommand } from "./timeline";
import { provenanceCommand } from "./provenance";

export const commands: CliCommand[] = [importCommand, scanCommand, timelineCommand, provenanceCommand];
