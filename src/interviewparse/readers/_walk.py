"""Walk a region of the page once and emit the block stream, with the page's cues.

The walk reads lxml's tree as parsed (:class:`Region`: text from each element's ``text`` and
each child's ``tail``), leaving out what a reader never sees: hidden elements, comments, and
the white space that indents block elements in the source.

Block elements (``p``, headings, list items, quotes, cells, captions, divs with text) end a
block; inline elements (``b``, ``em``, ``a``, ``span`` ...) only change the style of the text
runs they hold. Each run remembers whether it is bold, italic, or inside a link, so a block's
``emphasis`` / ``italic`` / ``link_density`` are character shares computed once, at the end of
the block. ``<br>`` splits a block into separate turns (a bold question and its plain answer in
one ``<p>``). Runs are joined as written, without inventing spaces, so ``I<span>t</span>`` stays
"It" and a footnote ``<sup>1</sup>`` stays glued to its word.
"""

from __future__ import annotations

import copy
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator

from lxml import etree

from .. import lexicon
from ..blocks import Block, BlockKind
from ..cues import ends_with_question, is_request_sentence
from ..models import BoilerplateKind
from ._content import is_hidden
from ._hints import (
    TABLE_OF_CONTENTS,
    WIDGET_CONTROL,
    Hint,
    box_verdict,
    collapsible_classes,
    generic_box_hint,
    text_hint,
    tokens_of,
)

__all__ = ["Region", "walk_region"]

_SPACE = re.compile(r"\s+")
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|bolder|[6-9]00)", re.I)
_NORMAL_STYLE = re.compile(r"font-weight\s*:\s*(normal|lighter|[1-4]00)", re.I)
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*(italic|oblique)", re.I)
_BOLD_CLASSES = frozenset(
    {"bold", "strong", "font-bold", "fw-bold", "font-semibold", "fw-semibold"}
)
#: Class words that say an element holds the interviewer's question ("question",
#: "interview__question", "qa-question", "frage", "pregunta", "domanda", "vopros" ...): markup
#: evidence as strong as bold type, so the question is read as if set in bold.
_QUESTION_WORDS = lexicon.words("question_class_words")
#: Class words beside which a question word names something else: an FAQ widget, a box holding
#: questions and answers together, a quiz.
_NOT_QUESTION_WORDS = lexicon.words("answer_class_words") | {"faq", "faqs", "quiz"}
#: A cheap first test on the raw class names, before they are split into words.
_QUESTION_CLASS_HINT = re.compile("|".join(sorted(_QUESTION_WORDS)), re.I)
#: A question marked by its class is a paragraph or so long, not a container of many.
_MARKED_QUESTION_MAX = 600
#: A dialogue dash opening a turn; doubled: Japanese "――" (or "──", box-drawing lines, which
#: a run of more is a rule, not a dash), Chinese "——".
_DASH = re.compile(r"^(([—–―])\2?|──(?!─)|-(?=\s))\s*")
_DASH_FIRST = frozenset("—–―─-")
_LABEL_TEXT = re.compile(r"^(?P<label>[^\s:：?!][^:：?!]{0,59}?)\s*[:：]\s*(?P<rest>.*)$", re.S)
#: A label ends in a colon, or in the full-width one of Chinese and Japanese ("问：", "Ｑ：").
_COLONS = (":", "：")
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)

#: Block elements that set up a context of their own kind (a heading, a list, an item, a
#: quote, a caption); the others continue their parent's paragraph, quote or list item.
_OWN_CONTEXT = frozenset(
    {
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "menu",
        "dir",
        "li",
        "blockquote",
        "figcaption",
        "caption",
    }
)

#: Elements that end a block. Everything else is inline.
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "caption",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)

# A text run: (text, bold, italic, link). ``None`` marks a <br>.
_Run = tuple[str, bool, bool, bool]


_UNCOUNTED = [1, 1]
#: Markup nested deeper than this below the walked element is hostile input: the walk keeps
#: its text and flattens its structure.
_MAX_DEPTH = 400
#: The elements that may be hidden (``_content.is_hidden`` looks at these attributes only).
_MAYBE_HIDDEN = etree.XPath(
    # (the owners of the attributes: a third of the time of a test on every element)
    "(descendant-or-self::*/@hidden | descendant-or-self::*/@style"
    " | descendant-or-self::*/@aria-hidden)/.."
)
_TOO_DEEP = etree.XPath("boolean(" + "/".join(["*"] * (_MAX_DEPTH + 1)) + ")")
_WITH_CLASS = etree.XPath("descendant::*[@class]")
_AT_MAX_DEPTH = etree.XPath("/".join(["*"] * _MAX_DEPTH))
#: The name of the document that holds a walked region, as it opens every block's ``source``
#: ("[document]>article[1]>p[3]").
_DOCUMENT = "[document]"


