"""Hungarian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="hu",
    name="Hungarian",
    question_labels=w("kérdés"),
    answer_labels=w("válasz"),
    not_name_words=w("interjú"),
    rule_phrases={
        "boilerplate.masthead-byline.credit": ("interviú",),
    },
)
