"""Find the article body on an lxml tree: the smallest container that holds most of the prose.

Every paragraph-like element contributes its text length (minus the text of its links) to
each of its ancestors. Text inside site chrome (``<nav>``, ``<aside>``, ``<footer>``, containers
whose class or id says menu / sidebar / comments / related ...) does not count further up, so a
long comment thread or footer cannot pull the region away from the article. The region is then
found by walking down from ``<body>`` into the child that still holds most of that text; it stops
where the prose splits between several children (the article's own container). A semantic
marker (``itemprop="articleBody"``, ``<article>``) is preferred when it holds nearly as much.

The article's standfirst (dek, excerpt, subtitle, "chapo", "sommario") often sits in the
article's header, between the headline and the body, where the prose count does not reach:
:func:`find_standfirst` finds it there by its class words, so that it is read as the first
paragraph of the intro instead of being dropped with the header; and with it the plain
paragraphs right before the region when the region is the container of the questions and
answers alone (an intro paragraph before a Q&A ``<table>``).

Only lxml is used here: it is the cheap tree. BeautifulSoup is built for the region alone.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator

from lxml import etree

from ._hints import ARTICLE_OR_BOX_WORDS, STANDFIRST_WORDS, own_summary, tokens_of

__all__ = ["find_region", "find_standfirst", "is_chrome", "is_hidden"]

_CHROME_TAGS = frozenset({"nav", "aside", "footer", "form", "header", "menu"})
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


def is_chrome(element: etree._Element) -> bool:
    """Does the element's tag, role, or class/id say it is site chrome rather than article?"""
    tag = element.tag
    if tag in ("body", "main", "article"):
        return False
    if tag in _CHROME_TAGS:
        return True
    role = element.get("role")
    if role in _CHROME_ROLES:
        return True
    raw = element.get("class")
    ident = element.get("id")
    if not raw and not ident:
        return False
    return _chrome_words(str(tag), raw, ident)


_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})


@functools.lru_cache(maxsize=4096)
def _chrome_words(tag: str, raw: str | None, ident: str | None) -> bool:
    """Do the class/id words (of an element named ``tag``) say it is site chrome? (Kept per
    tag, class and id: the same class list recurs on the rows of a list, the boxes of a grid.)"""
    tokens = tokens_of(raw, ident)
    named = CHROME_WORDS.intersection(tokens)
    if named and named <= ARTICLE_OR_BOX_WORDS and own_summary(tag, tokens):
        return False  # the article's own teaser (stand-first), not a box of other stories
    return bool(named)


def _stops_prose(element: etree._Element) -> bool:
    """:func:`is_chrome` or :func:`is_hidden`, as :func:`find_region` asks it of every
    container above a paragraph, read off one list of the element's attribute names: an
    element without attributes is decided by its tag alone, one without an attribute that
    hides it is not hidden."""
    names = element.keys()
    if not names:  # neither role, class, id nor anything that hides it
        return element.tag in _CHROME_TAGS
    return is_chrome(element) or (not _HIDING.isdisjoint(names) and is_hidden(element))


#: The attributes :func:`is_hidden` reads: an element without any of them is not hidden.
_HIDING = frozenset({"hidden", "style", "aria-hidden"})


def is_hidden(element: etree._Element) -> bool:
    """Hidden from readers: the ``hidden`` attribute or an inline ``display:none`` on a small
    element (a tooltip, a menu, an empty slot), or an ``aria-hidden`` icon glyph (icon fonts
    write words like ``chevron_left``).

    A hidden element holding several paragraphs of text is kept: pages fold the rest of a long
    interview behind a "Read more" button that only script unfolds.
    """
    style = element.get("style")
    if element.get("hidden") is not None or (
        style is not None and _HIDDEN_STYLE.search(style) is not None
    ):
        return _text_length(element) < _FOLDED_TEXT
    if element.get("aria-hidden") == "true":
        text = "".join(element.itertext()).strip()
        return not text or bool(_ICON_WORD.match(text))
    return False


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: Hidden text longer than this is folded article text, not a hidden widget.
_FOLDED_TEXT = 600
_ICON_WORD = re.compile(r"^[a-z]+(?:_[a-z]+)+$")


