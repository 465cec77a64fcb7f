"""Crawl scale on Dask: a bag of files → :func:`~interviewparse.parse` → flat records →
a dask DataFrame → Parquet.

Needs the ``dask`` extra (from a checkout: ``pip install ".[dask]"``). The heavy lifting is
:func:`records_from_path`,
a pure function of one file: the same function is what a Spark ``flatMap`` or a Ray
``Dataset.flat_map`` would call, so nothing here is specific to Dask but the plumbing.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..batch import Errors, check_errors, parse_path
from ..errors import ParseError
from ..profiles import Profile, ProfileRegistry

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = [
    "RECORD_COLUMNS",
    "Errors",
    "read_records",
    "records_from_path",
    "to_dataframe",
    "write_parquet",
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
    with ``errors="skip"`` no record. ``profile`` is passed to :func:`~interviewparse.parse`.
    """
    check_errors(errors)
    source = os.fspath(path)
    try:
        interview = parse_path(path, profile=profile)
    except ParseError as exc:
        if errors == "skip":
            return []
        if errors == "return":
            empty = dict.fromkeys(RECORD_COLUMNS)
            message = f"{type(exc).__name__}: {exc.message}"
            counts = {"pair_index": -1, "answer_list_items": 0, "answer_words": 0}
            return [{**empty, **counts, "source": source, "error": message}]
        raise
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
