"""The document as the metadata stage reads it: who speaks on which side, and where.

A :class:`View` cuts the segmented document into the parts the metadata rules read: the
title and intro ("front"), credits and notes after the interview, the text of the questions,
the speaker labels of the asking and of the answering side, names set as headings, and a
:class:`~interviewparse.people.names.NameIndex` of the people the text mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Sequence
from functools import cache

import attrs

from .. import lexicon
from ..blocks import Block, BlockKind, Document
from ..cues import QUESTION_MARKS
from ..segment import Role, Segmentation
from .names import (
    PARTICLES,
    NameIndex,
    clean_label,
    is_person_name,
    label_role,
    resolve_label,
)

__all__ = ["View", "build_view", "role_of"]

_MAX_HEADING_WORDS = 4


@attrs.frozen
class View:
    """The document cut into the parts each rule reads."""

    title: str | None
    front: tuple[str, ...]  # title, intro and every block before the first question
    told: tuple[str, ...]  # the blocks of ``front`` that are not boilerplate (no captions)
    side_notes: tuple[str, ...]  # outro and short boilerplate blocks (credits, bylines)
    body: tuple[str, ...]  # every block's text, for the name index and the language guess
    has_questions: bool
    name_headings: tuple[str, ...]
    questions: tuple[str, ...]  # the text of every question block
    index: NameIndex
    hints: str  # the page's URL and keywords, lower-cased, where names often appear too
    leading_text: str  # the first stretch of the body, where people are introduced
    # (asking labels, answering labels) as given, or the document and its segmentation to
    # sort them from when first asked (:attr:`question_labels`, :attr:`answer_labels`): most
    # pages that are no interview never ask, and sorting them may search the text for names
    _sides: tuple[tuple[str, ...], tuple[str, ...]] | tuple[Document, Segmentation] = attrs.field(
        default=((), ()), eq=False, repr=False
    )

    def _labels(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        sides = self._sides
        if isinstance(sides[0], Document):
            doc, seg = sides
            asking, answering = _labels_by_side(doc, seg, self.index)
            sides = (tuple(asking), tuple(answering))
            object.__setattr__(self, "_sides", sides)
        return sides

    @property
    def question_labels(self) -> tuple[str, ...]:
        """The asking side's speakers, most frequent first."""
        return self._labels()[0]

    @property
    def answer_labels(self) -> tuple[str, ...]:
        """The answering side's speakers, most frequent first."""
        return self._labels()[1]


def role_of(seg: Segmentation, i: int) -> Role | None:
    return seg.roles[i] if i < len(seg.roles) else None


def _label(block: Block, seg: Segmentation, i: int) -> str | None:
    if block.label:
        return block.label
    if i < len(seg.speakers):
        return seg.speakers[i]
    return None


_INLINE_LABEL = re.compile(
    r"^\s*(?P<label>[^\W\d_][\w.’'\-]*(?:\s+[\w.’'\-]+){0,3}?)\s*:\s+\S", re.UNICODE
)


def _inline_label(text: str) -> str | None:
    """A "Name:" turn label still at the start of a block's text, if it looks like one."""
    if ":" not in text:  # most paragraphs: the pattern backtracks through their first words
        return None
    match = _INLINE_LABEL.match(text)
    if match is None:
        return None
    label = match["label"]
    words = label.split()
    if not all(w[0].isupper() or w.lower() in PARTICLES for w in words):
        return None
    return label


