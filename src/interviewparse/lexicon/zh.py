"""Chinese."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="zh",
    name="Chinese",
    # question_labels
    question_labels=w("问 問 问题 记者 記者 ｑ"),
    # answer_labels
    answer_labels=w("答 回答 ａ"),
    # interrogatives
    interrogatives=(),
    # request_verbs
    request_verbs=(),
    # address_pronouns
    address_pronouns=(),
    # first_person
    first_person=(),
    # third_person
    third_person=(),
    # stopwords
    stopwords=(),
    # months
    months=(),
    # weekdays
    weekdays=(),
    # dateline_phrases
    dateline_phrases=(
        "发布时间",
        "發佈時間",
        "发布于",
        "发表于",
        "更新时间",
        "更新時間",
    ),
    # byline_phrases
    byline_phrases=(),
    # job_titles
    job_titles=(),
    # honorifics
    honorifics=(),
    # interview_phrases
    interview_phrases=(
        r"我们问",
        r"记者问",
        r"接受\S{0,12}采访",
        r"专访",
        r"專訪",
        r"访谈",
        r"訪談",
        r"采访",
        r"採訪",
        r"对话",
        r"對話",
        r"问答",
        r"問答",
    ),
    # not_interview_phrases
    not_interview_phrases=(
        r"指南",
        r"攻略",
        r"常见问题",
        r"常見問題",
        r"评测",
        r"評測",
        r"社论",
        r"社論",
        r"评论",
        r"評論",
        r"直播",
    ),
    # closing_phrases
    closing_phrases=(),
    # boilerplate_phrases
    boilerplate_phrases={
        "related": (
            "相关阅读",
            "相關閱讀",
            "延伸阅读",
            "延伸閱讀",
            "推荐阅读",
            "相关新闻",
            "热门文章",
            "熱門文章",
        ),
        "credit": (
            "摄影",
            "攝影",
            "图片来源",
            "圖片來源",
            "供图",
            "图",
            "圖",
            "配图",
            "配圖",
            "责任编辑",
            "責任編輯",
            "编辑",
            "編輯",
            "责编",
            "責編",
            "审核",
            "審核",
            "校对",
            "校對",
            "编审",
            "編審",
            "监制",
            "監製",
        ),
        "advertisement": (
            "广告",
            "廣告",
        ),
        "share": (
            "分享",
            "复制链接",
            "複製連結",
        ),
        "comments": (
            "评论",
            "評論",
        ),
        "promo": ("视频",),
        "tags": (
            "标签",
            "標籤",
            "关键词",
            "關鍵詞",
        ),
        "author_bio": (
            "作者简介",
            "作者簡介",
        ),
        "editorial_note": (
            "编者按",
            "編者按",
            "更正",
        ),
    },
    # role_labels
    role_labels=w("主持人 嘉宾 嘉賓 编者 編者"),
    # question_class_words
    question_class_words=(),
    # answer_class_words
    answer_class_words=(),
    # journalist_titles
    journalist_titles=(),
    # host_roles
    host_roles=(),
    # guest_roles
    guest_roles=(),
    # title_endings
    # 修复师, 茶农, 作家, 运动员, 歌手, 校长, 匠人
    title_endings=w("师 師 農 农 家 员 員 手 长 長 者 匠 官 士 生 人"),
    # not_name_words
    not_name_words=(),
    # organisation_words
    organisation_words=(),
    # name_particles
    name_particles=(),
    # articles
    articles=(),
    # boilerplate_prompts
    boilerplate_prompts={
        "newsletter": (
            "订阅",
            "訂閱",
            "关注我们",
            "(?:欢迎|歡迎|扫码|掃碼|长按[^，。]{0,10}|長按[^，。]{0,10})(?:关注|關注)",
            "(?:关注|關注)(?:我们|我們|本报|本報|本号|本號|公众号|公眾號)",
        ),
        "share": ("分享到",),
        "comments": ("发表评论",),
        "promo": ("收听(?:节目|完整|本期|播客|音频)",),
        "sponsor": (r"(?:赞助|贊助)(?:商|单位|單位)?\s*[:：]",),
    },
    # rule_phrases
    rule_phrases={
        "cue.thanks": (
            "谢谢",
            "感谢",
        ),
        "cue.reportage.inside-words": (
            "表示",
            "称",
            "宣布",
        ),
        "cue.others-say.inside-words": (
            "抱怨",
            "批评",
            "有人说",
            "批判",
        ),
        "cue.points-back.inside-words": (
            "这",
            "那",
            "此",
        ),
        "boilerplate.media-runtime.inside-words": (
            "收听",
            "收聽",
            "观看",
            "觀看",
        ),
        "boilerplate.media-runtime.units": (
            "分钟",
            "分鐘",
            "分",
        ),
        "boilerplate.copyright-line": (
            "版权所有",
            "版權所有",
        ),
        "boilerplate.copyright-line.prefilter": (
            "版权",
            "版權",
        ),
        "boilerplate.reprint-note": (
            "(?:转载|轉載|転載)[^。]{0,20}?(?:注明|註明|授权|授權|许可|許可|禁止|不得|禁じ)",
            "(?:未经|未經|禁止|不得|無断)[^。]{0,20}?(?:转载|轉載|転載)",
        ),
        "boilerplate.reprint-note.prefilter": (
            "转载",
            "轉載",
        ),
        "html.reading-time.units": (
            "分钟",
            "分",
        ),
        "html.reading-time.after": ("阅读",),
        "html.reading-time.before": (
            "阅读时间",
            "阅读约",
        ),
        "html.reading-time.short-units": ("分",),
        "boilerplate.masthead-publication-word.suffix": (
            "报",
            "報",
            "日报",
            "日報",
            "晚报",
            "晚報",
            "时报",
            "時報",
            "周刊",
            "週刊",
            "新闻",
            "新聞",
            "杂志",
            "雜誌",
        ),
        "boilerplate.share-button": (
            "微信",
            "微博",
            "qq",
        ),
        "boilerplate.credit-line": (
            "采访",
            "採訪",
            "撰稿",
            "通讯员",
            "图",
            "圖",
            "作者",
            "文",
            "撰文",
            "采写",
            "記者",
            "记者",
            "摄影",
            "攝影",
        ),
        "cue.announces.inside-words": ("^(?:据悉|据了解)",),
        "boilerplate.caption-credit-tail.paren": (
            "摄影",
            "攝影",
            "图片",
            "圖片",
        ),
        "boilerplate.caption-credit-tail.after-cjk": (
            "摄影",
            "攝影",
            "图",
            "圖",
            "图片",
            "圖片",
            "供图",
        ),
        "boilerplate.caption-credit-tail.photographed": (
            "摄",
            "攝",
            "摄影",
            "攝影",
        ),
    },
)
