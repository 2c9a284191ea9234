// The import window against the stand-in, with the real plugin loaded: the
// whole flow (file through the temporary input, options, progress, summary),
// wrong files, re-importing, edited notes, Stop, the report, image downloads
// over a fake network, the translation option, and unloading.
import { afterEach, describe, expect, it } from "vitest";
import manifest from "../../../manifest.json";
import { planImport, readExport } from "../../../src/core/import";
import { parseFooter } from "../../../src/core/provenance";
import { t } from "../../../src/i18n";
import type { ImportModal } from "../../../src/plugin/import/import-modal";
import type { ImportOutcome } from "../../../src/plugin/import/run";
import { parseYaml } from "../../stand-in/obsidian";
import { createApp, destroyApp, fileAt, layoutReady, listenerCounts, loadPlugin, requestLog, runCommand, setRequestHandler, settle, totalListeners, unloadPlugin, type App } from "../../stand-in/testing";
import {
	exportWithBadPage,
	gardenExport,
	GYAZO_ID,
	GYAZO_PAGE_URL,
	imageExport,
	largeExport,
	OTHER_IMAGE_URL,
	roamExport,
	SCRAPBOX_FILE_URL,
	teahouseNotes,
	translatedExport,
} from "./fixtures";

// @ts-expect-error TS5097: the .ts extension makes Vite pick the source, not the built main.js.
const { default: ScrapboxLensPlugin } = await import("../../../main.ts");

const COMMAND = `${manifest.id}:import-scrapbox-export`;
const REPORT = "garden-notes/Scrapbox import report.md";

let app: App | undefined;
afterEach(() => destroyApp(app));

async function start(files: Record<string, string> = {}, settings?: Record<string, unknown>): Promise<{ app: App; plugin: unknown }> {
	app = createApp({ files, pluginData: settings ? { [manifest.id]: { settings } } : undefined });
	const plugin = await loadPlugin(app, ScrapboxLensPlugin, manifest);
	await layoutReady(app);
	return { app, plugin };
}

function openImport(a: App): ImportModal {
	expect(runCommand(a, COMMAND)).toBe(true);
	const modal = a.openModals.at(-1) as unknown as ImportModal;
	expect(modal.modalEl.hasClass("sbl-import-modal")).toBe(true);
	return modal;
}

const q = <E extends Element = HTMLElement>(modal: ImportModal, selector: string) => modal.contentEl.querySelector<E>(selector);
const fileInputs = () => Array.from(document.body.querySelectorAll<HTMLInputElement>("input.sbl-import-file-input"));

/** Clicks "Choose file", then hands the temporary input a file as the system picker would. */
async function chooseFile(a: App, modal: ImportModal, text: string, name = "export.json"): Promise<void> {
	q<HTMLButtonElement>(modal, "button.sbl-import-choose")?.click();
	const inputs = fileInputs();
	expect(inputs).toHaveLength(1);
	const input = inputs[0];
	expect(input.type).toBe("file");
	expect(input.accept).toBe(".json,application/json");
	expect(input.isConnected).toBe(true);
	Object.defineProperty(input, "files", { value: [new File([text], name, { type: "application/json" })], configurable: true });
	input.dispatchEvent(new Event("change"));
	await settle(a);
	// The file is read in time slices; wait for the last.
	await modal.reading;
	await settle(a);
}

async function importNow(a: App, modal: ImportModal): Promise<ImportOutcome> {
	const button = q<HTMLButtonElement>(modal, "button.sbl-import-start");
	expect(button?.disabled).toBe(false);
	button?.click();
	const outcome = await modal.outcome;
	await settle(a);
	expect(outcome).not.toBeNull();
	return outcome as ImportOutcome;
}

async function importFile(a: App, text: string, configure?: (modal: ImportModal) => void): Promise<{ modal: ImportModal; outcome: ImportOutcome }> {
	const modal = openImport(a);
	await chooseFile(a, modal, text);
	configure?.(modal);
	const outcome = await importNow(a, modal);
	return { modal, outcome };
}

function setSelect(modal: ImportModal, settingName: string, value: string): void {
	const setting = settingNamed(modal, settingName);
	const select = setting.querySelector("select") as HTMLSelectElement;
	select.value = value;
	select.dispatchEvent(new Event("change"));
}

