"""HTML reader: a page in, a :class:`Document` of blocks out.

The reader is built for speed: one parse, one tree.

1. lxml parses the whole page once (the cheap part) and page metadata is read from it with
   XPath (``<head>`` meta tags, JSON-LD, ``<html lang>``);
2. script/style/svg/forms' controls and other never-text elements are stripped in C;
3. the article region is found on the lxml tree (:mod:`._content`);
4. one walk over the region's lxml elements emits the blocks with their cues (:mod:`._walk`).
   Only a publisher profile's CSS selectors need a BeautifulSoup tree: one is built for them,
   straight from the lxml elements (:mod:`._soup`), and what they select leads back to the
   elements the walk reads.

Chrome outside the region (menus, site header and footer) is never emitted; blocks inside it
that are not the interview (captions, newsletter boxes, related links ...) are emitted with a
boilerplate ``hint`` and the rule that fired, so nothing near the article is dropped silently.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

import attrs
from bs4 import Tag
from lxml import etree

from .. import labels as _labels
from ..blocks import Block, BlockKind, Document, PageMeta
from ..models import BoilerplateKind
from ..profiles import Profile, ProfileRegistry, resolve_profile
from ._content import find_region, find_standfirst
from ._hints import Hint, tail_hint
from ._page import clean, parse_page, read_facts, read_page_meta
from ._precheck import shallow_blocks, turn_signs
from ._soup import soup_from_lxml
from ._walk import ElementHint, ElementTest, Region, walk_region

__all__ = ["parse_page", "read_html", "read_tree", "read_turns"]

_SPACE = re.compile(r"\s+")
#: A cheap first look for a plain label opening a block (``_labels`` decides): a name, perhaps
#: after a recording timestamp ("[00:01:12] Ines Kovac: ...") or before a role or a timestamp
#: ("TOMAS BRANDT, HOST:", "Ines Kovac (00:01:12):"), and a colon ending the block or before a
#: blank; or a name and a timestamp alone in the block ("Ines Kovac  00:01:12").
_LABEL_START = re.compile(
    r"(?:[\[(]?\d{1,2}:\d{2}[\d:.,]*[\])]?\s+(?:[-–—|]\s+)?)?"
    r"[^\W\d_][\w'’.,\- ]{0,50}?(?:\s*[\[(]?\d{1,2}:[\d:.,]+[\])]?)?\s?(?::(?:\s|$)|：)"
    r"|[^\W\d_][\w'’.,\- ]{0,50}?\s[\[(]?\d{1,2}:[\d:.,]+[\])]?\s*$"
    r"|[\[(]\d{1,2}:[\d:.,]+[\])]\s+[^\W\d_][\w'’.,\- ]{0,50}$"
)
_NUMBER_FACT = re.compile(r"^\d[\d.,]*\s*%?\s*:\s+\S")


def read_html(
    html: str, url: str | None = None, profile: Profile | ProfileRegistry | None = None
) -> Document:
    """Read a page into blocks; ``profile`` adds site-specific selectors (see :mod:`profiles`)."""
    return read_tree(parse_page(html), url, profile)


def read_tree(
    root: etree._Element | None,
    url: str | None = None,
    profile: Profile | ProfileRegistry | None = None,
    *,
    shallow: bool = True,
) -> Document:
    """:func:`read_html` for a page :func:`parse_page` has parsed already.

    The entry points parse first and then let go of the page's text: the text of a large page
    (up to four bytes a character in Python) need not stay alive beside the tree built from it.

    A page whose article region shows no sign of a question-and-answer turn (``_precheck``:
    it would leave at ``evidence.worth_segmenting``) is read shallowly, its text as plain
    paragraphs without the walk, and the document says why (``Document.shallow``);
    ``shallow=False`` walks every page.
    """
    doc = _read(root, url, profile, shallow=shallow, plain=True)
    assert doc is not None  # (only a read without the plain text gives none)
    return doc


def read_turns(
    root: etree._Element | None,
    url: str | None = None,
    profile: Profile | ProfileRegistry | None = None,
) -> Document | None:
    """:func:`read_tree` for a page that may hold turns; ``None`` for a page it would read
    shallowly (no sign of a turn: not an interview), without reading its text at all.

    What finding the interviews in a crawl needs (``api.find_interview``): most pages of a
    crawl are no interview, and their text is not wanted."""
    return _read(root, url, profile, shallow=True, plain=False)


def _read(
    root: etree._Element | None,
    url: str | None,
    profile: Profile | ProfileRegistry | None,
    *,
    shallow: bool,
    plain: bool,
) -> Document | None:
    if root is None:
        return Document(blocks=(), format="html", meta=PageMeta(url=url)) if plain else None
    facts = read_facts(root)  # (cleaning removes some of what the metadata is read from)
    chosen = resolve_profile(profile, facts.url(url))
    clean(root)
    body = root.find("body")
    if body is None:
        body = root
    region: etree._Element = body
    standfirst: list[etree._Element] = []
    if chosen is None or chosen.content_selector is None:
        region = find_region(body)
        standfirst = find_standfirst(body, region)
        region_chars = _chars(region)
        # (a publisher profile marks questions or clutter on the walked tree: always walk)
        if shallow and chosen is None:
            signs = turn_signs([region, *standfirst], region_chars)
            if not signs.any:
                # No block the walk could emit would look like a turn: the page would leave
                # at evidence.worth_segmenting. Read its text plainly instead of walking it.
                if not plain and facts.has_headline():
                    # (without a headline the plain read decides whether the page holds any
                    # text at all, which the caller must learn: read it; nor is the rest of
                    # the metadata read for a page that leaves here)
                    return None
                meta = read_page_meta(root, url, facts)
                blocks = shallow_blocks(
                    [*standfirst, region], meta.h1 or meta.title, signs.boxes, region_chars
                )
                blocks = _mark_tail(_mark_fact_lists(_mark_lists_after_boxes(blocks)))
                return _document(blocks, meta, shallow=f"no sign of a turn ({signs.describe()})")
        tree = Region(region)
        marks = _profile_marks(tree, chosen, with_content=False)
        top = None
    else:
        tree = Region(body)
        marks = _profile_marks(tree, chosen, with_content=True)
        top = marks.top
        region_chars = len(_SPACE.sub("", tree.text(top) if top is not None else tree.all_text()))
    meta = read_page_meta(root, url, facts)
    blocks = walk_region(
        tree,
        top,
        region_chars=region_chars,
        title=meta.h1,
        selector_hint=marks.hint,
        question_mark=marks.question,
    )
    if standfirst:
        blocks = _standfirst_blocks(standfirst, blocks, region_chars) + blocks
    blocks = _mark_tail(
        _mark_fact_lists(_mark_toc_headings(_mark_lists_after_boxes(_split_plain_labels(blocks))))
    )
    return _document(blocks, meta)


def _document(blocks: list[Block], meta: PageMeta, shallow: str | None = None) -> Document:
    if not any(block.kind is BlockKind.TITLE for block in blocks):
        headline = meta.h1 or meta.title
        if headline:
            blocks.insert(0, Block(text=headline, kind=BlockKind.TITLE, source="h1"))
    return Document(blocks=tuple(blocks), format="html", meta=meta, shallow=shallow)


def _standfirst_blocks(
    elements: list[etree._Element], body: list[Block], region_chars: int
) -> list[Block]:
    """The standfirst under the headline, read as paragraphs that open the intro (a dek set
    as an ``<h2>`` is no subheading); text the region repeats is left to the region.

    Two look-alikes stay out, as the rest of the page header does: a line set in italics (a
    note on the series or package the article belongs to) and a title-cased line that ends
    in no sentence mark (the name of a series: "The Weekly Podcast Episode Transcript")."""
    seen = {block.text for block in body}
    out: list[Block] = []
    for element in elements:
        for block in walk_region(Region(element), region_chars=region_chars, title=None):
            if block.text in seen or block.kind is BlockKind.CAPTION:
                continue
            if block.italic >= 0.8 or _title_cased_line(block.text):
                continue
            seen.add(block.text)
            out.append(
                attrs.evolve(
                    block,
                    kind=BlockKind.PARAGRAPH,
                    level=0,
                    marker=None,
                    emphasis=0.0,
                    label=None,
                    label_emphasis=False,
                    source=f"standfirst>{block.source}",
                )
            )
    return out


_SENTENCE_END = re.compile(r"[.!?…。！？؟][\"'”’»)]*$")
_WORD_START = re.compile(r"\b[^\W\d_]")


def _title_cased_line(text: str) -> bool:
    """A line without a sentence mark at its end whose words mostly open with a capital."""
    if _SENTENCE_END.search(text):
        return False
    starts = [m.group() for m in _WORD_START.finditer(text)]
    cased = [c for c in starts if c.lower() != c.upper()]
    return len(cased) >= 3 and sum(1 for c in cased if c.isupper()) >= 0.7 * len(cased)


def _chars(element: etree._Element) -> int:
    text: str = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
    return len(text) - text.count(" ") - text.count("\n") - text.count("\t")


@attrs.frozen
class _ProfileMarks:
    """What a publisher profile's selectors pick out, as elements the walk reads: the content
    element (or None), a boilerplate verdict per element, a test for question elements."""

    top: etree._Element | None = None
    hint: ElementHint | None = None
    question: ElementTest | None = None


_NO_MARKS = _ProfileMarks()


def _profile_marks(tree: Region, profile: Profile | None, *, with_content: bool) -> _ProfileMarks:
    """Run the profile's CSS selectors (``content_selector`` too, ``with_content``) over a
    soup of the region, and map what they select back to lxml elements."""
    if profile is None:
        return _NO_MARKS
    content = profile.content_selector if with_content else None
    if not (content or profile.boilerplate_selectors or profile.question_selector):
        return _NO_MARKS
    origin: dict[int, etree._Element] = {}
    soup = soup_from_lxml(tree, origin)
    top = None
    if content:
        selected = soup.select_one(content)
        top = origin[id(selected)] if isinstance(selected, Tag) else None
    marked: dict[etree._Element, Hint] = {}
    for kind, selectors in profile.boilerplate_selectors.items():
        for selector in selectors:
            for tag in soup.select(selector):
                marked.setdefault(
                    origin[id(tag)],
                    Hint(
                        kind, f"profile {profile.name}: {selector}", "profile.boilerplate-selector"
                    ),
                )
    questions: set[etree._Element] = set()
    if profile.question_selector:
        questions = {origin[id(tag)] for tag in soup.select(profile.question_selector)}
    # The soup's parent/child/sibling links are reference cycles: break them now, rather
    # than leave the soup to the garbage collector's next full pass.
    soup.decompose()
    return _ProfileMarks(
        top=top,
        hint=marked.get if marked else None,
        question=questions.__contains__ if questions else None,
    )


def _mark_lists_after_boxes(blocks: list[Block]) -> list[Block]:
    """A list right after a boilerplate line ending in a colon ("Read about:") is part of
    that box: its items get the same verdict."""
    out: list[Block] = []
    box: Block | None = None
    for block in blocks:
        if block.hint is not None and block.text.endswith(":"):
            box = block
        elif box is not None and block.kind is BlockKind.LIST_ITEM and block.hint is None:
            block = attrs.evolve(
                block,
                hint=box.hint,
                hint_reason=f"list under '{box.text[:40]}'",
                hint_rule="html.list-under-box",
            )
        elif block.hint is None:
            box = None
        out.append(block)
    return out


#: The line that introduces a table of contents ("Topics covered:", "Inhalt:") is short.
_TOC_HEADING_MAX_WORDS = 6


def _mark_toc_headings(blocks: list[Block]) -> list[Block]:
    """The short line ending in a colon right before a table of contents ("In this
    interview:") introduces it, and is the same clutter."""
    for i in range(len(blocks) - 1):
        block, after = blocks[i], blocks[i + 1]
        if (
            after.hint_rule == "html.table-of-contents"
            and block.hint is None
            and block.label is None
            and block.text.endswith((":", "："))
            and len(block.text.split()) <= _TOC_HEADING_MAX_WORDS
        ):
            blocks[i] = attrs.evolve(
                block,
                hint=after.hint,
                hint_reason="the line introducing a table of contents",
                hint_rule="html.table-of-contents",
            )
    return blocks


def _mark_tail(blocks: list[Block]) -> list[Block]:
    """Rules for what follows the article's last stretch of prose (an author bio): the last
    blocks only, so that an interviewee's bio in the intro is never touched."""
    count = len(blocks)
    for i in range(int(count * 0.6), count):
        block = blocks[i]
        if block.hint is None and block.kind is not BlockKind.TITLE:
            hint = tail_hint(block.text)
            if hint is not None:
                blocks[i] = attrs.evolve(
                    block, hint=hint.kind, hint_reason=hint.reason, hint_rule=hint.rule
                )
    return blocks


@attrs.frozen
class _Span:
    start: int
    end: int


def _split_plain_labels(blocks: list[Block]) -> list[Block]:
    """Split plain-text speaker labels ("Jon Hartley: ...") off the blocks, as the text
    reader does: only labels the page uses as a convention count (see ``_labels``), so a
    one-off "Update:" stays text. Bold labels were split by the walk already; they take part
    in the count, so "<b>Jon Hartley:</b>" once and plain "Hartley:" later agree."""
    # (every form _LABEL_START knows holds a colon: test for one before the pattern; a role
    # letter or word set off by a period, "D. …", "Pregunta. …", a name in capitals alone,
    # "PETRA LIND", and initials opening a turn, "AD Sure, …", are the forms without)
    openings = (b.text for b in blocks if b.label is None and _opens_with_label(b.text))
    if next(itertools.islice(openings, 1, None), None) is None:
        return blocks  # fewer than two label-like openings: nothing to split, skip the count
    # The same two-sides test as below, counting every label-like opening whether the
    # document trusts it or not: when even that finds no two recurring names, the whole-text
    # label count (the costly part) cannot find them either.
    opening = [_labels.opening_label(block.text) if _may_split(block) else None for block in blocks]
    candidates = Counter(block.label for block in blocks if block.label)
    candidates.update(hit[0] for hit in opening if hit is not None)
    if sum(1 for n in candidates.values() if n >= 2) < 2:
        return blocks
    lines: list[str] = []
    spans: list[_Span] = []
    offset = 0
    if not blocks or blocks[0].kind is not BlockKind.TITLE:
        lines.append("")  # the label finder takes the first line for the headline
        spans.append(_Span(0, 0))
        offset = 1
    for block in blocks:
        if block.label and block.label_emphasis:
            line = f"<b>{block.label}:</b> {block.text}"
        else:
            line = f"{block.label}: {block.text}" if block.label else block.text
        lines.append(line)
        spans.append(_Span(offset, offset + len(line)))
        offset += len(line) + 1
    labels = _labels.find_labels("\n".join(lines), spans)
    if not labels.names:
        return blocks
    # (what ``labels.match_line_start`` finds: the openings whose name the document trusts)
    found: list[tuple[str, bool, int] | None] = [
        hit if hit is not None and hit[0] in labels.names else None for hit in opening
    ]
    for i, hit in enumerate(found[:-1]):
        # A label-like line alone in its block right before a list is the list's lead-in
        # ("有几点很简单：", "Three things:"), not a speaker opening a turn.
        if (
            hit is not None
            and blocks[i + 1].kind is BlockKind.LIST_ITEM
            and not blocks[i].text[hit[2] :].strip()
        ):
            found[i] = None
    # A dialogue has two sides: two different labels, each at least twice. One recurring
    # prefix alone ("IG: @name" twice in a contact line) is not a convention worth splitting.
    # Headings are left whole: "Name: a quote" is a headline pattern, not a turn.
    counts = Counter(hit[0] for hit in found if hit is not None)
    counts.update(block.label for block in blocks if block.label)
    if sum(1 for n in counts.values() if n >= 2) < 2:
        return blocks
    out: list[Block] = []
    # A label alone in its block ("TOMAS BRANDT, HOST:") opens the turn of the next paragraph:
    # (its place in ``out``, the block) is kept until that paragraph comes, and put back if
    # what comes is no paragraph (a heading, a list) or nothing.
    pending: tuple[int, Block, tuple[str, bool, int]] | None = None
    for block, hit in zip(blocks, found, strict=True):
        if hit is not None:
            name, bold, end = hit
            rest = block.text[end:].strip()
            if not rest:
                if pending is not None:
                    out.insert(pending[0], pending[1])  # two in a row: the first opened nothing
                pending = (len(out), block, hit)
                continue
            block = attrs.evolve(block, label=name, label_emphasis=bold, text=rest)
        if pending is not None and hit is not None:
            out.insert(pending[0], pending[1])
            pending = None
        elif pending is not None and block.hint is None:
            if _may_split(block):
                name, bold, _ = pending[2]
                block = attrs.evolve(block, label=name, label_emphasis=bold)
            else:
                out.insert(pending[0], pending[1])
            pending = None
        out.append(block)
    if pending is not None:
        out.insert(pending[0], pending[1])
    return out


def _opens_with_label(text: str) -> bool:
    """Does a block open with something shaped like a speaker label, trusted or not?"""
    if (":" in text or "：" in text) and _LABEL_START.match(text):
        return True
    return (
        _labels.opens_with_role_mark(text)
        or _labels.is_capitals_name(text)
        or _labels.opens_with_initials(text)
    )


def _may_split(block: Block) -> bool:
    """Can a plain-text label be split off this block? (Unlabelled, unhinted paragraphs.)"""
    return block.label is None and block.hint is None and block.kind is BlockKind.PARAGRAPH


def _mark_fact_lists(blocks: list[Block]) -> list[Block]:
    """Three or more blocks in a row that each open with a number and a colon ("1997: ...",
    "43: ...") are a fact box ("X by numbers"), not turns of a conversation."""
    out = list(blocks)
    run: list[int] = []
    for i, block in enumerate([*blocks, None]):
        if block is not None and block.hint is None and _NUMBER_FACT.match(block.text):
            run.append(i)
            continue
        if len(run) >= 3:
            for j in run:
                out[j] = attrs.evolve(
                    out[j],
                    hint=BoilerplateKind.OTHER,
                    hint_reason="number fact list",
                    hint_rule="html.number-fact-list",
                )
        run = []
    return out
