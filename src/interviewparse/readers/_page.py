"""Parse a page with lxml, read what it says about itself, and strip what can never be content.

lxml is the fast first pass (a bare parse is the floor the reader's speed is measured against):
the whole page is parsed once here, the elements the page metadata is read from are gathered in
one tag-filtered pass over the tree (its ``<meta>`` tags, JSON-LD scripts, headline and author
links: :func:`read_facts`), and elements that never carry article text (scripts, styles, SVG,
forms' controls, hidden nodes) are removed in C before any Python-level walk happens. The rest
of the metadata (the JSON-LD parsed, one XPath search for microdata types) is read off the
cleaned page when it is wanted (:func:`read_page_meta`): not for a page that a look at its
article settles as no interview (``api.find_interview``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

import attrs
from lxml import etree

from ..blocks import PageMeta

__all__ = [
    "JsonLd",
    "PageFacts",
    "clean",
    "parse_page",
    "read_facts",
    "read_page_meta",
]

_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.I)
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|·•–—-]|::)\s+")
_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "interview",
        "webpage",
        "socialmediaposting",
        "scholarlyarticle",
        "techarticle",
        "podcastepisode",
        "review",
        "posting",
        "backgroundnewsarticle",
        "creativework",
        "liveblogposting",
    }
)

#: Elements removed with everything inside them: never article text.
JUNK_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "head",
    "link",
    "meta",
    "source",
    "video",
    "audio",
    "track",
    "map",
    "input",
    "select",
    "option",
    "textarea",
    "button",
    "dialog",
)

#: Container tags dropped when a page nests deeper than the parser's depth limit.
_CONTAINERS = re.compile(
    r"</?(?:div|section|article|main|aside|span|font|center|table|tbody|thead|tr|td|th|ul|ol|li"
    r"|dl|dt|dd|blockquote|header|footer|nav|figure|form|fieldset|details|summary)\b[^<>]{0,2000}>",
    re.I,
)

#: Last resort when inline tags (``<b>``, ``<em>``, ``<h2>``...) nest past the depth limit:
#: drop every tag but paragraph breaks and the ones whose content must stay hidden.
_ALL_BUT_PARAGRAPHS = re.compile(
    r"<(?!/?(?:p|br|script|style|noscript|template|title|head|body|html|meta)\b)[^<>]{0,2000}>",
    re.I,
)


def _parser(encoding: str | None = None) -> etree.HTMLParser:
    # A parser per page: its error log says whether the depth limit cut the page short.
    # (No table of the ``id`` attributes: nothing looks an element up by its id.)
    return etree.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        default_doctype=False,
        collect_ids=False,
        encoding=encoding,
    )


def _cut_short(parser: etree.HTMLParser) -> bool:
    """Did libxml2's nesting limit (256 levels) make it drop part of the page?"""
    return any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log)


#: An XML declaration opening the page (after white space), matched without copying the page.
_LEADING_XML = re.compile(r"\s*<\?xml")


JsonLd = dict[str, Any]


def _norm(text: str | None) -> str:
    # str.split() breaks at the characters the regex ``\s`` matches, without a regex's cost
    return " ".join(text.split()) if text else ""


def parse_page(html: str, utf8: bytes | None = None) -> etree._Element | None:
    """Parse ``html`` with lxml's HTML parser; ``None`` when nothing element-like is in it.

    The plain ``etree`` HTML parser (not ``lxml.html``) is used: no custom element classes,
    so every element proxy is cheaper to create in the later walks. ``utf8``, when given, is
    ``html`` encoded as UTF-8 (the input's own bytes): libxml2 reads those faster than a str,
    which it has to convert first.
    """
    xml_declared = _LEADING_XML.match(html) is not None
    if utf8 is not None and not xml_declared:
        parser = _parser(encoding="utf-8")  # as given: any <meta charset> is overruled
        try:
            root = etree.fromstring(utf8, parser)
        except (etree.ParserError, ValueError):
            root = None
        if root is not None and not _cut_short(parser):
            return root
    if xml_declared:
        # lxml refuses str input carrying an encoding declaration; the text is decoded already.
        html = _XML_DECL.sub("", html, count=1)
    parser = _parser()
    try:
        root = etree.fromstring(html, parser)
    except (etree.ParserError, ValueError):
        return None
    for flatten in (_CONTAINERS, _ALL_BUT_PARAGRAPHS):
        if not _cut_short(parser):
            break
        # libxml2 drops everything nested deeper than 256 elements. Real pages never get
        # there; hostile ones do. Flatten the container tags (then, for inline tags nested
        # that deep, every tag but paragraphs) and parse again so that the text survives
        # (the structure of such a page is meaningless anyway).
        parser = _parser()
        try:
            root = etree.fromstring(flatten.sub(" ", html), parser)
        except (etree.ParserError, ValueError):
            return None
    return root