def _inline_labels(doc: Document, seg: Segmentation, index: NameIndex) -> list[tuple[str, int]]:
    """Labels the reader left inside the text ("Rick: I got into tech ..."), with their block.

    Only blocks without a label of their own are read. On the answering side a label must
    resolve to a person, so "Update:" or "Short term:" do not become interviewees; on the
    asking side it must recur or open the first question (pages often label only the first
    exchange).
    """
    found: list[tuple[str, int]] = []
    asking: Counter[str] = Counter()
    first_question = True
    for i, block in enumerate(doc.blocks):
        role = role_of(seg, i)
        if role in (None, Role.BOILERPLATE, Role.TITLE) or block.kind is BlockKind.HEADING:
            continue
        if block.label:
            continue
        label = _inline_label(block.text)
        if label is not None:
            is_question = role is Role.QUESTION or (
                role is not Role.ANSWER and _ends_with_question(block.text)
            )
            if is_question:
                asking[label] += _FIRST_TURN_WEIGHT if first_question else 1
                found.append((label, i))
            elif _resolves_in_text(label, index):
                found.append((label, i))
        if role is Role.QUESTION:
            first_question = False
    weak = {label for label, n in asking.items() if n < _FIRST_TURN_WEIGHT}
    return [(label, i) for label, i in found if label not in weak]


def _ends_with_question(text: str) -> bool:
    return text.rstrip(" \"'”“»«)）").endswith(QUESTION_MARKS)


_FIRST_TURN_WEIGHT = 2


def _resolves_in_text(label: str, index: NameIndex) -> bool:
    """The label is a full name, or a short form of a name the document gives in full."""
    name = resolve_label(label, index, answer_side=False)
    return name is not None and (len(name.split()) > 1 or index.count(name) > 0)


def _turn_labels(doc: Document, seg: Segmentation) -> list[tuple[int, str]]:
    """(block index, label) for each labelled turn: the block that carries the label, not the
    blocks the segmenter merely assigned to the same speaker after it."""
    turns: list[tuple[int, str]] = []
    previous: str | None = None
    for i, block in enumerate(doc.blocks):
        label = _label(block, seg, i)
        if label and (block.label or label != previous):
            turns.append((i, label))
        previous = label
    return turns


def _labels_by_side(
    doc: Document, seg: Segmentation, index: NameIndex
) -> tuple[list[str], list[str]]:
    """Speakers of the asking and of the answering side, most frequent first.

    Labels that stand for the same person ("Karin Fischer", "Fischer") are pooled and each
    speaker is placed by the evidence of their turns: the roles the segmenter gave them and
    how often they end in a question mark. The side the segmenter declares for a label
    (``interviewer_labels`` / ``interviewee_labels``) counts as a role, but a speaker whose
    turns almost never end in "?" is not put on the asking side on its word alone.
    """
    declared_q = {label for label in getattr(seg, "interviewer_labels", ()) or () if label}
    declared_a = {label for label in getattr(seg, "interviewee_labels", ()) or () if label}
    occurrences = [
        (label, i)
        for i, label in _turn_labels(doc, seg)
        if role_of(seg, i) not in (Role.BOILERPLATE, None)
    ]
    occurrences += _inline_labels(doc, seg, index)
    tallies: dict[str, list[int]] = {}  # speaker -> [turns, question roles, answer roles, "?"]
    declared: dict[str, bool] = {}  # speaker -> declared asking
    # "KOFI ADU, HOST": the role the transcript writes after the name says the side
    by_role: dict[str, bool] = {}
    sides = {label: label_role(label)[1] for label in dict.fromkeys(lb for lb, _ in occurrences)}
    # A label recurs on every turn of its speaker: resolve each distinct label once.
    keys = {
        label: _speaker_key(label, index) for label in dict.fromkeys(lb for lb, _ in occurrences)
    }
    for label, i in occurrences:
        key = keys[label]
        if not key:
            continue
        tally = tallies.setdefault(key, [0, 0, 0, 0])
        role = role_of(seg, i)
        tally[0] += 1
        tally[1] += role is Role.QUESTION
        tally[2] += role is Role.ANSWER
        tally[3] += _ends_with_question(doc.blocks[i].text)
        if label in declared_q or label in declared_a:
            declared.setdefault(key, label in declared_q)
        side = sides[label]
        if side is not None:
            by_role.setdefault(key, side)
    asking = {
        key
        for key, tally in tallies.items()
        if (by_role[key] if key in by_role else _asks(tally, declared.get(key)))
    }
    if not asking and len(tallies) >= 2:
        # roles all on one side: trust the question marks alone if one speaker clearly asks
        marks = sorted(((t[3] / t[0], key) for key, t in tallies.items()), reverse=True)
        if marks[0][0] >= _ASKING_SCORE and marks[0][0] >= 2 * marks[1][0]:
            asking = {marks[0][1]}
    ordered = sorted(tallies, key=lambda key: -tallies[key][0])
    unseen_q = [label for label in sorted(declared_q) if _speaker_key(label, index) not in tallies]
    unseen_a = [label for label in sorted(declared_a) if _speaker_key(label, index) not in tallies]
    questions = [key for key in ordered if key in asking] + unseen_q
    answers = [key for key in ordered if key not in asking] + unseen_a
    answers = _without_variants(answers, tallies, doc)
    return questions, answers


