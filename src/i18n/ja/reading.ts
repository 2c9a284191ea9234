/** Japanese UI strings: reading. */
import type { reading as english } from "../en/reading";
import type { Shape } from "../strings";

export const reading: Shape<typeof english> = {
	settings: {
		renderRawNotes: {
			name: "Scrapbox 記法のままのノートを Scrapbox のように表示",
			desc: "Scrapbox 記法のままと検出したノートを読むとき、リンク・アイコン・字下げ・コードブロックを Scrapbox と同じように表示します（そうしないと、字下げした行がコードとして表示されます）。",
		},
		livePreviewUnits: {
			name: "編集中も引用をまとめる",
			desc: "エディターのライブプレビューでも、引用とそのコメントをひとまとまりにし、コメントを折りたためるようにします。",
		},
	},
	reading: {
		commentary: {
			hide: "コメント {count} 件を隠す",
			hideOne: "コメント 1 件を隠す",
			show: "コメント {count} 件を表示",
			showOne: "コメント 1 件を表示",
			foldLabel: "この引用へのコメントを折りたたむ",
			unfoldLabel: "この引用へのコメントを開く",
		},
		map: "地図: {place}",
		hoverSource: "Scrapbox Lens",
	},
};
