"""The plain-text reader: paragraphs, hard wraps, labels, dashes, lists, markdown, provenance."""

from __future__ import annotations

import re

from interviewparse.blocks import BlockKind
from interviewparse.models import BoilerplateKind
from interviewparse.readers.text import read_text


def _span(source: str) -> tuple[int, int]:
    match = re.fullmatch(r"text:(\d+)-(\d+)", source)
    assert match, source
    return int(match.group(1)), int(match.group(2))


def _wrapped(words: list[str], width: int) -> str:
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    sentence = (
        "The ferry left at dawn and the crossing took longer than anybody had planned because "
        "the wind turned north in the middle of the sound and the captain slowed down twice."
    )
    paragraph = sentence.split(" ")
    text = "Crossing notes\n\n" + "\n\n".join(_wrapped(paragraph, 60) for _ in range(4)) + "\n"
    doc = read_text(text)
    body = [b for b in doc.blocks if b.kind is BlockKind.PARAGRAPH]
    assert len(body) == 4
    assert all(b.text == " ".join(paragraph) for b in body)
    assert doc.blocks[0].kind is BlockKind.TITLE


def test_sentence_broken_across_lines_is_rejoined_in_unwrapped_text() -> None:
    doc = read_text(
        "Title\n\nThis sentence was broken\nin the middle by a copy.\nA new line here.\n"
    )
    texts = [b.text for b in doc.blocks]
    assert texts == [
        "Title",
        "This sentence was broken in the middle by a copy.",
        "A new line here.",
    ]


def test_inline_labels_split_a_text_without_line_breaks() -> None:
    text = (
        "Ein Gespräch über Brücken. BLATT: Warum dauert das so lange? Eva Roth: Weil der Boden "
        "weich ist. Aber: Wir schaffen das. BLATT: Und die Kosten? Roth: Steigen leider."
    )
    doc = read_text(text)
    labelled = [(b.label, b.text) for b in doc.blocks if b.label]
    assert labelled == [
        ("BLATT", "Warum dauert das so lange?"),
        ("Eva Roth", "Weil der Boden weich ist. Aber: Wir schaffen das."),
        ("BLATT", "Und die Kosten?"),
        ("Roth", "Steigen leider."),
    ]
    assert doc.blocks[0].kind is BlockKind.PARAGRAPH  # a run-on first sentence is no title
    for block in doc.blocks:
        start, end = _span(block.source)
        assert block.text in " ".join(text[start:end].split())


def test_one_off_label_like_phrases_are_not_turns() -> None:
    doc = read_text("Title\n\nExclusive: the mayor spoke to us.\n\nShort term: more buses.\n")
    assert all(b.label is None for b in doc.blocks)


def test_label_on_its_own_line_opens_the_turn() -> None:
    doc = read_text("Show\n\nHOST:\nWelcome to the show.\nGUEST:\nThanks.\nHOST:\nBye.\n")
    assert [(b.label, b.text) for b in doc.blocks[1:]] == [
        ("HOST", "Welcome to the show."),
        ("GUEST", "Thanks."),
        ("HOST", "Bye."),
    ]


def test_front_matter_title_lead_and_markup() -> None:
    text = '---\ntitle: "A title"\nsubtitle: "The lead"\nauthor: "Kim Lee"\n---\n\nBody text.\n'
    doc = read_text(text)
    kinds = [(b.kind, b.hint, b.text) for b in doc.blocks]
    assert (BlockKind.TITLE, None, "A title") in kinds
    assert (BlockKind.PARAGRAPH, None, "The lead") in kinds
    assert (BlockKind.PARAGRAPH, BoilerplateKind.MARKUP, 'author: "Kim Lee"') in kinds
    assert doc.meta.title == "A title"
    assert doc.meta.authors == ("Kim Lee",)


