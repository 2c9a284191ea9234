/**
 * The Editor facade over a real CodeMirror 6 EditorView, the state fields
 * Obsidian exports (editorInfoField, editorLivePreviewField,
 * editorEditorField), and a stand-in of Obsidian's own line classes
 * (`HyperMD-quote HyperMD-quote-N`, `HyperMD-list-line HyperMD-list-line-N`,
 * `HyperMD-header HyperMD-header-N`, `HyperMD-codeblock`, `HyperMD-frontmatter`,
 * `HyperMD-task-line`) so plugin CSS and decorations meet the lines they would
 * meet in the app. Live Preview's rendering (hidden markup, widgets for links
 * and images) is not modelled: lines show their source text.
 */
import { history, redo, undo, indentMore, indentLess, deleteLine, cursorLineUp, cursorLineDown, cursorCharLeft, cursorCharRight, cursorDocStart, cursorDocEnd, cursorGroupLeft, cursorGroupRight, insertNewlineAndIndent, moveLineUp, moveLineDown } from "@codemirror/commands";
import { markdown } from "@codemirror/lang-markdown";
import { EditorSelection, EditorState, RangeSetBuilder, StateEffect, StateField, type Extension, type Text } from "@codemirror/state";
import { Decoration, EditorView, ViewPlugin, type DecorationSet } from "@codemirror/view";

export interface EditorPosition {
	line: number;
	ch: number;
}
export interface EditorRange {
	from: EditorPosition;
	to: EditorPosition;
}
export interface EditorRangeOrCaret {
	from: EditorPosition;
	to?: EditorPosition;
}
export interface EditorSelectionRange {
	anchor: EditorPosition;
	head: EditorPosition;
}
export interface EditorSelectionOrCaret {
	anchor: EditorPosition;
	head?: EditorPosition;
}
export interface EditorChange extends EditorRangeOrCaret {
	text: string;
}
export interface EditorTransaction {
	replaceSelection?: string;
	changes?: EditorChange[];
	selections?: EditorRangeOrCaret[];
	selection?: EditorRangeOrCaret;
}
export type EditorCommandName =
	| "goUp"
	| "goDown"
	| "goLeft"
	| "goRight"
	| "goStart"
	| "goEnd"
	| "goWordLeft"
	| "goWordRight"
	| "indentMore"
	| "indentLess"
	| "newlineAndIndent"
	| "swapLineUp"
	| "swapLineDown"
	| "deleteLine"
	| "toggleFold"
	| "foldAll"
	| "unfoldAll";

/** What editorInfoField holds: the MarkdownView (or another MarkdownFileInfo). */
export interface MarkdownFileInfo {
	app: unknown;
	file: unknown;
	editor?: Editor;
}

// The values are supplied per editor with `.init(...)`; these defaults only apply to a bare EditorState.
export const editorInfoField = StateField.define<MarkdownFileInfo>({
	create: () => ({ app: null, file: null }),
	update: (value) => value,
});
/** Deprecated in Obsidian: the same field as editorInfoField. */
export const editorViewField = editorInfoField;
/** Stand-in effects: the MarkdownView flips Live Preview and hands the field its EditorView. */
export const setLivePreviewEffect = StateEffect.define<boolean>();
export const setEditorViewEffect = StateEffect.define<EditorView>();
export const editorLivePreviewField = StateField.define<boolean>({
	create: () => false,
	update: (value, tr) => {
		for (const e of tr.effects) if (e.is(setLivePreviewEffect)) return e.value;
		return value;
	},
});
export const editorEditorField = StateField.define<EditorView | null>({
	create: () => null,
	update: (value, tr) => {
		for (const e of tr.effects) if (e.is(setEditorViewEffect)) return e.value;
		return value;
	},
});

export interface LivePreviewStateType {
	mousedown: boolean;
}
export const livePreviewState = ViewPlugin.define<LivePreviewStateType>(() => ({ mousedown: false }));

