"""Parsing many documents: :func:`parse_many`, and finding the files a batch is made of.

Parsing one document is a pure function of its bytes, so a batch is just that function mapped
over many inputs. This module adds the three things a batch needs on top: walking folders and
globs into a stable list of files, an optional process pool that still hands results back in
input order, and a way to let one broken document fail without ending the batch.
"""

from __future__ import annotations

import collections
import concurrent.futures
import fnmatch
import glob
import os
import traceback
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal, overload

import attrs

from ._input import DEFAULT_MAX_BYTES
from .api import Source, find_interview, parse
from .errors import ParseError, SourceReadError
from .evidence import THRESHOLD, check_confidence
from .models import Interview
from .profiles import Profile, ProfileRegistry

__all__ = [
    "DOCUMENT_SUFFIXES",
    "ERRORS",
    "Errors",
    "Outcome",
    "Source",
    "SourceReadError",
    "expand_paths",
    "find_files",
    "iter_outcomes",
    "parse_many",
    "parse_path",
    "passes",
]

#: File suffixes a folder is searched for (compared case-insensitively).
DOCUMENT_SUFFIXES = (".html", ".htm", ".txt", ".md")

#: What a document that cannot be parsed does, the same values wherever ``errors=`` is taken
#: (:func:`parse_many`, :mod:`interviewparse.integrations.dask`): ``"raise"`` its
#: :class:`~interviewparse.ParseError`, ``"return"`` it in place of the result, or ``"skip"``
#: it (no result at all).
Errors = Literal["raise", "return", "skip"]
ERRORS: tuple[Errors, ...] = ("raise", "return", "skip")

_GLOB_CHARS = frozenset("*?[")


def check_errors(errors: str) -> None:
    """Raise :class:`ValueError` unless ``errors`` is one of :data:`ERRORS`."""
    if errors not in ERRORS:
        raise ValueError(f"errors must be 'raise', 'return' or 'skip', got {errors!r}")


@attrs.frozen
class Outcome:
    """What became of one input of a batch: an interview, or the error that stopped it; or,
    in a batch that looks for interviews only (``at_least``), neither, for a page left as no
    interview.

    ``traceback`` holds the formatted traceback of the error (for a ParseError too), so that
    the CLI's ``--debug`` can show it even when the error happened in a worker process.
    """

    interview: Interview | None
    error: BaseException | None = None
    traceback: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def expand_paths(
    inputs: Iterable[str | os.PathLike[str]], *, patterns: Iterable[str] = ()
) -> list[Path]:
    """Turn command-line style inputs into the list of files to parse, in a stable order.

    Each input goes through :func:`find_files`. A plain path is kept as given, so a missing
    file is reported when it is read rather than silently dropped; so is a glob that matches
    nothing (the command line refuses such a glob, and an empty folder, before parsing).
    """
    files: list[Path] = []
    for item in inputs:
        found = find_files(item, patterns=patterns)
        if not found and not Path(item).is_dir():
            found = [Path(item)]  # an unmatched glob: reported when read, never dropped
        files.extend(found)
    return files


def find_files(item: str | os.PathLike[str], *, patterns: Iterable[str] = ()) -> list[Path]:
    """The files one command-line style input stands for, sorted by path.

    A folder is searched recursively (hidden files and folders skipped) for
    :data:`DOCUMENT_SUFFIXES` (any case) and for names matching any of ``patterns``
    (:mod:`fnmatch` patterns such as ``"*.xhtml"``, or ``"*"`` for every file). An input with
    glob characters that is not itself an existing file is expanded with :func:`glob.glob`
    (``**`` recurses), folders among the matches searched as above. Anything else is the one
    file it names, whether or not it exists. An empty list means a folder or glob found
    nothing.
    """
    path = Path(item)
    text = os.fspath(item)
    wanted = tuple(patterns)
    if path.is_dir():
        return _walk(path, wanted)
    if not path.exists() and _GLOB_CHARS.intersection(text):
        matches = sorted(glob.glob(text, recursive=True))
        found = [Path(m) for m in matches if Path(m).is_file()]
        for match in matches:
            if Path(match).is_dir():
                found.extend(_walk(Path(match), wanted))
        return found
    return [path]


def _walk(folder: Path, patterns: tuple[str, ...] = ()) -> list[Path]:
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if name.startswith("."):
                continue
            if name.lower().endswith(DOCUMENT_SUFFIXES) or any(
                fnmatch.fnmatch(name, pattern) for pattern in patterns
            ):
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
    profile: Profile | ProfileRegistry | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Interview:
    """Read a file and parse it: :func:`~interviewparse.parse` of ``Path(path)``.

    An unreadable file raises :class:`~interviewparse.SourceReadError`; every error names the
    file as its ``source``.
    """
    return parse(Path(path), url=url, profile=profile, max_bytes=max_bytes)


@attrs.frozen
class _Options:
    """The per-document arguments every worker gets (one picklable value)."""

    url: str | None = None
    profile: Profile | ProfileRegistry | None = None
    max_bytes: int | None = DEFAULT_MAX_BYTES
    at_least: float | None = None


def _parse_source(source: Source, options: _Options) -> Interview | None:
    if not isinstance(source, (str, bytes, bytearray, memoryview, os.PathLike)):
        raise TypeError(f"expected a path, str or bytes, got {type(source).__name__}")
    if options.at_least is not None:
        return find_interview(
            source,
            url=options.url,
            profile=options.profile,
            max_bytes=options.max_bytes,
            min_confidence=options.at_least,
        )
    return parse(source, url=options.url, profile=options.profile, max_bytes=options.max_bytes)


