"""Latvian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="lv",
    name="Latvian",
    question_labels=w("jautājums"),
    answer_labels=w("atbilde"),
)
