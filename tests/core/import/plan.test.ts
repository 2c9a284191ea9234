import { describe, expect, it } from "vitest";
import { readExportData } from "../../../src/core/scrapbox/export";
import { contentHash, convertPage, decideWrite, conflictProblem, planImport, prepareImport } from "../../../src/core/import/plan";
import { needsReport, renderImportReport } from "../../../src/core/import/report";
import { exportOf, planOf } from "./helpers";
import { extractLinks } from "./obsidian-links";

describe("planImport", () => {
	it("puts notes in a folder named after the project, or the folder asked for", () => {
		expect(planOf([{ title: "A" }]).notes[0].path).toBe("proj/A.md");
		expect(planOf([{ title: "A" }], { folder: "/Imports\\Scrapbox/" }).notes[0].path).toBe("Imports/Scrapbox/A.md");
		expect(planOf([{ title: "A" }], { folder: "" }).notes[0].path).toBe("A.md");
		expect(planOf([{ title: "A" }], {}, null).notes[0].path).toBe("Scrapbox/A.md");
		expect(planOf([{ title: "A" }], { project: "other" }).notes[0].path).toBe("other/A.md");
		expect(planOf([{ title: "A" }], {}, "a/b?").folder).toBe("a-b");
	});

	it("counts pages and reserves the report's name", () => {
		const read = readExportData({ name: "p", pages: [{ title: "Scrapbox import report", lines: ["x"] }, { lines: [] }, { title: "B", lines: ["B"] }] });
		if (!read.ok) throw new Error();
		const plan = planImport(read.export);
		expect(plan.pageCount).toBe(3);
		expect(plan.skipped).toBe(1);
		expect(plan.failed).toBe(0);
		expect(plan.reportPath).toBe("p/Scrapbox import report.md");
		expect(plan.notes.map((n) => n.path)).toEqual(["p/Scrapbox import report (2).md", "p/B.md"]);
	});

	it("reports a title line that differs from the title, and keeps it", () => {
		const read = readExportData({ name: "p", pages: [{ title: "Real", lines: ["Something else", "body"] }] });
		if (!read.ok) throw new Error();
		const plan = planImport(read.export, { timeZone: "utc" });
		expect(plan.notes[0].content.endsWith("---\nSomething else\nbody\n")).toBe(true);
		expect(plan.problems.map((p) => p.code)).toEqual(["title-line-differs"]);
	});

	it("reports a failing page and goes on", () => {
		const read = readExportData(exportOf([{ title: "A", body: "[Boom]" }, { title: "B", body: "fine" }]));
		if (!read.ok) throw new Error();
		const session = prepareImport(read.export);
		const pageLink = session.settings.pageLink.bind(session.settings);
		session.settings.pageLink = (title, ...rest) => {
			if (title === "Boom") throw new Error("broken on purpose");
			return pageLink(title, ...rest);
		};
		const first = convertPage(session, 0);
		const second = convertPage(session, 1);
		expect(first).toEqual({ ok: false, problem: { kind: "failed", code: "conversion-error", title: "A", message: "Could not convert the page: broken on purpose", path: "proj/A.md" } });
		expect(second.ok).toBe(true);
	});
});

