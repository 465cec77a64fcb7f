"""Build a BeautifulSoup tree for one lxml subtree, without parsing HTML a second time.

The reader walks lxml's own tree (:mod:`._walk`); a soup is built only for a publisher
profile, whose CSS selectors (``select``) need one, and each selected ``Tag`` leads back to
the lxml element it was made from. Building a soup the usual way (``BeautifulSoup(html,
"lxml")``) would re-parse the markup; instead the region's elements are turned into ``Tag`` /
``NavigableString`` objects directly and linked the way bs4's own tree builder links them
(parent, siblings, and the ``next_element`` chain), which keeps every bs4 API (``find_all``,
``select``, ``get_text``) working on the result. The soup is made from the walk's
:class:`~._walk.Region`: the elements it found hidden are left out, markup nested absurdly
deep is already flattened in it, and only the attributes the reader looks at are copied: a
selector sees the tree the walk reads.

The nodes themselves are made without their constructors: a ``Tag`` built with no parser and no
tree builder is nothing but its instance fields, so a new one starts as a copy of a prototype
made once by the real constructor (with fresh ``attrs`` / ``contents`` and any other mutable
field). That is several times cheaper than ``Tag.__init__``; should a future bs4 make its nodes
something other than plain instance fields, the constructors are used instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString, PageElement
from lxml import etree

from ._walk import BLOCK_TAGS, Region

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
#: Attributes that hold a list of words in bs4 (split on white space).
_WORD_LISTS = frozenset({"class", "rel"})


_Node = TypeVar("_Node", bound=PageElement)
_AddTag = Callable[[str, dict[str, Any], Tag, PageElement], Tag]
_AddString = Callable[[str, Tag, PageElement], NavigableString]


def _node_makers() -> tuple[_AddTag, _AddString, bool]:
    """Functions that make a ``Tag`` (name, attributes) or a ``NavigableString`` (text) as bs4's
    constructors would, and link it as the last child of a parent and right after a node in
    document order (see :func:`_link`); from prototypes, or with bs4's own constructors when its
    nodes are not plain objects (then the third value is False)."""
    try:
        tag_fields = dict(vars(Tag(None, None, "div")))
        string_fields = dict(vars(NavigableString("x")))
    except TypeError:  # no __dict__ (slotted nodes): keep to the constructors

        def construct_tag(name: str, attrs: dict[str, Any], parent: Tag, last: PageElement) -> Tag:
            return _link(Tag(None, None, name, attrs=attrs), parent, last)

        def construct_string(text: str, parent: Tag, last: PageElement) -> NavigableString:
            return _link(NavigableString(text), parent, last)

        return construct_tag, construct_string, False
    attrs_type = type(tag_fields["attrs"])
    fresh = tuple(
        (key, type(value))
        for key, value in tag_fields.items()
        if isinstance(value, (dict, list, set)) and key not in ("attrs", "contents")
    )
    new_tag = Tag.__new__
    new_string = str.__new__

    def add_tag(name: str, attrs: dict[str, Any], parent: Tag, last: PageElement) -> Tag:
        node = new_tag(Tag)
        # Filled in place, not replaced by a copied dict: the instance's own dict shares its
        # keys with every other node's (a key-sharing dict), a third the size of a copy.
        fields = node.__dict__
        fields.update(tag_fields)
        fields["name"] = name
        fields["attrs"] = attrs_type(attrs)
        fields["contents"] = []
        for key, kind in fresh:
            fields[key] = kind()
        return _link(node, parent, last)

    def add_string(text: str, parent: Tag, last: PageElement) -> NavigableString:
        node = new_string(NavigableString, text)
        node.__dict__.update(string_fields)
        return _link(node, parent, last)

    return add_tag, add_string, True


_add_tag, _add_string, _PLAIN_NODES = _node_makers()


class _RegionSoup(BeautifulSoup):
    """The soup :func:`soup_from_lxml` makes: a ``BeautifulSoup`` whose :meth:`decompose`
    empties every node's fields, as bs4's own does, without its per-node bookkeeping."""

    def decompose(self) -> None:
        """Break the tree's reference cycles (parent, sibling and ``next_element`` links) so
        that its nodes are freed at once, not at the garbage collector's next full pass."""
        if not _PLAIN_NODES:
            super().decompose()
            return
        node: PageElement | None = self
        while node is not None:
            fields = node.__dict__
            node = fields.get("next_element")
            fields.clear()


def _copy(
    element: etree._Element,
    parent: Tag,
    last: PageElement,
    with_tail: bool,
    hidden: set[etree._Element],
    origin: dict[int, etree._Element] | None,
) -> PageElement:
    """Copy one element (and, recursively, its children) under ``parent``, linking each new
    node the way bs4's own tree builder does: to its parent, to its siblings, and after
    ``last`` (the node before it in document order) in the ``next_element`` chain; the
    ``hidden`` elements are left out, and ``origin`` maps each ``Tag``'s ``id`` to its
    element. Returns the last node linked."""
    tag = element.tag
    if isinstance(tag, str) and not (hidden and element in hidden):
        attrs: dict[str, Any] = {}
        for key, value in element.items():
            if key in KEPT_ATTRIBUTES:
                attrs[key] = value.split() if key in _WORD_LISTS else value
        last = node = _add_tag(tag, attrs, parent, last)
        if origin is not None:
            origin[id(node)] = element
        text = element.text
        # White space between block elements (source indentation) is never text:
        # leaving it out spares a string object per line of markup.
        if text and not (text.isspace() and len(element) and element[0].tag in BLOCK_TAGS):
            last = _add_string(text, node, last)
        for child in element:
            last = _copy(child, node, last, True, hidden, origin)
    if with_tail:
        tail = element.tail
        if tail and not (tail.isspace() and tag in BLOCK_TAGS):
            last = _add_string(tail, parent, last)
    return last


def _link(node: _Node, parent: Tag, last: PageElement) -> _Node:
    """Append ``node`` to ``parent``'s contents and after ``last`` in document order."""
    contents = parent.contents
    node.parent = parent
    if contents:
        previous = contents[-1]
        previous.next_sibling = node
        node.previous_sibling = previous
    contents.append(node)
    last.next_element = node
    node.previous_element = last
    return node


def soup_from_lxml(
    region: Region, origin: dict[int, etree._Element] | None = None
) -> BeautifulSoup:
    """A soup whose only child is a copy of the region's root (and its subtree, without what
    the region found hidden); when ``origin`` is given, it is filled with the element each
    ``Tag`` was made from, by the ``Tag``'s ``id`` (valid while the soup lives)."""
    # The empty document only gives the tree its root; html.parser sets one up fastest.
    soup = _RegionSoup("", "html.parser")
    _copy(region.element, soup, soup, False, region.hidden, origin)
    return soup
