"""The format-blind segmenter: blocks in, intro / question / answer / outro roles out."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence

import attrs

from .blocks import Block, BlockKind
from .boilerplate import Verdict

__all__ = ["Role", "Segmentation", "segment"]


class Role(str, enum.Enum):
    TITLE = "title"
    INTRO = "intro"
    QUESTION = "question"
    ANSWER = "answer"
    OUTRO = "outro"
    BOILERPLATE = "boilerplate"


@attrs.frozen
class Segmentation:
    """The segmenter's decision for every block.

    Attributes:
        roles: one :class:`Role` per block.
        starts: indices of question blocks that begin a new question (a run of question blocks
            without a start inside it is one multi-paragraph question).
        speakers: the speaker named for each block, when the source names one.
        reasons: for question blocks, the cue that made them questions.
        boilerplate: verdicts for blocks the segmenter itself recognised as clutter
            (role ``BOILERPLATE`` but no verdict from the boilerplate stage).
        style: the question convention inferred for the document.
    """

    roles: tuple[Role, ...]
    starts: frozenset[int]
    speakers: tuple[str | None, ...]
    reasons: tuple[str | None, ...]
    boilerplate: Mapping[int, Verdict] = attrs.field(factory=dict)
    style: str | None = None


def segment(blocks: Sequence[Block], verdicts: Sequence[Verdict | None]) -> Segmentation:
    """Placeholder segmentation: a paragraph ending in "?" is a question."""
    roles: list[Role] = []
    starts: set[int] = set()
    seen_question = False
    for i, (block, verdict) in enumerate(zip(blocks, verdicts)):
        if block.kind is BlockKind.TITLE:
            roles.append(Role.TITLE)
        elif verdict is not None:
            roles.append(Role.BOILERPLATE)
        elif block.text.rstrip().endswith("?"):
            if not (roles and roles[-1] is Role.QUESTION):
                starts.add(i)
            roles.append(Role.QUESTION)
            seen_question = True
        else:
            roles.append(Role.ANSWER if seen_question else Role.INTRO)
    return Segmentation(
        roles=tuple(roles),
        starts=frozenset(starts),
        speakers=tuple(None for _ in blocks),
        reasons=tuple("wording" if r is Role.QUESTION else None for r in roles),
        style="wording",
    )
