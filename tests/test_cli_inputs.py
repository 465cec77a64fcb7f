"""The command line's inputs: what it reads, what it refuses, and how it says so.

Standard input without ``-``; a folder or glob that yields nothing stops the run saying what
was searched; ``--glob`` widens a folder; a web address is refused in one line (nothing is
downloaded); ``--profile``; the exit codes the help and the docs list are the code's own.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import interviewparse as ip
from interviewparse import cli
from interviewparse.cli import main

ROOT = Path(__file__).resolve().parent.parent
HTML_EXAMPLE = ROOT / "examples" / "interview.html"
SHORT = "Q: Do you sleep well?\n\nA: Like a log, every night.\n\nQ: Always?\n\nA: Almost.\n"

Capture = pytest.CaptureFixture[str]


def _printed(iv: ip.Interview) -> dict[str, object]:
    """``to_dict()`` as the command line prints it without --explain: no evidence list."""
    data = iv.to_dict()
    del data["evidence"]
    return data


def _run(*argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "interviewparse", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_standard_input_is_read_without_a_dash_when_it_is_not_a_terminal() -> None:
    piped = _run(stdin=SHORT)
    assert piped.returncode == 0, piped.stderr
    assert json.loads(piped.stdout) == _printed(ip.parse(SHORT))
    dashed = _run("-", stdin=SHORT)
    assert dashed.stdout == piped.stdout


def test_no_input_on_a_terminal_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    monkeypatch.setattr(cli, "_stdin_is_terminal", lambda: True)
    with pytest.raises(SystemExit) as caught:
        main([])
    assert caught.value.code == 2
    assert "no input" in capsys.readouterr().err


def test_a_folder_of_other_files_says_what_was_searched_and_glob_widens_it(
    tmp_path: Path, capsys: Capture
) -> None:
    (tmp_path / "a.xhtml").write_bytes(HTML_EXAMPLE.read_bytes())
    (tmp_path / "b").write_text(SHORT, encoding="utf-8")  # no extension at all
    assert main([str(tmp_path)]) == cli.EXIT_USAGE != 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    for searched in ("*.html", "*.htm", "*.txt", "*.md", "subfolders"):
        assert searched in err
    assert main([str(tmp_path), "--glob", "*.xhtml", "-f", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(tmp_path / "a.xhtml")]
    assert main([str(tmp_path), "--glob", "*", "-f", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_an_unmatched_glob_is_an_error_not_a_missing_file(tmp_path: Path, capsys: Capture) -> None:
    pattern = str(tmp_path / "*.html")
    assert main([pattern]) == cli.EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{pattern}: no file matches this glob" in err
    assert "cannot read" not in err


def test_a_web_address_is_refused_in_one_line() -> None:
    proc = _run("https://news.example/2024/ferryman")
    assert proc.returncode == ip.PathOrURLError.exit_code == 2
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1
    assert proc.stderr.startswith("interviewparse: https://news.example/2024/ferryman: ")
    assert "downloads nothing" in proc.stderr and "curl" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_page_with_no_text_exits_with_its_documented_code(
    tmp_path: Path, capsys: Capture
) -> None:
    shell = tmp_path / "shell.html"
    shell.write_text(
        "<html><head><script>render()</script></head><body><div id='app'></div></body></html>",
        encoding="utf-8",
    )
    assert main([str(shell)]) == ip.NoTextContentError.exit_code == 8
    assert "JavaScript" in capsys.readouterr().err


def _documented_codes(text: str) -> set[int]:
    codes: set[int] = set()
    for first, last in re.findall(r"^\| (\d+)(?:[–-](\d+))? \|", text, re.MULTILINE):
        codes.update(range(int(first), int(last or first) + 1))
    return codes


def test_the_exit_codes_in_help_and_docs_are_the_codes_of_the_code() -> None:
    errors = [
        ip.ParseError,
        ip.EmptyInputError,
        ip.BinaryInputError,
        ip.UndecodableInputError,
        ip.InputTooLargeError,
        ip.NoTextContentError,
        ip.SourceReadError,
        ip.PathOrURLError,
    ]
    listed = dict(cli.exit_codes())
    for error in errors:
        assert error.exit_code in listed
        if error.exit_code >= 3:
            assert error.__name__ in listed[error.exit_code]
    help_text = " ".join(cli.build_parser().format_help().split())
    for code, meaning in cli.exit_codes():
        assert f"{code} {' '.join(meaning.split())}" in help_text
    cli_page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert _documented_codes(cli_page) == set(listed)
    errors_page = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    for error in errors:
        head = f"| `{error.__name__}`"
        row = next(line for line in errors_page.splitlines() if line.startswith(head))
        assert f"| {error.exit_code} |" in row, error.__name__


def test_the_summary_writes_numbers_as_the_docs_do() -> None:
    assert cli._plural(1204, "pair") == "1,204 pairs"
    assert cli._plural(1, "file") == "1 file"
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert "1,204 pairs" in page


def test_profile_by_file_or_by_name(tmp_path: Path, capsys: Capture) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(HTML_EXAMPLE.read_bytes())
    one = tmp_path / "shop.json"
    one.write_text(
        json.dumps({"name": "shop", "boilerplate_selectors": {"promo": ["p"]}}), encoding="utf-8"
    )
    assert main([str(page), "--profile", str(one)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any(b["reason"] == "profile shop: p" for b in data["boilerplate"])
    several = tmp_path / "shops.json"
    several.write_text(
        json.dumps([{"name": "shop", "domains": ["shop.example"], "question_selector": "h2"}]),
        encoding="utf-8",
    )
    url = "https://www.shop.example/a"
    assert main([str(page), "--profile", str(several), "--url", url]) == 0
    by_url = json.loads(capsys.readouterr().out)
    registry = ip.profiles.load_profiles(several)
    assert by_url == _printed(ip.parse(page, url=url, profile=registry))
    assert main([str(page), "--profile", "example"]) == 0
    capsys.readouterr()
    with pytest.raises(SystemExit) as caught:
        main([str(page), "--profile", "no-such-profile"])
    assert caught.value.code == 2
    assert "built-in: example" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"name": "x", "colour": "red"}), encoding="utf-8")
    with pytest.raises(SystemExit):
        main([str(page), "--profile", str(bad)])
    assert "unknown profile field(s) colour" in capsys.readouterr().err
