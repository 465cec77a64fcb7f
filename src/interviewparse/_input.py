"""Turning whatever the caller hands us (``str`` or ``bytes``) into text, or a clear ParseError.

Everything here is linear in the input size and keeps no state between calls: the checks look
at a bounded sample (the first few kilobytes) or make one pass over the data.
"""

from __future__ import annotations

import codecs
import os
import re

from .blocks import Document
from .errors import (
    BinaryInputError,
    EmptyInputError,
    InputTooLargeError,
    NoTextContentError,
    PathOrURLError,
    SourceReadError,
    UndecodableInputError,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SURROGATE_FREE",
    "check_size",
    "check_text",
    "decode",
    "decode_named",
    "ensure_readable",
    "location_kind",
    "looks_like_html",
    "read_file",
    "refuse_location",
    "text_size",
]

#: Default size limit: 64 MB, far above any real article (a long interview page is < 2 MB),
#: low enough to stop a runaway dump before it eats the machine's memory.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
"""The size limit the entry points apply unless given ``max_bytes``: 64 MB, far above any real
article (a long interview page is under 2 MB), low enough to stop a runaway dump before it eats
the machine's memory. ``max_bytes=None`` lifts it."""

#: How much of the input the sniffing checks look at.
_SAMPLE = 4096

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# File signatures of the binary formats a crawler most often brings back instead of a page.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh91AY&SY", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"RIFF", "a RIFF media file (WebP, WAV, AVI)"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"fLaC", "a FLAC audio file"),
    (b"\x1a\x45\xdf\xa3", "a Matroska/WebM video"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
# Control characters that never occur in text (tab, newlines, form feed and escape do).
_TEXT_CONTROLS = frozenset((9, 10, 12, 13, 27))
_BINARY_CONTROL_SHARE = 0.05
# The other control characters, counted in C (a Python loop over the sample cost more than a
# millisecond a page): deleted from bytes, matched in text.
_OTHER_CONTROLS = bytes(b for b in range(32) if b not in _TEXT_CONTROLS)
_OTHER_CONTROL_CHAR = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")

# Every pattern below is bounded: no nested quantifiers, fixed-width repeats, short samples.
_HTML_OPENING = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|div|article|p|section|title|main|h[1-6]|table"
    r"|style|script|link)\b",
    re.IGNORECASE,
)
_HTML_TAG = re.compile(
    r"<(?:p|div|br|article|span|h[1-6]|body|html|b|strong|li|ul|ol|section|em|i|a)\b[^<>]{0,300}>",
    re.IGNORECASE,
)
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]{0,300}?charset\s{0,10}=\s{0,10}["']?\s{0,10}([A-Za-z0-9_:.-]{1,40})""",
    re.IGNORECASE,
)
_XML_ENCODING = re.compile(
    rb"""^<\?xml[^>]{0,200}?encoding\s{0,10}=\s{0,10}["']([A-Za-z0-9_.-]{1,40})"""
)
_SURROGATE = re.compile("[\ud800-\udfff]")
# The first byte that is neither white space nor NUL (found without copying the input, as
# ``bytes.strip`` would).
_NOT_BLANK = re.compile(rb"[^ \t\n\r\f\v\x00]")
# A valid multi-byte UTF-8 sequence: evidence that undecodable bytes are stray, not latin-1.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def text_size(text: str) -> int:
    """The size of ``text`` in bytes as UTF-8, without encoding it when it is clearly small."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-8", "surrogatepass"))


def check_size(size: int, max_bytes: int | None) -> None:
    """Raise :class:`InputTooLargeError` when ``size`` (bytes) is over ``max_bytes``."""
    if max_bytes is not None and size > max_bytes:
        raise InputTooLargeError(size=size, limit=max_bytes)


#: Characters encoded per step when looking for lone surrogates.
_SURROGATE_CHUNK = 4096


#: A str longer than this, or holding a line break or a tag, is never taken for a location.
_LOCATION_MAX = 2048
# Bounded: one character class then a fixed alternation; no nested quantifiers.
_URL_ONLY = re.compile(
    r"(?:https?|ftp|file)://[^\s<>\"']+|www\.[\w-]+(?:\.[\w-]+)+(?:/[^\s<>\"']*)?",
    re.IGNORECASE,
)
#: Extensions of the files a document may be saved in (a one-line str ending in one is a name).
_DOCUMENT_EXTENSIONS = frozenset(
    {"html", "htm", "xhtml", "xht", "php", "php5", "asp", "aspx", "jsp"}
    | {"txt", "text", "md", "markdown", "rst", "json", "xml", "warc"}
)
_NOT_IN_FILE_NAME = re.compile(r"[\s<>\"|*?]")


def _is_file_name(text: str) -> bool:
    """One word ending in a document's extension (``a/b.html``, ``notes.txt``, ``x.warc.gz``)."""
    stem, dot, extension = text.rpartition(".")
    if extension.lower() == "gz":
        stem, dot, extension = stem.rpartition(".")
    return (
        bool(dot)
        and extension.lower() in _DOCUMENT_EXTENSIONS
        and not (_NOT_IN_FILE_NAME.search(text))
    )


