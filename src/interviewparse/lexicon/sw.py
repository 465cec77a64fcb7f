"""Swahili."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="sw",
    name="Swahili",
    question_labels=w("swali"),
    answer_labels=w("jibu"),
)
