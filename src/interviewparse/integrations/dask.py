"""Crawl scale on Dask: a bag of files (or of web archives) → parse → flat records → a dask
DataFrame → Parquet.

Needs the ``dask`` extra (from a checkout: ``pip install ".[dask]"``), and the ``warc`` extra
for archives. The heavy lifting is done by pure functions of one item — :func:`records_from_path`
for a file, :func:`rows_from_payload` for one record of an archive — which are what a Spark
``flatMap`` or a Ray
``Dataset.flat_map`` would call, so nothing here is specific to Dask but the plumbing.

Run the recipes on processes (``dask.config.set(scheduler="processes")``, or a distributed
cluster), not threads: parsing is CPU-bound Python, so threads take turns on one core (300
pages: 2.9 s on threads, 2.9 s in one thread). Processes need the ``if __name__ ==
"__main__":`` guard in a script, as every process pool does where workers are spawned
(macOS, Windows, and Linux from Python 3.14).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._input import DEFAULT_MAX_BYTES
from ..api import find_interview
from ..batch import Errors, check_errors
from ..errors import ParseError
from ..profiles import Profile, ProfileRegistry
from ..warc import (
    WarcFormatError,
    WarcPayload,
    WarcResult,
    find_in_payload,
    is_found,
    iter_payloads,
)

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = [
    "RECORD_COLUMNS",
    "WARC_RECORD_COLUMNS",
    "Errors",
    "payloads_from_archive",
    "read_records",
    "read_warc_records",
    "records_from_path",
    "rows_from_payload",
    "rows_from_result",
    "to_dataframe",
    "warc_to_dataframe",
    "write_parquet",
    "write_warc_parquet",
]

#: The columns of one record (one question/answer pair) and their pandas dtypes: the
#: :meth:`~interviewparse.Interview.to_records` fields plus the ``source`` path and an
#: ``error`` column (``None`` on a pair's row; with ``errors="return"`` a file that cannot be
#: parsed gives one row with ``error`` set to ``"ErrorClass: message"`` and ``pair_index``
#: -1). Declaring them spares Dask from guessing types from a sample partition, which goes
#: wrong when a column happens to be all ``None`` there.
RECORD_COLUMNS: dict[str, str] = {
    "source": "string",
    "title": "string",
    "publisher": "string",
    "url": "string",
    "language": "string",
    "published": "string",
    "interviewers": "string",
    "interviewees": "string",
    "pair_index": "int64",
    "question": "string",
    "question_speaker": "string",
    "answer": "string",
    "answer_speaker": "string",
    "answer_list_items": "int64",
    "answer_words": "int64",
    "error": "string",
}


def records_from_path(
    path: str | os.PathLike[str],
    *,
    errors: Errors = "raise",
    profile: Profile | ProfileRegistry | None = None,
) -> list[dict[str, Any]]:
    """Parse one file and return its pairs as flat records, each carrying its ``source``.

    A file that is not an interview gives no records. A file that cannot be parsed raises its
    :class:`~interviewparse.ParseError`, naming the file (its ``source``, and its message);
    with ``errors="return"`` it gives one error record instead (see :data:`RECORD_COLUMNS`),
    with ``errors="skip"`` no record. ``profile`` is passed to
    :func:`~interviewparse.find_interview`, which gives ``parse``'s interview (and errors) but
    leaves a page that is none early.
    """
    check_errors(errors)
    source = os.fspath(path)
    try:
        # only pairs make records, and only an interview has pairs: a page that is none
        # leaves early (find_interview gives parse's answer)
        interview = find_interview(Path(path), profile=profile)
    except ParseError as exc:
        if errors == "skip":
            return []
        if errors == "return":
            empty = dict.fromkeys(RECORD_COLUMNS)
            message = f"{type(exc).__name__}: {exc.message}"
            counts = {"pair_index": -1, "answer_list_items": 0, "answer_words": 0}
            return [{**empty, **counts, "source": source, "error": message}]
        raise
    if interview is None:
        return []
    return [
        {
            "source": source,
            **{key: record.get(key) for key in RECORD_COLUMNS if key not in ("source", "error")},
            "error": None,
        }
        for record in interview.to_records()
    ]


def read_records(
    paths: Iterable[str | os.PathLike[str]],
    *,
    npartitions: int | None = None,
    errors: Errors = "raise",
    profile: Profile | ProfileRegistry | None = None,
) -> dask.bag.Bag:
    """A dask bag of records, one per question/answer pair of every file in ``paths``."""
    db: Any = importlib.import_module("dask.bag")  # partially annotated: hold it as Any
    names = [os.fspath(path) for path in paths]
    if npartitions is None:
        npartitions = max(1, min(len(names), 100))
    names_bag: Any = db.from_sequence(names, npartitions=npartitions)
    check_errors(errors)
    mapped = names_bag.map(records_from_path, errors=errors, profile=profile)
    records: dask.bag.Bag = mapped.flatten()
    return records


def to_dataframe(
    paths: Iterable[str | os.PathLike[str]],
    *,
    npartitions: int | None = None,
    errors: Errors = "raise",
    profile: Profile | ProfileRegistry | None = None,
) -> dask.dataframe.DataFrame:
    """A dask DataFrame with one row per pair and the columns of :data:`RECORD_COLUMNS`."""
    bag: Any = read_records(paths, npartitions=npartitions, errors=errors, profile=profile)
    frame: dask.dataframe.DataFrame = bag.to_dataframe(meta=dict(RECORD_COLUMNS))
    return frame


def write_parquet(
    paths: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    npartitions: int | None = None,
    errors: Errors = "raise",
    profile: Profile | ProfileRegistry | None = None,
) -> None:
    """Parse every file and write the pairs to a Parquet dataset in ``out_dir`` (pyarrow).

    ``errors`` and ``profile`` as in :func:`records_from_path`.
    """
    frame: Any = to_dataframe(paths, npartitions=npartitions, errors=errors, profile=profile)
    frame.to_parquet(os.fspath(out_dir), engine="pyarrow", write_index=False)


# -- web archives: a bag of archives → records → interviews → rows → Parquet ----------------

#: The columns of a row from a web archive: :data:`RECORD_COLUMNS` (``source`` is the archive's
#: path, ``url`` the record's target URI), the record's id and crawl date, and ``error``
#: (``None`` on a pair's row; ``"ErrorClass: message"`` on the one row of a record that could
#: not be parsed, with ``errors="return"``, whose ``pair_index`` is -1).
WARC_RECORD_COLUMNS: dict[str, str] = {
    "source": "string",
    "record_id": "string",
    "crawled": "string",
    **{key: dtype for key, dtype in RECORD_COLUMNS.items() if key != "source"},
}


def payloads_from_archive(
    path: str | os.PathLike[str],
    *,
    errors: Errors = "skip",
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Iterator[WarcPayload | WarcResult]:
    """The records of one archive worth parsing (HTML and text payloads), one at a time.

    Records that are no page are dropped (:func:`~interviewparse.parse_warc` counts them;
    this is the plumbing). A damaged record, or a file that is no archive, raises its
    :class:`~interviewparse.ParseError` with ``errors="raise"``, comes through as a
    :class:`~interviewparse.WarcResult` holding the error with ``errors="return"``, and is
    dropped with ``errors="skip"``.
    """
    check_errors(errors)
    try:
        for item in iter_payloads(path, max_bytes=max_bytes):
            if isinstance(item, WarcPayload):
                yield item
            elif isinstance(item, WarcResult) and item.error is not None:
                if errors == "raise":
                    raise item.error
                if errors == "return":
                    yield item
    except WarcFormatError as exc:
        if errors == "raise":
            raise
        if errors == "return":
            yield WarcResult(None, None, None, exc, archive=os.fspath(path))


def rows_from_result(
    result: WarcResult, *, min_confidence: float | None = None
) -> list[dict[str, Any]]:
    """The question/answer pairs of one parsed record as flat rows of
    :data:`WARC_RECORD_COLUMNS`: no rows for a page that is no interview, one error row for
    a record that could not be parsed."""
    head = {"source": result.archive, "record_id": result.record_id, "crawled": result.crawled}
    interview = result.interview
    if interview is None:
        error = result.error
        empty = dict.fromkeys(WARC_RECORD_COLUMNS)
        counts = {"pair_index": -1, "answer_list_items": 0, "answer_words": 0}
        message = f"{type(error).__name__}: {error}"
        return [{**empty, **head, **counts, "url": result.url, "error": message}]
    if not is_found(interview, min_confidence):
        return []
    rows = []
    for record in interview.to_records():
        row = {**head, **{key: record.get(key) for key in WARC_RECORD_COLUMNS if key not in head}}
        row["url"] = result.url
        row["error"] = None
        rows.append(row)
    return rows


def rows_from_payload(
    payload: WarcPayload | WarcResult,
    *,
    errors: Errors = "skip",
    min_confidence: float | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> list[dict[str, Any]]:
    """Parse one record and return its pairs as rows: the per-record function of a crawl.

    A pure, picklable function of one :class:`~interviewparse.warc.WarcPayload`, which is all
    a Spark ``flatMap`` or a Ray ``flat_map`` needs. A page that cannot be parsed raises its
    :class:`~interviewparse.ParseError` with ``errors="raise"``, gives one error row with
    ``errors="return"`` and no rows with ``errors="skip"``. (A damaged record that
    :func:`payloads_from_archive` passed on with ``errors="return"`` gives its error row.)
    """
    check_errors(errors)
    if isinstance(payload, WarcResult):
        result = payload
    else:
        # only the interviews give rows: a page that is none leaves early, for less
        found = find_in_payload(payload, max_bytes=max_bytes, min_confidence=min_confidence)
        if found is None:
            return []
        result = found
    if result.error is not None:
        if errors == "raise":
            raise result.error
        if errors == "skip":
            return []
    return rows_from_result(result, min_confidence=min_confidence)


def read_warc_records(
    archives: Iterable[str | os.PathLike[str]],
    *,
    npartitions: int | None = None,
    errors: Errors = "skip",
    min_confidence: float | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> dask.bag.Bag:
    """A dask bag of rows, one per question/answer pair of every interview in ``archives``.

    Archives are the unit of parallelism (one archive is read by one task, streaming, record
    by record): give at least as many archives as workers. Run it on processes
    (``dask.config.set(scheduler="processes")``) or a distributed cluster, not on threads:
    parsing is CPU-bound Python, and threads take turns on one core.
    """
    check_errors(errors)
    db: Any = importlib.import_module("dask.bag")
    names = [os.fspath(path) for path in archives]
    if npartitions is None:
        npartitions = max(1, min(len(names), 100))
    bag: Any = db.from_sequence(names, npartitions=npartitions)
    payloads = bag.map(payloads_from_archive, errors=errors, max_bytes=max_bytes).flatten()
    rows: dask.bag.Bag = payloads.map(
        rows_from_payload, errors=errors, min_confidence=min_confidence, max_bytes=max_bytes
    ).flatten()
    return rows


def warc_to_dataframe(
    archives: Iterable[str | os.PathLike[str]],
    *,
    npartitions: int | None = None,
    errors: Errors = "skip",
    min_confidence: float | None = None,
) -> dask.dataframe.DataFrame:
    """A dask DataFrame with one row per pair and the columns of :data:`WARC_RECORD_COLUMNS`."""
    bag: Any = read_warc_records(
        archives, npartitions=npartitions, errors=errors, min_confidence=min_confidence
    )
    frame: dask.dataframe.DataFrame = bag.to_dataframe(meta=dict(WARC_RECORD_COLUMNS))
    return frame


def write_warc_parquet(
    archives: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    npartitions: int | None = None,
    errors: Errors = "skip",
    min_confidence: float | None = None,
) -> None:
    """Find the interviews in web archives and write their pairs to Parquet in ``out_dir``."""
    frame: Any = warc_to_dataframe(
        archives, npartitions=npartitions, errors=errors, min_confidence=min_confidence
    )
    frame.to_parquet(os.fspath(out_dir), engine="pyarrow", write_index=False)
