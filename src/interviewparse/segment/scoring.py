"""Ranking whole decodings: which convention's reading of a document is the interview?

Every convention (speaker labels, dialogue dashes, headings, bold, italics, wording alone, a
publisher profile) decodes the whole document into a candidate: a sequence of questions, each
with its answer. Several may be plausible on one page — a Russian page whose bold questions are
answered in paragraphs opened by "— " reads as a bold interview *and* as a dash interview with
every pair inverted. This module measures each candidate on named evidence and gives it one
score; the segmenter keeps the best, and records the rest (:attr:`Segmentation.ranking
<interviewparse.segment.Segmentation.ranking>`) so that ``--explain`` can say why it won.

The evidence (each a share in [0, 1] unless said otherwise, all in :data:`FEATURES`):

``questions_ask``
    questions that read like questions: a question mark at the end, an interrogative opener,
    addressing the guest ("you", "Sie", "vous", "вы").
``answers_ask``
    answers whose first paragraph ends in a question mark: in an inverted reading, the real
    questions come out as answers. Weighs against.
``answers_first_person``
    answers that say "I" or "we" (a guest speaks for themselves).
``questions_first_person``
    questions that say "I" or "we": in an inverted reading the guest's words are the
    "questions". Weighs against, lightly (an interviewer says "I" now and then).
``questions_shorter``
    pairs whose question is shorter than its answer.
``marker_in_answers``
    answers that carry, past their first paragraph, the mark most questions open with (a
    bold paragraph, a heading of the questions' level, the interviewer's label): a reading
    that leaves the other side's marked turns inside its answers has missed questions. Weighs
    against.
``answers_change_speaker``
    answers within which a speaker label other than the answer's own opens a paragraph: the
    reading runs across a change of speaker. Weighs against.
``answered``
    questions that have an answer (a regular alternation of the two sides).
``coverage``
    the share of the document's content text (in characters) that the pairs hold.
``pairs``
    how many pairs, on a log scale (1 pair 0.0, 50 pairs or more 1.0).
``marker_explicit``
    how explicitly the convention marks who speaks: a publisher's own markup or a speaker
    label names the side; a dash, a heading or bold marks a turn; italics and wording only
    suggest one. Small: it parts readings the other evidence cannot tell apart.

The weights are data (:data:`WEIGHTS`); the score is their sum over the features. Equal scores
keep the conventions' listed order.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Protocol

import attrs

from ..blocks import SET_APART, Block, BlockKind

__all__ = ["FEATURES", "WEIGHTS", "Candidate", "Evidence", "ceiling", "measure", "score"]


@attrs.frozen
class Candidate:
    """One convention's decoding of a whole document, as ranked.

    Attributes:
        style: the convention ("label", "dash", "heading", "bold", "italic", "wording",
            "profile").
        score: the weighted sum of ``features`` (higher is better).
        features: each named piece of evidence (:data:`FEATURES`) and its value.
    """

    style: str
    score: float
    features: Mapping[str, float] = attrs.field(factory=dict)

    def contributions(self) -> dict[str, float]:
        """Each feature's share of the score (its value times its weight)."""
        return {name: value * WEIGHTS.get(name, 0.0) for name, value in self.features.items()}


#: How explicitly each convention marks who speaks (the ``marker_explicit`` feature).
MARKER_EXPLICIT: Mapping[str, float] = {
    "profile": 1.0,
    "label": 1.0,
    "dash": 0.75,
    "heading": 0.5,
    "bold": 0.5,
    "italic": 0.25,
    "wording": 0.0,
}

#: The weight of each feature in a candidate's score.
WEIGHTS: Mapping[str, float] = {
    "questions_ask": 2.0,
    "answers_ask": -2.0,
    "answers_first_person": 1.0,
    "questions_first_person": -0.5,
    "questions_shorter": 1.0,
    "marker_in_answers": -3.0,
    "answers_change_speaker": -3.0,
    "answered": 1.0,
    "coverage": 1.0,
    "pairs": 0.5,
    "marker_explicit": 1.0,
}

FEATURES: tuple[str, ...] = tuple(WEIGHTS)


class Evidence(Protocol):
    """What the scorer asks of a block or a question, answered once per parse by the segmenter."""

    @property
    def blocks(self) -> Sequence[Block]: ...

    def words(self, i: int) -> int: ...

    def first_person(self, i: int) -> bool: ...

    def ends_asking(self, i: int) -> bool: ...

    def asking(self, question: str) -> bool: ...


def text_chars(blocks: Sequence[Block], indices: Sequence[int]) -> int:
    """How many characters the blocks at ``indices`` hold."""
    return sum(len(blocks[i].text) for i in indices)