class Region:
    """The subtree the walk reads, as the reader sees it: without hidden elements (see
    ``_content.is_hidden``), comments and processing instructions (their tails are text), or
    white space between block elements (source indentation is never text).

    ``element`` is the subtree's root; ``hidden`` the hidden elements in it (found once, in
    C, among the few with an attribute that may hide). The elements stay lxml's own: nothing
    is copied, except for markup nested absurdly deep (hostile input), whose text is kept in a
    copy flattened at :data:`_MAX_DEPTH`."""

    __slots__ = ("element", "hidden")

    def __init__(self, element: etree._Element) -> None:
        deep = bool(_TOO_DEEP(element))
        if deep:
            element = copy.deepcopy(element)
        self.element = element
        self.hidden: set[etree._Element] = {
            node for node in _maybe_hidden(element) if is_hidden(node)
        }
        if deep:
            _flatten(element)  # (what is hidden was judged on the markup as written)

    def text(self, element: etree._Element) -> str:
        """The text of a visible element, as its runs would be joined."""
        parts: list[str] = []
        self._collect(element, parts)
        return "".join(parts)

    def all_text(self) -> str:
        """The text of the whole region."""
        return "" if self.element in self.hidden else self.text(self.element)

    def _collect(self, element: etree._Element, parts: list[str]) -> None:
        text = element.text
        if text and not (text.isspace() and len(element) and element[0].tag in BLOCK_TAGS):
            parts.append(text)
        hidden = self.hidden
        for child in element:
            tag = child.tag
            if type(tag) is str and not (hidden and child in hidden):
                self._collect(child, parts)
            tail = child.tail
            if tail and not (tail.isspace() and tag in BLOCK_TAGS):
                parts.append(tail)

    def descendants(self, element: etree._Element, *tags: str) -> Iterator[etree._Element]:
        """The visible elements inside ``element`` (of one of the ``tags``, if given), in
        document order."""
        found: Iterator[etree._Element] = element.iterdescendants(*tags or (etree.Element,))
        if not self.hidden:
            return found
        return (node for node in found if self.shown_in(node, element))

    def shown_in(self, node: etree._Element, top: etree._Element) -> bool:
        """Is ``node``, inside the visible ``top``, outside every hidden element?"""
        hidden = self.hidden
        if node is top:
            return True
        if node in hidden:
            return False
        for parent in node.iterancestors():
            if parent is top:
                return True
            if parent in hidden:
                return False
        return True

    def ancestors(self, element: etree._Element) -> Iterator[etree._Element]:
        """The elements around ``element``, nearest first, up to the region's root."""
        top = self.element
        if element is top:
            return
        for parent in element.iterancestors():
            yield parent
            if parent is top:
                return


def _maybe_hidden(element: etree._Element) -> list[etree._Element]:
    found: list[etree._Element] = _MAYBE_HIDDEN(element)
    return found


def _flatten(element: etree._Element) -> None:
    """Make the elements at :data:`_MAX_DEPTH` below ``element`` hold their subtree's text as
    their own."""
    deepest: list[etree._Element] = _AT_MAX_DEPTH(element)
    for node in deepest:
        own = node.text or ""
        whole: str = etree.tostring(node, method="text", encoding="unicode", with_tail=False)
        rest = whole[len(own) :]
        if own.isspace() and len(node) and node[0].tag in BLOCK_TAGS:
            own = ""  # indentation before a block element
        for child in list(node):
            node.remove(child)
        node.text = own + rest


_NO_CLASS: tuple[str | None, str | None, bool] = (None, None, False)


@functools.lru_cache(maxsize=4096)
def _class_names(raw: str) -> tuple[str | None, str | None, bool]:
    """For an element's ``class`` attribute: its names joined by single blanks (None when it
    names none), the first name, and does a name say bold ("font-bold")? A page repeats its few
    class strings on element after element."""
    names = raw.split()
    if not names:
        return None, None, False
    return " ".join(names), names[0], not _BOLD_CLASSES.isdisjoint(names)


