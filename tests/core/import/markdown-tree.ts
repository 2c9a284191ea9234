/**
 * How a CommonMark + GFM parser reads Markdown: @lezer/markdown, the parser
 * behind CodeMirror 6 and so Obsidian's editor. Tests use it to check that
 * converted text means what it should (plain stays plain, structure holds).
 */
import { GFM, parser } from "@lezer/markdown";

const markdown = parser.configure(GFM);

export interface MarkdownNode {
	name: string;
	text: string;
}

/** Every node of the parse, in document order, with the text it covers. */
export function markdownNodes(text: string): MarkdownNode[] {
	const nodes: MarkdownNode[] = [];
	markdown.parse(text).iterate({
		enter: (node) => {
			nodes.push({ name: node.name, text: text.slice(node.from, node.to) });
		},
	});
	return nodes;
}

/** Node names other than the document, paragraphs and backslash escapes. */
export function formattingIn(text: string): string[] {
	return markdownNodes(text)
		.map((n) => n.name)
		.filter((name) => name !== "Document" && name !== "Paragraph" && name !== "Escape");
}