def _iter_jsonld(value: Any) -> Iterator[JsonLd]:
    """Every JSON-LD object in a parsed script, flattening lists and ``@graph``."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(reversed(graph))


def _types(obj: JsonLd) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind.lower()}
    if isinstance(kind, list):
        return {k.lower() for k in kind if isinstance(k, str)}
    return set()


def _jsonld(scripts: list[str]) -> list[JsonLd]:
    """The JSON-LD objects describing an article in the text of a page's JSON-LD scripts
    (:func:`read_facts`), best (most specific) first."""
    found: list[JsonLd] = []
    by_id: dict[str, JsonLd] = {}
    for text in scripts:
        raw = text.strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for obj in _iter_jsonld(data):
            node_id = obj.get("@id")
            if isinstance(node_id, str) and len(obj) > 1:
                by_id.setdefault(node_id, obj)
            if _types(obj) & _ARTICLE_TYPES:
                found.append(obj)
    # WebPage is the least specific: put real article types first.
    found.sort(key=lambda obj: ("webpage" in _types(obj), "articleBody" not in obj))
    return [_resolve_references(obj, by_id) for obj in found]


def _resolve_references(obj: JsonLd, by_id: dict[str, JsonLd]) -> JsonLd:
    """An article's author and publisher given as ``{"@id": ...}`` references (as SEO plugins
    write a ``@graph``) replaced by the node they point at, so their names can be read."""
    resolved = dict(obj)
    for key in ("author", "publisher"):
        value = obj.get(key)
        items = value if isinstance(value, list) else [value]
        if not any(isinstance(item, dict) and "name" not in item for item in items):
            continue
        out: list[Any] = []
        for item in items:
            ref = item.get("@id") if isinstance(item, dict) and "name" not in item else None
            out.append(by_id.get(ref, item) if isinstance(ref, str) else item)
        resolved[key] = out
    return resolved


def _names(value: Any) -> list[str]:
    """Names out of a JSON-LD person/organisation value (string, object, or a list of them)."""
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str):
            name = item
        elif isinstance(item, dict):
            raw = item.get("name")
            name = raw if isinstance(raw, str) else ""
        else:
            name = ""
        name = _norm(name)
        if name and not name.startswith("http") and name not in out:
            out.append(name)
    return out


def _add_meta(element: etree._Element, found: dict[str, str]) -> None:
    """Note one ``<meta property|name|itemprop=key content>`` tag's value under each of its
    keys not noted yet (keys lower-cased: the first value per key counts). A tag that puts its
    value in ``value=`` instead of ``content=`` (a common slip that browsers and crawlers
    forgive) counts too."""
    content = element.get("content") or element.get("value")
    if not content:
        return
    value = _norm(content)
    if not value:
        return
    for attr in ("property", "name", "itemprop", "http-equiv"):
        key = element.get(attr)
        if key:
            found.setdefault(key.strip().lower(), value)


def _first(metas: dict[str, str], *keys: str) -> str | None:
    for key in keys:
        value = metas.get(key)
        if value:
            return value
    return None


def _strip_site_suffix(title: str, site: str | None) -> str:
    """``"Headline | Site"`` → ``"Headline"``: drop the part after the last separator when it is
    the site's name or short enough to be one."""
    last = None
    for last in _TITLE_SEPARATOR.finditer(title):  # noqa: B007 - the last match is wanted
        pass
    if last is None or last.start() == 0:
        return title
    tail = title[last.end() :].strip()
    if (site and tail.lower() in site.lower()) or len(tail) <= 30:
        return title[: last.start()].strip()
    return title


