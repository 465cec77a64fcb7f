"""What the entry points accept: documents, paths, and the mistakes a newcomer makes with them.

A ``str`` or ``bytes`` is the document; an ``os.PathLike`` is a file to read; a ``str`` that is
only a file name or a web address is refused with a message that says what to do (nothing is
ever downloaded). The three entry points share one keyword-only signature; errors name their
source; ``errors=`` takes the same values wherever it is taken.
"""

from __future__ import annotations

import inspect
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import interviewparse as ip
from interviewparse import profiles

ROOT = Path(__file__).resolve().parent.parent
TEXT_EXAMPLE = ROOT / "examples" / "interview.txt"
HTML_EXAMPLE = ROOT / "examples" / "interview.html"
SHORT = "Q: Do you sleep well?\n\nA: Like a log, every night.\n\nQ: Always?\n\nA: Almost.\n"


# -- paths and web addresses ------------------------------------------------------------------


@pytest.mark.parametrize("entry", [ip.parse, ip.parse_html, ip.parse_text])
def test_a_path_is_read(entry: object) -> None:
    parse = entry  # the three entry points read a path alike
    assert callable(parse)
    example = HTML_EXAMPLE if parse is not ip.parse_text else TEXT_EXAMPLE
    assert parse(example) == parse(example.read_bytes())


def test_any_pathlike_is_read() -> None:
    class Located:
        def __fspath__(self) -> str:
            return str(TEXT_EXAMPLE)

    assert ip.parse(Located()) == ip.parse(TEXT_EXAMPLE.read_bytes())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "examples/interview.html",
        "  pages/2024/a-ferryman.HTM \n",
        "notes.txt",
        "crawl/page.warc.gz",
        str(TEXT_EXAMPLE),  # an existing file, named by its full path
    ],
)
def test_a_str_that_is_only_a_path_is_refused_with_what_to_do(text: str) -> None:
    with pytest.raises(ip.PathOrURLError) as caught:
        ip.parse(text)
    error = caught.value
    assert error.kind == "path" and error.location == text.strip()
    assert isinstance(error, ip.ParseError)
    assert "Path(" in str(error) and "read it yourself" in str(error)


@pytest.mark.parametrize(
    "text", ["https://news.example/2024/ferryman", "http://a.example", "www.example.org/a?b=1"]
)
def test_a_str_that_is_only_a_web_address_is_refused_and_nothing_is_downloaded(
    text: str,
) -> None:
    for entry in (ip.parse, ip.parse_html, ip.parse_text):
        with pytest.raises(ip.PathOrURLError, match="downloads nothing") as caught:
            entry(text)
        assert caught.value.kind == "url"


@pytest.mark.parametrize(
    "text",
    [
        "Why?",
        "The end.",
        "I saved the notes in notes.txt yesterday.",  # a sentence, not a name
        "Q: Where is it?\nA: In pages/a.html.",  # more than one line
        "<p>examples/interview.html</p>",  # markup
    ],
)
def test_text_that_mentions_a_path_is_still_text(text: str) -> None:
    assert isinstance(ip.parse(text), ip.Interview)


def test_a_missing_or_unreadable_file_is_a_source_read_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "gone.html"
    with pytest.raises(ip.SourceReadError) as caught:
        ip.parse(missing)
    assert caught.value.path == str(missing) == caught.value.source
    assert str(caught.value).startswith(f"{missing}: cannot read")
    with pytest.raises(ip.SourceReadError):
        ip.parse(tmp_path)  # a folder


def test_the_size_limit_is_checked_before_a_file_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    # a long interview (each exchange its own: an exchange repeated word for word is a
    # template's widget, not a conversation, and weighs against the page)
    long_interview = "".join(
        f"Q: Did you sleep well on night {n}?\n\nA: Like a log, on night {n} too.\n\n"
        for n in range(1, 60)
    )
    big.write_text(long_interview, encoding="utf-8")
    with pytest.raises(ip.InputTooLargeError) as caught:
        ip.parse(big, max_bytes=1000)
    assert caught.value.size == big.stat().st_size and caught.value.limit == 1000
    assert caught.value.source == str(big)
    assert ip.DEFAULT_MAX_BYTES == 64 * 1024 * 1024
    assert ip.parse(big, max_bytes=None).pairs


def test_errors_from_a_file_name_it_and_survive_pickling(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"   ")
    with pytest.raises(ip.EmptyInputError) as caught:
        ip.parse(empty)
    error = caught.value
    assert error.source == str(empty)
    assert str(error) == f"{empty}: {error.message}"
    clone = pickle.loads(pickle.dumps(error))
    assert clone == error and clone.source == str(empty)
    assert "source=" in repr(error)


def test_other_types_are_a_programming_error() -> None:
    with pytest.raises(TypeError, match=r"os\.PathLike"):
        ip.parse(42)  # type: ignore[arg-type]


# -- one signature ----------------------------------------------------------------------------


def test_the_three_entry_points_take_the_same_keyword_only_arguments() -> None:
    shapes = []
    for entry in (ip.parse, ip.parse_html, ip.parse_text):
        parameters = list(inspect.signature(entry).parameters.values())
        assert parameters[0].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        keywords = parameters[1:]
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in keywords)
        shapes.append([(p.name, p.default) for p in keywords])
    assert shapes[0] == shapes[1] == shapes[2]
    assert [name for name, _ in shapes[0]] == ["url", "profile", "max_bytes"]