_PROSE_TAGS = (
    "p",
    "pre",
    "h2",
    "h3",
    "h4",
    "h5",
    "li",
    "td",
    "dd",
    "dt",
    "blockquote",
    "br",
    "div",
)
_HOLDERS = frozenset({"li", "td", "dd", "dt", "blockquote"})
#: Elements below a ``<div>`` that make it a container rather than a paragraph written as a
#: ``<div>`` (blog editors set every paragraph as ``<div>text</div>``).
_BLOCK_TAGS = (
    "div",
    "p",
    "pre",
    "ul",
    "ol",
    "li",
    "table",
    "dl",
    "blockquote",
    "section",
    "article",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "header",
    "footer",
    "nav",
    "aside",
    "form",
    "figure",
)


def _text_length(element: etree._Element) -> int:
    """Characters of text inside ``element`` (serialised in C: cheaper than ``itertext``; an
    element without children holds its ``text`` alone, read without serialising)."""
    if not len(element):
        own = element.text
        return len(own.strip()) if own else 0
    text: str = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
    return len(text.strip())


def _holds_paragraphs(element: etree._Element) -> bool:
    """Is there a ``<p>`` or ``<li>`` anywhere below ``element``? (lxml's tag-filtered
    iteration runs in C; an ElementPath ``find(".//p")`` is several times slower.)"""
    for _ in element.iterdescendants("p", "li"):
        return True
    return False


#: The class words (joined as written) and ``itemprop`` by which a page marks its article body.
_ARTICLE_BODY = re.compile(
    r"(?:^|\s)(?:entry-content|post-body|post-content|article-body|articlebody|article__body"
    r"|story-body)(?:\s|$)",
    re.IGNORECASE,
)


def _holds_blocks(element: etree._Element) -> bool:
    """Is there a block element (or a line break, whose tails count for the container) below
    ``element``? A ``<div>`` without one is a paragraph written as a ``<div>``."""
    for _ in element.iterdescendants(*_BLOCK_TAGS):
        return True
    return False


#: What :func:`_seed_lengths` visits: the paragraph-like elements, and the containers a page
#: may mark as its article body.
_SEED_TAGS = (*_PROSE_TAGS, "section", "article")


def _seed_lengths(
    body: etree._Element,
) -> tuple[dict[etree._Element, int], set[etree._Element]]:
    """Prose characters (text outside links) per paragraph-like element; and the ``<div>``
    elements inside the containers the page marks as its article body.

    Only paragraph-like elements (and the containers that may mark the body) are visited, in
    one pass (lxml's ``iter`` filters by tag in C), which is far cheaper than visiting every
    element. Text written straight into a container between ``<br>`` tags counts through the
    ``<br>`` elements' tails, credited to the container. Inside an element the page marks as
    its article body (``itemprop="articleBody"``, ``class="entry-content"``), a ``<div>`` that
    holds no block element is a paragraph: blog editors write every paragraph so. Elsewhere
    such a ``<div>`` is a box (a price, a rating, a widget's row), whose text says nothing of
    where the article is. A marked container comes before everything inside it, so its
    ``<div>`` elements are known by the time the pass reaches them.
    """
    seeds: dict[etree._Element, int] = {}
    body_divs: set[etree._Element] = set()
    for element in body.iter(*_SEED_TAGS):
        tag = element.tag
        if tag == "div" or tag == "section" or tag == "article":  # the commonest: first
            if element not in body_divs:
                classes = element.get("class")
                if classes:
                    # Every name of ``_ARTICLE_BODY`` holds "body" or "content", whose letters
                    # fold to no other under ``re.IGNORECASE``: a plain substring test on the
                    # lower-cased list rules out most lists (of every <div>) before the regex.
                    lowered = classes.lower()
                    marked = ("body" in lowered or "content" in lowered) and (
                        _ARTICLE_BODY.search(classes) is not None
                    )
                else:
                    marked = False
                if marked or element.get("itemprop") == "articleBody":
                    body_divs.update(element.iter("div"))
                else:
                    continue  # a box outside the article body: not a paragraph
            if tag != "div":
                continue
            stop = _BLOCK_SET  # a container of blocks is not a paragraph
        elif tag == "br":
            parent = element.getparent()
            tail = element.tail
            if parent is not None and tail and parent.tag not in ("p", "li", "td", "dd", "pre"):
                n = len(tail.strip())
                if n:
                    seeds[parent] = seeds.get(parent, 0) + n
            continue
        else:
            stop = _PARAGRAPH_SET if tag in _HOLDERS else _NOTHING
        count = len(element)
        own = element.text
        if not count:  # a leaf: its text is its ``text``, no serialising, no links
            n = len(own.strip()) if own else 0
            if n > 0:
                seeds[element] = seeds.get(element, 0) + n
            continue
        if count == 1 and (not own or own.isspace()):
            # One link and nothing beside it (a menu item, a teaser's headline): all its text
            # is linked, so it holds no prose, however deep the link's own markup goes.
            child = element[0]
            if child.tag == "a" and child.get("href") is not None:
                tail = child.tail
                if not tail or tail.isspace():
                    continue
        # Children that are leaves (a paragraph's links and bold words, a menu item's link):
        # their text is read off them, one level down, which is several times cheaper than
        # serialising the element, searching it for blocks and iterating it for links.
        parts = [own] if own else []
        linked = 0
        for child in element:
            kind = child.tag
            if kind in stop:
                n = 0  # a container of blocks, or a holder of paragraphs: not a paragraph
                break
            if len(child) or not isinstance(kind, str):
                n = _nested_length(element, tag)  # deeper: as the C serialiser sees it
                break
            text = child.text
            if text:
                parts.append(text)
                if kind == "a" and child.get("href") is not None:
                    linked += len(text.strip())
            tail = child.tail
            if tail:
                parts.append(tail)
        else:
            n = len("".join(parts).strip()) - linked
        if n > 0:
            seeds[element] = seeds.get(element, 0) + n
    return seeds, body_divs