class _Context:
    """Where the walk is: the enclosing block element and what it implies for its text."""

    __slots__ = (
        "hint",
        "kind",
        "level",
        "list_counter",
        "list_depth",
        "list_type",
        "marker",
        "path",
    )

    def __init__(
        self,
        kind: BlockKind,
        path: str,
        *,
        level: int = 0,
        hint: Hint | None = None,
        list_depth: int = 0,
    ) -> None:
        self.kind = kind
        self.path = path
        self.level = level
        self.hint = hint
        self.marker: str | None = None
        self.list_depth = list_depth
        self.list_type: str | None = None  # "ol" / "ul" for list containers
        # next number, step (-1 when reversed): a list container sets its own (only an "ol"
        # one is ever read or counted on), so the others share one they never touch
        self.list_counter: list[int] = _UNCOUNTED


def _roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def _ol_marker(number: int, kind: str | None) -> str:
    if kind == "a" and 0 < number <= 26:
        return f"{chr(96 + number)}."
    if kind == "A" and 0 < number <= 26:
        return f"{chr(64 + number)}."
    if kind == "i" and number > 0:
        return f"{_roman(number)}."
    if kind == "I" and number > 0:
        return f"{_roman(number).upper()}."
    return f"{number}."


def _visible_length(text: str) -> int:
    return len(text) - text.count(" ") - text.count("\n") - text.count("\t") - text.count("\xa0")


#: A test the reader applies to an element (a profile's selectors), or a verdict it gives one.
ElementTest = Callable[[etree._Element], bool]
ElementHint = Callable[[etree._Element], Hint | None]


