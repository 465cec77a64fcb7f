"""Web archives in, interviews out: :func:`parse_warc` reads WARC and ARC files.

A crawl is mostly pages that are no interview, plus records that are no page at all (the
requests a crawler sent, its metadata, images, PDFs, redirects). This module walks an archive
record by record, hands every HTML or text payload to :func:`~interviewparse.parse` with the
record's target URI, and counts everything else with the reason it was skipped, so that a
:class:`WarcSummary` accounts for every record the archive holds.

Reading archives needs `warcio <https://github.com/webrecorder/warcio>`_ (the ``warc`` extra).
It was chosen over FastWARC because it reads ARC files as well as WARC and is pure Python
(it installs anywhere); FastWARC reads WARC about three times faster, but reading is a few
per cent of the cost of parsing the pages, so the difference does not show in a crawl run.

Damaged archives are a fact of crawling. A record with broken HTTP headers, a payload over the
size limit or a record cut short is reported as a :class:`WarcRecordError` in place of its
interview and the archive goes on; a gzip member that cannot be decompressed is reported and
reading resumes at the next intact member when the file can seek; a file that is no archive at
all raises :class:`WarcFormatError` (which the command line reports without ending the run).
"""

from __future__ import annotations

import codecs
import collections
import concurrent.futures
import contextlib
import importlib
import io
import os
import re
import traceback
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any, ClassVar

import attrs

from ._input import DEFAULT_MAX_BYTES
from .api import find_interview, parse
from .errors import BinaryInputError, ParseError
from .evidence import THRESHOLD
from .models import Interview

__all__ = [
    "WARC_SUFFIXES",
    "WarcFormatError",
    "WarcPayload",
    "WarcRecordError",
    "WarcResult",
    "WarcResults",
    "WarcSkip",
    "WarcSummary",
    "archives_in",
    "find_in_payload",
    "is_archive",
    "is_found",
    "iter_payloads",
    "looks_like_archive",
    "parse_payload",
    "parse_warc",
]

#: File name endings taken for web archives (compared case-insensitively).
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")

