"""Malay."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="ms",
    name="Malay",
    question_labels=w("soalan"),
    answer_labels=w("jawapan"),
)
