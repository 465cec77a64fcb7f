"""The crawl-scale recipe: dask.bag over files (or web archives) → parse → to_records →
dask.dataframe → parquet, on processes as the docs recommend (parsing is CPU-bound)."""

from __future__ import annotations

from pathlib import Path

import pytest

import interviewparse as ip

dask = pytest.importorskip("dask")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
pytest.importorskip("dask.dataframe")

from interviewparse.integrations.dask import (  # noqa: E402  (needs dask, checked above)
    RECORD_COLUMNS,
    WARC_RECORD_COLUMNS,
    payloads_from_archive,
    read_records,
    read_warc_records,
    records_from_path,
    rows_from_payload,
    to_dataframe,
    write_parquet,
    write_warc_parquet,
)

PAGES = {
    "ferry.txt": (
        "A ferryman on fog\n\n"
        "Q: How do you cross in fog?\n\nA: Slowly, and by ear.\n\n"
        "Q: Have you ever got lost?\n\nA: Once, in 1998, for an hour.\n"
    ),
    "baker.html": (
        "<html><head><title>A baker on dawn</title></head><body><article>"
        "<h1>A baker on dawn</h1><p>We met Rosa Lind at her oven.</p>"
        "<p><strong>When do you get up?</strong></p><p>At three, every day but Sunday.</p>"
        "<p><strong>Do you ever sleep in?</strong></p><p>On Sundays, until six.</p>"
        "</article></body></html>"
    ),
    "news.txt": (
        "Council approves new bridge\n\n"
        "The town council approved a new footbridge on Tuesday.\n\n"
        "Construction starts in spring and should take a year.\n"
    ),
    "deep/poet.md": ("# A poet on rhyme\n\nQ: Must a poem rhyme?\n\nA: No, but it must sound.\n"),
}


@pytest.fixture
def pages(tmp_path: Path) -> list[Path]:
    paths = []
    for name, text in PAGES.items():
        path = tmp_path / "pages" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return sorted(paths)


def _expected_rows(paths: list[Path]) -> int:
    return sum(len(ip.parse(p.read_bytes()).pairs) for p in paths)


def test_records_from_path_is_a_pure_per_file_function(pages: list[Path]) -> None:
    for path in pages:
        records = records_from_path(path)
        assert len(records) == len(ip.parse(path.read_bytes()).pairs)
        for record in records:
            assert list(record) == list(RECORD_COLUMNS)
            assert record["source"] == str(path)


