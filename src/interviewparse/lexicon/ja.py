"""Japanese."""

from __future__ import annotations

from ._model import Lexicon

LEXICON = Lexicon(
    code="ja",
    name="Japanese",
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
    # not_interview_phrases
    not_interview_phrases=(
        r"ガイド",
        r"よくある質問",
        r"レビュー",
        r"社説",
        r"コラム",
        r"解説",
        r"速報",
    ),
    # closing_phrases
    closing_phrases=(),
    # boilerplate_phrases
    boilerplate_phrases={},
)
