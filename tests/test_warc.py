"""Web archives in: parse_warc and the command line read WARC and ARC files record by record.

Every archive here is built in the test from the example pages and invented snippets
(tests/warc_files.py writes the bytes by hand, so damaged archives can be made too).
"""

from __future__ import annotations

import gzip
import io
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import interviewparse as ip
from interviewparse.cli import main
from interviewparse.warc import WarcPayload, is_archive, iter_payloads, parse_payload

pytest.importorskip("warcio")

from warc_files import (
    arc,
    http_response,
    pack,
    record_id,
    request,
    response,
    warc_record,
    warcinfo,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = (ROOT / "examples" / "interview.html").read_bytes()
NEWS = (
    b"<html><head><title>Bridge approved</title></head><body><article><h1>Bridge approved</h1>"
    b"<p>The town council approved a new footbridge on Tuesday after a long debate.</p>"
    b"<p>Construction starts in spring and should take a year.</p></article></body></html>"
)
IV_URL = "https://news.example/interview"
NEWS_URL = "https://news.example/bridge"
BROKEN_URL = "https://news.example/broken"


def crawl_records() -> list[bytes]:
    """A small crawl: what a crawler writes for two pages, plus records that are no page."""
    return [
        warcinfo(),
        request(IV_URL),
        response(IV_URL, EXAMPLE),
        warc_record("metadata", b"outlinks: none\r\n", uri=IV_URL, content_type="text/plain"),
        request(NEWS_URL),
        response(NEWS_URL, NEWS),
        response(
            "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n....", content_type="image/png"
        ),
        response("https://news.example/paper.pdf", b"%PDF-1.7 ...", content_type="application/pdf"),
        response("https://news.example/old", b"<html>moved</html>", status="301 Moved Permanently"),
        warc_record(
            "revisit",
            b"HTTP/1.1 200 OK\r\n\r\n",
            uri=IV_URL,
            content_type="application/http; msgtype=response",
        ),
    ]


def archive(tmp_path: Path, data: bytes, name: str = "crawl.warc.gz") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def results_and_summary(source: Any, **options: Any) -> tuple[list[ip.WarcResult], ip.WarcSummary]:
    results = ip.parse_warc(source, **options)
    found = list(results)
    return found, results.summary


# -- reading a crawl ----------------------------------------------------------------------


def test_pages_are_parsed_with_their_record_identity(tmp_path: Path) -> None:
    path = archive(tmp_path, pack(crawl_records()))
    found, _ = results_and_summary(path)
    assert [r.url for r in found] == [IV_URL, NEWS_URL]
    first = found[0]
    assert first.record_id == record_id(f"response:{IV_URL}:{len(http_response(EXAMPLE))}")
    assert first.crawled == "2024-05-01T10:00:00Z"
    assert first.archive == str(path)
    assert first.interview == ip.parse(EXAMPLE, url=IV_URL)
    assert first.interview is not None and first.interview.is_interview
    assert found[1].interview is not None and not found[1].interview.is_interview


def test_every_record_is_accounted_for_with_its_reason(tmp_path: Path) -> None:
    _, summary = results_and_summary(archive(tmp_path, pack(crawl_records())))
    assert summary.records == len(crawl_records())
    assert (summary.pages, summary.interviews, summary.errors) == (2, 1, 0)
    assert summary.skipped == {
        "request": 2,
        "HTTP status 3xx": 1,
        "PDF": 1,
        "image": 1,
        "metadata": 1,
        "revisit": 1,
        "warcinfo": 1,
    }
    assert summary.accounted


def test_interviews_only_leaves_out_the_other_pages_but_counts_them(tmp_path: Path) -> None:
    found, summary = results_and_summary(
        archive(tmp_path, pack(crawl_records())), interviews_only=True
    )
    assert [r.url for r in found] == [IV_URL]
    assert summary.pages == 2 and summary.interviews == 1


def test_min_confidence_raises_the_bar(tmp_path: Path) -> None:
    path = archive(tmp_path, pack(crawl_records()))
    found, _ = results_and_summary(path, interviews_only=True, min_confidence=0.0)
    assert [r.url for r in found] == [IV_URL]  # a page without pairs is never an interview
    none, summary = results_and_summary(path, interviews_only=True, min_confidence=1.01)
    assert none == [] and summary.interviews == 0


def test_uncompressed_warc_and_streams(tmp_path: Path) -> None:
    plain = pack(crawl_records(), compress=False)
    from_path, _ = results_and_summary(archive(tmp_path, plain, "crawl.warc"))
    from_stream, _ = results_and_summary(io.BytesIO(pack(crawl_records())))
    assert [r.url for r in from_path] == [r.url for r in from_stream] == [IV_URL, NEWS_URL]


class _OneWay(io.RawIOBase):
    """An unseekable stream that counts what was read from it (a pipe, a download)."""

    def __init__(self, data: bytes) -> None:
        self._data, self.consumed = data, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._data[self.consumed : self.consumed + min(len(buffer), 4096)]
        buffer[: len(chunk)] = chunk
        self.consumed += len(chunk)
        return len(chunk)


def test_reading_streams_record_by_record() -> None:
    filler = [response(f"https://news.example/{i}", NEWS) for i in range(200)]
    data = pack([response(IV_URL, EXAMPLE), *filler])
    stream = _OneWay(data)
    results = ip.parse_warc(stream)  # type: ignore[arg-type]
    first = next(results)
    assert first.url == IV_URL
    assert stream.consumed < len(data) / 2  # the rest of the archive is not read ahead
    assert len(list(results)) == 200
    assert results.summary.records == 201


def test_resource_records_are_pages_too(tmp_path: Path) -> None:
    record = warc_record(
        "resource", EXAMPLE, uri="file:///saved/interview.html", content_type="text/html"
    )
    found, _ = results_and_summary(io.BytesIO(pack([record])))
    assert found[0].url == "file:///saved/interview.html"
    assert found[0].interview == ip.parse(EXAMPLE, url="file:///saved/interview.html")


@pytest.mark.parametrize(
    "coding",
    [
        {"chunked": True},
        {"encoding": "gzip"},
        {"encoding": "deflate"},
        {"encoding": "gzip", "chunked": True},
        pytest.param({"encoding": "br"}, id="br"),
    ],
    ids=str,
)
def test_http_transfer_and_content_codings_are_undone(coding: dict[str, Any]) -> None:
    if coding.get("encoding") == "br":
        pytest.importorskip("brotli")
    found, _ = results_and_summary(io.BytesIO(pack([response(IV_URL, EXAMPLE, **coding)])))
    assert found[0].interview == ip.parse(EXAMPLE, url=IV_URL)


def test_the_http_charset_comes_before_the_pages_own_declaration() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>Café</title></head><body>"
        "<p>Crème brûlée, déjà vu and a naïve façade.</p></body></html>"
    )
    body = page.encode("cp1252")  # served as latin-1 while the page claims UTF-8
    record = response(NEWS_URL, body, content_type="text/html; charset=ISO-8859-1")
    found, _ = results_and_summary(io.BytesIO(pack([record])))
    interview = found[0].interview
    assert interview is not None
    assert interview.intro[0].text == "Crème brûlée, déjà vu and a naïve façade."


