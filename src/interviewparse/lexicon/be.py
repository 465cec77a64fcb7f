"""Belarusian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="be",
    name="Belarusian",
    question_labels=w("пытанне"),
    answer_labels=w("адказ"),
)
