"""Slovenian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="sl",
    name="Slovenian",
    question_labels=w("vprašanje"),
    answer_labels=w("odgovor"),
)