def location_kind(text: str) -> str | None:
    """``"url"`` or ``"path"`` when ``text`` is only a web address or a file path, else ``None``.

    A location is one short line with no tag: a web address (``https://…``, ``www.…``), a file
    name with a document's extension (``pages/a.html``, ``notes.txt``), or the name of a file
    that exists. Text that is a document never looks like that (a one-line "document" that is
    a file name is the mistake this catches).
    """
    if len(text) > _LOCATION_MAX or "<" in text:
        return None
    candidate = text.strip()
    if not candidate or "\n" in candidate:
        return None
    if _URL_ONLY.fullmatch(candidate):
        return "url"
    if _is_file_name(candidate):
        return "path"
    if any(mark in candidate for mark in "./\\"):
        try:
            if os.path.isfile(candidate):
                return "path"
        except (OSError, ValueError):
            pass
    return None


def refuse_location(text: str) -> None:
    """Raise :class:`PathOrURLError` when the str ``text`` is only a file path or web address."""
    kind = location_kind(text)
    if kind is not None:
        raise PathOrURLError(location=text.strip(), kind=kind)


def read_file(path: os.PathLike[str] | str, max_bytes: int | None) -> bytes:
    """The bytes of the file at ``path``; the size limit is checked before reading.

    Raises :class:`SourceReadError` (the file cannot be read) or :class:`InputTooLargeError`.
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            if max_bytes is not None:
                check_size(os.fstat(handle.fileno()).st_size, max_bytes)
            return handle.read() if max_bytes is None else handle.read(max_bytes + 1)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise SourceReadError(path=name, reason=reason) from None


def _has_lone_surrogate(text: str) -> bool:
    """Does ``text`` hold a lone surrogate (which UTF-8 cannot encode)?

    Encoding is the fastest test CPython offers, but encoding a whole page at once allocates
    up to four bytes per character (a page's own size again, several times over); encoding it
    in slices keeps that bounded and is no slower.
    """
    for start in range(0, len(text), _SURROGATE_CHUNK):
        try:
            text[start : start + _SURROGATE_CHUNK].encode("utf-8")
        except UnicodeEncodeError:
            return True
    return False


#: Codecs (as :func:`decode_named` names them) whose strict decoding never yields a lone
#: surrogate: text they decoded needs no search for one.
SURROGATE_FREE = frozenset(
    {
        "utf-8",
        "utf-8-sig",
        "utf-16",
        "utf-16-le",
        "utf-16-be",
        "utf-32",
        "cp1252",
        "latin-1",
        "iso8859-1",
        "detected",
    }
)


def check_text(text: str, *, surrogates: bool = True, nul: bool = True) -> str:
    """Drop NUL characters and reject text that is empty or binary garbage.

    NUL characters carry nothing and break downstream tools (lxml refuses them), so they are
    removed, keeping the text around them (``nul=False`` skips that search, for text known to
    hold none: UTF-8 bytes without a zero byte, searched in C several times faster than a str
    of two or four bytes a character); lone surrogates become U+FFFD for the same reason
    (``surrogates=False`` skips that search, for text a codec in :data:`SURROGATE_FREE`
    decoded). Other control characters are left alone unless they dominate, in which case
    the str is binary data decoded by mistake.
    """
    if nul and "\x00" in text:
        text = text.replace("\x00", "")
    if surrogates and not text.isascii() and _has_lone_surrogate(text):
        # Lone surrogates (a str built from broken UTF-16) make lxml refuse the whole page.
        text = _SURROGATE.sub("\ufffd", text)
    if not text or text.isspace():  # as `not text.strip()`, without copying the text
        raise EmptyInputError(size=text_size(text))
    sample = text[:_SAMPLE]
    controls = len(_OTHER_CONTROL_CHAR.findall(sample))
    if controls / len(sample) > _BINARY_CONTROL_SHARE * 2:
        raise BinaryInputError(detected="binary data (decoded as text)")
    return text


def _magic_kind(data: bytes) -> str | None:
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data[4:8] == b"ftyp":
        return "an MP4/HEIF media file"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """Name the UTF-16 byte order when the sample looks like BOM-less UTF-16 text.

    Latin-script UTF-16 has a NUL in every other byte and (almost) none in the others.
    """
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nuls, odd_nuls = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _control_share(sample: bytes) -> float:
    controls = len(sample) - len(sample.translate(None, _OTHER_CONTROLS))
    return controls / len(sample)


def _declared_encoding(data: bytes) -> str | None:
    """The encoding a page declares in ``<meta charset>`` or an XML declaration, if known."""
    head = data[:_SAMPLE]
    found = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if found is None:
        return None
    try:
        return codecs.lookup(found.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _decode_unlabelled(data: bytes) -> str:
    """Decode bytes that are not valid UTF-8 and have no usable BOM or declaration.

    Mostly-UTF-8 input with a few broken bytes keeps its UTF-8 text (the broken bytes become
    U+FFFD); input with no UTF-8 sequences at all is a legacy single-byte encoding, read as
    windows-1252 (a superset of latin-1 for printable text), then latin-1 which never fails.
    """
    valid = sum(1 for _ in _UTF8_MULTIBYTE.finditer(data))
    invalid = len(data.decode("utf-8", "replace")) - len(data.decode("utf-8", "ignore"))
    if valid >= invalid:
        return data.decode("utf-8", "replace")
    try:
        return data.decode("windows-1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def decode(data: bytes, *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> str:
    """Decode input bytes: BOM first, then UTF-8 if valid, then a declared charset, then the
    closest fit (the order, and why, is on the errors page of the docs).

    Raises :class:`InputTooLargeError`, :class:`EmptyInputError`, :class:`BinaryInputError` or
    :class:`UndecodableInputError`; NUL characters in the result are left for
    :func:`check_text` to drop.
    """
    return decode_named(data, max_bytes=max_bytes)[0]


def decode_named(data: bytes, *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """:func:`decode`, and the codec that decoded the text: ``"utf-8"`` means ``data`` is
    exactly the text's UTF-8 encoding (a parser may then read the bytes themselves)."""
    check_size(len(data), max_bytes)
    if _NOT_BLANK.search(data) is None:  # a zero-filled file is an empty download
        raise EmptyInputError(size=len(data))
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise UndecodableInputError(
                    f"input starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"({exc.reason} at byte {exc.start}); re-save the file as UTF-8",
                    encoding=encoding,
                    position=exc.start,
                ) from None
    kind = _magic_kind(data)
    if kind is not None:
        raise BinaryInputError(detected=kind)
    sample = data[:_SAMPLE]
    utf16 = _utf16_without_bom(sample)
    if utf16 is not None:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError as exc:
            raise UndecodableInputError(
                f"input looks like {utf16} text without a byte-order mark but is not valid "
                f"{utf16} ({exc.reason} at byte {exc.start}); re-save the file as UTF-8",
                encoding=utf16,
                position=exc.start,
            ) from None
    if _control_share(sample) > _BINARY_CONTROL_SHARE:
        raise BinaryInputError(detected="binary data")
    try:
        # Valid UTF-8 beyond ASCII almost never happens by chance in a legacy encoding, while
        # UTF-8 pages declaring latin-1 are common: valid UTF-8 wins over the declaration.
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared_encoding(data)
    if declared is not None and declared != "utf-8":
        # As browsers do (WHATWG Encoding), a latin-1 label means windows-1252.
        for codec in ("cp1252", declared) if declared == "iso8859-1" else (declared,):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                pass  # a wrong declaration is common; fall back to what the bytes say
    return _decode_unlabelled(data), "detected"


def _skip_comments_and_space(text: str, position: int = 0) -> int:
    """Index of the first character after leading white space and ``<!-- -->`` comments.

    A loop with ``str.find`` rather than a regex: a repeated lazy ``<!--.*?-->`` group
    backtracks exponentially on a run of comments that is not followed by a tag.
    """
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        if not text.startswith("<!--", position):
            return position
        end = text.find("-->", position + 4)
        if end < 0:
            return position
        position = end + 3


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML document or fragment rather than plain text.

    A document starts (after white space, a BOM and comments) with a doctype or a structural
    tag; a fragment pasted without one still has several block tags near its start.
    """
    start = _skip_comments_and_space(text, 1 if text.startswith("\ufeff") else 0)
    if text.startswith("<?xml", start):
        end = text.find("?>", start, start + 1000)
        if end >= 0:
            start = _skip_comments_and_space(text, end + 2)
    if _HTML_OPENING.match(text, start):
        return True
    if text.startswith("---", start) and text[start + 3 : start + 4] in ("\n", "\r"):
        return False  # markdown with YAML front matter: tags inside are remnants, not a page
    return len(_HTML_TAG.findall(text, 0, 20000)) >= 3


def ensure_readable(doc: Document) -> None:
    """Raise when a reader found no text block at all in input that was not blank.

    An HTML page can be nothing but scripts and markup: a shell the browser fills in with
    JavaScript, which the caller must render first (:class:`NoTextContentError`). Text that
    yields no block holds nothing readable (:class:`EmptyInputError`).
    """
    if doc.blocks:
        return
    if doc.format == "html":
        raise NoTextContentError()
    raise EmptyInputError(
        "input has no readable text (only invisible or control characters): there is nothing "
        "to parse; check that the download or copy worked"
    )
