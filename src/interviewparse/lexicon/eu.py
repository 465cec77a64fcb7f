"""Basque."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="eu",
    name="Basque",
    question_labels=w("galdera"),
    answer_labels=w("erantzuna"),
)
