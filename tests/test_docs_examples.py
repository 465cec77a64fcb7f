"""The example interviews we ship parse the way a reader sees them.

The README, the docs and the notebook show these two files to every new user, so their output
is annotated here by hand (we wrote both texts) and checked property by property.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import interviewparse as ip

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def html_iv() -> ip.Interview:
    return ip.parse((EXAMPLES / "interview.html").read_bytes())


@pytest.fixture(scope="module")
def text_iv() -> ip.Interview:
    return ip.parse((EXAMPLES / "interview.txt").read_bytes())


def _reading_text(iv: ip.Interview) -> str:
    parts = [p.text for p in iv.intro] + [q.text for q in iv.questions]
    parts += [a.text for a in iv.answers]
    return "\n".join(parts)


# -- examples/interview.html: bold questions, a list, a newsletter box mid-interview ----------

HTML_QUESTIONS = [
    "Ms Holloway, what happened this winter?",
    "You weigh every hive every week. Why go to that trouble?",
    "Is there anything a hobby beekeeper can do?",
    "And what will you do differently next year?",
]


def test_html_example_metadata(html_iv: ip.Interview) -> None:
    assert html_iv.source_format == "html"
    assert html_iv.title == '"Bees keep better books than we do": a beekeeper on winter losses'
    assert html_iv.publisher == "The Valley Ledger"
    assert (html_iv.published or "").startswith("2024-03-14")
    assert "Tomás Ferreira" in html_iv.authors
    assert html_iv.question_style == "bold"


def test_html_example_first_pairs(html_iv: ip.Interview) -> None:
    assert [q.text for q in html_iv.questions[:2]] == HTML_QUESTIONS[:2]
    second = html_iv.pairs[1].answer
    assert [item.text for item in second.list_items] == [
        "a mild spell in January followed by a hard frost;",
        "a wet autumn that keeps the bees inside when they should forage;",
        "late varroa treatment, after the winter bees have hatched.",
    ]
    assert second.blocks[0].text.startswith("Because the scale tells you")


def test_html_example_boilerplate_is_labelled(html_iv: ip.Interview) -> None:
    stripped = {item.text: item for item in html_iv.boilerplate}
    caption = "Ines Holloway checks a hive on a February morning. Photo: Valley Ledger/R. Okafor"
    assert caption in stripped
    assert "Sign up for our weekly Science Letter and never miss an interview." in stripped
    assert all(item.reason and item.rule for item in html_iv.boilerplate)
    reading = _reading_text(html_iv)
    for clutter in ("Sign up for our weekly", "Read more:", "All rights reserved", "Photo:"):
        assert clutter not in reading


def test_html_example_all_pairs_after_the_newsletter_box(html_iv: ip.Interview) -> None:
    assert [q.text for q in html_iv.questions] == HTML_QUESTIONS
    assert html_iv.pairs[3].answer.text == (
        "Feed earlier, and trust the scale more than my own eyes."
    )


def test_html_example_editors_note_is_outro(html_iv: ip.Interview) -> None:
    assert [p.text for p in html_iv.outro] == [
        "This interview has been edited for length and clarity."
    ]


def test_html_example_people(html_iv: ip.Interview) -> None:
    assert html_iv.interviewers == ("Tomás Ferreira",)
    assert html_iv.interviewees == ("Ines Holloway",)


# -- examples/interview.txt: Q:/A: labels, a numbered list, a caption and a newsletter line ---

TEXT_QUESTIONS = [
    "Dr. Quispe, why does a river need to be measured every day?",
    "Interviews with farmers? That sounds unusual for a hydrologist.",
    "What should cities do first?",
]


def test_text_example_pairs(text_iv: ip.Interview) -> None:
    assert text_iv.source_format == "text"
    assert text_iv.question_style == "label"
    assert text_iv.title == '"The river remembers everything": a hydrologist on floods and memory'
    assert [q.text for q in text_iv.questions] == TEXT_QUESTIONS
    # "Q:" names nobody: the speaker is None, the label is kept as written
    assert [q.speaker for q in text_iv.questions] == [None, None, None]
    assert [q.label for q in text_iv.questions] == ["Q", "Q", "Q"]
    first = text_iv.pairs[0].answer
    assert [(item.marker, item.text) for item in first.list_items] == [
        ("1.", "daily gauge readings since 1961;"),
        ("2.", "satellite images since 2002;"),
        ("3.", "interviews with farmers whose families have farmed the banks for generations."),
    ]
    assert text_iv.pairs[2].answer.text == (
        "Stop building where the old maps show water. "
        "That alone would save more lives than any new dam."
    )


def test_text_example_boilerplate(text_iv: ip.Interview) -> None:
    stripped = {item.text: item.kind for item in text_iv.boilerplate}
    assert "Photo: Amaru Quispe at a gauging station. (Courier/J. Doe)" in stripped
    assert stripped.get("Subscribe to our newsletter for weekly science interviews.") is (
        ip.BoilerplateKind.NEWSLETTER
    )
    assert "Subscribe" not in _reading_text(text_iv)
    assert any(p.text.startswith("Dr. Amaru Quispe has spent") for p in text_iv.intro)


def test_text_example_people(text_iv: ip.Interview) -> None:
    assert text_iv.interviewers == ("Lena Marsh",)
    assert text_iv.interviewees == ("Amaru Quispe",)
