"""Command line: ``interviewparse [PATH...] [--format json|jsonl|markdown|text|records|csv|html]``.

One input (a file, or ``-`` for standard input; with no PATH, standard input when it is not a
terminal) prints that interview: with ``--format json`` one JSON object, the contract of
:meth:`Interview.to_dict`. Several inputs, a folder or a glob make a *batch*: folders are
searched for ``*.html``, ``*.htm``, ``*.txt`` and ``*.md`` (``--glob`` adds patterns), every
file is parsed (in ``--jobs`` processes), a file that cannot be parsed is reported on stderr
with its path while the batch goes on, a summary closes the run, and the exit code is non-zero
when any file failed. A folder or glob that yields no file stops the run before anything is
parsed, saying what was searched. A batch in ``--format json`` is one JSON array;
``--format jsonl`` gives one object per line. Every batch record carries its ``source`` path.
Nothing is ever downloaded: a web address is refused with a message saying how to fetch it.
The formats come from :mod:`interviewparse.render` (one module each); ``--format html``
explains one page.

Web archives (WARC and ARC files, by name or by their first bytes) are read record by record:
every HTML or text page is parsed, each output object carries the record's archive, id, offset,
crawl date and URL, and the summary accounts for every record (see :mod:`interviewparse.warc`).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import re
import sys
import time
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Protocol

from . import __version__
from ._input import DEFAULT_MAX_BYTES, location_kind
from .batch import (
    DOCUMENT_SUFFIXES,
    Outcome,
    Source,
    find_files,
    is_pattern,
    iter_outcomes,
    passes,
)
from .errors import (
    BinaryInputError,
    EmptyInputError,
    InputTooLargeError,
    NoTextContentError,
    ParseError,
    PathOrURLError,
    SourceReadError,
    UndecodableInputError,
)
from .evidence import THRESHOLD
from .models import Interview
from .profiles import BUILTIN, Profile, ProfileRegistry, load_profiles
from .render import Format, formats
from .warc import (
    WarcResult,
    WarcResults,
    WarcSkip,
    archives_in,
    is_archive,
    looks_like_archive,
)

__all__ = ["build_parser", "main"]

_SIZE = re.compile(r"^\s*(\d+)\s*([kmg]?)i?b?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}

#: Exit code of a batch in which at least one input failed.
EXIT_BATCH_FAILED = 1
#: Exit code of an unexpected error (a bug of ours).
EXIT_INTERNAL = 1
#: Exit code of a usage error (argparse's), of a folder or glob that yields no file, and of a
#: web address given as an input.
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

#: The errors a single input can end with, in the order the help lists their exit codes.
_INPUT_ERRORS: tuple[type[ParseError], ...] = (
    SourceReadError,
    PathOrURLError,
    ParseError,
    EmptyInputError,
    BinaryInputError,
    UndecodableInputError,
    InputTooLargeError,
    NoTextContentError,
)


def exit_codes() -> list[tuple[int, str]]:
    """Every exit code of the command and what it means, as the help and the docs list them."""
    codes = [
        (0, "success"),
        (EXIT_BATCH_FAILED, "a batch in which an input failed, or an internal error"),
        (
            EXIT_USAGE,
            "a usage error, a file that cannot be read, a folder or glob that yields no file, "
            "or a web address (nothing is downloaded)",
        ),
    ]
    for error in _INPUT_ERRORS:
        if error.exit_code != EXIT_USAGE:
            codes.append((error.exit_code, _error_meaning(error)))
    codes.append((EXIT_INTERRUPTED, "interrupted (Ctrl-C)"))
    return codes


def _error_meaning(error: type[ParseError]) -> str:
    meanings = {
        ParseError: "unusable input (other)",
        EmptyInputError: "empty input",
        BinaryInputError: "binary input (an image, a PDF...)",
        UndecodableInputError: "undecodable bytes",
        InputTooLargeError: "input over the size limit (--max-bytes)",
        NoTextContentError: "an HTML page with no text (filled in by JavaScript)",
    }
    return f"{meanings[error]} ({error.__name__})"


def _max_bytes(value: str) -> int | None:
    """``--max-bytes``: a size such as ``500000``, ``200K``, ``64M``, ``1G``, or ``none``."""
    if value.strip().lower() in ("none", "unlimited"):
        return None
    match = _SIZE.match(value)
    if match is None:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a size; write a number of bytes, optionally with K, M or G"
        )
    return int(match.group(1)) * _UNITS[match.group(2).lower()]


def _jobs(value: str) -> int:
    """``--jobs``: a number of worker processes; 0 means one per CPU."""
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("--jobs must be 0 (one per CPU) or more")
    return jobs or os.cpu_count() or 1


def _confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError("--min-confidence must be between 0 and 1")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interviewparse",
        description=(
            "Parse news interviews (HTML pages or text) into question/answer pairs. "
            "One input prints one interview; several inputs, folders or globs make a batch."
        ),
        epilog="Nothing is downloaded: save a page first, or pipe it in. Exit codes: "
        + "; ".join(f"{code} {meaning}" for code, meaning in exit_codes())
        + ".",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="HTML or text files, folders (searched for *.html *.htm *.txt *.md), "
        "globs, - for standard input (read too when no PATH is given and standard "
        "input is not a terminal), or web archives (.warc, .warc.gz, .arc, .arc.gz)",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=tuple(formats()),
        default="json",
        help="; ".join(f"{fmt.name}: {fmt.help}" for fmt in formats().values()),
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse in N worker processes (0: one per CPU; default 1)",
    )
    parser.add_argument(
        "--max-bytes",
        type=_max_bytes,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help="refuse inputs larger than SIZE (e.g. 500K, 64M, none; default 64M)",
    )
    parser.add_argument(
        "--url", default=None, help="the page's URL, recorded in the output (one input only)"
    )
    parser.add_argument(
        "--min-confidence",
        type=_confidence,
        default=None,
        metavar="X",
        help="only pages the parser is at least X (0..1) sure are interviews: the others are "
        "counted, not printed (see the confidence page of the docs for a threshold table)",
    )
    parser.add_argument(
        "--interviews-only",
        action="store_true",
        help="print only interviews (confidence >= 0.5, or --min-confidence); the others "
        "are counted in the summary",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="show the named evidence the confidence was weighed from (JSON: an 'evidence' "
        "list; markdown and text: a table after each document)",
    )
    parser.add_argument(
        "--glob",
        action="append",
        default=[],
        metavar="PATTERN",
        help='also take files matching PATTERN when searching a folder, e.g. "*.xhtml", or '
        '"*" for every file (may be repeated)',
    )
    parser.add_argument(
        "--profile",
        default=None,
        metavar="NAME|FILE",
        help="publisher profile: the name of a built-in one, or a JSON file holding one "
        "profile (applied to every page) or a list of them (each page gets the one whose "
        "domains cover its URL). Without it, the built-in registry is consulted by URL",
    )
    parser.add_argument(
        "--no-progress", action="store_true", help="no progress bar, even on a terminal"
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_archive_arguments(parser)
    return parser


def _add_archive_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of a crawl run (web archives in, interviews out)."""
    # When the pages' own --interviews-only is defined already, that one flag serves both.
    with contextlib.suppress(argparse.ArgumentError):
        parser.add_argument(
            "--interviews-only",
            action="store_true",
            help="write only the pages that are interviews (the others are still counted)",
        )


