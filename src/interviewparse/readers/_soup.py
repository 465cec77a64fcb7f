"""Build a BeautifulSoup tree for one lxml subtree, without parsing HTML a second time.

BeautifulSoup is the tree the reader walks, but building it the usual way (``BeautifulSoup(html,
"lxml")``) re-parses the markup and costs more than the rest of the reader together. The region
is already parsed by lxml, so its elements are turned into ``Tag`` / ``NavigableString`` objects
directly and linked the way bs4's own tree builder links them (parent, siblings, and the
``next_element`` chain), which keeps every bs4 API (``find_all``, ``select``, ``get_text``)
working on the result. Hidden elements are left out, and only the attributes the reader looks
at are copied.
"""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString, PageElement
from lxml import etree

from ._content import is_hidden
from ._walk import BLOCK_TAGS

__all__ = ["KEPT_ATTRIBUTES", "soup_from_lxml"]

#: The attributes later stages read; the rest (data-*, srcset, inline handlers) is dropped.
KEPT_ATTRIBUTES = frozenset(
    {
        "class",
        "id",
        "href",
        "name",
        "style",
        "start",
        "type",
        "value",
        "reversed",
        "itemprop",
        "role",
        "datetime",
        "rel",
    }
)
_MAX_DEPTH = 400


class _Linker:
    """Appends nodes to a growing tree, keeping bs4's document-order links consistent."""

    __slots__ = ("last",)

    def __init__(self, soup: BeautifulSoup) -> None:
        self.last: PageElement = soup

    def link(self, node: PageElement, parent: Tag) -> None:
        contents = parent.contents
        node.parent = parent
        if contents:
            previous = contents[-1]
            previous.next_sibling = node
            node.previous_sibling = previous
        else:
            node.previous_sibling = None
        node.next_sibling = None
        contents.append(node)
        self.last.next_element = node
        node.previous_element = self.last
        node.next_element = None
        self.last = node


def soup_from_lxml(element: etree._Element) -> BeautifulSoup:
    """A soup whose only child is a copy of ``element`` (and its subtree)."""
    soup = BeautifulSoup("", "lxml")
    linker = _Linker(soup)
    _copy(element, soup, linker, 0, with_tail=False)
    return soup


def _attrs(element: etree._Element) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    for key, value in element.attrib.items():
        if key in KEPT_ATTRIBUTES:
            attrs[str(key)] = str(value).split() if key in ("class", "rel") else str(value)
    return attrs


def _copy(
    element: etree._Element, parent: Tag, linker: _Linker, depth: int, *, with_tail: bool
) -> None:
    """Copy one element (and, iteratively over siblings, recursively over children)."""
    tag = element.tag
    if isinstance(tag, str) and not is_hidden(element):
        node = Tag(None, None, tag, attrs=_attrs(element))
        linker.link(node, parent)
        text = element.text
        # White space between block elements (source indentation) is never text: leaving it
        # out spares a string object per line of markup.
        if text and not (text.isspace() and len(element) and element[0].tag in BLOCK_TAGS):
            linker.link(NavigableString(text), node)
        if depth < _MAX_DEPTH:
            for child in element:
                _copy(child, node, linker, depth + 1, with_tail=True)
        else:
            # Absurdly deep markup (hostile input): keep the text, flatten the structure.
            rest = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
            rest = rest[len(text or "") :]
            if rest:
                linker.link(NavigableString(rest), node)
    tail = element.tail
    if with_tail and tail and not (tail.isspace() and tag in BLOCK_TAGS):
        linker.link(NavigableString(tail), parent)
