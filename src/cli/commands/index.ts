/**
 * The registry of command-line commands. Each command lives in its own file
 * and is listed here once; its module is imported only when it runs (a chunk of
 * its own in the built CLI). `--help` is generated from this list, with the
 * synopses in synopsis.ts that the command modules share.
 */
import type { LazyCliCommand } from "../command";
import { lazyCommand } from "./synopsis";

export const commands: LazyCliCommand[] = [
	lazyCommand("import", async () => (await import("./import")).importCommand),
	lazyCommand("scan", async () => (await import("./scan")).scanCommand),
	lazyCommand("timeline", async () => (await import("./timeline")).timelineCommand),
	lazyCommand("provenance", async () => (await import("./provenance")).provenanceCommand),
];