# -- progress -------------------------------------------------------------------------------


class _Progress(Protocol):
    def update(self) -> None: ...
    def write(self, message: str) -> None: ...
    def close(self) -> None: ...


class _Quiet:
    """No bar: messages go straight to stderr."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def update(self) -> None:
        pass

    def write(self, message: str) -> None:
        print(message, file=self._stream)

    def close(self) -> None:
        pass


class _Counter:
    """A minimal bar for when tqdm is not installed: ``12/50 files`` redrawn in place."""

    def __init__(self, total: int, stream: IO[str]) -> None:
        self._total, self._done, self._stream = total, 0, stream
        self._draw()

    def _draw(self) -> None:
        self._stream.write(f"\r{self._done}/{self._total} files")
        self._stream.flush()

    def update(self) -> None:
        self._done += 1
        self._draw()

    def write(self, message: str) -> None:
        self._stream.write("\r\x1b[K" + message + "\n")
        self._draw()

    def close(self) -> None:
        self._stream.write("\n")
        self._stream.flush()


class _Tqdm:
    """A tqdm bar; error lines are printed above it with ``tqdm.write``."""

    def __init__(self, module: Any, total: int, stream: IO[str]) -> None:
        self._module, self._stream = module, stream
        self._bar = module.tqdm(total=total, unit="file", file=stream, dynamic_ncols=True)

    def update(self) -> None:
        self._bar.update(1)

    def write(self, message: str) -> None:
        self._module.tqdm.write(message, file=self._stream)

    def close(self) -> None:
        self._bar.close()


def make_progress(total: int, stream: IO[str], *, enabled: bool) -> _Progress:
    """A progress bar on ``stream`` when enabled and ``stream`` is a terminal.

    Uses tqdm when it is installed (the ``progress`` extra: ``pip install ".[progress]"`` from
    a checkout) and a plain counter otherwise, so the CLI never needs tqdm to work.
    """
    if not enabled or not stream.isatty():
        return _Quiet(stream)
    try:
        module = importlib.import_module("tqdm")
    except ImportError:
        return _Counter(total, stream)
    return _Tqdm(module, total, stream)


# -- rendering ------------------------------------------------------------------------------


class _BatchWriter:
    """Streams a batch's results in a :class:`~interviewparse.render.Format`."""

    def __init__(self, out: IO[str], fmt: Format, explain: bool = False) -> None:
        self._out, self._fmt, self._count, self._explain = out, fmt, 0, explain
        out.write(fmt.begin())

    def add(self, interview: Interview, source: str) -> None:
        self._out.write(self._fmt.item(interview, source, self._count, explain=self._explain))
        self._count += 1
        self._out.flush()

    def close(self) -> None:
        self._out.write(self._fmt.end(self._count))
        self._out.flush()


