"""Chinese."""

from __future__ import annotations

from ._model import Lexicon

LEXICON = Lexicon(
    code="zh",
    name="Chinese",
    # question_labels
    question_labels=(),
    # answer_labels
    answer_labels=(),
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
    dateline_phrases=(),
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
    boilerplate_phrases={},
)