def _outcome(source: Source, options: _Options, index: int) -> Outcome:
    """Parse one source and never raise: the worker function of a batch (picklable).

    An error names its source: the file, or ``sources[index]`` for a document handed over
    as ``str`` or ``bytes``.
    """
    try:
        return Outcome(_parse_source(source, options))
    except ParseError as exc:  # the traceback is shown only under the CLI's --debug
        exc.with_source(f"sources[{index}]")
        return Outcome(None, exc, traceback.format_exc())
    except Exception as exc:  # a bug of ours: keep the batch going, keep the traceback
        return Outcome(None, exc, traceback.format_exc())


def iter_outcomes(
    sources: Iterable[Source],
    *,
    jobs: int = 1,
    url: str | None = None,
    profile: Profile | ProfileRegistry | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    at_least: float | None = None,
) -> Iterator[Outcome]:
    """Parse every source and yield one :class:`Outcome` each, in input order.

    With ``jobs > 1`` the work runs in a pool of that many processes. Only a bounded window
    of inputs is in flight at once, so a lazy iterable of a million paths is never read into
    memory ahead of its results. Paths are read inside the workers, so file contents never
    cross a process boundary. ``url``, ``profile`` and ``max_bytes`` are passed to
    :func:`~interviewparse.parse` for every source. With ``at_least``, only the pages at least
    that sure to be an interview are wanted: each other page leaves as soon as that is known
    (:func:`~interviewparse.find_interview`) and gives an outcome with neither an interview
    nor an error.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    check_confidence(at_least, "at_least")
    options = _Options(url=url, profile=profile, max_bytes=max_bytes, at_least=at_least)
    if jobs == 1:
        for index, source in enumerate(sources):
            yield _outcome(source, options, index)
        return
    window = jobs * 4
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=jobs)
    try:
        pending: collections.deque[concurrent.futures.Future[Outcome]] = collections.deque()
        for index, source in enumerate(sources):
            pending.append(pool.submit(_outcome, source, options, index))
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
    errors: Literal["raise", "skip"] = ...,
    profile: Profile | ProfileRegistry | None = ...,
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
    profile: Profile | ProfileRegistry | None = ...,
    max_bytes: int | None = ...,
    interviews_only: bool = ...,
    min_confidence: float | None = ...,
) -> Iterator[Interview | ParseError]: ...


def parse_many(
    sources: Iterable[Source],
    *,
    jobs: int = 1,
    errors: Errors = "raise",
    profile: Profile | ProfileRegistry | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    interviews_only: bool = False,
    min_confidence: float | None = None,
) -> Iterator[Interview] | Iterator[Interview | ParseError]:
    """Parse many documents, yielding one result per source in input order.

    Each source is a file path (:class:`pathlib.Path` or any ``os.PathLike``), or the
    document itself as ``str`` or ``bytes`` — a ``str`` is always the document, as in
    :func:`~interviewparse.parse`. ``jobs`` is the number of worker processes (1: parse in
    this process); with ``jobs > 1`` call it under ``if __name__ == "__main__":`` (see the
    batch page of the docs). ``profile`` and ``max_bytes`` are passed to
    :func:`~interviewparse.parse` for every source (a registry picks each page's profile by
    the URL the page gives for itself).

    ``errors`` decides what a document that cannot be parsed does:

    * ``"raise"`` (the default, like :func:`~interviewparse.parse`): the
      :class:`~interviewparse.ParseError` is raised when its turn comes, after the results
      before it have been yielded.
    * ``"return"``: the :class:`~interviewparse.ParseError` instance is yielded in place of
      the interview and the batch goes on — test with ``isinstance(result, ParseError)``. An
      unreadable file gives a :class:`~interviewparse.SourceReadError`.
    * ``"skip"``: the document gives no result and the batch goes on (results then no longer
      line up with the sources one to one).

    Every error names its ``source`` (in its message too): the file's path, or
    ``"sources[3]"`` for the fourth source when it was a ``str`` or ``bytes``. Any other
    exception is a bug in interviewparse and is raised in every mode.

    ``interviews_only=True`` yields only the interviews (``is_interview``: confidence of 0.5 or
    more) and skips the other pages; ``min_confidence=X`` skips every page whose
    :attr:`~interviewparse.Interview.confidence` is below ``X`` (pairs come only at 0.5 or
    more, so below that the pages kept have none). Errors are yielded or raised as above.
    """
    check_errors(errors)
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    check_confidence(min_confidence)
    threshold = THRESHOLD if interviews_only and min_confidence is None else min_confidence
    outcomes = iter_outcomes(
        sources, jobs=jobs, profile=profile, max_bytes=max_bytes, at_least=threshold
    )
    return _results(outcomes, errors, threshold)


def _results(
    outcomes: Iterator[Outcome], errors: Errors, min_confidence: float | None = None
) -> Iterator[Interview | ParseError]:
    for outcome in outcomes:
        if outcome.interview is not None:
            if passes(outcome.interview, min_confidence):
                yield outcome.interview
        elif isinstance(outcome.error, ParseError) and errors == "return":
            yield outcome.error
        elif isinstance(outcome.error, ParseError) and errors == "skip":
            continue
        elif outcome.error is not None:
            raise outcome.error
