"""Rule cases keyed by rule id: for each rule, an invented example it recognises, checked through
the stage's documented entry (``label_boilerplate`` for a block's own text, the HTML reader for
its hints, ``parse_text`` for a whole document).

A case names the rule that must fire on it, not merely a kind: two rules may give the same
kind, and the id is what a user filters on. The last test lists the registered rules that have
no case here, so that a new rule without one is noticed.
"""

from __future__ import annotations

import pytest

import interviewparse as ip
from interviewparse.blocks import Block, Document
from interviewparse.boilerplate import label_boilerplate
from interviewparse.readers.html import read_html
from interviewparse.rules import RULES

# -- the block's own text (boilerplate.*) ---------------------------------------------------------

BLOCK_CASES = {
    "boilerplate.caption-credit-tail": "The harbour at dawn. Photograph: Ines Calder/Harbour Press",
    "boilerplate.caption-name-in-capitals": "El alcalde, en el mercado de abastos. MARTA GIL",
    "boilerplate.photo-credit-line": "Photo: Jon Arve",
    "boilerplate.dateline": "Veröffentlicht am 14.02.2025",
    "boilerplate.sponsor-disclosure": "This series is supported by the Harbour Foundation.",
    "boilerplate.newsletter-prompt": "Subscribe to our weekly newsletter",
    "boilerplate.signup-close": "The best of the week in our Friday email. Sign up now",
    "boilerplate.affiliate-disclosure": (
        "We may earn a commission when you buy through links on our site."
    ),
    "boilerplate.donation-appeal": "Donate today",
    "boilerplate.media-runtime": "Listen to this segment (8 min)",
    "boilerplate.transcript-note": "This transcript was machine-generated and may contain errors.",
    "boilerplate.related-heading": "Read also: The ferry that never left",
    "boilerplate.also-appeared": "This interview first appeared in Harbour Weekly.",
    "boilerplate.podcast-promo": "Listen to the episode on your podcast app",
    "boilerplate.interview-credit": "Interview by Jana Berg",
    "boilerplate.agency-credit": "(APA)",
    "boilerplate.source-line": "Source: Harbour Statistics Office",
    "boilerplate.pull-quote": "“We rebuilt the jetty three times in four winters.” — Ilse Marr",
    "boilerplate.copyright-line": "© 2025 Valley Courier Ltd. All rights reserved.",
    "boilerplate.reprint-note": "This article is republished from Campus Notes.",
    "boilerplate.desk-initials": "(dwi/tan)",
    "boilerplate.programme-line": "Sendung „Am Abend“",
    "boilerplate.credit-line": "Autor: Tomasz Lewandowski",
    "boilerplate.follow-prompt": "Join our WhatsApp channel for the morning headlines",
    "boilerplate.letters-prompt": (
        "Do you have an opinion on the issues raised in this article? If you would like to "
        "submit a letter of up to 250 words for publication, email us."
    ),
    "boilerplate.topic-row": "Movilidad · Bicicletas · Valencia · Urbanismo",
    "boilerplate.player-time": "0:00/47:12",
    "boilerplate.post-attribution": "— Harbour Watch (@harbourwatch) March 3, 2025",
    "boilerplate.maintenance-notice": "This article needs additional citations for verification.",
    "boilerplate.opening-phrase": "Läs också: Båtbyggarna i skärgården",
    "boilerplate.kicker": "THE ISLAND YEARS",
}
#: Rules that need more of the block than its text: a speaker label, a dialogue dash.
BLOCK_SHAPE_CASES = {
    "boilerplate.label-phrase": Block("Pasar Ikan Baru Dibuka di Pelabuhan", label="Baca Juga"),
    "boilerplate.pull-quote-attribution": Block("Ilse Marr", dash="–"),
}


def _rule_of(block: Block) -> str | None:
    verdict = label_boilerplate(Document((block,), "text"))[0]
    return None if verdict is None else verdict.rule


@pytest.mark.parametrize(("rule", "text"), BLOCK_CASES.items(), ids=list(BLOCK_CASES))
def test_block_rule(rule: str, text: str) -> None:
    assert _rule_of(Block(text)) == rule


@pytest.mark.parametrize(("rule", "block"), BLOCK_SHAPE_CASES.items(), ids=list(BLOCK_SHAPE_CASES))
def test_block_shape_rule(rule: str, block: Block) -> None:
    assert _rule_of(block) == rule


# -- the HTML reader's hints (html.*) -------------------------------------------------------------

