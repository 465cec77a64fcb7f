"""Questions set like the page's others but without a question mark, and numbered listicles.

A bold request that opens a paragraph ("Tell us about ...")
is split off like a bold question; an italic statement between answers is a question in a
document of italic questions; questions numbered like a listicle's items count against an
interview, unless the page names its guest and the answers speak in the first person.
"""

from __future__ import annotations

import interviewparse as ip
from interviewparse.blocks import Block, BlockKind
from interviewparse.segment import _numbered


def _page(body: str, title: str = "A conversation") -> bytes:
    return (
        f'<html lang="en"><head><title>{title}</title></head><body><article>'
        f"<h1>{title}</h1>{body}</article></body></html>"
    ).encode()


_INTRO = (
    "<p>Ruth Penhallow repairs church organs across three counties. "
    "We met her in a village chapel where she was tuning pipes.</p>"
)


def test_bold_request_lead_is_split_off_as_a_question() -> None:
    iv = ip.parse(
        _page(
            _INTRO + "<p><b>How did you start?</b> By sweeping the workshop floor for my uncle, "
            "who built organs for forty years.</p>"
            "<p><b>Is the work getting rarer?</b> Every year. Fewer chapels can pay for a "
            "full restoration, so I patch what I can.</p>"
            "<p><b>Describe the hardest organ you have worked on.</b> A flooded one in a "
            "harbour town. Every leather valve had to be remade by hand.</p>"
        )
    )
    assert [p.question.text for p in iv.pairs] == [
        "How did you start?",
        "Is the work getting rarer?",
        "Describe the hardest organ you have worked on.",
    ]
    assert iv.pairs[2].answer.text.startswith("A flooded one")


def test_bold_statement_opening_an_answer_stays_in_the_answer() -> None:
    iv = ip.parse(
        _page(
            _INTRO + "<p><b>How did you start?</b> By sweeping the workshop floor for my uncle, "
            "who built organs for forty years.</p>"
            "<p><b>Patience beats every tool.</b> My uncle said it daily, and I still "
            "repeat it to apprentices.</p>"
            "<p><b>Is the work getting rarer?</b> Every year. Fewer chapels can pay for a "
            "full restoration, so I <b>patch what I can</b> and hope.</p>"
        )
    )
    assert [p.question.text for p in iv.pairs] == [
        "How did you start?",
        "Is the work getting rarer?",
    ]
    assert "Patience beats every tool." in iv.pairs[0].answer.text
    assert "patch what I can" in iv.pairs[1].answer.text


def test_numbered_bold_questions_of_a_listicle_are_no_interview() -> None:
    items = [
        ("How often will you use it?", "Weekly use justifies a sturdier frame and a better seat."),
        ("Where will it be stored?", "A damp shed ruins the chain within a single winter."),
        ("Who will carry it upstairs?", "Heavy models need a ground-floor space or a lift."),
        ("What is your budget?", "Set a ceiling before the shop shows the premium range."),
    ]
    body = "<p>Buying a cargo trike is a big decision. Work through these points first.</p>"
    body += "".join(f"<p><b>{n}. {q}</b></p><p>{a}</p>" for n, (q, a) in enumerate(items, start=1))
    iv = ip.parse(_page(body, title="Four things to settle before buying a cargo trike"))
    assert iv.pairs == ()


def test_numbered_questions_of_a_named_guest_stay_an_interview() -> None:
    body = _INTRO + (
        "<p><b>1. Why organs?</b></p><p>I grew up beside a chapel and heard one every "
        "Sunday.</p>"
        "<p><b>2. What do you listen for?</b></p><p>A pipe that speaks late. You hear it "
        "before you can name it.</p>"
        "<p><b>3. Would you train an apprentice?</b></p><p>Gladly, if one ever asks me.</p>"
    )
    iv = ip.parse(_page(body))
    assert len(iv.pairs) == 3


def _item(number: int) -> Block:
    return Block(text="Why?", kind=BlockKind.LIST_ITEM, marker=f"{number}.")


def test_numbering_must_run_in_sequence() -> None:
    paragraphs = [Block(text=t) for t in ("#1 Why?", "#2 How?", "#3 When?")]
    assert _numbered(paragraphs, range(3))
    assert _numbered([Block(text=t) for t in ("3) A?", "2) B?", "1) C?")], range(3))
    assert _numbered([_item(1), _item(2)], range(2))
    assert not _numbered([Block(text=t) for t in ("1. A?", "3. B?", "2. C?")], range(3))
    assert not _numbered([Block(text=t) for t in ("1. A?", "Why?", "Who?")], range(3))
    assert not _numbered([Block(text="2019 was hard?"), Block(text="Why?")], range(2))
    assert not _numbered([Block(text="12 Monkeys?"), Block(text="13 Ghosts?")], range(2))
    assert _numbered([Block(text="No. 1 Why?"), Block(text="No. 2 How?")], range(2))


def test_numbered_rapid_fire_round_stays_an_interview() -> None:
    body = _INTRO + "".join(
        f"<p><b>{n}. {q}</b></p><p>{a}</p>"
        for n, (q, a) in enumerate(
            [
                ("Bach or Handel?", "Bach, always."),
                ("Favourite chapel?", "The one at Polperro."),
                ("Worst instrument to tune?", "A harmonium in winter."),
                ("Tea or coffee?", "Strong tea."),
            ],
            start=1,
        )
    )
    iv = ip.parse(_page(body))
    assert len(iv.pairs) == 4


def test_markdown_bold_request_lead_is_split_off_like_in_html() -> None:
    """The text reader splits "**Tell us about X.** Answer" as the HTML reader does."""
    text = (
        "A conversation\n\n"
        "Ruth Penhallow repairs church organs across three counties. We met her in a chapel.\n\n"
        "**How did you start?** By sweeping the workshop floor for my uncle, who built organs.\n\n"
        "**Describe the hardest organ you have worked on.** A flooded one in a harbour town. "
        "Every leather valve had to be remade by hand.\n\n"
        "**Is the work getting rarer?** Every year. Fewer chapels can pay for a restoration.\n"
    )
    iv = ip.parse(text)
    assert [p.question.text for p in iv.pairs] == [
        "How did you start?",
        "Describe the hardest organ you have worked on.",
        "Is the work getting rarer?",
    ]
    assert iv.pairs[1].answer.text.startswith("A flooded one")


def test_markdown_bold_statement_opening_an_answer_stays_in_the_answer() -> None:
    text = (
        "A conversation\n\n"
        "Ruth Penhallow repairs church organs across three counties. We met her in a chapel.\n\n"
        "**How did you start?** By sweeping the workshop floor for my uncle, who built organs.\n\n"
        "**Patience beats every tool.** My uncle said it daily, and I still repeat it today.\n\n"
        "**Is the work getting rarer?** Every year. Fewer chapels can pay for a restoration.\n"
    )
    iv = ip.parse(text)
    assert [p.question.text for p in iv.pairs] == [
        "How did you start?",
        "Is the work getting rarer?",
    ]
    assert "Patience beats every tool." in iv.pairs[0].answer.text
