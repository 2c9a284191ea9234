/** Japanese UI strings: the command line (never bundled into the plugin). */
import type { cli as english } from "../en/cli";
import type { Shape } from "../strings";

export const cli: Shape<typeof english> = {
	cli: {
		usage: "使い方: scrapbox-lens <コマンド> [引数] [--json]",
		commands: "コマンド:",
		options: "オプション:",
		option: {
			json: "テキストの代わりに JSON を一つ標準出力に書きます。",
			help: "このヘルプ、またはコマンドのヘルプを表示します。",
			version: "バージョンを表示します。",
		},
		error: {
			unknownCommand: "「{command}」というコマンドはありません。一覧は scrapbox-lens --help で見られます。",
			unknownOption: "「{option}」というオプションはありません。",
			missingArgument: "引数が足りません: {argument}",
			extraArgument: "余分な引数があります: 「{argument}」",
			notFound: "ファイルもフォルダもありません: {path}",
			notMarkdown: "Markdown ファイルではありません: {path}",
		},
		import: {
			summary: "Scrapbox（Cosense）のエクスポート JSON を Markdown ノートのフォルダに取り込みます。",
			notFolder: "フォルダではありません: {path}",
			cannotCreate: "フォルダ {path} を作れません: {message}",
			progress: "import: {done}/{total} ページ",
			result: "{pages} ページを {folder} に取り込みました: 書き込み {written}、変更なし {unchanged}、スキップ {skipped}、失敗 {failed}。",
			resultProject: "{project} の {pages} ページを {folder} に取り込みました: 書き込み {written}、変更なし {unchanged}、スキップ {skipped}、失敗 {failed}。",
			report: "レポート: {path}",
		},
		scan: {
			summary: "フォルダの中の Scrapbox 由来のノート（raw・変換済み・翻訳）を見つけます。",
		},
		provenance: {
			summary: "ノートまたはフォルダの翻訳元フッターを読みます。",
		},
		timeline: {
			summary: "ノートまたはフォルダの日付つき引用を年表として出力します。",
		},
	},
};
