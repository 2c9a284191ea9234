/**
 * Worker threads for the command line, so CPU work (classifying, converting)
 * runs on a second core while the main thread reads or writes files.
 *
 * A worker is the CLI's own file (dist/cli.js) started again with a role in
 * `workerData` and `WORKER_ARGUMENT` in its argv: `main.ts` hands its URL to
 * `useWorkerScript` (worker-script.ts) and, in a worker,
 * loads only the module that registers the role (roles.ts) and calls
 * `runWorkerRole` instead of the command line. Where no script was given
 * (the tests, which run the sources) or a worker cannot start, commands do the
 * same work on the main thread, with the same results.
 */
import { Worker, isMainThread, parentPort, workerData, type MessagePort, type ResourceLimits } from "node:worker_threads";
import { WORKER_ARGUMENT, workerScript } from "./worker-script";

/** What a role does in its worker: it talks to the main thread through `port`. */
export type WorkerRole = (data: unknown, port: MessagePort) => void | Promise<void>;

interface RoleData {
	scrapboxLensRole: string;
	data: unknown;
}

const roles = new Map<string, WorkerRole>();

/** Makes a role available to workers; each command module registers its own. */
export function registerWorkerRole(name: string, role: WorkerRole): void {
	roles.set(name, role);
}

/** Starts a worker for `role`, or returns undefined when workers are not available here. */
export function startWorker(role: string, data: unknown, resourceLimits?: ResourceLimits): Worker | undefined {
	const script = workerScript();
	if (script === undefined || !roles.has(role)) return undefined;
	try {
		const payload: RoleData = { scrapboxLensRole: role, data };
		// `stdout`/`stderr` stay the parent's; a worker never prints (results go through messages).
		return new Worker(script, { workerData: payload, resourceLimits, argv: [WORKER_ARGUMENT] });
	} catch {
		return undefined;
	}
}

/** In a worker started by `startWorker`: the name of its role. On the main thread: undefined. */
export function workerRole(): string | undefined {
	if (isMainThread) return undefined;
	return (workerData as Partial<RoleData> | undefined)?.scrapboxLensRole;
}

/** In a worker started by `startWorker`: runs its role and returns true. On the main thread: false. */
export async function runWorkerRole(): Promise<boolean> {
	if (isMainThread || parentPort === null) return false;
	const payload = workerData as Partial<RoleData> | undefined;
	const role = payload?.scrapboxLensRole !== undefined ? roles.get(payload.scrapboxLensRole) : undefined;
	if (role === undefined) throw new Error(`unknown worker role: ${String(payload?.scrapboxLensRole)}`);
	await role(payload?.data, parentPort);
	return true;
}
