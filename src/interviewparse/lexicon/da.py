"""Danish."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="da",
    name="Danish",
    question_labels=w("spørgsmål"),
    answer_labels=w("svar"),
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
