/**
 * The quote model of the note in an editor, kept in a CodeMirror StateField so
 * both the decorations (a ViewPlugin) and the fold service read the same one.
 *
 * The model is rebuilt on every document change (`analyseNote` over the whole
 * note costs a fraction of a millisecond at 5,000 lines; bench/quotes.bench.ts)
 * and only then. Whether the note gets units at all (the render-scope setting
 * and the classifier) is decided when the editor opens a file, and again when
 * `refreshUnits` is dispatched: the ViewPlugin does that a moment after typing
 * stops, and the plugin does it when a setting changes.
 */
import { foldService } from "@codemirror/language";
import { StateEffect, StateField, type EditorState, type Extension } from "@codemirror/state";
import { analyseNote, type NoteStructure, type Notation } from "../../core/quotes";

/** Asks for the note's scope to be decided again (after a setting change or a pause in typing). */
export const refreshUnits = StateEffect.define<null>();

export interface UnitsDecision {
	/** Show units in this editor. */
	units: boolean;
	/** How the note is written: raw notes use the raw-notation model. */
	notation: Notation;
}

export interface UnitsFieldDeps {
	/** The note's path from the editor (`editorInfoField`), or null for an editor without a file. */
	fileOf(state: EditorState): string | null;
	/** Live Preview, not source mode (`editorLivePreviewField`). */
	livePreview(state: EditorState): boolean;
	/** Whether the note at `path` gets units, and in which notation. Only called when deciding. */
	decide(path: string, text: string): UnitsDecision;
}

export interface UnitsState {
	path: string | null;
	livePreview: boolean;
	decision: UnitsDecision;
	/** The model, or null when the editor shows no units. */
	structure: NoteStructure | null;
}

const OFF: UnitsDecision = { units: false, notation: "markdown" };

function analyse(state: EditorState, decision: UnitsDecision): NoteStructure | null {
	return decision.units ? analyseNote(state.doc.toJSON(), { notation: decision.notation }) : null;
}

function decideFor(state: EditorState, deps: UnitsFieldDeps): UnitsState {
	const path = deps.fileOf(state);
	const livePreview = deps.livePreview(state);
	let decision = OFF;
	if (path !== null && livePreview) {
		try {
			decision = deps.decide(path, state.doc.toString());
		} catch {
			decision = OFF;
		}
	}
	return { path, livePreview, decision, structure: analyse(state, decision) };
}

/** The field and the fold service that lets Obsidian's own fold commands fold a quote's commentary. */
export function unitsField(deps: UnitsFieldDeps): { field: StateField<UnitsState>; extension: Extension } {
	const field = StateField.define<UnitsState>({
		create: (state) => decideFor(state, deps),
		update(value, tr) {
			const path = deps.fileOf(tr.state);
			const livePreview = deps.livePreview(tr.state);
			if (path !== value.path || livePreview !== value.livePreview || tr.effects.some((e) => e.is(refreshUnits))) return decideFor(tr.state, deps);
			if (!tr.docChanged || !value.decision.units) return value;
			return { ...value, structure: analyse(tr.state, value.decision) };
		},
	});
	const service = foldService.of((state, lineStart) => {
		const units = state.field(field, false);
		if (!units?.structure) return null;
		return commentaryFoldRange(state, units.structure, state.doc.lineAt(lineStart).number - 1);
	});
	return { field, extension: [field, service] };
}

/**
 * The range that folds a quote's commentary: from the end of the quote's last
 * line to the end of the commentary's last line, so the quote stays in view.
 * `line` is any line of the quote (0-based); null when it has no commentary.
 */
export function commentaryFoldRange(state: EditorState, structure: NoteStructure, line: number): { from: number; to: number } | null {
	const quotes = structure.quotes;
	let lo = 0;
	let hi = quotes.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const block = quotes[mid];
		if (line < block.from) hi = mid - 1;
		else if (line > block.to) lo = mid + 1;
		else {
			const range = block.commentaryRange;
			if (!range || range.to >= state.doc.lines) return null;
			return { from: state.doc.line(block.to + 1).to, to: state.doc.line(range.to + 1).to };
		}
	}
	return null;
}