_ANSWER = (
    "<p><strong>What did you learn on the island?</strong></p>"
    "<p>That weather is a neighbour you cannot ignore, and that boats are never finished.</p>"
    "<p>We rebuilt the jetty three times in four winters, and every time it taught us "
    "something about the sea that no book had told us.</p>"
)


#: A second exchange after the box (an exchange repeated word for word is a template's widget,
#: not a conversation, and would weigh against the page).
_ANSWER_2 = (
    "<p><strong>What did you learn on the island?</strong></p>"
    "<p>That the sea keeps its own calendar, and that a harbour is never finished.</p>"
    "<p>We rebuilt the jetty three times in four winters, and every time it taught us "
    "something about the sea that no book had told us.</p>"
)


def _page(box: str, tail: str = "") -> str:
    return (
        "<html><body><article><div class='article-body'>"
        f"<p>Ilse Marr spent a decade on Skerry Island. She told us about it.</p>{_ANSWER}"
        f"{box}{_ANSWER_2}{tail}</div></article></body></html>"
    )


#: rule id → (the box put in the middle of an article, words of the block it must label)
HTML_CASES = {
    "html.tag": (
        "<figure><img src=a.jpg><figcaption>The jetty in winter.</figcaption></figure>",
        "The jetty in winter.",
    ),
    "html.generic-box": ("<aside><p>Five ferries that run in January</p></aside>", "Five"),
    "html.box-newsletter-prompt": (
        "<aside><p>Our island letter: sign up for the Friday edition.</p></aside>",
        "Our island letter",
    ),
    "html.role": ("<div role='navigation'><p>Islands and coasts</p></div>", "Islands and"),
    "html.class-pair": (
        "<div class='author-bio'><p>Lena Fisk writes about boats.</p></div>",
        "Lena Fisk writes",
    ),
    "html.class-word": (
        "<div class='newsletter'><p>The Friday letter, free.</p></div>",
        "The Friday letter",
    ),
    "html.same-card": (
        "<div class='box'><a class='story-teaser' href='/x'><div><h3>Ferries in winter</h3>"
        "</div></a><p>Why the island boat stops in January, and who decides.</p></div>",
        "Why the island boat stops",
    ),
    "html.related-heading": ("<p>Read more</p>", "Read more"),
    "html.related-link-line": ("<p>Related: The ferry that never left</p>", "Related: The"),
    "html.advertisement-label": ("<p>Advertisement</p>", "Advertisement"),
    "html.sponsor-disclosure": ("<p>Sponsored by the Harbour Foundation</p>", "Sponsored by"),
    "html.share-button": ("<p>Share this article</p>", "Share this article"),
    "html.comments-prompt": ("<p>Leave a reply</p>", "Leave a reply"),
    "html.tag-list-heading": ("<p>Tags</p>", "Tags"),
    "html.tag-list": ("<p>Tags: islands, ferries, winter</p>", "Tags: islands"),
    "html.navigation-link": ("<p>Back to top</p>", "Back to top"),
    "html.author-box-heading": ("<p>About the author</p>", "About the author"),
    "html.newsletter-prompt": (
        "<p>Sign up for our newsletter to get every interview first.</p>",
        "Sign up for our",
    ),
    "html.promo-line": ("<p>Download the app</p>", "Download the app"),
    "html.poll-count": ("<p>1,204 people have voted so far</p>", "1,204 people"),
    "html.date-line": ("<p>December 19, 2025</p>", "December 19, 2025"),
    "html.reading-time": ("<p>7 min read</p>", "7 min read"),
    "html.byline": ("<p>By Lena Fisk</p>", "By Lena Fisk"),
    "html.editors-note": (
        "<p>Editor's note: this interview has been condensed.</p>",
        "Editor's note",
    ),
    "html.fact-box-heading": ("<p>At a glance</p>", "At a glance"),
    "html.role-credits": (
        "<p>Styling: Ana Ruiz. Hair: Jon Arve. Production: Lena Fisk.</p>",
        "Styling:",
    ),
    "html.photo-credit": ("<p>Photo: Jon Arve / Agency</p>", "Photo: Jon Arve"),
    "html.copyright-credit": ("<p>Jon Arve for Getty Images</p>", "Jon Arve for"),
    "html.link-only-line": (
        "<p><a href='/a'>Five ferries that still run</a></p>",
        "Five ferries",
    ),
    "html.image-side-caption": (
        "<div><img src=a.jpg></div><div><div>Ilse on the jetty</div></div>",
        "Ilse on the jetty",
    ),
    "html.list-under-box": (
        "<p>Read more:</p><ul><li>Five ferries that still run in January</li>"
        "<li>The lighthouse keeper's log</li></ul>",
        "The lighthouse keeper",
    ),
    "html.embedded-post": (
        "<blockquote class='twitter-tweet'><p>Ferry cancelled again this morning, the third "
        "time this week.</p>— Harbour Watch (@harbourwatch) March 3, 2025</blockquote>",
        "Ferry cancelled again",
    ),
    "html.widget-control": (
        "<div class='box'><div class='box-header' role='button'><span class='sr-only'>Open "
        "the box</span></div><p>Forty-three people live there in winter.</p></div>",
        "Open the box",
    ),
    "html.table-of-contents": (
        "<p>In this interview:</p><ul><li><a href='#island'>Why did you go to the island?</a>"
        "</li><li><a href='#winter'>What is winter like there?</a></li><li><a "
        "href='#leave'>Will you ever leave?</a></li></ul>",
        "What is winter like there?",
    ),
    "html.collapsible-box": (
        "<div class='expandable-box'><h3>The island in numbers</h3><p>Forty-three people "
        "live there in winter.</p></div>",
        "Forty-three people",
    ),
    "html.number-fact-list": (
        "<div><p><b>1912</b>: the lighthouse is lit</p><p><b>43</b>: people live there in "
        "winter</p><p><b>7</b>: boats in the harbour</p></div>",
        "people live there",
    ),
}


