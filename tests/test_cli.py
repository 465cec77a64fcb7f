"""The command line: one input as the referee calls it, and batches of many."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import interviewparse as ip
from interviewparse import batch, cli
from interviewparse.cli import main

ROOT = Path(__file__).resolve().parent.parent
TEXT_EXAMPLE = ROOT / "examples" / "interview.txt"
HTML_EXAMPLE = ROOT / "examples" / "interview.html"

SHORT = "Q: Do you sleep well?\n\nA: Like a log, every night.\n\nQ: Always?\n\nA: Almost.\n"

Capture = pytest.CaptureFixture[str]


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "b.html").write_bytes(HTML_EXAMPLE.read_bytes())
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "sub" / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "skip.json").write_text("{}", encoding="utf-8")
    return tmp_path


# -- one input ------------------------------------------------------------------------------


def _plain(iv: ip.Interview) -> dict[str, object]:
    """``to_dict()`` as the command line prints it without --explain: no evidence list."""
    data = iv.to_dict()
    del data["evidence"]
    return data


def test_referee_call_prints_one_json_object(capsys: Capture) -> None:
    assert main([str(TEXT_EXAMPLE), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert isinstance(data, dict)
    assert "source" not in data
    assert "evidence" not in data  # the evidence comes with --explain
    parsed = ip.parse(TEXT_EXAMPLE.read_bytes())
    assert ip.Interview.from_dict(data) == attrs.evolve(parsed, evidence=())
    assert err == ""


def test_the_installed_command_works_as_the_referee_runs_it() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "interviewparse", str(HTML_EXAMPLE), "--format", "json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert isinstance(json.loads(proc.stdout), dict)


@pytest.mark.parametrize("fmt", ["markdown", "text", "jsonl"])
def test_other_formats_for_one_input(fmt: str, capsys: Capture) -> None:
    iv = ip.parse(TEXT_EXAMPLE.read_bytes())
    assert main([str(TEXT_EXAMPLE), "--format", fmt]) == 0
    out = capsys.readouterr().out
    expected = {
        "markdown": iv.to_markdown(),
        "text": iv.to_text(),
        "jsonl": json.dumps(_plain(iv), ensure_ascii=False) + "\n",
    }[fmt]
    assert out == expected


def test_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    monkeypatch.setattr(cli, "_read_stdin", lambda: SHORT.encode("utf-8"))
    assert main(["-", "--format", "json", "--url", "https://x.example/a"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["url"] == "https://x.example/a"
    assert data == _plain(ip.parse(SHORT, url="https://x.example/a"))


def test_output_file(tmp_path: Path, capsys: Capture) -> None:
    target = tmp_path / "out.md"
    assert main([str(TEXT_EXAMPLE), "-f", "markdown", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert target.read_text(encoding="utf-8") == ip.parse(TEXT_EXAMPLE.read_bytes()).to_markdown()


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", ip.EmptyInputError),
        (b"  \n\t\n", ip.EmptyInputError),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", ip.BinaryInputError),
    ],
)
def test_unusable_input_is_one_line_and_its_exit_code(
    content: bytes, error: type[ip.ParseError], tmp_path: Path, capsys: Capture
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert main([str(path)]) == error.exit_code != 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"interviewparse: {path}: ")
    assert "Traceback" not in err


def test_missing_file(tmp_path: Path, capsys: Capture) -> None:
    assert main([str(tmp_path / "nope.html")]) == 2
    err = capsys.readouterr().err
    assert "nope.html" in err and "cannot read" in err and err.count("\n") == 1


def test_too_large(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "long.txt"
    path.write_text(SHORT * 20, encoding="utf-8")
    assert main([str(path), "--max-bytes", "1K"]) == ip.InputTooLargeError.exit_code
    assert "limit" in capsys.readouterr().err
    assert main([str(path), "--max-bytes", "none"]) == 0


def test_internal_errors_are_one_line_unless_debug(
    monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    def broken(*args: object, **kwargs: object) -> ip.Interview:
        raise RuntimeError("boom")

    monkeypatch.setattr(batch, "parse", broken)
    assert main([str(TEXT_EXAMPLE)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1
    assert "internal error (RuntimeError: boom)" in err
    assert main([str(TEXT_EXAMPLE), "--debug"]) == 1
    assert "Traceback" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1000", 1000), ("2K", 2048), ("64M", 64 * 1024**2), ("1gb", 1024**3), ("none", None)],
)
def test_max_bytes_sizes(text: str, expected: int | None) -> None:
    assert cli._max_bytes(text) == expected


def test_bad_option_values_are_usage_errors(capsys: Capture) -> None:
    for argv in (["x", "--max-bytes", "lots"], ["x", "--jobs", "-1"], ["x", "--format", "xml"]):
        with pytest.raises(SystemExit) as caught:
            main(argv)
        assert caught.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


# -- batches --------------------------------------------------------------------------------


def test_batch_jsonl_reports_broken_files_and_goes_on(tmp_path: Path, capsys: Capture) -> None:
    root = _folder(tmp_path)
    assert main([str(root), "--format", "jsonl"]) == 1  # one file failed
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    sources = [Path(r["source"]).relative_to(root).as_posix() for r in records]
    assert sources == ["a.txt", "b.html", "sub/c.txt"]  # sorted, empty.txt left out
    assert records[0] == {"source": str(root / "a.txt"), **_plain(ip.parse(SHORT))}
    lines = err.splitlines()
    with pytest.raises(ip.EmptyInputError) as empty:
        ip.parse("   \n")
    assert lines[0] == f"interviewparse: {root / 'sub' / 'empty.txt'}: {empty.value}"
    pairs = sum(len(ip.parse(Path(r["source"]).read_bytes()).pairs) for r in records)
    interviews = sum(bool(r["pairs"]) for r in records)
    assert lines[-1].startswith(
        f"interviewparse: 4 files, {interviews} interview"
        + ("s" if interviews != 1 else "")
        + f", {pairs} pairs, 1 error in "
    )
    assert "Traceback" not in err


def test_batch_json_is_one_array_and_jobs_keep_the_order(tmp_path: Path, capsys: Capture) -> None:
    root = _folder(tmp_path)
    (root / "sub" / "empty.txt").unlink()
    assert main([str(root), "-f", "json"]) == 0
    serial = json.loads(capsys.readouterr().out)
    assert main([str(root), "-f", "json", "--jobs", "2"]) == 0
    pooled = json.loads(capsys.readouterr().out)
    assert isinstance(serial, list) and len(serial) == 3
    assert pooled == serial


def test_several_files_and_globs_make_a_batch(tmp_path: Path, capsys: Capture) -> None:
    root = _folder(tmp_path)
    target = tmp_path / "out.jsonl"
    argv = [str(root / "*.txt"), str(root / "b.html"), str(root / "missing.txt")]
    assert main([*argv, "-f", "jsonl", "-o", str(target)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    sources = [json.loads(line)["source"] for line in target.read_text("utf-8").splitlines()]
    assert sources == [str(root / "a.txt"), str(root / "b.html")]
    assert "missing.txt" in err and "1 error" in err


def test_a_folder_without_documents_is_an_error_saying_what_was_searched(
    tmp_path: Path, capsys: Capture
) -> None:
    (tmp_path / "nothing.json").write_text("{}", encoding="utf-8")
    assert main([str(tmp_path)]) == cli.EXIT_USAGE != 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert str(tmp_path) in err and "*.html" in err and "--glob" in err


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_batch_documents_are_headed_by_their_source(
    fmt: str, tmp_path: Path, capsys: Capture
) -> None:
    root = _folder(tmp_path)
    (root / "sub" / "empty.txt").unlink()
    assert main([str(root), "-f", fmt]) == 0
    out = capsys.readouterr().out
    for name in ("a.txt", "b.html", "sub/c.txt"):
        assert str(root / name) in out
    assert out.count("Do you sleep well?") == 2


def test_url_and_stdin_twice_are_refused_in_a_batch(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    with pytest.raises(SystemExit):
        main([str(root), "--url", "https://x.example/"])
    with pytest.raises(SystemExit):
        main(["-", "-"])


def test_progress_bar_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    root = _folder(tmp_path)
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main([str(root), "-f", "jsonl"]) == 1
    shown = terminal.getvalue()
    assert "empty.txt" in shown and "4 files" in shown
    assert "4/4" in shown  # the bar reached the end
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_progress_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(cli.make_progress(3, io.StringIO(), enabled=True), cli._Quiet)
    assert isinstance(cli.make_progress(3, FakeTerminal(), enabled=False), cli._Quiet)
    pytest.importorskip("tqdm")
    assert isinstance(cli.make_progress(3, FakeTerminal(), enabled=True), cli._Tqdm)


def test_without_tqdm_a_plain_counter_is_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # makes `import tqdm` fail
    terminal = FakeTerminal()
    progress = cli.make_progress(2, terminal, enabled=True)
    assert isinstance(progress, cli._Counter)
    progress.update()
    progress.write("interviewparse: x.txt: broken")
    progress.update()
    progress.close()
    shown = terminal.getvalue()
    assert "\r0/2 files" in shown and "\r2/2 files" in shown
    assert "interviewparse: x.txt: broken\n" in shown
