/** Japanese UI strings: note-index. */
import type { noteIndex as english } from "../en/note-index";
import type { Shape } from "../strings";

export const noteIndex: Shape<typeof english> = {
	flavour: {
		raw: "Scrapbox 記法そのまま",
		converted: "Scrapbox から変換",
		translated: "翻訳された Scrapbox ページ",
		none: "Scrapbox 由来ではない",
	},
	status: {
		flavour: "Scrapbox: {flavour}",
		tooltipHeading: "Scrapbox 由来と判断した根拠（確信度 {score}%）:",
		noReasons: "根拠は記録されていません。",
	},
	list: {
		title: "Scrapbox 由来のノート",
		filterByFlavour: "種類で絞り込む",
		filterPlaceholder: "パスで絞り込む…",
		all: "すべて",
		indexing: "保管庫を調べています: {total} 件中 {done} 件…",
		summary: "{total} 件中 {found} 件が Scrapbox 由来です。",
		showMore: "さらに {count} 件を表示",
		empty: "該当する Scrapbox 由来のノートはありません。",
		emptyWhileIndexing: "まだ保管庫を調べています…",
	},
	command: {
		showNotes: "Scrapbox 由来のノートを表示",
		markDetected: "検出したノートに Scrapbox の種類を記録",
	},
};