@pytest.mark.parametrize("scheduler", ["synchronous", "processes"])
def test_recipe_bag_to_parquet(scheduler: str, pages: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "pairs.parquet"
    with dask.config.set(scheduler=scheduler, num_workers=2):
        write_parquet(pages, out, npartitions=2)
    frame = pd.read_parquet(out)
    assert _expected_rows(pages) >= 3  # the labelled pages are interviews at least
    assert len(frame) == _expected_rows(pages)
    assert list(frame.columns) == list(RECORD_COLUMNS)
    by_source = frame.groupby("source").size().to_dict()
    for path in pages:
        pairs = len(ip.parse(path.read_bytes()).pairs)
        assert by_source.get(str(path), 0) == pairs


def test_dataframe_types_are_declared_not_guessed(pages: list[Path]) -> None:
    with dask.config.set(scheduler="synchronous"):
        frame = to_dataframe(pages, npartitions=len(pages))
        computed = frame.compute()
    assert list(frame.columns) == list(RECORD_COLUMNS)
    assert str(frame.dtypes["pair_index"]) == "int64"
    assert len(computed) == _expected_rows(pages)
    assert sorted(computed["pair_index"].tolist()) == sorted(
        i for p in pages for i in range(len(ip.parse(p.read_bytes()).pairs))
    )


def test_a_broken_file_raises_or_is_skipped(pages: list[Path], tmp_path: Path) -> None:
    broken = tmp_path / "pages" / "empty.txt"
    broken.write_text("", encoding="utf-8")
    paths = [*pages, broken]
    with dask.config.set(scheduler="synchronous"):
        with pytest.raises(ip.EmptyInputError):
            read_records(paths).compute()
        records = read_records(paths, errors="skip").compute()
    assert len(records) == _expected_rows(pages)


def test_errors_name_their_file_and_can_be_returned_as_records(
    pages: list[Path], tmp_path: Path
) -> None:
    broken = tmp_path / "pages" / "empty.txt"
    broken.write_text("", encoding="utf-8")
    with pytest.raises(ip.EmptyInputError) as caught:
        records_from_path(broken)
    assert caught.value.source == str(broken)
    assert str(broken) in str(caught.value)
    (row,) = records_from_path(broken, errors="return")
    assert list(row) == list(RECORD_COLUMNS)
    assert row["source"] == str(broken)
    assert row["error"].startswith("EmptyInputError: ")
    assert row["pair_index"] == -1
    with dask.config.set(scheduler="synchronous"):
        frame = to_dataframe([*pages, broken], errors="return").compute()
    assert frame["error"].notna().sum() == 1
    assert len(frame) == _expected_rows(pages) + 1
    with pytest.raises(ValueError, match="errors must be"):
        records_from_path(broken, errors="ignore")  # type: ignore[arg-type]


# -- web archives --------------------------------------------------------------------------


@pytest.fixture
def archives(tmp_path: Path) -> list[Path]:
    """Two tiny crawls: the pages above served over HTTP, plus records that are no page."""
    pytest.importorskip("warcio")
    from warc_files import pack, request, response, warc_record, warcinfo

    crawls = []
    for number, names in enumerate((["ferry.txt", "news.txt"], ["baker.html", "deep/poet.md"])):
        records = [warcinfo()]
        for name in names:
            url = f"https://pages.example/{name}"
            kind = "text/html" if name.endswith(".html") else "text/plain"
            records += [request(url), response(url, PAGES[name].encode(), content_type=kind)]
        records.append(warc_record("response", b"<p>no status line</p>", uri="https://x.example/"))
        path = tmp_path / f"crawl-{number}.warc.gz"
        path.write_bytes(pack(records))
        crawls.append(path)
    return crawls


def _expected_warc_rows() -> dict[str, int]:
    return {
        f"https://pages.example/{name}": len(ip.parse(text.encode()).pairs)
        for name, text in PAGES.items()
        if ip.parse(text.encode()).is_interview
    }


def test_rows_from_payload_is_the_per_record_function(archives: list[Path]) -> None:
    payloads = [p for path in archives for p in payloads_from_archive(path)]
    assert len(payloads) == len(PAGES)  # requests, warcinfo and the damaged record dropped
    rows = [row for payload in payloads for row in rows_from_payload(payload)]
    assert rows and all(list(row) == list(WARC_RECORD_COLUMNS) for row in rows)
    assert all(row["record_id"] and row["crawled"] for row in rows)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["url"]] = counts.get(row["url"], 0) + 1
    assert counts == _expected_warc_rows()


def test_damaged_records_raise_return_a_row_or_are_skipped(archives: list[Path]) -> None:
    with pytest.raises(ip.WarcRecordError, match="broken HTTP headers"):
        list(payloads_from_archive(archives[0], errors="raise"))
    assert len(list(payloads_from_archive(archives[0]))) == 2
    with dask.config.set(scheduler="synchronous"):
        rows = read_warc_records(archives, errors="return").compute()
    failed = [row for row in rows if row["error"]]
    assert len(failed) == 2  # one damaged record in each archive
    assert all(row["pair_index"] == -1 and row["record_id"] for row in failed)
    assert all(row["error"].startswith("WarcRecordError: broken HTTP headers") for row in failed)
    assert len(rows) - 2 == sum(_expected_warc_rows().values())


def test_warc_recipe_on_processes_to_parquet(archives: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "warc-pairs.parquet"
    with dask.config.set(scheduler="processes", num_workers=2):
        write_warc_parquet(archives, out)
    frame = pd.read_parquet(out)
    assert list(frame.columns) == list(WARC_RECORD_COLUMNS)
    assert frame.groupby("url").size().to_dict() == _expected_warc_rows()
    assert set(frame["source"]) <= {str(path) for path in archives}
    assert frame["crawled"].notna().all()


def test_warc_bag_keeps_only_confident_interviews(archives: list[Path]) -> None:
    with dask.config.set(scheduler="synchronous"):
        none = read_warc_records(archives, min_confidence=1.01).compute()
        some = read_warc_records(archives).compute()
    assert none == [] and len(some) == sum(_expected_warc_rows().values())


def test_the_batch_page_recipe_runs_as_a_script_on_processes(tmp_path: Path) -> None:
    """docs/batch.md's recipe, guarded by ``if __name__ == "__main__":``, run as a reader would
    run it (tests/test_docs.py runs the page in-process, where the guarded part does not)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    page = (root / "docs" / "batch.md").read_text(encoding="utf-8")
    from test_docs import python_blocks

    recipe = [code for _, code in python_blocks(page) if 'scheduler="processes"' in code]
    assert len(recipe) == 1 and 'if __name__ == "__main__":' in recipe[0]
    script = tmp_path / "recipe.py"
    script.write_text(recipe[0] + "\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(script)],
        cwd=root,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "answer_words" in proc.stdout
