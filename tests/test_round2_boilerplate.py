"""Round 2 boilerplate: the masthead line under a copied page's headline, and the footers and
clutter lines of many languages (editor credits, follow-us prompts, donation appeals, affiliate
disclosures, listen links with a running time, transcript notes) — and the answers that only
mention a newsletter, a donation or an editor, which must stay answers."""

from __future__ import annotations

import pytest

import interviewparse as ip
from interviewparse import BoilerplateKind
from interviewparse.blocks import Block
from interviewparse.boilerplate import _text_rule


def _kind(text: str) -> BoilerplateKind | None:
    verdict = _text_rule(Block(text=text))
    return None if verdict is None else verdict.kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("责任编辑：李娜", BoilerplateKind.CREDIT),
        ("編輯：陳文", BoilerplateKind.CREDIT),
        ("Redakcja: Tomasz Wrona", BoilerplateKind.CREDIT),
        ("Редактор: Ольга Белова", BoilerplateKind.CREDIT),
        ("Edited by Marion Faye", BoilerplateKind.CREDIT),
        ("欢迎关注我们的微信公众号，了解更多新闻。", BoilerplateKind.NEWSLETTER),
        ("扫码关注本报", BoilerplateKind.NEWSLETTER),
        ("图：一位老人在公园里下棋。（本报记者 王军 摄）", BoilerplateKind.CAPTION),
        ("اقرأ أيضًا: افتتاح متحف جديد في المدينة", BoilerplateKind.RELATED),
        ("إقرأ ايضا: افتتاح متحف جديد في المدينة", BoilerplateKind.RELATED),
        ("اقرا ايضاً: افتتاح متحف جديد في المدينة", BoilerplateKind.RELATED),
        ("Fot. Anna Nowak nad jeziorem / Archiwum", BoilerplateKind.CREDIT),
        (
            "Alle Termine finden Sie in unserem Newsletter – jetzt anmelden.",
            BoilerplateKind.NEWSLETTER,
        ),
        ("Our best stories, once a week. Sign up now", BoilerplateKind.NEWSLETTER),
        ("Listen (4 min)", BoilerplateKind.PROMO),
        ("Watch the full conversation [12:05]", BoilerplateKind.PROMO),
        ("Hören Sie das Gespräch (9 Min.)", BoilerplateKind.PROMO),
        ("Support Valley Public Media: donate today", BoilerplateKind.PROMO),
        ("Donate now", BoilerplateKind.PROMO),
        ("Jetzt spenden", BoilerplateKind.PROMO),
        (
            "We may earn a commission when you buy through links on this page.",
            BoilerplateKind.SPONSOR,
        ),
        ("Dieser Artikel enthält Affiliate-Links.", BoilerplateKind.SPONSOR),
        (
            "Hilltop Radio transcripts are produced on a rush deadline by a contractor.",
            BoilerplateKind.EDITORIAL_NOTE,
        ),
        ("Follow us on Mastodon", BoilerplateKind.PROMO),
        ("Dieses Transkript wurde automatisch erstellt.", BoilerplateKind.EDITORIAL_NOTE),
    ],
)
def test_clutter_line(text: str, kind: BoilerplateKind) -> None:
    assert _kind(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        # answers that mention a newsletter, a donation, an editor or a commission
        "We tell people about the sale in our newsletter, and many come.",
        "Wer will, kann sich jetzt anmelden.",
        "I donate now and then to the lifeboat fund, but not every year.",
        "Support your neighbours: that is all I ask.",
        "Give it time.",
        "My editor said the piece was too long, and she was right.",
        "编辑这本书花了三年。",
        "我们关注的是茶叶的质量。",
        "We earn a commission on every boat we sell, so the season matters.",
        "Listen to the river for an hour and you hear everything change.",
        "The transcripts of those trials are still in the archive.",
        "Fotografia to moja pasja od dziecka.",
    ],
)
def test_answer_is_not_clutter(text: str) -> None:
    assert _kind(text) is None


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
