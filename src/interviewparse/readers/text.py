"""Plain-text reader: text in, a :class:`Document` of blocks out."""

from __future__ import annotations

import re

from ..blocks import Block, BlockKind, Document

__all__ = ["read_text"]

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def read_text(text: str) -> Document:
    """Split text into paragraph blocks; the first non-empty line is the title."""
    blocks: list[Block] = []
    offset = 0
    for chunk in re.split(r"\n\s*\n", text):
        start = text.find(chunk, offset)
        offset = start + len(chunk)
        for line in chunk.splitlines():
            norm = _norm(line)
            if not norm:
                continue
            kind = BlockKind.TITLE if not blocks else BlockKind.PARAGRAPH
            blocks.append(Block(text=norm, kind=kind, source=f"text:{start}-{offset}"))
    return Document(blocks=tuple(blocks), format="text")
