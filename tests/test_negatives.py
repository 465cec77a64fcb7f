"""Not an interview in, no pairs out: guides, FAQs, explainers and listicles whose bold or
heading "questions" the page answers itself — and interviews that must survive the check.

The fixtures in ``tests/fixtures/negatives`` are written for these tests. Each negative page
would yield pairs under the bare typographic conventions; two independent signs of a
self-answered guide (questions put to nobody, the author's own voice, a recurring template,
a title or intro naming the genre) reject it. A single weak sign must not reject an interview.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import interviewparse as ip
from interviewparse.segment import _recurring

FIXTURES = Path(__file__).parent / "fixtures" / "negatives"

NEGATIVES = [
    "guide_bold_self_answered.html",
    "faq_h2_questions.html",
    "explainer_question_headings.html",
    "listicle_bold_questions.html",
]


def _parse(name: str) -> ip.Interview:
    return ip.parse_html((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", NEGATIVES)
def test_self_answered_pages_have_no_pairs(name: str) -> None:
    iv = _parse(name)
    assert iv.pairs == ()
    assert iv.intro  # nothing is lost: the text stays in the intro


def test_bold_interview_with_few_you_questions_stays_an_interview() -> None:
    iv = _parse("interview_bold_few_you.html")
    assert [p.question.text for p in iv.pairs] == [
        "What went wrong that night?",
        "When did the crack first show?",
        "Was the village ever in danger?",
        "Have the reports been read since?",
        "What would you change?",
    ]


def test_rapid_fire_questions_stay_an_interview() -> None:
    iv = _parse("interview_rapid_fire.html")
    assert len(iv.pairs) == 5
    assert iv.pairs[1].question.text == "Favourite ingredient?"
    assert iv.pairs[1].answer.text == "Anchovies. I put them in everything."


def test_roundup_with_repeated_questions_under_name_headings_stays_an_interview() -> None:
    iv = _parse("roundup_name_headings.html")
    questions = [p.question.text for p in iv.pairs]
    assert len(questions) == 6
    assert questions.count("How did you feel when the first copy arrived?") == 3
    assert iv.pairs[4].answer.text.startswith("Calm, oddly.")


def test_recurring_counts_near_repeats_of_a_template() -> None:
    questions = [
        "Who is Acme's audience on their website?",
        "Why should they care?",
        "Who is Brightco's audience on their website?",
        "Why should they care?",
        "What is new?",
    ]
    assert _recurring(questions) == 2
    assert _recurring(["What now?", "Why not?", "How so?"]) == 0


def test_corpus_guide_control_has_no_pairs(corpus_dir: Path) -> None:
    page = corpus_dir / "html" / "climatedrift-messaging-playbook-2025.html"
    assert ip.parse(page.read_bytes()).pairs == ()


@pytest.mark.parametrize(
    "stem",
    [
        "billboard-african-music-nominees-2023",  # repeated questions under name headings
        "campact-3-fragen-tina-musil-2023",  # German questions that never say "Sie"
        "weltwoche-steve-forbes-2019",  # a few questions opening "Let's ..."
    ],
)
def test_corpus_interviews_with_one_guide_sign_keep_their_pairs(
    corpus_dir: Path, stem: str
) -> None:
    gold = json.loads((corpus_dir / "html" / f"{stem}.gold.json").read_text(encoding="utf-8"))
    iv = ip.parse((corpus_dir / "html" / f"{stem}.html").read_bytes())
    assert len(iv.pairs) == len(gold["pairs"])
