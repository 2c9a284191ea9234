import { describe, expect, it } from "vitest";
import { corpusDir, corpusMissingMessage, readCorpusNotes } from "./corpus";

describe.skipIf(!corpusDir)("shared corpus", () => {
	it("holds the folders the checks read", () => {
		for (const sub of ["markdown-en", "markdown-ja", "obsidian-help", "kepano-vault"]) {
			expect(readCorpusNotes(sub).length, sub).toBeGreaterThan(0);
		}
	});
});

if (!corpusDir) console.log(corpusMissingMessage);
