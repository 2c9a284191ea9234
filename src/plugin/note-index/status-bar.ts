/**
 * The status-bar item for the active note: its Scrapbox flavour, with the
 * evidence on hover. Hidden for ordinary notes so it costs no space.
 */
import { Component, MarkdownView, setTooltip, type App } from "obsidian";
import type { NoteIndex } from "./note-index";
import { flavourLabel } from "./labels";
import { t } from "../../i18n/ui";
import { evidenceText } from "../../i18n/evidence";

export class FlavourStatusBar extends Component {
	private requestId = 0;

	constructor(
		private readonly app: App,
		private readonly index: NoteIndex,
		private readonly el: HTMLElement,
		private readonly onOpenList: () => void,
		private readonly isEnabled: () => boolean,
	) {
		super();
	}

	override onload(): void {
		this.el.addClass("sbl-status", "mod-clickable");
		this.el.hide();
		this.registerDomEvent(this.el, "click", () => this.onOpenList());
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => void this.refresh()));
		this.registerEvent(this.app.workspace.on("file-open", () => void this.refresh()));
		this.registerEvent(
			this.index.on("updated", (paths) => {
				const active = this.app.workspace.getActiveFile();
				if (active && paths.includes(active.path)) void this.refresh();
			}),
		);
		this.app.workspace.onLayoutReady(() => void this.refresh());
	}

	async refresh(): Promise<void> {
		const request = ++this.requestId;
		const file = this.app.workspace.getActiveViewOfType(MarkdownView)?.file ?? this.app.workspace.getActiveFile();
		if (!file || file.extension !== "md" || !this.isEnabled()) {
			this.el.hide();
			return;
		}
		const result = await this.index.explain(file);
		if (request !== this.requestId) return; // a newer note became active meanwhile
		if (!result.flavour) {
			this.el.hide();
			return;
		}
		this.el.empty();
		this.el.createSpan({ cls: "sbl-status-dot", attr: { "data-flavour": result.flavour } });
		this.el.createSpan({ text: t("status.flavour", { flavour: flavourLabel(result.flavour) }) });
		// Written from the structured evidence: `reasons` are English only.
		const evidence = result.evidence.length > 0 ? result.evidence.map((item) => evidenceText(item)).join("\n") : t("status.noReasons");
		setTooltip(this.el, `${t("status.tooltipHeading", { score: Math.round(result.score * 100) })}\n${evidence}`, { placement: "top" });
		this.el.setAttr("data-flavour", result.flavour);
		this.el.show();
	}
}
