"""Vietnamese."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="vi",
    name="Vietnamese",
    question_labels=w("hỏi pv"),
    answer_labels=w("đáp"),
    interrogatives=w("liệu sao"),
    # no address pronouns: "ông", "bà", "anh", "chị" also say "he" and "she"
    first_person=w("tôi"),
    stopwords=w("của và là các những được không người này trong với cho đã một để khi"),
    interview_phrases=(r"phỏng\s+vấn", r"trò\s+chuyện"),
    not_interview_phrases=(r"faqs?", r"hướng\s+dẫn", r"đánh\s+giá", r"công\s+thức", r"mẹo"),
    closing_phrases=(r"xin\s+cảm\s+ơn",),
    boilerplate_phrases={
        "related": ("(?:đọc|xem) thêm",),
    },
)
