"""Building web archives byte by byte in the tests (no downloads, no writer library).

Written by hand, from the WARC 1.1 and ARC 1.0 layouts, so that the tests can make the
damaged archives a crawl really produces (a member cut short, broken HTTP headers) which a
well-behaved writer refuses to write.
"""

from __future__ import annotations

import gzip
import uuid
import zlib
from collections.abc import Iterable, Sequence

DATE = "2024-05-01T10:00:00Z"


def record_id(key: str) -> str:
    """A stable record id for a key (the same key always gives the same id)."""
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, key)}>"


def warc_record(
    warc_type: str,
    block: bytes,
    *,
    uri: str | None = None,
    content_type: str | None = None,
    date: str = DATE,
    rid: str | None = None,
    length: int | None = None,
) -> bytes:
    """One WARC record: the version line, headers, a blank line, the block, two CRLFs."""
    headers = [
        ("WARC-Type", warc_type),
        ("WARC-Record-ID", rid or record_id(f"{warc_type}:{uri}:{len(block)}")),
        ("WARC-Date", date),
    ]
    if uri is not None:
        headers.append(("WARC-Target-URI", uri))
    if content_type is not None:
        headers.append(("Content-Type", content_type))
    headers.append(("Content-Length", str(len(block) if length is None else length)))
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    return b"WARC/1.1\r\n" + head.encode("utf-8") + b"\r\n" + block + b"\r\n\r\n"


def http_response(
    body: bytes,
    *,
    content_type: str | None = "text/html; charset=utf-8",
    status: str = "200 OK",
    headers: Sequence[tuple[str, str]] = (),
    chunked: bool = False,
    encoding: str | None = None,
) -> bytes:
    """An HTTP/1.1 response as a crawler stores it (the body coded as it was sent)."""
    lines = [f"HTTP/1.1 {status}"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    if encoding == "gzip":
        body = gzip.compress(body)
    elif encoding == "deflate":
        body = zlib.compress(body)
    elif encoding == "br":
        import brotli  # type: ignore[import-not-found,import-untyped,unused-ignore]

        body = brotli.compress(body)
    if encoding:
        lines.append(f"Content-Encoding: {encoding}")
    if chunked:
        lines.append("Transfer-Encoding: chunked")
        pieces = [body[i : i + 700] for i in range(0, len(body), 700)]
        body = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"
    else:
        lines.append(f"Content-Length: {len(body)}")
    lines.extend(f"{name}: {value}" for name, value in headers)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def response(uri: str, body: bytes, **http: object) -> bytes:
    """A WARC ``response`` record of a page served over HTTP."""
    payload = http_response(body, **http)  # type: ignore[arg-type]
    return warc_record(
        "response", payload, uri=uri, content_type="application/http; msgtype=response"
    )


def request(uri: str) -> bytes:
    host = uri.split("/")[2]
    block = f"GET / HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
    return warc_record("request", block, uri=uri, content_type="application/http; msgtype=request")


def warcinfo() -> bytes:
    return warc_record(
        "warcinfo",
        b"software: tests\r\nformat: WARC File Format 1.1\r\n",
        content_type="application/warc-fields",
    )


def pack(records: Iterable[bytes], *, compress: bool = True) -> bytes:
    """An archive: each record its own gzip member (as crawlers write them), or plain."""
    if compress:
        return b"".join(gzip.compress(record, mtime=0) for record in records)
    return b"".join(records)


def arc(records: Iterable[tuple[str, bytes]], *, compress: bool = False) -> bytes:
    """An ARC 1.0 file: its ``filedesc://`` header record, then one record per (URL, HTTP)."""
    desc = b"1 0 tests\nURL IP-address Archive-date Content-type Archive-length\n"
    parts = [b"filedesc://tests.arc 0.0.0.0 20240501100000 text/plain %d\n" % len(desc) + desc]
    for url, payload in records:
        line = f"{url} 192.0.2.1 20240501100000 text/html {len(payload)}\n".encode()
        parts.append(line + payload)
    members = [part + b"\n" for part in parts]
    if compress:
        return b"".join(gzip.compress(m, mtime=0) for m in members)
    return b"".join(members)
