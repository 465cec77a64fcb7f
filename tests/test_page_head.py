"""Page metadata read in two parts (``readers._page``): the elements it is read from, in one
pass before the page is cleaned (:func:`read_facts`), the JSON-LD and microdata types off the
cleaned page and only when wanted. The result is that of reading the whole page before
cleaning it, on every real page; and whether the page has a headline
(:meth:`PageFacts.has_headline`) is what the full read's ``h1 or title`` says."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewparse.api import _read_input
from interviewparse.readers._page import (
    clean,
    parse_page,
    read_facts,
    read_page_meta,
)
from shared_pages import crawl_pages, known_pages


def _assert_split_read_is_the_whole_read(data: bytes) -> None:
    text, utf8 = _read_input(data, None)
    whole_root, split_root = parse_page(text, utf8), parse_page(text, utf8)
    if whole_root is None or split_root is None:
        return
    whole = read_page_meta(whole_root, None)
    facts = read_facts(split_root)
    clean(split_root)
    assert facts.has_headline() == bool(whole.h1 or whole.title)
    split = read_page_meta(split_root, None, facts)
    # (the types a page declares are a set: microdata types on elements cleaning removes,
    # a ``<link itemtype>``, come before the body's)
    assert set(split.types) == set(whole.types)
    assert attrs.evolve(split, types=whole.types) == whole


@pytest.mark.parametrize(
    "path", known_pages(".html", ".htm"), ids=lambda p: str(p.relative_to(p.parents[1]))
)
def test_metadata_read_around_cleaning_is_the_whole_pages(path: Path) -> None:
    _assert_split_read_is_the_whole_read(path.read_bytes())


def test_crawl_metadata_read_around_cleaning_is_the_whole_pages() -> None:
    pages = crawl_pages()
    if not pages:
        pytest.skip("../shared/crawl is absent")
    for _, data in pages:
        _assert_split_read_is_the_whole_read(data)


def test_what_cleaning_removes_is_read_before() -> None:
    """The ``<meta>``, JSON-LD, ``<link>`` and ``<title>`` elements, and a byline set in a
    ``<button>``, which cleaning removes, are read before it."""
    root = parse_page(
        "<html><head><title>Bees | Town Post</title><meta property='og:site_name' "
        "content='Town Post'><link rel='canonical' href='https://post.example/bees'>"
        "<link href='/' itemscope itemtype='https://schema.org/SpeakableSpecification'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"name": "Ada Weiss"}}</script></head><body><article><header><h1>Bees</h1>'
        "<button class='author-button'><p class='author-name'>By Ben Kohl</p></button>"
        "</header><p>Text.</p></article></body></html>"
    )
    assert root is not None
    facts = read_facts(root)
    clean(root)
    assert root.find(".//button") is None and root.find(".//link") is None
    meta = read_page_meta(root, None, facts)
    assert (meta.title, meta.site_name, meta.url, meta.authors, meta.byline) == (
        "Bees",
        "Town Post",
        "https://post.example/bees",
        ("Ada Weiss",),
        "By Ben Kohl",
    )
    assert set(meta.types) == {"newsarticle", "speakablespecification"}
    assert facts.has_headline()


def test_a_page_without_a_headline_has_none() -> None:
    root = parse_page("<html><body><h1> </h1><p>Text.</p></body></html>")
    assert root is not None
    facts = read_facts(root)
    clean(root)
    assert not facts.has_headline()
    assert read_page_meta(root, None, facts).title is None


_HEAD_PARTS = st.lists(
    st.sampled_from(
        [
            "<title>Bees</title>",
            "<title> </title>",
            "<meta property='og:title' content='Bees'>",
            "<meta property='og:title' content=' '>",
            "<meta name='twitter:title' content='Bees'>",
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bees"}'
            "</script>",
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": " "}</script>',
            '<script type="application/ld+json">{"@type": "WebPage", "headline": 3}</script>',
        ]
    ),
    max_size=3,
)
_BODY_PARTS = st.lists(
    st.sampled_from(["<h1>Bees</h1>", "<h1> </h1>", "<h1><img src='x.png'></h1>", "<p>Text.</p>"]),
    max_size=3,
)


@settings(max_examples=200, deadline=None)
@given(_HEAD_PARTS, _BODY_PARTS)
def test_a_headline_is_found_as_the_full_read_finds_it(head: list[str], body: list[str]) -> None:
    page = f"<html><head>{''.join(head)}</head><body>{''.join(body)}<p>Text.</p></body></html>"
    _assert_split_read_is_the_whole_read(page.encode())
