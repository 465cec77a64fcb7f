"""Spanish."""

from __future__ import annotations

from ._model import Lexicon

LEXICON = Lexicon(
    code="es",
    name="Spanish",
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
        r"le\s+preguntamos",
        r"(?:nos\s+)?reunimos\s+con",
        r"conversó\s+con",
        r"(?:la|esta|una)\s+conversación",
        r"recibió\s+a\s+este\s+(?:diario|medio|periódico)",
        r"respondió\s+(?:a\s+)?(?:las\s+)?preguntas",
        r"entrevista(?:do|da|mos)?",
        r"conversamos\s+con",
        r"habló\s+con",
        r"preguntas\s+a",
        r"charla(?:mos)?\s+con",
        r"diálogo\s+con",
    ),
    # not_interview_phrases
    not_interview_phrases=(
        r"guía",
        r"preguntas\s+frecuentes",
        r"claves",
        r"(?:lo\s+)?que\s+hay\s+que\s+saber",
        r"consejos",
        r"trucos",
        r"reseña",
        r"crítica",
        r"opinión",
        r"columna",
        r"tribuna",
        r"análisis",
        r"receta",
        r"en\s+directo",
        r"paso\s+a\s+paso",
    ),
    # closing_phrases
    closing_phrases=(),
    # boilerplate_phrases
    boilerplate_phrases={},
)