def declared_types(root: etree._Element) -> tuple[str, ...]:
    """Every schema.org type the page declares about itself, lower-cased, in order of first
    appearance: each ``@type`` in its JSON-LD (at any depth: a FAQ is often a ``mainEntity``
    or ``subjectOf`` of the page's main object; read off the text, so that a script a comma
    too many makes invalid still counts) and the last segment of each microdata ``itemtype``
    ("https://schema.org/FAQPage" is "faqpage")."""
    return _declared_types(read_facts(root).scripts, root)


def _declared_types(
    scripts: list[str], root: etree._Element, removed: Sequence[str] = ()
) -> tuple[str, ...]:
    """:func:`declared_types`, given the text of the page's JSON-LD scripts; ``removed``: the
    ``itemtype`` values of the elements :func:`clean` removed from ``root`` (read by
    :func:`read_facts`), which count before the rest."""
    found: dict[str, None] = {}
    for text in scripts:
        for value in _LD_TYPE.findall(text):
            for kind in _LD_TYPE_NAME.findall(value):
                found.setdefault(kind.lower(), None)
    itemtypes = _ITEMTYPES(root)
    if isinstance(itemtypes, list):
        for value in [*removed, *itemtypes]:
            for kind in str(value).split():
                name = kind.rstrip("/").rsplit("/", 1)[-1].lower()
                if name:
                    found.setdefault(name, None)
    return tuple(found)


_ITEMTYPES = etree.XPath("descendant-or-self::*/@itemtype")


#: A JSON-LD ``"@type": "X"`` or ``"@type": ["X", "Y"]``, and the names in its value.
_LD_TYPE = re.compile(r'"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")')
_LD_TYPE_NAME = re.compile(r'"(?:[^"]*[/:])?([A-Za-z][A-Za-z0-9]*)"')


@attrs.define
class PageFacts:
    """What :func:`read_page_meta` reads off single elements, read in one pass before
    :func:`clean` removes some of them (:func:`read_facts`): the rest of the metadata (the
    JSON-LD parsed, the microdata types) is read off the cleaned page, and only when it is
    wanted: finding the interviews in a crawl needs none of it for most pages."""

    metas: dict[str, str] = attrs.Factory(dict)
    scripts: list[str] = attrs.Factory(list)  # the text of each JSON-LD script
    h1: str | None = None  # the first headline with text
    first_h1: etree._Element | None = None
    title: str | None = None
    time: str | None = None  # the first ``<time datetime>``
    canonical: str | None = None
    author_link: str | None = None  # ``<a rel="author">``
    byline_link: str | None = None  # a link whose class says it is the byline
    #: the byline set as plain text around the first headline (:func:`_byline_element`)
    byline_text: str | None = None
    #: the microdata types declared by the elements read here that cleaning removes
    #: (``<link itemscope itemtype=…>``)
    itemtypes: list[str] = attrs.Factory(list)

    def url(self, url: str | None) -> str | None:
        """The page's address: ``url`` as given, else the one the page states."""
        return url or self.canonical or _first(self.metas, "og:url")

    def og_title(self) -> str | None:
        """The title the page gives social media (``og:title``, ``twitter:title``)."""
        return _first(self.metas, "og:title", "twitter:title")

    def has_headline(self) -> bool:
        """Will :func:`read_page_meta` give the page a headline (``h1`` or ``title``)?"""
        # (an h1 is a headline whatever the title: the JSON-LD need not be parsed for it; nor
        # does the site's name decide, a site suffix being never all of a title)
        return self.h1 is not None or _title(self, None, None) is not None


def _title(facts: PageFacts, article: JsonLd | None, site: str | None) -> str | None:
    """The page's headline: og:title, JSON-LD headline (``article``: the page's first JSON-LD
    article, parsed here when ``None`` and needed), the first ``<h1>``, then ``<title>`` minus
    a site suffix."""
    title = facts.og_title()
    if not title:
        if article is None:
            jsonld = _jsonld(facts.scripts)
            article = jsonld[0] if jsonld else {}
        headline = article.get("headline")
        title = (headline if isinstance(headline, str) and headline else None) or facts.h1
    if not title and facts.title:
        title = _strip_site_suffix(facts.title, site)
    return _norm(title) or None if title else None


#: The elements :func:`read_facts` reads, the commonest first.
_GATHERED = ("a", "meta", "script", "link", "time", "h1", "title")


