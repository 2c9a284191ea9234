/** Japanese UI strings: cli. */
import type { cli as english } from "../en/cli";

export const cli: Record<keyof typeof english, string> = {
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
