"""Hebrew."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="he",
    name="Hebrew",
    question_labels=w("שאלה ש"),
    answer_labels=w("תשובה ת"),
)