/** Obsidian's line classes, computed for the whole document (the notes here are small). */
function lineClasses(doc: Text): DecorationSet {
	const builder = new RangeSetBuilder<Decoration>();
	let inFence: string | null = null;
	let inFrontmatter = doc.lines > 0 && doc.line(1).text.trim() === "---";
	const listIndents: number[] = [];
	for (let n = 1; n <= doc.lines; n++) {
		const line = doc.line(n);
		const text = line.text.replace(/\t/g, "    ");
		const classes: string[] = [];
		const attrs: Record<string, string> = {};
		if (inFrontmatter) {
			classes.push("HyperMD-frontmatter");
			if (n > 1 && /^(---|\.\.\.)\s*$/.test(text)) inFrontmatter = false;
		} else if (inFence !== null) {
			classes.push("HyperMD-codeblock", "HyperMD-codeblock-bg");
			if (text.trim().startsWith(inFence)) {
				classes.push("HyperMD-codeblock-end");
				inFence = null;
			}
		} else {
			const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(text);
			const list = /^(\s*)([-*+]|\d+[.)])(\s+|$)/.exec(text);
			const quote = /^\s{0,3}((?:>\s?)+)/.exec(text);
			const heading = /^\s{0,3}(#{1,6})(\s|$)/.exec(text);
			if (fence) {
				inFence = fence[1];
				classes.push("HyperMD-codeblock", "HyperMD-codeblock-begin", "HyperMD-codeblock-bg");
			} else if (list) {
				const indent = list[1].length;
				while (listIndents.length > 0 && listIndents[listIndents.length - 1] > indent) listIndents.pop();
				if (listIndents.length === 0 || listIndents[listIndents.length - 1] < indent) listIndents.push(indent);
				classes.push("HyperMD-list-line", `HyperMD-list-line-${listIndents.length}`);
				const task = /^\[(.)\]/.exec(text.slice(list[0].length));
				if (task) {
					classes.push("HyperMD-task-line");
					attrs["data-task"] = task[1];
				}
				attrs.style = `text-indent: -${list[0].length}ch; padding-inline-start: ${list[0].length}ch;`;
			} else if (quote) {
				const depth = (quote[1].match(/>/g) ?? []).length;
				classes.push("HyperMD-quote", `HyperMD-quote-${depth}`);
			} else if (heading) {
				classes.push("HyperMD-header", `HyperMD-header-${heading[1].length}`);
			}
			if (!list && text.trim() !== "" && !/^\s/.test(text)) listIndents.length = 0;
			if (!list && /^\s+\S/.test(text) && listIndents.length > 0) classes.push("HyperMD-list-line", "HyperMD-list-line-nobullet");
		}
		if (classes.length > 0) builder.add(line.from, line.from, Decoration.line({ class: classes.join(" "), attributes: attrs }));
	}
	return builder.finish();
}

const obsidianLineClasses = StateField.define<DecorationSet>({
	create: (state) => lineClasses(state.doc),
	update: (value, tr) => (tr.docChanged ? lineClasses(tr.state.doc) : value),
	provide: (field) => EditorView.decorations.from(field),
});

/** The extensions every stand-in Markdown editor has before the plugins' own. */
export function baseEditorExtensions(): Extension[] {
	return [history(), markdown(), obsidianLineClasses, EditorView.lineWrapping, EditorView.contentAttributes.of({ spellcheck: "false" })];
}

export abstract class Editor {
	getDoc(): this {
		return this;
	}
	abstract refresh(): void;
	abstract getValue(): string;
	abstract setValue(content: string): void;
	abstract getLine(line: number): string;
	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}
	abstract lineCount(): number;
	abstract lastLine(): number;
	abstract getSelection(): string;
	somethingSelected(): boolean {
		return this.getSelection().length > 0;
	}
	abstract getRange(from: EditorPosition, to: EditorPosition): string;
	abstract replaceSelection(replacement: string, origin?: string): void;
	abstract replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition, origin?: string): void;
	abstract getCursor(string?: "from" | "to" | "head" | "anchor"): EditorPosition;
	abstract listSelections(): EditorSelectionRange[];
	setCursor(pos: EditorPosition | number, ch?: number): void {
		const at = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this.setSelection(at, at);
	}
	abstract setSelection(anchor: EditorPosition, head?: EditorPosition): void;
	abstract setSelections(ranges: EditorSelectionOrCaret[], main?: number): void;
	abstract focus(): void;
	abstract blur(): void;
	abstract hasFocus(): boolean;
	abstract getScrollInfo(): { top: number; left: number };
	abstract scrollTo(x?: number | null, y?: number | null): void;
	abstract scrollIntoView(range: EditorRange, center?: boolean): void;
	abstract undo(): void;
	abstract redo(): void;
	abstract exec(command: EditorCommandName): void;
	abstract transaction(tx: EditorTransaction, origin?: string): void;
	abstract wordAt(pos: EditorPosition): EditorRange | null;
	abstract posToOffset(pos: EditorPosition): number;
	abstract offsetToPos(offset: number): EditorPosition;
	processLines<T>(
		read: (line: number, lineText: string) => T | null,
		write: (line: number, lineText: string, value: T | null) => EditorChange | void,
		ignoreEmpty = false,
	): void {
		const changes: EditorChange[] = [];
		for (let n = 0; n < this.lineCount(); n++) {
			const text = this.getLine(n);
			if (ignoreEmpty && text.trim() === "") continue;
			const change = write(n, text, read(n, text));
			if (change) changes.push(change);
		}
		if (changes.length > 0) this.transaction({ changes });
	}
}

const COMMANDS: Partial<Record<EditorCommandName, (view: EditorView) => boolean>> = {
	goUp: cursorLineUp,
	goDown: cursorLineDown,
	goLeft: cursorCharLeft,
	goRight: cursorCharRight,
	goStart: cursorDocStart,
	goEnd: cursorDocEnd,
	goWordLeft: cursorGroupLeft,
	goWordRight: cursorGroupRight,
	indentMore,
	indentLess,
	newlineAndIndent: insertNewlineAndIndent,
	swapLineUp: moveLineUp,
	swapLineDown: moveLineDown,
	deleteLine,
};

