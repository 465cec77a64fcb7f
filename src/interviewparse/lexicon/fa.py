"""Persian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="fa",
    name="Persian",
    question_labels=w("سوال پرسش"),
    answer_labels=w("پاسخ جواب"),
    interrogatives=w("چرا چه چطور چگونه کجا چند کدام آیا"),
    # no first person: "من" and "ما" are also Arabic "from" and "what"
    address_pronouns=w("شما شمارا تو"),
    interview_phrases=(r"مصاحبه", r"گفت\s*و\s*گو", r"گفتگو"),
    not_interview_phrases=(r"faqs?", r"راهنما", r"نقد", r"دستور\s+پخت", r"یادداشت"),
)
