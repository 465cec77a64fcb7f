"""Romanian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="ro",
    name="Romanian",
    question_labels=w("întrebare"),
    answer_labels=w("răspuns"),
)
