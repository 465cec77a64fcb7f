"""Walk a BeautifulSoup region once and emit the block stream, with the page's cues.

Block elements (``p``, headings, list items, quotes, cells, captions, divs with text) end a
block; inline elements (``b``, ``em``, ``a``, ``span`` ...) only change the style of the text
runs they hold. Each run remembers whether it is bold, italic, or inside a link, so a block's
``emphasis`` / ``italic`` / ``link_density`` are character shares computed once, at the end of
the block. ``<br>`` splits a block into separate turns (a bold question and its plain answer in
one ``<p>``). Runs are joined as written, without inventing spaces, so ``I<span>t</span>`` stays
"It" and a footnote ``<sup>1</sup>`` stays glued to its word.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

from bs4 import Tag
from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

from .. import lexicon
from ..blocks import Block, BlockKind
from ..cues import ends_with_question, is_request_sentence
from ..models import BoilerplateKind
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

__all__ = ["walk_region"]

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
_SKIPPED_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)

# A text run: (text, bold, italic, link). ``None`` marks a <br>.
_Run = tuple[str, bool, bool, bool]


_UNCOUNTED = [1, 1]


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


class _Walker:
    """One walk over a region. Collects blocks in ``self.blocks``.

    Attributes are read as ``tag.attrs.get(...)``: the same as ``tag.get(...)`` without a
    Python call per lookup, and the walk looks up several per element."""

    def __init__(
        self,
        region_chars: int,
        title: str | None,
        selector_hint: Callable[[Tag], Hint | None] | None,
        question_mark: Callable[[Tag], bool] | None,
    ) -> None:
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
        self.root: Tag | None = None
        self.collapsible_chars: int | None = None

    # -- tree -------------------------------------------------------------------------------

    def walk(self, tag: Tag, ctx: _Context, bold: bool, italic: bool, link: bool) -> None:
        counter = 0
        card: Hint | None = None  # set once a teaser box opened this small container
        for child in tag.contents:
            if type(child) is NavigableString:  # (the common case, tested first)
                # The string itself (a str subclass), not a copy: runs are joined later.
                self.runs.append((child, bold, italic, link))
                continue
            if not isinstance(child, Tag):
                if isinstance(child, NavigableString) and not isinstance(child, _SKIPPED_STRINGS):
                    self.runs.append((child, bold, italic, link))
                continue
            name = child.name
            if name == "br":
                self.runs.append(None)
                continue
            if name in BLOCK_TAGS or name == "li":
                self.flush(ctx)
                counter += 1
                inner = self.enter(child, ctx, counter)
                if card is not None and inner.hint is None:
                    inner.hint = card
                marked = self.question_mark is not None and self.question_mark(child)
                self.marked_depth += marked
                classes = child.attrs.get("class")
                b = bold or (classes is not None and _question_class(child, classes))
                self.walk(child, inner, b, italic, link)
                self.flush(inner)
                self.marked_depth -= marked
                continue
            if name == "img":
                # Text right beside an image, in a box of its own, is its caption.
                self.image_scope = ctx.path.rsplit(">", 1)[0]
                continue
            classes = child.attrs.get("class")
            if ctx.hint is None and classes is not None:
                box = self.box_hint(child, classes)
                if box is not None:
                    # An inline element named like a box (<a class="teaser">): a box it is.
                    self.flush(ctx)
                    counter += 1
                    inner = _Context(ctx.kind, f"{ctx.path}>{name}[{counter}]", hint=box)
                    self.walk(child, inner, bold, italic, link)
                    self.flush(inner)
                    if _visible_length(tag.get_text()) <= 800:
                        # A teaser card: the blurb after the link in the same small box is
                        # part of the card.
                        card = Hint(box.kind, f"{box.reason} (same card)", "html.same-card")
                    continue
            b, i, a = self.inline_style(child, bold, italic, link)
            if self.question_mark is not None and self.question_mark(child):
                self.marked_depth += 1
                self.walk(child, ctx, b, i, a)
                self.marked_depth -= 1
            else:
                self.walk(child, ctx, b, i, a)

    @staticmethod
    def inline_style(tag: Tag, bold: bool, italic: bool, link: bool) -> tuple[bool, bool, bool]:
        name = tag.name
        if name in ("b", "strong"):
            bold = True
        elif name in ("i", "em", "cite", "dfn"):
            italic = True
        elif name == "a":
            link = link or tag.attrs.get("href") is not None
        style = tag.attrs.get("style")
        if isinstance(style, str) and style:
            if _BOLD_STYLE.search(style):
                bold = True
            elif _NORMAL_STYLE.search(style):
                bold = False
            if _ITALIC_STYLE.search(style):
                italic = True
        classes = tag.attrs.get("class")
        if (
            classes
            and not bold
            and isinstance(classes, list)
            and (_BOLD_CLASSES.intersection(classes) or _question_class(tag, classes))
        ):
            bold = True
        return bold, italic, link

    def enter(self, tag: Tag, parent: _Context, counter: int) -> _Context:
        """The context for a block element inside ``parent``."""
        name = tag.name
        classes = tag.attrs.get("class")
        first_class = classes[0] if isinstance(classes, list) and classes else None
        if first_class:
            path = f"{parent.path}>{name}.{first_class}[{counter}]"
        else:
            path = f"{parent.path}>{name}[{counter}]"
        hint = parent.hint
        if hint is None:
            hint = self.box_hint(tag, classes)
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
            start = tag.attrs.get("start")
            reversed_ = tag.attrs.get("reversed") is not None
            try:
                first = int(str(start)) if start is not None else None
            except ValueError:
                first = None
            if first is None:
                # A reversed list counts down to 1 from its number of items.
                first = (
                    sum(1 for c in tag.contents if getattr(c, "name", None) == "li")
                    if reversed_
                    else 1
                )
            ctx.list_counter = [first, -1 if reversed_ else 1]
            kind_attr = tag.attrs.get("type")
            ctx.marker = str(kind_attr) if isinstance(kind_attr, str) else None  # numbering type
            return ctx
        if name == "li":
            ctx = _Context(BlockKind.LIST_ITEM, path, hint=hint, list_depth=parent.list_depth)
            ctx.level = max(0, parent.list_depth - 1)
            if parent.list_type == "ol":
                value = tag.attrs.get("value")
                number = parent.list_counter[0]
                if isinstance(value, str) and value.strip().lstrip("-").isdigit():
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

    def box_hint(self, tag: Tag, classes: object) -> Hint | None:
        """A container's own boilerplate verdict (tag, role, class/id words), if it is small
        enough to be a box inside the article and not the article itself."""
        if self.selector_hint is not None:
            chosen = self.selector_hint(tag)
            if chosen is not None:
                return chosen
        attributes = tag.attrs
        element_id = attributes.get("id")
        role = attributes.get("role")
        name = tag.name
        hidden, hint = box_verdict(
            name,
            " ".join(classes) if isinstance(classes, list) and classes else None,
            element_id if isinstance(element_id, str) else None,
            role if isinstance(role, str) else None,
        )
        if hidden and _in_toggle(tag):
            return WIDGET_CONTROL
        if name in ("ul", "ol") and _table_of_contents(tag):
            hint = TABLE_OF_CONTENTS
        if hint is None:
            return None
        text = tag.get_text()
        size = _visible_length(text)
        if size >= self.region_chars * 0.5 or size > max(800, self.region_chars * 0.3):
            return None  # a box holding much of the article is the article
        if hint.rule == "html.collapsible-box" and self.collapsible_share(tag) > _COLLAPSIBLE_SHARE:
            return None  # boxes that together hold much of the article are the article
        return generic_box_hint(hint, text)

    def collapsible_share(self, tag: Tag) -> float:
        """The share of the region's text that its collapsible boxes hold together (counted
        once, when the first of them is met)."""
        if self.collapsible_chars is None:
            root = tag
            while root.parent is not None and root is not self.root:
                root = root.parent
            chars = 0
            for element in root.descendants:
                if not isinstance(element, Tag) or not _collapsible(element):
                    continue
                if any(_collapsible(p) for p in element.parents):
                    continue  # counted with the box around it
                chars += _visible_length(element.get_text())
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
        link_density = min(1.0, linked / total)
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
                emphasis=min(1.0, bold / total),
                italic=min(1.0, italic / total),
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


def _question_class(tag: Tag, classes: object) -> bool:
    """Does the element's class say it holds a question ("question", "interview__question",
    "qaQuestion", "frage")? Not a box of questions and answers together, an FAQ widget, or an
    element holding more text than a question."""
    if not isinstance(classes, list) or not _names_question(" ".join(classes)):
        return False
    return _visible_length(tag.get_text()) <= _MARKED_QUESTION_MAX


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


def _collapsible(tag: Tag) -> bool:
    """Do the element's class words name a collapsible box ("accordion", "expandable")?"""
    classes = tag.attrs.get("class")
    if not classes:
        return False
    return collapsible_classes(" ".join(classes) if isinstance(classes, list) else str(classes))