def test_a_wrong_http_charset_falls_back_to_what_the_bytes_say() -> None:
    page = "<html><body><p>Straße und Grüße aus Köln, sagte sie.</p></body></html>"
    record = response(NEWS_URL, page.encode("utf-8"), content_type="text/html; charset=ascii")
    found, _ = results_and_summary(io.BytesIO(pack([record])))
    assert found[0].interview is not None
    assert "Grüße" in found[0].interview.intro[0].text


@pytest.mark.parametrize("compress", [False, True], ids=["arc", "arc.gz"])
def test_arc_files(compress: bool) -> None:
    data = arc(
        [(IV_URL, http_response(EXAMPLE)), (NEWS_URL, http_response(NEWS))], compress=compress
    )
    found, summary = results_and_summary(io.BytesIO(data))
    assert [r.url for r in found] == [IV_URL, NEWS_URL]
    assert found[0].record_id is None and found[0].offset is not None  # ARC records have no id
    assert found[0].crawled == "2024-05-01T10:00:00Z"
    assert found[0].interview == ip.parse(EXAMPLE, url=IV_URL)
    assert summary.records == 3 and summary.skipped == {"warcinfo": 1} and summary.accounted


def test_several_processes_give_the_same_results(tmp_path: Path) -> None:
    path = archive(tmp_path, pack(crawl_records() * 2))
    alone, one = results_and_summary(path)
    pooled, two = results_and_summary(path, jobs=2)
    assert [r.to_dict() for r in pooled] == [r.to_dict() for r in alone]
    assert one == two


