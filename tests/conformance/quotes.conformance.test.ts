/**
 * The quote model on every real note: no exception, and every `>` line outside
 * code covered by exactly one quote block. The `>` lines are found here by a
 * separate, simpler reading of the text, so the check is not the model agreeing
 * with itself.
 */
import { describe, expect, it } from "vitest";
import { analyseNote, flattenCommentary, type NoteStructure } from "../../src/core/quotes";
import { corpusDir, corpusMissingMessage, readCorpusFile, readCorpusNotes } from "./corpus";

/** `>` lines: first non-space character `>`, or a bullet whose content starts with `>`; not in frontmatter or fenced code. */
function markLines(text: string): number[] {
	const lines = text.split(/\r\n|\n|\r/);
	const out: number[] = [];
	let start = 0;
	if (lines[0]?.trimEnd() === "---") {
		const close = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === "---" || l.trimEnd() === "..."));
		if (close !== -1) start = close + 1;
	}
	let fence: { char: string; length: number } | null = null;
	for (let i = start; i < lines.length; i++) {
		const line = lines[i];
		if (fence) {
			const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
			if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = null;
			continue;
		}
		const open = /^\s*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(`{3,}|~{3,})(.*)$/.exec(line);
		if (open && !(open[1][0] === "`" && open[2].includes("`"))) {
			fence = { char: open[1][0], length: open[1].length };
			continue;
		}
		if (/^\s*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?>/.test(line)) out.push(i);
	}
	return out;
}

function coverage(structure: NoteStructure): number[] {
	return structure.quotes.flatMap((q) => q.lines.map((l) => l.line));
}

describe.skipIf(!corpusDir)("quote model on the shared corpus", () => {
	for (const folder of ["markdown-en", "markdown-ja", "obsidian-help", "kepano-vault"]) {
		it(`${folder}: no exception; every > line in exactly one quote block`, () => {
			const notes = readCorpusNotes(folder);
			expect(notes.length).toBeGreaterThan(0);
			let blocks = 0;
			let withCommentary = 0;
			let bulleted = 0;
			let items = 0;
			let marks = 0;
			for (const note of notes) {
				let structure: NoteStructure;
				try {
					structure = analyseNote(note.text);
				} catch (error) {
					throw new Error(`${note.path}: ${String(error)}`);
				}
				const covered = coverage(structure);
				const expected = markLines(note.text);
				expect(new Set(covered).size, note.path).toBe(covered.length);
				expect(covered, note.path).toEqual(expected);
				marks += expected.length;
				blocks += structure.quotes.length;
				for (const q of structure.quotes) {
					if (q.commentary.length > 0) withCommentary++;
					if (q.bulleted) bulleted++;
					items += flattenCommentary(q.commentary).length;
				}
			}
			console.log(
				`${folder}: ${notes.length} notes, ${marks} > lines, ${blocks} quote blocks (${bulleted} inside list items), ${withCommentary} with commentary (${items} commentary items)`,
			);
		});
	}

	it("villagepump export as raw notation: no exception; every quote line outside code in exactly one block", () => {
		const json = readCorpusFile("villagepump-sample-plain.json");
		if (!json) return;
		const pages = (JSON.parse(json) as { pages: { title: string; lines: string[] }[] }).pages;
		let blocks = 0;
		let withCommentary = 0;
		for (const page of pages) {
			const lines = page.lines.slice(1);
			const structure = analyseNote(lines, { notation: "scrapbox" });
			// The parser's rules: indent is leading \s; a code:/table: line's body is every following line indented deeper.
			const indent = (line: string) => (/^\s*/.exec(line) as RegExpExecArray)[0].length;
			const expected: number[] = [];
			let header = -1;
			lines.forEach((line, i) => {
				if (header >= 0 && indent(line) > header) return;
				header = -1;
				if (/^\s*(?:code|table):/.test(line)) header = indent(line);
				else if (line.slice(indent(line)).startsWith(">")) expected.push(i);
			});
			expect(coverage(structure), page.title).toEqual(expected);
			blocks += structure.quotes.length;
			withCommentary += structure.quotes.filter((q) => q.commentary.length > 0).length;
		}
		console.log(`villagepump (raw): ${pages.length} pages, ${blocks} quote blocks, ${withCommentary} with commentary`);
	});
});

if (!corpusDir) console.log(corpusMissingMessage);