function setText(modal: ImportModal, settingName: string, value: string): void {
	const input = settingNamed(modal, settingName).querySelector("input") as HTMLInputElement;
	input.value = value;
	input.dispatchEvent(new Event("input"));
}

function clickToggle(modal: ImportModal, settingName: string): void {
	(settingNamed(modal, settingName).querySelector(".checkbox-container") as HTMLElement).click();
}

function settingNamed(modal: ImportModal, name: string): HTMLElement {
	const found = Array.from(modal.contentEl.querySelectorAll<HTMLElement>(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	if (!found) throw new Error(`No setting named "${name}"`);
	return found;
}

const read = (a: App, path: string) => a.vault.read(fileAt(a, path));
const counts = (modal: ImportModal): Record<string, string | undefined> =>
	Object.fromEntries(
		Array.from(modal.contentEl.querySelectorAll(".sbl-import-count")).map((el): [string, string | undefined] => [
			el.querySelector(".sbl-import-count-label")?.textContent ?? "",
			el.querySelector(".sbl-import-count-value")?.textContent ?? undefined,
		]),
	);

describe("the import window, from file to summary", () => {
	it("chooses the file through a temporary input, shows the options with defaults, imports, and sums up", async () => {
		const { app: a } = await start();
		const modal = openImport(a);
		expect(modal.titleEl.textContent).toBe(t("import.modal.title"));
		expect(q<HTMLButtonElement>(modal, "button.sbl-import-start")?.disabled).toBe(true);
		expect(q(modal, ".sbl-import-options")?.childElementCount).toBe(0);

		await chooseFile(a, modal, gardenExport, "garden.json");
		// The temporary input is gone again once the file is read.
		expect(fileInputs()).toHaveLength(0);
		expect(q(modal, ".sbl-import-file .setting-item-description")?.textContent).toBe(t("import.file.chosenProject", { file: "garden.json", pages: 4, project: "garden-notes" }));
		const folder = settingNamed(modal, t("import.folder.name")).querySelector("input") as HTMLInputElement;
		expect(folder.value).toBe("garden-notes");
		expect((settingNamed(modal, t("import.hashtags.name")).querySelector("select") as HTMLSelectElement).value).toBe("tags");
		expect((settingNamed(modal, t("import.headings.name")).querySelector("select") as HTMLSelectElement).value).toBe("from2");
		expect(settingNamed(modal, t("import.images.name")).querySelector(".checkbox-container")?.hasClass("is-enabled")).toBe(false);
		expect(q(modal, ".sbl-import-error")?.isShown()).toBe(false);

		setSelect(modal, t("import.hashtags.name"), "links");
		q<HTMLButtonElement>(modal, "button.sbl-import-start")?.click();
		// The progress view replaces the options at once: bar, four counts, Stop.
		expect(q(modal, ".sbl-import-progress .setting-progress-bar")).not.toBeNull();
		expect(Object.keys(counts(modal))).toEqual([t("import.progress.label.imported"), t("import.progress.label.skipped"), t("import.progress.label.failed"), t("import.progress.label.remaining")]);
		expect(q(modal, "button.sbl-import-stop")).not.toBeNull();
		const outcome = (await modal.outcome) as ImportOutcome;
		await settle(a);

		expect(outcome.counts).toMatchObject({ total: 4, done: 4, created: 4, updated: 0, unchanged: 0, conflicts: 0, failed: 0 });
		expect(modal.titleEl.textContent).toBe(t("import.summary.done"));
		expect(counts(modal)).toEqual({
			[t("import.progress.label.imported")]: "4",
			[t("import.progress.label.skipped")]: "0",
			[t("import.progress.label.failed")]: "0",
			[t("import.progress.label.remaining")]: "0",
		});
		expect(q(modal, ".sbl-import-summary-lines")?.textContent).toContain(t("import.summary.created", { count: 4 }));
		expect(q(modal, ".sbl-import-folder-line")?.textContent).toBe(t("import.summary.folder", { folder: "garden-notes" }));

		// The notes are the core's conversion with the chosen options, page times on the files.
		const read0 = readExport(gardenExport);
		if (!read0.ok) throw new Error("fixture");
		const plan = planImport(read0.export, { folder: "garden-notes", hashtags: "links" });
		for (const note of plan.notes) {
			expect(await read(a, note.path)).toBe(note.content);
			expect(fileAt(a, note.path).stat.ctime).toBe(note.ctime);
			expect(fileAt(a, note.path).stat.mtime).toBe(note.mtime);
		}
		expect(await read(a, "garden-notes/Sowing calendar.md")).toContain("[[garden|#garden]]");
		expect(a.vault.getFileByPath("garden-notes/Tools-Hand tools.md")).not.toBeNull();
		expect(a.vault.getFileByPath(REPORT)).toBeNull();

		// The window remembers the choice for next time.
		const plugin: unknown = a.plugins.getPlugin(manifest.id);
		expect((plugin as { settings: { importHashtags: string } }).settings.importHashtags).toBe("links");
		q<HTMLButtonElement>(modal, "button.sbl-import-close")?.click();
		expect(a.openModals).toHaveLength(0);
	});

	it("shows the counts while importing, in slices, with the page being imported", async () => {
		const { app: a } = await start();
		const modal = openImport(a);
		modal.hooks.sliceBudgetMs = 0;
		const seen: Record<string, string | undefined>[] = [];
		let currentText = "";
		modal.hooks.afterSlice = async () => {
			if (seen.length < 3) {
				seen.push(counts(modal));
				currentText = q(modal, ".sbl-import-current")?.textContent ?? "";
			}
		};
		await chooseFile(a, modal, largeExport(30));
		const outcome = await importNow(a, modal);
		expect(outcome.counts.created).toBe(30);
		const label = (key: "imported" | "remaining") => t(`import.progress.label.${key}`);
		expect(seen.map((c) => [c[label("imported")], c[label("remaining")]])).toEqual([
			["1", "29"],
			["2", "28"],
			["3", "27"],
		]);
		expect(currentText).toBe(t("import.progress.current", { title: "Bed 2" }));
	});

	it("suggests the vault's folders for the output folder", async () => {
		const { app: a } = await start({ "Archive/Old/note.md": "x", "Projects/a.md": "y" });
		const modal = openImport(a);
		await chooseFile(a, modal, gardenExport);
		const input = settingNamed(modal, t("import.folder.name")).querySelector("input") as HTMLInputElement;
		input.value = "old";
		input.dispatchEvent(new Event("input"));
		await settle(a);
		const items = Array.from(document.body.querySelectorAll(".suggestion-container .suggestion-item"));
		expect(items.map((el) => el.textContent)).toEqual(["Archive/Old"]);
		items[0].dispatchEvent(new MouseEvent("mousedown"));
		expect(input.value).toBe("Archive/Old");
		const outcome = await importNow(a, modal);
		expect(outcome.folder).toBe("Archive/Old");
		expect(a.vault.getFileByPath("Archive/Old/Compost.md")).not.toBeNull();
	});
});

describe("reading the chosen file", () => {
	it("reads it in slices that yield to the window, with the reader's result", async () => {
		const { app: a } = await start();
		const modal = openImport(a);
		modal.hooks.readSliceBudgetMs = 0;
		const text = largeExport(40);
		await chooseFile(a, modal, text);
		// Two steps a page (the file's structure, then the page), each its own slice.
		expect(modal.readTiming?.slices).toBe(2 * 40);
		const outcome = await importNow(a, modal);
		expect(outcome.counts.created).toBe(40);
		const parsed = readExport(text);
		if (!parsed.ok) throw new Error("fixture");
		const plan = planImport(parsed.export, { folder: "big-garden" });
		for (const note of plan.notes) expect(a.vault.peek(fileAt(a, note.path))).toBe(note.content);
	});

	it("a file chosen while another is being read replaces it; closing the window abandons the reading", async () => {
		const { app: a } = await start();
		const modal = openImport(a);
		modal.hooks.readSliceBudgetMs = 0;
		q<HTMLButtonElement>(modal, "button.sbl-import-choose")?.click();
		const first = fileInputs()[0];
		Object.defineProperty(first, "files", { value: [new File([largeExport(40)], "big.json", { type: "application/json" })], configurable: true });
		first.dispatchEvent(new Event("change"));
		await new Promise((resolve) => setTimeout(resolve, 0));
		const firstReading = modal.reading;
		await chooseFile(a, modal, gardenExport, "garden.json");
		await firstReading;
		await settle(a);
		expect(modal.readTiming?.slices).toBeLessThan(2 * 40);
		expect(q(modal, ".sbl-import-file .setting-item-description")?.textContent).toContain("garden.json");

		const other = openImport(a);
		other.hooks.readSliceBudgetMs = 0;
		q<HTMLButtonElement>(other, "button.sbl-import-choose")?.click();
		const input = fileInputs()[0];
		Object.defineProperty(input, "files", { value: [new File([largeExport(40)], "big.json", { type: "application/json" })], configurable: true });
		input.dispatchEvent(new Event("change"));
		await new Promise((resolve) => setTimeout(resolve, 0));
		const reading = other.reading;
		other.close();
		await reading;
		expect(other.readTiming).toBeNull();
		expect(await other.outcome).toBeNull();
	});
});

describe("Stop while every note is being named", () => {
	it("is honoured before the first page: nothing is written", async () => {
		const { app: a } = await start();
		const modal = openImport(a);
		await chooseFile(a, modal, largeExport(30));
		q<HTMLButtonElement>(modal, "button.sbl-import-start")?.click();
		// Naming runs in one synchronous step after a yield; a click meanwhile is handled before the first page.
		q<HTMLButtonElement>(modal, "button.sbl-import-stop")?.click();
		const outcome = (await modal.outcome) as ImportOutcome;
		await settle(a);
		expect(outcome.stopped).toBe(true);
		expect(outcome.counts.created).toBe(0);
		expect(a.vault.getMarkdownFiles().filter((f) => f.path.startsWith("big-garden/"))).toHaveLength(0);
		expect(modal.titleEl.textContent).toBe(t("import.summary.stopped"));
	});
});

describe("a wrong file", () => {
	const wrong: Array<[string, string, string]> = [
		["not JSON", "this is not json {", t("import.error.not-json")],
		["a Roam Research export", roamExport, t("import.error.roam", { app: "Roam Research" })],
		["a single page", JSON.stringify({ title: "One page", lines: ["One page"] }), t("import.error.single-page", { menu: "Page data → Export pages" })],
		["an empty export", JSON.stringify({ name: "x", pages: [] }), t("import.error.empty")],
	];
	for (const [what, text, message] of wrong) {
		it(`${what}: one clear message, no options, nothing written`, async () => {
			const { app: a } = await start({ "Existing.md": "kept" });
			const before = a.vault.getAllLoadedFiles().map((f) => f.path).sort();
			const modal = openImport(a);
			await chooseFile(a, modal, text, "wrong.json");
			const error = q(modal, ".sbl-import-error");
			expect(error?.isShown()).toBe(true);
			expect(error?.getAttribute("role")).toBe("alert");
			expect(error?.textContent).toBe(message);
			expect(q<HTMLButtonElement>(modal, "button.sbl-import-start")?.disabled).toBe(true);
			expect(q(modal, ".sbl-import-options")?.childElementCount).toBe(0);
			expect(a.vault.getAllLoadedFiles().map((f) => f.path).sort()).toEqual(before);
			// A right file afterwards clears the message.
			await chooseFile(a, modal, gardenExport);
			expect(error?.isShown()).toBe(false);
			expect(q<HTMLButtonElement>(modal, "button.sbl-import-start")?.disabled).toBe(false);
		});
	}

	it("shows the message in Japanese when Obsidian is in Japanese", async () => {
		app = createApp({ language: "ja" });
		await loadPlugin(app, ScrapboxLensPlugin, manifest);
		await layoutReady(app);
		const modal = openImport(app);
		await chooseFile(app, modal, roamExport);
		expect(q(modal, ".sbl-import-error")?.textContent).toBe("これは Scrapbox（Cosense）ではなく Roam Research のエクスポートのようです。何も取り込んでいません。");
	});
});

describe("nothing is lost", () => {
	it("importing the same export again changes nothing", async () => {
		const { app: a } = await start();
		await importFile(a, gardenExport);
		const before = new Map(a.vault.getFiles().map((f) => [f.path, { text: a.vault.peek(f), mtime: f.stat.mtime }]));
		let modified = 0;
		const ref = a.vault.on("modify", () => modified++);
		const { outcome, modal } = await importFile(a, gardenExport);
		a.vault.offref(ref);
		expect(outcome.counts).toMatchObject({ created: 0, updated: 0, unchanged: 4, conflicts: 0 });
		expect(modified).toBe(0);
		expect(new Map(a.vault.getFiles().map((f) => [f.path, { text: a.vault.peek(f), mtime: f.stat.mtime }]))).toEqual(before);
		expect(outcome.reportPath).toBeUndefined();
		expect(q(modal, ".sbl-import-summary-lines")?.textContent).toContain(t("import.summary.nothing"));
	});

	it("never overwrites a note edited since import: reported, left as it is; untouched notes are updated", async () => {
		const { app: a } = await start();
		await importFile(a, gardenExport);
		const edited = (await read(a, "garden-notes/Compost.md")) + "\nMy own addition.\n";
		await a.vault.modify(fileAt(a, "garden-notes/Compost.md"), edited);
		// A newer export changes two pages.
		const newer = gardenExport.replace("Last frost here is usually mid April.", "Last frost here is usually late April.").replace("turned every [two weeks]", "turned every [ten days]");
		const { outcome, modal } = await importFile(a, newer);
		expect(outcome.counts).toMatchObject({ created: 0, updated: 1, unchanged: 2, conflicts: 1 });
		expect(await read(a, "garden-notes/Compost.md")).toBe(edited);
		expect(await read(a, "garden-notes/Frost dates.md")).toContain("late April");
		const conflict = outcome.problems.find((p) => p.kind === "conflict");
		expect(conflict).toMatchObject({ code: "edited-since-import", title: "Compost", message: t("import.problem.edited-since-import") });
		expect(q(modal, ".sbl-import-summary-lines")?.textContent).toContain(t("import.summary.conflicts.one", { count: 1 }));
		expect(q(modal, ".sbl-import-problems")?.textContent).toContain("Compost");
		const report = await read(a, REPORT);
		expect(report).toContain(`## ${t("import.report.conflict")} (1)`);
		expect(report).toContain("[[garden-notes/Compost|Compost]]");
	});

	it("leaves a note the importer did not write where a page wants to go", async () => {
		const { app: a } = await start({ "garden-notes/Compost.md": "My compost diary.\n" });
		const { outcome } = await importFile(a, gardenExport);
		expect(outcome.counts).toMatchObject({ created: 3, conflicts: 1 });
		expect(await read(a, "garden-notes/Compost.md")).toBe("My compost diary.\n");
		expect(outcome.problems.find((p) => p.kind === "conflict")?.code).toBe("not-imported-note");
	});

	it("Stop half way leaves every written note whole, and importing again finishes the rest", async () => {
		const { app: a } = await start();
		const text = largeExport(40);
		const modal = openImport(a);
		modal.hooks.sliceBudgetMs = 0;
		let slices = 0;
		modal.hooks.afterSlice = async () => {
			if (++slices === 12) q<HTMLButtonElement>(modal, "button.sbl-import-stop")?.click();
		};
		await chooseFile(a, modal, text);
		const outcome = await importNow(a, modal);
		expect(outcome.stopped).toBe(true);
		expect(outcome.counts.created).toBe(12);
		expect(modal.titleEl.textContent).toBe(t("import.summary.stopped"));
		expect(counts(modal)[t("import.progress.label.remaining")]).toBe("28");
		expect(q(modal, ".sbl-import-summary-lines")?.textContent).toContain(t("import.summary.remaining", { count: 28 }));

		const parsed = readExport(text);
		if (!parsed.ok) throw new Error("fixture");
		const plan = planImport(parsed.export, { folder: "big-garden" });
		const written = a.vault.getMarkdownFiles().filter((f) => f.path.startsWith("big-garden/"));
		expect(written).toHaveLength(12);
		for (const file of written) expect(a.vault.peek(file)).toBe(plan.notes.find((n) => n.path === file.path)?.content);

		const again = await importFile(a, text);
		expect(again.outcome.counts).toMatchObject({ created: 28, unchanged: 12 });
		expect(again.outcome.stopped).toBe(false);
	});

	it("closing the window mid-import stops it between pages and says so in a notice", async () => {
		const { app: a } = await start();
		const modal = openImport(a);
		modal.hooks.sliceBudgetMs = 0;
		let slices = 0;
		modal.hooks.afterSlice = async () => {
			if (++slices === 5) modal.close();
		};
		await chooseFile(a, modal, largeExport(20));
		q<HTMLButtonElement>(modal, "button.sbl-import-start")?.click();
		const outcome = (await modal.outcome) as ImportOutcome;
		expect(outcome.stopped).toBe(true);
		expect(outcome.counts.created).toBe(5);
		expect(document.body.querySelector(".notice-message")?.textContent).toBe(t("import.notice.finished", { written: 5, unchanged: 0, problems: 0 }));
	});
});

describe("the import report", () => {
	it("is written only when something was skipped, failed or left as it was", async () => {
		const { app: a } = await start();
		const clean = await importFile(a, gardenExport);
		expect(clean.outcome.reportPath).toBeUndefined();
		expect(a.vault.getFileByPath(REPORT)).toBeNull();

		const { outcome, modal } = await importFile(a, exportWithBadPage);
		expect(outcome.counts).toMatchObject({ total: 5, unreadable: 1, unchanged: 4 });
		expect(outcome.reportPath).toBe(REPORT);
		const report = await read(a, REPORT);
		expect(report.startsWith(`# ${t("import.report.heading")}\n`)).toBe(true);
		expect(report).toContain(`## ${t("import.report.skipped")} (1)`);
		expect(report).toContain(`- page 5: ${t("import.problem.missing-title")}`);
		expect(q(modal, ".sbl-import-report-line")?.textContent).toBe(t("import.summary.report", { path: REPORT }));
		expect(counts(modal)[t("import.progress.label.skipped")]).toBe("5");

		// "Open the report" opens it.
		q<HTMLButtonElement>(modal, "button.sbl-import-open-report")?.click();
		await settle(a);
		expect(a.workspace.getActiveFile()?.path).toBe(REPORT);
	});
});

describe("image downloads (fake network)", () => {
	const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]).buffer;

	it("saves Gyazo images, links them locally, reports a failure without stopping, and never downloads a saved file again", async () => {
		const { app: a } = await start();
		setRequestHandler((request) => {
			if (request.url === `https://gyazo.com/${GYAZO_ID}/raw`) return { status: 200, headers: { "Content-Type": "image/png" }, arrayBuffer: PNG };
			if (request.url === SCRAPBOX_FILE_URL) return { status: 404, text: "not found" };
			throw new Error(`unexpected request ${request.url}`);
		});
		const { outcome, modal } = await importFile(a, imageExport, (m) => clickToggle(m, t("import.images.name")));
		expect(requestLog.map((r) => r.url)).toEqual([`https://gyazo.com/${GYAZO_ID}/raw`, SCRAPBOX_FILE_URL]);
		expect(outcome.counts).toMatchObject({ created: 2, failed: 0 });
		expect(outcome.images).toEqual({ downloaded: 1, reused: 0 });
		const image = fileAt(a, `garden-notes/attachments/${GYAZO_ID}.png`);
		expect(new Uint8Array(await a.vault.readBinary(image))).toEqual(new Uint8Array(PNG));
		const roses = await read(a, "garden-notes/Roses.md");
		expect(roses).toContain(`![](attachments/${GYAZO_ID}.png)`);
		expect(roses).toContain(`![](${SCRAPBOX_FILE_URL})`);
		expect(roses).toContain(`![](${OTHER_IMAGE_URL})`);
		expect(await read(a, "garden-notes/More roses.md")).toContain(`![](attachments/${GYAZO_ID}.png)`);
		expect(outcome.imageFailures).toEqual([{ url: SCRAPBOX_FILE_URL, message: "HTTP 404", notes: ["garden-notes/Roses.md"] }]);
		const report = await read(a, REPORT);
		expect(report).toContain(`## ${t("import.report.images")} (1)`);
		expect(report).toContain("[[garden-notes/Roses]]");
		expect(q(modal, ".sbl-import-summary-lines")?.textContent).toContain(t("import.summary.images", { downloaded: 1, reused: 0, failed: 1 }));

		// Again: the saved image is reused, not fetched; the notes stay as they are.
		requestLog.length = 0;
		const again = await importFile(a, imageExport);
		expect(requestLog.map((r) => r.url)).toEqual([SCRAPBOX_FILE_URL]);
		expect(again.outcome.images).toEqual({ downloaded: 0, reused: 1 });
		expect(again.outcome.counts).toMatchObject({ unchanged: 2, created: 0, updated: 0 });
	});

	it("is off by default: nothing is requested", async () => {
		const { app: a } = await start();
		await importFile(a, imageExport);
		expect(requestLog).toEqual([]);
		expect(await read(a, "garden-notes/Roses.md")).toContain(`![](${GYAZO_PAGE_URL}/thumb/1000)`);
	});

	it("an image already in the attachments folder is never downloaded", async () => {
		const { app: a } = await start();
		await a.vault.createFolder("garden-notes/attachments");
		await a.vault.createBinary(`garden-notes/attachments/${GYAZO_ID}.jpg`, PNG);
		setRequestHandler(() => ({ status: 500 }));
		const { outcome } = await importFile(a, imageExport, (m) => clickToggle(m, t("import.images.name")));
		expect(requestLog.map((r) => r.url)).toEqual([SCRAPBOX_FILE_URL]);
		expect(outcome.images.reused).toBe(1);
		expect(await read(a, "garden-notes/Roses.md")).toContain(`![](attachments/${GYAZO_ID}.jpg)`);
		expect(outcome.imageFailures.map((f) => f.message)).toEqual(["HTTP 500"]);
	});
});