describe("decideWrite: importing again changes nothing, edits are never overwritten", () => {
	const v1 = planOf([{ title: "A", body: "first version", updated: 1 }]).notes[0];
	const v2 = planOf([{ title: "A", body: "second version", updated: 2 }]).notes[0];

	it("creates a note that is not there", () => {
		expect(decideWrite(null, v1)).toEqual({ action: "create" });
	});

	it("leaves an identical note alone", () => {
		expect(decideWrite({ content: v1.content }, v1)).toEqual({ action: "unchanged" });
		expect(decideWrite({ content: v1.content.replace(/\n/g, "\r\n") }, v1)).toEqual({ action: "unchanged" });
	});

	it("updates a note nobody touched since import", () => {
		expect(decideWrite({ content: v1.content }, v2)).toEqual({ action: "update" });
	});

	it("keeps a note edited since import", () => {
		for (const edited of [v1.content + "my own line\n", v1.content.replace("first", "1st"), v1.content.replace('title: "A"', 'title: "A"\ntags: [x]')]) {
			expect(decideWrite({ content: edited }, v2)).toEqual({ action: "conflict", reason: "edited" });
		}
	});

	it("keeps a note the importer did not write", () => {
		expect(decideWrite({ content: "# My own note\n" }, v1)).toEqual({ action: "conflict", reason: "not-imported" });
		expect(decideWrite({ content: "---\ntitle: x\n---\nbody" }, v1)).toEqual({ action: "conflict", reason: "not-imported" });
		expect(conflictProblem(v1, { action: "conflict", reason: "not-imported" }).code).toBe("not-imported-note");
		expect(conflictProblem(v1, { action: "conflict", reason: "edited" })).toEqual({
			kind: "conflict",
			code: "edited-since-import",
			title: "A",
			message: "The note was edited since it was imported; it was left as it is.",
			path: "proj/A.md",
		});
	});

	it("records the hash of exactly what was written", () => {
		const hash = /scrapbox_import_hash: "([0-9a-f]+)"\n/.exec(v1.content)![1];
		expect(contentHash(v1.content.replace(/scrapbox_import_hash: "[0-9a-f]+"\n/, ""))).toBe(hash);
		expect(contentHash("ab", "c")).toBe(contentHash("abc"));
	});

	it("makes a whole re-import a no-op", () => {
		const pages = [{ title: "A", body: "x" }, { title: "a/b", body: "[A]" }];
		const first = planOf(pages);
		const disk = new Map(first.notes.map((n) => [n.path, n.content]));
		const second = planOf(pages);
		for (const note of second.notes) expect(decideWrite({ content: disk.get(note.path)! }, note).action).toBe("unchanged");
	});
});

describe("import report", () => {
	it("is written only when something was skipped, failed or kept", () => {
		expect(needsReport([{ kind: "warning", code: "control-characters", title: "a", message: "m" }])).toBe(false);
		expect(needsReport([{ kind: "conflict", code: "edited-since-import", title: "a", message: "m" }])).toBe(true);
	});

	it("lists problems by kind with links to the notes", () => {
		const text = renderImportReport({
			project: "p",
			pages: 3,
			written: 1,
			unchanged: 0,
			date: "2024-01-01T00:00:00Z",
			problems: [
				{ kind: "skipped", code: "missing-title", title: "page 2", message: "page 2 has no title; skipped" },
				{ kind: "conflict", code: "edited-since-import", title: "A|b]]", message: "kept", path: "p/Ab.md" },
				{ kind: "failed", code: "conversion-error", title: "*C*", message: "broke", path: "p/C.md" },
			],
		});
		expect(text).toBe(
			[
				"# Scrapbox (Cosense) import report",
				"",
				"- Project: p",
				"- Imported: 2024-01-01T00:00:00Z",
				"- Pages in the export: 3",
				"- Notes written: 1",
				"- Notes unchanged: 0",
				"",
				"## Failed (1)",
				"",
				"- \\*C\\*: broke",
				"",
				"## Skipped (1)",
				"",
				"- page 2: page 2 has no title; skipped",
				"",
				"## Left as they were (1)",
				"",
				"- [[p/Ab|A b  ]]: kept",
				"",
			].join("\n"),
		);
		expect(extractLinks(text).map((l) => l.target)).toEqual(["p/Ab"]);
	});
});

describe("links to a title with a backtick", () => {
	it("stay links, even two in one paragraph", () => {
		// Code spans bind tighter than links and run across the lines of a paragraph: `[[a`b]]` twice would be one code span.
		const plan = planOf([{ title: "a`b", body: "x" }, { title: "P", body: "[a`b] one\n[a`b] two" }]);
		const links = extractLinks(plan.notes[1].content);
		expect(links.map((l) => [l.target, l.display])).toEqual([
			["a`b.md", "a`b"],
			["a`b.md", "a`b"],
		]);
	});
});
