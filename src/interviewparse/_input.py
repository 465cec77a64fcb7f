"""Turning whatever the caller hands us (``str`` or ``bytes``) into text, or a clear ParseError."""

from __future__ import annotations

import codecs
import re

from .errors import BinaryInputError, EmptyInputError, InputTooLargeError, UndecodableInputError

__all__ = ["DEFAULT_MAX_BYTES", "check_text", "decode", "looks_like_html"]

#: Default size limit: 64 MB, far above any real article, low enough to stop runaway dumps.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"RIFF", "a RIFF media file (WebP, WAV, AVI)"),
)
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|article|p|section)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(r"<(?:p|div|br|article|span|h[1-6]|body|html|b|strong)\b[^<>]{0,300}>", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)


def check_size(size: int, max_bytes: int | None) -> None:
    if max_bytes is not None and size > max_bytes:
        raise InputTooLargeError(
            f"input is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit; "
            "pass a larger max_bytes= (or --max-bytes on the CLI) if this is really one article"
        )


def check_text(text: str) -> str:
    """Reject empty text; drop NUL bytes (they carry nothing and break downstream tools)."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    if not text.strip():
        raise EmptyInputError("input is empty or only white space: there is nothing to parse")
    return text


def _binary_kind(data: bytes) -> str | None:
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    sample = data[:4096]
    if not sample:
        return None
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13, 27))
    if controls / len(sample) > 0.10:
        return "binary data"
    return None


def decode(data: bytes, *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> str:
    """Decode input bytes: BOM first, then a declared ``<meta charset>``, then UTF-8, then guess."""
    check_size(len(data), max_bytes)
    if not data.strip():
        raise EmptyInputError("input is empty or only white space: there is nothing to parse")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UndecodableInputError(
                    f"input starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"({exc.reason} at byte {exc.start}); re-save it in UTF-8"
                ) from None
    kind = _binary_kind(data)
    if kind is not None:
        raise BinaryInputError(
            f"input looks like {kind}, not text or HTML; pass the page's HTML or its text"
        )
    declared = _META_CHARSET.search(data[:4096])
    if declared is not None:
        name = declared.group(1).decode("ascii", "replace")
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            codec = None
        if codec is not None and codec not in ("utf-8", "utf_8"):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from bs4 import UnicodeDammit

    dammit = UnicodeDammit(data, ["utf-8", "windows-1252", "latin-1"], is_html=True)
    if dammit.unicode_markup is None:
        raise UndecodableInputError(
            "input bytes are not valid in any encoding tried (UTF-8, the declared charset, "
            "windows-1252); decode them yourself and pass a str"
        )
    return dammit.unicode_markup


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML document or fragment rather than plain text."""
    head = text[:2048].encode("utf-8", "ignore")
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAG.findall(text[:20000])) >= 3
