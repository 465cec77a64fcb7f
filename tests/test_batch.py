"""parse_many and the file walking behind the batch CLI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import interviewparse as ip
from interviewparse import batch
from interviewparse.batch import SourceReadError, expand_paths, is_pattern, parse_many

ROOT = Path(__file__).resolve().parent.parent
TEXT_EXAMPLE = ROOT / "examples" / "interview.txt"
HTML_EXAMPLE = ROOT / "examples" / "interview.html"

SHORT = "Q: Do you sleep well?\n\nA: Like a log, every night.\n"


def test_parse_many_is_exported() -> None:
    assert "parse_many" in ip.__all__
    assert ip.parse_many is parse_many


def test_results_come_back_in_input_order_for_every_kind_of_source() -> None:
    sources: list[batch.Source] = [
        TEXT_EXAMPLE,
        HTML_EXAMPLE.read_bytes(),
        TEXT_EXAMPLE.read_text(encoding="utf-8"),
        str(HTML_EXAMPLE),  # a str is the document, never a file name: refused
    ]
    results = list(parse_many(sources, errors="return"))
    expected = [
        ip.parse(TEXT_EXAMPLE.read_bytes()),
        ip.parse(HTML_EXAMPLE.read_bytes()),
        ip.parse(TEXT_EXAMPLE.read_text(encoding="utf-8")),
    ]
    assert results[:3] == expected
    assert results[0] == results[2]
    assert isinstance(results[3], ip.PathOrURLError)
    assert results[3].source == "sources[3]"


def test_a_process_pool_gives_the_same_results_in_the_same_order() -> None:
    sources = [TEXT_EXAMPLE, HTML_EXAMPLE, SHORT, "", TEXT_EXAMPLE, b"\x89PNG\r\n", SHORT] * 3
    serial = list(parse_many(sources, errors="return"))
    pooled = list(parse_many(sources, jobs=2, errors="return"))
    assert [type(r) for r in pooled] == [type(r) for r in serial]
    assert [r for r in pooled if isinstance(r, ip.Interview)] == [
        r for r in serial if isinstance(r, ip.Interview)
    ]
    assert [str(r) for r in pooled if isinstance(r, ip.ParseError)] == [
        str(r) for r in serial if isinstance(r, ip.ParseError)
    ]


def test_errors_return_puts_the_error_in_place_and_goes_on(tmp_path: Path) -> None:
    missing = tmp_path / "gone.html"
    results = list(parse_many([SHORT, "  ", missing, b"%PDF-1.7 ...", SHORT], errors="return"))
    assert isinstance(results[0], ip.Interview)
    assert isinstance(results[1], ip.EmptyInputError)
    assert isinstance(results[2], SourceReadError)
    assert isinstance(results[2], ip.ParseError)
    assert "gone.html" in str(results[2])
    assert isinstance(results[3], ip.BinaryInputError)
    assert results[4] == results[0]


def test_errors_raise_yields_what_came_before_then_raises() -> None:
    results = parse_many([SHORT, "", SHORT])
    assert isinstance(next(results), ip.Interview)
    with pytest.raises(ip.EmptyInputError):
        next(results)


def test_max_bytes_applies_to_every_source(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(SHORT * 10, encoding="utf-8")
    results = list(parse_many([path, SHORT * 10], max_bytes=50, errors="return"))
    assert all(isinstance(r, ip.InputTooLargeError) for r in results)


def test_bad_arguments_fail_at_once() -> None:
    with pytest.raises(ValueError, match="jobs"):
        parse_many([SHORT], jobs=0)
    with pytest.raises(ValueError, match="errors"):
        parse_many([SHORT], errors="ignore")  # type: ignore[call-overload]


def test_a_bug_is_raised_even_when_errors_are_returned() -> None:
    with pytest.raises(TypeError, match="int"):
        list(parse_many([SHORT, 42], errors="return"))  # type: ignore[list-item]


def test_outcomes_keep_the_traceback_of_a_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> ip.Interview:
        raise RuntimeError("boom")

    monkeypatch.setattr(batch, "parse", broken)
    (outcome,) = batch.iter_outcomes([SHORT])
    assert not outcome.ok
    assert isinstance(outcome.error, RuntimeError)
    assert outcome.traceback is not None and "RuntimeError: boom" in outcome.traceback


NEWS = (
    "<html><head><title>Bridge approved</title></head><body><article><h1>Bridge approved</h1>"
    "<p>The town council approved a new footbridge over the river on Tuesday evening.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_batch_looking_for_interviews_leaves_the_other_pages_without_an_outcome(
    jobs: int,
) -> None:
    outcomes = list(batch.iter_outcomes([HTML_EXAMPLE, NEWS, b""], jobs=jobs, at_least=0.5))
    assert outcomes[0].interview == ip.parse(HTML_EXAMPLE.read_bytes())
    assert outcomes[1].ok and outcomes[1].interview is None  # left as no interview
    assert isinstance(outcomes[2].error, ip.EmptyInputError)  # errors are still errors
    kept = list(parse_many([HTML_EXAMPLE, NEWS], jobs=jobs, interviews_only=True))
    assert kept == [ip.parse(HTML_EXAMPLE.read_bytes())]


@pytest.mark.parametrize("bad", [-0.5, 2.0])
def test_a_confidence_to_look_for_outside_zero_to_one_is_refused(bad: float) -> None:
    with pytest.raises(ValueError, match="at_least"):
        list(batch.iter_outcomes([NEWS], at_least=bad))


def test_models_survive_the_trip_through_a_worker_process() -> None:
    pooled = list(parse_many([HTML_EXAMPLE, TEXT_EXAMPLE], jobs=2))
    assert pooled[0] == ip.parse(HTML_EXAMPLE.read_bytes())
    assert pooled[0].boilerplate == ip.parse(HTML_EXAMPLE.read_bytes()).boilerplate


# -- walking ------------------------------------------------------------------------------


def _tree(tmp_path: Path) -> Path:
    for name in [
        "b.html",
        "a.txt",
        "notes.md",
        "page.HTM",
        "image.png",
        "data.json",
        "sub/c.html",
        "sub/deeper/d.txt",
        ".hidden/e.html",
        "sub/.f.txt",
    ]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(SHORT, encoding="utf-8")
    return tmp_path


def test_a_folder_is_walked_recursively_for_documents_in_sorted_order(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    found = [p.relative_to(root).as_posix() for p in expand_paths([root])]
    assert found == ["a.txt", "b.html", "notes.md", "page.HTM", "sub/c.html", "sub/deeper/d.txt"]


def test_globs_expand_and_plain_paths_are_kept_as_given(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    found = expand_paths([str(root / "*.html"), root / "a.txt", str(root / "sub" / "**" / "*.txt")])
    names = [p.relative_to(root).as_posix() for p in found]
    assert names == ["b.html", "a.txt", "sub/deeper/d.txt"]
    # a missing file or an empty glob stays, so the batch reports it instead of skipping it
    assert expand_paths([root / "nope.txt"]) == [root / "nope.txt"]
    assert expand_paths([str(root / "*.pdf")]) == [root / "*.pdf"]


def test_is_pattern_tells_a_batch_from_one_file(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    assert is_pattern(str(root))
    assert is_pattern(str(root / "*.html"))
    assert not is_pattern(str(root / "a.txt"))
    assert not is_pattern("-")
    weird = root / "odd[1].txt"  # an existing file with glob characters is just a file
    weird.write_text(SHORT, encoding="utf-8")
    assert not is_pattern(str(weird))
    assert expand_paths([str(weird)]) == [weird]


def test_parse_path_reads_a_file(tmp_path: Path) -> None:
    assert batch.parse_path(TEXT_EXAMPLE) == ip.parse(TEXT_EXAMPLE.read_bytes())
    with pytest.raises(SourceReadError, match="cannot read") as caught:
        batch.parse_path(tmp_path)  # a folder
    assert os.fspath(tmp_path) in str(caught.value)


def test_stopping_early_drops_the_queued_work() -> None:
    results = parse_many([SHORT] * 200, jobs=2)
    assert isinstance(next(results), ip.Interview)
    results.close()  # shuts the pool down, cancelling what was queued; must not hang or raise
    with pytest.raises(StopIteration):
        next(results)