# -- running --------------------------------------------------------------------------------


def _error_line(source: str, outcome: Outcome, debug: bool) -> str:
    error = outcome.error
    if isinstance(error, ParseError):
        message = f"interviewparse: {source}: {error.message}"
    else:
        message = (
            f"interviewparse: {source}: internal error ({type(error).__name__}: {error}); "
            "rerun with --debug and report it"
        )
    if debug and outcome.traceback:
        message = outcome.traceback.rstrip() + "\n" + message
    return message


def _exit_code(error: BaseException | None) -> int:
    if isinstance(error, ParseError):
        return error.exit_code
    return EXIT_INTERNAL


def _open_output(path: str | None) -> IO[str]:
    if path is None or path == "-":
        return sys.stdout
    return open(path, "w", encoding="utf-8", newline="\n")


def _read_stdin() -> bytes:
    return sys.stdin.buffer.read()


def _sources(files: list[Path]) -> Iterator[Source]:
    for path in files:
        yield _read_stdin() if str(path) == "-" else path


def _run_single(args: argparse.Namespace, out: IO[str]) -> int:
    path = args.paths[0]
    source: Source = _read_stdin() if path == "-" else Path(path)
    fmt = formats()[args.format]
    if fmt.explains:
        return _run_explain(args, fmt, path, source, out)
    outcome = next(
        iter_outcomes([source], url=args.url, profile=args.profile, max_bytes=args.max_bytes)
    )
    if outcome.interview is None:
        print(_error_line(path, outcome, args.debug), file=sys.stderr)
        return _exit_code(outcome.error)
    if not passes(outcome.interview, _threshold(args)):
        print(
            f"interviewparse: {path}: not an interview "
            f"(confidence {outcome.interview.confidence:.2f}); nothing printed",
            file=sys.stderr,
        )
        return 0
    out.write(fmt.render(outcome.interview, explain=args.explain))
    out.flush()
    return 0


def _run_explain(
    args: argparse.Namespace, fmt: Format, path: str, source: Source, out: IO[str]
) -> int:
    """One page through :func:`interviewparse.explain`, errors reported as for parsing."""
    from .explanation import explain

    try:
        explanation = explain(source, url=args.url, profile=args.profile, max_bytes=args.max_bytes)
    except ParseError as exc:
        outcome = Outcome(None, exc, traceback.format_exc())
        print(_error_line(path, outcome, args.debug), file=sys.stderr)
        return _exit_code(exc)
    out.write(fmt.render_explanation(explanation))
    out.flush()
    return 0


def _threshold(args: argparse.Namespace) -> float | None:
    """The confidence a page needs to be printed: --min-confidence, else 0.5 with
    --interviews-only, else none (every page is printed)."""
    if args.min_confidence is not None:
        return float(args.min_confidence)
    return THRESHOLD if args.interviews_only else None


