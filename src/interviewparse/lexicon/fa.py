"""Persian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="fa",
    name="Persian",
    question_labels=w("سوال پرسش"),
    answer_labels=w("پاسخ جواب"),
)
