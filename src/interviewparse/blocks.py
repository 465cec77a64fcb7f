"""The block stream every reader produces and every later stage consumes.

A reader (``readers/text.py``, ``readers/html.py``) is the only code that knows the input format.
It turns the input into a :class:`Document`: a sequence of :class:`Block` in reading order, each
carrying the cues the page gave it (bold share, heading level, list marker, a speaker label) and
where it came from, plus :class:`PageMeta` hints for the metadata stage.
"""

from __future__ import annotations

import enum

import attrs

from .models import BoilerplateKind

__all__ = ["SET_APART", "Block", "BlockKind", "Document", "PageMeta"]

#: The share of a block's text in bold (:attr:`Block.emphasis`) from which the block is set
#: apart as a possible question: a bold line. The segmenter, its scoring, the evidence and the
#: reader's pre-check all read it here.
SET_APART = 0.6


class BlockKind(str, enum.Enum):
    """What the reader saw a block as."""

    TITLE = "title"
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CAPTION = "caption"


@attrs.frozen
class Block:
    """One unit of text with the layout cues that came with it.

    Attributes:
        text: whitespace-normalised text, without the speaker label if one was split off.
        kind: what the reader saw the block as.
        emphasis: share (0..1) of the text's characters set in bold.
        italic: share (0..1) of the text's characters set in italics.
        level: heading level (1-6) for headings, nesting depth for list items, else 0.
        marker: the list marker as written ("1.", "•", "a)") for list items.
        label: a speaker label split off the start of the block ("Q", "STANDARD", "Peter Kaiser").
        label_emphasis: the label was set in bold (HTML only).
        dash: the block opened with a dialogue dash ("-", "–", "—"), which was removed from text.
        hint: a reader's boilerplate verdict (e.g. a ``<figcaption>``), with ``hint_reason``
            and the id of the rule that gave it, ``hint_rule`` (see :mod:`interviewparse.rules`).
        source: provenance, a character span "text:120-340" or an element path for HTML.
        link_density: share (0..1) of the text inside links (HTML only).
        marked_question: a publisher profile's ``question_selector`` matched this block: the
            page's own markup says it is a question (HTML with a profile only).
    """

    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    emphasis: float = 0.0
    italic: float = 0.0
    level: int = 0
    marker: str | None = None
    label: str | None = None
    label_emphasis: bool = False
    dash: str | None = None
    hint: BoilerplateKind | None = None
    hint_reason: str | None = None
    source: str = ""
    link_density: float = 0.0
    marked_question: bool = False
    hint_rule: str | None = None


@attrs.frozen
class PageMeta:
    """What the page says about itself, as hints for the metadata stage.

    ``title`` is the reader's best guess (og:title, JSON-LD headline, the first ``<h1>``, then
    ``<title>`` minus a site suffix); the raw candidates are kept beside it (``og_title``, ``h1``,
    ``head_title``) so the metadata stage can choose differently. ``byline`` is the page's
    author line as written ("By Jane Doe"); ``keywords`` the meta keywords. ``types`` are the
    schema.org types the page declares in its structured data (JSON-LD ``@type``, microdata
    ``itemtype``), lower-cased: "newsarticle", "faqpage", "discussionforumposting"...
    """

    title: str | None = None
    site_name: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    url: str | None = None
    description: str | None = None
    og_title: str | None = None
    h1: str | None = None
    head_title: str | None = None
    byline: str | None = None
    keywords: tuple[str, ...] = ()
    types: tuple[str, ...] = ()


@attrs.frozen
class Document:
    """A reader's output: blocks in reading order plus page-level hints."""

    blocks: tuple[Block, ...]
    format: str
    meta: PageMeta = PageMeta()
    #: Why the reader read the page shallowly, or ``None`` for a full read: an HTML page whose
    #: article shows no sign of a question-and-answer turn is read as plain paragraphs (see
    #: ``readers/_precheck.py``), and the later stages only assemble it.
    shallow: str | None = None
