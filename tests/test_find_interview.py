"""Finding the interviews: :func:`interviewparse.find_interview` gives :func:`parse`'s answer
(its interview when the page is one, else ``None``, and the same errors) while leaving a page
that is no interview as soon as that is known.

The property is held on the fixtures, the examples, the shared corpus and crawl, generated
interviews, news reports and tag soup; the finder's early exits are held to what they skip."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import interviewparse
from interviewparse import Interview, NoTextContentError, ParseError, find_interview, parse
from interviewparse.readers import parse_page, read_turns
from shared_pages import crawl_pages, known_pages
from strategies import GeneratedDoc, html_documents, html_soup, news_documents, text_documents

NEWS = (
    "<html><head><title>Bridge approved</title></head><body><article><h1>Bridge approved</h1>"
    "<p>The town council approved a new footbridge over the river on Tuesday evening.</p>"
    "<p>Construction starts in spring and should take a little over a year.</p>"
    "</article></body></html>"
)
INTERVIEW = (
    "<html><head><title>Interview: Ada Weiss</title></head><body><article>"
    "<h1>Interview: Ada Weiss</h1><p>The beekeeper talks to us about her hives.</p>"
    "<p><b>How did you start?</b></p><p>My grandmother kept bees in the garden.</p>"
    "<p><b>What is hardest?</b></p><p>The winters, and the wasps in late summer.</p>"
    "<p><b>And next year?</b></p><p>I will double the hives, and sell honey at the market.</p>"
    "</article></body></html>"
)


def _wanted(parsed: Interview, min_confidence: float | None) -> Interview | None:
    """What the finder must give for a page :func:`parse` read as ``parsed``."""
    if min_confidence is None:
        return parsed if parsed.is_interview else None
    return parsed if parsed.confidence >= min_confidence else None


def _assert_finds_what_parse_gives(
    source: str | bytes, thresholds: tuple[float | None, ...] = (None,)
) -> Interview | None:
    """Compare the finder with :func:`parse` at each threshold; the parsed interview, or
    ``None`` when parsing raises (then the finder must raise the same error)."""
    try:
        parsed = parse(source)
    except ParseError as exc:
        for threshold in thresholds:
            with pytest.raises(type(exc)):
                find_interview(source, min_confidence=threshold)
        return None
    for threshold in thresholds:
        assert find_interview(source, min_confidence=threshold) == _wanted(parsed, threshold)
    return parsed


def test_an_interview_is_found_as_parse_reads_it() -> None:
    found = find_interview(INTERVIEW)
    assert found is not None and len(found.pairs) == 3
    assert found == parse(INTERVIEW)


def test_an_article_is_not_found() -> None:
    assert find_interview(NEWS) is None
    assert not parse(NEWS).is_interview


def test_an_article_without_a_sign_of_a_turn_is_left_before_its_text_is_read() -> None:
    assert read_turns(parse_page(NEWS)) is None
    assert read_turns(parse_page(INTERVIEW)) is not None


def test_a_page_without_a_headline_is_read_to_learn_whether_it_holds_text() -> None:
    # no title: only the plain read knows whether the page holds any text (an empty shell
    # must raise as it does for parse)
    shell = "<html><body><div hidden>Loading</div><script>app()</script></body></html>"
    with pytest.raises(NoTextContentError):
        parse(shell)
    with pytest.raises(NoTextContentError):
        find_interview(shell)
    untitled = "<html><body><p>The council met on Tuesday.</p></body></html>"
    assert read_turns(parse_page(untitled)) is not None
    assert find_interview(untitled) is None


def test_min_confidence_picks_the_pages_parse_would_keep() -> None:
    for source in (NEWS, INTERVIEW):
        _assert_finds_what_parse_gives(source, (None, 0.0, 1e-9, 0.3, 0.5, 0.9, 1.0))
    # at 0.0 every page counts: the finder parses it whole
    assert find_interview(NEWS, min_confidence=0.0) == parse(NEWS)


@pytest.mark.parametrize("bad", [-0.1, 1.5])
def test_min_confidence_outside_zero_to_one_is_refused(bad: float) -> None:
    with pytest.raises(ValueError, match="min_confidence"):
        find_interview(NEWS, min_confidence=bad)


@pytest.mark.parametrize("source", ["", "   \n", b"\x89PNG\r\n\x1a\n\x00\x00", b"\xff\xfe\x00"])
def test_unusable_input_raises_as_parse_does(source: str | bytes) -> None:
    _assert_finds_what_parse_gives(source)


def test_a_copied_text_is_found_as_parse_reads_it() -> None:
    text = (
        "Ada Weiss keeps bees.\n\nQ: How did you start?\n\nA: My grandmother kept bees.\n\n"
        "Q: What is hardest?\n\nA: The winters, and the wasps.\n"
    )
    _assert_finds_what_parse_gives(text, (None, 0.2, 0.8))


@pytest.mark.parametrize(
    "path",
    known_pages(".html", ".htm", ".txt", ".md"),
    ids=lambda p: str(p.relative_to(p.parents[1])),
)
def test_every_known_page_is_found_as_parse_reads_it(path: Path) -> None:
    _assert_finds_what_parse_gives(path.read_bytes(), (None, 0.2, 0.8))


def test_crawl_pages_are_found_as_parse_reads_them() -> None:
    """Over every page of the shared crawl, most of which is no interview: the same answer,
    and most pages left before their text is read."""
    crawl = crawl_pages()
    if not crawl:
        pytest.skip("../shared/crawl is absent")
    wrong = []
    for name, data in crawl:
        parsed = parse(data)
        if find_interview(data) != _wanted(parsed, None):
            wrong.append(name)
    assert wrong == []
    left = sum(
        read_turns(parse_page(*interviewparse.api._read_input(data, None))) is None
        for _, data in crawl
    )
    assert left > len(crawl) // 3


@settings(max_examples=60, deadline=None)
@given(st.one_of(html_documents(), text_documents()))
def test_generated_interviews_are_found_as_parse_reads_them(doc: GeneratedDoc) -> None:
    _assert_finds_what_parse_gives(doc.source, (None, 0.3))


@settings(max_examples=60, deadline=None)
@given(news_documents("html"))
def test_generated_news_is_found_as_parse_reads_it(news: tuple[str, list[str]]) -> None:
    _assert_finds_what_parse_gives(news[0], (None, 0.3))


@settings(max_examples=100, deadline=None)
@given(html_soup())
def test_tag_soup_is_found_as_parse_reads_it(soup: str) -> None:
    _assert_finds_what_parse_gives(soup, (None, 0.3))
