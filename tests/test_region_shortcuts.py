"""The article-region search takes shortcuts (an element that is one link alone is not read,
prose stopped by chrome is carried no further, the headline is looked for only before the
region): on random pages they give what the plain rule gives, spelled out here without them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from interviewparse.readers import _content
from interviewparse.readers._content import find_region, find_standfirst
from test_region_walk import cleaned_body

_TAGS = ("div", "p", "li", "ul", "a", "span", "nav", "section", "article", "br", "h1", "h2")
_TAGS += ("td", "blockquote", "header", "footer", "aside", "b", "main")
_CLASSES = ("", "entry-content", "menu", "with-sidebar", "teaser", "lede", "share", "story")
_TEXTS = ("", " ", "\n  ", "\xa0", "Word", "A sentence of some length, with a comma.", " x ")


@st.composite
def _element(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(st.sampled_from(_TAGS))
    attrs = ""
    kind = draw(st.sampled_from(_CLASSES))
    if kind:
        attrs += f' class="{kind}"'
    if tag == "a" and draw(st.booleans()):
        attrs += ' href="/x"'
    if draw(st.integers(0, 9)) == 0:
        attrs += draw(st.sampled_from((" hidden", ' style="display:none"', ' role="navigation"')))
    if tag == "br":
        return f"<br{attrs}>" + draw(st.sampled_from(_TEXTS))
    children = (
        draw(st.lists(_element(depth + 1), max_size=4 if depth < 4 else 0)) if depth < 5 else []
    )
    text = draw(st.sampled_from(_TEXTS))
    tail = draw(st.sampled_from(_TEXTS))
    return f"<{tag}{attrs}>{text}{''.join(children)}</{tag}>{tail}"


def _plain_seeds(
    body: etree._Element,
) -> tuple[dict[etree._Element, int], set[etree._Element]]:
    """The prose per paragraph-like element as the rule says it, every element read whole."""
    seeds: dict[etree._Element, int] = {}
    body_divs: set[etree._Element] = set()
    for element in body.iter(*_content._SEED_TAGS):
        tag = element.tag
        if tag in ("div", "section", "article"):
            if element not in body_divs:
                classes = element.get("class")
                marked = classes and _content._ARTICLE_BODY.search(classes)
                if not marked and element.get("itemprop") != "articleBody":
                    continue
                body_divs.update(element.iter("div"))
            if tag != "div":
                continue
        elif tag == "br":
            parent, tail = element.getparent(), (element.tail or "").strip()
            if parent is not None and tail and parent.tag not in ("p", "li", "td", "dd", "pre"):
                seeds[parent] = seeds.get(parent, 0) + len(tail)
            continue
        if len(element):
            n = _content._nested_length(element, str(tag))
        else:
            n = len((element.text or "").strip())
        if n > 0:
            seeds[element] = seeds.get(element, 0) + n
    return seeds, body_divs


def _plain_region(body: etree._Element) -> etree._Element:
    """The region as the rule says it: the text inside every element (chrome or not) counted
    up to ``body``, the prose stopped at chrome, a chrome wrapper of half the page let through."""
    seeds, body_divs = _plain_seeds(body)
    if not seeds:
        return body
    total: dict[etree._Element, int] = {}
    prose: dict[etree._Element, int] = {}
    stopped: list[etree._Element] = []
    for seed, n in seeds.items():
        node: etree._Element | None = seed
        p = n
        while node is not None:
            total[node] = total.get(node, 0) + n
            prose[node] = prose.get(node, 0) + p
            if node is body:
                break
            if p and _content._stops_prose(node):
                stopped.append(node)
                p = 0
            node = node.getparent()
    unique = list(dict.fromkeys(stopped))
    _content._release_wrappers(unique, total, total[body] * 0.5, prose, body)
    return _content._descend(body, prose, seeds, body_divs)


@settings(max_examples=300, deadline=None)
@given(st.lists(_element(), min_size=1, max_size=6))
def test_shortcuts_give_what_the_plain_rule_gives(parts: list[str]) -> None:
    body = cleaned_body("<html><body>" + "".join(parts) + "</body></html>")
    assert _content._seed_lengths(body) == _plain_seeds(body)
    region = find_region(body)
    assert region is _plain_region(body)
    # the headline is looked for among the <h1> elements before the region, as a walk of the
    # whole page meets them up to the region
    elements = list(body.iter())  # (kept, so that each element keeps its one proxy)
    before = [h for h in elements[: elements.index(region)] if h.tag == "h1"]
    if region is not body:
        assert list(_content._headings_before(body, region)) == before
    assert all(isinstance(e, etree._Element) for e in find_standfirst(body, region))


def test_an_element_that_is_one_link_holds_no_prose() -> None:
    body = cleaned_body(
        "<html><body><ul><li> <a href='/a'><span>Another story</span> here</a> </li>"
        "<li><a>Not a link, just text</a></li><li><a href='/b'>A link</a>, and words</li>"
        "<li>Words, <a href='/c'>a link</a></li></ul></body></html>"
    )
    seeds, _ = _content._seed_lengths(body)
    items = body.findall(".//li")
    assert items[0] not in seeds
    assert seeds[items[1]] == len("Not a link, just text")
    assert seeds[items[2]] == len(", and words")
    assert seeds[items[3]] == len("Words, ")


def test_a_chrome_wrapper_of_most_of_the_page_lets_its_prose_through() -> None:
    prose = "<p>" + "A sentence of the article, long enough to count. " * 4 + "</p>"
    body = cleaned_body(
        f"<html><body><div class='with-sidebar'><div class='story'>{prose * 3}</div>"
        f"<aside>{prose}</aside></div><footer>{prose}</footer></body></html>"
    )
    region = find_region(body)
    assert region.get("class") == "story"
    assert region is _plain_region(body)