/** The Editor a MarkdownView exposes, backed by its CodeMirror view. */
export class CmEditor extends Editor {
	constructor(readonly cm: EditorView) {
		super();
	}
	private get doc(): Text {
		return this.cm.state.doc;
	}
	posToOffset(pos: EditorPosition): number {
		const line = this.doc.line(Math.min(Math.max(pos.line, 0), this.doc.lines - 1) + 1);
		return Math.min(line.from + Math.max(pos.ch, 0), line.to);
	}
	offsetToPos(offset: number): EditorPosition {
		const line = this.doc.lineAt(Math.min(Math.max(offset, 0), this.doc.length));
		return { line: line.number - 1, ch: offset - line.from };
	}
	refresh(): void {
		this.cm.requestMeasure();
	}
	getValue(): string {
		return this.doc.toString();
	}
	setValue(content: string): void {
		this.cm.dispatch({ changes: { from: 0, to: this.doc.length, insert: content } });
	}
	getLine(line: number): string {
		return line >= 0 && line < this.doc.lines ? this.doc.line(line + 1).text : "";
	}
	lineCount(): number {
		return this.doc.lines;
	}
	lastLine(): number {
		return this.doc.lines - 1;
	}
	getSelection(): string {
		const { from, to } = this.cm.state.selection.main;
		return this.doc.sliceString(from, to);
	}
	getRange(from: EditorPosition, to: EditorPosition): string {
		return this.doc.sliceString(this.posToOffset(from), this.posToOffset(to));
	}
	replaceSelection(replacement: string): void {
		this.cm.dispatch(this.cm.state.replaceSelection(replacement));
	}
	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
		this.cm.dispatch({ changes: { from: this.posToOffset(from), to: this.posToOffset(to ?? from), insert: replacement } });
	}
	getCursor(which: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const sel = this.cm.state.selection.main;
		const offset = which === "from" ? sel.from : which === "to" ? sel.to : which === "anchor" ? sel.anchor : sel.head;
		return this.offsetToPos(offset);
	}
	listSelections(): EditorSelectionRange[] {
		return this.cm.state.selection.ranges.map((r) => ({ anchor: this.offsetToPos(r.anchor), head: this.offsetToPos(r.head) }));
	}
	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.cm.dispatch({ selection: EditorSelection.single(this.posToOffset(anchor), this.posToOffset(head ?? anchor)) });
	}
	setSelections(ranges: EditorSelectionOrCaret[], main?: number): void {
		const sel = ranges.map((r) => EditorSelection.range(this.posToOffset(r.anchor), this.posToOffset(r.head ?? r.anchor)));
		this.cm.dispatch({ selection: EditorSelection.create(sel, main ?? 0) });
	}
	focus(): void {
		this.cm.focus();
	}
	blur(): void {
		this.cm.contentDOM.blur();
	}
	hasFocus(): boolean {
		return this.cm.hasFocus;
	}
	getScrollInfo(): { top: number; left: number } {
		return { top: this.cm.scrollDOM.scrollTop, left: this.cm.scrollDOM.scrollLeft };
	}
	scrollTo(x?: number | null, y?: number | null): void {
		if (typeof x === "number") this.cm.scrollDOM.scrollLeft = x;
		if (typeof y === "number") this.cm.scrollDOM.scrollTop = y;
	}
	scrollIntoView(range: EditorRange, center?: boolean): void {
		this.cm.dispatch({ effects: EditorView.scrollIntoView(this.posToOffset(range.from), { y: center ? "center" : "nearest" }) });
	}
	undo(): void {
		undo(this.cm);
	}
	redo(): void {
		redo(this.cm);
	}
	exec(command: EditorCommandName): void {
		COMMANDS[command]?.(this.cm);
	}
	transaction(tx: EditorTransaction): void {
		const changes = (tx.changes ?? []).map((c) => ({ from: this.posToOffset(c.from), to: this.posToOffset(c.to ?? c.from), insert: c.text }));
		const spec: Parameters<EditorView["dispatch"]>[0] = { changes };
		const selections = tx.selections ?? (tx.selection ? [tx.selection] : null);
		if (selections) {
			spec.selection = EditorSelection.create(selections.map((s) => EditorSelection.range(this.posToOffset(s.from), this.posToOffset(s.to ?? s.from))));
		}
		this.cm.dispatch(spec);
		if (tx.replaceSelection !== undefined) this.replaceSelection(tx.replaceSelection);
	}
	wordAt(pos: EditorPosition): EditorRange | null {
		const range = this.cm.state.wordAt(this.posToOffset(pos));
		return range ? { from: this.offsetToPos(range.from), to: this.offsetToPos(range.to) } : null;
	}
}

/** Builds the state for a Markdown editor with Obsidian's fields and the given extensions. */
export function createEditorState(doc: string, info: MarkdownFileInfo, livePreview: boolean, extra: Extension[]): EditorState {
	return EditorState.create({
		doc,
		extensions: [
			editorInfoField.init(() => info),
			editorLivePreviewField.init(() => livePreview),
			editorEditorField,
			livePreviewState,
			...baseEditorExtensions(),
			...extra,
		],
	});
}
