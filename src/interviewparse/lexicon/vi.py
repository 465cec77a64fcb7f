"""Vietnamese."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="vi",
    name="Vietnamese",
    question_labels=w("hỏi pv"),
    answer_labels=w("đáp"),
    boilerplate_phrases={
        "related": ("(?:đọc|xem) thêm",),
    },
)