@pytest.mark.parametrize(("rule", "case"), HTML_CASES.items(), ids=list(HTML_CASES))
def test_html_hint(rule: str, case: tuple[str, str]) -> None:
    box, words = case
    blocks = [b for b in read_html(_page(box)).blocks if words in b.text]
    assert blocks, words
    assert blocks[0].hint_rule == rule


def test_html_author_bio_after_the_article() -> None:
    bio = "<p>Lena Fisk is a senior editor at Harbour Weekly and writes about boats.</p>"
    blocks = [b for b in read_html(_page("", tail=bio)).blocks if "Lena Fisk is" in b.text]
    assert blocks[0].hint_rule == "html.author-bio"


# -- whole documents (text.*, boilerplate.* on neighbours, segment.*) ------------------------------

_QA = (
    "Q: Why did you start?\n\n"
    "A: My grandmother kept bees, and I inherited her hives along with her notebooks.\n\n"
    "Q: What is the hardest part?\n\n"
    "A: The winters. A colony that looks strong in October can be gone by February.\n\n"
    "Q: And the best part?\n\n"
    "A: The first warm morning in spring, when the whole hive wakes up at once.\n"
)
_HEAD = "A beekeeper on losing and keeping hives\n\n"
_LEAD = "Mara Finch has kept bees on the edge of town for twenty years. She spoke to us.\n\n"

