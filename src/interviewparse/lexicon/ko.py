"""Korean."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="ko",
    name="Korean",
    question_labels=w("질문 문"),
    answer_labels=w("답변 답"),
    interrogatives=w("왜 어떻게 어떤 언제 어디서 어디 누가 무엇을 무엇이 무슨 얼마나 몇"),
    # no address pronouns: an interviewer addresses the guest by name and title or not at all
    first_person=w("저는 제가 저도 저희 저희는 저희가 나는 내가 우리는 우리가  우리도"),
    dateline_phrases=(
        "입력",
        "수정",
    ),
    interview_phrases=(r"인터뷰\w*", r"대담\w*", r"만나다", r"만났다", r"일문일답"),
    not_interview_phrases=(
        r"faqs?",
        r"자주\s*묻는\s*질문",
        r"리뷰",
        r"가이드",
        r"레시피",
        r"사설",
        r"칼럼",
    ),
    boilerplate_phrases={
        "related": (
            "관련 ?기사",
            "함께 (?:읽|보)[^:：]{0,12}",
            "많이 본 뉴스",
        ),
        "share": ("공유하기",),
    },
    rule_phrases={
        "cue.interviewer-credit.reporter": ("기자",),
        "cue.interviewer-credit.second": ("글", "사진"),
        "cue.interviewer-credit": ("인터뷰", "대담", "글"),
        "boilerplate.section-label": ("인터뷰",),
        "boilerplate.credit-line.korean-byline": ("기자", "특파원", "논설위원"),
        "cue.thanks": ("감사합니다",),
        "boilerplate.source-line": ("출처",),
        "boilerplate.copyright-line": (r"무단\s*전재",),
        "boilerplate.copyright-line.prefilter": ("전재",),
        "boilerplate.reprint-note": (r"무단\s*(?:전재|복제)",),
        "boilerplate.reprint-note.prefilter": ("무단",),
        "html.reading-time.units": ("분",),
        "html.reading-time.after": ("읽기",),
        "html.reading-time.before": ("읽는 시간",),
        "html.reading-time.short-units": ("분",),
        "boilerplate.credit-line": (
            "인터뷰",
            "기자",
            "사진",
        ),
    },
    job_titles=w(
        "작가 감독 교수 대표 선수 배우 가수 셰프 연구원 디자이너 원장 회장 박사 시인 화가"
    ),
)
