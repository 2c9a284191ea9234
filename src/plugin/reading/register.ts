/**
 * Wires quote units and the Scrapbox renderer into the plugin: the
 * Reading-view post-processor, the ```scrapbox code-block processor, the hover
 * source for their links, maths typesetting, and the Live Preview extension.
 * main.ts calls `registerReading(this)` once.
 */
import { finishRenderMath, Keymap, loadMathJax, MarkdownView, renderMath, TFile } from "obsidian";
import { classifyFlavour } from "../../core/detect";
import { t } from "../../i18n/ui";
import type { LensHost } from "../host";
import { registerLivePreview } from "../live-preview/register";
import { trackSection } from "../ui/section-life";
import { FoldStore } from "./fold-store";
import type { LinkHost } from "./links";
import { ReadingRenderer } from "./processor";
import { NoteScope } from "./scope";

/** MathJax is loaded on first use only; formulas stay as code if it is not available. */
function typeset(formulas: HTMLElement[]): void {
	void (async () => {
		await loadMathJax();
		for (const el of formulas) {
			const tex = el.getAttribute("data-tex");
			if (tex === null || !el.isConnected) continue;
			try {
				const math = renderMath(tex, false);
				el.empty();
				el.appendChild(math);
				el.addClass("is-typeset");
			} catch {
				// This one stays as code.
			}
		}
		await finishRenderMath();
	})().catch(() => {
		// No MathJax (or no DOM for it): the formulas keep their code form.
	});
}

export interface ReadingFeature {
	renderer: ReadingRenderer;
	scope: NoteScope;
	folds: FoldStore;
}

/** How long after the last fold toggle the folds are saved to data.json. */
const FOLD_SAVE_DELAY_MS = 1000;

export function registerReading(host: LensHost): ReadingFeature {
	const { app } = host;
	const hoverSource = host.manifest.id;
	host.registerHoverLinkSource(hoverSource, { display: t("reading.hoverSource"), defaultMod: false });
	const hoverParent = { hoverPopover: null };
	const links: LinkHost = {
		resolves: (linktext, sourcePath) => app.metadataCache.getFirstLinkpathDest(linktext, sourcePath) !== null,
		open: (linktext, sourcePath, newLeaf) => void app.workspace.openLinkText(linktext, sourcePath, newLeaf),
		hover: (event, targetEl, linktext, sourcePath) => app.workspace.trigger("hover-link", { event, source: hoverSource, hoverParent, targetEl, linktext, sourcePath }),
		newLeaf: (event) => Keymap.isModEvent(event),
	};

	const scope = new NoteScope(classifyFlavour);
	const timers = window;
	const folds = new FoldStore();
	folds.restore(host.store.folds);
	// Folds are saved a second after the last toggle, and at once if the plugin unloads before that.
	let pendingSave: number | null = null;
	const saveFolds = () => {
		if (pendingSave !== null) timers.clearTimeout(pendingSave);
		pendingSave = null;
		void host.store.saveFolds(folds.snapshot());
	};
	host.register(
		folds.onChange(() => {
			if (pendingSave !== null) timers.clearTimeout(pendingSave);
			pendingSave = timers.setTimeout(saveFolds, FOLD_SAVE_DELAY_MS);
		}),
	);
	host.register(() => {
		if (pendingSave !== null) saveFolds();
	});
	const renderer = new ReadingRenderer({
		settings: () => host.settings,
		scope,
		folds,
		links,
		track: trackSection,
		typeset,
		defer: (fn) => void timers.setTimeout(fn, 0),
	});
	host.register(() => renderer.destroy());

	host.registerMarkdownPostProcessor(renderer.process);
	host.registerMarkdownCodeBlockProcessor("scrapbox", renderer.codeBlock);

	// Sections Obsidian keeps across an edit are not post-processed again; once the
	// note is re-indexed, those whose decoration came from an older text are redone.
	host.registerEvent(app.metadataCache.on("changed", (file) => renderer.refresh(file.path)));
	host.registerEvent(
		app.vault.on("rename", (file, oldPath) => {
			if (file instanceof TFile) {
				const hadFolds = folds.hasFolds(oldPath);
				renderer.rename(oldPath, file.path);
				scope.forget(oldPath);
				if (hadFolds) saveFolds();
			}
		}),
	);
	host.registerEvent(
		app.vault.on("delete", (file) => {
			if (file instanceof TFile && folds.hasFolds(file.path)) {
				folds.forget(file.path);
				saveFolds();
			}
		}),
	);

	// A different scope means different sections: draw the open Reading views again.
	let last = { renderScope: host.settings.renderScope, renderRawNotes: host.settings.renderRawNotes };
	host.registerEvent(
		host.onSettingsChange((settings) => {
			if (settings.renderScope === last.renderScope && settings.renderRawNotes === last.renderRawNotes) return;
			last = { renderScope: settings.renderScope, renderRawNotes: settings.renderRawNotes };
			app.workspace.iterateAllLeaves((leaf) => {
				if (leaf.view instanceof MarkdownView) leaf.view.previewMode.rerender(true);
			});
		}),
	);

	registerLivePreview(host, scope);
	return { renderer, scope, folds };
}