_MAIN_SPEAKER_TURNS = 3


def _without_variants(
    answers: list[str], tallies: dict[str, list[int]], doc: Document
) -> list[str]:
    """The answering speakers less a one-off label that misspells the main one ("Ada Lindqvst"
    once among twenty "Ada Lindqvist"): a full name that labels a single turn, shares its
    first name with a speaker of three turns or more, and is named nowhere in the text. No
    intro, headline or turn introduces such a person; the label is the main speaker's, mistyped.
    """
    main = [key for key in answers if tallies.get(key, [0])[0] >= _MAIN_SPEAKER_TURNS]
    if not main:
        return answers
    firsts = {key.split()[0] for key in main if len(key.split()) >= 2}
    variants = [
        key
        for key in answers
        if tallies.get(key, [0])[0] == 1
        and len(key.split()) >= 2
        and key.split()[0] in firsts
        and key not in main
    ]
    if not variants:
        return answers
    text = "\n".join(block.text for block in doc.blocks)
    return [key for key in answers if key not in variants or key in text]


def _speaker_key(label: str, index: NameIndex) -> str:
    return resolve_label(label, index, answer_side=True) or clean_label(label)


def _asks(tally: list[int], declared_asking: bool | None) -> bool:
    turns, _, _, marks = tally
    if turns >= _VETO_TURNS and marks / turns < _VETO_MARKS:
        return False
    if declared_asking is not None:
        return declared_asking
    return _asking_score(*tally) >= _ASKING_SCORE


_ASKING_SCORE = 0.4
_ROLE_WEIGHT = 0.7
_VETO_TURNS = 3
_VETO_MARKS = 0.15


def _asking_score(turns: int, asked: int, answered: int, marks: int) -> float:
    """How much a speaker's turns look like the interviewer's (0..1)."""
    mark_share = marks / turns
    placed = asked + answered
    if placed * 2 < turns:
        return mark_share
    return _ROLE_WEIGHT * asked / placed + (1 - _ROLE_WEIGHT) * mark_share


#: Names in a heading are listed with commas and the word for "and" ("Ada Weiss und Tom Reed").
@cache
def _heading_split(langs: tuple[str, ...] | None) -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:{lexicon.alternation(lexicon.filled('and_words', langs))}|&)\s+|\s*,\s*"
    )


def _asks_next(doc: Document, seg: Segmentation, i: int) -> bool:
    """A question, or a turn, follows block ``i`` closely (the mini-interview it heads).
    Boilerplate between them (a photo credit, the guest's account) is passed over without
    counting, up to a bound; another heading ends the look (it heads what follows)."""
    told = 0
    for j in range(i + 1, min(len(doc.blocks), i + 1 + _HEADING_REACH_BLOCKS)):
        role = role_of(seg, j)
        if role in (Role.QUESTION, Role.ANSWER):
            return True
        if doc.blocks[j].kind is BlockKind.HEADING:
            return False
        if role is Role.BOILERPLATE:
            continue
        if _ends_with_question(doc.blocks[j].text):
            return True
        told += 1
        if told >= _HEADING_REACH - 1:
            return False
    return False