def test_lists_dashes_and_residue() -> None:
    text = (
        "Title\n\nIntro line.\n\n  1. first item;\n  2. second item;\n     a) nested item\n\n"
        "  * \n\n— Is this a question?\n\nAnswer here.\n\n— And another?\n\nYes.\n"
    )
    blocks = read_text(text).blocks
    items = [(b.marker, b.level, b.text) for b in blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [("1.", 0, "first item;"), ("2.", 0, "second item;"), ("a)", 1, "nested item")]
    assert [b.text for b in blocks if b.hint is BoilerplateKind.MARKUP] == ["*"]
    assert [(b.dash, b.text) for b in blocks if b.dash] == [
        ("—", "Is this a question?"),
        ("—", "And another?"),
    ]


def test_hyphens_in_a_run_are_a_list_but_between_paragraphs_are_turns() -> None:
    listing = read_text("Title\n\nQueries:\n\n- What is up?\n- Why?\n- Where?\n\nThe end.\n")
    assert [b.marker for b in listing.blocks if b.kind is BlockKind.LIST_ITEM] == ["-"] * 3
    dialogue = read_text(
        "Title\n\n- Where were you?\n\nAt home, reading.\n\n- All day?\n\nMost of it.\n"
    )
    assert [b.dash for b in dialogue.blocks if b.dash] == ["-", "-"]


def test_markdown_cues() -> None:
    text = (
        "# Site banner\n\n## The headline\n\n**Bold question?**\n\n_An italic line._\n\n"
        "<strong>Paper</strong>: _Asked?_\n\nplain\n\n<strong>Paper</strong>: _Again?_\n"
    )
    blocks = read_text(text).blocks
    assert blocks[0].hint is BoilerplateKind.NAVIGATION and blocks[0].kind is BlockKind.HEADING
    assert blocks[1].kind is BlockKind.TITLE and blocks[1].text == "The headline"
    bold = next(b for b in blocks if b.text == "Bold question?")
    assert bold.emphasis == 1.0
    italic = next(b for b in blocks if b.text == "An italic line.")
    assert italic.italic == 1.0
    labelled = [b for b in blocks if b.label]
    assert [(b.label, b.label_emphasis, b.text) for b in labelled] == [
        ("Paper", True, "Asked?"),
        ("Paper", True, "Again?"),
    ]


def test_leading_image_and_trailing_agency_credit_are_split_off() -> None:
    text = (
        "Title\n\n![](http://example.org/a.jpg)Town. The text begins.\n\n"
        "Last words. (APA, 1.2.2020)\n"
    )
    blocks = read_text(text).blocks
    assert [b.text for b in blocks] == [
        "Title",
        "![](http://example.org/a.jpg)",
        "Town. The text begins.",
        "Last words.",
        "(APA, 1.2.2020)",
    ]
    assert blocks[1].hint is BoilerplateKind.MARKUP


def test_every_block_has_a_character_span_inside_the_text() -> None:
    text = "Head line\n\nSome text here\nwrapped.\n\nQ: One?\nA: Two.\n\nQ: Three?\nA: Four.\n"
    for block in read_text(text).blocks:
        start, end = _span(block.source)
        assert 0 <= start < end <= len(text)


def test_bold_question_opening_a_markdown_paragraph_is_its_own_block() -> None:
    doc = read_text(
        "The night baker\n\n"
        "**Why bake at night?** Because the bread has to be fresh at six.\n\n"
        "Some **odd?** words stay inside the paragraph they belong to.\n\n"
        "**Why?** One word in bold is no question turn of its own.\n"
    )
    texts = [(b.text, b.emphasis) for b in doc.blocks[1:]]
    assert texts == [
        ("Why bake at night?", 1.0),
        ("Because the bread has to be fresh at six.", 0.0),
        ("Some odd? words stay inside the paragraph they belong to.", texts[2][1]),
        ("Why? One word in bold is no question turn of its own.", texts[3][1]),
    ]
    assert doc.blocks[1].source.startswith("text:")