class _Walker:
    """One walk over a region. Collects blocks in ``self.blocks``."""

    def __init__(
        self,
        region: Region,
        region_chars: int,
        title: str | None,
        selector_hint: ElementHint | None,
        question_mark: ElementTest | None,
    ) -> None:
        self.region = region
        self.blocks: list[Block] = []
        self.runs: list[_Run | None] = []
        self.region_chars = region_chars
        self.title = _SPACE.sub(" ", title).strip().lower() if title else None
        self.title_seen = False
        self.pending_label: str | None = None
        self.selector_hint = selector_hint
        self.question_mark = question_mark
        self.marked_depth = 0
        self.image_scope: str | None = None
        # paragraphs split at a bold question lead, and those split at a bold topic lead
        # (the index of the lead's block, and the paragraph whole): the latter are made whole
        # again unless the page asks in its bold leads (:meth:`settle_topic_leads`)
        self.question_leads = 0
        self.topic_leads: list[tuple[int, Block]] = []
        # the element the walk started from, and does it stand for the document holding it
        # (whose only child it is) rather than for itself
        self.root: etree._Element = region.element
        self.in_document = True
        self.collapsible_chars: int | None = None

    # -- tree -------------------------------------------------------------------------------

    def walk(
        self,
        tag: etree._Element,
        ctx: _Context,
        bold: bool,
        italic: bool,
        link: bool,
        document: bool = False,
    ) -> None:
        """Walk the text and elements inside ``tag`` (with ``document``: walk the document
        holding ``tag``, ``tag`` its only child)."""
        counter = 0
        card: Hint | None = None  # set once a teaser box opened this small container
        hidden = self.region.hidden
        children: Iterable[etree._Element]
        if document:
            children = (tag,)
        else:
            children = tag
            text = tag.text
            # White space between block elements (source indentation) is never text.
            if text and not (text.isspace() and len(tag) and tag[0].tag in BLOCK_TAGS):
                self.runs.append((text, bold, italic, link))
        for child in children:
            name = child.tag
            if type(name) is not str or (hidden and child in hidden):
                pass  # a comment, a processing instruction, a hidden element: its tail is text
            elif name == "br":
                self.runs.append(None)
            elif name in BLOCK_TAGS or name == "li":
                if self.runs:  # (most block elements follow a block: nothing is pending)
                    self.flush(ctx)
                counter += 1
                raw = child.get("class")
                classes, first, _ = _NO_CLASS if raw is None else _class_names(raw)
                inner = self.enter(child, ctx, counter, name, classes, first)
                if card is not None and inner.hint is None:
                    inner.hint = card
                marked = self.question_mark is not None and self.question_mark(child)
                self.marked_depth += marked
                b = bold or (classes is not None and self.question_class(child, classes))
                self.walk(child, inner, b, italic, link)
                if self.runs:
                    self.flush(inner)
                self.marked_depth -= marked
            elif name == "img":
                # Text right beside an image, in a box of its own, is its caption.
                self.image_scope = ctx.path.rsplit(">", 1)[0]
            else:
                raw = child.get("class")
                box = None
                if ctx.hint is None and raw is not None:
                    box = self.box_hint(child, name, _class_names(raw)[0])
                if box is not None:
                    # An inline element named like a box (<a class="teaser">): a box it is.
                    self.flush(ctx)
                    counter += 1
                    inner = _Context(ctx.kind, f"{ctx.path}>{name}[{counter}]", hint=box)
                    self.walk(child, inner, bold, italic, link)
                    self.flush(inner)
                    if _visible_length(self.region.text(tag)) <= 800:
                        # A teaser card: the blurb after the link in the same small box is
                        # part of the card.
                        card = Hint(box.kind, f"{box.reason} (same card)", "html.same-card")
                else:
                    b, i, a = self.inline_style(child, name, raw, bold, italic, link)
                    if not len(child):
                        # (the common inline element, a link or a bold phrase, holds text
                        # alone: its run is taken here, without a walk of its own)
                        text = child.text
                        if text:
                            self.runs.append((text, b, i, a))
                    elif self.question_mark is not None and self.question_mark(child):
                        self.marked_depth += 1
                        self.walk(child, ctx, b, i, a)
                        self.marked_depth -= 1
                    else:
                        self.walk(child, ctx, b, i, a)
            if document:
                break
            tail = child.tail
            if tail and not (tail.isspace() and name in BLOCK_TAGS):
                self.runs.append((tail, bold, italic, link))

    def inline_style(
        self,
        tag: etree._Element,
        name: str,
        raw_classes: str | None,
        bold: bool,
        italic: bool,
        link: bool,
    ) -> tuple[bool, bool, bool]:
        if name in ("b", "strong"):
            bold = True
        elif name in ("i", "em", "cite", "dfn"):
            italic = True
        elif name == "a":
            link = link or tag.get("href") is not None
        style = tag.get("style")
        if style:
            if _BOLD_STYLE.search(style):
                bold = True
            elif _NORMAL_STYLE.search(style):
                bold = False
            if _ITALIC_STYLE.search(style):
                italic = True
        if raw_classes and not bold:
            classes, _first, bold_class = _class_names(raw_classes)
            if bold_class or (classes is not None and self.question_class(tag, classes)):
                bold = True
        return bold, italic, link

    def question_class(self, tag: etree._Element, classes: str) -> bool:
        """Does the element's class say it holds a question ("question", "interview__question",
        "qaQuestion", "frage")? Not a box of questions and answers together, an FAQ widget, or
        an element holding more text than a question."""
        if not _names_question(classes):
            return False
        return _visible_length(self.region.text(tag)) <= _MARKED_QUESTION_MAX

    def enter(
        self,
        tag: etree._Element,
        parent: _Context,
        counter: int,
        name: str,
        classes: str | None,
        first_class: str | None,
    ) -> _Context:
        """The context for a block element inside ``parent`` (``classes``: its class names
        joined by single blanks, the first of them apart)."""
        if first_class is not None:
            path = f"{parent.path}>{name}.{first_class}[{counter}]"
        else:
            path = f"{parent.path}>{name}[{counter}]"
        hint = parent.hint
        if hint is None:
            hint = self.box_hint(tag, name, classes)
        if name not in _OWN_CONTEXT:
            # a paragraph, a div, a cell ... (most block elements): the common case first
            if parent.kind is BlockKind.QUOTE:
                return _Context(BlockKind.QUOTE, path, hint=hint, list_depth=parent.list_depth)
            if parent.kind is not BlockKind.LIST_ITEM:
                return _Context(BlockKind.PARAGRAPH, path, hint=hint, list_depth=parent.list_depth)
        elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return _Context(BlockKind.HEADING, path, level=int(name[1]), hint=hint)
        if name in ("ul", "ol", "menu", "dir"):
            ctx = _Context(parent.kind, path, hint=hint, list_depth=parent.list_depth + 1)
            ctx.level = parent.level
            ctx.list_type = "ol" if name == "ol" else "ul"
            start = tag.get("start")
            reversed_ = tag.get("reversed") is not None
            try:
                first = int(start) if start is not None else None
            except ValueError:
                first = None
            if first is None:
                # A reversed list counts down to 1 from its number of items.
                hidden = self.region.hidden
                first = (
                    sum(1 for c in tag if c.tag == "li" and not (hidden and c in hidden))
                    if reversed_
                    else 1
                )
            ctx.list_counter = [first, -1 if reversed_ else 1]
            ctx.marker = tag.get("type")  # the numbering type
            return ctx
        if name == "li":
            ctx = _Context(BlockKind.LIST_ITEM, path, hint=hint, list_depth=parent.list_depth)
            ctx.level = max(0, parent.list_depth - 1)
            if parent.list_type == "ol":
                value = tag.get("value")
                number = parent.list_counter[0]
                if value is not None and value.strip().lstrip("-").isdigit():
                    number = int(value)
                ctx.marker = _ol_marker(number, parent.marker)
                parent.list_counter[0] = number + parent.list_counter[1]
            else:
                ctx.marker = "•"
            return ctx
        if name == "blockquote":
            return _Context(BlockKind.QUOTE, path, hint=hint, list_depth=parent.list_depth)
        if name in ("figcaption", "caption"):
            return _Context(BlockKind.CAPTION, path, hint=hint, list_depth=parent.list_depth)
        kind = (
            parent.kind
            if parent.kind in (BlockKind.QUOTE, BlockKind.LIST_ITEM)
            else BlockKind.PARAGRAPH
        )
        ctx = _Context(kind, path, hint=hint, list_depth=parent.list_depth)
        if kind is BlockKind.LIST_ITEM:
            ctx.level = parent.level
            ctx.marker = parent.marker
            parent.marker = None  # the first paragraph of an item carries its marker
        return ctx

    def box_hint(self, tag: etree._Element, name: str, classes: str | None) -> Hint | None:
        """A container's own boilerplate verdict (tag, role, class/id words), if it is small
        enough to be a box inside the article and not the article itself. ``classes``: its
        class names joined by single blanks."""
        if self.selector_hint is not None:
            chosen = self.selector_hint(tag)
            if chosen is not None:
                return chosen
        hidden, hint = box_verdict(name, classes, tag.get("id"), tag.get("role"))
        if hidden and self.in_toggle(tag):
            return WIDGET_CONTROL
        if name in ("ul", "ol") and self.table_of_contents(tag):
            hint = TABLE_OF_CONTENTS
        if hint is None:
            return None
        text = self.region.text(tag)
        size = _visible_length(text)
        if size >= self.region_chars * 0.5 or size > max(800, self.region_chars * 0.3):
            return None  # a box holding much of the article is the article
        if hint.rule == "html.collapsible-box" and self.collapsible_share() > _COLLAPSIBLE_SHARE:
            return None  # boxes that together hold much of the article are the article
        return generic_box_hint(hint, text)

    def in_toggle(self, tag: etree._Element) -> bool:
        """Is the element inside a control the reader clicks to open or close something
        (``role="button"``, a ``<summary>``; the reader drops ``<button>`` elements with the
        page's other form controls)?"""
        for parent in itertools.islice(self.region.ancestors(tag), _TOGGLE_REACH):
            if parent.tag == "summary" or parent.get("role") == "button":
                return True
        return False

    def table_of_contents(self, tag: etree._Element) -> bool:
        """A list of links to places on the same page ("#history", "#faq"): the page's table
        of contents, whose entries repeat its headings (an interview's questions among them)."""
        links = [node for node in self.region.descendants(tag, "a") if node.get("href") is not None]
        if len(links) < _TOC_MIN_LINKS or not all(map(_fragment, links)):
            return False
        text = self.region.text
        linked = sum(_visible_length(text(a)) for a in links)
        return linked >= _TOC_LINK_SHARE * _visible_length(text(tag))

    def collapsible_share(self) -> float:
        """The share of the region's text that its collapsible boxes hold together (counted
        once, when the first of them is met)."""
        if self.collapsible_chars is None:
            region = self.region
            # (only an element with a class may be one: those are found in C)
            elements: list[etree._Element] = _WITH_CLASS(self.root)
            if self.in_document and self.root.get("class") is not None:
                elements.insert(0, self.root)
            chars = 0
            for element in elements:
                if not _collapsible(element) or (
                    region.hidden and not region.shown_in(element, self.root)
                ):
                    continue
                if any(_collapsible(p) for p in region.ancestors(element)):
                    continue  # counted with the box around it
                chars += _visible_length(region.text(element))
            self.collapsible_chars = chars
        return self.collapsible_chars / max(1, self.region_chars)

    # -- blocks -----------------------------------------------------------------------------

    def flush(self, ctx: _Context) -> None:
        """Turn the pending runs into blocks (one per ``<br>``-separated segment)."""
        if not self.runs:
            return
        runs, self.runs = self.runs, []
        segment: list[_Run] = []
        for run in runs:
            if run is None:
                if segment:
                    self.emit_segment(segment, ctx)
                    segment = []
                continue
            segment.append(run)
        if segment:
            self.emit_segment(segment, ctx)

    def emit_segment(self, runs: list[_Run], ctx: _Context) -> None:
        """A paragraph that opens with a bold question and goes on in plain type
        (``<p><b>Why now?</b> Because …</p>``) holds two turns, as if a ``<br>`` split them."""
        if ctx.kind is BlockKind.PARAGRAPH:
            cut = _bold_question_lead(runs)
            if cut:
                self.question_leads += 1
                self.emit(runs[:cut], ctx)
                self.emit(runs[cut:], ctx)
                return
            cut = _bold_topic_lead(runs)
            if cut and self.pending_label is None:
                before, scope = len(self.blocks), self.image_scope
                self.emit(runs, ctx)  # the paragraph whole, as it stays on most pages
                if len(self.blocks) != before + 1 or self.blocks[before].label:
                    return
                whole = self.blocks.pop()
                self.image_scope = scope
                self.emit(runs[:cut], ctx)
                self.emit(runs[cut:], ctx)
                if len(self.blocks) == before + 2 and not any(
                    b.label or b.dash or b.hint for b in self.blocks[before:]
                ):
                    self.topic_leads.append((before, whole))
                else:
                    del self.blocks[before:]
                    self.blocks.append(whole)
                return
        self.emit(runs, ctx)

    def settle_topic_leads(self) -> None:
        """A bold topic at the head of a paragraph ("<p><b>The housing market</b> Prices
        ...</p>") is a question put as a topic only on a page whose bold leads mostly ask
        (two or more, and at least as many as the topics): there it stays a block of its own,
        the way a bold question lead is split. Elsewhere it is a run-in heading of an article,
        and its paragraph is whole again."""
        leads, self.topic_leads = self.topic_leads, []
        if not leads or (self.question_leads >= 2 and self.question_leads >= len(leads)):
            return
        for index, whole in reversed(leads):
            self.blocks[index : index + 2] = [whole]

    def emit(self, runs: list[_Run], ctx: _Context) -> None:
        joined = "".join([run[0] for run in runs])
        text = " ".join(joined.split())
        if not text:
            return
        found, label, runs = _split_label(runs)
        if found:
            joined = "".join([run[0] for run in runs])
            text = " ".join(joined.split())
            if not text:
                # A label on a line of its own ("<b>Kimberly:</b><br>"): it opens the next turn.
                self.pending_label = label
                return
        elif self.pending_label is not None:
            label = self.pending_label
        self.pending_label = None
        # The visible characters of the runs together are those of their joined text; only
        # the styled runs (few) are counted one by one.
        total = _visible_length(joined) or 1
        bold = italic = linked = 0
        for chunk, is_bold, is_italic, is_link in runs:
            if is_bold or is_italic or is_link:
                n = _visible_length(chunk)
                if is_bold:
                    bold += n
                if is_italic:
                    italic += n
                if is_link:
                    linked += n
        dash = None
        match = _DASH.match(text) if text[0] in _DASH_FIRST else None
        if match and len(text) > match.end():
            dash = match.group(1)
            text = text[match.end() :]
        kind = ctx.kind
        level = ctx.level
        if (
            kind is BlockKind.HEADING
            and level == 1
            and not self.title_seen
            and self.title is not None
            and text.lower() == self.title
        ):
            kind, level = BlockKind.TITLE, 0
            self.title_seen = True
        # (a style's share is at most 1: the runs' visible characters add up to the total)
        link_density = linked / total
        hint = ctx.hint
        if hint is None and label is None:
            hint = text_hint(text, link_density)
        elif hint is None and label is not None:
            # "<b>RELATED:</b> ...", "<b>Photo:</b> ...": a bold word before a colon that
            # names clutter is no speaker. Keep the words and label the block instead.
            hint = text_hint(f"{label}: {text}", link_density)
            if hint is not None:
                text, label = f"{label}: {text}", None
        if kind is BlockKind.CAPTION and hint is None:
            hint = Hint(BoilerplateKind.CAPTION, "<figcaption>", "html.tag")
        if self.image_scope is not None:
            if hint is None and _looks_like_caption(
                text, kind, bold / total, ctx.path, self.image_scope
            ):
                hint = Hint(
                    BoilerplateKind.CAPTION,
                    "short text in a box beside an image",
                    "html.image-side-caption",
                )
            self.image_scope = None
        marker = ctx.marker if kind is BlockKind.LIST_ITEM else None
        if kind is BlockKind.LIST_ITEM:
            ctx.marker = None
        self.blocks.append(
            Block(
                text=text,
                kind=kind,
                emphasis=bold / total,
                italic=italic / total,
                level=level,
                marker=marker,
                label=label,
                label_emphasis=label is not None,
                dash=dash,
                hint=hint.kind if hint else None,
                hint_reason=hint.reason if hint else None,
                hint_rule=hint.rule if hint else None,
                source=ctx.path,
                link_density=link_density,
                marked_question=self.marked_depth > 0,
            )
        )


