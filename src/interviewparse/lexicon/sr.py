"""Serbian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="sr",
    name="Serbian",
    question_labels=w("питање pitanje"),
    answer_labels=w("одговор odgovor"),
)