def _run_batch(args: argparse.Namespace, out: IO[str], files: list[Path]) -> int:
    started = time.perf_counter()
    progress = make_progress(len(files), sys.stderr, enabled=not args.no_progress)
    writer = _BatchWriter(out, formats()[args.format], args.explain)
    threshold = _threshold(args)
    interviews = pairs = errors = skipped = 0
    try:
        outcomes = iter_outcomes(
            _sources(files),
            jobs=args.jobs,
            profile=args.profile,
            max_bytes=args.max_bytes,
            at_least=threshold,
        )
        for path, outcome in zip(files, outcomes, strict=True):
            progress.update()
            if outcome.error is not None:
                errors += 1
                progress.write(_error_line(str(path), outcome, args.debug))
                continue
            if outcome.interview is None or not passes(outcome.interview, threshold):
                skipped += 1  # counted in the summary, not printed
                continue
            interviews += outcome.interview.is_interview
            pairs += len(outcome.interview.pairs)
            writer.add(outcome.interview, str(path))
        writer.close()
    finally:
        progress.close()
    elapsed = time.perf_counter() - started
    counts = ", ".join(
        _plural(n, word)
        for n, word in ((len(files), "file"), (interviews, "interview"), (pairs, "pair"))
    )
    if threshold is not None:
        counts += f", {skipped} below confidence {threshold:g} (not printed)"
    print(
        f"interviewparse: {counts}, {_plural(errors, 'error')} in {elapsed:.1f} s",
        file=sys.stderr,
    )
    return EXIT_BATCH_FAILED if errors else 0


# -- web archives ---------------------------------------------------------------------------


def _archive_inputs(parser: argparse.ArgumentParser, paths: list[str]) -> list[Path | IO[bytes]]:
    """The archives to read when the inputs are web archives (by name or by their first
    bytes; standard input by its first bytes), or ``[]`` when they are pages; a mix of both
    is a usage error."""
    if paths == ["-"]:
        return [sys.stdin.buffer] if _stdin_is_archive() else []
    if "-" in paths:
        return []
    found = [is_archive(path) or _holds_archives(parser, path) for path in paths]
    if not any(found):
        return []
    if not all(found):
        pages = ", ".join(p for p, hit in zip(paths, found, strict=True) if not hit)
        parser.error(f"give web archives or pages, not both in one run (not archives: {pages})")
    return list(archives_in(paths))


def _stdin_is_archive() -> bool:
    """Does standard input start like a web archive? (Looks without consuming it.)"""
    stream = sys.stdin.buffer
    peek = getattr(stream, "peek", None)
    if peek is None or sys.stdin.isatty():
        return False
    try:
        head: bytes = peek(65536)
    except (OSError, ValueError):
        return False
    return looks_like_archive(head)


def _holds_archives(parser: argparse.ArgumentParser, path: str) -> bool:
    """Is ``path`` a folder of web archives? One that holds pages too is a usage error."""
    folder = Path(path)
    if not folder.is_dir() or not archives_in([path]):
        return False
    if find_files(folder):
        parser.error(
            f"{path} holds both pages and web archives; give the archives and the pages "
            "in separate runs"
        )
    return True


class _RecordCounter:
    """A progress line for a crawl run: the number of records read, redrawn in place."""

    def __init__(self, stream: IO[str], enabled: bool) -> None:
        self._stream, self._done = stream, 0
        self._bar: Any = None
        self._on = enabled and stream.isatty()
        if self._on:
            try:
                tqdm: Any = importlib.import_module("tqdm")
            except ImportError:
                return
            self._bar = tqdm.tqdm(unit=" records", file=stream, dynamic_ncols=True)
            self._tqdm = tqdm

    def update(self) -> None:
        self._done += 1
        if self._bar is not None:
            self._bar.update(1)
        elif self._on and self._done % 50 == 0:
            self._stream.write(f"\r{self._done:,} records")
            self._stream.flush()

    def write(self, message: str) -> None:
        if self._bar is not None:
            self._tqdm.tqdm.write(message, file=self._stream)
        elif self._on:
            self._stream.write("\r\x1b[K" + message + "\n")
        else:
            print(message, file=self._stream)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self._on:
            self._stream.write(f"\r{self._done:,} records\x1b[K\n")
            self._stream.flush()


