"""Japanese."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="ja",
    name="Japanese",
    question_labels=w("質問 聞き手 問 記者 ｑ"),
    answer_labels=w("答 回答 ａ"),
    interrogatives=w("なぜ どうして どう どのように どんな 何 いつ どこ 誰 どれ どの いかが"),
    # no address pronouns: an interviewer addresses the guest by name or not at all, so the
    # evidence reads address as unknown rather than absent
    first_person=w("私 僕 俺 わたし ぼく 我々 私たち"),
    dateline_phrases=(
        "公開日",
        "更新日",
        "投稿日",
        "配信日",
    ),
    interview_phrases=(
        r"に聞く",
        r"に聞いた",
        r"を聞いた",
        r"話を聞",
        r"インタビュー",
        r"対談",
        r"聞き手",
        r"一問一答",
        r"取材",
    ),
    not_interview_phrases=(
        r"faqs?",
        r"ガイド",
        r"よくある質問",
        r"レビュー",
        r"社説",
        r"コラム",
        r"解説",
        r"速報",
    ),
    boilerplate_phrases={
        "related": (
            "関連記事",
            "あわせて読みたい",
            "こちらもおすすめ",
            "人気記事",
        ),
        "newsletter": ("ニュースレター",),
        "credit": (
            "写真",
            "撮影",
            "画像",
            "编集",
            "編集",
            "編集担当",
        ),
        "advertisement": ("広告",),
        "share": (
            "シェア",
            "この記事を(?:シェア|共有)(?:する)?",
            "lineで送る",
            "リンクをコピー",
        ),
        "comments": ("コメント",),
        "promo": ("動画",),
        "tags": (
            "タグ",
            "キーワード",
        ),
        "author_bio": ("著者紹介",),
        "editorial_note": (
            "編集部注",
            "訂正",
        ),
    },
    # title_endings
    # Han characters that end a role noun: 社長, 看護師, 運転手, 大工, 記者, 店員, 作家
    title_endings=w("長 師 手 工 者 員 家"),
    # not_name_words
    # nouns that take さん or 様 like a name: 息子さん, 皆様, 奥様
    not_name_words=w("息子 皆様 奥様 先輩 後輩 子供 住民"),
    closing_phrases=(r"ありがとうございました",),
    boilerplate_prompts={
        "newsletter": (
            "メルマガ",
            "購読(?:する|はこちら|登録)",
        ),
        "comments": ("コメントを書く",),
        "promo": ("(?:ポッドキャスト|音声|番組|インタビュー)を(?:聴く|聞く)",),
        "sponsor": (
            "提供：",
            r"スポンサー(?:リンク|\s*[:：])",
        ),
    },
    rule_phrases={
        "cue.interviewer-credit.reporter": ("記者",),
        "cue.interviewer-credit.second": ("構成", "文", "撮影", "写真"),
        "cue.interviewer-credit": ("聞き手", "インタビュアー", "取材・文", "取材・構成", "取材"),
        "cue.honorific-after": ("さん", "氏", "先生"),
        "boilerplate.section-label": ("インタビュー",),
        "cue.question-particle": ("か",),
        "cue.thanks": ("ありがとう",),
        "cue.reportage.inside-words": (
            "と述べた",
            "と話した",
            "と発表した",
        ),
        "cue.others-say.inside-words": (
            "不満",
            "批判",
        ),
        "cue.points-back.inside-words": (
            "これ",
            "それ",
        ),
        "boilerplate.media-runtime.units": ("分",),
        "boilerplate.source-line": ("出典",),
        "boilerplate.copyright-line": ("無断転載",),
        "boilerplate.copyright-line.prefilter": ("無断",),
        "boilerplate.reprint-note": (
            "(?:转载|轉載|転載)[^。]{0,20}?(?:注明|註明|授权|授權|许可|許可|禁止|不得|禁じ)",
            "(?:未经|未經|禁止|不得|無断)[^。]{0,20}?(?:转载|轉載|転載)",
        ),
        "boilerplate.reprint-note.prefilter": ("転載",),
        "html.reading-time.units": ("分",),
        "html.reading-time.after": (
            "で読め",
            "読了",
        ),
        "html.reading-time.before": ("読了時間",),
        "html.reading-time.short-units": ("分",),
        "boilerplate.masthead-publication-word.suffix": (
            "週刊",
            "新聞",
            "新聞社",
        ),
        "boilerplate.share-button": (
            "ポスト",
            "ツイート",
            "line(?:で送る)?",
        ),
        "boilerplate.credit-line": (
            "聞き手",
            "構成",
            "取材",
            "記者",
            "写真",
            "撮影",
        ),
        "boilerplate.caption-credit-tail.paren": (
            "撮影",
            "写真",
        ),
        "boilerplate.caption-credit-tail.after-cjk": (
            "写真",
            "撮影",
        ),
    },
)
