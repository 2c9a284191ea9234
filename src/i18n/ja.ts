import type { MessageKey } from "./en";

/** Japanese UI strings. Scrapbox's users are mostly Japanese; keep this table complete. */
export const ja: Record<MessageKey, string> = {
	"plugin.name": "Scrapbox Lens",

	"settings.heading.general": "全般",
	"settings.language.name": "言語",
	"settings.language.desc": "このプラグインの表示言語。「自動」は Obsidian の設定に従います。",
	"settings.language.auto": "自動",

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
