"""French."""

from __future__ import annotations

from ._model import Lexicon

LEXICON = Lexicon(
    code="fr",
    name="French",
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
        r"(?:nous\s+)?(?:l['’]|lui\s+)avons\s+(?:rencontrée?|demandé|interrogée?)",
        r"(?:la|cette|une)\s+conversation",
        r"répond(?:u|ait)?\s+(?:à\s+nos|aux)\s+questions",
        r"interview",
        r"entretien",
        r"propos\s+recueillis",
        r"questions\s+à",
        r"rencontre\s+avec",
    ),
    # not_interview_phrases
    not_interview_phrases=(
        r"guide",
        r"mode\s+d['’]emploi",
        r"faq",
        r"questions\s+fréquentes",
        r"ce\s+qu['’]il\s+faut\s+savoir",
        r"tout\s+savoir",
        r"conseils",
        r"astuces",
        r"critique",
        r"décryptage",
        r"explications",
        r"tribune",
        r"chronique",
        r"éditorial",
        r"opinion",
        r"en\s+direct",
        r"recette",
    ),
    # closing_phrases
    closing_phrases=(),
    # boilerplate_phrases
    boilerplate_phrases={},
)
