/** The `scrapbox-lens` executable (built to dist/cli.js). Node only; never bundled into the plugin. */
// First, before any command code has run: V8 tiering for a one-off run (see tiering.ts).
import "./tiering";
import { isMainThread } from "node:worker_threads";
import { runCli } from "./run";
import { runWorkerRole, useWorkerScript, workerRole } from "./workers";
import { loadWorkerRole } from "./commands";
import { languageFromCode, setLanguage } from "../i18n";

setLanguage(languageFromCode(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG));

if (isMainThread) {
	// Commands start this same file again as worker threads (see workers.ts).
	useWorkerScript(new URL(import.meta.url));
	const code = await runCli(process.argv.slice(2), {
		cwd: process.cwd(),
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
		progress: process.stderr.isTTY ? (text) => process.stderr.write(`\r${text}\x1b[K`) : undefined,
	});
	process.exitCode = code;
} else {
	// A worker: its role is registered by the module of the command that started it.
	const role = workerRole();
	if (role !== undefined) await loadWorkerRole(role);
	await runWorkerRole();
}
