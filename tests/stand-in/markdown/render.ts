/**
 * Turns parsed blocks into Reading-view DOM, one `<div>` per top-level block
 * (a "section"), with the element classes Obsidian gives them (`el-p`,
 * `el-blockquote`, `el-ul`, …), `data-line` on list items (relative to the
 * section), `data-heading` on headings, task checkboxes and callouts.
 */
import { blockEnd, parseBlocks, type Block, type Document, type ListItem } from "./blocks";
import { InlineRenderer, type InlineContext } from "./inline";

export interface Section {
	el: HTMLElement;
	/** Section type as in the metadata cache (`paragraph`, `list`, `blockquote`, …). */
	type: string;
	lineStart: number;
	lineEnd: number;
	/** The section's own source lines. */
	source: string;
}

export function sectionType(block: Block): string {
	switch (block.type) {
		case "frontmatter":
			return "yaml";
		case "blockquote":
			return calloutOf(block) ? "callout" : "blockquote";
		default:
			return block.type;
	}
}

const CALLOUT = /^\[!([^\]\s]+)\]([+-]?)(?:[ \t]+(.*))?$/;

function calloutOf(block: Block): { type: string; fold: string; title: string } | null {
	if (block.type !== "blockquote") return null;
	const first = block.children[0];
	if (first?.type !== "paragraph") return null;
	const m = CALLOUT.exec(first.lines[0].trim());
	if (!m) return null;
	const type = m[1].toLowerCase();
	return { type, fold: m[2], title: m[3] ?? type.charAt(0).toUpperCase() + type.slice(1) };
}

/** A paragraph's text: continuation lines lose their indentation, trailing spaces go. */
function paragraphText(lines: string[]): string {
	return lines
		.map((line, i) => (i === 0 ? line.replace(/^[ \t]+/, "") : line.replace(/^[ \t]+/, "")))
		.join("\n")
		.replace(/[ \t]+$/, "");
}

export class BlockRenderer {
	private readonly inline: InlineRenderer;

	constructor(ctx: InlineContext) {
		this.inline = new InlineRenderer(ctx);
	}

	renderInline(text: string, parent: HTMLElement | DocumentFragment): void {
		this.inline.render(text, parent);
	}

	/** Renders one block into `parent`; `base` is the section's first line, for `data-line`. */
	renderBlock(block: Block, parent: HTMLElement, base: number, tight = false): void {
		switch (block.type) {
			case "frontmatter": {
				const pre = parent.createEl("pre", { cls: ["frontmatter", "language-yaml"], attr: { tabindex: "0" } });
				pre.style.display = "none";
				pre.createEl("code", { cls: ["language-yaml", "is-loaded"], text: block.content });
				return;
			}
			case "heading": {
				const h = parent.createEl(`h${block.level}` as "h1", { attr: { "data-heading": block.text, dir: "auto" } });
				this.inline.render(block.text, h);
				return;
			}
			case "paragraph": {
				const text = paragraphText(block.lines);
				if (tight) this.inline.render(text, parent);
				else this.inline.render(text, parent.createEl("p", { attr: { dir: "auto" } }));
				return;
			}
			case "thematicBreak":
				parent.createEl("hr");
				return;
			case "code": {
				const content = block.content.replace(/\n$/, "");
				const lang = block.lang;
				const pre = parent.createEl("pre", { cls: lang ? `language-${lang}` : undefined, attr: { tabindex: "0" } });
				pre.createEl("code", { cls: lang ? [`language-${lang}`, "is-loaded"] : undefined, text: content });
				pre.createEl("button", { cls: "copy-code-button", text: "Copy" });
				return;
			}
			case "math": {
				// MathJax is not modelled: the TeX source stays visible.
				const math = parent.createDiv({ cls: ["math", "math-block"] });
				math.createSpan({ cls: "math-source", text: `$$${block.content}$$` });
				return;
			}
			case "table": {
				const table = parent.createEl("table");
				const headRow = table.createEl("thead").createEl("tr");
				block.header.forEach((cell, i) => {
					const th = headRow.createEl("th", { attr: { dir: "auto" } });
					if (block.align[i]) th.style.textAlign = block.align[i];
					this.inline.render(cell, th);
				});
				const body = table.createEl("tbody");
				for (const row of block.rows) {
					const tr = body.createEl("tr");
					row.forEach((cell, i) => {
						const td = tr.createEl("td", { attr: { dir: "auto" } });
						if (block.align[i]) td.style.textAlign = block.align[i];
						this.inline.render(cell, td);
					});
				}
				return;
			}
			case "blockquote": {
				const callout = calloutOf(block);
				if (callout) {
					this.renderCallout(block.children, callout, parent, base);
					return;
				}
				const quote = parent.createEl("blockquote");
				for (const child of block.children) this.renderBlock(child, quote, base);
				return;
			}
			case "list": {
				const list = block.ordered ? parent.createEl("ol") : parent.createEl("ul", { cls: "has-list-bullet" });
				if (block.ordered && block.start !== 1) list.setAttribute("start", String(block.start));
				for (const item of block.items) this.renderItem(item, list, base, !block.loose);
				return;
			}
		}
	}