describe("the translation option", () => {
	it("gives every page its provenance properties, a footer where it had none, and links into the source project's notes", async () => {
		const { app: a } = await start(teahouseNotes, { defaultEngine: "DeepL" });
		const { outcome, modal } = await importFile(a, translatedExport, (m) => {
			clickToggle(m, t("import.translation.name"));
			expect((settingNamed(m, t("import.translation.engine.name")).querySelector("input") as HTMLInputElement).value).toBe("DeepL");
			// The window names the projects already imported here.
			expect(settingNamed(m, t("import.rootLinks.name")).querySelector(".setting-item-description")?.textContent).toContain(t("import.rootLinks.found", { projects: "teahouse" }));
			setText(m, t("import.translation.project.name"), "teahouse");
		});
		expect(outcome.translated).toBe(2);
		expect(q(modal, ".sbl-import-summary-lines")?.textContent).toContain(t("import.summary.translation", { count: 2 }));

		const about = await read(a, "teahouse-en/About tea.md");
		const aboutProps = parseYaml(about.slice(4, about.indexOf("\n---\n"))) as Record<string, unknown>;
		expect(aboutProps).toMatchObject({
			translated_from: "https://scrapbox.io/teahouse/%E3%81%8A%E8%8C%B6%E3%81%AE%E8%A9%B1",
			translation_source: "お茶の話",
			source_lang: "ja",
			translation_engine: "DeepL",
		});
		// The page's own footer stays as written, its link into the source project's note.
		expect(about).toContain("This page is auto-translated from [[teahouse/お茶の話|/teahouse/お茶の話]] using DeepL. If something reads oddly");
		expect(about).toContain("See also [[teahouse/お茶の淹れ方|/teahouse/お茶の淹れ方]] for brewing.");

		const kettles = await read(a, "teahouse-en/Kettles.md");
		const footer = parseFooter(kettles);
		expect(footer).toMatchObject({ form: "lens", sourceProject: "teahouse", sourceTitle: "Kettles", engine: "DeepL", sourceUrl: "https://scrapbox.io/teahouse/Kettles" });
		expect(kettles).toContain("\n\n---\nThis page was translated by DeepL. Original: [Kettles](https://scrapbox.io/teahouse/Kettles)\n");
		expect(parseYaml(kettles.slice(4, kettles.indexOf("\n---\n")))).toMatchObject({ translation_source: "Kettles", translated_from: "https://scrapbox.io/teahouse/Kettles" });

		// Importing again with the same options changes nothing; an edit is still noticed.
		const again = await importFile(a, translatedExport, (m) => {
			clickToggle(m, t("import.translation.name"));
			setText(m, t("import.translation.project.name"), "teahouse");
		});
		expect(again.outcome.counts).toMatchObject({ unchanged: 2, created: 0, updated: 0, conflicts: 0 });
		await a.vault.modify(fileAt(a, "teahouse-en/Kettles.md"), kettles.replace("thermometer", "thermostat"));
		const third = await importFile(a, translatedExport, (m) => {
			clickToggle(m, t("import.translation.name"));
			setText(m, t("import.translation.project.name"), "teahouse");
		});
		expect(third.outcome.counts).toMatchObject({ unchanged: 1, conflicts: 1 });
	});

	it("pages without a footer can be left alone, and the source project is required", async () => {
		const { app: a } = await start();
		const modal = openImport(a);
		await chooseFile(a, modal, translatedExport);
		clickToggle(modal, t("import.translation.name"));
		q<HTMLButtonElement>(modal, "button.sbl-import-start")?.click();
		expect(q(modal, ".sbl-import-error")?.textContent).toBe(t("import.translation.missingProject"));
		setText(modal, t("import.translation.project.name"), "teahouse");
		setSelect(modal, t("import.translation.withoutFooter.name"), "leave");
		const outcome = await importNow(a, modal);
		expect(outcome.translated).toBe(1);
		const kettles = await read(a, "teahouse-en/Kettles.md");
		expect(kettles).not.toContain("translation_source");
		expect(parseFooter(kettles)).toBeNull();
		// The source project is not in this vault: its root links stay scrapbox.io links.
		expect(await read(a, "teahouse-en/About tea.md")).toContain("[/teahouse/お茶の淹れ方](https://scrapbox.io/teahouse/");
	});
});