@functools.lru_cache(maxsize=1024)
def _names_question(classes: str) -> bool:
    """The class test of :func:`_question_class`, for a page's few distinct class strings."""
    if not _QUESTION_CLASS_HINT.search(classes):
        return False
    tokens = tokens_of(classes.split(), None)
    return not _QUESTION_WORDS.isdisjoint(tokens) and _NOT_QUESTION_WORDS.isdisjoint(tokens)


def _bold_question_lead(runs: list[_Run]) -> int:
    """Where a leading bold question ends and plain text follows, or 0.

    The bold lead must be a question of two words or more ending in a question mark, or a
    request put to the interviewee that ends like a sentence ("Tell me about your worst
    failure."), and the plain rest must be a sentence or more, so a bold phrase inside an
    answer never splits it."""
    lead: list[str] = []
    for index, (text, bold, _italic, _link) in enumerate(runs):
        if not text.strip():
            lead.append(text)
            continue
        if not bold:
            if not lead:
                return 0  # the common case: a plain paragraph (joining its runs costs)
            question = "".join(lead).strip()
            if len(question.split()) < 2 or not (
                ends_with_question(question) or is_request_sentence(question)
            ):
                return 0
            rest = "".join(run[0] for run in runs[index:]).strip()
            return index if _visible_length(rest) >= 20 else 0
        lead.append(text)
    return 0


