"""Parsing many documents: :func:`parse_many`, and finding the files a batch is made of.

Parsing one document is a pure function of its bytes, so a batch is just that function mapped
over many inputs. This module adds the three things a batch needs on top: walking folders and
globs into a stable list of files, an optional process pool that still hands results back in
input order, and a way to let one broken document fail without ending the batch.
"""

from __future__ import annotations

import collections
import concurrent.futures
import glob
import os
import traceback
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal, overload

import attrs

from ._input import DEFAULT_MAX_BYTES
from .api import parse
from .errors import ParseError
from .evidence import THRESHOLD
from .models import Interview

__all__ = [
    "DOCUMENT_SUFFIXES",
    "Outcome",
    "SourceReadError",
    "expand_paths",
    "iter_outcomes",
    "parse_many",
    "parse_path",
    "passes",
]

#: File suffixes a folder is searched for (compared case-insensitively).
DOCUMENT_SUFFIXES = (".html", ".htm", ".txt", ".md")

#: A source for :func:`parse_many`: a file path (``os.PathLike``), or the document itself as
#: ``str`` / ``bytes``. A plain ``str`` is document text, never a file name, exactly as in
#: :func:`interviewparse.parse`; wrap file names in :class:`pathlib.Path`.
Source = str | bytes | os.PathLike[str]

_GLOB_CHARS = frozenset("*?[")


class SourceReadError(ParseError):
    """A file given to the batch could not be read (missing, a folder, no permission...)."""

    exit_code = 2


