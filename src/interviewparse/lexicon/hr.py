"""Croatian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="hr",
    name="Croatian",
    question_labels=w("pitanje"),
    answer_labels=w("odgovor"),
)
