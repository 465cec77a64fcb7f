"""Crawl scale on Dask: a bag of files → :func:`~interviewparse.parse` → flat records →
a dask DataFrame → Parquet.

Needs ``pip install 'interviewparse[dask]'``. The heavy lifting is :func:`records_from_path`,
a pure function of one file: the same function is what a Spark ``flatMap`` or a Ray
``Dataset.flat_map`` would call, so nothing here is specific to Dask but the plumbing.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

from ..batch import parse_path
from ..errors import ParseError

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = ["RECORD_COLUMNS", "read_records", "records_from_path", "to_dataframe", "write_parquet"]

#: The columns of one record (one question/answer pair) and their pandas dtypes: the
#: :meth:`~interviewparse.Interview.to_records` fields plus the ``source`` path. Declaring
#: them spares Dask from guessing types from a sample partition, which goes wrong when a
#: column happens to be all ``None`` there.
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
}

Errors = Literal["raise", "skip"]


def records_from_path(
    path: str | os.PathLike[str], *, errors: Errors = "raise"
) -> list[dict[str, Any]]:
    """Parse one file and return its pairs as flat records, each carrying its ``source``.

    A file that is not an interview gives no records. A file that cannot be parsed raises its
    :class:`~interviewparse.ParseError`, or gives no records with ``errors="skip"``.
    """
    try:
        interview = parse_path(path)
    except ParseError:
        if errors == "skip":
            return []
        raise
    source = os.fspath(path)
    return [
        {"source": source, **{key: record.get(key) for key in RECORD_COLUMNS if key != "source"}}
        for record in interview.to_records()
    ]


def read_records(
    paths: Iterable[str | os.PathLike[str]],
    *,
    npartitions: int | None = None,
    errors: Errors = "raise",
) -> dask.bag.Bag:
    """A dask bag of records, one per question/answer pair of every file in ``paths``."""
    db: Any = importlib.import_module("dask.bag")  # partially annotated: hold it as Any
    names = [os.fspath(path) for path in paths]
    if npartitions is None:
        npartitions = max(1, min(len(names), 100))
    names_bag: Any = db.from_sequence(names, npartitions=npartitions)
    records: dask.bag.Bag = names_bag.map(records_from_path, errors=errors).flatten()
    return records


def to_dataframe(
    paths: Iterable[str | os.PathLike[str]],
    *,
    npartitions: int | None = None,
    errors: Errors = "raise",
) -> dask.dataframe.DataFrame:
    """A dask DataFrame with one row per pair and the columns of :data:`RECORD_COLUMNS`."""
    bag: Any = read_records(paths, npartitions=npartitions, errors=errors)
    frame: dask.dataframe.DataFrame = bag.to_dataframe(meta=dict(RECORD_COLUMNS))
    return frame


def write_parquet(
    paths: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    npartitions: int | None = None,
    errors: Errors = "raise",
) -> None:
    """Parse every file and write the pairs to a Parquet dataset in ``out_dir`` (pyarrow)."""
    frame: Any = to_dataframe(paths, npartitions=npartitions, errors=errors)
    frame.to_parquet(os.fspath(out_dir), engine="pyarrow", write_index=False)
