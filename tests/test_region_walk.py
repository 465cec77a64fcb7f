"""The walk reads lxml's tree as parsed: what a reader sees of a region (no hidden elements,
comments or source indentation), the same tree a profile's selectors see in their soup."""

from __future__ import annotations

from bs4 import Tag
from hypothesis import given, settings
from lxml import etree

from interviewparse.blocks import BlockKind
from interviewparse.readers import _soup
from interviewparse.readers._page import clean, parse_page
from interviewparse.readers._walk import Region, walk_region
from strategies import html_soup

PAGE = """<html><body>
<article class="post  body" id="main">
  <h2>Heading</h2>
  <p>One <b>bold</b> and <a href="/x">a link</a>.<!-- a note --> After the note.</p>
  <div hidden>hidden widget</div>
  <p style="display:none">gone</p>
  <p>Icon <span aria-hidden="true">chevron_left</span>beside &amp; after.</p>
  <ol reversed><li>third</li><li style="display:none">hidden item</li><li>second</li></ol>
</article>
</body></html>"""


def cleaned_body(html: str) -> etree._Element:
    """The page's <body> (or the page) as the region search sees it: parsed and cleaned."""
    root = parse_page(html)
    assert root is not None
    clean(root)
    body = root.find("body")
    return root if body is None else body


def _article() -> etree._Element:
    found = cleaned_body(PAGE).find(".//article")
    assert found is not None
    return found


def test_walk_reads_what_a_reader_sees() -> None:
    blocks = walk_region(Region(_article()), region_chars=200, title=None)
    texts = [block.text for block in blocks]
    assert texts == [
        "Heading",
        "One bold and a link. After the note.",
        "Icon beside & after.",
        "third",
        "second",
    ]
    assert blocks[1].emphasis > 0 and 0 < blocks[1].link_density < 1
    # the hidden item is no item: the reversed list counts down from two
    assert [block.marker for block in blocks[3:]] == ["2.", "1."]


def test_block_sources_are_paths_in_the_document_holding_the_region() -> None:
    blocks = walk_region(Region(_article()), region_chars=200, title=None)
    assert blocks[0].source == "[document]>article.post[1]>h2[1]"
    assert blocks[1].source == "[document]>article.post[1]>p[2]"
    assert blocks[0].kind is BlockKind.HEADING


def test_walk_from_an_element_inside_the_region_names_paths_from_it() -> None:
    article = _article()
    blocks = walk_region(Region(article.getparent()), article, region_chars=200, title=None)
    assert blocks[0].source == "article>h2[1]"


def test_a_hidden_region_holds_no_blocks() -> None:
    body = cleaned_body("<html><body><div hidden><p>tiny</p></div></body></html>")
    region = body.find("div")
    assert region is not None
    assert walk_region(Region(region), region_chars=10, title=None) == []
    assert Region(region).all_text() == ""


def test_absurdly_deep_markup_keeps_its_text() -> None:
    depth = 450
    html = "<html><body>" + "<div>" * depth + "deep <b>words</b> here" + "</div>" * depth
    body = cleaned_body(html)
    blocks = walk_region(Region(body), region_chars=20, title=None)
    assert [block.text for block in blocks] == ["deep words here"]
    assert blocks[0].source.count(">") <= 402
    # the page's own tree is left as parsed
    assert len(list(body.iter("b"))) == 1


def test_profile_soup_leads_back_to_the_walked_elements() -> None:
    region = Region(_article())
    origin: dict[int, etree._Element] = {}
    soup = _soup.soup_from_lxml(region, origin)
    for tag in soup.find_all(True):
        assert isinstance(tag, Tag)
        element = origin[id(tag)]
        assert element.tag == tag.name
        assert region.text(element) == tag.get_text()
    chosen = soup.select_one("a[href='/x']")
    assert chosen is not None and origin[id(chosen)].get("href") == "/x"


@settings(max_examples=150, deadline=None)
@given(html_soup())
def test_region_text_is_the_text_of_the_profile_soup(html: str) -> None:
    """A profile's selectors run on a soup of the region: it must hold the text the walk
    reads, string for string."""
    body = cleaned_body(html)
    region = Region(body)
    soup = _soup.soup_from_lxml(region)
    assert region.all_text() == soup.get_text()
