"""Tamil."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="ta",
    name="Tamil",
    question_labels=w("கேள்வி"),
    answer_labels=w("பதில்"),
)