#: What a payload's media type must be for the record to be parsed.
_PARSED_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain", ""})
_GZIP_MAGIC = b"\x1f\x8b"
_SNIFF = 64 * 1024
_CHUNK = 1024 * 1024
_HTTP_SCHEMES = ("http:", "https:")
# As browsers do (WHATWG Encoding): a latin-1 or ASCII label means windows-1252.
_WINDOWS_1252_LABELS = frozenset({"iso8859-1", "ascii", "latin-1"})
_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})""", re.IGNORECASE)

_INSTALL_HINT = (
    "reading WARC and ARC archives needs the warcio package: install the 'warc' extra "
    '(pip install ".[warc]" in a checkout of interviewparse, or pip install warcio)'
)


class WarcFormatError(ParseError):
    """A file given as a web archive cannot be read as one at all.

    Raised by :func:`parse_warc` when the file is no WARC or ARC archive (``detected`` says what
    it starts with), or cannot be opened. Records that are damaged inside a readable archive
    are reported one by one as :class:`WarcRecordError` instead.
    """

    exit_code: ClassVar[int] = 2

    def __init__(self, message: str, *, detected: str | None = None) -> None:
        self.detected = detected
        super().__init__(message)

    def _details(self) -> dict[str, Any]:
        return {"detected": self.detected}


class WarcRecordError(ParseError):
    """One record of an archive is damaged: broken HTTP headers, cut short, over the size
    limit, or in a gzip member that cannot be decompressed.

    ``offset`` is the record's byte offset in the archive file (where known), ``reason`` the
    short name the summary counts it under.
    """

    exit_code: ClassVar[int] = 2

    def __init__(
        self, message: str, *, reason: str = "damaged record", offset: int | None = None
    ) -> None:
        self.reason = reason
        self.offset = offset
        super().__init__(message)

    def _details(self) -> dict[str, Any]:
        return {"reason": self.reason, "offset": self.offset}


# -- the models ------------------------------------------------------------------------------


@attrs.frozen
class WarcPayload:
    """One record worth parsing: an HTML or text payload and where it came from.

    This is the unit of work a worker process (or a Spark or Ray task) receives:
    :func:`parse_payload` turns it into a :class:`WarcResult`. ``charset`` is the one the HTTP
    ``Content-Type`` header named, honoured before the page's own declaration.
    """

    record_id: str | None
    url: str | None
    crawled: str | None
    data: bytes = attrs.field(repr=lambda data: f"<{len(data)} bytes>")
    charset: str | None = None
    offset: int | None = None
    archive: str | None = None


@attrs.frozen
class WarcResult:
    """What became of one parsed record: its identity, then the Interview or the ParseError.

    Attributes:
        record_id: the record's ``WARC-Record-ID`` (``None`` in an ARC file, whose records
            have none: ``offset`` identifies them).
        url: the record's target URI (the page's address).
        crawled: the record's ``WARC-Date`` as written (ISO 8601, UTC).
        result: the :class:`~interviewparse.Interview` parsed from the payload, or the
            :class:`~interviewparse.ParseError` that stopped it.
        offset: the record's byte offset in the archive file.
        archive: the archive file's path (``None`` for standard input or a stream).
    """

    record_id: str | None
    url: str | None
    crawled: str | None
    result: Interview | ParseError
    offset: int | None = None
    archive: str | None = None

    @property
    def interview(self) -> Interview | None:
        """The interview, or ``None`` when the record could not be parsed."""
        return self.result if isinstance(self.result, Interview) else None

    @property
    def error(self) -> ParseError | None:
        """The error that stopped the record, or ``None``."""
        return self.result if isinstance(self.result, ParseError) else None

    def to_dict(self) -> dict[str, Any]:
        """The record's identity, then the interview's dict (or ``error`` and ``message``)."""
        head: dict[str, Any] = {
            "archive": self.archive,
            "record_id": self.record_id,
            "offset": self.offset,
            "crawled": self.crawled,
            "url": self.url,
        }
        if isinstance(self.result, Interview):
            body = self.result.to_dict()
            body.pop("url", None)  # the record's target URI is the page's address
            return {**head, **body}
        return {**head, "error": type(self.result).__name__, "message": str(self.result)}


@attrs.frozen
class WarcSkip:
    """A record that is no page: counted under ``reason`` ("request", "image"...)."""

    record_id: str | None
    url: str | None
    reason: str
    detail: str | None = None
    offset: int | None = None
    archive: str | None = None


@attrs.frozen
class WarcSummary:
    """Every record of a run, accounted for.

    ``records == pages + errors + sum(skipped.values())``: each record was parsed into an
    interview or a non-interview, failed with a :class:`~interviewparse.ParseError`, or was
    skipped for the reason it is counted under.

    Attributes:
        archives: the archives read.
        records: every record met, whatever its type.
        pages: records whose HTML or text payload was parsed into an Interview.
        interviews: of those pages, the ones judged interviews.
        errors: records whose payload raised a ParseError.
        skipped: records not parsed, counted by reason (request, metadata, revisit, an
            image, a PDF, a payload over the size limit, …).
        problems: one line per archive-level event (an empty archive, a truncated gzip member,
            an archive that could not be read).
        unreadable: the archives that could not be read at all.
    """

    archives: int = 0
    records: int = 0
    pages: int = 0
    interviews: int = 0
    errors: int = 0
    skipped: Mapping[str, int] = attrs.field(factory=dict)
    problems: tuple[str, ...] = ()
    unreadable: int = 0

    @property
    def accounted(self) -> bool:
        """True when every record is counted exactly once."""
        return self.records == self.pages + self.errors + sum(self.skipped.values())

    def merged(self, other: WarcSummary) -> WarcSummary:
        """The summary of two runs together."""
        skipped = collections.Counter(self.skipped)
        skipped.update(other.skipped)
        return WarcSummary(
            archives=self.archives + other.archives,
            records=self.records + other.records,
            pages=self.pages + other.pages,
            interviews=self.interviews + other.interviews,
            errors=self.errors + other.errors,
            skipped=dict(sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0]))),
            problems=self.problems + other.problems,
            unreadable=self.unreadable + other.unreadable,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "archives": self.archives,
            "records": self.records,
            "pages": self.pages,
            "interviews": self.interviews,
            "errors": self.errors,
            "skipped": dict(self.skipped),
            "problems": list(self.problems),
            "unreadable": self.unreadable,
        }

    def __str__(self) -> str:
        skipped = sum(self.skipped.values())
        reasons = ", ".join(f"{n:,} {reason}" for reason, n in self.skipped.items())
        text = (
            f"{_plural(self.records, 'record')} in {_plural(self.archives, 'archive')}: "
            f"{_plural(self.pages, 'page')} parsed ({_plural(self.interviews, 'interview')}), "
            f"{_plural(self.errors, 'error')}, {skipped:,} skipped"
        )
        if reasons:
            text += f" ({reasons})"
        if self.unreadable:
            text += f"; {_plural(self.unreadable, 'archive')} could not be read"
        return text


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}" if count == 1 else f"{count:,} {word}s"


# -- finding archives ------------------------------------------------------------------------


def _sniff(head: bytes) -> str | None:
    """``"warc"`` or ``"arc"`` when the (possibly gzipped) bytes start an archive."""
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
        except zlib.error:
            return None
    head = head.lstrip(b"\r\n")
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"filedesc://"):
        return "arc"
    return None


def looks_like_archive(head: bytes) -> bool:
    """True when these first bytes start a WARC or ARC archive (gzipped or not)."""
    return _sniff(head) is not None


def is_archive(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is named like a web archive or starts like one (WARC or ARC)."""
    name = os.fspath(path).lower()
    if name.endswith(WARC_SUFFIXES):
        return True
    try:
        with open(path, "rb") as handle:
            return _sniff(handle.read(_SNIFF)) is not None
    except OSError:
        return False