def _bold_topic_lead(runs: list[_Run]) -> int:
    """Where a leading bold topic of two to twelve words ends and a plain sentence or more
    follows, or 0: the shape of a question put as a topic ("<b>The housing market</b> Prices
    ..."). The topic ends in no punctuation: a bold sentence at the head of a paragraph is the
    answer's own emphasis, a lead ending in a colon a speaker's label (read as such), one
    ending in a question mark a question (:func:`_bold_question_lead`)."""
    lead: list[str] = []
    for index, (text, bold, _italic, _link) in enumerate(runs):
        if not text.strip():
            lead.append(text)
            continue
        if not bold:
            if not lead:
                return 0
            topic = "".join(lead).strip()
            if not 2 <= len(topic.split()) <= 12 or not topic[-1:].isalnum():
                return 0  # a sentence ("Patience beats every tool.") opens an answer
            rest = "".join(run[0] for run in runs[index:]).strip()
            if not rest[:1].isupper() or _visible_length(rest) < 40:
                return 0
            return index
        lead.append(text)
    return 0


def _looks_like_caption(text: str, kind: BlockKind, emphasis: float, path: str, scope: str) -> bool:
    """A short, plain line in its own (non-``<p>``) box next to the image before it."""
    if kind in (BlockKind.HEADING, BlockKind.TITLE, BlockKind.LIST_ITEM):
        return False
    if len(text) > 200 or text.endswith("?") or emphasis >= 0.5 or not path.startswith(scope):
        return False
    last = path.rsplit(">", 1)[-1]
    return not (last.startswith("p[") or last.startswith("p."))


