"""Bulgarian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="bg",
    name="Bulgarian",
    question_labels=w("въпрос"),
    answer_labels=w("отговор"),
)
