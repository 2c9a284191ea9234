/** Japanese UI strings: the timeline pane, its exports and its settings. */
import type { timeline as english } from "../en/timeline";
import type { Shape } from "../strings";

export const timeline: Shape<typeof english> = {
	timeline: {
		title: "年表",
		command: {
			open: "年表を開く",
			exportMarkdown: "年表を新しいノートに書き出す",
			exportCanvas: "年表をキャンバスに書き出す",
		},
		hoverSource: "Scrapbox Lens の年表",
		scope: {
			label: "年表に含めるノート",
			note: "このノート",
			folder: "このフォルダ",
			tag: "タグ",
			vault: "保管庫全体",
		},
		tag: {
			placeholder: "タグ（例: #歴史）",
		},
		filter: {
			placeholder: "出来事を絞り込む…",
			clear: "絞り込みを解除",
		},
		action: {
			proportional: "時間の長さに合わせて間隔をとる",
			expandAll: "すべて展開",
			collapseAll: "すべて折りたたむ",
			export: "書き出す",
			exportMarkdown: "新しいノートに書き出す",
			exportCanvas: "キャンバスに書き出す",
			showDetails: "説明とコメントを表示",
			hideDetails: "説明とコメントを隠す",
		},
		count: {
			one: "{count} 件の出来事",
			other: "{count} 件の出来事",
			filtered: "{total} 件中 {shown} 件の出来事",
		},
		notes: {
			one: "（{count} ノート）",
			other: "（{count} ノート）",
		},
		reading: "ノートを読んでいます: {total} 件中 {done} 件…",
		waiting: "保管庫の読み込みが終わるのを待っています…",
		overview: {
			label: "時期ごとの出来事の数。クリックかドラッグでその時期へ移動します。",
		},
		list: {
			label: "時系列の出来事",
		},
		gap: {
			day: "{count}日",
			days: "{count}日",
			month: "{count}か月",
			months: "{count}か月",
			year: "{count}年",
			years: "{count}年",
		},
		detail: {
			commentary: "コメント",
		},
		untitled: "題のない出来事",
		empty: {
			title: "日付のある引用はまだありません",
			body: "年表は、日付で始まる引用行を集めます。日付のあとの文が出来事の題に、その下の引用行が説明に、引用のあとの箇条書きがコメントになります。例:",
			example: "> {date} - [[LLaMA]] 公開\n> Meta が研究者向けにモデルを公開。\n- 自分の考え",
			forms: "日付は 2023-02-24、2023/2/24、2023年2月、Feb 24, 2023、1960年代 などの形でも書けます。",
			unquoted: "引用の外にある日付の行も年表に入れるには、このプラグインの設定でオンにしてください。",
			noNote: "ノートを開くと、その年表が表示されます。",
			noTag: "上の欄にタグを入力すると、そのタグの付いたノートすべての日付のある引用を集めます。",
			noMatch: "絞り込みに合う出来事はありません。",
		},
		export: {
			name: "{name} 年表",
			heading: "年表: {name}",
			created: "{path} を作成しました。",
			nothing: "書き出す出来事がありません。",
			failed: "年表を書き出せませんでした: {error}",
		},
	},
	settings: {
		heading: {
			timeline: "年表",
		},
		timelineUnquoted: {
			name: "引用の外にある日付の行も数える",
			desc: "引用の外で日付から始まる行（2024-10-29 だけの行とそれに続く箇条書きなど）も年表に入れます。オフなら引用行だけです。",
		},
		timelineProportional: {
			name: "時間の長さに合わせて間隔をとる",
			desc: "出来事どうしの間隔を、経過した時間に合わせて広げます。キャンバスへの書き出しも同じ配置になります。",
		},
	},
};