def test_results_and_errors_pickle() -> None:
    found, _ = results_and_summary(io.BytesIO(pack(crawl_records())))
    assert pickle.loads(pickle.dumps(found[0])) == found[0]
    error = ip.WarcRecordError("broken HTTP headers: x", reason="broken HTTP headers", offset=7)
    assert pickle.loads(pickle.dumps(error)) == error


def test_the_per_record_function_is_the_unit_of_work() -> None:
    payloads = [
        p for p in iter_payloads(io.BytesIO(pack(crawl_records()))) if isinstance(p, WarcPayload)
    ]
    assert [p.url for p in payloads] == [IV_URL, NEWS_URL]
    result = parse_payload(pickle.loads(pickle.dumps(payloads[0])))
    assert result.interview == ip.parse(EXAMPLE, url=IV_URL)
    empty = parse_payload(WarcPayload("<urn:x>", NEWS_URL, None, b"<html><body></body></html>"))
    assert isinstance(empty.error, ip.ParseError)


def test_archives_are_recognised_by_name_or_by_their_first_bytes(tmp_path: Path) -> None:
    named = archive(tmp_path, b"", "anything.ARC.GZ")
    unnamed = archive(tmp_path, pack(crawl_records()), "download")
    page = archive(tmp_path, EXAMPLE, "page.html")
    assert is_archive(named) and is_archive(unnamed) and not is_archive(page)


# -- damaged archives, through the API -----------------------------------------------------


def damaged(kind: str) -> tuple[bytes, str | None]:
    """A damaged archive of the given kind, and the record id its report must name."""
    good = [response(IV_URL, EXAMPLE), response(NEWS_URL, NEWS)]
    if kind == "truncated gzip member":
        return pack(good)[:-25], record_id(f"response:{NEWS_URL}:{len(http_response(NEWS))}")
    if kind == "broken HTTP headers":
        broken = warc_record("response", b"<html><p>no status line</p></html>", uri=BROKEN_URL)
        return pack([good[0], broken, good[1]]), record_id(f"response:{BROKEN_URL}:34")
    if kind == "over the size limit":
        return pack(good), record_id(f"response:{IV_URL}:{len(http_response(EXAMPLE))}")
    raise AssertionError(kind)


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("truncated gzip member", "truncated"),
        ("broken HTTP headers", "broken HTTP headers"),
        ("over the size limit", "over the size limit"),
    ],
)
def test_a_damaged_record_is_reported_and_the_archive_goes_on(kind: str, reason: str) -> None:
    data, rid = damaged(kind)
    limit = 2000 if kind == "over the size limit" else ip.parse_warc.__kwdefaults__["max_bytes"]
    found, summary = results_and_summary(io.BytesIO(data), max_bytes=limit)
    errors = [r for r in found if r.error is not None]
    assert len(errors) == 1
    error = errors[0].error
    assert isinstance(error, ip.WarcRecordError) and error.reason == reason
    assert errors[0].record_id == rid
    assert "\n" not in str(error)
    assert summary.errors == 1 and summary.accounted
    if kind != "truncated gzip member":
        assert [r.url for r in found if r.interview is not None] == [
            u for u in (IV_URL, NEWS_URL) if kind != "over the size limit" or u == NEWS_URL
        ]


