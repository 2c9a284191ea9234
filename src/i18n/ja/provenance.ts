/** Japanese UI strings: translation provenance. */
import type { provenance as english } from "../en/provenance";
import type { Shape } from "../strings";

export const provenance: Shape<typeof english> = {
	provenance: {
		card: {
			label: "翻訳の出典",
			fromBy: "{language}から{engine}で翻訳",
			from: "{language}から翻訳",
			by: "{engine}で翻訳",
			translated: "翻訳されたページ",
			writtenBy: "{name}が{language}で執筆",
			written: "{language}で執筆",
			original: "原文",
			inVault: "この保管庫の原文を開く",
			online: "scrapbox.io で原文を開く",
			onlineOther: "Web で原文を開く",
			sideBySide: "横に並べて開く",
			fromProperties: "このノートのプロパティから",
			repaired: "フッターのリンクが壊れていたため、タイトルを復元しました。",
		},
		command: {
			addFooter: "翻訳の出典フッターを追加",
			addFooterFolder: "フォルダー内のノートに翻訳の出典フッターを追加",
			openSideBySide: "原文を横に並べて開く",
		},
		menu: {
			addFooterFolder: "翻訳の出典フッターを追加",
		},
		modal: {
			title: {
				"": "翻訳の出典",
				name: "原文のタイトル",
			},
			desc: "このノートの翻訳元です。フッターとプロパティはこの内容から書き込まれます。",
			url: {
				name: "原文の URL",
				desc: "scrapbox.io のページ、/プロジェクト/タイトル、または任意の Web アドレス。",
			},
			project: {
				name: "Scrapbox プロジェクト",
			},
			engine: {
				name: "翻訳エンジン",
				desc: "例: DeepL。人が翻訳した場合は空欄にします。",
			},
			language: {
				name: "原文の言語",
				unknown: "指定しない",
			},
			submit: "フッターを書き込む",
			missingSource: "原文の URL、またはプロジェクトとタイトルを入力してください。",
		},
		notice: {
			noNote: "先にノートを開いてください。",
			written: "出典フッターとプロパティを書き込みました。",
			unchanged: "フッターとプロパティはすでに最新です。",
			failed: "フッターを書き込めませんでした: {message}",
			noProvenance: "このノートには翻訳元の記録がありません。",
			notInVault: "原文「{title}」はこの保管庫にありません。",
			openOnline: "Web で開く",
		},
		folder: {
			pick: "出典フッターを追加するフォルダーを選択…",
			counting: "{count} 件のノートを確認しています…",
			none: "「{folder}」には出典フッターが必要なノートがありません。",
			title: "翻訳の出典フッターを追加",
			confirm: "「{folder}」の {total} 件のうち {count} 件に出典フッターとプロパティを書き込みます。原文が分からないノートは変更しません。",
			summary: "{done} 件にフッターを書き込みました。{skipped} 件はすでに最新でした。",
			stopped: "中止しました。中止までに {done} 件に書き込みました。",
		},
	},
	settings: {
		heading: {
			provenance: "翻訳の出典",
		},
		provenanceCard: {
			name: "出典カード",
			desc: "閲覧モードで、翻訳ノートのフッター（または出典プロパティ）を原文へのリンク付きカードとして表示します。",
		},
		footerLanguage: {
			name: "フッターの言語",
			desc: "フッター追加コマンドが書き込むフッターの言語です。",
		},
		footerTemplate: {
			name: "{language}フッターのテンプレート",
			desc: "使える置き換え: {sourceLink}, {sourceTitle}, {sourceUrl}, {sourceProject}, {engine}, {language}, {date}。{?engine:{engine}で} は翻訳エンジンがあるときだけ中身を残します。",
			invalid: "このテンプレートは使えないため、既定のものを使います: {problems}",
			reset: "既定に戻す",
		},
		defaultEngine: {
			name: "既定の翻訳エンジン",
			desc: "フッター追加コマンドで翻訳エンジンを尋ねるときの初期値です。",
		},
	},
};