def _warcio() -> tuple[Any, Any, Any]:
    """warcio's archive iterator, HTTP header parser and body readers, or a clear error."""
    try:
        iterator = importlib.import_module("warcio.archiveiterator")
        headers = importlib.import_module("warcio.statusandheaders")
        readers = importlib.import_module("warcio.bufferedreaders")
    except ImportError:
        raise ModuleNotFoundError(_INSTALL_HINT) from None
    return iterator, headers, readers


# -- reading records -------------------------------------------------------------------------


class _Prefixed(io.RawIOBase):
    """A stream that first replays the bytes sniffed off its start (for unseekable input)."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)


def _media_type(content_type: str | None) -> tuple[str, str | None]:
    """The lower-cased media type and the charset parameter of a Content-Type value."""
    if not content_type:
        return "", None
    media = content_type.split(";", 1)[0].strip().lower()
    found = _CHARSET.search(content_type)
    return media, found.group(1) if found else None


def _skip_reason(media: str) -> str | None:
    """Why a payload of this media type is not parsed, or ``None`` when it is."""
    if media in _PARSED_TYPES:
        return None
    if media.startswith("image/"):
        return "image"
    if media == "application/pdf":
        return "PDF"
    if media.startswith(("video/", "audio/")):
        return "audio or video"
    return "not HTML or text"


@attrs.define
class _Reader:
    """Walks one archive with warcio and sorts its records into payloads, skips and errors."""

    stream: IO[bytes]
    archive: str | None
    max_bytes: int | None
    kind: str
    seekable: bool
    gzipped: bool
    problems: list[str] = attrs.field(factory=list)
    cut_short: bool = False

    def _record_error(
        self, record_id: str | None, url: str | None, offset: int | None, reason: str, text: str
    ) -> WarcResult:
        error = WarcRecordError(text, reason=reason, offset=offset)
        return WarcResult(record_id, url, None, error, offset=offset, archive=self.archive)

    def records(self) -> Iterator[WarcPayload | WarcSkip | WarcResult]:
        module, _, _ = _warcio()
        start = self.stream.tell() if self.seekable else 0
        while True:
            captured = io.StringIO()  # warcio prints some of its complaints to stderr
            iterator = _ArchiveIterator(module, self.stream)
            failed_at: int | None = None
            try:
                yield from self._walk(iterator, captured)
            except Exception as exc:  # warcio's errors have no common base class
                failed_at = iterator.position()
                message = " ".join(str(exc).split())[:200] or type(exc).__name__
                yield self._record_error(
                    None,
                    None,
                    failed_at,
                    "damaged gzip member or record",
                    f"damaged gzip member or record, not readable as WARC: {message}",
                )
            else:
                if iterator.truncated_member():
                    at = iterator.position()
                    self.problems.append(f"archive ends inside a gzip member at byte {at}")
                    if self.cut_short:
                        return  # that member's record was reported cut short already
                    yield self._record_error(
                        None,
                        None,
                        at,
                        "truncated",
                        "the archive ends inside a gzip member (the file was cut short)",
                    )
                return
            resume = self._next_member(failed_at, start)
            if resume is None:
                self.problems.append(f"could not read past byte {failed_at}")
                return
            self.problems.append(
                f"skipped damaged bytes {failed_at}-{resume}; resumed at the next gzip member"
            )
            self.stream.seek(resume)

    def _next_member(self, failed_at: int | None, start: int) -> int | None:
        """Where the next intact gzip member starting with a WARC record begins, if anywhere."""
        if not (self.seekable and self.gzipped) or failed_at is None:
            return None
        position = max(failed_at, start) + 1
        while True:
            self.stream.seek(position)
            block = self.stream.read(_CHUNK)
            if len(block) < 2:
                return None
            found = block.find(_GZIP_MAGIC + b"\x08")
            while found >= 0:
                candidate = position + found
                self.stream.seek(candidate)
                if _sniff(self.stream.read(_SNIFF)) is not None:
                    return candidate
                found = block.find(_GZIP_MAGIC + b"\x08", found + 1)
            if len(block) < _CHUNK:
                return None  # the end of the file: no intact member after the damage
            position += len(block) - 2  # a magic number split across two blocks is seen

    def _walk(
        self, iterator: _ArchiveIterator, captured: io.StringIO
    ) -> Iterator[WarcPayload | WarcSkip | WarcResult]:
        for record in iterator:
            offset = iterator.record_offset()
            warning = iterator.warning()
            if warning:
                self.problems.append(f"near byte {offset}: {warning}")
            headers = record.rec_headers
            rec_type = (record.rec_type or "unknown").lower()
            record_id = None if self.kind == "arc" else headers.get_header("WARC-Record-ID")
            url = headers.get_header("WARC-Target-URI")
            crawled = headers.get_header("WARC-Date")
            if rec_type not in ("response", "resource"):
                yield WarcSkip(record_id, url, rec_type, offset=offset, archive=self.archive)
                continue
            self.cut_short = False
            try:
                item = self._payload(record, rec_type, record_id, url, crawled, offset, captured)
            except Exception as exc:  # warcio's readers raise all sorts on a damaged record
                message = " ".join(str(exc).split())[:200] or type(exc).__name__
                item = self._record_error(record_id, url, offset, "damaged record", message)
            yield item

    def _payload(
        self,
        record: Any,
        rec_type: str,
        record_id: str | None,
        url: str | None,
        crawled: str | None,
        offset: int | None,
        captured: io.StringIO,
    ) -> WarcPayload | WarcSkip | WarcResult:
        _, header_module, readers = _warcio()
        raw = record.raw_stream
        content_type = record.rec_headers.get_header("Content-Type")
        encoding = transfer = None
        is_http = rec_type == "response" and (url or "").lower().startswith(_HTTP_SCHEMES)
        if rec_type == "response" and not is_http:
            scheme = (url or "").split(":", 1)[0] or "no URI"
            return WarcSkip(record_id, url, "not HTTP", scheme, offset, self.archive)
        if is_http:
            parser = header_module.StatusAndHeadersParser(["HTTP/"], verify=False)
            try:
                http = parser.parse(raw)
            except EOFError:
                return WarcSkip(record_id, url, "empty payload", None, offset, self.archive)
            except Exception as exc:
                return self._record_error(
                    record_id, url, offset, "broken HTTP headers", f"broken HTTP headers: {exc}"
                )
            status = _status(http)
            if status is None:
                line = " ".join(f"{http.protocol} {http.statusline}".split())[:80]
                return self._record_error(
                    record_id,
                    url,
                    offset,
                    "broken HTTP headers",
                    f"broken HTTP headers: the status line is {line!r}, not 'HTTP/1.1 200 OK'",
                )
            if not 200 <= status < 300:
                reason = f"HTTP status {status // 100}xx"
                return WarcSkip(record_id, url, reason, str(status), offset, self.archive)
            content_type = http.get_header("Content-Type")
            encoding = (http.get_header("Content-Encoding") or "").strip().lower() or None
            transfer = (http.get_header("Transfer-Encoding") or "").strip().lower() or None
        media, charset = _media_type(content_type)
        skip = _skip_reason(media)
        if skip is not None:
            return WarcSkip(record_id, url, skip, media, offset, self.archive)
        limit = self.max_bytes
        captured.seek(0)
        captured.truncate()
        try:
            with contextlib.redirect_stderr(captured):
                data = _read_body(readers, raw, encoding, transfer, limit)
                while raw.read(_CHUNK):  # drain what a size limit left, to check the length
                    pass
        except _UndecodableBody as exc:
            return self._record_error(record_id, url, offset, "undecodable body", str(exc))
        complaint = captured.getvalue().strip()
        missing = getattr(raw, "limit", 0)
        if missing > 0:
            self.cut_short = True  # the archive ends here: its end is this record's report
            return self._record_error(
                record_id,
                url,
                offset,
                "truncated",
                f"the record is cut short: {missing:,} bytes of its declared length are missing",
            )
        if complaint and encoding:
            return self._record_error(
                record_id,
                url,
                offset,
                "undecodable body",
                f"its {encoding} HTTP body cannot be decompressed ({complaint.splitlines()[-1]})",
            )
        if limit is not None and len(data) > limit:
            return self._record_error(
                record_id,
                url,
                offset,
                "over the size limit",
                f"payload is over the {limit:,}-byte size limit (max_bytes); pass a larger "
                "max_bytes (--max-bytes) to parse it",
            )
        if not data.strip():
            return WarcSkip(record_id, url, "empty payload", None, offset, self.archive)
        return WarcPayload(record_id, url, crawled, data, charset, offset, self.archive)


def _status(http: Any) -> int | None:
    """The HTTP status code of parsed headers, or ``None`` when the status line is broken."""
    if not str(http.protocol).upper().startswith("HTTP/"):
        return None
    code = str(http.statusline).split(" ", 1)[0]
    return int(code) if code.isdigit() and len(code) == 3 else None


class _UndecodableBody(Exception):
    """An HTTP body whose content coding cannot be undone."""


def _read_body(
    readers: Any, raw: Any, encoding: str | None, transfer: str | None, limit: int | None
) -> bytes:
    """The HTTP body with its chunked transfer coding and content coding undone, read up to
    one byte past ``limit`` (enough to tell that it is over)."""
    size = -1 if limit is None else limit + 1
    brotli = encoding == "br"
    # warcio's own brotli hook does not work with current brotli releases: undo br here.
    decomp = encoding if encoding in ("gzip", "deflate") else None
    if transfer == "chunked":
        body = readers.ChunkedDataReader(raw, decomp_type=decomp)
    elif decomp:
        body = readers.BufferedReader(raw, decomp_type=decomp)
    else:
        body = raw
    data: bytes = body.read(size) if size >= 0 else body.read()
    if not brotli:
        return data
    try:
        module: Any = importlib.import_module("brotli")
    except ImportError:
        raise _UndecodableBody(
            "its HTTP body is brotli-compressed (Content-Encoding: br) and the brotli package "
            "is not installed: install the 'warc' extra"
        ) from None
    try:
        if limit is None:
            return bytes(module.decompress(data))
        return bytes(module.Decompressor().process(data, output_buffer_limit=limit + 1))
    except Exception as exc:
        raise _UndecodableBody(f"its br HTTP body cannot be decompressed ({exc})") from None


class _ArchiveIterator:
    """warcio's ArchiveIterator, made to report what it otherwise prints or swallows.

    Records come with their HTTP headers unparsed (``no_record_parse``): warcio stops the whole
    archive on a record whose HTTP headers it cannot parse, while we report that one record.
    warcio prints some complaints (a bad Content-Length, a body that will not decompress)
    straight to ``sys.stderr``; while it reads, stderr is redirected to catch them. That swap
    is process-wide: harmless in the processes a crawl runs in, but a line another thread
    prints at that moment would be caught too.
    """

    def __init__(self, module: Any, stream: IO[bytes]) -> None:
        self._captured = io.StringIO()
        self._iterator = module.ArchiveIterator(stream, no_record_parse=True, arc2warc=True)
        self._reader = self._iterator.reader
        self._decompressor_at_end: Any = None
        original_close = self._iterator.close

        def close() -> None:
            # warcio forgets its decompressor when the archive ends: look at it first.
            reader = self._iterator.reader
            self._decompressor_at_end = reader.decompressor if reader is not None else None
            original_close()

        self._iterator.close = close

    def __iter__(self) -> Iterator[Any]:
        records = iter(self._iterator)
        while True:
            with contextlib.redirect_stderr(self._captured):
                try:
                    record = next(records)
                except StopIteration:
                    return
            yield record

    def warning(self) -> str:
        """What warcio printed while finding the last record (a bad Content-Length), if any."""
        text = " ".join(self._captured.getvalue().split())
        self._captured.seek(0)
        self._captured.truncate()
        return text

    def record_offset(self) -> int | None:
        offset = self._iterator.offset
        return int(offset) if offset is not None else None

    def position(self) -> int | None:
        """The offset where the record being read (or the last one) starts."""
        return self.record_offset()

    def truncated_member(self) -> bool:
        """Did the archive end inside a gzip member (a file cut short while being written)?"""
        decompressor = self._decompressor_at_end
        return decompressor is not None and not decompressor.eof


# -- parsing ---------------------------------------------------------------------------------


def _decoded(data: bytes, charset: str | None) -> str | bytes:
    """The payload as the HTTP header's charset reads it, or the bytes for parse to decode.

    The order is :func:`~interviewparse.parse`'s, with the transport's word added before the
    page's own: a byte-order mark, then valid UTF-8 (which almost never happens by chance in
    a legacy encoding, while servers labelling UTF-8 pages latin-1 are common), then the
    HTTP ``charset``, and only then the page's ``<meta charset>``. Bytes that are not valid
    in the named charset go to :func:`~interviewparse.parse` as they are.
    """
    if not charset or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        return data
    if codec == "utf-8" or data.isascii():
        return data  # from bytes parse reads UTF-8 faster, and ASCII reads the same in all
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return data
    if codec in _WINDOWS_1252_LABELS:
        codec = "cp1252"  # as browsers do (WHATWG Encoding)
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return data


def parse_payload(payload: WarcPayload, *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> WarcResult:
    """Parse one record's payload: the per-record function of a crawl, on any engine.

    Never raises a :class:`~interviewparse.ParseError`: it is returned in the result.
    """
    try:
        result: Interview | ParseError = parse(
            _decoded(payload.data, payload.charset), url=payload.url, max_bytes=max_bytes
        )
    except ParseError as exc:
        result = exc
    return _result(payload, result)


def find_in_payload(
    payload: WarcPayload,
    *,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    min_confidence: float | None = None,
) -> WarcResult | None:
    """:func:`parse_payload` for a crawl that keeps only the interviews: ``None`` for a page
    that is none (:func:`is_found` fails), which leaves early and costs less
    (:func:`~interviewparse.find_interview`). Never raises a
    :class:`~interviewparse.ParseError`: it is returned in the result."""
    # a page is found with pairs, which come only at THRESHOLD or more (and no confidence
    # is over 1: a higher bar finds nothing, as is_found says)
    at_least = THRESHOLD if min_confidence is None else min(1.0, max(THRESHOLD, min_confidence))
    try:
        found = find_interview(
            _decoded(payload.data, payload.charset),
            url=payload.url,
            max_bytes=max_bytes,
            min_confidence=at_least,
        )
    except ParseError as exc:
        return _result(payload, exc)
    if found is None or not is_found(found, min_confidence):
        return None
    return _result(payload, found)


def _result(payload: WarcPayload, result: Interview | ParseError) -> WarcResult:
    return WarcResult(
        payload.record_id,
        payload.url,
        payload.crawled,
        result,
        offset=payload.offset,
        archive=payload.archive,
    )


def iter_payloads(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Iterator[WarcPayload | WarcSkip | WarcResult]:
    """Every record of an archive, in order: a :class:`WarcPayload` to parse, a
    :class:`WarcSkip` for a record that is no page, or a :class:`WarcResult` holding the
    :class:`WarcRecordError` of a damaged record.

    Raises :class:`WarcFormatError` when ``source`` is no archive, and ``ModuleNotFoundError``
    when warcio is not installed.
    """
    yield from _archive_items(source, max_bytes, [], _label(source))


@contextlib.contextmanager
def _open_archive(
    source: str | os.PathLike[str] | IO[bytes],
) -> Iterator[tuple[IO[bytes], str | None, bool]]:
    _warcio()  # fail early, with the hint, when warcio is missing
    if isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        try:
            handle = open(source, "rb")  # noqa: SIM115 (closed below, after the generator)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise WarcFormatError(f"cannot read {name!r}: {reason}", detected=None) from None
        try:
            yield handle, name, True
        finally:
            handle.close()
        return
    if not hasattr(source, "read"):
        raise TypeError(f"expected a path or a binary stream, got {type(source).__name__}")
    try:
        seekable = bool(source.seekable()) and source.tell() >= 0
    except (AttributeError, OSError, ValueError):
        seekable = False
    stream_name = getattr(source, "name", None)
    yield source, stream_name if isinstance(stream_name, str) else None, seekable


def _reader(
    stream: IO[bytes], name: str | None, seekable: bool, max_bytes: int | None
) -> _Reader | None:
    """A reader for the archive, ``None`` when it is empty, or :class:`WarcFormatError`."""
    if seekable:
        start = stream.tell()
        head = stream.read(_SNIFF)
        stream.seek(start)
    else:
        head = stream.read(_SNIFF)
        stream = io.BufferedReader(_Prefixed(head, stream))
    label = name or "the stream"
    if not head or (head.startswith(_GZIP_MAGIC) and not _gunzip_head(head).strip()):
        return None
    kind = _sniff(head)
    if kind is None:
        shown = _describe(head)
        raise WarcFormatError(
            f"{label} is not a WARC or ARC archive (it starts with {shown}); give the crawl's "
            ".warc, .warc.gz, .arc or .arc.gz files",
            detected=shown,
        )
    return _Reader(
        stream,
        name,
        max_bytes,
        kind,
        seekable=seekable,
        gzipped=head.startswith(_GZIP_MAGIC),
    )


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except zlib.error:
        return b"?"


def _describe(head: bytes) -> str:
    """A short, printable picture of a file's first bytes."""
    if head.startswith(_GZIP_MAGIC):
        inner = _gunzip_head(head)
        return "gzip data" if inner == b"?" else f"gzip data holding {_describe(inner)}"
    text = head[:40].decode("latin-1")
    shown = "".join(c if c.isprintable() else "." for c in text)
    return repr(shown)