def test_a_damaged_gzip_member_is_skipped_and_reading_resumes(tmp_path: Path) -> None:
    members = [gzip.compress(r, mtime=0) for r in crawl_records()]
    members[2] = members[2][: len(members[2]) // 2]  # the interview's member, half gone
    found, summary = results_and_summary(archive(tmp_path, b"".join(members)))
    assert [r.url for r in found if r.interview is not None] == [NEWS_URL]
    assert summary.errors == 1 and summary.accounted
    assert any("resumed at the next gzip member" in p for p in summary.problems)


def test_a_file_that_is_no_archive_raises_a_parse_error(tmp_path: Path) -> None:
    path = archive(tmp_path, b"These are my notes, not a crawl.\n")
    with pytest.raises(ip.WarcFormatError, match="not a WARC or ARC archive"):
        list(ip.parse_warc(path))
    with pytest.raises(ip.WarcFormatError, match="cannot read"):
        list(ip.parse_warc(tmp_path / "missing.warc.gz"))


@pytest.mark.parametrize("data", [b"", gzip.compress(b"")], ids=["empty file", "empty gzip"])
def test_an_empty_archive_has_no_records(data: bytes) -> None:
    found, summary = results_and_summary(io.BytesIO(data))
    assert found == [] and summary.records == 0
    assert summary.problems == ("stream: the archive is empty (no records)",)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_an_archive_cut_anywhere_is_read_as_far_as_it_goes(data: st.DataObject) -> None:
    whole = pack(crawl_records(), compress=data.draw(st.booleans(), label="gzip"))
    cut = data.draw(st.integers(min_value=0, max_value=len(whole)), label="cut")
    try:
        found, summary = results_and_summary(io.BytesIO(whole[:cut]))
    except ip.WarcFormatError:
        return  # too little left to tell it is an archive
    assert summary.accounted
    assert all(r.interview is not None or isinstance(r.error, ip.ParseError) for r in found)


def test_a_missing_warcio_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    with pytest.raises(ModuleNotFoundError, match=r"'warc' extra"):
        ip.parse_warc(io.BytesIO(pack(crawl_records())))


# -- the command line ----------------------------------------------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_writes_one_json_line_per_interview(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = archive(tmp_path, pack(crawl_records()))
    out = tmp_path / "found.jsonl"
    code, _, err = run_cli(
        capsys, str(path), "--interviews-only", "--format", "jsonl", "-o", str(out)
    )
    assert code == 0
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(lines) == 1
    line = lines[0]
    assert line["url"] == IV_URL and line["crawled"] == "2024-05-01T10:00:00Z"
    assert line["record_id"].startswith("<urn:uuid:") and line["archive"] == str(path)
    assert ip.Interview.from_dict(line) == ip.parse(EXAMPLE, url=IV_URL)
    summary = err.strip().splitlines()[-1]
    assert "10 records in 1 archive: 2 pages parsed (1 interview), 0 errors, 8 skipped" in summary
    assert "2 request" in summary and "1 image" in summary


def test_cli_reads_several_archives_in_processes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = archive(tmp_path, pack(crawl_records()), "a.warc.gz")
    second = archive(tmp_path, arc([(IV_URL, http_response(EXAMPLE))]), "b.arc")
    code, out, err = run_cli(capsys, str(first), str(second), "--format", "jsonl", "--jobs", "2")
    assert code == 0
    assert [json.loads(line)["url"] for line in out.splitlines()] == [IV_URL, NEWS_URL, IV_URL]
    assert "12 records in 2 archives: 3 pages parsed (2 interviews)" in err


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("truncated gzip member", "cut short"),
        ("broken HTTP headers", "broken HTTP headers"),
        ("over the size limit", "size limit"),
    ],
)
def test_cli_reports_a_damaged_record_on_one_line(
    kind: str, reason: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, rid = damaged(kind)
    path = archive(tmp_path, data)
    limit = ["--max-bytes", "2K"] if kind == "over the size limit" else []
    code, _, err = run_cli(capsys, str(path), "--format", "jsonl", *limit, "--debug")
    assert code == 0
    assert "Traceback" not in err
    report = [line for line in err.splitlines() if reason in line]
    assert len(report) == 1 and f"record {rid}" in report[0]
    assert "1 error" in err.splitlines()[-1]


def test_cli_goes_on_past_an_archive_it_cannot_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = archive(tmp_path, b"These are my notes, not a crawl.\n", "notes.warc.gz")
    empty = archive(tmp_path, b"", "empty.warc")
    good = archive(tmp_path, pack(crawl_records()), "good.warc.gz")
    code, out, err = run_cli(capsys, str(notes), str(empty), str(good), "--format", "jsonl")
    assert code == 2  # an archive could not be read at all
    assert "Traceback" not in err
    assert f"{notes} is not a WARC or ARC archive" in err
    assert f"{empty}: the archive is empty (no records)" in err
    assert len(out.splitlines()) == 2
    assert "10 records in 3 archives" in err and "1 archive could not be read" in err


def test_cli_debug_lists_each_skipped_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = archive(tmp_path, pack(crawl_records()))
    _, _, quiet = run_cli(capsys, str(path), "--format", "jsonl")
    _, _, debug = run_cli(capsys, str(path), "--format", "jsonl", "--debug")
    assert not [line for line in quiet.splitlines() if ": skipped, " in line]
    skipped = [line for line in debug.splitlines() if ": skipped, " in line]
    assert len(skipped) == 8
    assert any("logo.png: skipped, image (image/png)" in line for line in skipped)


def test_cli_refuses_archives_mixed_with_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = archive(tmp_path, pack(crawl_records()))
    with pytest.raises(SystemExit) as exit_info:
        main([str(path), str(ROOT / "examples" / "interview.html")])
    assert exit_info.value.code == 2
    assert "not both in one run" in capsys.readouterr().err


def test_cli_without_warcio_says_what_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = archive(tmp_path, pack(crawl_records()))
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    code, _, err = run_cli(capsys, str(path))
    assert code == 2
    assert err.count("\n") == 1 and "'warc' extra" in err


def test_cli_interviews_only_works_for_pages_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = tmp_path / "news.html"
    news.write_bytes(NEWS)
    page = str(ROOT / "examples" / "interview.html")
    code, out, err = run_cli(capsys, page, str(news), "--interviews-only", "--format", "jsonl")
    assert code == 0
    assert [json.loads(line)["source"] for line in out.splitlines()] == [page]
    assert "2 files" in err  # the other page is counted, not written
    code, out, _ = run_cli(capsys, str(news), "--interviews-only")
    assert code == 0 and out == ""


def test_cli_reads_an_archive_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(pack(crawl_records()))))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, err = run_cli(capsys, "-", "--interviews-only", "--format", "jsonl")
    assert code == 0
    assert [json.loads(line)["url"] for line in out.splitlines()] == [IV_URL]
    assert "10 records in 1 archive" in err


