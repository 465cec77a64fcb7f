"""Title, publisher, date, language, authors, interviewers and interviewees."""

from __future__ import annotations

import attrs

from .blocks import BlockKind, Document
from .segment import Segmentation

__all__ = ["Metadata", "read_metadata"]


@attrs.frozen
class Metadata:
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    interviewers: tuple[str, ...] = ()
    interviewees: tuple[str, ...] = ()


def read_metadata(doc: Document, seg: Segmentation) -> Metadata:
    title = doc.meta.title
    for block in doc.blocks:
        if block.kind is BlockKind.TITLE:
            title = block.text
            break
    return Metadata(
        title=title,
        publisher=doc.meta.site_name,
        url=doc.meta.url,
        language=doc.meta.language,
        published=doc.meta.published,
        authors=doc.meta.authors,
    )
