"""Boilerplate of pages copied as text, through the whole parse: the masthead line under the
headline (and the decks, names and places that are no masthead), bylines, date lines, share
bars, captions, author bios, tags and footers around the interview — and the intro, the short
answers and the last answer they must leave alone."""

from __future__ import annotations

import pytest

import interviewparse as ip
from interviewparse import BoilerplateKind
from interviewparse import BoilerplateKind as K

_QA = (
    "Q: Why did you start?\n\n"
    "A: My grandmother kept bees, and I inherited her hives along with her notebooks.\n\n"
    "Q: What is the hardest part?\n\n"
    "A: The winters. A colony that looks strong in October can be gone by February.\n\n"
    "Q: And the best part?\n\n"
    "A: The first warm morning in spring, when the whole hive wakes up at once.\n"
)


def _intro_and_boilerplate(head: str) -> tuple[list[str], list[str]]:
    iv = ip.parse_text(head + _QA)
    return [b.text for b in iv.intro], [b.text for b in iv.boilerplate]


@pytest.mark.parametrize(
    ("line", "publication"),
    [
        ("Northfield Gazette", "Northfield Gazette"),
        ("Valley Courier | Interview: Rosa Quint", "Valley Courier"),
        ("Der Lindenbote – Von Paul Ehrlich", "Der Lindenbote"),
        ("By Rosa Quint, Valley Courier", "Valley Courier"),
        ("Северная газета", "Северная газета"),
        ("江城日报", "江城日报"),
        ("جريدة الوادي", "جريدة الوادي"),
    ],
)
def test_masthead_under_the_headline(line: str, publication: str) -> None:
    head = (
        f"A beekeeper on losing and keeping hives\n\n{line}\n\n"
        "Mara Finch has kept bees on the edge of town for twenty years.\n\n"
    )
    intro, boilerplate = _intro_and_boilerplate(head)
    assert line in boilerplate
    assert line not in intro
    # a copied page declares no site name: the masthead is where its publisher is named
    assert ip.parse_text(head + _QA).publisher == publication


def test_masthead_set_like_a_name_is_the_publisher_not_the_author() -> None:
    # "L’Écho du Marais" alone on its line reads like a byline's name ("Écho" could be a first
    # name); the photo credit shows it is the publication
    iv = ip.parse_text(
        "A beekeeper on losing and keeping hives\n\nL’Écho du Marais\n\n"
        "Mara Finch has kept bees on the edge of town for twenty years.\n\n"
        "Photo: Mara Finch at her hives. © L’Écho du Marais\n\n" + _QA
    )
    assert iv.publisher == "L’Écho du Marais"
    assert iv.authors == ()
    assert iv.interviewers == ()
    assert iv.interviewees == ("Mara Finch",)


def test_masthead_that_recurs_as_the_publisher_in_a_credit() -> None:
    _intro, boilerplate = _intro_and_boilerplate(
        "A beekeeper on losing and keeping hives\n\nMeadow Ledger\n\n"
        "Mara Finch has kept bees on the edge of town for twenty years.\n\n"
        "Photo: Mara Finch at her hives. (Meadow Ledger / Ola Berg)\n\n"
    )
    assert "Meadow Ledger" in boilerplate


@pytest.mark.parametrize(
    "line",
    [
        # decks, a person's name, a place: no sign that the line names the publication
        "Twenty years of honey, and a bad winter",
        "Mara Finch",
        "Radio host turned beekeeper",
        "On the edge of town",
        "Why the hives die in February",
    ],
)
def test_deck_under_the_headline_stays_intro(line: str) -> None:
    intro, boilerplate = _intro_and_boilerplate(
        f"A beekeeper on losing and keeping hives\n\n{line}\n\n"
        "Mara Finch has kept bees on the edge of town for twenty years.\n\n"
        "Photo: Mara Finch at her hives in the spring.\n\n"
    )
    assert line in intro
    assert line not in boilerplate


def test_person_quoted_later_is_no_masthead() -> None:
    intro, boilerplate = _intro_and_boilerplate(
        "A beekeeper on losing and keeping hives\n\nMara Finch\n\n"
        '"We lost half the hives," said Mara Finch, who has kept bees for twenty years.\n\n'
    )
    assert "Mara Finch" in intro
    assert "Mara Finch" not in boilerplate


def test_person_named_in_a_caption_is_no_masthead() -> None:
    intro, boilerplate = _intro_and_boilerplate(
        "A beekeeper on losing and keeping hives\n\nMara Finch\n\n"
        "She has kept bees on the edge of town for twenty years.\n\n"
        "Photo: Mara Finch at her hives. (Ola Berg)\n\n"
    )
    assert "Mara Finch" in intro
    assert "Mara Finch" not in boilerplate


