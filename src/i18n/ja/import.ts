/** Japanese UI strings: the importer (modal, settings, report, raw-note conversion). */
import type { importer as english } from "../en/import";
import type { Shape } from "../strings";

export const importer: Shape<typeof english> = {
	import: {
		command: {
			import: "Scrapbox のエクスポートを取り込む",
			convert: "Scrapbox 記法を Markdown に変換",
		},
		modal: {
			title: "Scrapbox のエクスポートを取り込む",
			intro: "Scrapbox（Cosense）プロジェクトのエクスポートから、すべてのページをこの保管庫に Markdown ノートとして取り込みます。もう一度取り込むと、その後だれも編集していないノートだけが更新されます。",
		},
		file: {
			name: "エクスポートファイル",
			desc: "プロジェクト設定の {menu} で書き出した JSON ファイル。",
			choose: "ファイルを選ぶ",
			reading: "{file} を読み込んでいます…",
			chosen: {
				"": "{file}: {pages} ページ",
				one: "{file}: {pages} ページ",
			},
			chosenProject: {
				"": "{file}: {project} の {pages} ページ",
				one: "{file}: {project} の {pages} ページ",
			},
			unreadable: {
				"": "{count} 件は読み取れないため、飛ばします。",
				one: "{count} 件は読み取れないため、飛ばします。",
			},
			readError: "ファイルを読み込めませんでした: {message}",
		},
		folder: {
			name: "取り込み先のフォルダ",
			desc: "ノートはこのフォルダに入ります（なければ作ります）。既定ではプロジェクトごとにその名前のフォルダを使います。",
			placeholder: "保管庫の直下",
			notEmpty: "このフォルダにはすでにノートがあります。前回取り込んだノートは、その後だれも編集していなければ更新します。それ以外のノートはそのままにします。",
		},
		options: {
			heading: "オプション",
		},
		hashtags: {
			name: "ハッシュタグ",
			desc: "Scrapbox では #tag",
			tags: "Obsidian がタグとして扱えるものはタグに",
			links: "ページへのリンクに",
		},
		icons: {
			name: "アイコン",
			desc: "Scrapbox では [name.icon]",
			images: "scrapbox.io の小さな画像に",
			links: "ページへのリンクに",
		},
		rootLinks: {
			name: "ほかのプロジェクトへのリンク",
			desc: "Scrapbox では [/project/page]",
			vault: "そのプロジェクトも取り込み済みなら、そのノートへ",
			web: "常に scrapbox.io のアドレスへ",
			found: "この保管庫で見つかった取り込み済みのプロジェクト: {projects}。",
		},
		headings: {
			name: "見出し",
			desc: "Scrapbox では [** 文字] だけの行と、それより大きいもの",
			from2: "[** 文字] から",
			from3: "[*** 文字] から",
			none: "見出しにしない（太字のまま）",
		},
		images: {
			name: "画像をダウンロード",
			desc: "Gyazo と scrapbox.io の画像をフォルダ内の attachments に保存し、そこへリンクします。保存済みの画像はもう一度ダウンロードしません。",
		},
		translation: {
			heading: "翻訳",
			name: "このエクスポートは別のプロジェクトの翻訳",
			desc: "各ページの原文をプロパティとフッターに記録し、原文のプロジェクトも取り込み済みなら、そのノートへリンクします。",
			project: {
				name: "原文のプロジェクト",
				desc: "翻訳元のプロジェクト名。アドレス scrapbox.io/<project> の部分です。",
			},
			engine: {
				name: "翻訳エンジン",
				desc: "たとえば DeepL。エンジンを書いてあるフッターはそちらを使います。",
			},
			withoutFooter: {
				name: "フッターのないページ",
				desc: "どこから翻訳したかを書いていないページの扱い。",
				sameTitle: "同じタイトルのページの翻訳とみなす",
				leave: "翻訳ではない（そのまま取り込む）",
			},
			missingProject: "原文のプロジェクトを入力してください。",
		},
		button: {
			import: "取り込む",
			stop: "中止",
			close: "閉じる",
			openReport: "レポートを開く",
		},
		progress: {
			preparing: {
				"": "{pages} ページを準備しています…",
				one: "{pages} ページを準備しています…",
			},
			title: "{project} を取り込んでいます",
			counts: "取り込み済み: {imported} · スキップ: {skipped} · 失敗: {failed} · 残り: {remaining}",
			current: "処理中: {title}",
			stopping: "いまのページが終わったら止めます…",
			label: {
				imported: "取り込み済み",
				skipped: "スキップ",
				failed: "失敗",
				remaining: "残り",
			},
		},
		summary: {
			done: "取り込みが終わりました",
			stopped: "取り込みを中止しました",
			written: "{count} 件のノートを書き込みました（新規 {created}、更新 {updated}）。",
			folderRoot: "ノートは保管庫の直下にあります。",
			folder: "ノートは {folder} にあります。",
			updated: {
				"": "{count} 件のノートを更新しました。",
				one: "{count} 件のノートを更新しました。",
			},
			created: {
				"": "{count} 件の新しいノートを書き込みました。",
				one: "{count} 件の新しいノートを書き込みました。",
			},
			unchanged: {
				"": "{count} 件のノートはすでに最新でした。",
				one: "{count} 件のノートはすでに最新でした。",
			},
			conflicts: {
				"": "{count} 件のノートは取り込んだ後に編集されていたため、そのままにしました。",
				one: "{count} 件のノートは取り込んだ後に編集されていたため、そのままにしました。",
			},
			skipped: {
				"": "{count} ページは読み取れないため飛ばしました。",
				one: "{count} ページは読み取れないため飛ばしました。",
			},
			failed: {
				"": "{count} ページが失敗しました。",
				one: "{count} ページが失敗しました。",
			},
			remaining: {
				"": "中止したため {count} ページは取り込んでいません。同じファイルをもう一度取り込むと続きを取り込みます。二重に書き込むことはありません。",
				one: "中止したため {count} ページは取り込んでいません。同じファイルをもう一度取り込むと続きを取り込みます。二重に書き込むことはありません。",
			},
			images: "画像: ダウンロード {downloaded}、保管庫にあったもの {reused}、ダウンロードできなかったもの {failed}。",
			translation: {
				"": "{count} 件のノートに原文を記録しました。",
				one: "{count} 件のノートに原文を記録しました。",
			},
			report: "詳しくは取り込みレポートにあります: {path}",
			nothing: "変更が必要なものはありませんでした。",
			more: "…ほか {count} 件はレポートにあります。",
		},
		notice: {
			finished: "Scrapbox の取り込みが終わりました: 書き込み {written}、変更なし {unchanged}、要確認 {problems}。",
		},
		report: {
			heading: "Scrapbox（Cosense）取り込みレポート",
			project: "プロジェクト",
			date: "取り込み日時",
			pages: "エクスポートのページ数",
			written: "書き込んだノート",
			unchanged: "変更のなかったノート",
			failed: "失敗",
			skipped: "スキップ",
			conflict: "そのままにしたノート",
			warning: "注意",
			images: "ダウンロードできなかった画像",
			stopped: "取り込みは中止されました。{count} ページは取り込んでいません。",
			usedIn: "使っているノート: {notes}",
		},
		problem: {
			"page-not-object": "ページではない項目なので飛ばしました。",
			"missing-title": "タイトルのないページなので飛ばしました。",
			"lines-not-list": "ページの行がリストではないので飛ばしました。",
			"bad-line": "テキストでもテキストを持つ行でもない行があるため、ページを飛ばしました。",
			"conversion-error": "ページを変換できませんでした: {detail}",
			"write-error": "ノートを書き込めませんでした: {detail}",
			"edited-since-import": "取り込んだ後に編集されたノートなので、そのままにしました。",
			"not-imported-note": "取り込みで作ったのではないノートがすでにこのパスにあるため、そのままにしました。",
			"control-characters": "本文から制御文字を取り除きました。",
			"title-line-differs": "ページの 1 行目がタイトルと違うため、ノートの 1 行目として残しました。",
			"duplicate-title": "Scrapbox の比べ方で同じタイトルのページがほかにあるため、別の名前で保存しました。",
			"image-download": "{url} をダウンロードできませんでした: {detail}",
		},
		error: {
			"not-json": "このファイルは JSON ではないため、Scrapbox（Cosense）のエクスポートではありません。何も取り込んでいません。",
			roam: "これは Scrapbox（Cosense）ではなく {app} のエクスポートのようです。何も取り込んでいません。",
			notion: "これは Scrapbox（Cosense）ではなく {app} のエクスポートのようです。何も取り込んでいません。",
			"single-page": "これはプロジェクトのエクスポートではなく 1 ページだけのデータです。プロジェクト設定（{menu}）からプロジェクト全体を書き出してください。何も取り込んでいません。",
			"not-export": "この JSON ファイルにはページの一覧がないため、Scrapbox（Cosense）のエクスポートではありません。何も取り込んでいません。",
			empty: "この Scrapbox（Cosense）のエクスポートにはページがありません。何も取り込んでいません。",
		},
		convert: {
			original: "このノートの変換前の Scrapbox テキストです（Markdown に変換したときに残しました）。要らなくなったら、このコメントと下のコードブロックを削除してください。",
			done: "Markdown に変換しました。元の Scrapbox のテキストはノートの末尾のコードブロックに残してあります。要らなくなったら削除してください。",
			notRaw: "このノートは Scrapbox 記法そのままではないため、変更していません。",
			alreadyConverted: "このノートにはすでに Scrapbox の元のテキストが残っているため、もう一度は変換しません。",
			failed: "ノートを変換できませんでした: {message}",
		},
	},
	settings: {
		heading: {
			import: "取り込み",
		},
		import: {
			desc: "取り込み画面の初期値です。画面で最後に選んだものがここに保存されます。",
		},
	},
};
