"""A real crawl packed into one WARC: ``--interviews-only`` finds exactly the interviews that
parsing each page alone finds, and the summary accounts for every record.

The pages are other people's: they are read from ``../shared/crawl`` (skipped when absent),
packed into a WARC in the test's temporary folder, and never copied into the project.
"""

from __future__ import annotations

import hashlib
import json
import re
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import interviewparse as ip
from interviewparse.cli import main

pytest.importorskip("warcio")

from warc_files import pack, request, response, warcinfo

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CRAWL = SHARED / "crawl" / "pages.tar.xz"
RESERVED = SHARED / "reserved.sha256"

pytestmark = pytest.mark.skipif(not CRAWL.exists(), reason="../shared/crawl is not here")


def crawl_pages() -> Iterator[tuple[str, bytes]]:
    """(URL, bytes) of every page of the shared crawl, reserved pages left out."""
    reserved = set()
    if RESERVED.exists():
        reserved = {
            line.split()[0]
            for line in RESERVED.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        }
    with tarfile.open(CRAWL) as tar:
        for member in tar:
            if not (member.isfile() and member.name.endswith(".html")):
                continue
            handle = tar.extractfile(member)
            assert handle is not None
            data = handle.read()
            if hashlib.sha256(data).hexdigest() in reserved:
                continue
            yield f"https://crawl.example/{Path(member.name).stem}", data


def test_interviews_only_over_a_packed_crawl_finds_what_each_page_alone_gives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = [warcinfo()]
    expected = []
    pages = 0
    for url, data in crawl_pages():
        records += [request(url), response(url, data, content_type="text/html")]
        pages += 1
        try:
            if ip.parse(data, url=url).is_interview:
                expected.append(url)
        except ip.ParseError:
            pass
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(pack(records))
    del records
    out = tmp_path / "found.jsonl"

    code = main([str(path), "--interviews-only", "--format", "jsonl", "-o", str(out)])

    err = capsys.readouterr().err
    assert code == 0
    found = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [line["url"] for line in found] == expected
    assert all(line["is_interview"] and line["pairs"] for line in found)
    assert all(line["record_id"] and line["crawled"] for line in found)
    summary = err.strip().splitlines()[-1]
    records_total = 1 + 2 * pages
    assert f"{records_total:,} records in 1 archive" in summary
    assert f"({len(expected):,} interview" in summary
    # every record accounted for: pages parsed + errors + skipped == records
    counts = re.search(
        r"([\d,]+) pages? parsed \(.*\), ([\d,]+) errors?, ([\d,]+) skipped", summary
    )
    assert counts is not None, summary
    parsed, errors, skipped = (int(n.replace(",", "")) for n in counts.groups())
    assert parsed + errors == pages
    assert skipped == pages + 1  # the requests and the warcinfo record
