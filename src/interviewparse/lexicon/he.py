"""Hebrew."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="he",
    name="Hebrew",
    question_labels=w("שאלה ש"),
    answer_labels=w("תשובה ת"),
    interrogatives=w("מה למה מדוע איך כיצד מתי איפה היכן מי איזה איזו אילו כמה האם"),
    address_pronouns=w("אתה אתם אתן לך לכם שלך שלכם"),
    first_person=w("אני אנחנו אנו לי שלי לנו שלנו"),
    interview_phrases=(r"ראיון", r"בראיון", r"שיחה\s+עם"),
    not_interview_phrases=(r"faqs?", r"ביקורת", r"מדריך", r"מתכון", r"טיפים", r"דעה"),
    closing_phrases=(r"תודה\s+רבה",),
)
