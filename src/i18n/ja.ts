import type { MessageKey } from "./en";

/** Japanese UI strings. Scrapbox's users are mostly Japanese; keep this table complete. */
export const ja: Record<MessageKey, string> = {
	"plugin.name": "Scrapbox Lens",

	"settings.heading.general": "全般",
	"settings.language.name": "言語",
	"settings.language.desc": "このプラグインの表示言語。「自動」は Obsidian の設定に従います。",
	"settings.language.auto": "自動",

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
	"notice.markDetected.none": "プロパティを書き込む必要のあるノートはありません。",
	"notice.markDetected.done": "{count} 件のノートに scrapbox プロパティを書き込みました。",
	"modal.markDetected.title": "ノートに Scrapbox の種類を記録",
	"modal.markDetected.body": "検出したノートのうちプロパティのない {count} 件に scrapbox プロパティ（値は種類）を追加します。ノートのほかの部分は変わりません。",
	"modal.confirm": "続ける",
	"modal.cancel": "キャンセル",
	"modal.stop": "中止",
	"modal.close": "閉じる",

	"settings.heading.reading": "表示",
	"settings.renderScope.name": "Scrapbox 表示を使うノート",
	"settings.renderScope.desc": "引用のまとまり表示、アイコン、日付チップ、翻訳元カードを使うノート。",
	"settings.renderScope.detected": "Scrapbox 由来と検出したノート",
	"settings.renderScope.all": "すべてのノート",
	"settings.renderScope.none": "使わない",
	"settings.statusBar.name": "ステータスバーに種類を表示",
	"settings.statusBar.desc": "アクティブなノートが記法そのまま・変換済み・翻訳済みのどれかを表示し、根拠をホバーで示します。",

	"batch.counts": "完了: {done} · スキップ: {skipped} · 失敗: {failed} · 残り: {remaining}",
	"batch.moreFailures": "…ほか {count} 件。",

	"notice.loaded": "Scrapbox Lens の準備ができました。",

	"cli.usage": "使い方: scrapbox-lens <コマンド> [引数] [--json]",
	"cli.commands": "コマンド:",
	"cli.options": "オプション:",
	"cli.option.json": "テキストの代わりに JSON を一つ標準出力に書きます。",
	"cli.option.help": "このヘルプ、またはコマンドのヘルプを表示します。",
	"cli.option.version": "バージョンを表示します。",
	"cli.error.unknownCommand": "「{command}」というコマンドはありません。一覧は scrapbox-lens --help で見られます。",
	"cli.error.unknownOption": "「{option}」というオプションはありません。",
	"cli.error.missingArgument": "引数が足りません: {argument}",
	"cli.error.extraArgument": "余分な引数があります: 「{argument}」",
	"cli.error.notFound": "ファイルもフォルダもありません: {path}",
	"cli.error.notMarkdown": "Markdown ファイルではありません: {path}",
};
