/**
 * The `scrapbox-lens` executable (built to dist/cli.js). Node only; never bundled into the plugin.
 * The command line and each command are loaded on demand (chunks of their own in the build), so
 * a worker thread, which runs this file again, loads only what its role needs (see roles.ts).
 */
import { useWorkerScript, WORKER_ARGUMENT } from "./worker-script";
import { loadWorkerRole, setLanguageFromEnvironment } from "./roles";

// Only a worker's argv carries the marker, and only then is `node:worker_threads` loaded to confirm it.
const workers = process.argv[2] === WORKER_ARGUMENT ? await import("./workers") : undefined;
if (workers === undefined || workers.workerRole() === undefined) {
	const [{ runCli }] = await Promise.all([import("./run"), setLanguageFromEnvironment()]);
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
	await loadWorkerRole(workers.workerRole());
	await workers.runWorkerRole();
}
