"""Danish."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="da",
    name="Danish",
    question_labels=w("spørgsmål"),
    answer_labels=w("svar"),
    interrogatives=w("hvad hvorfor hvordan hvornår hvem hvilken hvilke hvilket"),
    request_verbs=w("fortæl beskriv forklar"),
    # not "dit" (Dutch "this"); first person not "vi" (Italian), "min" (English
    # "min"), "mit" (German "with") nor "os" (Portuguese "the")
    address_pronouns=w("du din dine jer jeres"),
    first_person=w("jeg mig mine vores"),
    stopwords=w("og ikke af blev bliver efter også nogle meget hvad jeg har være været"),
    months=(
        w("januar jan"),
        w("februar feb"),
        w("marts mar"),
        w("april apr"),
        w("maj"),
        w("juni jun"),
        w("juli jul"),
        w("august aug"),
        w("september sep"),
        w("oktober okt"),
        w("november nov"),
        w("december dec"),
    ),
    weekdays=(
        w("mandag"),
        w("tirsdag"),
        w("onsdag"),
        w("torsdag"),
        w("fredag"),
        w("lørdag"),
        w("søndag"),
    ),
    dateline_phrases=(
        "udgivet",
        "opdateret",
    ),
    byline_phrases=("af",),
    interview_phrases=(r"interview\w*", r"samtale\s+med", r"snakket\s+med"),
    not_interview_phrases=(
        r"faqs?",
        r"anmeldelse",
        r"guide",
        r"opskrift",
        r"gode\s+råd",
        r"ofte\s+stillede\s+spørgsmål",
        r"klumme",
    ),
    closing_phrases=(r"tak\s+for\s+(?:snakken|samtalen|interviewet)",),
    boilerplate_phrases={
        "related": ("læs (?:også|mere?)",),
        "share": ("del artiklen",),
        "tags": ("emner",),
        "other": (r"fakta(?=\s*:)",),
    },
    rule_phrases={
        "cue.speech-tag": (
            "siger",
            "sagde",
            "fortæller",
        ),
        "cue.speech-tag.pronouns": (
            "hun",
            "han",
            "de",
        ),
        "html.advertisement-label": ("reklame",),
        "boilerplate.dateline.time-at": (r"kl\.?",),
        "boilerplate.author-bio.verb": (
            "er",
            "var",
        ),
    },
)
