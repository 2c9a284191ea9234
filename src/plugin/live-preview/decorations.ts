/**
 * Live Preview line decorations for quote units, built for the visible lines
 * only: classes on each `.cm-line` of a quote and of its commentary, the
 * unit's first line in `data-sbl-unit`, the commentary depth, a date mark on
 * dated quote lines, and the fold toggle at the end of the quote.
 *
 * | class | on |
 * |---|---|
 * | `sbl-lp-quote` | every line of a quote block |
 * | `sbl-lp-unit-head` | the quote's first line |
 * | `sbl-lp-has-commentary` | quote lines of a unit with commentary |
 * | `sbl-lp-comment`, `sbl-lp-depth-N` | commentary lines (continuation lines too), N from 0 |
 * | `sbl-lp-unit-last` | the unit's last line |
 */
import { foldedRanges } from "@codemirror/language";
import { RangeSetBuilder, type EditorState } from "@codemirror/state";
import { Decoration, WidgetType, type DecorationSet, type EditorView } from "@codemirror/view";
import { parseDatedText } from "../../core/dates";
import { flattenCommentary, quotesInRange, type NoteStructure, type QuoteBlock } from "../../core/quotes";

interface LineInfo {
	classes: string[];
	unit: number;
	/** Date mark: offset and length in the line. */
	date?: [number, number];
	/** The toggle at the line's end. */
	toggle?: QuoteBlock;
}

/** The fold toggle: a button at the end of the quote's last line. */
export class FoldToggleWidget extends WidgetType {
	constructor(
		readonly unit: number,
		readonly count: number,
		readonly folded: boolean,
		readonly labels: ToggleLabels,
		readonly onToggle: (view: EditorView, unit: number) => void,
	) {
		super();
	}

	override eq(other: FoldToggleWidget): boolean {
		return other.unit === this.unit && other.count === this.count && other.folded === this.folded && other.labels === this.labels;
	}

	override toDOM(view: EditorView): HTMLElement {
		const button = createEl("button", { cls: ["sbl-fold-toggle", "sbl-lp-toggle"], attr: { type: "button", "data-sbl-unit": String(this.unit) } });
		button.createSpan({ cls: "sbl-fold-chevron", attr: { "aria-hidden": "true" } });
		button.createSpan({ cls: "sbl-fold-label", text: this.labels.text(this.folded, this.count) });
		button.setAttribute("aria-expanded", this.folded ? "false" : "true");
		button.setAttribute("aria-label", this.labels.aria(this.folded));
		if (this.folded) button.addClass("is-folded");
		// The editor must not move the cursor into the line on press; the click does the work.
		button.addEventListener("mousedown", (event) => event.preventDefault());
		button.addEventListener("click", (event) => {
			event.preventDefault();
			this.onToggle(view, this.unit);
		});
		return button;
	}

	override ignoreEvent(): boolean {
		return true;
	}
}

export interface ToggleLabels {
	text(folded: boolean, count: number): string;
	aria(folded: boolean): string;
}

function add(lines: Map<number, LineInfo>, line: number, unit: number, ...classes: string[]): LineInfo {
	let info = lines.get(line);
	if (!info) {
		info = { classes: [], unit };
		lines.set(line, info);
	}
	// A quote inside another quote's commentary: the innermost unit names the line.
	info.unit = unit;
	for (const cls of classes) if (!info.classes.includes(cls)) info.classes.push(cls);
	return info;
}

/** Whether the commentary of `block` is folded right now. */
export function isFolded(state: EditorState, block: QuoteBlock): boolean {
	if (!block.commentaryRange || block.to + 1 > state.doc.lines) return false;
	const from = state.doc.line(block.to + 1).to;
	let found = false;
	foldedRanges(state).between(from, from, (a) => {
		if (a === from) found = true;
	});
	return found;
}