def test_url_and_profile_reach_every_entry_point() -> None:
    page = HTML_EXAMPLE.read_bytes()
    url = "https://news.example/beekeeper"
    assert ip.parse(page, url=url).url == url
    assert ip.parse_html(page, url=url).url == url
    assert ip.parse_text(SHORT, url=url).url == url
    shop = profiles.Profile(name="shop", boilerplate_selectors={"promo": ["p"]})
    plain, profiled = ip.parse(page), ip.parse(page, profile=shop)
    assert profiled == ip.parse_html(page, profile=shop)
    assert any("profile shop" in (b.reason or "") for b in profiled.boilerplate)
    assert not any("profile shop" in (b.reason or "") for b in plain.boilerplate)
    assert ip.parse_text(SHORT, profile=shop) == ip.parse_text(SHORT)  # text has no markup


# -- batches ----------------------------------------------------------------------------------


def test_errors_takes_raise_return_or_skip(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    sources: list[ip.api.Source] = [SHORT, b"", missing, SHORT]
    returned = list(ip.parse_many(sources, errors="return"))
    assert [type(r).__name__ for r in returned] == [
        "Interview",
        "EmptyInputError",
        "SourceReadError",
        "Interview",
    ]
    skipped = list(ip.parse_many(sources, errors="skip"))
    assert skipped == [returned[0], returned[3]]
    with pytest.raises(ValueError, match="'raise', 'return' or 'skip'"):
        ip.parse_many(sources, errors="ignore")  # type: ignore[call-overload]


def test_a_raised_batch_error_names_its_source(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  ", encoding="utf-8")
    with pytest.raises(ip.EmptyInputError) as caught:
        list(ip.parse_many([TEXT_EXAMPLE, empty]))
    assert caught.value.source == str(empty)
    assert str(empty) in str(caught.value)
    with pytest.raises(ip.EmptyInputError) as caught:
        list(ip.parse_many([SHORT, b"  "]))
    assert caught.value.source == "sources[1]"
    assert str(caught.value).startswith("sources[1]: ")


def test_parse_many_takes_a_profile(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(HTML_EXAMPLE.read_bytes())
    shop = profiles.Profile(name="shop", boilerplate_selectors={"promo": ["p"]})
    (result,) = ip.parse_many([page], profile=shop)
    assert result == ip.parse(page, profile=shop)


_SPAWN_PRELUDE = """\
import multiprocessing
multiprocessing.set_start_method("spawn", force=True)  # as on macOS and Windows
"""


def test_parse_many_with_jobs_runs_under_the_spawn_start_method(tmp_path: Path) -> None:
    """A child started by "spawn" imports the main script again: code outside the
    ``__main__`` guard would start a pool of its own there and break the parent's."""
    script = tmp_path / "batch.py"
    script.write_text(
        _SPAWN_PRELUDE
        + textwrap.dedent(
            f"""
            from pathlib import Path

            import interviewparse as ip

            if __name__ == "__main__":
                assert multiprocessing.get_start_method() == "spawn"
                paths = sorted(Path({str(ROOT / "examples")!r}).glob("interview.*"))
                for path, iv in zip(paths, ip.parse_many(paths, jobs=2)):
                    print(path.name, len(iv.pairs))
            """
        ),
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["interview.html", "interview.txt"]
    assert all(int(line.split()[1]) > 0 for line in lines)


def _jobs_blocks() -> list[tuple[str, str]]:
    sys.path.insert(0, str(Path(__file__).parent))
    from test_docs import PAGES, python_blocks

    found = []
    for page in PAGES:
        for line, code in python_blocks(page.read_text(encoding="utf-8")):
            if "parse_many(" in code and "jobs=" in code:
                found.append((f"{page.name}:{line}", code))
    return found


def test_every_docs_snippet_with_jobs_is_guarded_and_runs_under_spawn(tmp_path: Path) -> None:
    blocks = _jobs_blocks()
    assert len(blocks) >= 2  # the README and the batch page show a process pool at least
    for name, code in blocks:
        assert 'if __name__ == "__main__":' in code, f"{name}: no __main__ guard"
        script = tmp_path / "snippet.py"
        script.write_text(_SPAWN_PRELUDE + code, encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, str(script)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert proc.returncode == 0, f"{name}: {proc.stderr[-2000:]}"
        assert proc.stdout.strip(), name


# -- decoding ---------------------------------------------------------------------------------


def test_valid_utf8_wins_over_a_declared_charset() -> None:
    """The documented order: byte-order mark, then valid UTF-8, then the declared charset.
    UTF-8 pages that declare latin-1 are common; legacy bytes that happen to be valid UTF-8
    beyond ASCII almost never occur."""
    body = "<p>Zoë Müller, Ångström and “quotes”.</p>" * 3
    mislabelled = f'<html><head><meta charset="iso-8859-1"></head><body>{body}</body></html>'
    assert "Zoë Müller" in ip.parse(mislabelled.encode("utf-8")).intro[0].text
    cyrillic = (
        '<html><head><meta charset="windows-1251"></head><body>'
        "<p>Москва, весна. Разговор о погоде и о море.</p></body></html>"
    )
    assert "Москва" in ip.parse(cyrillic.encode("windows-1251")).intro[0].text


def test_nul_characters_in_page_bytes_are_dropped_and_the_page_reads_the_same() -> None:
    """NUL bytes in a UTF-8 page (a broken download) are dropped, the text around them kept:
    the page parses as it does without them."""
    page = HTML_EXAMPLE.read_bytes()
    broken = page.replace(b"<p>", b"<p>\x00", 3).replace(b"</p>", b"\x00</p>", 2)
    assert broken != page
    assert ip.parse_html(broken).to_dict() == ip.parse_html(page).to_dict()
