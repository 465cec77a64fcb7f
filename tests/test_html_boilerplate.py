"""Boilerplate inside and around the article body is emitted with a kind and a reason.

Each case is a small invented page with one kind of clutter next to a real interview block;
the clutter must carry a hint, the interview text must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import interviewparse as ip
from cases import case_ids
from interviewparse.blocks import Block
from interviewparse.models import BoilerplateKind as K
from interviewparse.readers.html import parse_page, read_html, read_tree
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


#: (box, text, kind, rule): a box of clutter beside the interview, a few words of the block it
#: makes, the kind the reader must hint it as, and the id of the rule that must give it.
CLUTTER_BOXES: list[tuple[str, str, K, str]] = [
    (
        "<figure><img src=a.jpg><figcaption>The jetty in winter.</figcaption></figure>",
        "The jetty in winter.",
        K.CAPTION,
        "html.tag",
    ),
    ("<p>Photo: Jon Arve / Agency</p>", "Photo: Jon Arve", K.CREDIT, "html.photo-credit"),
    (
        "<div class='newsletter-box'><p>Get our weekly letter in your inbox.</p></div>",
        "Get our weekly letter",
        K.NEWSLETTER,
        "html.class-word",
    ),
    (
        "<p>Sign up for our newsletter to get every interview first.</p>",
        "Sign up for our newsletter",
        K.NEWSLETTER,
        "html.newsletter-prompt",
    ),
    (
        "<div class='related-posts'><p><a href='/x'>Islands we love</a></p></div>",
        "Islands we love",
        K.RELATED,
        "html.class-word",
    ),
    ("<p>Lesen Sie auch</p>", "Lesen Sie auch", K.RELATED, "html.related-heading"),
    ("<p>Te puede interesar</p>", "Te puede interesar", K.RELATED, "html.related-heading"),
    (
        "<p>RELATED: Ten islands you can still visit this year</p>",
        "RELATED: Ten",
        K.RELATED,
        "html.related-link-line",
    ),
    (
        "<p><a href='/a'>Why the ferry stopped running in winter</a></p>",
        "Why the ferry stopped",
        K.RELATED,
        "html.link-only-line",
    ),
    (
        "<div class='social-share'><span>Share this article</span></div>",
        "Share this article",
        K.SHARE,
        "html.class-word",
    ),
    ("<p>Tags: islands, weather, boats</p>", "Tags: islands", K.TAGS, "html.tag-list"),
    (
        "<p><b>RELATED:</b> Ten islands you can still visit</p>",
        "RELATED: Ten islands",
        K.RELATED,
        "html.related-link-line",
    ),
    (
        "<p><strong>VIDEO:</strong> How a jetty is built</p>",
        "VIDEO: How a jetty",
        K.RELATED,
        "html.related-link-line",
    ),
    ("<p>Advertisement</p>", "Advertisement", K.ADVERTISEMENT, "html.advertisement-label"),
    (
        "<div class='sponsored'><p>Brought to you by Ferry Co.</p></div>",
        "Brought to you by",
        K.SPONSOR,
        "html.class-word",
    ),
    (
        "<div id='comments'><h3>3 Comments</h3><p>Great read!</p></div>",
        "Great read!",
        K.COMMENTS,
        "html.class-word",
    ),
    (
        "<div class='podcast-player'><p>Listen to the episode</p></div>",
        "Listen to the episode",
        K.PROMO,
        "html.class-word",
    ),
    (
        "<div class='poll'><p>Would you live on an island?</p></div>",
        "Would you live on an island?",
        K.PROMO,
        "html.class-word",
    ),
    (
        "<div class='author-bio'><p>Kai Lund writes about coasts.</p></div>",
        "Kai Lund writes",
        K.AUTHOR_BIO,
        "html.class-pair",
    ),
    (
        "<p>Editor's note: this interview was condensed.</p>",
        "Editor's note",
        K.EDITORIAL_NOTE,
        "html.editors-note",
    ),
    ("<p>07. November 2023 - 10:38 Uhr</p>", "07. November 2023", K.DATELINE, "html.date-line"),
    ("<p>By Kai Lund and Ode Berg</p>", "By Kai Lund", K.CREDIT, "html.byline"),
    (
        "<p>Styling: Ann Bo. Hair: Li Wu. Production: Studio Nine.</p>",
        "Styling: Ann Bo",
        K.CREDIT,
        "html.role-credits",
    ),
    (
        "<div class='x'><img src=b.jpg></div><div class='x'><div>Ilse on the jetty</div></div>",
        "Ilse on the jetty",
        K.CAPTION,
        "html.image-side-caption",
    ),
]


@pytest.mark.parametrize(
    ("box", "text", "kind", "rule"), CLUTTER_BOXES, ids=case_ids(CLUTTER_BOXES)
)
def test_clutter_is_labelled(box: str, text: str, kind: K, rule: str) -> None:
    html = page(box)
    block = hinted(html, text)
    assert block.hint is kind, (block.hint, block.hint_rule, block.hint_reason)
    assert block.hint_reason
    assert block.hint_rule is not None and by_id(block.hint_rule)
    assert block.hint_rule == rule
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


# Newsletter prompts and asides in the middle of an article


RAPID_FIRE = [
    ("Your favourite colour", "Blue"),
    ("Your city", "Lisbon, always"),
    ("Your last meal", "Grilled sardines"),
    ("Your hero", "My grandmother"),
]


def _mid_prompt_page() -> str:
    pairs = "".join(f"<p><b>{q}</b></p><p>{a}</p>" for q, a in RAPID_FIRE)
    return (
        "<html><body><article><h1>Five minutes with Ana Lopez</h1>"
        "<p>Ana Lopez sails alone around the world. We asked her what keeps her going.</p>"
        "<p><b>Why do you sail alone?</b></p>"
        "<p>Because the sea is quieter than any person I have met, and I like that.</p>"
        "<p>Sign up for our newsletter to get every interview first.</p>"
        f"<p>Then the quick questions.</p>{pairs}</article></body></html>"
    )


def test_short_answers_after_a_mid_article_newsletter_prompt_are_kept() -> None:
    iv = ip.parse_html(_mid_prompt_page())
    answers = [p.answer.text for p in iv.pairs]
    for _, answer in RAPID_FIRE:
        assert any(answer in text for text in answers), answer
    assert not any(b.rule == "boilerplate.link-run" for b in iv.boilerplate)


def _page_with_box(box: str) -> str:
    return (
        "<html><body><article><h1>Ana Lopez on sailing</h1>"
        "<p>Ana Lopez has sailed alone around the world twice. We asked her why.</p>"
        "<p><b>Why do you sail alone?</b></p>"
        "<p>Because the sea is quieter than any person I have met, and I like that a lot.</p>"
        f"{box}"
        "<p><b>Where next?</b></p>"
        "<p>South, always south, to the ice and the long days of the austral summer.</p>"
        "</article></body></html>"
    )


def test_a_newsletter_aside_without_class_words_is_a_newsletter() -> None:
    page = _page_with_box(
        "<aside><p>Sign up for our newsletter: the best interviews every Friday.</p></aside>"
    )
    iv = ip.parse_html(page)
    box = [b for b in iv.boilerplate if b.text.startswith("Sign up")]
    assert [b.kind for b in box] == [K.NEWSLETTER]
    assert len(iv.pairs) == 2


def test_complementary_role_does_not_hide_the_class_words() -> None:
    page = _page_with_box(
        '<aside role="complementary" class="newsletter"><p>Never miss an interview.</p></aside>'
    )
    box = [b for b in ip.parse_html(page).boilerplate if b.text.startswith("Never miss")]
    assert [b.kind for b in box] == [K.NEWSLETTER]


def test_a_plain_aside_of_links_is_still_related() -> None:
    page = _page_with_box(
        "<aside><p><a href='/x'>More stories from the harbour desk</a></p></aside>"
    )
    box = [b for b in ip.parse_html(page).boilerplate if b.text.startswith("More stories")]
    assert [b.kind for b in box] == [K.RELATED]


def _qa_box(n: int) -> str:
    return (
        f"<div class='accordion'><h3>Why did the ferry stop in winter {n}?</h3><p>Because the "
        f"harbour froze over and nobody could pay for an icebreaker that year, number {n}.</p>"
        "</div>"
    )


def test_an_interview_set_as_an_accordion_is_the_article() -> None:
    """Collapsible boxes that together hold most of the article are its content: an interview
    set one question to a box loses no answer to the boilerplate."""
    page = (
        "<html><body><article><h1>Ferries in winter</h1><p>Ilse Marr ran the island ferry "
        f"for twenty years.</p>{''.join(_qa_box(n) for n in range(5))}</article></body></html>"
    )
    iv = ip.parse(page)
    assert not [b for b in iv.boilerplate if "harbour froze" in b.text]


def test_an_embedded_post_is_no_part_of_an_answer() -> None:
    page = (
        "<html><body><article><h1>Ferries in winter</h1><p>Ilse Marr ran the ferry.</p>"
        "<p><b>Why did it stop?</b></p><p>Because the harbour froze over and nobody could pay "
        "for an icebreaker.</p><blockquote class='instagram-media'><p>The harbour this "
        "morning, frozen solid.</p></blockquote><p><b>Will it run next year?</b></p><p>If the "
        "council finds the money, and I think it will.</p></article></body></html>"
    )
    iv = ip.parse(page)
    assert all("frozen solid" not in pair.answer.text for pair in iv.pairs)
    assert any(b.rule == "html.embedded-post" for b in iv.boilerplate)


def test_a_link_after_a_bold_label_stays_a_link() -> None:
    """ "<b>MORE: <a>title</a></b>": the label split off the bold line leaves the link, so the
    line is a related link, not a turn of a speaker called "MORE"."""
    page = (
        "<html><body><article><h1>Ferries in winter</h1><p>Ilse Marr ran the ferry for "
        "twenty years, and the winters were the hardest part of it.</p><p><strong>MORE: <a "
        "href='/x'>The lighthouse keeper's winter log</a></strong></p><p>She says the harbour "
        "froze over three times.</p></article></body></html>"
    )
    # (walked: a page with no other sign of a turn would be read shallowly, without labels)
    walked = read_tree(parse_page(page), shallow=False)
    blocks = [b for b in walked.blocks if "lighthouse" in b.text]
    assert blocks[0].label is None
    assert blocks[0].hint_rule == "html.link-only-line"


def test_a_table_of_contents_of_questions_adds_no_question() -> None:
    """An interview's table of contents repeats its questions as links to them: the entries,
    and the line introducing them, are navigation, and each question is asked once."""
    questions = ("Why did you go to the island?", "What is winter like there?", "Will you leave?")
    toc = "".join(f"<li><a href='#q{n}'>{q}</a></li>" for n, q in enumerate(questions))
    body = "".join(
        f"<h3 id='q{n}'>{q}</h3><p>Because the sea there is the one I know best, and the "
        f"people on the island became my family over the years, answer {n}.</p>"
        for n, q in enumerate(questions)
    )
    page = (
        "<html><body><article><h1>Ilse Marr: twenty years on Skerry Island</h1><p>In an "
        "interview, the ferry captain Ilse Marr talks about her island.</p>"
        f"<p>In this interview:</p><ul>{toc}</ul>{body}</article></body></html>"
    )
    blocks = read_html(page).blocks
    hinted = [b.text for b in blocks if b.hint_rule == "html.table-of-contents"]
    assert hinted == ["In this interview:", *questions]
    iv = ip.parse(page)
    assert [pair.question.text for pair in iv.pairs] == list(questions)
