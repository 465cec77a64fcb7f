"""Lithuanian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="lt",
    name="Lithuanian",
    question_labels=w("klausimas"),
    answer_labels=w("atsakymas"),
)
