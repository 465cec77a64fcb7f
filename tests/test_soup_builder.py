"""The soup the HTML reader builds straight from lxml must be a BeautifulSoup tree like any
other: the same node fields as bs4's constructors make, consistent links, working APIs."""

from __future__ import annotations

from bs4 import Tag
from bs4.element import NavigableString
from lxml import etree

from interviewparse.readers import _soup
from interviewparse.readers._walk import Region

PAGE = (
    "<html><body><article class='post body' id='main'>"
    "<h2>Heading</h2><p>One <b>bold</b> and <a href='/x' rel='nofollow me'>a link</a>.</p>"
    "<ul><li>first</li><li>second <em>item</em></li></ul>"
    "<div hidden>hidden widget</div><p style='display:none'>gone</p>"
    "<span aria-hidden='true'>chevron_left</span><p data-x='1' style='color:red'>kept</p>"
    "</article></body></html>"
)


def _region() -> etree._Element:
    root = etree.fromstring(PAGE, etree.HTMLParser())
    found = root.find(".//article")
    assert found is not None
    return found


_LINKS = ("parent", "previous_element", "next_element", "previous_sibling", "next_sibling")


def _unlinked(node: object) -> dict[str, object]:
    return {key: value for key, value in vars(node).items() if key not in _LINKS}


def test_made_nodes_have_the_fields_the_constructors_give() -> None:
    attrs = {"class": ["a", "b"], "id": "x"}
    parent = Tag(None, None, "div")
    made = _soup._add_tag("p", dict(attrs), parent, parent)
    built = Tag(None, None, "p", attrs=dict(attrs))
    assert _unlinked(made) == _unlinked(built)
    assert type(made.attrs) is type(built.attrs)
    text = _soup._add_string("text", made, made)
    assert _unlinked(text) == _unlinked(NavigableString("text"))
    assert text == "text"


def test_made_nodes_are_linked_in_document_order() -> None:
    parent = Tag(None, None, "div")
    first = _soup._add_tag("p", {}, parent, parent)
    inner = _soup._add_string("one", first, first)
    second = _soup._add_tag("p", {}, parent, inner)
    assert parent.contents == [first, second]
    assert first.parent is parent and second.parent is parent and inner.parent is first
    assert first.previous_sibling is None and first.next_sibling is second
    assert second.previous_sibling is first and second.next_sibling is None
    assert parent.next_element is first and first.next_element is inner
    assert inner.next_element is second and second.previous_element is inner
    assert second.next_element is None


def test_made_nodes_share_no_mutable_field() -> None:
    parent = Tag(None, None, "div")
    first = _soup._add_tag("p", {}, parent, parent)
    second = _soup._add_tag("p", {}, parent, first)
    for key, value in vars(first).items():
        if isinstance(value, (dict, list, set)):
            assert value is not vars(second)[key], key


def test_soup_from_lxml_is_a_working_soup() -> None:
    soup = _soup.soup_from_lxml(Region(_region()))
    article = soup.find("article")
    assert isinstance(article, Tag)
    assert article["class"] == ["post", "body"]
    assert article["id"] == "main"
    assert "data-x" not in str(soup)
    assert soup.select_one("a[href='/x']") is not None
    link = soup.find("a")
    assert isinstance(link, Tag) and link["rel"] == ["nofollow", "me"]
    assert [li.get_text() for li in soup.find_all("li")] == ["first", "second item"]
    text = soup.get_text()
    assert "hidden widget" not in text
    assert "gone" not in text
    assert "chevron_left" not in text
    assert "kept" in text
    assert "One bold and a link." in text


def test_document_order_links_are_consistent() -> None:
    soup = _soup.soup_from_lxml(Region(_region()))
    chain = []
    node = soup.next_element
    while node is not None:
        chain.append(node)
        if node.next_element is not None:
            assert node.next_element.previous_element is node
        node = node.next_element
    assert chain == list(soup.descendants)
    for element in soup.descendants:
        if element.next_sibling is not None:
            assert element.next_sibling.previous_sibling is element
            assert element.next_sibling.parent is element.parent


def test_decompose_frees_every_node() -> None:
    soup = _soup.soup_from_lxml(Region(_region()))
    nodes = [soup, *soup.descendants]
    soup.decompose()
    assert all(not vars(node) for node in nodes)
