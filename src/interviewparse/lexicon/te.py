"""Telugu."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="te",
    name="Telugu",
    question_labels=w("ప్రశ్న"),
    answer_labels=w("జవాబు"),
)