/** What each visible line gets, for the 0-based lines `from`–`to`. */
function plan(state: EditorState, structure: NoteStructure, ranges: readonly { from: number; to: number }[]): Map<number, LineInfo> {
	const lines = new Map<number, LineInfo>();
	const doc = state.doc;
	for (const range of ranges) {
		const first = doc.lineAt(range.from).number - 1;
		const last = doc.lineAt(range.to).number - 1;
		for (const block of quotesInRange(structure, first, last)) {
			const hasCommentary = block.commentaryRange !== null;
			for (const quoteLine of block.lines) {
				if (quoteLine.line < first || quoteLine.line > last) continue;
				const info = add(lines, quoteLine.line, block.from, "sbl-lp-quote");
				if (quoteLine.line === block.from) add(lines, quoteLine.line, block.from, "sbl-lp-unit-head");
				if (hasCommentary) add(lines, quoteLine.line, block.from, "sbl-lp-has-commentary");
				else if (quoteLine.line === block.to) add(lines, quoteLine.line, block.from, "sbl-lp-unit-last");
				if (quoteLine.text !== "" && /^[0-9０-９A-Za-z明大昭平令]/.test(quoteLine.text)) {
					const dated = parseDatedText(quoteLine.text);
					if (dated && dated.date.length > 0) info.date = [quoteLine.offset, dated.date.length];
				}
				if (quoteLine.line === block.to && hasCommentary) info.toggle = block;
			}
			const range = block.commentaryRange;
			if (!range || range.to < first || range.from > last) continue;
			for (const item of flattenCommentary(block.commentary)) {
				if (item.line > last) break;
				const end = Math.min(item.to, last);
				for (let l = Math.max(item.line, first); l <= end; l++) add(lines, l, block.from, "sbl-lp-comment", `sbl-lp-depth-${Math.min(item.depth, 5)}`);
			}
			if (range.to >= first && range.to <= last) add(lines, range.to, block.from, "sbl-lp-unit-last");
		}
	}
	return lines;
}

const lineDecoCache = new Map<string, Decoration>();

function lineDecoration(classes: string[], unit: number): Decoration {
	const key = `${classes.join(" ")}|${unit}`;
	let deco = lineDecoCache.get(key);
	if (!deco) {
		deco = Decoration.line({ class: classes.join(" "), attributes: { "data-sbl-unit": String(unit) } });
		// Bounded: one entry per class set and unit line; long sessions over many notes cannot grow it without end.
		if (lineDecoCache.size > 20000) lineDecoCache.clear();
		lineDecoCache.set(key, deco);
	}
	return deco;
}

const DATE_MARK = Decoration.mark({ class: "sbl-lp-date" });

/** The decorations for the visible ranges. */
export function buildDecorations(
	state: EditorState,
	structure: NoteStructure,
	ranges: readonly { from: number; to: number }[],
	labels: ToggleLabels,
	onToggle: (view: EditorView, unit: number) => void,
): DecorationSet {
	if (structure.quotes.length === 0) return Decoration.none;
	const lines = plan(state, structure, ranges);
	if (lines.size === 0) return Decoration.none;
	const builder = new RangeSetBuilder<Decoration>();
	const order = Array.from(lines.keys()).sort((a, b) => a - b);
	for (const n of order) {
		if (n >= state.doc.lines) continue;
		const info = lines.get(n) as LineInfo;
		const line = state.doc.line(n + 1);
		builder.add(line.from, line.from, lineDecoration(info.classes, info.unit));
		if (info.date) {
			const from = line.from + info.date[0];
			const to = Math.min(line.to, from + info.date[1]);
			if (to > from) builder.add(from, to, DATE_MARK);
		}
		if (info.toggle) {
			const block = info.toggle;
			const count = flattenCommentary(block.commentary).length;
			builder.add(line.to, line.to, Decoration.widget({ widget: new FoldToggleWidget(block.from, count, isFolded(state, block), labels, onToggle), side: 1 }));
		}
	}
	return builder.finish();
}
