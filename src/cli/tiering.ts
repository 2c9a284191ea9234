/**
 * V8 tiering for a one-off command-line run of heavy per-note work. Imported
 * by the modules of `scan` and `import` (and their workers), so it runs before
 * the classifier or converter is first called. `timeline` and `provenance` do
 * not use it: their per-note work is light, and on the corpus the delayed
 * optimisation cost them about 20 ms (250 vs 270 ms), plus loading `node:v8`.
 *
 * V8 optimises a function with TurboFan once it has run "enough" (its interrupt
 * budget, 66 KB of bytecode by default on V8 11). A `scan` or `timeline` over a
 * few MB of notes crosses that early, while the classifier's type feedback is
 * still incomplete: its large functions (scanBody, weighBracket) were compiled
 * two or three times each, after deoptimisations, on a 2-core machine whose
 * other core the file reads need. On the 2.6 MB corpus the first pass cost about
 * 260 ms of CPU with the default budget and about 120 ms with a budget of
 * 300,000 (the same as with no TurboFan at all); over ten passes it cost 780 vs
 * 605 ms, as later optimisation sees settled feedback and deoptimises less.
 * The budget changes when code is optimised, never what it computes.
 *
 * Applied on V8 11 only (Node 20 and 21), where it was measured: other V8
 * versions tier differently (Node 22 adds Maglev), and V8 writes "unrecognized
 * flag" to stderr for a flag it lacks.
 */
import { setFlagsFromString } from "node:v8";

/** Bytecode-weighted budget before a function is considered for TurboFan. */
export const INTERRUPT_BUDGET = 300_000;

/** Sets the budget when `v8Version` is one it was measured on; returns whether it did. */
export function tuneTiering(v8Version: string = process.versions.v8, setFlags: (flags: string) => void = setFlagsFromString): boolean {
	if (Number.parseInt(v8Version, 10) !== 11) return false;
	try {
		setFlags(`--interrupt-budget=${INTERRUPT_BUDGET}`);
		return true;
	} catch {
		return false;
	}
}

tuneTiering();
