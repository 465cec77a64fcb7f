"""Portuguese."""

from __future__ import annotations

from ._model import Lexicon

LEXICON = Lexicon(
    code="pt",
    name="Portuguese",
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
        r"pergunt[áa]mos",
        r"encontr[áa]mos",
        r"convers[áa]mos",
        r"(?:a|esta|uma)\s+conversa",
        r"respondeu\s+(?:às|as)\s+perguntas",
        r"entrevista(?:do|da)?",
        r"conversou\s+com",
        r"conversamos\s+com",
        r"perguntas\s+a",
        r"bate-papo",
    ),
    # not_interview_phrases
    not_interview_phrases=(
        r"guia",
        r"perguntas\s+frequentes",
        r"o\s+que\s+saber",
        r"dicas",
        r"resenha",
        r"crítica",
        r"opinião",
        r"coluna",
        r"análise",
        r"receita",
        r"ao\s+vivo",
    ),
    # closing_phrases
    closing_phrases=(),
    # boilerplate_phrases
    boilerplate_phrases={},
)