def _heading_name(part: str, known: set[str], common: Container[str]) -> bool:
    """A heading part that is a name: no word the text also writes in lower case ("Neue
    Hoffnung"), and three words only when a label confirms it (German nouns look like names)."""
    words = part.split()
    if not is_person_name(part) or any(w.lower() in common for w in words):
        return False
    return len(words) <= 2 or (len(words) == 3 and part.lower() in known)


def _name_headings(
    doc: Document, seg: Segmentation, labels: Sequence[str], common: Container[str]
) -> list[str]:
    """Names set as headings right before a run of questions (one mini-interview per person).

    Only trusted when at least two such headings exist, which is the shape of a page that
    interviews several people in turn, and when most of them are plainly names: a full name,
    or a one-word name that also labels answers ("Asake:"). A run of one-word headings
    ("Example", "Heirloom") is more often a list of section titles.
    """
    found: list[str] = []
    plain = 0
    headings = 0
    known = {clean_label(label).lower() for label in labels}
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING or role_of(seg, i) is Role.QUESTION:
            continue
        if not _asks_next(doc, seg, i):
            continue
        text = block.text.strip()
        if len(text.split()) > _MAX_HEADING_WORDS or text.endswith(("?", ":", ".")):
            continue
        parts = [p for p in _heading_split(lexicon.document_languages()).split(text) if p]
        if parts and all(_heading_name(p, known, common) for p in parts):
            found.extend(parts)
            headings += 1
            plain += any(len(p.split()) > 1 or p.lower() in known for p in parts)
    if len(found) < 2 or plain * 2 < headings:
        return []
    return found


_FRONT_BLOCKS = 30
# People are introduced early: names are indexed from the first this many characters only, so
# a very long transcript costs no more than a long interview.
_INDEX_CHARS = 200_000


def _leading(texts: Sequence[str], limit: int) -> list[str]:
    """The first texts of ``texts`` up to about ``limit`` characters in all."""
    kept: list[str] = []
    size = 0
    for text in texts:
        if size >= limit:
            break
        kept.append(text)
        size += len(text)
    return kept


_HEADING_REACH = 4
#: Blocks looked at after a heading, boilerplate included.
_HEADING_REACH_BLOCKS = 8


def build_view(doc: Document, seg: Segmentation, title: str | None) -> View:
    # each block's role as role_of gives it (None past the segmentation's end), read once
    roles: list[Role | None] = list(seg.roles[: len(doc.blocks)])
    roles += [None] * (len(doc.blocks) - len(roles))
    first_question = roles.index(Role.QUESTION) if Role.QUESTION in roles else None
    front: list[str] = [title] if title else []
    told: list[str] = list(front)
    if doc.meta.description:
        front.append(doc.meta.description)
    # the page's byline is a credit line: "Interview: Julia Lauter" names who asked
    side: list[str] = [doc.meta.byline] if doc.meta.byline else []
    body: list[str] = [title] if title else []
    questions: list[str] = []
    for i, (block, role) in enumerate(zip(doc.blocks, roles, strict=True)):
        body.append(block.text)
        if role is Role.QUESTION:
            questions.append(block.text)
        if first_question is None or i < first_question:
            if role is not Role.TITLE or block.text != title:
                front.append(block.text)
                if role is not Role.BOILERPLATE:
                    told.append(block.text)
        elif role is Role.OUTRO or (role is Role.BOILERPLATE and len(block.text) < 300):
            side.append(block.text)
    labels = [label for i, block in enumerate(doc.blocks) if (label := _label(block, seg, i))]
    leading = _leading(body, _INDEX_CHARS)
    index = NameIndex.build(leading, dict.fromkeys(labels))
    hints = " ".join([doc.meta.url or "", *doc.meta.keywords]).lower()
    return View(
        title=title,
        front=tuple(front[:_FRONT_BLOCKS]),
        told=tuple(told[:_FRONT_BLOCKS]),
        side_notes=tuple(side),
        body=tuple(body),
        has_questions=first_question is not None,
        name_headings=tuple(_name_headings(doc, seg, labels, index.common)),
        questions=tuple(questions),
        index=index,
        hints=hints,
        leading_text=" ".join(leading),
        sides=(doc, seg),
    )