def _split_label(runs: list[_Run]) -> tuple[bool, str | None, list[_Run]]:
    """Split a leading bold ``Name:`` off a block's runs: (found, label, remaining runs).

    ``label`` is ``None`` when the bold prefix was only a recording timestamp ("(00:02:51):"),
    which continues the current speaker's turn.

    Only a bold label counts here: its type is the page's cue. The colon may sit inside or
    right after the bold text. Plain-text labels are left in the text for the segmenter, which
    decides over the whole document which prefixes are a convention.
    """
    opening, opening_bold = runs[0][0], runs[0][1]
    if not opening_bold and opening and not opening.isspace():
        return False, None, runs  # the common case: the block opens in plain type
    prefix: list[str] = []
    index = 0
    for index, (chunk, is_bold, _, _) in enumerate(runs):  # noqa: B007
        if is_bold:
            prefix.append(chunk)
        elif chunk.strip():
            break
        else:
            prefix.append(chunk)
    else:
        index = len(runs)
    bold_text = _SPACE.sub(" ", "".join(prefix)).strip()
    if not bold_text:
        return False, None, runs
    rest_runs = runs[index:]
    if bold_text.endswith(_COLONS):
        label = bold_text[:-1].strip()
    else:
        after = "".join(run[0] for run in rest_runs).lstrip()
        if not after.startswith(_COLONS):
            # "<b>Name: question text?</b>" — a label inside a fully bold block.
            match = _LABEL_TEXT.match(bold_text)
            if match is None or not _plausible_label(match.group("label")):
                return False, None, runs
            label = match.group("label").strip()
            cut = bold_text[: match.start("rest")]
            return True, _clean_label(label), [*_drop_chars(runs[:index], cut), *rest_runs]
        label = bold_text
        first = rest_runs[0]
        stripped = first[0].lstrip()[1:]
        rest_runs = [(stripped, *first[1:]), *rest_runs[1:]]
    if not _plausible_label(label):
        return False, None, runs
    return True, _clean_label(label), rest_runs


