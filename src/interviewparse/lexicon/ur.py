"""Urdu."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="ur",
    name="Urdu",
    question_labels=w("سوال"),
    answer_labels=w("جواب"),
)
