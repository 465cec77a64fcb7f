"""Regression tests for bugs other engineers reported in the boilerplate and HTML hint stages."""

from __future__ import annotations

import interviewparse as ip
from interviewparse.blocks import Block, Document
from interviewparse.boilerplate import label_boilerplate
from interviewparse.models import BoilerplateKind as K

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


def test_short_text_lines_after_an_early_prompt_are_not_a_tail_run() -> None:
    lines = ["Ana Lopez sails alone around the world.", "Sign up for our newsletter"]
    lines += [line for pair in RAPID_FIRE for line in pair] * 2
    doc = Document(tuple(Block(text) for text in lines), "text")
    verdicts = label_boilerplate(doc)
    assert verdicts[1] is not None and verdicts[1].kind is K.NEWSLETTER
    assert all(v is None for v in verdicts[2:])


def test_a_closing_run_of_links_is_still_related_links() -> None:
    article = [Block("A long answer about the sea, the wind and the loneliness of it. " * 3)] * 6
    closing = [
        Block("Sign up for our newsletter"),
        Block("How sailors sleep at sea", link_density=1.0),
        Block("The loneliest race on earth", link_density=1.0),
    ]
    doc = Document(tuple(article + closing), "html")
    verdicts = label_boilerplate(doc)
    assert [v.kind if v else None for v in verdicts[-3:]] == [K.NEWSLETTER, K.RELATED, K.RELATED]
    # the same short lines without links are someone's words on an HTML page
    unlinked = [closing[0], Block("How sailors sleep at sea"), Block("The loneliest race")]
    verdicts = label_boilerplate(Document(tuple(article + unlinked), "html"))
    assert verdicts[-1] is None


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


def test_a_profile_question_selector_decides_the_questions() -> None:
    from interviewparse.profiles import Profile

    profile = Profile(name="sail-weekly", question_selector="p.q")
    page = (
        "<html><body><article><h1>Ana Lopez on sailing</h1>"
        "<p>Ana Lopez has sailed alone around the world twice. We asked her why.</p>"
        "<p class='q'>WHY SAIL ALONE</p><p>Because the sea is quieter than any person I know.</p>"
        "<p class='q'>Related: the race</p><p>It was hard, and I lost twelve kilos on the way.</p>"
        "<p class='q'>Where next</p><p>South, always south.</p>"
        "</article></body></html>"
    )
    iv = ip.parse_html(page, profile=profile)
    # a kicker in capitals and a "Related:" line would be boilerplate under the generic rules
    assert [p.question.text for p in iv.pairs] == [
        "WHY SAIL ALONE",
        "Related: the race",
        "Where next",
    ]
    assert all(p.question.rule == "profile.question-selector" for p in iv.pairs)
    assert iv.boilerplate == ()
