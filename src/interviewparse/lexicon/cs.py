"""Czech."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="cs",
    name="Czech",
    question_labels=w("otázka"),
    answer_labels=w("odpověď"),
    boilerplate_phrases={
        "related": ("čtěte (?:také|též)",),
    },
    not_name_words=w("rozhovor"),
    rule_phrases={
        "cue.speech-tag": ("říká",),
        "boilerplate.photo-credit-line.abbreviations": ("fot",),
    },
)