# -- the entry point -------------------------------------------------------------------------


def _confidence(interview: Interview) -> float:
    """How sure the parser is that the page is an interview (1.0 or 0.0 where the model
    carries no confidence of its own)."""
    value = getattr(interview, "confidence", None)
    if isinstance(value, (int, float)):
        return float(value)
    return 1.0 if interview.is_interview else 0.0


def is_found(interview: Interview, min_confidence: float | None = None) -> bool:
    """Does the page count as an interview: :attr:`Interview.is_interview`, or with
    ``min_confidence``, pairs and at least that confidence."""
    if min_confidence is None:
        return interview.is_interview
    return bool(interview.pairs) and _confidence(interview) >= min_confidence


@attrs.frozen
class _Bug:
    """An unexpected exception while parsing one record (a bug of ours), with its traceback."""

    payload: WarcPayload
    error: BaseException
    traceback: str


@attrs.frozen
class _Passed:
    """A page left as no interview by a run that keeps only the interviews."""

    payload: WarcPayload


@attrs.frozen
class _Task:
    """What every worker is told (one picklable value): the size limit, and whether only the
    interviews are kept (then at what confidence: see :func:`find_in_payload`)."""

    max_bytes: int | None
    interviews_only: bool = False
    min_confidence: float | None = None


def _work(payload: WarcPayload, task: _Task) -> WarcResult | _Passed | _Bug:
    """The worker function: parse one payload and never raise (picklable)."""
    try:
        if not task.interviews_only:
            return parse_payload(payload, max_bytes=task.max_bytes)
        found = find_in_payload(
            payload, max_bytes=task.max_bytes, min_confidence=task.min_confidence
        )
        return _Passed(payload) if found is None else found
    except Exception as exc:
        return _Bug(payload, exc, traceback.format_exc())


