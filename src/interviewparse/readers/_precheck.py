"""The cheap look before the costly read: could this page's article region hold turns at all?

:func:`interviewparse.evidence.worth_segmenting` lets a page leave the pipeline when fewer than
two of its blocks carry a sign of a question-and-answer turn: a question mark near the block's
end, a speaker label, a dialogue dash (or, beside one question mark, two lines set apart in
bold or italics). Those blocks come out of the reader's walk, the most costly step of a read.
:func:`turn_signs` counts the same signs on the lxml elements the walk would read (the article
region and the standfirst), before any walk, as *upper bounds*. Every block the walk emits
starts where a text node starts and ends where one ends, so:

- a block asking holds a question mark (``?``, ``？``, ``؟``) fewer than 80 characters before
  the end of its text node (``cues.question_mark_near_end`` reads the block's last 80);
- a block opening with a dialogue dash has a text node opening with one;
- a block the walk gives a label opens in bold (``_walk._split_label``) with a name the walk
  accepts (``_walk._plausible_label``) before a colon at most a label's length after a text
  node's start, where a bold element's text begins alike; a plain label
  (``html._split_plain_labels``) is split only when two names open two blocks each, so plain
  openings (a colon after a name, a role mark "D. …", a name in capitals, initials "AD …")
  count only when two of their names recur;
- a line set apart has an emphasis element (``<b>``, ``<em>`` ..., a bold or italic style or
  class) holding most of its block's text, or its block may be cut smaller by the walk.

Each count is at least what the walk and :func:`worth_segmenting` would find (the headline and
text the walk labels by its own words are counted too). When the plain count finds signs, it
counts again without the boxes the walk surely labels as boilerplate and the hidden elements it
drops (:func:`surely_boxes`): no block of theirs counts for the gate. So a page found without
signs would have left at :func:`worth_segmenting` anyway: the reader then reads it shallowly
(:func:`shallow_blocks`, see :func:`interviewparse.readers.html.read_tree`), and the later
stages only assemble it (``api.trace``). ``tests/test_shallow_read.py`` holds the property
on the fixtures, the corpus, the shared crawl and generated pages.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import attrs
from lxml import etree

from .. import cues
from .. import labels as _labels
from ..blocks import SET_APART as _SET_APART
from ..blocks import Block, BlockKind
from ..cues import NEAR_END as _NEAR_END
from ..cues import QUESTION_MARKS as _QUESTION_MARKS
from ..evidence import MIN_TURN_SIGNS as _FEWER_THAN  # the signs worth_segmenting needs
from ..models import BoilerplateKind
from ._content import is_hidden
from ._hints import (
    _EMBED_WORDS,
    _PAIR_HINTS,
    _PLATFORMS,
    _TAG_HINTS,
    _WORD_HINTS,
    STANDFIRST_WORDS,
    Hint,
    box_verdict,
    generic_box_hint,
    text_hint,
    tokens_of,
)
from ._walk import (
    _BOLD_CLASSES,
    _BOLD_STYLE,
    _ITALIC_STYLE,
    _QUESTION_CLASS_HINT,
    BLOCK_TAGS,
    _ol_marker,
    _plausible_label,
)
from ._walk import _visible_length as _visible  # the walk's measure of a block's size

__all__ = ["TurnSigns", "shallow_blocks", "surely_boxes", "turn_signs"]

_COLON = re.compile("[:：]")
#: How far after a text node's start a label's colon may come: a label is at most 60
#: characters (``_walk._plausible_label``), a recording timestamp may follow it.
_LABEL_REACH = 90
_DASHES = ("—", "–", "―")
_UNMARKABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: Scripts written without spaces (where ``cues`` reads question particles).
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\u0e00-\u0e7f]")
_FIRST_WORD = re.compile(r"[^\W\d_]+")


@attrs.frozen
class TurnSigns:
    """Upper bounds of the turn signs :func:`worth_segmenting` counts, read off lxml elements."""

    questions: int
    labels: int
    dashes: int
    set_apart: int
    #: ``False`` when the text holds characters lxml takes from a page but refuses to be given
    #: (control characters): the shallow read could not mark it, so the page is walked.
    markable: bool = True
    #: The boxes the walk would surely give a boilerplate hint (:func:`surely_boxes`), whose
    #: text was not counted: the shallow read gives them the same hint.
    boxes: dict[etree._Element, Hint] = attrs.field(factory=dict, eq=False, repr=False)

    @property
    def any(self) -> bool:
        """Could the walk's blocks pass :func:`worth_segmenting`? ``False`` only when they
        surely could not."""
        most = max(self.questions, self.labels, self.dashes)
        return (
            not self.markable
            or most >= _FEWER_THAN
            or (self.questions > 0 and self.set_apart >= _FEWER_THAN)
        )

    def describe(self) -> str:
        return (
            f"at most {self.questions} question mark(s), {self.labels} label-like opening(s), "
            f"{self.dashes} dialogue dash(es)"
        )


def turn_signs(elements: Sequence[etree._Element], region_chars: int | None = None) -> TurnSigns:
    """Count the signs in ``elements`` (the region first, then the standfirst); each count
    stops early once it reaches two, where the answer is known.

    ``region_chars`` is the region's size as the walk is told it (``html._chars``), which
    decides which boxes it labels as boilerplate: their text and that of hidden elements is
    left out of the count (:func:`surely_boxes`)."""
    signs = _count(elements, {}, [])
    if not signs.any or not signs.markable or region_chars is None:
        # (text lxml refuses to be given is walked whatever the boxes hold: nor could a box
        # stand aside, its tail going to the element in its place)
        return signs
    # Signs found: would they be found outside the boxes the walk labels? Two question marks
    # outside any (the common case) settle it without finding every box.
    if signs.questions >= _FEWER_THAN and _questions_outside(elements, region_chars):
        return signs
    boxes, hidden = surely_boxes(elements, region_chars)
    if not boxes and not hidden:
        return signs
    # Count the rest: each box (and hidden element) stands aside while the text is counted,
    # a <br> in its place (the walk ends a block at a box; the tail stays where it was).
    holes: list[tuple[etree._Element, etree._Element]] = []
    try:
        for node in [*boxes, *hidden]:
            parent = node.getparent()
            if parent is None:
                continue
            hole = etree.Element("br")
            hole.tail = node.tail
            parent.replace(node, hole)
            holes.append((hole, node))
        return _count(elements, boxes, [text for box in boxes for text in box.itertext()])
    finally:
        for hole, node in reversed(holes):
            tail = node.tail
            hole_parent = hole.getparent()
            if hole_parent is not None:
                hole_parent.replace(hole, node)
                node.tail = tail


def _count(
    elements: Sequence[etree._Element], boxes: dict[etree._Element, Hint], boxed: list[str]
) -> TurnSigns:
    parts: list[str] = [text for element in elements for text in element.itertext()]
    text = "".join(parts)
    if _UNMARKABLE.search(text) or (boxed and _UNMARKABLE.search("".join(boxed))):
        return TurnSigns(0, 0, 0, 0, markable=False)
    starts = _starts(parts)
    questions = _questions_near_an_end(parts, text, starts)
    if questions >= _FEWER_THAN:
        return TurnSigns(questions, 0, 0, 0, boxes=boxes)
    dashes = _dash_openings(parts)
    if dashes >= _FEWER_THAN:
        return TurnSigns(questions, 0, dashes, 0, boxes=boxes)
    styled = _Styled(elements)
    labels = _labels_at_most(parts, text, starts, elements, styled, boxed)
    set_apart = _set_apart(elements, styled) if questions and labels < _FEWER_THAN else 0
    return TurnSigns(questions, labels, dashes, set_apart, boxes=boxes)


#: The words of a class or id that may name a box or take part in naming one
#: (``_hints.container_hint``): its one-word and two-word names, the platforms and words of
#: embedded posts, and the words of a standfirst (which make "teaser" no box).
_BOX_WORDS = sorted(
    {
        *_WORD_HINTS,
        *(word for pair in _PAIR_HINTS for word in pair),
        *_PLATFORMS,
        *_EMBED_WORDS,
        *STANDFIRST_WORDS,
    },
    key=len,
)
#: ... found in a class or id, lower-cased (every word of one is a part of it).
_BOX_TOKENS = frozenset(_BOX_WORDS)
#: The elements that may be a box the walk labels (``_walk._Walker.box_hint``: a tag, a role
#: or class/id words naming one) or hidden (``_content.is_hidden``).
_MAYBE_BOX = etree.XPath(
    "descendant-or-self::*[@class or @id or @role or @hidden or @aria-hidden or @style"
    f" or {' or '.join(f'self::{tag}' for tag in sorted(_TAG_HINTS))}]"
)


def surely_boxes(
    elements: Sequence[etree._Element], region_chars: int
) -> tuple[dict[etree._Element, Hint], list[etree._Element]]:
    """The elements of ``elements`` (the region first) whose text the walk surely gives a
    boilerplate hint, with that hint, and the hidden elements it leaves out (outermost only).

    A box is a block element, or an inline one with a class, that ``_hints.container_hint``
    names (a caption, a related-stories list, a comment block, an embedded post ...) and that
    is small beside the region (``_walk._Walker.box_hint``: less than half its characters and
    at most 800 or 30 %): every block of it gets the hint, so no sign in it can count for
    :func:`worth_segmenting`. Collapsible boxes are left in (the walk weighs them together),
    and so is a box whose text ends in a colon: a label alone in its last block would open
    the turn after the box (``_walk._Walker.emit``)."""
    boxes: dict[etree._Element, Hint] = {}
    hidden: list[etree._Element] = []
    region = elements[0] if elements else None
    for element in elements:
        for node in _MAYBE_BOX(element):
            if node is region:
                continue  # the region is the article: never a box inside itself
            if is_hidden(node):
                if not _inside(node, boxes, hidden, element):
                    hidden.append(node)
                continue
            hint = _named(node)
            if hint is None or _inside(node, boxes, hidden, element):
                continue
            small = _small(node, hint, region_chars)
            if small is not None and not small[1].rstrip().endswith(_COLONS):
                boxes[node] = small[0]
    return boxes, hidden


#: The text nodes holding a question mark.
_ASKING_TEXT = etree.XPath(
    "descendant-or-self::text()["
    + " or ".join(f"contains(., '{mark}')" for mark in _QUESTION_MARKS)
    + "]"
)


def _questions_outside(elements: Sequence[etree._Element], region_chars: int) -> bool:
    """Are there two question marks near a text node's end (:func:`_questions_near_an_end`)
    outside every box the walk labels and every hidden element? Each mark's text node is
    looked up from its element through its ancestors (any box around it labels its block,
    :func:`surely_boxes`), so only the elements around the marks are weighed."""
    region = elements[0] if elements else None
    boxed: dict[etree._Element, bool] = {}
    count = 0
    for element in elements:
        for node in _ASKING_TEXT(element):
            marks = _marks_near_end(str(node))
            if not marks:
                continue
            owner = node.getparent()
            if owner is not None and node.is_tail:
                owner = owner.getparent()
            if owner is None or _in_a_box(owner, element, region, region_chars, boxed):
                continue
            count += marks
            if count >= _FEWER_THAN:
                return True
    return False


def _near_end(after: str) -> bool:
    """Is a mark followed by ``after`` (the rest of its text node) in a block's last
    :data:`_NEAR_END` characters, blanks not counted?"""
    return sum(map(len, after.split())) < _NEAR_END


def _marks_near_end(text: str) -> int:
    """The question marks of one text node less than :data:`_NEAR_END` characters (blanks
    not counted) before its end."""
    count = 0
    for mark in _QUESTION_MARKS:
        at = text.find(mark)
        while at >= 0:
            if _near_end(text[at + 1 :]):
                count += 1
            at = text.find(mark, at + 1)
    return count


def _in_a_box(
    node: etree._Element,
    root: etree._Element,
    region: etree._Element | None,
    region_chars: int,
    boxed: dict[etree._Element, bool],
) -> bool:
    """Is ``node`` (or an element around it, up to ``root``) a box the walk labels or
    hidden? (``boxed`` remembers the answer for each element asked.)"""
    current: etree._Element | None = node
    while current is not None and current is not region:
        found = boxed.get(current)
        if found is None:
            found = is_hidden(current) or (
                (hint := _named(current)) is not None
                and _small(current, hint, region_chars) is not None
            )
            boxed[current] = found
        if found:
            return True
        if current is root:
            break
        current = current.getparent()
    return False


def _named(node: etree._Element) -> Hint | None:
    """The hint ``_hints.container_hint`` gives an element the walk asks it for (a block
    element, or an inline one with a class), collapsible boxes left out (the walk weighs those
    against the region)."""
    tag = node.tag
    classes = node.get("class")
    if (classes is None and tag not in BLOCK_TAGS and tag != "li") or tag in _VOID:
        return None  # the walk asks an inline element only when it has a class
    # (a class or id without a word of a box says nothing: leave it out of the key)
    element_id = node.get("id")
    if element_id is not None and not _names_box(element_id):
        element_id = None
    named = classes if classes is not None and _names_box(classes) else None
    role = node.get("role")
    if named is None and element_id is None and role is None and tag not in _TAG_HINTS:
        return None
    # (the walk's own verdict, kept per tag, class, id and role)
    hint = box_verdict(tag, named, element_id, role)[1]
    return None if hint is None or hint.rule == "html.collapsible-box" else hint


def _small(node: etree._Element, hint: Hint, region_chars: int) -> tuple[Hint, str] | None:
    """The hint of a named box and its text, if it is small beside the region
    (``_walk._Walker.box_hint``: a box holding much of the article is the article)."""
    text = "".join(node.itertext())
    size = _visible(text)
    if size >= region_chars * 0.5 or size > max(800, region_chars * 0.3):
        return None
    return generic_box_hint(hint, text), text


_COLONS = (":", "：")
#: Elements the walk reads before it asks for a box (a line break, an image).
_VOID = ("br", "img")


def _inside(
    node: etree._Element,
    boxes: dict[etree._Element, Hint],
    hidden: list[etree._Element],
    root: etree._Element,
) -> bool:
    """Is ``node`` inside a box or a hidden element found already?"""
    if not boxes and not hidden:
        return False
    for above in node.iterancestors():
        if above in boxes or above in hidden:
            return True
        if above is root:
            break
    return False


@functools.lru_cache(maxsize=4096)
def _names_box(name: str) -> bool:
    """Does a class or id hold a word that may name a box (:data:`_BOX_WORDS`)?"""
    return not _BOX_TOKENS.isdisjoint(tokens_of(name, None))


def _starts(parts: list[str]) -> list[int]:
    """Where each of ``parts`` starts in their joined text."""
    return list(itertools.accumulate(map(len, parts), initial=0))[:-1]


def _questions_near_an_end(parts: list[str], text: str, starts: list[int]) -> int:
    """Question marks that could stand in a block's last :data:`_NEAR_END` characters
    (``cues.question_mark_near_end``): a block ends where a text node ends, so a mark
    followed by that many characters (blanks not counted: the block's text has its runs of
    blanks collapsed) before its own text node's end is in no block's tail."""
    count = 0
    for mark in _QUESTION_MARKS:
        at = text.find(mark)
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            end = starts[index] + len(parts[index])
            if _near_end(text[at + 1 : end]):
                count += 1
                if count >= _FEWER_THAN:
                    return count
            at = text.find(mark, at + 1)
    if _UNSPACED.search(text) is None:
        return count
    # A question without a mark: a block of a script written without spaces ending in a
    # question particle (``cues.ends_with_question``); a block ends where a text node does.
    for index, part in enumerate(parts):
        if part.strip():
            end = starts[index] + len(part)
            if cues.ends_with_question(text[max(0, end - 40) : end].rstrip()):
                count += 1
                if count >= _FEWER_THAN:
                    return count
    return count


def _dash_openings(parts: list[str]) -> int:
    """Text nodes opening with a dialogue dash (``_walk._DASH``: an em or en dash, a
    horizontal bar, or a hyphen before a blank)."""
    count = 0
    for part in parts:
        stripped = part.lstrip()
        # a hyphen before a blank, or ending its node (the next may open with the blank)
        hyphen = stripped.startswith("-") and (len(stripped) == 1 or stripped[1].isspace())
        if hyphen or stripped.startswith(_DASHES):
            count += 1
    return count


def _labels_at_most(
    parts: list[str],
    text: str,
    starts: list[int],
    elements: Sequence[etree._Element],
    styled: _Styled,
    boxed: list[str],
) -> int:
    """At most how many blocks the reader would give a speaker label.

    The walk splits a label off a block only when the block opens in bold
    (``_walk._split_label``): those count one by one. A plain label
    (``html._split_plain_labels``) is split only when two names each open two blocks or more
    (its names: ``_labels.candidate_name``, and the bold labels), and only off a block outside
    the boxes: without two recurring names, plain labels add none. The boxes' text (``boxed``)
    still names speakers: its openings count towards the recurring names, though no label in
    it counts for :func:`worth_segmenting`."""
    bold_words: set[str] | None = None
    bold = 0
    openings = 0
    names: Counter[str] = Counter()
    for found in _colon_openings(text, starts):
        if bold_words is None:
            bold_words = _bold_words(elements, styled)
        opens_bold = _name_openings(found, names, bold_words)
        bold += opens_bold
        openings += 1
        if bold >= _FEWER_THAN:
            return bold
    for key in _colonless_openings(parts, text, starts):
        names[key] += 1
        openings += 1
    if openings < _FEWER_THAN:
        return bold  # fewer than two blocks outside the boxes could take a label
    if boxed and sum(1 for n in names.values() if n >= _FEWER_THAN) < _FEWER_THAN:
        box_text = "".join(boxed)
        box_starts = _starts(boxed)
        for found in _colon_openings(box_text, box_starts):
            _name_openings(found, names, None)
        for key in _colonless_openings(boxed, box_text, box_starts):
            names[key] += 1
    if sum(1 for n in names.values() if n >= _FEWER_THAN) >= _FEWER_THAN:
        return _FEWER_THAN
    return bold


def _name_openings(
    found: list[tuple[str, str, str]], names: Counter[str], bold_words: set[str] | None
) -> bool:
    """Count every name one block's opening could go by in ``names``; could it open in bold
    (``bold_words``, when given)?"""
    keys: set[str] = set()
    opens_bold = False
    for head, label, opening in found:
        if bold_words is not None and label and _bold_start(label, bold_words):
            opens_bold = True
        # every name the block could go by: what precedes the colon, and the name the
        # plain-label reader reads off the opening (with or without the text after it)
        for name in (label, _labels.candidate_name(head), _labels.candidate_name(opening)):
            if name:
                keys.add(" ".join(name.split()).casefold())
    names.update(keys)
    return opens_bold


def _bold_start(label: str, bold_words: set[str]) -> bool:
    """Could a block opening with ``label`` open in bold? Its first word and the first word
    of some text in bold begin alike (the text nodes may split a word)."""
    first = label.split()[0].casefold()
    return any(first.startswith(word) or word.startswith(first) for word in bold_words)


def _bold_words(elements: Sequence[etree._Element], styled: _Styled) -> set[str]:
    """The first word of every text node inside an element the walk reads as bold
    (``_walk.inline_style``: ``<b>``, ``<strong>``, a bold style or class; a class naming a
    question, ``_walk._Walker.question_class``), casefolded."""
    found: set[str] = set()
    bold_elements = [node for element in elements for node in element.iter("b", "strong")]
    for bold in bold_elements + styled.bold():
        for text in bold.itertext():
            words = text.split(None, 1)
            if words:
                found.add(words[0].casefold())
    return found


def _colon_openings(text: str, starts: list[int]) -> Iterator[list[tuple[str, str, str]]]:
    """For every colon that could end a speaker label, the (text from a possible block
    start, label before the colon, the opening up to the colon) triples: the text nodes
    starting at most :data:`_LABEL_REACH` characters before it where what lies between is a
    label the walk would split off (``_walk._plausible_label``), or the plain-label reader's opening
    (``html._LABEL_START``) fits."""
    from .html import _LABEL_START  # the reader's own first look (html imports this module)

    for match in _COLON.finditer(text):
        colon = match.start()
        index = bisect.bisect_right(starts, colon) - 1
        found: list[tuple[str, str, str]] = []
        seen: set[str] = set()
        while index >= 0 and colon - starts[index] <= _LABEL_REACH:
            start = starts[index]
            label = " ".join(text[start:colon].split())
            if label in seen:
                index -= 1
                continue  # a blank text node before the same opening
            seen.add(label)
            head = text[start : start + _LABEL_REACH + 40].lstrip()
            plausible = bool(label) and _plausible_label(label) and _has_letter(label)
            if plausible or _LABEL_START.match(head) is not None:
                opening = text[start : colon + 1].lstrip() + " …"
                found.append((head, label if plausible else "", opening))
            index -= 1
        if found:
            yield found


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _colonless_openings(parts: list[str], text: str, starts: list[int]) -> Iterator[str]:
    """The names, casefolded, of text nodes opening with a role mark ("D. …", "Pregunta. …")
    or a speaker's initials ("AD Sure, …"): the first word; or holding a name in capitals
    alone ("PETRA LIND"), alone or with the nodes right after it: the name."""
    for index, part in enumerate(parts):
        stripped = part.lstrip()
        if not stripped[:1].isupper():
            continue
        start = starts[index] + len(part) - len(stripped)
        head = text[start : start + _LABEL_REACH]
        if _labels.opens_with_role_mark(head) or _labels.opens_with_initials(head):
            word = _FIRST_WORD.match(head)
            yield (word.group() if word else head[:1]).casefold()
        elif part.isupper() and len(stripped) <= 60:
            name = _capitals_name(parts, index)
            if name is not None:
                yield name.casefold()


def _capitals_name(parts: list[str], index: int) -> str | None:
    """A name in capitals from this text node on, alone or with the nodes that follow."""
    line = ""
    for part in parts[index : index + 4]:
        line += part
        if len(line.strip()) > 60:
            return None
        name = " ".join(line.split())
        if _labels.is_capitals_name(name):
            return name
    return None


class _Styled:
    """The elements with a bold or an italic style, or a class the walk reads as bold
    (``_walk.inline_style``, ``_walk._Walker.question_class``), found once and only when asked."""

    def __init__(self, elements: Sequence[etree._Element]) -> None:
        self.elements = elements
        self._found: tuple[list[etree._Element], list[etree._Element]] | None = None

    def bold(self) -> list[etree._Element]:
        return self._find()[0]

    def split(self) -> tuple[list[etree._Element], list[etree._Element]]:
        """The bold elements and the italic ones."""
        return self._find()

    def _find(self) -> tuple[list[etree._Element], list[etree._Element]]:
        if self._found is None:
            bold: list[etree._Element] = []
            italic: list[etree._Element] = []
            for element in self.elements:
                _styled_in(element, bold, italic)
            self._found = (bold, italic)
        return self._found


def _styled_in(
    element: etree._Element, bold: list[etree._Element], italic: list[etree._Element]
) -> None:
    styles = set(element.xpath("descendant-or-self::*/@style"))
    bold_styles = {style for style in styles if _BOLD_STYLE.search(style)}
    italic_styles = {style for style in styles if _ITALIC_STYLE.search(style)} - bold_styles
    classes = {
        name
        for name in set(element.xpath("descendant-or-self::*/@class"))
        if _QUESTION_CLASS_HINT.search(name) or not _BOLD_CLASSES.isdisjoint(name.split())
    }
    if not bold_styles and not italic_styles and not classes:
        return
    for node in element.iter(etree.Element):
        style = node.get("style")
        if style in bold_styles or node.get("class") in classes:
            bold.append(node)
        elif style in italic_styles:
            italic.append(node)


def _set_apart(elements: Sequence[etree._Element], styled: _Styled) -> int:
    """How many blocks could be set apart in bold or italics (``_SET_APART`` of their
    characters), bounded by block-level element (holder):

    - a holder the walk may cut into smaller blocks (at a ``<br>``, a block inside it, an
      inline element named like a box; :func:`_splits`) holds at most one such block per
      emphasis element (``<b>``, ``<em>`` ..., bold or italic styles and classes) in it, and
      one more per cut inside that element;
    - another holder is one block whose emphasis elements hold that share of its text, unless
      it opens in bold: the walk may split a bold lead off it (``_walk._bold_question_lead``,
      ``_bold_topic_lead``), a block set apart, and the rest may be another."""
    # a holder's emphasised characters, its emphasis elements, and whether it opens in bold
    held: dict[etree._Element, list[Any]] = {}
    roots = {id(element) for element in elements}
    bold_nodes = [node for element in elements for node in element.iter("b", "strong")]
    italic_nodes = [node for element in elements for node in element.iter("i", "em", "cite", "dfn")]
    bold_styled, italic_styled = styled.split()
    apart = 0
    for node, bold in itertools.chain(
        ((n, True) for n in bold_nodes + bold_styled),
        ((n, False) for n in italic_nodes + italic_styled),
    ):
        holder = node
        while id(holder) not in roots and holder.tag not in BLOCK_TAGS and holder.tag != "li":
            parent = holder.getparent()
            if parent is None:
                break
            holder = parent
        if id(holder) in roots or _splits(holder):
            apart += 1 + _cuts(node)
            if apart >= _FEWER_THAN:
                return _FEWER_THAN
            continue
        seen = held.setdefault(holder, [0, 0, False])
        seen[0] += _visible("".join(node.itertext()))
        seen[1] += 1
        if bold and not seen[2] and holder is not node and _opens(node, holder):
            seen[2] = True
    for holder, (emphasised, nodes, lead) in held.items():
        if lead:
            apart += 1 if nodes == 1 else _FEWER_THAN
        elif emphasised >= _SET_APART * _visible("".join(holder.itertext())):
            apart += 1
        if apart >= _FEWER_THAN:
            return _FEWER_THAN
    return apart


def _cuts(node: etree._Element) -> int:
    """Where the walk may cut an element's text: ``<br>``, block elements, inline elements
    with a class (a box)."""
    return sum(
        1
        for inner in node.iterdescendants()
        if inner.tag == "br"
        or inner.tag in BLOCK_TAGS
        or inner.tag == "li"
        or inner.get("class") is not None
    )


def _opens(node: etree._Element, holder: etree._Element) -> bool:
    """Does ``node``'s text open ``holder``'s (nothing but blanks before it)?"""
    current = node
    while current is not holder:
        parent = current.getparent()
        if parent is None:
            return False
        if parent.text and not parent.text.isspace():
            return False
        for sibling in parent:
            if sibling is current:
                break
            if "".join(sibling.itertext()).strip() or (sibling.tail or "").strip():
                return False
        current = parent
    return True


def _splits(holder: etree._Element) -> bool:
    """Might the walk cut this element's text into several blocks (at a ``<br>``, a block
    element inside it, an inline element named like a box)?"""
    for node in holder.iterdescendants():
        tag = node.tag
        if (
            tag == "br"
            or tag in BLOCK_TAGS
            or tag == "li"
            or node.get("class") is not None
            or node.get("id") is not None
        ):
            return True
    return False


# -- the shallow read --------------------------------------------------------------------------

#: Marks where a block-level element's text starts in the text of a shallow read: a character
#: of Unicode's private-use plane 15 per element (its index in the element list; no page has
#: reason to use that plane), after this noncharacter.
_EDGE = "\ufdd0"
_FIRST = 0xF0000
#: Where a link (``<a href>``) starts and ends in the text of a shallow read.
_LINK = "\ufdd1"
_UNLINK = "\ufdd2"
_HIDING = etree.XPath("descendant-or-self::*[@hidden or @aria-hidden or @style]")
_HEADINGS = {f"h{n}": n for n in range(1, 7)}


@attrs.frozen
class _Box:
    kind: BlockKind
    level: int = 0
    marker: str | None = None
    hint: Hint | None = None
    lists: int = 0  # how many lists it is in


_PLAIN = _Box(BlockKind.PARAGRAPH)
#: The tag an inline box (``<a class="teaser">``) takes for the shallow read to end its block.
_INLINE_BOX = "interviewparse-box"
_BLOCKISH = (*sorted(BLOCK_TAGS), "br", "li", _INLINE_BOX)


def _unmarked(box: _Box) -> _Box:
    return _Box(box.kind, box.level, None, box.hint, box.lists)


def shallow_blocks(
    elements: Sequence[etree._Element],
    headline: str | None,
    hinted: Mapping[etree._Element, Hint] | None = None,
    region_chars: int | None = None,
) -> list[Block]:
    """The text of ``elements`` as blocks, without the walk: one block per block-level element
    or ``<br>``-separated line, headings, list items (with their markers), quotes and captions
    as the walk would type them, a figure's or a page footer's text carrying the walk's tag
    hint, and lines whose own words say what they are ("Read more", a photo credit:
    ``_hints.text_hint``) carrying theirs. The headline (an ``<h1>`` matching ``headline``) is
    the title.

    For a page :func:`turn_signs` found without signs: its text is all intro, so it is read as
    plainly as honesty allows (nothing is dropped but hidden widgets, as the walk drops them).
    Given ``region_chars`` (``html._chars`` of the region), a block element the walk would
    label as a box (``_walk._Walker.box_hint``: named by its tag, role or class/id words and
    small beside the region) carries the walk's hint too; so do the boxes the pre-check left
    out of its count (``hinted``, :func:`surely_boxes`), an inline one as a block of its own.
    Changes the elements' text (and an inline box's tag) in place: the tree is read once."""
    blocks: list[Block] = []
    hinted = hinted or {}
    for node in hinted:
        if node.tag not in BLOCK_TAGS and node.tag != "li":
            node.tag = _INLINE_BOX
    title = " ".join(headline.split()).casefold() if headline else None
    codes: list[_Box] = []
    made: dict[tuple[int, str, Hint | None], _Box] = {}
    for element in elements:
        for node in _HIDING(element):
            if node is not element and is_hidden(node):
                _drop(node)
        # Each block element's text opens with a code of its box, and the text after it
        # (its tail) with a code of the box around it: a stack, as the walk keeps contexts.
        stack = [_PLAIN]
        for event, node in etree.iterwalk(element, events=("start", "end"), tag=_BLOCKISH):
            if event == "start":
                outer = stack[-1]
                if node.tag == "br":
                    box = outer
                else:
                    rc = None if node is element else region_chars
                    box = _box(node, outer, hinted, rc, made)
                stack.append(box)
                if node.tag != "br":
                    node.text = _EDGE + chr(_FIRST + len(codes)) + (node.text or "")
                    codes.append(box)
            else:
                stack.pop()
                if node is not element:
                    outer = stack[-1]
                    node.tail = _EDGE + chr(_FIRST + len(codes)) + (node.tail or "")
                    codes.append(outer if outer.marker is None else _unmarked(outer))
        for link in element.iter("a"):
            if link.get("href") is not None:  # the walk's link density counts these
                link.text = _LINK + (link.text or "")
                link.tail = _UNLINK + (link.tail or "")
        text = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
        pending: str | None = None
        for piece in text.split(_EDGE):
            code = ord(piece[0]) - _FIRST if piece else -1
            coded = 0 <= code < len(codes)
            box = codes[code] if coded else _PLAIN
            piece = piece[1:] if coded else piece
            marked = _LINK in piece or _UNLINK in piece
            words = " ".join(
                (piece.replace(_LINK, "").replace(_UNLINK, "") if marked else piece).split()
            )
            if box.marker is not None and pending is None:
                pending = box.marker
            if not words:
                continue
            linked = _linked_share(piece) if marked else 0.0
            if box.kind is BlockKind.HEADING and box.level == 1 and words.casefold() == title:
                blocks.append(Block(text=words, kind=BlockKind.TITLE, source="h1"))
                title = None
                continue
            hint = box.hint or text_hint(words, linked)
            kind = box.kind
            if kind is BlockKind.CAPTION and hint is None:
                hint = Hint(BoilerplateKind.CAPTION, "<figcaption>", "html.tag")
            blocks.append(
                Block(
                    text=words,
                    kind=kind,
                    level=box.level,
                    marker=pending if kind is BlockKind.LIST_ITEM else None,
                    source="shallow",
                    link_density=linked,
                    hint=hint.kind if hint else None,
                    hint_reason=hint.reason if hint else None,
                    hint_rule=hint.rule if hint else None,
                )
            )
            pending = None
    return blocks


def _linked_share(piece: str) -> float:
    """The share of a piece's visible characters inside links (``_walk``'s link density)."""
    total = linked = 0
    inside = piece.count(_UNLINK) > piece.count(_LINK)  # the piece opened inside a link
    for run in re.split(f"([{_LINK}{_UNLINK}])", piece):
        if run == _LINK:
            inside = True
        elif run == _UNLINK:
            inside = False
        else:
            n = _visible(run)
            total += n
            linked += n if inside else 0
    return min(1.0, linked / total) if total else 0.0


def _box(
    node: etree._Element,
    outer: _Box,
    hinted: Mapping[etree._Element, Hint],
    region_chars: int | None,
    made: dict[tuple[int, str, Hint | None], _Box],
) -> _Box:
    """How the walk would type a block element inside ``outer`` (``_walk._Walker.enter``);
    ``made`` keeps the boxes made already (one per outer box, tag and hint, but list items)."""
    tag = node.tag
    hint = outer.hint
    if hint is None:
        hint = hinted.get(node)
    if hint is None and region_chars is not None:
        named = _named(node)
        small = _small(node, named, region_chars) if named is not None else None
        hint = small[0] if small is not None else None
    if hint is None:
        found = _TAG_HINTS.get(tag)
        if found is not None and found.rule != "html.generic-box":
            hint = found
    if tag == "li":
        level = max(0, outer.lists - 1)
        return _Box(BlockKind.LIST_ITEM, level, _item_marker(node), hint, outer.lists)
    key = (id(outer), tag, hint)
    box = made.get(key)
    if box is None:
        box = made[key] = _new_box(tag, outer, hint)
    return box


def _new_box(tag: str, outer: _Box, hint: Hint | None) -> _Box:
    lists = outer.lists
    if tag == _INLINE_BOX:  # an inline element named like a box: a block of the box's own
        return _Box(outer.kind, outer.level, hint=hint, lists=lists)
    if tag in _HEADINGS:
        return _Box(BlockKind.HEADING, _HEADINGS[tag], hint=hint, lists=lists)
    if tag in ("ul", "ol", "menu", "dir"):
        return _Box(outer.kind, outer.level, hint=hint, lists=lists + 1)
    if tag == "blockquote":
        return _Box(BlockKind.QUOTE, hint=hint, lists=lists)
    if tag in ("figcaption", "caption"):
        return _Box(BlockKind.CAPTION, hint=hint, lists=lists)
    if outer.kind is BlockKind.LIST_ITEM:
        return _Box(outer.kind, outer.level, hint=hint, lists=lists)
    if outer.kind is BlockKind.QUOTE:
        return _Box(outer.kind, hint=hint, lists=lists)
    return _Box(BlockKind.PARAGRAPH, hint=hint, lists=lists)


def _item_marker(item: etree._Element) -> str:
    """A list item's marker as the walk writes it: "•", or its number in an ordered list."""
    owner = item.getparent()
    if owner is None or owner.tag != "ol":
        return "•"
    step = -1 if owner.get("reversed") is not None else 1
    try:
        number = int(owner.get("start") or 0)
    except ValueError:
        number = 0
    if not number:  # a reversed list counts down to 1 from its number of items
        number = sum(1 for sibling in owner if sibling.tag == "li") if step < 0 else 1
    for sibling in owner:
        if sibling.tag != "li":
            continue
        value = sibling.get("value")
        if value is not None and value.strip().lstrip("-").isdigit():
            number = int(value)
        if sibling is item:
            break
        number += step
    return _ol_marker(number, owner.get("type"))


def _drop(node: etree._Element) -> None:
    """Remove an element, keeping the text after it."""
    parent = node.getparent()
    if parent is None:
        return
    if node.tail:
        before = node.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)