_BLOCK_SET = frozenset(_BLOCK_TAGS)
_PARAGRAPH_SET = frozenset({"p", "li"})
_NOTHING: frozenset[str] = frozenset()


def _nested_length(element: etree._Element, tag: str) -> int:
    """Prose characters of a paragraph-like element with nested markup (0 when it is a
    container rather than a paragraph): its text, serialised in C, less its links' text."""
    if tag == "div":
        if _holds_blocks(element):
            return 0
    elif tag in _HOLDERS and _holds_paragraphs(element):
        return 0  # its paragraphs count for themselves
    n = _text_length(element)
    if n:
        for link in element.iter("a"):
            if link.get("href") is not None:
                n -= _text_length(link)
    return n


def find_region(body: etree._Element) -> etree._Element:
    """The element whose subtree is the article: see the module docstring for the rule."""
    seeds, body_divs = _seed_lengths(body)
    if not seeds:
        return body
    # Prose stopped by chrome goes no further: what lies above chrome alone is not visited.
    prose, stopped = _carry_up(seeds, body, _stops_prose)
    # A "chrome" container that holds most of the page is a wrapper named after the layout
    # ("with-sidebar-right"), not chrome: let its prose count further up after all. Outer
    # wrappers first, so that prose released by an inner one is not counted twice. All the
    # text inside a chrome container was stopped by it or by chrome inside it, so when all
    # the chrome together stopped less than half the page's text, there is no such wrapper.
    half = sum(seeds.values()) * 0.5
    if sum(stopped.values()) < half:
        return _descend(body, prose, seeds, body_divs)
    # (the text inside each element that holds chrome: all of the text inside a chrome
    # container was stopped by it or by chrome inside it)
    total, _ = _carry_up(stopped, body)
    _release_wrappers(list(stopped), total, half, prose, body)
    return _descend(body, prose, seeds, body_divs)


def _release_wrappers(
    stopped: list[etree._Element],
    total: dict[etree._Element, int],
    half: float,
    prose: dict[etree._Element, int],
    body: etree._Element,
) -> None:
    """Let the prose of each chrome container among ``stopped`` that holds at least ``half``
    of the page's text (``total``: the text inside each) count further up ``prose`` after all,
    up to ``body`` or the next chrome container: a wrapper named after the layout. Outer
    wrappers first, so that prose released by an inner one is not counted twice."""
    wrappers = [e for e in stopped if total[e] >= half and not is_hidden(e)]
    wrappers.sort(key=lambda e: -total[e])
    blocking = set(stopped) - set(wrappers)
    for element in wrappers:
        amount = prose[element]
        node = element.getparent()
        while node is not None:
            prose[node] = prose.get(node, 0) + amount
            if node is body or node in blocking:
                break
            node = node.getparent()


def _carry_up(
    start: dict[etree._Element, int],
    body: etree._Element,
    stops: Callable[[etree._Element], bool] | None = None,
) -> tuple[dict[etree._Element, int], dict[etree._Element, int]]:
    """The amounts of ``start`` carried up to ``body``: the sum reaching each element, and,
    with ``stops``, what each element it says stops the amounts (asked once per element)
    kept from going further. Level by level: siblings merge into their parent after one
    step, so each container is visited about once, not once per element below it."""
    sums: dict[etree._Element, int] = {}
    stopped: dict[etree._Element, int] = {}
    stop_of: dict[etree._Element, bool] = {}
    frontier = start
    while frontier:
        upward: dict[etree._Element, int] = {}
        for node, n in frontier.items():
            sums[node] = sums.get(node, 0) + n
            if node is body:
                continue
            if stops is not None:
                stop = stop_of.get(node)
                if stop is None:
                    stop = stop_of[node] = stops(node)
                if stop:
                    stopped[node] = stopped.get(node, 0) + n
                    continue
            parent = node.getparent()
            if parent is not None:
                upward[parent] = upward.get(parent, 0) + n
        frontier = upward
    return sums, stopped