def read_facts(root: etree._Element) -> PageFacts:
    """One pass over the page (lxml's tag-filtered ``iter`` runs in C) for everything
    :func:`read_page_meta` reads off single elements: each full pass costs a fair share of
    the parse itself, and the page's links alone are most of what the pass yields. Read
    before :func:`clean`, which removes the ``<meta>``, ``<script>`` and ``<link>`` elements
    (and a byline set in a ``<button>``).

    In document order: every ``<meta>`` (see :func:`_add_meta`), the JSON-LD scripts, the
    first ``<h1>`` and ``<title>`` with text, the first ``<time datetime>``, the canonical
    link, and the links that name the author: ``<a rel="author">``, the cheapest reliable
    byline signal, else a link whose class says it is one (``class="author-link"``,
    ``"byline"``), as CMS themes mark it (without either, :func:`_byline_element` looks for
    a byline set as plain text around the first headline)."""
    got = PageFacts()
    metas = got.metas
    for element in root.iter(*_GATHERED):
        tag = element.tag
        if tag == "a":  # menus hold hundreds of links: cheap tests first
            if got.author_link is not None:
                continue
            rel = element.get("rel")
            if rel and "author" in rel.lower().split():
                text = _norm("".join(element.itertext()))
                if 2 < len(text) <= 120:
                    got.author_link = text
            if got.byline_link is not None:
                continue
            classes = element.get("class")
            if not classes:
                continue
            lowered = classes.lower()
            if ("author" in lowered or "byline" in lowered) and _BYLINE_CLASS.search(classes):
                text = _norm("".join(element.itertext()))
                if 2 < len(text) <= 120:
                    got.byline_link = text
            continue
        if tag in _REMOVED_FACTS:
            itemtype = element.get("itemtype")
            if itemtype is not None:
                got.itemtypes.append(itemtype)
        if tag == "meta":
            _add_meta(element, metas)
        elif tag == "script":
            if (element.get("type") or "").strip().lower() == "application/ld+json":
                got.scripts.append(element.text or "")
        elif tag == "link":
            if (
                got.canonical is None
                and (element.get("rel") or "").lower() == "canonical"
                and element.get("href")
            ):
                got.canonical = _norm(element.get("href"))
        elif tag == "time":
            if got.time is None:
                stamp = element.get("datetime")
                if stamp and stamp.strip():
                    got.time = stamp.strip()
        elif tag == "h1":
            if got.first_h1 is None:
                got.first_h1 = element
            if got.h1 is None:
                got.h1 = _norm("".join(element.itertext())) or None
        elif got.title is None:  # a <title>
            got.title = _norm("".join(element.itertext())) or None
    if got.author_link is None and got.byline_link is None and got.first_h1 is not None:
        got.byline_text = _byline_element(got.first_h1)
    return got


#: The elements :func:`read_facts` reads that :func:`clean` removes.
_REMOVED_FACTS = frozenset(_GATHERED).intersection(JUNK_TAGS)


def read_page_meta(
    root: etree._Element, url: str | None, facts: PageFacts | None = None
) -> PageMeta:
    """Everything the page says about itself (its tags and its JSON-LD). ``facts`` is what
    :func:`read_facts` read before the page was cleaned; without it, the page is read whole
    (an uncleaned page). Off a cleaned page, microdata types declared inside other elements
    cleaning removes (a ``<noscript>``, a ``<button>``) are not read: no real page of the
    corpus or the crawl declares its types there (``tests/test_page_head.py``)."""
    cleaned = facts is not None
    got = read_facts(root) if facts is None else facts
    jsonld = _jsonld(got.scripts)
    metas = got.metas
    article = jsonld[0] if jsonld else {}
    site = _first(metas, "og:site_name", "application-name")
    if not site:
        publisher = _names(article.get("publisher"))
        site = publisher[0] if publisher else _first(metas, "twitter:site")
    published = _first(
        metas, "article:published_time", "datepublished", "date", "pubdate", "dc.date"
    )
    if not published and isinstance(article.get("datePublished"), str):
        published = article["datePublished"]
    if not published:
        published = got.time
    authors: list[str] = []
    for obj in jsonld:  # the most specific article first; a later one may name the author
        authors = _names(obj.get("author"))
        if authors:
            break
    if not authors:
        meta_author = _first(metas, "author", "article:author", "dc.creator")
        if meta_author and not meta_author.startswith("http"):
            authors = [meta_author]
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        lang = _first(metas, "og:locale", "language", "content-language")
    keywords = _first(metas, "news_keywords", "keywords")
    byline = got.author_link or got.byline_link or got.byline_text
    return PageMeta(
        title=_title(got, article, site),
        site_name=site,
        published=published,
        authors=tuple(authors),
        language=_norm(lang).replace("_", "-") or None if lang else None,
        url=got.url(url),
        description=_first(metas, "og:description", "description", "twitter:description"),
        og_title=got.og_title(),
        h1=got.h1,
        head_title=got.title,
        byline=byline,
        keywords=tuple(k.strip() for k in keywords.split(",") if k.strip()) if keywords else (),
        types=_declared_types(got.scripts, root, got.itemtypes if cleaned else ()),
    )


