/** Japanese UI strings: general. */
import type { general as english } from "../en/general";

export const general: Record<keyof typeof english, string> = {
	"plugin.name": "Scrapbox Lens",
	"settings.heading.general": "全般",
	"settings.language.name": "言語",
	"settings.language.desc": "このプラグインの表示言語。「自動」は Obsidian の設定に従います。",
	"settings.language.auto": "自動",
	"settings.heading.reading": "表示",
	"settings.renderScope.name": "Scrapbox 表示を使うノート",
	"settings.renderScope.desc": "引用のまとまり表示、アイコン、日付チップ、翻訳元カードを使うノート。",
	"settings.renderScope.detected": "Scrapbox 由来と検出したノート",
	"settings.renderScope.all": "すべてのノート",
	"settings.renderScope.none": "使わない",
	"settings.statusBar.name": "ステータスバーに種類を表示",
	"settings.statusBar.desc": "アクティブなノートが記法そのまま・変換済み・翻訳済みのどれかを表示し、根拠をホバーで示します。",
	"notice.markDetected.none": "プロパティを書き込む必要のあるノートはありません。",
	"notice.markDetected.done": "{count} 件のノートに scrapbox プロパティを書き込みました。",
	"notice.loaded": "Scrapbox Lens の準備ができました。",
	"modal.markDetected.title": "ノートに Scrapbox の種類を記録",
	"modal.markDetected.body": "検出したノートのうちプロパティのない {count} 件に scrapbox プロパティ（値は種類）を追加します。ノートのほかの部分は変わりません。",
	"modal.confirm": "続ける",
	"modal.cancel": "キャンセル",
	"modal.stop": "中止",
	"modal.close": "閉じる",
	"batch.counts": "完了: {done} · スキップ: {skipped} · 失敗: {failed} · 残り: {remaining}",
	"batch.moreFailures": "…ほか {count} 件。",
};