def _descend(
    body: etree._Element,
    prose: dict[etree._Element, int],
    seeds: dict[etree._Element, int],
    body_divs: set[etree._Element],
) -> etree._Element:
    """Walk down from ``body`` while one child holds most of the prose; stop where it splits,
    and inside the page's marked article body, where going on would leave out paragraphs
    written as ``<div>`` before that child (the opening paragraphs before a "read all"
    container, which counted only since such paragraphs count at all)."""
    whole = prose.get(body, 0)
    if whole <= 0:
        return body
    node = body
    while True:
        best, best_n = None, 0
        for child in node:
            n = prose.get(child, 0)
            if n > best_n:
                best, best_n = child, n
        if best is None or best_n < whole * 0.7 or best.tag in _LEAF_BLOCKS:
            return node
        if node in body_divs and _paragraphs_ahead(node, best, seeds):
            return node
        node = best


def _paragraphs_ahead(
    node: etree._Element, child: etree._Element, seeds: dict[etree._Element, int]
) -> bool:
    """Does ``node`` hold, before ``child``, a paragraph written as a ``<div>`` (see
    :func:`_seed_lengths`) a sentence long, of the class of the paragraphs inside ``child``
    (the article's own paragraphs, not a caption or a byline set above them)?"""
    for sibling in node:
        if sibling is child:
            return False
        if sibling.tag == "div" and seeds.get(sibling, 0) >= _STANDFIRST_MIN:
            kind = sibling.get("class")
            if kind and any(e.get("class") == kind and e in seeds for e in child.iter("div")):
                return True
    return False


_LEAF_BLOCKS = frozenset({"p", "pre", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})


#: Words beside which a standfirst word names something else: the lead image, its caption,
#: the author's box, a video.
_NOT_STANDFIRST_WORDS = frozenset(
    {
        "image",
        "img",
        "photo",
        "picture",
        "media",
        "figure",
        "video",
        "caption",
        "credit",
        "author",
        "bio",
        "byline",
        "meta",
        "date",
        "time",
    }
)
_STANDFIRST_MIN = 40  # characters: a kicker ("Interview") or a date is shorter
_STANDFIRST_MIN_UNCASED = 15  # in a script without blanks (Chinese, Japanese) words are denser
_STANDFIRST_MAX = 1500


def find_standfirst(body: etree._Element, region: etree._Element) -> list[etree._Element]:
    """The standfirst elements between the page's headline and the article region, in reading
    order: elements whose class/id words name one, holding a sentence or two of text, outside
    boxes (menus, share bars, hidden elements) and not the lead image's caption.

    The headline is the last ``<h1>`` before the region (a logo set as an ``<h1>`` comes
    earlier). When the region holds an ``<h1>`` itself, or none comes before it, there is
    nothing to look for: a standfirst under the headline is then inside the region."""
    if region is body:
        return []
    for heading in region.iter("h1"):
        if _text_length(heading):
            return []
    above = {id(e): e for e in region.iterancestors()}
    headline = None
    first_of_its_text: dict[str, etree._Element] = {}
    for heading in _headings_before(body, region):  # the last one before the region wins
        if _text_length(heading) and not is_hidden(heading):
            if not _precedes(heading, region, above):
                break
            headline = heading
            first_of_its_text.setdefault(_heading_text(heading), heading)
    if headline is None:
        return []
    # The same headline set twice (a splash version above the article's own header): the
    # standfirst may sit under either, so the search starts under the first.
    headline = first_of_its_text[_heading_text(headline)]
    found: list[etree._Element] = []
    node = headline
    while id(node) not in above:
        for sibling in node.itersiblings():
            if _collect(sibling, region, above, found):
                return found + _paragraphs_before(region, found)
        parent = node.getparent()
        if parent is None:
            break
        node = parent
    return found


