/**
 * The footer's contact and thanks sentence, drawn as text with its links.
 *
 * Only links are recognised — Markdown `[label](url)`, Scrapbox `[label url]`
 * and `[url label]`, `<url>` and bare URLs — and only http(s) ones become
 * clickable; everything else, brackets included, stays text. No Markdown is
 * rendered, so a sentence can never turn into a heading, a list or HTML.
 */
import { isWebUrl } from "../../core/import/escape";
import { externalLink } from "../ui/links";

export type MessagePiece = { kind: "text"; text: string } | { kind: "link"; text: string; url: string };

/** Markdown link, Scrapbox bracket link, autolink, bare URL; bounded so a long line stays linear. */
const LINK = /\[([^\]\n]{1,500})\]\((https?:\/\/[^\s)]{1,2000})\)|\[(https?:\/\/[^\s\]]{1,2000})\s+([^\]\n]{1,500})\]|\[([^\]\n]{1,500}?)\s+(https?:\/\/[^\s\]]{1,2000})\]|<(https?:\/\/[^\s>]{1,2000})>|(https?:\/\/[^\s<>"]{1,2000})/g;

/** Punctuation a sentence puts after a bare URL, which is not part of it. */
function trimBareUrl(url: string): string {
	let end = url.length;
	while (end > 0 && /[.,;:!?'"\u3001\u3002]/.test(url[end - 1])) end--;
	// A closing parenthesis belongs to the URL only when it opens one too.
	while (end > 0 && url[end - 1] === ")" && (url.slice(0, end).match(/\(/g) ?? []).length < (url.slice(0, end).match(/\)/g) ?? []).length) end--;
	return url.slice(0, end);
}

export function messagePieces(message: string): MessagePiece[] {
	const pieces: MessagePiece[] = [];
	const text = (value: string) => {
		if (value === "") return;
		const last = pieces[pieces.length - 1];
		if (last?.kind === "text") last.text += value;
		else pieces.push({ kind: "text", text: value });
	};
	let pos = 0;
	LINK.lastIndex = 0;
	for (let m = LINK.exec(message); m; m = LINK.exec(message)) {
		let whole = m[0];
		let piece: MessagePiece;
		if (m[2] !== undefined) piece = { kind: "link", text: m[1], url: m[2] };
		else if (m[3] !== undefined) piece = { kind: "link", text: m[4], url: m[3] };
		else if (m[6] !== undefined) piece = { kind: "link", text: m[5], url: m[6] };
		else if (m[7] !== undefined) piece = { kind: "link", text: m[7], url: m[7] };
		else {
			const url = trimBareUrl(m[8]);
			whole = url;
			LINK.lastIndex = m.index + url.length;
			piece = { kind: "link", text: url, url };
		}
		text(message.slice(pos, m.index));
		if (isWebUrl(piece.url) && piece.url.length > 8) pieces.push(piece);
		else text(whole);
		pos = m.index + whole.length;
		if (whole.length === 0) LINK.lastIndex++;
	}
	text(message.slice(pos));
	return pieces;
}

/** Appends the message to `parent` as text nodes and external links. */
export function renderMessage(parent: HTMLElement, message: string): void {
	for (const piece of messagePieces(message)) {
		if (piece.kind === "text") parent.appendText(piece.text);
		// messagePieces lets only http(s) URLs through.
		else externalLink(parent, piece.url, piece.text);
	}
}
