"""Greek."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="el",
    name="Greek",
    question_labels=w("ερώτηση"),
    answer_labels=w("απάντηση"),
)
