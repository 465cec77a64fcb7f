"""UTF-8 pages handed over as bytes are parsed from the bytes themselves (faster in lxml);
every other input goes through the decoded text. Both roads must give the same Interview."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import interviewparse as ip
from strategies import GeneratedDoc, html_documents

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted((FIXTURES / "html").glob("*.html")) + sorted(
    (FIXTURES / "unseen" / "html").glob("*.html")
)

INTERVIEW = (
    "<html><head>{head}<title>Grüße aus Köln</title></head><body><article>"
    "<p>Die Übersetzerin Zoë Müller (中文, 😀) erzählt im Gespräch von ihrer Arbeit.</p>"
    "<p><b>Frau Müller, was übersetzen Sie gerade?</b></p>"
    "<p>Einen Roman über Fußgänger – und „Straßen“ voller Menschen.</p>"
    "<p><b>Und danach?</b></p><p>Eine Pause am Meer, ganz ohne Bücher.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_bytes_and_text_give_the_same_interview(page: Path) -> None:
    data = page.read_bytes()
    assert ip.parse(data) == ip.parse(data.decode("utf-8"))
    assert ip.parse_html(data) == ip.parse_html(data.decode("utf-8"))


@pytest.mark.parametrize(
    "head",
    [
        "",
        '<meta charset="iso-8859-1">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
    ],
)
def test_valid_utf8_bytes_are_read_as_utf8_whatever_the_page_declares(head: str) -> None:
    page = INTERVIEW.format(head=head)
    from_bytes = ip.parse(page.encode("utf-8"))
    assert from_bytes == ip.parse(page)
    assert [pair.question.text for pair in from_bytes.pairs] == [
        "Frau Müller, was übersetzen Sie gerade?",
        "Und danach?",
    ]
    assert "„Straßen“" in from_bytes.pairs[0].answer.text
    assert "中文, 😀" in from_bytes.intro[0].text


def test_an_xml_declaration_and_nul_bytes_take_the_text_road() -> None:
    page = INTERVIEW.format(head="")
    declared = '<?xml version="1.0" encoding="utf-8"?>\n' + page
    assert ip.parse(declared.encode("utf-8")) == ip.parse(page)
    with_nul = page.replace("Und danach?", "Und da\x00nach?")
    assert ip.parse(with_nul.encode("utf-8")) == ip.parse(page)


def test_a_page_nested_past_the_parser_limit_keeps_its_text_as_bytes() -> None:
    deep = "<div>" * 3000 + "<p>Deep down, the last paragraph.</p>" + "</div>" * 3000
    page = f"<html><body><p>An opening paragraph sits up here.</p>{deep}</body></html>"
    interview = ip.parse(page.encode("utf-8"))
    assert interview == ip.parse(page)
    assert "Deep down, the last paragraph." in interview.to_text()


# -- the two roads agree on generated pages ---------------------------------------------------

_PIECES = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<b>",
        "</b>",
        "<strong>",
        "</strong>",
        "<em>",
        "</em>",
        "<br>",
        "<div class='post'>",
        "</div>",
        "<ul><li>",
        "</li></ul>",
        "<h2>",
        "</h2>",
        "<a href='/x'>",
        "</a>",
        "<figure><figcaption>Photo: Jane Doe</figcaption></figure>",
        "<script>var x = '<p>not text</p>';</script>",
        "<!-- a comment -->",
        '<meta charset="iso-8859-1">',
        "&nbsp;",
        "&amp;",
        "&#8220;",
        "\r\n",
        "\n",
        "Q: ",
        "A: ",
        "?",
    ]
)
_WORDS = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"),  # no surrogates, no control characters
        blacklist_characters="\ufeff<>&",
    ),
    min_size=1,
    max_size=30,
)


@st.composite
def _pages(draw: st.DrawFn) -> str:
    body = "".join(draw(st.lists(st.one_of(_PIECES, _WORDS), min_size=1, max_size=60)))
    head = draw(st.sampled_from(["", '<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE html>"]))
    return f"{head}<html><head><title>T</title></head><body>{body}</body></html>"


def _outcome(source: str | bytes) -> object:
    try:
        return ip.parse(source).to_dict()
    except ip.ParseError as exc:
        return type(exc)


@given(_pages())
def test_a_page_as_utf8_bytes_parses_as_its_text_does(page: str) -> None:
    assert _outcome(page.encode("utf-8")) == _outcome(page)


@given(html_documents())
def test_generated_interviews_parse_alike_as_bytes_and_as_text(doc: GeneratedDoc) -> None:
    assert ip.parse(doc.source.encode("utf-8")) == ip.parse(doc.source)
