"""Estonian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="et",
    name="Estonian",
    question_labels=w("küsimus"),
    answer_labels=w("vastus"),
)
