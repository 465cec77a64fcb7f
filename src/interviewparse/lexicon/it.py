"""Italian."""

from __future__ import annotations

from ._model import Lexicon

LEXICON = Lexicon(
    code="it",
    name="Italian",
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
        r"(?:gli|le)\s+abbiamo\s+chiesto",
        r"(?:l['’])?abbiamo\s+incontrat[oa]",
        r"(?:la|questa|una)\s+conversazione",
        r"ha\s+risposto\s+alle\s+(?:nostre\s+)?domande",
        r"intervista(?:to|ta)?",
        r"a\s+colloquio\s+con",
        r"abbiamo\s+parlato\s+con",
        r"domande\s+a",
        r"conversazione\s+con",
    ),
    # not_interview_phrases
    not_interview_phrases=(
        r"guida",
        r"domande\s+frequenti",
        r"cosa\s+sapere",
        r"consigli",
        r"recensione",
        r"opinione",
        r"commento",
        r"editoriale",
        r"rubrica",
        r"ricetta",
        r"in\s+diretta",
    ),
    # closing_phrases
    closing_phrases=(),
    # boilerplate_phrases
    boilerplate_phrases={},
)
