/** Japanese UI strings: reading. */
import type { reading as english } from "../en/reading";

export const reading: Record<keyof typeof english, string> = {
	"settings.renderRawNotes.name": "Scrapbox 記法のままのノートを Scrapbox のように表示",
	"settings.renderRawNotes.desc": "Scrapbox 記法のままと検出したノートを読むとき、リンク・アイコン・字下げ・コードブロックを Scrapbox と同じように表示します（そうしないと、字下げした行がコードとして表示されます）。",
	"settings.livePreviewUnits.name": "編集中も引用をまとめる",
	"settings.livePreviewUnits.desc": "エディターのライブプレビューでも、引用とそのコメントをひとまとまりにし、コメントを折りたためるようにします。",
	"reading.commentary.hide": "コメント {count} 件を隠す",
	"reading.commentary.hideOne": "コメント 1 件を隠す",
	"reading.commentary.show": "コメント {count} 件を表示",
	"reading.commentary.showOne": "コメント 1 件を表示",
	"reading.commentary.foldLabel": "この引用へのコメントを折りたたむ",
	"reading.commentary.unfoldLabel": "この引用へのコメントを開く",
	"reading.map": "地図: {place}",
	"reading.hoverSource": "Scrapbox Lens",
};
