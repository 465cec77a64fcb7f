"""Slovak."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="sk",
    name="Slovak",
    question_labels=w("otázka"),
    answer_labels=w("odpoveď"),
)