def _record_name(
    archive: str | None, record_id: str | None, offset: int | None, url: str | None = None
) -> str:
    """How a one-line report names a record: its archive, its id (or offset) and its URL."""
    where = f"record {record_id}" if record_id else f"record at byte {offset}"
    return f"{archive or 'stdin'}: {where}" + (f" {url}" if url else "")


class _ArchiveWriter:
    """Writes a crawl run's interviews: ``json``/``jsonl`` as records that carry their archive,
    record id, offset, crawl date and URL; any other format from the registry
    (:mod:`interviewparse.render`), each document named by its record."""

    def __init__(self, out: IO[str], fmt: Format, explain: bool = False) -> None:
        self._out, self._fmt, self._count, self._explain = out, fmt, 0, explain
        if fmt.name not in ("json", "jsonl"):
            out.write(fmt.begin())

    def add(self, result: WarcResult) -> None:
        interview = result.interview
        assert interview is not None
        out, fmt = self._out, self._fmt
        if fmt.name == "jsonl":
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        elif fmt.name == "json":
            text = json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
            out.write(("[\n" if self._count == 0 else ",\n") + text)
        else:
            name = _record_name(result.archive, result.record_id, result.offset, result.url)
            source = f"{name} (crawled {result.crawled or 'unknown'})"
            out.write(fmt.item(interview, source, self._count, explain=self._explain))
        self._count += 1
        out.flush()

    def close(self) -> None:
        if self._fmt.name == "json":
            self._out.write("[]\n" if self._count == 0 else "\n]\n")
        elif self._fmt.name != "jsonl":
            self._out.write(self._fmt.end(self._count))
        self._out.flush()