def _in_toggle(tag: Tag) -> bool:
    """Is the element inside a control the reader clicks to open or close something
    (``role="button"``, an element with ``aria-expanded``, a ``<summary>``; the reader drops
    ``<button>`` elements with the page's other form controls)?"""
    for parent in itertools.islice(tag.parents, _TOGGLE_REACH):
        if parent.name == "summary":
            return True
        attrs = parent.attrs
        if attrs.get("role") == "button" or "aria-expanded" in attrs:
            return True
    return False


#: A table of contents has at least this many entries, and is mostly their link text.
_TOC_MIN_LINKS = 3
_TOC_LINK_SHARE = 0.8


def _fragment(link: Tag) -> bool:
    """Does the link point at a named place on the same page ("#history"; a bare "#" is a
    script's placeholder)?"""
    href = str(link.attrs.get("href", "")).strip()
    return len(href) > 1 and href.startswith("#") and not href.startswith("#!")


def _table_of_contents(tag: Tag) -> bool:
    """A list of links to places on the same page ("#history", "#faq"): the page's table of
    contents, whose entries repeat its headings (an interview's questions among them)."""
    links = [
        node
        for node in tag.descendants
        if isinstance(node, Tag) and node.name == "a" and node.attrs.get("href") is not None
    ]
    if len(links) < _TOC_MIN_LINKS or not all(map(_fragment, links)):
        return False
    linked = sum(_visible_length(a.get_text()) for a in links)
    return linked >= _TOC_LINK_SHARE * _visible_length(tag.get_text())


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
    root: Tag,
    *,
    region_chars: int,
    title: str | None,
    selector_hint: Callable[[Tag], Hint | None] | None = None,
    question_mark: Callable[[Tag], bool] | None = None,
) -> list[Block]:
    """All blocks of ``root`` in reading order."""
    walker = _Walker(region_chars, title, selector_hint, question_mark)
    walker.root = root
    top = _Context(BlockKind.PARAGRAPH, root.name or "region")
    walker.walk(root, top, False, False, False)
    walker.flush(top)
    walker.settle_topic_leads()
    return walker.blocks
