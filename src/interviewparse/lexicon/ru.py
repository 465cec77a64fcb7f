"""Russian."""

from __future__ import annotations

from ._model import Lexicon

LEXICON = Lexicon(
    code="ru",
    name="Russian",
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
        r"спросили",
        r"встретились\s+с",
        r"поговорили\s+с",
        r"ответил(?:а|и)?\s+на\s+вопросы",
        r"интервью",
        r"беседа",
        r"беседовал(?:а|и)?",
        r"в\s+беседе\s+с",
        r"разговор\s+с",
        r"вопросы\s+к",
    ),
    # not_interview_phrases
    not_interview_phrases=(
        r"инструкция",
        r"руководство",
        r"что\s+нужно\s+знать",
        r"советы",
        r"обзор",
        r"мнение",
        r"колонка",
        r"комментарий",
        r"рецепт",
        r"онлайн-трансляция",
    ),
    # closing_phrases
    closing_phrases=(),
    # boilerplate_phrases
    boilerplate_phrases={},
)
