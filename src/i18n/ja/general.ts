/** Japanese UI strings: general. */
import type { general as english } from "../en/general";
import type { Shape } from "../strings";

export const general: Shape<typeof english> = {
	plugin: {
		name: "Scrapbox Lens",
	},
	settings: {
		heading: {
			general: "全般",
			reading: "表示",
		},
		language: {
			name: "言語",
			desc: "このプラグインの表示言語。「自動」は Obsidian の設定に従います。",
			auto: "自動",
		},
		renderScope: {
			name: "Scrapbox 表示を使うノート",
			desc: "引用のまとまり表示、アイコン、日付チップ、翻訳元カードを使うノート。",
			detected: "Scrapbox 由来と検出したノート",
			all: "すべてのノート",
			none: "使わない",
		},
		statusBar: {
			name: "ステータスバーに種類を表示",
			desc: "アクティブなノートが記法そのまま・変換済み・翻訳済みのどれかを表示し、根拠をホバーで示します。",
		},
	},
	notice: {
		markDetected: {
			none: "プロパティを書き込む必要のあるノートはありません。",
			done: "{count} 件のノートに scrapbox プロパティを書き込みました。",
		},
		loaded: "Scrapbox Lens の準備ができました。",
	},
	modal: {
		markDetected: {
			title: "ノートに Scrapbox の種類を記録",
			body: "検出したノートのうちプロパティのない {count} 件に scrapbox プロパティ（値は種類）を追加します。ノートのほかの部分は変わりません。",
		},
		confirm: "続ける",
		cancel: "キャンセル",
		stop: "中止",
		close: "閉じる",
	},
	batch: {
		counts: "完了: {done} · スキップ: {skipped} · 失敗: {failed} · 残り: {remaining}",
		moreFailures: "…ほか {count} 件。",
	},
};
