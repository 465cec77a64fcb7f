"""Boilerplate inside and around the article body is emitted with a kind and a reason.

Each case is a small invented page with one kind of clutter next to a real interview block;
the clutter must carry a hint, the interview text must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import interviewparse as ip
from interviewparse.blocks import Block
from interviewparse.models import BoilerplateKind as K
from interviewparse.readers.html import read_html
from interviewparse.rules import by_id

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"

_ANSWER = (
    "<p><strong>What did you learn on the island?</strong></p>"
    "<p>That weather is a neighbour you cannot ignore, and that boats are never finished.</p>"
    "<p>We rebuilt the jetty three times in four winters, and every time it taught us "
    "something about the sea that no book had told us.</p>"
)


def page(box: str) -> str:
    return (
        "<html><body><nav><a href='/'>Home</a></nav><article><div class='article-body'>"
        f"<p>Ilse Marr spent a decade on Skerry Island. She told us about it.</p>{_ANSWER}"
        f"{box}{_ANSWER}</div></article><footer>Footer text</footer></body></html>"
    )


def hinted(html: str, text: str) -> Block:
    blocks = [b for b in read_html(html).blocks if text in b.text]
    assert blocks, text
    return blocks[0]


@pytest.mark.parametrize(
    ("box", "text", "kind"),
    [
        (
            "<figure><img src=a.jpg><figcaption>The jetty in winter.</figcaption></figure>",
            "The jetty in winter.",
            K.CAPTION,
        ),
        ("<p>Photo: Jon Arve / Agency</p>", "Photo: Jon Arve", K.CREDIT),
        (
            "<div class='newsletter-box'><p>Get our weekly letter in your inbox.</p></div>",
            "Get our weekly letter",
            K.NEWSLETTER,
        ),
        (
            "<p>Sign up for our newsletter to get every interview first.</p>",
            "Sign up for our newsletter",
            K.NEWSLETTER,
        ),
        (
            "<div class='related-posts'><p><a href='/x'>Islands we love</a></p></div>",
            "Islands we love",
            K.RELATED,
        ),
        ("<p>Lesen Sie auch</p>", "Lesen Sie auch", K.RELATED),
        ("<p>Te puede interesar</p>", "Te puede interesar", K.RELATED),
        ("<p>RELATED: Ten islands you can still visit this year</p>", "RELATED: Ten", K.RELATED),
        (
            "<p><a href='/a'>Why the ferry stopped running in winter</a></p>",
            "Why the ferry stopped",
            K.RELATED,
        ),
        (
            "<div class='social-share'><span>Share this article</span></div>",
            "Share this article",
            K.SHARE,
        ),
        ("<p>Tags: islands, weather, boats</p>", "Tags: islands", K.TAGS),
        (
            "<p><b>RELATED:</b> Ten islands you can still visit</p>",
            "RELATED: Ten islands",
            K.RELATED,
        ),
        ("<p><strong>VIDEO:</strong> How a jetty is built</p>", "VIDEO: How a jetty", K.RELATED),
        ("<p>Advertisement</p>", "Advertisement", K.ADVERTISEMENT),
        (
            "<div class='sponsored'><p>Brought to you by Ferry Co.</p></div>",
            "Brought to you by",
            K.SPONSOR,
        ),
        (
            "<div id='comments'><h3>3 Comments</h3><p>Great read!</p></div>",
            "Great read!",
            K.COMMENTS,
        ),
        (
            "<div class='podcast-player'><p>Listen to the episode</p></div>",
            "Listen to the episode",
            K.PROMO,
        ),
        (
            "<div class='poll'><p>Would you live on an island?</p></div>",
            "Would you live on an island?",
            K.PROMO,
        ),
        (
            "<div class='author-bio'><p>Kai Lund writes about coasts.</p></div>",
            "Kai Lund writes",
            K.AUTHOR_BIO,
        ),
        ("<p>Editor's note: this interview was condensed.</p>", "Editor's note", K.EDITORIAL_NOTE),
        ("<p>07. November 2023 - 10:38 Uhr</p>", "07. November 2023", K.DATELINE),
        ("<p>By Kai Lund and Ode Berg</p>", "By Kai Lund", K.CREDIT),
        (
            "<p>Styling: Ann Bo. Hair: Li Wu. Production: Studio Nine.</p>",
            "Styling: Ann Bo",
            K.CREDIT,
        ),
        (
            "<div class='x'><img src=b.jpg></div><div class='x'><div>Ilse on the jetty</div></div>",
            "Ilse on the jetty",
            K.CAPTION,
        ),
    ],
)
def test_clutter_is_labelled(box: str, text: str, kind: K) -> None:
    html = page(box)
    block = hinted(html, text)
    assert block.hint is kind, (block.hint, block.hint_rule, block.hint_reason)
    assert block.hint_reason
    assert block.hint_rule is not None and by_id(block.hint_rule)
    for content in ("What did you learn on the island?", "That weather is a neighbour"):
        assert hinted(html, content).hint is None


def test_a_teaser_cards_blurb_belongs_to_the_card() -> None:
    html = page(
        "<div class='box'><a class='story-teaser' href='/x'><div><h3>Ferries in winter</h3>"
        "</div></a><p>Why the island boat stops in January, and who decides.</p></div>"
    )
    assert hinted(html, "Ferries in winter").hint is K.RELATED
    blurb = hinted(html, "Why the island boat stops")
    assert blurb.hint is K.RELATED
    assert blurb.hint_rule == "html.same-card"


def test_fact_box_is_not_a_conversation() -> None:
    html = page(
        "<div><p>The island by numbers</p></div><div><p><b>1912</b>: the lighthouse is lit</p>"
        "<p><b>43</b>: people live there in winter</p><p><b>7</b>: boats in the harbour</p></div>"
    )
    doc = read_html(html)
    assert hinted(html, "The island by numbers").hint is K.OTHER
    facts = [b for b in doc.blocks if b.text[:1].isdigit()]
    assert len(facts) == 3
    assert all(b.hint is K.OTHER and b.hint_rule == "html.number-fact-list" for b in facts)


def test_list_under_a_promo_line_belongs_to_it() -> None:
    html = page(
        "<p>Want to read more interviews like this one? Read about:</p>"
        "<ul><li><a href='/1'>Anna</a>, a lighthouse keeper</li>"
        "<li><a href='/2'>Bo</a>, a diver</li></ul>"
    )
    items = [b for b in read_html(html).blocks if b.text.startswith(("Anna", "Bo,"))]
    assert len(items) == 2
    assert all(b.hint is K.PROMO for b in items)


def test_boxes_as_big_as_the_article_are_not_boilerplate() -> None:
    # A wrapper whose class mentions "share" but holds the whole article is the article.
    html = (
        "<html><body><div class='content-with-sharebar share'>"
        + "<p><b>Why islands?</b></p><p>Because the sea decides for you, and that is restful.</p>"
        * 6
        + "</div></body></html>"
    )
    assert all(b.hint is None for b in read_html(html).blocks)


def test_hinted_blocks_end_up_in_boilerplate_with_their_reason() -> None:
    iv = ip.parse_html((FIXTURES / "bold_questions.html").read_bytes())
    kinds = {b.kind for b in iv.boilerplate}
    assert {K.CAPTION, K.NEWSLETTER, K.RELATED, K.TAGS, K.AUTHOR_BIO} <= kinds
    assert all(b.reason and b.rule and by_id(b.rule) for b in iv.boilerplate)
    content = " ".join(
        [p.text for p in iv.intro] + [p.question.text + p.answer.text for p in iv.pairs]
    )
    for clutter in ("Photo: Ina Reef", "Sign up for our newsletter", "The last keepers"):
        assert clutter not in content