def test_footer_after_the_last_answer_is_not_the_answer() -> None:
    iv = ip.parse_text(
        _QA + "\nSupport Meadow Radio: donate today\n\n"
        "Meadow Radio transcripts are created on a rush deadline.\n"
    )
    assert iv.pairs[-1].answer.text.endswith("wakes up at once.")
    kinds = {b.text: b.kind for b in iv.boilerplate}
    assert kinds["Support Meadow Radio: donate today"] is BoilerplateKind.PROMO


PAGE = """\
Harbour pilot: "Fog is a conversation, not an enemy"

Opinion

Orla Whitcombe

Tue 4 Mar 2025 09.00 GMT

Share

The pilot boat at the harbour mouth. Photograph: Ines Calder/Harbour Press

Share on Facebook

Share via Email

Tomas Reyes has guided ships into the estuary for twenty-two years. We met him on the quay.

How did you start?

By accident. My uncle needed a deckhand for one summer and I never left.

What is the hardest part of the job?

Fog. You trust the instruments, the radio and your own ears, in that order, and you never hurry.

Do you still enjoy it?

Yes.

What do you tell young pilots?

Share what you know. Nobody learns this job alone, and the sea does not care who you are.

Orla Whitcombe is a maritime correspondent at the Harbour Press

Topics

Shipping

Coastal communities

Sign up to Harbour Notes: our best reporting, every Friday

© 2025 Harbour Press Ltd. All rights reserved.
"""


def test_page_clutter_leaves_intro_and_last_answer() -> None:
    iv = ip.parse_text(PAGE)
    intro = [block.text for block in iv.intro]
    assert intro == [
        "Tomas Reyes has guided ships into the estuary for twenty-two years. "
        "We met him on the quay."
    ]
    assert [pair.question.text for pair in iv.pairs] == [
        "How did you start?",
        "What is the hardest part of the job?",
        "Do you still enjoy it?",
        "What do you tell young pilots?",
    ]
    # a short answer stays, and so does an answer that opens with "Share"
    assert iv.pairs[2].answer.text == "Yes."
    assert iv.pairs[3].answer.text == (
        "Share what you know. Nobody learns this job alone, and the sea does not care who you are."
    )
    kinds = {item.text: item.kind for item in iv.boilerplate}
    assert kinds["Opinion"] is K.HEADING
    assert kinds["Orla Whitcombe"] is K.CREDIT
    assert kinds["Tue 4 Mar 2025 09.00 GMT"] is K.DATELINE
    assert kinds["Orla Whitcombe is a maritime correspondent at the Harbour Press"] is K.AUTHOR_BIO
    assert kinds["Coastal communities"] is K.TAGS
    assert kinds["© 2025 Harbour Press Ltd. All rights reserved."] is K.FOOTER


def test_lone_name_without_a_bio_stays() -> None:
    # a name under the headline is only a byline when the bio after the article repeats it
    iv = ip.parse_text(PAGE.replace("Orla Whitcombe is a maritime", "She is a maritime"))
    assert "Orla Whitcombe" in [block.text for block in iv.intro]


MARKDOWN = """\
# The cheesemaker who listens to her cellar

*By Orla Whitcombe · March 4, 2025*

**How do you know a cheese is ready?**

By the sound when I tap the rind. A young cheese sounds hollow, a ready one sounds full.

![A wheel of cheese on a wooden board](/img/wheel.jpg)

*A six-month-old wheel in the cellar.*

**And the smell?**

The smell lies. I trust the sound.

**What would you change?**

Nothing in the cellar. Everything in the paperwork.
"""


def test_italic_caption_under_an_image_leaves_the_answer() -> None:
    iv = ip.parse_text(MARKDOWN)
    assert iv.pairs[0].answer.text == (
        "By the sound when I tap the rind. A young cheese sounds hollow, a ready one sounds full."
    )
    kinds = {item.text: (item.kind, item.rule) for item in iv.boilerplate}
    assert kinds["A six-month-old wheel in the cellar."] == (K.CAPTION, "boilerplate.image-caption")
    assert kinds["By Orla Whitcombe · March 4, 2025"][0] is K.CREDIT
    assert not iv.intro


DASHES = """\
La boulangère du village

Marie Dupont tient la boulangerie du village depuis vingt ans.

– Vous vous levez à quelle heure ?

– À trois heures, tous les jours, même le dimanche et pendant les vacances.

– Et vous aimez toujours ça ?

– Oui.

– Pourquoi ?

– Parce que le pain est vivant. On ne fait jamais deux fois la même fournée.

– Vous pensez à la retraite ?

– Jamais.
"""


def test_one_word_dash_answers_are_no_pull_quote_attribution() -> None:
    iv = ip.parse_text(DASHES)
    assert [pair.answer.text for pair in iv.pairs][1:] == [
        "Oui.",
        "Parce que le pain est vivant. On ne fait jamais deux fois la même fournée.",
        "Jamais.",
    ]
    assert not iv.boilerplate
