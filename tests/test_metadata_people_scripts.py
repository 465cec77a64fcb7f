"""Interviewees and interviewers named in more languages, scripts and phrasings.

Each snippet was written for this file. The rules under test: a pronoun subject after the
intro names the guest ("She told us", "Ela conversou com"), lower-case role words before a
name ("asked council leader ..."), Polish and Turkish credits and markers, and names in
scripts without letter case (Chinese, Japanese, Arabic) read from the headline and intro.
"""

from __future__ import annotations

import pytest

from interviewparse import parse_text
from interviewparse.people.uncased import uncased_guest, uncased_interviewer

_QA = (
    "Q: How did the season start?\n\n"
    "A: Slowly, with rain for most of the first week and a broken pump.\n\n"
    "Q: And how did it end?\n\n"
    "A: Better than we feared. The harvest was late but it was large.\n"
)


def _people(
    intro: str, body: str = _QA, title: str = "A season on the farm"
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    doc = parse_text(f"{title}\n\n{intro}\n\n{body}")
    return doc.interviewees, doc.interviewers


def test_pronoun_subject_told_us_names_the_person_introduced() -> None:
    intro = "Farmer Ingrid Holloway has grown pears for thirty years. She told us about it."
    assert _people(intro)[0] == ("Ingrid Holloway",)


def test_asked_skips_lower_case_role_words_before_the_name() -> None:
    intro = "We asked harbour master Tobias Lindgren about the new quay."
    assert _people(intro)[0] == ("Tobias Lindgren",)


def test_asked_about_a_topic_names_nobody_from_the_topic() -> None:
    intro = "We asked about Lake Geneva and its fish."
    assert "Lake Geneva" not in _people(intro)[0]


def test_portuguese_pronoun_after_a_role_noun() -> None:
    body = (
        "P: Como começou o projeto?\n\nR: Com uma horta pequena atrás da escola.\n\n"
        "P: E agora?\n\nR: Agora são doze hortas em toda a cidade.\n"
    )
    intro = (
        "A agrônoma Helena Quintanilha, da cooperativa local, cuida das hortas há dez anos. "
        "Ela conversou com a reportagem por telefone."
    )
    assert _people(intro, body, "Hortas nas escolas")[0] == ("Helena Quintanilha",)


def test_polish_credit_names_the_interviewer() -> None:
    body = (
        "Jak zaczęła się pana przygoda z pszczołami?\n\n"
        "Od jednego ula w ogrodzie dziadka. Miałem wtedy dziesięć lat i bardzo się bałem, "
        "ale dziadek pokazał mi, że pszczoły nie atakują, jeśli człowiek jest spokojny.\n\n"
        "Ile ma pan dziś uli?\n\n"
        "Czterdzieści, w trzech miejscach pod miastem. Każde miejsce daje inny miód, "
        "bo pszczoły zbierają nektar z innych kwiatów i drzew.\n\n"
        "Czy pszczołom w Polsce jest dziś trudniej?\n\n"
        "Trudniej niż kiedyś. Susze są dłuższe, a kwiatów na polach jest mniej, "
        "więc pszczelarze muszą częściej przewozić ule w nowe miejsca.\n"
    )
    intro = "Marek Zieliński od lat hoduje pszczoły pod Krakowem. Rozmawia z nim Ewa Sadowska."
    ees, ers = _people(intro, body, "Marek Zieliński: Pszczoły uczą cierpliwości")
    assert ees == ("Marek Zieliński",)
    assert ers == ("Ewa Sadowska",)


def test_turkish_ile_konustuk_names_the_guest() -> None:
    intro = "Balıkçı ailesinden gelen mimar Elif Karaca ile konuştuk."
    assert _people(intro, _QA, "Şehir ve deniz")[0] == ("Elif Karaca",)


def test_named_subject_answered_our_questions() -> None:
    intro = "Ahead of the harvest festival, Oskar Brandvold answered our questions."
    assert _people(intro)[0] == ("Oskar Brandvold",)


def test_turkish_answer_marker_is_not_a_name() -> None:
    body = (
        "Soru: Ne zaman başladınız?\n\nCevap: Üniversitede, ilk yılımda.\n\n"
        "Soru: Zor muydu?\n\nCevap: Evet, ama çok keyifliydi.\n"
    )
    ees, _ = _people("Genç mimar Elif Karaca ile konuştuk.", body, "Elif Karaca: Şehir bizim")
    assert "Cevap" not in ees
    assert ees == ("Elif Karaca",)


@pytest.mark.parametrize(
    ("title", "front", "expected"),
    [
        ("专访王海峰：让公园晚上也开放", ["记者专访了园林局局长王海峰。"], "王海峰"),
        ("对话周敏：我为什么回到山村", ["周敏在山村教书十年。"], "周敏"),
        ("写真家・高橋優子さんに聞く", ["高橋優子さんに話を聞いた。"], "高橋優子"),
        ("木工の仕事", ["家具職人の中村拓也氏に話を聞いた。"], "中村拓也"),
        ("يوسف منصور: البحر يعلمنا الصبر", ["التقينا الصياد يوسف منصور في الميناء."], "يوسف منصور"),
    ],
)
def test_uncased_script_names(title: str, front: list[str], expected: str) -> None:
    assert uncased_guest(title, [title, *front]) == expected


@pytest.mark.parametrize(
    ("title", "front"),
    [
        # a topic before the colon, repeated in the intro, is no name
        ("老街改造：还要等多久", ["老街改造拖了五年。"]),
        ("المدارس الجديدة: متى تفتح؟", ["تحدثنا عن المدارس الجديدة في المدينة."]),
        # a lead the intro does not repeat is no name either
        ("يوسف منصور: البحر يعلمنا الصبر", ["التقينا صيادًا في الميناء."]),
        ("A plain headline", ["Nothing here in another script."]),
        # Chinese "摄氏" and "先生" are no Japanese honorifics
        ("天气转暖", ["气温达到摄氏三十度，记者李先生在现场。"]),
        # role nouns take さん as names do
        ("商店街の今", ["社長さんと息子さんに話を聞いた。"]),
        # a topic the intro repeats after a preposition, not after a role noun
        ("تغير المناخ: أزمة لا تنتظر", ["تحدثنا عن تغير المناخ في المنطقة."]),
    ],
)
def test_uncased_script_topics_are_not_names(title: str, front: list[str]) -> None:
    assert uncased_guest(title, [title, *front]) is None


def test_uncased_guest_through_the_pipeline() -> None:
    text = (
        "专访刘芳：夜市要干净也要热闹\n\n本报记者近日专访了夜市管理处主任刘芳。\n\n"
        "问：夜市什么时候重新开放？\n\n答：下个月初，先开放东边的三条街。\n\n"
        "问：摊主需要交费吗？\n\n答：第一年免费，第二年开始收取少量管理费。\n"
    )
    assert parse_text(text).interviewees == ("刘芳",)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("聞き手：高橋由紀", "高橋由紀"),
        ("聞き手：高橋 由紀 2026-03-02", "高橋 由紀"),
        ("取材・文／中村健", "中村健"),
        ("采访：周敏", "周敏"),
        ("记者：周敏 2026年3月2日", "周敏"),
        ("인터뷰·글=이서연", "이서연"),
        ("글=이서연 기자", "이서연"),
    ],
)
def test_uncased_credit_line_names_the_interviewer(line: str, name: str) -> None:
    assert uncased_interviewer([line]) == name


@pytest.mark.parametrize(
    "text",
    [
        "记者：夜市什么时候开放？",  # a labelled question, not a credit
        "聞き手：高橋由紀さんに、店の歴史を聞いた。",  # a sentence, not a credit line
        "采访结束后，周敏回到了店里。",
    ],
)
def test_uncased_sentences_name_no_interviewer(text: str) -> None:
    assert uncased_interviewer([text]) is None


def test_uncased_credit_line_through_the_pipeline() -> None:
    text = (
        "专访刘芳：夜市要干净也要热闹\n\n采访：周敏\n\n本报近日专访了夜市管理处主任刘芳。\n\n"
        "问：夜市什么时候重新开放？\n\n答：下个月初，先开放东边的三条街。\n\n"
        "问：摊主需要交费吗？\n\n答：第一年免费，第二年开始收取少量管理费。\n"
    )
    iv = parse_text(text)
    assert iv.interviewers == ("周敏",)
    assert iv.interviewees == ("刘芳",)
