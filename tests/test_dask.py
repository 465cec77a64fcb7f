"""The crawl-scale recipe: dask.bag over files → parse → to_records → dask.dataframe → parquet."""

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
    read_records,
    records_from_path,
    to_dataframe,
    write_parquet,
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


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_recipe_bag_to_parquet(scheduler: str, pages: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "pairs.parquet"
    with dask.config.set(scheduler=scheduler):
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
