"""Polish."""

from __future__ import annotations

from ._model import Lexicon

LEXICON = Lexicon(
    code="pl",
    name="Polish",
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
        r"zapytali[śs]my",
        r"spotkali[śs]my\s+si[ęe]",
        r"rozmawiali[śs]my",
        r"wywiad(?:u|zie)?",
        r"rozmowa\s+z",
        r"rozmawia(?:ł|ła|my)?\s+z",
        r"pytania\s+do",
    ),
    # not_interview_phrases
    not_interview_phrases=(
        r"poradnik",
        r"najczęściej\s+zadawane\s+pytania",
        r"porady",
        r"recenzja",
        r"felieton",
        r"opinia",
        r"komentarz",
        r"przepis",
        r"relacja\s+na\s+żywo",
    ),
    # closing_phrases
    closing_phrases=(),
    # boilerplate_phrases
    boilerplate_phrases={},
)
