"""Bengali."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="bn",
    name="Bengali",
    question_labels=w("প্রশ্ন"),
    answer_labels=w("উত্তর"),
)
