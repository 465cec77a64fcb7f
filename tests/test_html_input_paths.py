"""UTF-8 pages handed over as bytes are parsed from the bytes themselves (faster in lxml);
every other input goes through the decoded text. Both roads must give the same Interview."""

from __future__ import annotations

from pathlib import Path

import pytest

import interviewparse as ip

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted((FIXTURES / "html").glob("*.html")) + sorted(
    (FIXTURES / "unseen" / "html").glob("*.html")
)

INTERVIEW = (
    "<html><head>{head}<title>Grüße aus Köln</title></head><body><article>"
    "<p>Die Übersetzerin Zoë Müller (中文, 😀) erzählt von ihrer Arbeit.</p>"
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
