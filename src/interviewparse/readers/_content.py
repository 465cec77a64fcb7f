"""Find the article body on an lxml tree: the smallest container that holds most of the prose.

Every paragraph-like element contributes its text length (minus the text of its links) to
each of its ancestors. Text inside site chrome (``<nav>``, ``<aside>``, ``<footer>``, containers
whose class or id says menu / sidebar / comments / related ...) does not count further up, so a
long comment thread or footer cannot pull the region away from the article. The region is then
found by walking down from ``<body>`` into the child that still holds most of that text; it stops
where the prose splits between several children (the article's own container). A semantic
marker (``itemprop="articleBody"``, ``<article>``) is preferred when it holds nearly as much.

Only lxml is used here: it is the cheap tree. BeautifulSoup is built for the region alone.
"""

from __future__ import annotations

import re

from lxml import etree

__all__ = ["class_tokens", "find_region", "is_chrome", "is_hidden"]

_CHROME_TAGS = frozenset({"nav", "aside", "footer", "form", "header", "menu"})
_TOKEN_SPLIT = re.compile(r"[\s_-]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: Class/id words that mark site chrome around (or boxes inside) an article.
CHROME_WORDS = frozenset(
    {
        "nav",
        "navbar",
        "navigation",
        "menu",
        "sidebar",
        "footer",
        "comment",
        "comments",
        "related",
        "recommended",
        "recommendations",
        "promo",
        "newsletter",
        "subscribe",
        "subscription",
        "share",
        "sharing",
        "social",
        "widget",
        "advert",
        "advertisement",
        "ad",
        "ads",
        "cookie",
        "cookies",
        "consent",
        "teaser",
        "teasers",
        "popular",
        "trending",
        "breadcrumb",
        "breadcrumbs",
        "banner",
        "modal",
        "popup",
        "login",
        "signup",
        "paywall",
        "outbrain",
        "taboola",
        "masthead",
        "toolbar",
        "pagination",
        "tags",
        "disqus",
    }
)
_ARTICLE_WORDS = frozenset({"articlebody", "article-body", "entry-content", "post-content"})


def class_tokens(element: etree._Element) -> frozenset[str]:
    """Lower-case words of an element's class and id (``"post__share-bar"`` → post, share, bar)."""
    raw = f"{element.get('class') or ''} {element.get('id') or ''}"
    if not raw.strip():
        return frozenset()
    raw = _CAMEL.sub(" ", raw)
    return frozenset(t for t in _TOKEN_SPLIT.split(raw.lower()) if t)


def is_chrome(element: etree._Element) -> bool:
    """Does the element's tag, role, or class/id say it is site chrome rather than article?"""
    tag = element.tag
    if tag in ("body", "main", "article"):
        return False
    if tag in _CHROME_TAGS:
        return True
    role = element.get("role")
    if role in ("navigation", "banner", "contentinfo", "complementary", "search"):
        return True
    return bool(class_tokens(element) & CHROME_WORDS)


def is_hidden(element: etree._Element) -> bool:
    """Hidden from readers: the ``hidden`` attribute, an inline ``display:none``, or an
    ``aria-hidden`` icon glyph (icon fonts write words like ``chevron_left``)."""
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    if style is not None and _HIDDEN_STYLE.search(style):
        return True
    if element.get("aria-hidden") == "true":
        text = "".join(element.itertext()).strip()
        return not text or bool(_ICON_WORD.match(text))
    return False


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_ICON_WORD = re.compile(r"^[a-z]+(?:_[a-z]+)+$")


def find_region(body: etree._Element) -> etree._Element:
    """The element whose subtree is the article: see the module docstring for the rule.

    One pass over the elements in document order collects each element's own text and link
    text; a second pass in reverse order (children before parents) sums them into subtree
    totals. Both are plain loops over lxml's C iterator: cheaper than any XPath per element.
    """
    nodes: list[etree._Element] = list(body.iter(tag=etree.Element))
    count = len(nodes)
    if count <= 1:
        return body
    index = {node: i for i, node in enumerate(nodes)}
    own = [0] * count  # characters of text directly inside (text and children's tails)
    link = [0] * count  # characters of that text that belong to a link
    parent_of = [-1] * count
    in_link = [False] * count
    for i, node in enumerate(nodes):
        parent = node.getparent()
        p = index.get(parent, -1) if parent is not None and i else -1
        parent_of[i] = p
        inside_link = node.tag == "a" or (p >= 0 and in_link[p])
        in_link[i] = inside_link
        text = node.text
        n = len(text.strip()) if text else 0
        own[i] += n
        if inside_link:
            link[i] += n
        tail = node.tail
        if tail and p >= 0:
            m = len(tail.strip())
            own[p] += m
            if in_link[p]:
                link[p] += m
    prose = [o - k for o, k in zip(own, link, strict=True)]
    total = prose[:]  # prose that ignores chrome, to recognise layout wrappers
    stopped: list[int] = []
    for i in range(count - 1, 0, -1):
        p = parent_of[i]
        if p < 0:
            continue
        node = nodes[i]
        if prose[i] and is_hidden(node):
            prose[i] = total[i] = 0
        total[p] += total[i]
        if prose[i] and is_chrome(node):
            stopped.append(i)
            continue
        prose[p] += prose[i]
    page = total[0] or 1
    # A "chrome" container that holds most of the page is a wrapper named after the layout
    # ("with-sidebar-right"), not chrome: let its prose count further up after all. Outer
    # wrappers first, so that prose released by an inner one is not counted twice.
    wrappers = sorted((i for i in stopped if total[i] >= page * 0.5), key=lambda i: total[i])
    stopped_set = set(stopped) - set(wrappers)
    for i in reversed(wrappers):
        amount = prose[i]
        p = parent_of[i]
        while p >= 0:
            prose[p] += amount
            if p in stopped_set:
                break
            p = parent_of[p]
    return _descend(nodes, parent_of, prose)


def _descend(nodes: list[etree._Element], parent_of: list[int], prose: list[int]) -> etree._Element:
    """Walk down from the top while one child holds most of the prose; stop where it splits."""
    whole = prose[0]
    if whole <= 0:
        return nodes[0]
    children: dict[int, list[int]] = {}
    for i, p in enumerate(parent_of):
        if p >= 0:
            children.setdefault(p, []).append(i)
    node = 0
    while True:
        kids = children.get(node, ())
        best = max(kids, key=lambda k: prose[k], default=-1)
        if best < 0 or prose[best] < whole * 0.7 or nodes[best].tag in _LEAF_BLOCKS:
            return nodes[node]
        node = best


_LEAF_BLOCKS = frozenset({"p", "pre", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})
