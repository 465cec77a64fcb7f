"""HTML reader: a page in, a :class:`Document` of blocks out."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from ..blocks import Block, BlockKind, Document, PageMeta

__all__ = ["read_html"]

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def read_html(html: str, url: str | None = None) -> Document:
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "svg", "template"]):
        tag.decompose()
    blocks: list[Block] = []
    for element in soup.find_all(["p", "h1", "h2", "h3", "h4", "li"]):
        if not isinstance(element, Tag):
            continue
        text = _norm(element.get_text(" "))
        if not text:
            continue
        bold = sum(len(_norm(b.get_text(" "))) for b in element.find_all(["b", "strong"]))
        name = element.name or "p"
        kind = BlockKind.PARAGRAPH
        level = 0
        if name.startswith("h"):
            kind, level = BlockKind.HEADING, int(name[1])
        elif name == "li":
            kind = BlockKind.LIST_ITEM
        blocks.append(
            Block(text=text, kind=kind, level=level, emphasis=min(1.0, bold / len(text)), source=name)
        )
    title_tag = soup.find("title")
    title = _norm(title_tag.get_text()) if isinstance(title_tag, Tag) else None
    return Document(blocks=tuple(blocks), format="html", meta=PageMeta(title=title, url=url))
