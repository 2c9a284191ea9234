/**
 * The Live Preview extension: quote units joined by line decorations, and the
 * commentary folded with CodeMirror's own folding (@codemirror/language).
 *
 * Why the language package's folds, not a field of our own: Obsidian's editor
 * keeps its folds (headings, lists) in that package's `foldState` — plugins such
 * as vslinko/obsidian-outliner read and write Obsidian's folds through
 * `foldEffect`/`foldedRanges` — so a folded commentary looks and behaves like
 * Obsidian's own folds (the same placeholder, "Unfold all" opens it, and the
 * fold service offers it to fold commands from the keyboard). Where no fold state is
 * configured yet, the first fold adds `codeFolding()`, as the package's own
 * commands do.
 *
 * Decorations cover the visible ranges only and are rebuilt on document,
 * viewport and fold changes; the model is rebuilt by the field on document
 * changes only.
 */
import { codeFolding, foldEffect, foldState, unfoldEffect } from "@codemirror/language";
import { StateEffect, type Extension } from "@codemirror/state";
import { EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from "@codemirror/view";
import { Decoration } from "@codemirror/view";
import { buildDecorations, isFolded, type ToggleLabels } from "./decorations";
import { commentaryFoldRange, refreshUnits, unitsField, type UnitsFieldDeps, type UnitsState } from "./units-field";

export interface LivePreviewDeps extends UnitsFieldDeps {
	labels: ToggleLabels;
	/** Milliseconds after the last change before the note's scope is decided again. */
	redecideDelay?: number;
	/** Timers (the plugin passes window's, so they stop with the editor). */
	setTimer(fn: () => void, ms: number): number;
	clearTimer(id: number): void;
	/** Every live editor, so a setting change can refresh them all. */
	views?: Set<EditorView>;
}

/** Folds or unfolds the commentary of the unit whose quote starts on 0-based line `unit`. */
export function toggleCommentary(view: EditorView, field: { field: import("@codemirror/state").StateField<UnitsState> }, unit: number): boolean {
	const units = view.state.field(field.field, false);
	const structure = units?.structure;
	if (!structure) return false;
	const block = structure.quotes.find((q) => q.from === unit);
	if (!block) return false;
	const range = commentaryFoldRange(view.state, structure, block.from);
	if (!range) return false;
	const effects: StateEffect<unknown>[] = [isFolded(view.state, block) ? unfoldEffect.of(range) : foldEffect.of(range)];
	if (!view.state.field(foldState, false)) effects.push(StateEffect.appendConfig.of(codeFolding()));
	view.dispatch({ effects });
	return true;
}

function foldsChanged(update: ViewUpdate): boolean {
	for (const tr of update.transactions) for (const e of tr.effects) if (e.is(foldEffect) || e.is(unfoldEffect)) return true;
	return false;
}

export function quoteUnitsExtension(deps: LivePreviewDeps): Extension {
	const units = unitsField(deps);
	const onToggle = (view: EditorView, unit: number) => void toggleCommentary(view, units, unit);
	const delay = deps.redecideDelay ?? 1500;

	const plugin = ViewPlugin.fromClass(
		class {
			decorations: DecorationSet = Decoration.none;
			private timer: number | null = null;

			constructor(readonly view: EditorView) {
				deps.views?.add(view);
				this.build();
			}

			update(update: ViewUpdate): void {
				const before = update.startState.field(units.field, false);
				const after = update.state.field(units.field, false);
				if (update.docChanged && after?.decision.units) this.scheduleRedecide();
				if (before !== after || update.viewportChanged || foldsChanged(update)) this.build();
			}

			private build(): void {
				const state = this.view.state.field(units.field, false);
				if (!state?.structure) {
					this.decorations = Decoration.none;
					return;
				}
				try {
					this.decorations = buildDecorations(this.view.state, state.structure, this.view.visibleRanges, deps.labels, onToggle);
				} catch {
					// Never break the editor over decorations: show none.
					this.decorations = Decoration.none;
				}
			}

			/** A pause in typing: the note may have become (or stopped being) Scrapbox-flavoured. */
			private scheduleRedecide(): void {
				if (this.timer !== null) deps.clearTimer(this.timer);
				this.timer = deps.setTimer(() => {
					this.timer = null;
					this.view.dispatch({ effects: refreshUnits.of(null) });
				}, delay);
			}

			destroy(): void {
				if (this.timer !== null) deps.clearTimer(this.timer);
				deps.views?.delete(this.view);
			}
		},
		{ decorations: (v) => v.decorations },
	);
	return [units.extension, plugin];
}

/** Decides the scope of every open editor again (a setting changed). */
export function refreshEditors(views: Iterable<EditorView>): void {
	for (const view of Array.from(views)) view.dispatch({ effects: refreshUnits.of(null) });
}