	private renderItem(item: ListItem, list: HTMLElement, base: number, tight: boolean): void {
		const li = list.createEl("li", { attr: { "data-line": String(item.lineStart - base), dir: "auto" } });
		if (item.task !== undefined) {
			const checked = item.task !== " ";
			li.addClass("task-list-item");
			if (checked) li.addClass("is-checked");
			li.setAttribute("data-task", item.task === " " ? "" : item.task);
			const box = li.createEl("input", { cls: "task-list-item-checkbox", type: "checkbox", attr: { "data-line": String(item.lineStart - base) } });
			box.checked = checked;
		} else if (list.tagName === "UL") {
			li.createSpan({ cls: "list-bullet" });
		}
		for (const child of item.children) this.renderBlock(child, li, base, tight && child.type === "paragraph");
	}

	private renderCallout(children: Block[], callout: { type: string; fold: string; title: string }, parent: HTMLElement, base: number): void {
		const box = parent.createDiv({
			cls: "callout",
			attr: { "data-callout": callout.type, "data-callout-fold": callout.fold, "data-callout-metadata": "" },
		});
		if (callout.fold) box.addClass("is-collapsible");
		if (callout.fold === "-") box.addClass("is-collapsed");
		const title = box.createDiv({ cls: "callout-title", attr: { dir: "auto" } });
		title.createDiv({ cls: "callout-icon" });
		this.inline.render(callout.title, title.createDiv({ cls: "callout-title-inner" }));
		const content = box.createDiv({ cls: "callout-content" });
		const [first, ...rest] = children;
		if (first?.type === "paragraph" && first.lines.length > 1) {
			this.renderBlock({ ...first, lines: first.lines.slice(1), lineStart: first.lineStart + 1 }, content, base);
		}
		for (const child of rest) this.renderBlock(child, content, base);
	}

	/** Renders every top-level block into its own section `<div>` (not attached anywhere). */
	renderSections(source: string): { doc: Document; sections: Section[] } {
		const doc = parseBlocks(source);
		const sections: Section[] = [];
		for (const block of doc.children) {
			const lineEnd = blockEnd(block);
			const el = document.createElement("div");
			this.renderBlock(block, el, block.lineStart);
			const first = el.firstElementChild;
			if (block.type === "frontmatter") el.addClass("el-pre", "mod-frontmatter", "mod-ui");
			else if (first) el.addClass(`el-${first.tagName.toLowerCase()}`);
			sections.push({ el, type: sectionType(block), lineStart: block.lineStart, lineEnd, source: doc.lines.slice(block.lineStart, lineEnd + 1).join("\n") });
		}
		return { doc, sections };
	}
}
