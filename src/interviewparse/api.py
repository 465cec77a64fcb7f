"""The entry points: ``parse``, ``parse_text``, ``parse_html``. Each reads top to bottom:
decode → read blocks → label boilerplate → segment → metadata → assemble the Interview."""

from __future__ import annotations

from ._input import (
    DEFAULT_MAX_BYTES,
    SURROGATE_FREE,
    check_size,
    check_text,
    decode_named,
    ensure_readable,
    looks_like_html,
    text_size,
)
from .assemble import assemble
from .blocks import Document
from .boilerplate import label_boilerplate
from .metadata import read_metadata
from .models import Interview
from .profiles import Profile, ProfileRegistry
from .readers import parse_page, read_text, read_tree
from .segment import segment

__all__ = ["parse", "parse_html", "parse_text"]


def _as_text(source: str | bytes, max_bytes: int | None) -> str:
    return _read_input(source, max_bytes)[0]


def _read_input(source: str | bytes, max_bytes: int | None) -> tuple[str, bytes | None]:
    """The input's text, and its bytes when they are exactly that text in UTF-8 (lxml parses
    UTF-8 bytes faster than a str, several times faster when the str is four bytes a character)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        decoded, codec = decode_named(data, max_bytes=max_bytes)
        text = check_text(decoded, surrogates=codec not in SURROGATE_FREE)
        # check_text hands back the same object unless it had to repair the text.
        return text, data if codec == "utf-8" and text is decoded else None
    if not isinstance(source, str):
        raise TypeError(f"expected str or bytes, got {type(source).__name__}")
    check_size(text_size(source), max_bytes)
    return check_text(source), None


def parse(
    source: str | bytes,
    *,
    url: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Interview:
    """Parse an interview from HTML or plain text, deciding which it is by looking.

    ``source`` may be ``str`` or ``bytes`` (bytes are decoded by BOM, declared charset, UTF-8,
    then detection). Returns an :class:`Interview`; ``pairs`` is empty when the input is not an
    interview. Raises a :class:`~interviewparse.ParseError` subclass only for unusable input.
    """
    text, utf8 = _read_input(source, max_bytes)
    if looks_like_html(text):
        root = parse_page(text, utf8)
        del text  # see read_tree: the tree is all the reader needs from here on
        doc = read_tree(root, url=url)
        del root  # and the blocks are all the later stages need: free libxml2's tree now
        return _build(doc)
    return _build(read_text(text), url=url)


def parse_text(text: str | bytes, *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Interview:
    """Parse an interview from plain text copied off a page."""
    return _build(read_text(_as_text(text, max_bytes)))


def parse_html(
    html: str | bytes,
    url: str | None = None,
    *,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    profile: Profile | ProfileRegistry | None = None,
) -> Interview:
    """Parse an interview from a publisher's HTML page.

    ``profile`` applies site-specific rules: a :class:`~interviewparse.profiles.Profile`, or a
    registry whose profile for ``url`` is used (see :mod:`interviewparse.profiles`).
    """
    root = parse_page(*_read_input(html, max_bytes))
    doc = read_tree(root, url=url, profile=profile)
    del root  # as in parse(): nothing after the reader needs the tree
    return _build(doc)


def _build(doc: Document, url: str | None = None) -> Interview:
    ensure_readable(doc)
    verdicts = label_boilerplate(doc)
    seg = segment(doc.blocks, verdicts)
    meta = read_metadata(doc, seg, verdicts)
    return assemble(doc, verdicts, seg, meta_url=url or meta.url, meta=meta)