_BYLINE_CLASS = re.compile(r"(?:^|\s)(?:author|byline)(?:[-_](?:link|name))?(?:\s|$)", re.I)
# "byline", "c-byline", "post-author", "author__name", "BylineName": a class token with
# "byline" or "author" as one of its parts ...
_BYLINE_TOKEN = re.compile(r"(?:^|[-_])(?:byline|author)(?:$|[-_])|^byline", re.I)
# ... unless another part says the element is the author's box, not the line crediting them.
_NOT_BYLINE_PART = re.compile(
    r"(?:^|[-_])(?:bio|box|card|desc|description|about|avatar|image|img|photo|picture|social"
    r"|follow|more|list|page|archive|comment|comments|reply)(?:$|[-_])",
    re.I,
)
# Not part of the credit's text: the date beside it, scripts, icons.
_BYLINE_SKIP = frozenset({"time", "script", "style", "svg", "button", "noscript"})
_BYLINE_MAX = 120


#: How far above the headline the article's header may start (``h1`` in ``header`` in
#: ``div`` in ``article``): the byline is looked for there, not in the whole page.
_HEADER_REACH = 3


def _byline_element(headline: etree._Element) -> str | None:
    """A byline set as plain text: ``<div class="byline">Interview by Ada Weiss <time>…``,
    ``<span itemprop="author">``. The first such element around the headline, outside
    comments, that holds a short credit; the date written beside it is left out.

    Only the headline's surroundings are searched (a few levels above the first ``<h1>``):
    a whole-page search costs as much as parsing the page, and finds the authors of related
    stories and comments first."""
    scope = headline
    for _ in range(_HEADER_REACH):
        parent = scope.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        scope = parent
    for element in scope.iter(etree.Element):
        # Does the element's class (any case) or ``itemprop`` say it is the byline? (Tested
        # here, not in a function: the scope may hold thousands of elements.)
        classes = element.get("class")
        if not (
            classes
            and ("byline" in (lowered := classes.lower()) or "author" in lowered)
            and _byline_class(classes)
        ) and (element.get("itemprop") != "author"):
            continue
        if element.tag in _BYLINE_SKIP:
            continue
        if any(_NOT_BYLINE_PART.search(c) for a in element.iterancestors() for c in _classes(a)):
            continue
        text = _norm(" ".join(_credit_text(element)))
        if 2 < len(text) <= _BYLINE_MAX and any(ch.isalpha() for ch in text):
            return text
    return None


def _classes(element: etree._Element) -> list[str]:
    classes = element.get("class")
    return classes.split() if classes else []


def _byline_class(classes: str) -> bool:
    tokens = classes.split()
    return any(_BYLINE_TOKEN.search(t) and not _NOT_BYLINE_PART.search(t) for t in tokens)


def _credit_text(element: etree._Element) -> Iterator[str]:
    """The element's text, without its ``<time>`` (or script, icon) descendants."""
    if element.text:
        yield element.text
    for child in element:
        if isinstance(child.tag, str) and child.tag not in _BYLINE_SKIP:
            yield from _credit_text(child)
        if child.tail:
            yield child.tail


def clean(root: etree._Element) -> None:
    """Remove, in place and in C, every element that can never hold article text.

    Tails (text after an element) are kept. Hidden elements are skipped later, during the
    walks that already visit every element (see ``_content.is_hidden``).
    """
    etree.strip_elements(root, *JUNK_TAGS, with_tail=False)