def measure(
    style: str,
    pairs: Sequence[tuple[Sequence[int], Sequence[int]]],
    content: Sequence[int],
    evidence: Evidence,
    *,
    total_chars: int | None = None,
) -> dict[str, float]:
    """The named evidence for one decoding: ``pairs`` are (question blocks, answer blocks) in
    reading order, ``content`` the blocks that could carry interview text. The shares are read
    from at most :data:`_SAMPLE` pairs spread evenly over the document.

    ``total_chars`` is :func:`text_chars` of ``content``, when the caller has it: a ranking
    measures every convention's decoding of the same content blocks."""
    blocks = evidence.blocks
    count = len(pairs)
    if count == 0:
        return dict.fromkeys(FEATURES, 0.0)
    # lengths in characters: a share of the text, read without splitting it into words
    held = sum(len(blocks[i].text) for q, a in pairs for i in (*q, *a))
    total = (text_chars(blocks, content) if total_chars is None else total_chars) or 1
    if count > _SAMPLE:  # the shares, read off pairs spread evenly over the document
        pairs = [pairs[k * count // _SAMPLE] for k in range(_SAMPLE)]
    n = len(pairs)
    answered = [(q, a) for q, a in pairs if a]
    asking = sum(1 for q, _ in pairs if evidence.asking("\n".join(blocks[i].text for i in q)))
    answers_ask = sum(1 for _, a in answered if evidence.ends_asking(a[0]))
    # (the first two paragraphs of an answer show whose voice it is)
    answers_first = sum(1 for _, a in answered if any(evidence.first_person(i) for i in a[:2]))
    questions_first = sum(1 for q, _ in pairs if any(evidence.first_person(i) for i in q[:2]))
    marks = _questions_marks([blocks[q[0]] for q, _ in pairs])
    leaking = (
        sum(1 for _, a in answered if any(_mark(blocks[i]) in marks for i in a[1:])) if marks else 0
    )
    changing = sum(1 for _, a in answered if _changes_speaker([blocks[i] for i in a]))
    shorter = sum(
        1
        for q, a in answered
        if sum(len(blocks[i].text) for i in q) < sum(len(blocks[i].text) for i in a)
    )
    m = len(answered) or 1
    return {
        "questions_ask": asking / n,
        "answers_ask": answers_ask / m,
        "answers_first_person": answers_first / m,
        "questions_first_person": questions_first / n,
        "questions_shorter": shorter / m,
        "marker_in_answers": leaking / m,
        "answers_change_speaker": changing / m,
        "answered": len(answered) / n,
        "coverage": min(1.0, held / total),
        "pairs": min(1.0, math.log(count) / math.log(50)),
        "marker_explicit": MARKER_EXPLICIT.get(style, 0.0),
    }


#: How many pairs, spread evenly, the shares are read from at most.
_SAMPLE = 40


def _changes_speaker(answer: Sequence[Block]) -> bool:
    """Does a paragraph after the answer's first carry a speaker label other than the answer's
    own (the first label in it)?"""
    own = answer[0].label
    for block in answer[1:]:
        if block.label:
            if own is None:
                own = block.label
            elif block.label != own:
                return True
    return False


def _mark(block: Block) -> str | None:
    """The mark a turn opens with: its speaker label, a profile's question mark-up, a heading
    level, a dialogue dash, bold, italics; ``None`` for a plain paragraph."""
    if block.label:
        return f"label {block.label}"
    if block.marked_question:
        return "profile"
    if block.kind is BlockKind.HEADING:
        return f"h{block.level}"
    if block.dash:
        return "dash"
    if block.emphasis >= _EMPHASIS:
        return "bold"
    if block.italic >= _ITALIC:
        return "italic"
    return None


def _questions_marks(openings: Sequence[Block]) -> frozenset[str]:
    """The marks most questions open with: the labels that open questions when most questions
    are labelled (a show may have two hosts), else the one mark most open with; none when most
    open plain."""
    marks = [_mark(block) for block in openings]
    labelled = [mark for mark in marks if mark is not None and mark.startswith("label ")]
    if 2 * len(labelled) > len(marks):
        return frozenset(labelled)
    mark, count = Counter(marks).most_common(1)[0]
    return frozenset({mark}) if mark is not None and 2 * count > len(marks) else frozenset()


#: The shares of a block set in bold, in italics, from which it counts as marked so.
_EMPHASIS = SET_APART
_ITALIC = 0.8


#: The score of a reading with every feature that counts for at its best and none that counts
#: against, before its convention's ``marker_explicit`` (the same for every convention).
_BEST_BUT_MARKER = sum(
    weight for name, weight in WEIGHTS.items() if weight > 0 and name != "marker_explicit"
)


def ceiling(style: str) -> float:
    """The highest score a reading by this convention could have: every feature that counts
    for at its best, none that counts against. A convention whose ceiling does not beat a
    reading already found need not be decoded."""
    return _BEST_BUT_MARKER + WEIGHTS["marker_explicit"] * MARKER_EXPLICIT.get(style, 0.0)


def score(features: Mapping[str, float]) -> float:
    """The weighted sum of the features (:data:`WEIGHTS`)."""
    return sum(WEIGHTS.get(name, 0.0) * value for name, value in features.items())
