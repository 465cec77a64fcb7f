"""Dutch."""

from __future__ import annotations

from ._model import Lexicon

LEXICON = Lexicon(
    code="nl",
    name="Dutch",
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
        r"vroegen",
        r"spraken",
        r"(?:we|wij)\s+(?:ontmoetten|zochten\s+\w+\s+op)",
        r"interview",
        r"in\s+gesprek\s+met",
        r"gesprek\s+met",
        r"sprak\s+met",
        r"vragen\s+aan",
    ),
    # not_interview_phrases
    not_interview_phrases=(
        r"gids",
        r"handleiding",
        r"veelgestelde\s+vragen",
        r"tips",
        r"recensie",
        r"column",
        r"opinie",
        r"commentaar",
        r"recept",
        r"liveblog",
    ),
    # closing_phrases
    closing_phrases=(),
    # boilerplate_phrases
    boilerplate_phrases={},
)
