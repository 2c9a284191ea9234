/**
 * The registry of command-line commands. Each command lives in its own file
 * and is listed here once, with what `--help` shows; its module is imported
 * only when it runs (a chunk of its own in the built CLI). `--help` is
 * generated from this list; tests/cli/registry.test.ts checks that each entry
 * matches its command.
 */
import type { LazyCliCommand } from "../command";
import { t } from "../../i18n";

export const commands: LazyCliCommand[] = [
	{
		name: "import",
		get summary(): string {
			return t("cli.import.summary");
		},
		usage: "<export.json> <out-dir> [--project NAME]",
		load: async () => (await import("./import")).importCommand,
	},
	{
		name: "scan",
		get summary(): string {
			return t("cli.scan.summary");
		},
		usage: "<dir>",
		load: async () => (await import("./scan")).scanCommand,
	},
	{
		name: "timeline",
		get summary(): string {
			return t("cli.timeline.summary");
		},
		usage: "<file-or-dir> [--unquoted]",
		load: async () => (await import("./timeline")).timelineCommand,
	},
	{
		name: "provenance",
		get summary(): string {
			return t("cli.provenance.summary");
		},
		usage: "<file-or-dir>",
		load: async () => (await import("./provenance")).provenanceCommand,
	},
];