def test_cli_takes_a_folder_of_archives_but_not_one_mixed_with_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    crawls = tmp_path / "crawls"
    (crawls / "day2").mkdir(parents=True)
    archive(crawls, pack(crawl_records()), "day1.warc.gz")
    archive(crawls / "day2", arc([(IV_URL, http_response(EXAMPLE))]), "day2.arc")
    code, out, err = run_cli(capsys, str(crawls), "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == 3
    assert "12 records in 2 archives" in err
    (crawls / "page.html").write_bytes(EXAMPLE)
    with pytest.raises(SystemExit):
        main([str(crawls)])
    assert "holds both pages and web archives" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("tqdm", [True, False], ids=["tqdm", "plain counter"])
def test_cli_counts_records_on_a_terminal(
    tqdm: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if tqdm:
        pytest.importorskip("tqdm")
    else:
        monkeypatch.setitem(sys.modules, "tqdm", None)
    path = archive(tmp_path, pack(crawl_records()))
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main([str(path), "--format", "jsonl", "-o", str(tmp_path / "out.jsonl")]) == 0
    shown = terminal.getvalue()
    assert "\r10 records" in shown  # the count redrawn in place, ending at every record
    assert shown.splitlines()[-1].startswith("interviewparse: 10 records in 1 archive")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    main([str(path), "--format", "jsonl", "-o", str(tmp_path / "out.jsonl"), "--no-progress"])
    assert "\r" not in terminal.getvalue()