#: Collapsible boxes that together hold more of the region's text than this are its content.
_COLLAPSIBLE_SHARE = 0.4
#: How far up a toggle may sit above the text hidden inside it.
_TOGGLE_REACH = 6


def _collapsible(element: etree._Element) -> bool:
    """Do the element's class words name a collapsible box ("accordion", "expandable")?"""
    raw = element.get("class")
    if not raw:
        return False
    classes = _class_names(raw)[0]
    return classes is not None and collapsible_classes(classes)


#: A table of contents has at least this many entries, and is mostly their link text.
_TOC_MIN_LINKS = 3
_TOC_LINK_SHARE = 0.8


def _fragment(link: etree._Element) -> bool:
    """Does the link point at a named place on the same page ("#history"; a bare "#" is a
    script's placeholder)?"""
    href = (link.get("href") or "").strip()
    return len(href) > 1 and href.startswith("#") and not href.startswith("#!")


def _drop_chars(runs: list[_Run], cut: str) -> list[_Run]:
    """``runs`` without their first characters, as many as ``cut`` has that are not spaces (the
    label ``cut`` was read from their text with its spaces made single); each run left keeps
    its own style, so a link after the label stays a link."""
    left = len(cut) - cut.count(" ")
    out: list[_Run] = []
    for chunk, is_bold, is_italic, is_link in runs:
        if left > 0:
            k = 0
            while k < len(chunk) and left > 0:
                if not chunk[k].isspace():
                    left -= 1
                k += 1
            chunk = chunk[k:].lstrip() if left == 0 else ""
        if chunk:
            out.append((chunk, is_bold, is_italic, is_link))
    return out


def _clean_label(label: str) -> str | None:
    """The speaker name without a recording timestamp; ``None`` for a bare timestamp."""
    return _TIMESTAMP.sub("", label).strip() or None


#: Letters and name punctuation, no digits ("Mr. O’Neil", "L.A. WEEKLY"; not "Question 1").
_LABEL_WORDS = re.compile(r"^[^\W\d_](?:[^\W\d_]|[.’'\-&()/ ])*$")
#: A recording timestamp after (or instead of) a speaker name: "Kimberly (00:00:19)".
_TIMESTAMP = re.compile(r"\s*[(\[]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?$")


def _plausible_label(label: str) -> bool:
    """Short, name-like: at most six words, no sentence punctuation (timestamps allowed)."""
    label = _TIMESTAMP.sub("", label)
    if not label:
        return True  # a bare timestamp: the same speaker goes on
    if len(label) > 60 or len(label.split()) > 6:
        return False
    if len(label) > _CJK_LABEL_MAX and _CJK_RUN.fullmatch(label):
        return False  # "我们有一句老话：…": a sentence's first part, not a name or a role
    return bool(_LABEL_WORDS.match(label))


#: Chinese, Japanese and Korean write names and roles without blanks ("问", "记者", "周雨桐",
#: "佐藤美咲さん"); a longer run of such characters before a colon is a clause of a sentence.
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff・·]+")
_CJK_LABEL_MAX = 6


def walk_region(
    region: Region,
    top: etree._Element | None = None,
    *,
    region_chars: int,
    title: str | None,
    selector_hint: ElementHint | None = None,
    question_mark: ElementTest | None = None,
) -> list[Block]:
    """All blocks of ``region`` in reading order: of the document holding its root, or of
    ``top``, an element inside it (a profile's content selector picked it)."""
    walker = _Walker(region, region_chars, title, selector_hint, question_mark)
    if top is None:
        ctx = _Context(BlockKind.PARAGRAPH, _DOCUMENT)
        walker.walk(region.element, ctx, False, False, False, document=True)
    else:
        walker.root, walker.in_document = top, False
        ctx = _Context(BlockKind.PARAGRAPH, str(top.tag))
        walker.walk(top, ctx, False, False, False)
    walker.flush(ctx)
    walker.settle_topic_leads()
    return walker.blocks