def _headings_before(body: etree._Element, region: etree._Element) -> Iterator[etree._Element]:
    """The ``<h1>`` elements of ``body`` in reading order up to ``region`` (an ``<h1>`` that
    holds the region among them, where it comes), as ``body.iter("h1")`` yields them: only
    what comes before the region is walked, not the region and the rest of the page, where
    no ``<h1>`` could be the headline."""
    chain = [region]
    for ancestor in region.iterancestors():
        chain.append(ancestor)
        if ancestor is body:
            break
    else:  # the region is not inside body: read body whole
        yield from body.iter("h1")
        return
    chain.reverse()
    for holder, inner in itertools.pairwise(chain):
        if holder.tag == "h1":
            yield holder
        for child in holder:
            if child is inner:
                break
            yield from child.iter("h1")


def _heading_text(heading: etree._Element) -> str:
    return " ".join("".join(heading.itertext()).split()).casefold()


def _paragraphs_before(region: etree._Element, found: list[etree._Element]) -> list[etree._Element]:
    """The plain paragraphs right before the region, beside it in the same container: an
    intro paragraph before the container of the questions and answers (a Q&A ``<table>``,
    ``<dl>`` or ``<div>``), which holds most of the prose and so became the region alone."""
    out: list[etree._Element] = []
    for sibling in region.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag != "p" or sibling in found or is_hidden(sibling) or is_chrome(sibling):
            break
        if not _sentence_long(" ".join("".join(sibling.itertext()).split())):
            break
        out.append(sibling)
    return out[::-1]


def _precedes(
    element: etree._Element, region: etree._Element, above: dict[int, etree._Element]
) -> bool:
    """Does ``element`` (outside the region) come before the region in reading order?"""
    child = element
    parent = element.getparent()
    while parent is not None and id(parent) not in above:
        child, parent = parent, parent.getparent()
    if parent is None:
        return False
    # ``child`` is the common ancestor's child holding the element; find the one holding the
    # region and compare their places.
    holder = region
    while (up := holder.getparent()) is not None and up is not parent:
        holder = up
    before: bool = parent.index(child) < parent.index(holder)
    return before


def _collect(
    element: etree._Element,
    region: etree._Element,
    above: dict[int, etree._Element],
    found: list[etree._Element],
) -> bool:
    """Collect the standfirst candidates in ``element``; ``True`` once the region is reached."""
    if not isinstance(element.tag, str):
        return False
    if element is region:
        return True
    if id(element) in above:
        # the region's ancestor: what comes before the region in it, then the region
        return any(_collect(child, region, above, found) for child in element)
    tag = element.tag
    if tag in _MEDIA_TAGS or is_hidden(element):
        return False
    if tag != "header" and is_chrome(element):
        return False
    raw = element.get("class")
    ident = element.get("id")
    if raw or ident:
        named = _standfirst_named(raw, ident)
        if named is None:
            return False  # the lead image's box, the author's, the date line: no standfirst
        if named and _standfirst_text(element):
            found.append(element)
            return False
    for child in element:
        _collect(child, region, above, found)
    return False


_MEDIA_TAGS = frozenset({"figure", "figcaption", "picture", "video", "audio"})


@functools.lru_cache(maxsize=4096)
def _standfirst_named(raw: str | None, ident: str | None) -> bool | None:
    """Do class/id words name a standfirst (``None``: a box that holds none, see
    ``_NOT_STANDFIRST_WORDS``)? (Kept per class and id, as :func:`_chrome_words`.)"""
    tokens = tokens_of(raw, ident)
    if not _NOT_STANDFIRST_WORDS.isdisjoint(tokens):
        return None
    return not STANDFIRST_WORDS.isdisjoint(tokens)


def _standfirst_text(element: etree._Element) -> bool:
    """Does an element named like a standfirst hold one: a sentence or two of text, not a box
    with an image, a list or a table, and not a row of links?"""
    for _ in element.iterdescendants("img", "figure", "figcaption", "h1", "ul", "ol", "table"):
        return False
    text = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
    text = " ".join(text.split())
    if not text or len(text) > _STANDFIRST_MAX:
        return False
    linked = sum(_text_length(link) for link in element.iter("a") if link.get("href") is not None)
    if linked * 2 > len(text):
        return False
    return _sentence_long(text)


def _sentence_long(text: str) -> bool:
    """Long enough for a sentence or two, not a kicker ("Interview") or a date."""
    uncased = sum(1 for ch in text if ch.isalpha() and ch.lower() == ch.upper())
    least = _STANDFIRST_MIN_UNCASED if uncased * 2 > len(text) else _STANDFIRST_MIN
    return len(text) >= least
