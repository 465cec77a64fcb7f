"""Korean."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="ko",
    name="Korean",
    # question_labels
    question_labels=w("질문 문"),
    # answer_labels
    answer_labels=w("답변 답"),
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
        "입력",
        "수정",
    ),
    # byline_phrases
    byline_phrases=(),
    # job_titles
    job_titles=(),
    # honorifics
    honorifics=(),
    # interview_phrases
    interview_phrases=(),
    # not_interview_phrases
    not_interview_phrases=(),
    # closing_phrases
    closing_phrases=(),
    # boilerplate_phrases
    boilerplate_phrases={
        "related": (
            "관련 ?기사",
            "함께 (?:읽|보)[^:：]{0,12}",
            "많이 본 뉴스",
        ),
        "share": ("공유하기",),
    },
    # role_labels
    role_labels=(),
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
    title_endings=(),
    # not_name_words
    not_name_words=(),
    # organisation_words
    organisation_words=(),
    # name_particles
    name_particles=(),
    # articles
    articles=(),
    # boilerplate_prompts
    boilerplate_prompts={},
    # rule_phrases
    rule_phrases={
        "cue.thanks": ("감사합니다",),
        "boilerplate.source-line": ("출처",),
        "boilerplate.copyright-line": (r"무단\s*전재",),
        "boilerplate.copyright-line.prefilter": ("전재",),
        "boilerplate.reprint-note": (r"무단\s*(?:전재|복제)",),
        "boilerplate.reprint-note.prefilter": ("무단",),
        "html.reading-time.units": ("분",),
        "html.reading-time.after": ("읽기",),
        "html.reading-time.before": ("읽는 시간",),
        "html.reading-time.short-units": ("분",),
        "boilerplate.credit-line": (
            "인터뷰",
            "기자",
            "사진",
        ),
    },
)
