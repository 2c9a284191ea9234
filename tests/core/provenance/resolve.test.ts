import { describe, expect, it } from "vitest";
import { resolveOriginal, type OriginalLookup } from "../../../src/core/provenance/resolve";
import { scrapboxPageUrl, titleKey } from "../../../src/core/scrapbox/title";
import type { Provenance } from "../../../src/core/provenance/types";

interface Note {
	path: string;
	title: string;
	aliases?: string[];
	scrapboxUrl?: string;
}

function lookupOver(notes: Note[]): OriginalLookup<Note> {
	return {
		byScrapboxUrl: (url) => notes.filter((n) => n.scrapboxUrl === url),
		byTitleKey: (key) => notes.filter((n) => [n.title, ...(n.aliases ?? [])].some((t) => titleKey(t) === key)),
		folderOf: (n) => n.path.split("/").slice(0, -1).join("/"),
	};
}

const provenance: Provenance = { sourceProject: "nishio", sourceTitle: "読書 会", sourceUrl: scrapboxPageUrl("nishio", "読書 会"), engine: "DeepL", sourceLanguage: "ja" };

describe("resolveOriginal", () => {
	it("prefers a note carrying the original's scrapbox_url", () => {
		const imported: Note = { path: "Imports/anything.md", title: "something else", scrapboxUrl: scrapboxPageUrl("nishio", "読書 会") };
		const byTitle: Note = { path: "nishio/読書 会.md", title: "読書 会" };
		expect(resolveOriginal(provenance, lookupOver([byTitle, imported]))).toEqual({ note: imported, via: "scrapbox_url" });
	});

	it("then a matching title inside a folder named after the project", () => {
		const elsewhere: Note = { path: "Other/読書_会.md", title: "読書_会" };
		const inProject: Note = { path: "Scrapbox/Nishio/読書会 notes.md", title: "x", aliases: ["読書 会"] };
		expect(resolveOriginal(provenance, lookupOver([elsewhere, inProject]))).toEqual({ note: inProject, via: "project-folder" });
	});

	it("then the only matching note, and nothing when that is ambiguous", () => {
		const one: Note = { path: "a/読書 会.md", title: "読書 会" };
		expect(resolveOriginal(provenance, lookupOver([one]))).toEqual({ note: one, via: "title" });
		const two: Note = { path: "b/読書 会.md", title: "読書 会" };
		expect(resolveOriginal(provenance, lookupOver([one, two]))).toBeNull();
	});

	it("never returns the translated note itself", () => {
		const self: Note = { path: "en/読書 会.md", title: "読書 会" };
		expect(resolveOriginal(provenance, lookupOver([self]), self)).toBeNull();
		const original: Note = { path: "ja/読書 会.md", title: "読書 会" };
		expect(resolveOriginal(provenance, lookupOver([self, original]), self)).toEqual({ note: original, via: "title" });
	});

	it("works with partial look-ups and survives a throwing one", () => {
		expect(resolveOriginal(provenance, {})).toBeNull();
		expect(resolveOriginal(provenance, { byTitleKey: () => { throw new Error("boom"); } })).toBeNull();
	});
});