class WarcResults(Iterator[WarcResult]):
    """The iterator :func:`parse_warc` returns; :attr:`summary` counts what it has seen.

    Read :attr:`summary` once the iteration is over for the whole archive's account. With
    ``on_skip`` / ``on_bug`` set (as the command line does), skipped records and unexpected
    errors are reported to those callbacks instead of dropped or raised; ``keep_going`` notes
    an archive that cannot be read in the summary and goes on to the next one.
    """

    def __init__(
        self,
        sources: list[str | os.PathLike[str] | IO[bytes]],
        *,
        interviews_only: bool,
        min_confidence: float | None,
        max_bytes: int | None,
        jobs: int,
        on_skip: Any = None,
        on_bug: Any = None,
        on_record: Any = None,
        keep_going: bool = False,
    ) -> None:
        _warcio()  # fail at once, with the install hint, when warcio is missing
        self._sources = sources
        self._keep_going = keep_going
        self._interviews_only = interviews_only
        self._min_confidence = min_confidence
        self._max_bytes = max_bytes
        self._jobs = jobs
        self._on_skip = on_skip
        self._on_bug = on_bug
        self._on_record = on_record
        self._counts: collections.Counter[str] = collections.Counter()
        self._skipped: collections.Counter[str] = collections.Counter()
        self._problems: list[str] = []
        self._results = self._run()

    def __next__(self) -> WarcResult:
        return next(self._results)

    def __iter__(self) -> WarcResults:
        return self

    @property
    def summary(self) -> WarcSummary:
        """Records, pages, interviews, errors and skipped records seen so far."""
        counts = self._counts
        return WarcSummary(
            archives=counts["archives"],
            records=counts["records"],
            pages=counts["pages"],
            interviews=counts["interviews"],
            errors=counts["errors"],
            skipped=dict(sorted(self._skipped.items(), key=lambda kv: (-kv[1], kv[0]))),
            problems=tuple(self._problems),
            unreadable=counts["unreadable"],
        )

    def _run(self) -> Iterator[WarcResult]:
        for source in self._sources:
            self._counts["archives"] += 1
            label = _label(source)
            try:
                items = _archive_items(source, self._max_bytes, self._problems, label)
                yield from self._results_of(items)
            except WarcFormatError as exc:
                self._counts["unreadable"] += 1
                self._problems.append(str(exc))
                if not self._keep_going:
                    raise

    def _results_of(
        self, items: Iterator[WarcPayload | WarcSkip | WarcResult]
    ) -> Iterator[WarcResult]:
        task = _Task(self._max_bytes, self._interviews_only, self._min_confidence)
        for done in _in_order(items, self._jobs, task):
            self._counts["records"] += 1
            if self._on_record is not None:
                self._on_record()
            if isinstance(done, WarcSkip):
                self._skipped[done.reason] += 1
                if self._on_skip is not None:
                    self._on_skip(done)
                continue
            if isinstance(done, _Passed):
                self._counts["pages"] += 1  # a page, left as no interview
                continue
            if isinstance(done, _Bug):
                self._counts["errors"] += 1
                if self._on_bug is None:
                    raise done.error
                self._on_bug(done)
                continue
            interview = done.interview
            if isinstance(done.error, BinaryInputError):
                # an image or a PDF served as a page: no page at all, not a failure
                self._skipped["binary payload"] += 1
                if self._on_skip is not None:
                    detected = done.error.detected
                    self._on_skip(
                        WarcSkip(
                            done.record_id,
                            done.url,
                            "binary payload",
                            detected,
                            done.offset,
                            done.archive,
                        )
                    )
                continue
            if interview is None:
                self._counts["errors"] += 1
                yield done
                continue
            self._counts["pages"] += 1
            found = is_found(interview, self._min_confidence)
            self._counts["interviews"] += found
            if found or not self._interviews_only:
                yield done