@attrs.frozen
class Outcome:
    """What became of one input of a batch: an interview, or the error that stopped it.

    ``traceback`` holds the formatted traceback of the error (for a ParseError too), so that
    the CLI's ``--debug`` can show it even when the error happened in a worker process.
    """

    interview: Interview | None
    error: BaseException | None = None
    traceback: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def expand_paths(inputs: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Turn command-line style inputs into the list of files to parse, in a stable order.

    A folder is searched recursively for :data:`DOCUMENT_SUFFIXES` (hidden folders skipped),
    sorted by path; an input with glob characters that is not itself an existing file is
    expanded with :func:`glob.glob` (``**`` recurses); anything else is kept as given, so a
    missing file is reported when it is read rather than silently dropped. A glob that
    matches nothing is kept as given for the same reason.
    """
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        text = os.fspath(item)
        if path.is_dir():
            files.extend(_walk(path))
        elif not path.exists() and _GLOB_CHARS.intersection(text):
            matches = sorted(glob.glob(text, recursive=True))
            found = [Path(m) for m in matches if Path(m).is_file()]
            for match in matches:
                if Path(match).is_dir():
                    found.extend(_walk(Path(match)))
            files.extend(found or [path])
        else:
            files.append(path)
    return files


def _walk(folder: Path) -> list[Path]:
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if name.lower().endswith(DOCUMENT_SUFFIXES) and not name.startswith("."):
                found.append(Path(root) / name)
    return sorted(found)


def is_pattern(text: str) -> bool:
    """True when a command-line input names several files (a folder or a glob)."""
    path = Path(text)
    return path.is_dir() or (not path.exists() and bool(_GLOB_CHARS.intersection(text)))


def parse_path(
    path: str | os.PathLike[str],
    *,
    url: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Interview:
    """Read a file and parse it; an unreadable file raises :class:`SourceReadError`."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise SourceReadError(f"cannot read {os.fspath(path)!r}: {reason}") from None
    return parse(data, url=url, max_bytes=max_bytes)


def _parse_source(source: Source, url: str | None, max_bytes: int | None) -> Interview:
    if isinstance(source, (str, bytes, bytearray, memoryview)):
        return parse(source, url=url, max_bytes=max_bytes)
    if isinstance(source, os.PathLike):
        return parse_path(source, url=url, max_bytes=max_bytes)
    raise TypeError(f"expected a path, str or bytes, got {type(source).__name__}")


def _outcome(source: Source, url: str | None, max_bytes: int | None) -> Outcome:
    """Parse one source and never raise: the worker function of a batch (picklable)."""
    try:
        return Outcome(_parse_source(source, url, max_bytes))
    except ParseError as exc:  # the traceback is shown only under the CLI's --debug
        return Outcome(None, exc, traceback.format_exc())
    except Exception as exc:  # a bug of ours: keep the batch going, keep the traceback
        return Outcome(None, exc, traceback.format_exc())


def iter_outcomes(
    sources: Iterable[Source],
    *,
    jobs: int = 1,
    url: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Iterator[Outcome]:
    """Parse every source and yield one :class:`Outcome` each, in input order.

    With ``jobs > 1`` the work runs in a pool of that many processes. Only a bounded window
    of inputs is in flight at once, so a lazy iterable of a million paths is never read into
    memory ahead of its results. Paths are read inside the workers, so file contents never
    cross a process boundary.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if jobs == 1:
        for source in sources:
            yield _outcome(source, url, max_bytes)
        return
    window = jobs * 4
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=jobs)
    try:
        pending: collections.deque[concurrent.futures.Future[Outcome]] = collections.deque()
        for source in sources:
            pending.append(pool.submit(_outcome, source, url, max_bytes))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        # When the caller stops early (a break, an error raised, Ctrl-C), drop the queued
        # work instead of finishing it.
        pool.shutdown(wait=True, cancel_futures=True)


def passes(interview: Interview, min_confidence: float | None) -> bool:
    """Is ``interview`` at least ``min_confidence`` sure to be an interview (``None``: any)?"""
    return min_confidence is None or interview.confidence >= min_confidence


@overload
def parse_many(
    sources: Iterable[Source],
    *,
    jobs: int = ...,
    errors: Literal["raise"] = ...,
    max_bytes: int | None = ...,
    interviews_only: bool = ...,
    min_confidence: float | None = ...,
) -> Iterator[Interview]: ...


@overload
def parse_many(
    sources: Iterable[Source],
    *,
    jobs: int = ...,
    errors: Literal["return"],
    max_bytes: int | None = ...,
    interviews_only: bool = ...,
    min_confidence: float | None = ...,
) -> Iterator[Interview | ParseError]: ...


def parse_many(
    sources: Iterable[Source],
    *,
    jobs: int = 1,
    errors: Literal["raise", "return"] = "raise",
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    interviews_only: bool = False,
    min_confidence: float | None = None,
) -> Iterator[Interview] | Iterator[Interview | ParseError]:
    """Parse many documents, yielding one result per source in input order.

    Each source is a file path (:class:`pathlib.Path` or any ``os.PathLike``), or the
    document itself as ``str`` or ``bytes`` — a ``str`` is always document text, as in
    :func:`~interviewparse.parse`. ``jobs`` is the number of worker processes (1: parse in
    this process).

    ``errors`` decides what a document that cannot be parsed does:

    * ``"raise"`` (the default, like :func:`~interviewparse.parse`): the
      :class:`~interviewparse.ParseError` is raised when its turn comes, after the results
      before it have been yielded.
    * ``"return"``: the :class:`~interviewparse.ParseError` instance is yielded in place of
      the interview and the batch goes on — test with ``isinstance(result, ParseError)``. An
      unreadable file gives a :class:`SourceReadError`.

    Any other exception is a bug in interviewparse and is raised in both modes.

    ``interviews_only=True`` yields only the interviews (``is_interview``: confidence of 0.5 or
    more) and skips the other pages; ``min_confidence=X`` skips every page whose
    :attr:`~interviewparse.Interview.confidence` is below ``X`` (pairs come only at 0.5 or
    more, so below that the pages kept have none). Errors are yielded or raised as above.
    """
    if errors not in ("raise", "return"):
        raise ValueError(f"errors must be 'raise' or 'return', got {errors!r}")
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        raise ValueError(f"min_confidence must be between 0 and 1, got {min_confidence}")
    threshold = THRESHOLD if interviews_only and min_confidence is None else min_confidence
    return _results(iter_outcomes(sources, jobs=jobs, max_bytes=max_bytes), errors, threshold)


def _results(
    outcomes: Iterator[Outcome],
    errors: Literal["raise", "return"],
    min_confidence: float | None = None,
) -> Iterator[Interview | ParseError]:
    for outcome in outcomes:
        if outcome.interview is not None:
            if passes(outcome.interview, min_confidence):
                yield outcome.interview
        elif isinstance(outcome.error, ParseError) and errors == "return":
            yield outcome.error
        elif outcome.error is not None:
            raise outcome.error
