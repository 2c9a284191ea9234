/** Japanese UI strings: note-index. */
import type { noteIndex as english } from "../en/note-index";

export const noteIndex: Record<keyof typeof english, string> = {
	"flavour.raw": "Scrapbox 記法そのまま",
	"flavour.converted": "Scrapbox から変換",
	"flavour.translated": "翻訳された Scrapbox ページ",
	"flavour.none": "Scrapbox 由来ではない",
	"status.flavour": "Scrapbox: {flavour}",
	"status.tooltipHeading": "Scrapbox 由来と判断した根拠（確信度 {score}%）:",
	"status.noReasons": "根拠は記録されていません。",
	"list.title": "Scrapbox 由来のノート",
	"list.filterByFlavour": "種類で絞り込む",
	"list.filterPlaceholder": "パスで絞り込む…",
	"list.all": "すべて",
	"list.indexing": "保管庫を調べています: {total} 件中 {done} 件…",
	"list.summary": "{total} 件中 {found} 件が Scrapbox 由来です。",
	"list.showMore": "さらに {count} 件を表示",
	"list.empty": "該当する Scrapbox 由来のノートはありません。",
	"list.emptyWhileIndexing": "まだ保管庫を調べています…",
	"command.showNotes": "Scrapbox 由来のノートを表示",
	"command.markDetected": "検出したノートに Scrapbox の種類を記録",
};
