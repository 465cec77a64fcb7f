"""A question and its answer in one paragraph: a bold lead, then the plain answer. A lead that
asks is split off as the question; a lead that names a topic is split off only on a page whose
bold leads mostly ask (elsewhere it is an article's run-in heading). Invented pages only."""

from __future__ import annotations

import interviewparse as ip

ANSWER = (
    "Prices rose for the fourth year, and I expect them to keep rising until the city builds "
    "more flats near the river."
)


def page(title: str, intro: str, leads: list[str]) -> str:
    body = "".join(f"<p><b>{lead}</b> {ANSWER}</p>" for lead in leads)
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{intro}</p>{body}</article></body></html>"
    )


def test_topic_leads_among_question_leads_are_questions() -> None:
    html = page(
        "Talking to the mayor",
        "The mayor spoke to us in her office on Monday about the city.",
        [
            "How is the city doing?",
            "The housing market",
            "What comes next for the harbour?",
            "Your own plans for the summer",
        ],
    )
    iv = ip.parse(html)
    assert [p.question.text for p in iv.pairs] == [
        "How is the city doing?",
        "The housing market",
        "What comes next for the harbour?",
        "Your own plans for the summer",
    ]
    assert all(p.answer.text == ANSWER for p in iv.pairs)


def test_a_bold_sentence_opening_an_answer_stays_in_it() -> None:
    html = page(
        "Talking to the mayor",
        "The mayor spoke to us in her office on Monday about the city.",
        ["How is the city doing?", "Patience beats every plan.", "What comes next for it?"],
    )
    iv = ip.parse(html)
    assert len(iv.pairs) == 2
    assert iv.pairs[0].answer.text.endswith(f"Patience beats every plan. {ANSWER}")


def test_topic_leads_alone_stay_in_their_paragraphs() -> None:
    html = page(
        "City news",
        "The mayor spoke on Monday about the city and its plans.",
        ["The housing market", "Transport and roads", "The river front and its parks"],
    )
    iv = ip.parse(html)
    assert iv.pairs == ()
    assert any(b.text == f"The housing market {ANSWER}" for b in iv.intro)


def test_a_colon_lead_is_a_label_not_a_topic() -> None:
    html = page(
        "Talking to the mayor",
        "The mayor spoke to us in her office on Monday about the city.",
        ["How is the city doing?", "Mayor:", "What comes next for the harbour?"],
    )
    texts = [p.answer.text for p in ip.parse(html).pairs] + [b.text for b in ip.parse(html).intro]
    assert not any(t.startswith("Mayor") for t in texts)
