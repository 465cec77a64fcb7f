"""Evidence a page gives about its own genre beyond its words, and exchanges no conversation
makes: structured data declaring a FAQ, a question-and-answer thread, a forum thread or a
how-to; pairs that repeat an earlier exchange word for word (a donation box after every
section); a decoding of one exchange. Each weighs against an interview; none is a veto where
the page reads as a dialogue throughout.

Every page here is invented for these tests.
"""

from __future__ import annotations

import json

import interviewparse as ip
from interviewparse.readers._page import declared_types, parse_page

_EXCHANGES = [
    ("What drew you to restoring old clocks?", "I grew up above my uncle's workshop in Tarlow."),
    ("How long does one restoration take you?", "I spend about three months on a tall clock."),
    ("Which clock are you proudest of?", "I am proudest of a ship's chronometer from 1850."),
    ("What do you tell young apprentices?", "I tell them to listen to the movement first."),
    ("Where do you find the parts?", "We make most of them ourselves, on a small lathe."),
]


_INTRO = "Mara Ellwin has restored clocks for forty years. We spoke to her in her workshop."
_MORE = " It took years to learn, and I still learn."


def _page(
    head: str = "",
    exchanges: list[tuple[str, str]] | None = None,
    extra: str = "",
    intro: str = _INTRO,
    more: str = _MORE,
) -> str:
    body = "".join(
        f"<p><strong>{q}</strong></p><p>{a}{more}</p>"
        for q, a in (exchanges if exchanges is not None else _EXCHANGES)
    )
    return (
        f"<html><head><title>The clockmaker of Tarlow</title>{head}</head><body><article>"
        f"<h1>The clockmaker of Tarlow</h1><p>{intro}</p>{body}{extra}</article></body></html>"
    )


def _ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _evidence(iv: ip.Interview) -> dict[str, float]:
    return {e.name: e.value for e in iv.evidence}


def test_the_plain_page_is_an_interview() -> None:
    iv = ip.parse(_page())
    assert iv.is_interview and len(iv.pairs) == 5
    named = _evidence(iv)
    assert "declares_question_genre" not in named and "pairs_repeated" not in named


def test_structured_data_declaring_a_faq_counts_against_an_interview() -> None:
    plain = ip.parse(_page()).confidence
    faq = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "mainEntity": {"@type": "FAQPage", "mainEntity": []}},
        ],
    }
    iv = ip.parse(_page(head=_ld(faq)))
    assert iv.confidence < plain
    assert _evidence(iv)["declares_question_genre"] == 1.0


def test_a_product_faq_declared_in_structured_data_gives_no_pairs() -> None:
    faq = [
        ("Do you ship to the islands?", "Yes, we ship everywhere within five working days."),
        ("Can I return a clock I do not like?", "You can return it within thirty days."),
        ("How do I wind my new clock?", "Turn the key gently once a week, never more."),
    ]
    head = _ld({"@context": "https://schema.org", "@type": ["WebPage", "FAQPage"]})
    intro = "Clocks from our workshop come with a two-year guarantee and free engraving."
    iv = ip.parse(_page(head=head, exchanges=faq, intro=intro, more=""))
    assert iv.pairs == () and not iv.is_interview
    # nothing is lost: the would-be questions are intro text
    assert any("ship to the islands" in p.text for p in iv.intro)


def test_microdata_declaring_a_forum_thread_counts_like_json_ld() -> None:
    root = parse_page(
        '<html><body><div itemscope itemtype="https://schema.org/DiscussionForumPosting">'
        "<p>Hello</p></div></body></html>"
    )
    assert root is not None
    assert "discussionforumposting" in declared_types(root)


def test_declared_types_are_read_at_any_depth_and_from_a_script_json_cannot_parse() -> None:
    broken = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"subjectOf": [{"@type": "QAPage", "x": 1,}]}</script>'
    )
    root = parse_page(f"<html><head>{broken}</head><body><p>Text</p></body></html>")
    assert root is not None
    assert declared_types(root) == ("newsarticle", "qapage")


def test_an_exchange_repeated_word_for_word_counts_against_an_interview() -> None:
    box = (
        "<p><strong>Will you support our newsroom?</strong></p>"
        "<p>Our reporting is paid for by our readers. I ask you to give what you can.</p>"
    )
    sections = "".join(
        f"<p>Section {n}: the council discussed the harbour budget again on Monday.</p>{box}"
        for n in range(1, 6)
    )
    intro = "The harbour budget was debated for a fifth week. Our reporter followed the sessions."
    iv = ip.parse(_page(exchanges=[], extra=sections, intro=intro))
    assert iv.pairs == () and not iv.is_interview


def test_the_same_question_put_to_several_guests_is_no_repeat() -> None:
    asked = "What do you love most about your craft?"
    guests = [
        (asked, "I love the quiet of the bench in the morning."),
        ("Where did you learn it?", "I learned it from my grandmother in Ostvik."),
        (asked, "I love that every repair teaches me something."),
        ("Where did you learn it?", "I learned it at a college in Brenmoor."),
        (asked, "I love the moment a stopped clock ticks again."),
        ("Where did you learn it?", "I taught myself from old manuals."),
    ]
    iv = ip.parse(_page(exchanges=guests))
    assert iv.is_interview and len(iv.pairs) == 6
    assert "pairs_repeated" not in _evidence(iv)


def test_one_labelled_exchange_is_no_interview() -> None:
    html = (
        "<html><head><title>Harbour talks</title></head><body><article><h1>Harbour talks</h1>"
        "<p>The harbour trust invites members to its spring meeting.</p>"
        "<p><b>Tom Reyes:</b> Why should you, as a member, come to the meeting this year?</p>"
        "<p><b>Mara Ellwin:</b> I think this year we decide the future of the old quay, and I"
        " want every voice heard.</p>"
        "<p>The meeting starts at seven in the town hall. Tickets are free.</p>"
        "</article></body></html>"
    )
    iv = ip.parse(html)
    assert iv.pairs == () and not iv.is_interview
    assert _evidence(iv)["one_exchange"] == 1.0
    assert any(p.text.startswith("Tom Reyes: Why should you") for p in iv.intro)
