/**
 * Date chips inside quotes. A quoted line that starts with a date (the same
 * rule as the timeline: src/core/dates, `parseDatedText`) shows the date as a
 * `<time datetime="…">` chip and the rest of the line — the event's title — in
 * bold. The user's text is never rewritten: the rendered nodes are wrapped
 * where they are, and only where the date ends at a node boundary or inside
 * plain text (a chip never cuts a link in two).
 */
import { formatDate, isoRange, parseDatedText, type DateMatch } from "../../core/dates";
import { currentLanguage } from "../../i18n/ui";
import type { DomTransaction } from "./transaction";

/** The value for `<time datetime>`: the start, at the precision the text states, with its time if given. */
export function datetimeOf(date: DateMatch): string {
	const iso = isoRange(date).date;
	return date.precision === "day" && date.time ? `${iso}T${date.time}` : iso;
}

/** A line's first character could start a date: a digit (ASCII or full-width), a letter, or a Japanese era. */
const MAY_START_DATE = /^[\s\u3000]*[0-9０-９A-Za-z明大昭平令]/;

/** Splits a paragraph's children into the lines a reader sees (soft breaks render as `<br>`). */
function visualLines(container: Element): Node[][] {
	const lines: Node[][] = [[]];
	container.childNodes.forEach((node) => {
		if (node.nodeType === 1 && (node as Element).tagName === "BR") lines.push([]);
		else lines[lines.length - 1].push(node);
	});
	return lines;
}

/**
 * Wraps characters `from`–`to` of a run of sibling nodes in `wrapper`, splitting
 * text nodes at the ends. Returns the run updated, or null when a boundary
 * falls inside an element (nothing is changed then).
 */
function wrapRange(tx: DomTransaction, nodes: Node[], from: number, to: number, wrapper: HTMLElement): Node[] | null {
	if (from >= to) return null;
	const lengths = nodes.map((n) => (n.textContent ?? "").length);
	const locate = (offset: number, isEnd: boolean): { index: number; inner: number } | null => {
		let at = 0;
		for (let i = 0; i < nodes.length; i++) {
			const end = at + lengths[i];
			if (isEnd ? offset > at && offset <= end : offset >= at && offset < end) {
				const inner = offset - at;
				const whole = isEnd ? inner === lengths[i] : inner === 0;
				if (!whole && nodes[i].nodeType !== 3) return null;
				return { index: i, inner };
			}
			at = end;
		}
		return null;
	};
	const start = locate(from, false);
	const end = locate(to, true);
	if (!start || !end) return null;
	const out = nodes.slice();
	let first = start.index;
	let last = end.index;
	// Split the end first, so the start's index stays valid.
	if (end.inner < lengths[last]) splitText(tx, out, last, end.inner);
	if (start.inner > 0) {
		splitText(tx, out, first, start.inner);
		first++;
		last++;
	}
	const run = out.slice(first, last + 1);
	tx.wrap(run, wrapper);
	out.splice(first, run.length, wrapper);
	return out;
}

/** Splits the text node `nodes[index]` in two at `offset`, in the document and in `nodes`. */
function splitText(tx: DomTransaction, nodes: Node[], index: number, offset: number): void {
	const node = nodes[index] as Text;
	// The node's own document: Reading view may be in a popout window.
	const head = node.doc.createTextNode(node.data.slice(0, offset));
	const tail = node.doc.createTextNode(node.data.slice(offset));
	tx.replace(node, [head, tail]);
	nodes.splice(index, 1, head, tail);
}

/** Chips for one visual line; true when the line got one. */
function chipLine(tx: DomTransaction, nodes: Node[]): boolean {
	if (nodes.length === 0) return false;
	const text = nodes.map((n) => n.textContent ?? "").join("");
	if (!MAY_START_DATE.test(text)) return false;
	const trimmed = text.trimStart();
	const dated = parseDatedText(trimmed);
	if (!dated || dated.date.length <= 0) return false;
	const lead = text.length - trimmed.length;
	const dateEnd = lead + dated.date.length;
	let run: Node[] | null = nodes;
	// The title first: it lies to the right, so wrapping it leaves the date's nodes alone.
	const titleAt = dated.rest === "" || dated.rest === trimmed ? -1 : trimmed.indexOf(dated.rest, dated.date.length);
	if (titleAt >= dated.date.length) {
		const title = createSpan({ cls: "sbl-event-title" });
		run = wrapRange(tx, run, lead + titleAt, lead + titleAt + dated.rest.length, title) ?? run;
	}
	const time = createEl("time", { cls: "sbl-date", attr: { datetime: datetimeOf(dated.date), title: formatDate(dated.date, currentLanguage(), { time: true }) } });
	const end = isoRange(dated.date).end;
	if (end) time.setAttribute("data-end", end);
	return wrapRange(tx, run, lead, dateEnd, time) !== null;
}

/**
 * Adds date chips to the quoted paragraphs inside `root` (a `blockquote`, or
 * anything holding them). Returns how many lines got a chip.
 */
export function addDateChips(tx: DomTransaction, root: Element): number {
	let count = 0;
	const paragraphs = root.matches("p") ? [root] : Array.from(root.querySelectorAll("p"));
	if (paragraphs.length === 0 && root.firstChild) paragraphs.push(root);
	for (const p of paragraphs) {
		for (const line of visualLines(p)) if (chipLine(tx, line)) count++;
	}
	return count;
}

/** A quote line's text, as the model gives it, starts with a date: the cheap test before any DOM work. */
export function startsWithDate(text: string): boolean {
	return MAY_START_DATE.test(text) && parseDatedText(text.trimStart()) !== null;
}
