"""Hostile input: whatever a crawler brings back ends in an Interview or a clear ParseError.

Every case goes through the Python API (``parse`` and the format-specific entry point) and the
command line tool (a subprocess). Each asserts its outcome and a generous time bound that only
catches hangs and super-linear blow-ups, never ordinary slowness. The heaviest cases are marked
``heavy``; they still run in CI (deselect them locally with ``-m "not heavy"``).
"""

from __future__ import annotations

import importlib
import inspect
import json
import pickle
import pkgutil
import random
import re
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

import interviewparse as ip

#: Seconds of CPU a single parse may take before we call it a hang (the inputs are up to 20 MB).
HANG_BOUND = 60.0
#: The command line tool also pays interpreter start-up and JSON output.
CLI_BOUND = 120.0


# -- inputs -----------------------------------------------------------------------------------


def _png() -> bytes:
    """A valid 1x1 PNG image, built here so no binary fixture ships with the tests."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _random_binary() -> bytes:
    return random.Random(5).randbytes(64 * 1024)


_SHORT_INTERVIEW = (
    "Tidewater towns learn to move\n\n"
    "Mara Ilves has mapped the coast of her island for thirty years. She spoke to us about "
    "maps, storms and the cost of waiting.\n\n"
    "Q: Why do the old maps matter so much to you?\n\n"
    "A: Because they remember floods that nobody alive has seen. Grüße to the archivists!\n\n"
    "Q: ¿Por qué hablan ustedes de mudarse y no de construir diques?\n\n"
    "A: Dikes buy time. Moving buys centuries.\n"
)


def _nul_text() -> bytes:
    return (
        b"Notes from the harbour\n\n"
        b"Q: What\x00 did the harbour master say?\n\n"
        b"A: He said the\x00 boats\x00 would stay in port until Friday.\n"
    )


def _latin1_html() -> bytes:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "<title>Gespräch über Brücken</title></head><body><article>"
        "<p>Die Ingenieurin Jana Kühn baut Brücken über Flüsse, die ihren Lauf ändern.</p>"
        "<p><b>Frau Kühn, warum müssen Brücken heute länger halten?</b></p>"
        "<p>Weil das Geld für Neubauten fehlt. Ein Bauwerk muss hundert Jahre überstehen.</p>"
        "<p><b>Was ändert sich für Fußgänger?</b></p>"
        "<p>Die Wege werden breiter; wir planen für Räder, Rollstühle und Kinderwägen.</p>"
        "</article></body></html>"
    ).encode("latin-1")


def _invalid_utf8() -> bytes:
    return (
        "Caf\u00e9 society\n\n".encode()
        + b"Q: Is the caf\xc3\xa9 still open after the fire?\n\n"
        + b"A: It is, though the \xff\xfe stray bytes in our menu are gone. We reopened in May.\n"
    )


def _nested_divs() -> str:
    depth = 60_000
    return (
        "<html><body>"
        + "<div>" * depth
        + "<p><b>How deep does this page go?</b></p><p>Deeper than any reader should walk.</p>"
        + "</div>" * depth
        + "</body></html>"
    )


def _nested_inline(tag: str) -> str:
    depth = 60_000
    return (
        f"<html><body><p>An intro paragraph before the deep part.</p>{f'<{tag}>' * depth}"
        "<p>How deep does this page go?</p><p>Deeper than any reader should walk.</p>"
        f"{f'</{tag}>' * depth}</body></html>"
    )


def _one_long_line() -> str:
    words = ("river", "bank", "flood", "map", "town", "hill", "rain", "gauge")
    rng = random.Random(1)
    return " ".join(rng.choice(words) for _ in range(1_000_000))[: 5 * 1024 * 1024]


def _text_interview(pairs: int) -> str:
    parts = [
        "The long conversation\n",
        "An interview that goes on for a very long time, made up for this test.\n",
    ]
    for i in range(pairs):
        parts.append(f"Q: Question number {i}, what happened in year {1900 + i % 100}?\n")
        parts.append(
            f"A: Answer number {i}. The river rose {i % 7} metres and the town moved up the "
            "hill again, as it had done before and as it will do again, because rivers keep "
            "their own calendar and towns forget it faster than the water does.\n"
        )
    return "\n".join(parts)


def _big_text_interview() -> str:
    text = _text_interview(73_000)
    assert len(text) > 20_000_000
    return text


def _hundred_thousand_paragraphs() -> str:
    body = "".join(
        f"<p><b>Question {i}: what did you see on day {i}?</b></p><p>Answer {i}: only rain.</p>"
        for i in range(50_000)
    )
    return f"<html><head><title>Endless</title></head><body><article>{body}</article></body></html>"


def _unclosed_tags() -> str:
    return (
        "<html><body><div class=article><h1>Half a page"
        "<p>An interview whose markup was cut short by a careless proxy."
        "<p><b>Why do you keep the tags open?"
        "<p>Because nobody ever closed them for me.<div><span>"
        "<p><strong>And the last question?"
        "<p>It never ends"
    )


def _scripts_only() -> str:
    return (
        "<!DOCTYPE html><html><head><script>window.__DATA__ = {};</script>"
        "<style>body { color: red }</style></head><body><div id=root></div>"
        "<script src=app.js></script><script>render(document.getElementById('root'))</script>"
        "<noscript></noscript></body></html>"
    )


_NEWS = (
    "City council approves new flood barrier\n\n"
    "The city council voted on Tuesday to build a flood barrier along the eastern harbour, "
    "ending a debate that had lasted almost a decade.\n\n"
    "The barrier will cost about 40 million euros and is due to be finished in 2029, the "
    "council said in a statement.\n\n"
    'Residents of the harbour district welcomed the decision. "We have waited long enough," '
    "said one shop owner, whose basement flooded three times last winter.\n\n"
    "Opposition members argued that the money would be better spent on moving homes away from "
    "the water. The vote passed by 31 to 12.\n\n"
    "Construction is expected to begin next spring.\n"
)


# -- expectations ------------------------------------------------------------------------------


def all_text(iv: ip.Interview) -> str:
    """Every piece of text an Interview holds, so tests can check that nothing was dropped."""
    parts = [iv.title or ""]
    parts += [p.text for p in iv.intro]
    for pair in iv.pairs:
        parts += [pair.question.text, pair.answer.text]
    parts += [p.text for p in iv.outro]
    parts += [b.text for b in iv.boilerplate]
    return "\n".join(parts)


Check = Callable[[ip.Interview], None]


def contains(*needles: str) -> Check:
    def check(iv: ip.Interview) -> None:
        text = all_text(iv)
        for needle in needles:
            assert needle in text, f"{needle!r} was lost"

    return check


def pairs_at_least(count: int, *needles: str) -> Check:
    def check(iv: ip.Interview) -> None:
        contains(*needles)(iv)
        assert len(iv.pairs) >= count

    return check


def any_interview(iv: ip.Interview) -> None:
    assert isinstance(iv, ip.Interview)


def no_pairs(iv: ip.Interview) -> None:
    assert iv.pairs == ()


def keeps_words(iv: ip.Interview) -> None:
    text = all_text(iv)
    assert text.count("river") > 50_000, "the long line lost its words"


def question_marks_kept(iv: ip.Interview) -> None:
    assert all_text(iv).count("?") == 1_000_000


@dataclass(frozen=True)
class Case:
    """One hostile input and the outcome it must have."""

    id: str
    make: Callable[[], str | bytes]
    fmt: str  # "text", "html" or "any": which format-specific entry point also applies
    error: type[ip.ParseError] | None = None
    check: Check | None = None
    heavy: bool = False


CASES = [
    Case("empty-bytes", lambda: b"", "any", error=ip.EmptyInputError),
    Case("empty-str", lambda: "", "any", error=ip.EmptyInputError),
    Case("whitespace-only", lambda: " \n\t\r\n  \u3000\n", "any", error=ip.EmptyInputError),
    Case("whitespace-bytes", lambda: b"  \r\n\t\n", "any", error=ip.EmptyInputError),
    Case("nul-only", lambda: b"\x00\x00\x00", "any", error=ip.EmptyInputError),
    Case("random-binary", _random_binary, "any", error=ip.BinaryInputError),
    Case("png-image", _png, "any", error=ip.BinaryInputError),
    Case(
        "jpeg-header",
        lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200),
        "any",
        error=ip.BinaryInputError,
    ),
    Case(
        "pdf",
        lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n",
        "any",
        error=ip.BinaryInputError,
    ),
    Case("gzip", lambda: b"\x1f\x8b\x08\x00" + bytes(100), "any", error=ip.BinaryInputError),
    Case(
        "nul-in-text",
        _nul_text,
        "text",
        check=contains("What did the harbour master say?", "He said the boats would stay"),
    ),
    Case(
        "utf-16-bom",
        lambda: _SHORT_INTERVIEW.encode("utf-16"),
        "text",
        check=contains("Grüße", "¿Por qué hablan", "Moving buys centuries."),
    ),
    Case(
        "utf-16-le-no-bom",
        lambda: _SHORT_INTERVIEW.encode("utf-16-le"),
        "text",
        check=contains("Grüße", "Moving buys centuries."),
    ),
    Case(
        "utf-8-bom",
        lambda: _SHORT_INTERVIEW.encode("utf-8-sig"),
        "text",
        check=contains("Tidewater towns", "¿Por qué hablan"),
    ),
    Case(
        "latin1-meta-charset",
        _latin1_html,
        "html",
        check=contains("Jana Kühn", "Fußgänger", "Rollstühle"),
    ),
    Case(
        "invalid-utf8",
        _invalid_utf8,
        "text",
        check=contains("café still open", "stray bytes in our menu", "We reopened in May."),
    ),
    Case(
        "truncated-utf16",
        lambda: _SHORT_INTERVIEW.encode("utf-16")[:-1],
        "any",
        error=ip.UndecodableInputError,
    ),
    Case(
        "nested-divs-60000",
        _nested_divs,
        "html",
        check=contains("How deep does this page go?", "Deeper than any reader"),
    ),
    Case(
        "nested-bold-60000",
        lambda: _nested_inline("b"),
        "html",
        check=contains("How deep does this page go?", "Deeper than any reader"),
    ),
    Case(
        "nested-h2-60000",
        lambda: _nested_inline("h2"),
        "html",
        check=contains("How deep does this page go?", "Deeper than any reader"),
    ),
    Case("one-word-1mb", lambda: "a" * 1_000_000, "text", check=contains("a" * 1_000_000)),
    Case("label-run", lambda: "A:" * 300_000, "text", check=any_interview),
    Case("single-line-5mb", _one_long_line, "text", check=keeps_words),
    Case("million-question-marks", lambda: "?" * 1_000_000, "text", check=question_marks_kept),
    Case(
        "text-interview-20mb",
        _big_text_interview,
        "text",
        heavy=True,
        check=pairs_at_least(65_000, "Question number 72999", "Answer number 72999."),
    ),
    Case(
        "html-100000-paragraphs",
        _hundred_thousand_paragraphs,
        "html",
        heavy=True,
        check=pairs_at_least(45_000, "Question 49999", "Answer 49999: only rain."),
    ),
    Case(
        "unclosed-tags",
        _unclosed_tags,
        "html",
        check=contains("keep the tags open?", "nobody ever closed them", "It never ends"),
    ),
    Case("scripts-only", _scripts_only, "html", error=ip.NoTextContentError),
    Case("news-not-an-interview", lambda: _NEWS, "text", check=no_pairs),
]


def _params() -> list[object]:
    marks = {True: [pytest.mark.heavy], False: []}
    return [pytest.param(case, id=case.id, marks=marks[case.heavy]) for case in CASES]


@cache
def _input_of(case_id: str) -> str | bytes:
    case = next(c for c in CASES if c.id == case_id)
    return case.make()


def _entry_points(case: Case) -> list[Callable[[str | bytes], ip.Interview]]:
    functions: list[Callable[[str | bytes], ip.Interview]] = [ip.parse]
    if case.heavy:  # the format-specific entry points share parse's code; spare CI the time
        return functions
    if case.fmt in ("text", "any"):
        functions.append(ip.parse_text)
    if case.fmt in ("html", "any"):
        functions.append(ip.parse_html)
    return functions


# -- the Python API ----------------------------------------------------------------------------


@pytest.mark.parametrize("case", _params())
def test_api(case: Case) -> None:
    data = _input_of(case.id)
    for function in _entry_points(case):
        # CPU time of this process, not wall time: a hang or a blow-up spends CPU, while a busy
        # machine (other jobs, a parallel test run) only stretches the wall clock.
        started = time.process_time()
        if case.error is not None:
            with pytest.raises(case.error) as info:
                function(data)
            assert type(info.value) is case.error, f"{function.__name__}: {info.value!r}"
            assert len(str(info.value)) > 30 and "\n" not in str(info.value)
        else:
            interview = function(data)
            assert isinstance(interview, ip.Interview)
            assert case.check is not None
            case.check(interview)
        elapsed = time.process_time() - started
        assert elapsed < HANG_BOUND, f"{function.__name__} took {elapsed:.0f} s of CPU: a hang?"


# -- the command line --------------------------------------------------------------------------


def _run_cli(path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "interviewparse", str(path), *args],
        capture_output=True,
        timeout=CLI_BOUND,
        check=False,
    )


@pytest.mark.parametrize("case", _params())
def test_cli(case: Case, tmp_path: Path) -> None:
    data = _input_of(case.id)
    path = tmp_path / "input"
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    result = _run_cli(path)
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    if case.error is not None:
        assert result.returncode == case.error.exit_code, stderr
        assert result.stdout == b""
        assert stderr.count("\n") == 1 and stderr.startswith("interviewparse: ")
    else:
        assert result.returncode == 0, stderr
        interview = ip.Interview.from_json(result.stdout.decode("utf-8"))
        assert case.check is not None
        case.check(interview)


def test_cli_reads_standard_input() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "interviewparse", "-"],
        input=_SHORT_INTERVIEW.encode("utf-16"),
        capture_output=True,
        timeout=CLI_BOUND,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Moving buys centuries." in json.loads(result.stdout)["pairs"][-1]["answer"]["text"]


def test_cli_debug_shows_the_traceback(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(_png())
    plain = _run_cli(path)
    debug = _run_cli(path, "--debug")
    assert plain.returncode == debug.returncode == ip.BinaryInputError.exit_code
    assert b"Traceback" not in plain.stderr
    assert b"Traceback" in debug.stderr and b"BinaryInputError" in debug.stderr


def test_cli_missing_file_is_one_line(tmp_path: Path) -> None:
    result = _run_cli(tmp_path / "no-such-file.html")
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1 and b"Traceback" not in result.stderr


def test_cli_max_bytes(tmp_path: Path) -> None:
    help_text = _run_cli(tmp_path, "--help").stdout.decode()
    if "--max-bytes" not in help_text:
        pytest.skip("the CLI has no --max-bytes option yet")
    path = tmp_path / "interview.txt"
    path.write_text(_SHORT_INTERVIEW, encoding="utf-8")
    result = _run_cli(path, "--max-bytes", "100")
    assert result.returncode == ip.InputTooLargeError.exit_code
    assert b"100" in result.stderr and b"Traceback" not in result.stderr
    assert _run_cli(path, "--max-bytes", "100000").returncode == 0


# -- the size limit ----------------------------------------------------------------------------


@pytest.mark.parametrize("function", [ip.parse, ip.parse_text, ip.parse_html])
def test_size_limit_is_configurable(function: Callable[..., ip.Interview]) -> None:
    data = _latin1_html()
    with pytest.raises(ip.InputTooLargeError) as info:
        function(data, max_bytes=100)
    assert info.value.size == len(data) and info.value.limit == 100
    assert "max_bytes" in str(info.value)
    assert function(data, max_bytes=len(data)).pairs == function(data, max_bytes=None).pairs


def test_size_limit_counts_utf8_bytes_of_a_str() -> None:
    text = "Ω" * 600  # 600 characters, 1200 bytes
    with pytest.raises(ip.InputTooLargeError) as info:
        ip.parse(text, max_bytes=1000)
    assert info.value.size == 1200
    ip.parse(text, max_bytes=1200)


def test_default_limit_is_sensible() -> None:
    defaults = {
        inspect.signature(function).parameters["max_bytes"].default
        for function in (ip.parse, ip.parse_text, ip.parse_html)
    }
    assert len(defaults) == 1  # one limit for every entry point
    (default,) = defaults
    assert default == ip.DEFAULT_MAX_BYTES
    assert 16 * 1024 * 1024 <= default <= 256 * 1024 * 1024
    big = b" " * (default + 1)
    with pytest.raises(ip.InputTooLargeError):
        ip.parse(big)


# -- the error contract ------------------------------------------------------------------------

ERRORS: list[ip.ParseError] = [
    ip.ParseError("something is wrong with the input; try again"),
    ip.EmptyInputError(size=3),
    ip.BinaryInputError(detected="a PNG image"),
    ip.UndecodableInputError(encoding="utf-16", position=17),
    ip.InputTooLargeError(size=2_000_000, limit=1_000_000),
    ip.NoTextContentError(size=512),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_errors_pickle_with_their_data(error: ip.ParseError) -> None:
    clone = pickle.loads(pickle.dumps(error))
    assert type(clone) is type(error)
    assert str(clone) == str(error)
    assert clone == error
    assert vars(clone) == vars(error)


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_errors_are_parse_and_value_errors(error: ip.ParseError) -> None:
    assert isinstance(error, ip.ParseError) and isinstance(error, ValueError)
    assert type(error).__name__ in ip.__all__
    assert str(error) and "\n" not in str(error)


def test_exit_codes_are_distinct_and_avoid_reserved_ones() -> None:
    classes = {type(error) for error in ERRORS}
    codes = [cls.exit_code for cls in classes]
    assert len(set(codes)) == len(codes)
    # 0 success, 1 internal error, 2 usage / unreadable file (argparse's own code).
    assert all(3 <= code < 64 for code in codes)


def test_error_messages_name_the_facts() -> None:
    too_large = ip.InputTooLargeError(size=2_000_000, limit=1_000_000)
    assert "2,000,000" in str(too_large) and "1,000,000" in str(too_large)
    assert "a PNG image" in str(ip.BinaryInputError(detected="a PNG image"))
    assert "byte 17" in str(ip.UndecodableInputError(encoding="utf-16", position=17))


def test_binary_error_names_what_it_saw() -> None:
    with pytest.raises(ip.BinaryInputError) as info:
        ip.parse(_png())
    assert info.value.detected == "a PNG image"


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        ip.parse(12345)  # type: ignore[arg-type]


# -- detection ---------------------------------------------------------------------------------


def _read_as(text: str) -> str | None:
    """How :func:`ip.parse` reads ``text``: the ``source_format`` it reports (an HTML page with
    no readable text raises :class:`ip.NoTextContentError`, which only HTML pages raise)."""
    try:
        return ip.parse(text).source_format
    except ip.NoTextContentError:
        return "html"


def test_html_detection_is_linear_on_comment_runs() -> None:
    # A run of comments not followed by a tag made the old regex backtrack exponentially.
    text = "<!-- a -->" * 5000 + "plain text after all"
    started = time.monotonic()
    assert _read_as(text) == "text"
    assert _read_as("<!-- a -->" * 5000 + "<html><body><p>x</p></body></html>") == "html"
    assert time.monotonic() - started < 5


@pytest.mark.parametrize(
    ("text", "is_html"),
    [
        ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", True),
        ("\ufeff  <html lang=en><p>Hi", True),
        ('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', True),
        ("<p>One</p><p>Two</p><p><b>Three?</b></p>", True),
        ("Q: Is a < b or b > a?\nA: Yes, a < b.", False),
        ("Interview\n\nQ: What is <p>?\nA: A paragraph tag.", False),
    ],
)
def test_looks_like_html(text: str, is_html: bool) -> None:
    assert _read_as(text) == ("html" if is_html else "text")


def test_valid_utf8_wins_over_a_wrong_latin1_declaration() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Grüße</p></body></html>'
    assert "Grüße" in all_text(ip.parse(page.encode("utf-8")))


def test_windows_1252_without_declaration() -> None:
    data = "Q: Where’s the café?\n\nA: Down the street – on the left.".encode("cp1252")
    text = all_text(ip.parse(data))
    assert "Where’s the café?" in text and "–" in text


@pytest.mark.parametrize("function", [ip.parse, ip.parse_text, ip.parse_html])
def test_lone_surrogates_do_not_lose_the_page(function: Callable[..., ip.Interview]) -> None:
    page = "<p>Broken \ud800 UTF-16 here.</p><p><b>Why keep it?</b></p><p>Because.</p>"
    text = all_text(function(page))
    assert "Broken \ufffd UTF-16 here." in text and "Because." in text


# -- thread safety -----------------------------------------------------------------------------


def test_parse_is_thread_safe() -> None:
    inputs: list[str | bytes] = [
        _SHORT_INTERVIEW,
        _SHORT_INTERVIEW.encode("utf-16"),
        _latin1_html(),
        _unclosed_tags(),
        _NEWS,
        _text_interview(40),
        _invalid_utf8(),
        _nul_text(),
    ] * 4
    serial = [ip.parse(data).to_dict() for data in inputs]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda data: ip.parse(data).to_dict(), inputs))
    assert threaded == serial


# -- regular expressions -----------------------------------------------------------------------

# fmt: off
_REDOS_UNITS = (
    " ", "a", "A", "1", ".", "-", ":", "?", "\n", "Aa ", "a.", "A. ", "<a>", "«", "—", "Aa: ",
    "1. ", "((", '"', "? ", "ab cd ", "x@", "/", "2020 ", "A's ", "<!-- -->",
)
# fmt: on


def _compiled_patterns() -> list[tuple[str, re.Pattern[str] | re.Pattern[bytes]]]:
    """Every compiled pattern held at module level in the package (directly or in a container)."""
    found: list[tuple[str, re.Pattern[str] | re.Pattern[bytes]]] = []
    for info in pkgutil.walk_packages(ip.__path__, "interviewparse."):
        if info.name.endswith("__main__") or ".integrations" in info.name:
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            values = value.values() if isinstance(value, dict) else value
            if isinstance(value, re.Pattern):
                values = [value]
            elif not isinstance(value, (dict, tuple, list, frozenset)):
                continue
            for item in values:
                for candidate in item if isinstance(item, tuple) else (item,):
                    if isinstance(candidate, re.Pattern):
                        found.append((f"{info.name}.{name}", candidate))
    return found


def test_no_regex_backtracks_catastrophically() -> None:
    """Every pattern meets runs of the characters that trip nested or overlapping quantifiers.

    2,000 characters are plenty for exponential backtracking to hang (it blows up at ~30
    repetitions) and cheap for linear and mildly quadratic patterns.
    """
    patterns = _compiled_patterns()
    assert len(patterns) > 20
    slow = []
    for name, pattern in patterns:
        started = time.monotonic()
        for unit in _REDOS_UNITS:
            for tail in ("!", "\x00"):
                text = unit * (2000 // len(unit)) + tail
                subject: str | bytes = text.encode() if isinstance(pattern.pattern, bytes) else text
                pattern.search(subject)  # type: ignore[arg-type]
                pattern.match(subject)  # type: ignore[arg-type]
        elapsed = time.monotonic() - started
        if elapsed > 5:
            slow.append(f"{name} ({elapsed:.1f} s): {pattern.pattern!r}")
    assert not slow, "patterns that backtrack badly:\n" + "\n".join(slow)