#: rule id → (a document, a line of it that the rule must put in the boilerplate)
DOCUMENT_CASES = {
    "text.front-matter": ("---\ntitle: Bees\nlayout: post\n---\n\n" + _QA, "layout: post"),
    "text.image-link": (_HEAD + "![A hive](/img/hive.jpg)\n\n" + _QA, "![A hive](/img/hive.jpg)"),
    "text.image-line": (
        _HEAD + "[Read the full report](https://example.org/report)\n\n" + _QA,
        "[Read the full report](https://example.org/report)",
    ),
    "text.markup-line": (_HEAD + "<div class='x'>\n\n" + _QA, "<div class='x'>"),
    "boilerplate.masthead-byline": (
        _HEAD + "Valley Courier | Interview: Rosa Quint\n\n" + _LEAD + _QA,
        "Valley Courier | Interview: Rosa Quint",
    ),
    "boilerplate.masthead-publication-word": (
        _HEAD + "Northfield Gazette\n\n" + _LEAD + _QA,
        "Northfield Gazette",
    ),
    "boilerplate.masthead-recurs": (
        _HEAD
        + "Marsh Lantern\n\n"
        + _LEAD
        + "Photo: Mara Finch at her hives. © Marsh Lantern\n\n"
        + _QA,
        "Marsh Lantern",
    ),
    "boilerplate.section-label": (
        "Cities should stop building car parks\n\nOpinion\n\nEvery new car park is a bet on the "
        "past. The council approved two more last week, at a cost that would have paid for ten "
        "kilometres of bike lanes.\n\n" + _QA,
        "Opinion",
    ),
    "text.marker-line": (_HEAD + _LEAD + "*\n\n" + _QA, "*"),
    "boilerplate.share-button": (
        _HEAD + _LEAD + _QA + "\nShare this article\n\nFacebook\n\nWhatsApp\n",
        "Facebook",
    ),
    "boilerplate.comments-header": (
        _HEAD + _LEAD + _QA + "\n3 Comments\n\nGreat interview, thanks!\n",
        "3 Comments",
    ),
    "boilerplate.reader-comment": (
        _HEAD + _LEAD + _QA + "\n3 Comments\n\nGreat interview, thanks!\n",
        "Great interview, thanks!",
    ),
    "boilerplate.link-run": (
        _HEAD + _LEAD + _QA + "\nRelated articles\n\nFive ferries that still run\n\n"
        "The lighthouse keeper's log\n",
        "Five ferries that still run",
    ),
    "boilerplate.tag-run": (_HEAD + _LEAD + _QA + "\nTags:\n\nBees\n\nWinter\n", "Bees"),
    "boilerplate.author-bio": (
        _HEAD
        + "Mara Finch\n\n"
        + _LEAD
        + _QA
        + "\nMara Finch is a beekeeper and writer who lives near the river.\n",
        "Mara Finch is a beekeeper and writer who lives near the river.",
    ),
    "boilerplate.bio-byline": (
        _HEAD
        + "Mara Finch\n\n"
        + _LEAD
        + _QA
        + "\nMara Finch is a beekeeper and writer who lives near the river.\n",
        "Mara Finch",
    ),
    "boilerplate.credit-value": (_HEAD + _LEAD + "Photo:\n\nJon Arve\n\n" + _QA, "Jon Arve"),
    "boilerplate.per-item-line": (
        _HEAD
        + "".join(
            f"## {name}\n\nQ: Why bees?\n\nA: My {kin} kept them, and I took over her hives "
            f"when she moved to the coast.\n\nVote for {name.split()[0]} in our reader poll on "
            "the last page!\n\n"
            for name, kin in (
                ("Mara Finch", "grandmother"),
                ("Ilse Marr", "aunt"),
                ("Rosa Quint", "mother"),
            )
        ),
        "Vote for Ilse in our reader poll on the last page!",
    ),
    "boilerplate.closing-heading": (
        _HEAD + _LEAD + _QA + "\n## More from the valley\n",
        "More from the valley",
    ),
    "boilerplate.headline-heading": (
        _HEAD
        + _LEAD
        + "Q: Why did you start?\n\nA: My grandmother kept bees, and I inherited her hives.\n\n"
        "## Beekeeper speaks out: “The winters are the hardest part”\n\n"
        "Q: What is the hardest part?\n\nA: The winters. A colony can be gone by February.\n",
        "Beekeeper speaks out: “The winters are the hardest part”",
    ),
    "boilerplate.image-caption": (
        _HEAD + "![A hive](/img/hive.jpg)\n\n*A hive in the frost.*\n\n" + _QA,
        "A hive in the frost.",
    ),
}


@pytest.mark.parametrize(("rule", "case"), DOCUMENT_CASES.items(), ids=list(DOCUMENT_CASES))
def test_document_rule(rule: str, case: tuple[str, str]) -> None:
    document, line = case
    rules = {item.text: item.rule for item in ip.parse_text(document).boilerplate}
    assert rules.get(line) == rule, rules


def test_button_lead_in_is_the_pitch_before_a_call_to_action_button() -> None:
    """The bold line and the paragraph ending in a colon right before a subscribe button are
    the promotion it closes; the interview around it stays whole."""
    page = _page(
        "<p><strong>Want to learn beekeeping?</strong></p><p>Our spring course starts soon and "
        "places are limited. If you are ready, sign up here:</p>"
        "<p class='button-wrapper'><a href='/subscribe'>Subscribe now</a></p>"
    )
    iv = ip.parse(page)
    rules = {item.text: item.rule for item in iv.boilerplate}
    assert rules.get("Want to learn beekeeping?") == "boilerplate.button-lead-in", rules
    assert rules.get(
        "Our spring course starts soon and places are limited. If you are ready, sign up here:"
    ) == ("boilerplate.button-lead-in"), rules
    assert len(iv.pairs) == 2
    assert all("course" not in pair.answer.text for pair in iv.pairs)


