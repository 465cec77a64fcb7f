"""The soup the HTML reader builds straight from lxml must be a BeautifulSoup tree like any
other: the same node fields as bs4's constructors make, consistent links, working APIs."""

from __future__ import annotations

from bs4 import Tag
from bs4.element import NavigableString
from lxml import etree

from interviewparse.readers import _soup

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


def test_made_nodes_have_the_fields_the_constructors_give() -> None:
    attrs = {"class": ["a", "b"], "id": "x"}
    made = _soup._make_tag("p", dict(attrs))
    built = Tag(None, None, "p", attrs=dict(attrs))
    assert vars(made) == vars(built)
    assert type(made.attrs) is type(built.attrs)
    assert vars(_soup._make_string("text")) == vars(NavigableString("text"))
    assert _soup._make_string("text") == "text"


def test_made_nodes_share_no_mutable_field() -> None:
    first, second = _soup._make_tag("p", {}), _soup._make_tag("p", {})
    for key, value in vars(first).items():
        if isinstance(value, (dict, list, set)):
            assert value is not vars(second)[key], key


def test_soup_from_lxml_is_a_working_soup() -> None:
    soup = _soup.soup_from_lxml(_region())
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
    soup = _soup.soup_from_lxml(_region())
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
