"""Label the blocks that are publisher clutter, not the interview. Nothing is dropped: each
verdict names a :class:`~interviewparse.BoilerplateKind` and the rule that fired."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .blocks import Block, Document
from .models import BoilerplateKind

__all__ = ["Verdict", "label_boilerplate"]


@attrs.frozen
class Verdict:
    """Why a block is boilerplate."""

    kind: BoilerplateKind
    reason: str


def _reader_hint(block: Block) -> Verdict | None:
    if block.hint is not None:
        return Verdict(block.hint, block.hint_reason or "reader hint")
    return None


def label_boilerplate(doc: Document, profile: object | None = None) -> tuple[Verdict | None, ...]:
    """One verdict per block: ``None`` for content, a :class:`Verdict` for clutter."""
    blocks: Sequence[Block] = doc.blocks
    return tuple(_reader_hint(block) for block in blocks)