#: rule id → a document whose questions (at least one) that cue marks
QUESTION_CASES = {
    "segment.label": _QA,
    "segment.dash": (
        _HEAD
        + _LEAD
        + "– Why did you start?\n\n– My grandmother kept bees, and I inherited her hives.\n\n"
        "– What is the hardest part?\n\n– The winters. A colony can be gone by February.\n\n"
        "– And the best part?\n\n– The first warm morning in spring.\n"
    ),
    "segment.bold": (
        _HEAD + _LEAD + "**Why did you start?**\n\nMy grandmother kept bees, and I inherited her "
        "hives along with her notebooks.\n\n**What is the hardest part?**\n\nThe winters. A "
        "colony that looks strong in October can be gone by February.\n\n**And the best "
        "part?**\n\nThe first warm morning in spring, when the whole hive wakes up at once.\n"
    ),
    "segment.heading": (
        "# " + _HEAD + _LEAD + "### Why did you start?\n\nMy grandmother kept bees, and I "
        "inherited her hives along with her notebooks.\n\n### What is the hardest part?\n\nThe "
        "winters. A colony that looks strong in October can be gone by February.\n\n### And the "
        "best part?\n\nThe first warm morning in spring, when the whole hive wakes up at once.\n"
    ),
    "segment.italic": (
        _HEAD + _LEAD + "*Why did you start?*\n\nMy grandmother kept bees, and I inherited her "
        "hives along with her notebooks.\n\n*What is the hardest part?*\n\nThe winters. A "
        "colony that looks strong in October can be gone by February.\n\n*And the best "
        "part?*\n\nThe first warm morning in spring, when the whole hive wakes up at once.\n"
    ),
    "segment.question-mark": (
        _HEAD + _LEAD + "Why did you start?\n\nMy grandmother kept bees, and I inherited her "
        "hives along with her notebooks.\n\nWhat is the hardest part?\n\nThe winters. A colony "
        "that looks strong in October can be gone by February.\n\nAnd what is the best part?"
        "\n\nThe first warm morning in spring, when the whole hive wakes up at once.\n"
    ),
    "segment.first-question": (
        _HEAD
        + _LEAD
        + "**Why did you start keeping bees?**\n\nMy grandmother kept bees, and I inherited her "
        "hives along with her notebooks.\n\n## What is the hardest part?\n\nThe winters. A "
        "colony that looks strong in October can be gone by February, and I still grieve each "
        "one.\n\n## And the best part?\n\nThe first warm morning in spring, when the whole "
        "hive wakes up at once and I can hear it.\n"
    ),
    "segment.before-labelled-answer": (
        _HEAD
        + _LEAD
        + "Why did you start keeping bees?\n\nA: My grandmother kept bees, and I inherited her "
        "hives.\n\nQ: What is the hardest part?\n\nA: The winters. A colony can be gone by "
        "February.\n\nQ: And the best part?\n\nA: The first warm morning in spring.\n"
    ),
}


@pytest.mark.parametrize(("rule", "document"), QUESTION_CASES.items(), ids=list(QUESTION_CASES))
def test_question_cue(rule: str, document: str) -> None:
    iv = ip.parse_text(document)
    assert rule in {question.rule for question in iv.questions}, [q.rule for q in iv.questions]
    assert all(pair.answer.rule == pair.question.rule for pair in iv.pairs)


#: Rules whose cases live elsewhere (profiles: tests/test_profiles.py) or that have none yet;
#: listed so that a new rule without a case is noticed.
WITHOUT_CASE_HERE = frozenset(
    {
        "profile.boilerplate-selector",
        "profile.question-selector",
        "text.banner-heading",
        "boilerplate.reader-hint",
        "boilerplate.masthead-beside-publication",
        "segment.like-labelled-questions",
        "segment.short-request",
        "segment.recalled-words",
        "segment.lead-in",
        "segment.continues",
        "segment.subheading",
        "segment.genre-kicker",
        "segment.unlabelled",
        "segment.field-line",  # tests/test_ranking.py
    }
)


def test_every_rule_has_a_case_or_says_why_not() -> None:
    covered = (
        set(BLOCK_CASES)
        | set(BLOCK_SHAPE_CASES)
        | set(HTML_CASES)
        | {"html.author-bio"}
        | set(DOCUMENT_CASES)
        | {"boilerplate.button-lead-in"}
        | set(QUESTION_CASES)
    )
    registered = {rule.id for rule in RULES}
    assert covered <= registered, covered - registered
    assert not covered & WITHOUT_CASE_HERE, covered & WITHOUT_CASE_HERE
    missing = registered - covered - WITHOUT_CASE_HERE
    assert not missing, f"rules with no case: {sorted(missing)}"