def _run_archives(args: argparse.Namespace, archives: list[Path | IO[bytes]], out: IO[str]) -> int:
    """Read web archives record by record and write the pages parsed (or the interviews).

    Damaged records and pages that cannot be parsed are reported one line each and the run
    goes on; the exit code is non-zero only when an archive could not be read at all.
    """
    if args.url is not None:
        print("interviewparse: --url names one page; archives carry their own", file=sys.stderr)
        return 2
    started = time.perf_counter()
    progress = _RecordCounter(sys.stderr, enabled=not args.no_progress)

    def skipped(skip: WarcSkip) -> None:
        if args.debug:
            detail = f" ({skip.detail})" if skip.detail else ""
            name = _record_name(skip.archive, skip.record_id, skip.offset, skip.url)
            progress.write(f"interviewparse: {name}: skipped, {skip.reason}{detail}")

    def bug(failure: Any) -> None:
        payload = failure.payload
        name = _record_name(payload.archive, payload.record_id, payload.offset, payload.url)
        message = (
            f"interviewparse: {name}: internal error "
            f"({type(failure.error).__name__}: {failure.error}); rerun with --debug and report it"
        )
        if args.debug:
            message = failure.traceback.rstrip() + "\n" + message
        progress.write(message)

    try:
        results = WarcResults(
            list(archives),
            # --min-confidence, like --interviews-only, prints only the pages that pass it
            interviews_only=args.interviews_only or args.min_confidence is not None,
            min_confidence=args.min_confidence,
            max_bytes=args.max_bytes,
            jobs=args.jobs,
            on_skip=skipped,
            on_bug=bug,
            on_record=progress.update,
            keep_going=True,
        )
    except ModuleNotFoundError as exc:
        progress.close()
        print(f"interviewparse: {exc}", file=sys.stderr)
        return 2
    writer = _ArchiveWriter(out, formats()[args.format], args.explain)
    reported = 0
    try:
        for result in results:
            for problem in results.summary.problems[reported:]:
                progress.write(f"interviewparse: {problem}")
            reported = len(results.summary.problems)
            error = result.error
            if error is not None:
                name = _record_name(result.archive, result.record_id, result.offset, result.url)
                progress.write(f"interviewparse: {name}: {error}")
                continue
            writer.add(result)
        writer.close()
    finally:
        progress.close()
    summary = results.summary
    for problem in summary.problems[reported:]:
        print(f"interviewparse: {problem}", file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(f"interviewparse: {summary} in {elapsed:.1f} s", file=sys.stderr)
    return 2 if summary.unreadable else 0


def _plural(count: int, word: str) -> str:
    """``"1 file"``, ``"1,204 pairs"``: thousands separated by commas, as the docs show."""
    return f"{count:,} {word}" if count == 1 else f"{count:,} {word}s"


def _stdin_is_terminal() -> bool:
    return sys.stdin is None or sys.stdin.isatty()


def _web_addresses(paths: list[str]) -> list[str]:
    """The inputs that are web addresses (and not files that happen to look like one)."""
    return [p for p in paths if location_kind(p) == "url" and not Path(p).exists()]


def _nothing_found(item: str, patterns: list[str]) -> str:
    """The message for a folder or glob that yields no file: what was searched, what to do."""
    if Path(item).is_dir():
        wanted = ", ".join([f"*{suffix}" for suffix in DOCUMENT_SUFFIXES] + patterns)
        return (
            f"interviewparse: {item}: no file to parse: searched this folder and its "
            f"subfolders for {wanted} (any case; hidden files skipped); "
            'add --glob "*.xhtml" (or --glob "*" for every file) to take others'
        )
    return (
        f"interviewparse: {item}: no file matches this glob (searched from {Path.cwd()}); "
        "check the pattern, and quote it so the shell does not expand it first"
    )


def _discover(args: argparse.Namespace) -> tuple[list[Path], list[str]]:
    """The files of a batch, and one message for each folder or glob that yielded none."""
    files: list[Path] = []
    empty: list[str] = []
    for item in args.paths:
        found = [Path(item)] if item == "-" else find_files(item, patterns=args.glob)
        if not found:
            empty.append(_nothing_found(item, args.glob))
        files.extend(found)
    return files, empty


def _choose_profile(
    value: str | None, parser: argparse.ArgumentParser
) -> Profile | ProfileRegistry | None:
    """``--profile``: a JSON file of profiles, or the name of a built-in profile."""
    if value is None:
        return None
    if Path(value).is_file():
        try:
            return load_profiles(value)
        except (OSError, ValueError, TypeError) as exc:
            parser.error(f"--profile {value}: {exc}")
    for profile in BUILTIN.profiles:
        if profile.name == value:
            return profile
    names = ", ".join(p.name for p in BUILTIN.profiles)
    parser.error(
        f"--profile {value}: no such file, and no built-in profile of that name "
        f"(built-in: {names}); see the publisher profiles page of the docs"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.paths:
        if _stdin_is_terminal():
            parser.error(
                "no input: give a file, a folder, a glob, or - for standard input "
                "(or pipe a page in: cat page.html | interviewparse)"
            )
        args.paths = ["-"]
    for address in _web_addresses(args.paths):
        print(
            f"interviewparse: {address}: a web address, and interviewparse downloads nothing: "
            f'save the page first (curl -sL "{address}" -o page.html) and pass the file, or '
            f'pipe it in (curl -sL "{address}" | interviewparse --url "{address}")',
            file=sys.stderr,
        )
        return PathOrURLError.exit_code
    archives = _archive_inputs(parser, args.paths)
    batch = len(args.paths) > 1 or is_pattern(args.paths[0])
    if batch and args.url is not None:
        parser.error("--url names one page; it cannot be used with several inputs")
    if batch and formats()[args.format].explains:
        parser.error(f"--format {args.format} explains one page; give it one input at a time")
    if args.paths.count("-") > 1:
        parser.error("standard input (-) can be read only once")
    args.profile = _choose_profile(args.profile, parser)
    files: list[Path] = []
    if batch and not archives:
        files, empty = _discover(args)
        if empty:
            print("\n".join(empty), file=sys.stderr)
            return EXIT_USAGE
    try:
        out = _open_output(args.output)
    except OSError as exc:
        print(f"interviewparse: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        if archives:
            return _run_archives(args, archives, out)
        return _run_batch(args, out, files) if batch else _run_single(args, out)
    except KeyboardInterrupt:
        print("interviewparse: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``interviewparse folder | head``): stop quietly, and point
        # stdout at devnull so the interpreter's final flush does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug of ours outside any one document: one line, never a trace
        if args.debug:
            raise
        print(
            f"interviewparse: internal error ({type(exc).__name__}: {exc}); "
            "rerun with --debug and report it",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        if out is not sys.stdout:
            out.close()


if __name__ == "__main__":
    sys.exit(main())
