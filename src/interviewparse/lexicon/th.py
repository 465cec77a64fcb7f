"""Thai."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="th",
    name="Thai",
    question_labels=w("ถาม"),
    answer_labels=w("ตอบ"),
)
