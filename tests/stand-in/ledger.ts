/**
 * Process-wide accounting of what plugins register through Component's
 * register* helpers (DOM listeners, intervals, scope handlers), so a test can
 * prove that unloading leaves nothing alive. The app-level registrations
 * (commands, views, processors, …) are counted by the App itself.
 */
export type LedgerKind = "domEvents" | "intervals" | "scopeEvents";

const live: Record<LedgerKind, Set<object>> = {
	domEvents: new Set(),
	intervals: new Set(),
	scopeEvents: new Set(),
};

/** Records a live registration; the returned function forgets it. */
export function track(kind: LedgerKind, token: object): () => void {
	live[kind].add(token);
	return () => {
		live[kind].delete(token);
	};
}

export function liveCount(kind: LedgerKind): number {
	return live[kind].size;
}

/** Forgets everything (between tests that create several apps). */
export function resetLedger(): void {
	for (const set of Object.values(live)) set.clear();
}