describe("unloading", () => {
	it("closes the window, stops the import and removes the temporary input; nothing stays registered", async () => {
		const { app: a, plugin } = await start();
		const modal = openImport(a);
		q<HTMLButtonElement>(modal, "button.sbl-import-choose")?.click();
		expect(fileInputs()).toHaveLength(1);
		await unloadPlugin(plugin);
		expect(fileInputs()).toHaveLength(0);
		expect(a.openModals).toHaveLength(0);
		expect(await modal.outcome).toBeNull();
		expect(totalListeners(listenerCounts(a))).toBe(0);
	});

	it("mid-import: the import stops between pages", async () => {
		const { app: a, plugin } = await start();
		const modal = openImport(a);
		modal.hooks.sliceBudgetMs = 0;
		let unloading: Promise<void> = Promise.resolve();
		let slices = 0;
		modal.hooks.afterSlice = async () => {
			if (++slices === 3) unloading = unloadPlugin(plugin);
		};
		await chooseFile(a, modal, largeExport(20));
		q<HTMLButtonElement>(modal, "button.sbl-import-start")?.click();
		const outcome = (await modal.outcome) as ImportOutcome;
		await unloading;
		expect(outcome.stopped).toBe(true);
		expect(outcome.counts.created).toBe(3);
		expect(a.openModals).toHaveLength(0);
		expect(totalListeners(listenerCounts(a))).toBe(0);
	});
});

describe("settings", () => {
	it("the settings tab has an import section whose defaults the window starts from", async () => {
		const { app: a } = await start({}, { importHeadings: "none", importIcons: "links", importDownloadImages: true });
		const modal = openImport(a);
		await chooseFile(a, modal, gardenExport);
		expect((settingNamed(modal, t("import.headings.name")).querySelector("select") as HTMLSelectElement).value).toBe("none");
		expect((settingNamed(modal, t("import.icons.name")).querySelector("select") as HTMLSelectElement).value).toBe("links");
		expect(settingNamed(modal, t("import.images.name")).querySelector(".checkbox-container")?.hasClass("is-enabled")).toBe(true);
		modal.close();
		const tab = a.setting.openTabById(manifest.id);
		const text = tab?.containerEl.textContent ?? "";
		expect(text).toContain(t("settings.heading.import"));
		expect(text).toContain(t("import.rootLinks.name"));
		a.setting.close();
	});
});
