"""Tagalog."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="tl",
    name="Tagalog",
    question_labels=w("tanong"),
    answer_labels=w("sagot"),
)