def _label(source: str | os.PathLike[str] | IO[bytes]) -> str:
    """How reports name an archive: its path, or the stream's name."""
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else "stream"


def _archive_items(
    source: str | os.PathLike[str] | IO[bytes],
    max_bytes: int | None,
    problems: list[str],
    label: str,
) -> Iterator[WarcPayload | WarcSkip | WarcResult]:
    with _open_archive(source) as (stream, name, seekable):
        reader = _reader(stream, name, seekable, max_bytes)
        if reader is None:
            problems.append(f"{label}: the archive is empty (no records)")
            return
        try:
            yield from reader.records()
        finally:
            problems.extend(f"{label}: {problem}" for problem in reader.problems)


def _in_order(
    items: Iterator[WarcPayload | WarcSkip | WarcResult], jobs: int, task: _Task
) -> Iterator[WarcSkip | WarcResult | _Passed | _Bug]:
    """Parse the payloads among ``items`` (in ``jobs`` processes) and hand everything back in
    archive order; only a bounded window of payloads is in flight at once."""
    if jobs <= 1:
        for item in items:
            yield _work(item, task) if isinstance(item, WarcPayload) else item
        return
    pending: collections.deque[concurrent.futures.Future[Any] | WarcSkip | WarcResult]
    pending = collections.deque()
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=jobs)
    try:
        for item in items:
            if isinstance(item, WarcPayload):
                pending.append(pool.submit(_work, item, task))
            else:
                pending.append(item)
            while len(pending) > jobs * 4 or (pending and not _is_future(pending[0])):
                yield _resolved(pending.popleft())
        while pending:
            yield _resolved(pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _is_future(item: object) -> bool:
    return isinstance(item, concurrent.futures.Future)


def _resolved(
    item: concurrent.futures.Future[Any] | WarcSkip | WarcResult,
) -> WarcSkip | WarcResult | _Passed | _Bug:
    if isinstance(item, concurrent.futures.Future):
        done: WarcResult | _Passed | _Bug = item.result()
        return done
    return item


def parse_warc(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    interviews_only: bool = False,
    min_confidence: float | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    jobs: int = 1,
) -> WarcResults:
    """Parse every HTML or text page of a WARC or ARC archive (gzipped or not), streaming.

    ``source`` is a path or a binary stream (``open(path, "rb")``, ``sys.stdin.buffer``).
    Yields a :class:`WarcResult` for each page parsed, in archive order: the record's id, URL
    and crawl date, then the :class:`~interviewparse.Interview` or the
    :class:`~interviewparse.ParseError` (damaged records give a :class:`WarcRecordError`). A
    page counts as an interview when :attr:`Interview.is_interview` holds, or, with
    ``min_confidence``, when it has pairs and its confidence is at least that;
    ``interviews_only`` leaves out the pages that are not (errors are still yielded: nothing
    is lost silently), and leaves each of them as soon as that is known, for less
    (:func:`~interviewparse.find_interview`; the pages kept are the same). Records that are
    no page (requests, metadata, revisits, images, PDFs, redirects) are counted in the
    returned iterator's :attr:`WarcResults.summary` with the reason they were skipped.

    Memory stays flat: one record at a time is read (``jobs`` > 1 parses in that many
    processes, with a bounded window of records in flight). Raises :class:`WarcFormatError`
    when ``source`` is no archive, and ``ModuleNotFoundError`` naming the ``warc`` extra
    when warcio is not installed.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    _warcio()
    return WarcResults(
        [source],
        interviews_only=interviews_only,
        min_confidence=min_confidence,
        max_bytes=max_bytes,
        jobs=jobs,
    )


def archives_in(paths: list[str]) -> list[Path]:
    """The archive files named by command-line inputs: a folder gives the files in it (and
    its subfolders, hidden ones left out) named like archives, in sorted order."""
    found: list[Path] = []
    for item in paths:
        path = Path(item)
        if not path.is_dir():
            found.append(path)
            continue
        for root, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found.extend(
                Path(root) / name
                for name in sorted(names)
                if name.lower().endswith(WARC_SUFFIXES) and not name.startswith(".")
            )
    return found
