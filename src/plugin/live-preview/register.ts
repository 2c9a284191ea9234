/**
 * Wires the Live Preview extension into the plugin: the file and mode come
 * from Obsidian's editor fields, the scope from the same NoteScope as Reading
 * view, and a settings change re-decides every open editor.
 */
import { editorInfoField, editorLivePreviewField } from "obsidian";
import type { EditorView } from "@codemirror/view";
import { t } from "../../i18n/ui";
import type { LensHost } from "../host";
import type { NoteScope } from "../reading/scope";
import { quoteUnitsExtension, refreshEditors } from "./extension";
import type { ToggleLabels } from "./decorations";

export const TOGGLE_LABELS: ToggleLabels = {
	text: (folded, count) =>
		folded
			? count === 1
				? t("reading.commentary.showOne")
				: t("reading.commentary.show", { count })
			: count === 1
				? t("reading.commentary.hideOne")
				: t("reading.commentary.hide", { count }),
	aria: (folded) => (folded ? t("reading.commentary.unfoldLabel") : t("reading.commentary.foldLabel")),
};

export function registerLivePreview(host: LensHost, scope: NoteScope): void {
	const views = new Set<EditorView>();
	// Held here: an editor may be destroyed after the global window binding is gone (tests tearing down).
	const timers = window;
	host.registerEditorExtension(
		quoteUnitsExtension({
			fileOf: (state) => {
				const file = state.field(editorInfoField, false)?.file;
				return file ? file.path : null;
			},
			livePreview: (state) => state.field(editorLivePreviewField, false) ?? false,
			decide: (path, text) => {
				const settings = host.settings;
				if (!settings.livePreviewUnits) return { units: false, notation: "markdown" };
				const decision = scope.decide(path, text, { renderScope: settings.renderScope, renderRawNotes: false });
				return { units: decision.units, notation: decision.flavour === "raw" ? "scrapbox" : "markdown" };
			},
			labels: TOGGLE_LABELS,
			setTimer: (fn, ms) => timers.setTimeout(fn, ms),
			clearTimer: (id) => timers.clearTimeout(id),
			views,
		}),
	);
	host.registerEvent(host.onSettingsChange(() => refreshEditors(views)));
}
