"""Finnish."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="fi",
    name="Finnish",
    question_labels=w("kysymys"),
    answer_labels=w("vastaus"),
    dateline_phrases=(
        "julkaistu",
        "päivitetty",
    ),
    boilerplate_phrases={
        "related": ("lue myös",),
        "tags": ("aiheet",),
    },
    not_name_words=w("haastattelu"),
    rule_phrases={
        "cue.thanks": ("kiitos",),
        "cue.speech-tag": ("sanoo",),
        "boilerplate.dateline.time-at": ("klo",),
        "boilerplate.author-bio.verb": ("on",),
    },
)
