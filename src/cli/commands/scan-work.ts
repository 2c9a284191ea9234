/**
 * The per-note work of `scan`: the classifier's verdict as the command prints
 * it. A module of its own so that the worker thread doing it (roles.ts) loads
 * the classifier and nothing of the command line.
 */
// Before the classifier or converter first runs: V8 tiering for a long one-off run (see tiering.ts).
import "../tiering";
import { classifyNote, type Flavour } from "../../core/detect";
import { registerNoteWork, type NoteWorkFactory } from "../note-work";

export interface ScanResult {
	path: string;
	flavour: Flavour | null;
	score: number;
	reasons: string[];
}

export const SCAN_ROLE = "scan";

export const classifyForScan: NoteWorkFactory<null, ScanResult> = () => (path, text) => {
	const { flavour, score, reasons } = classifyNote(text, path);
	return { path, flavour, score, reasons };
};

registerNoteWork(SCAN_ROLE, classifyForScan);
