"""The README's first quickstart command and the basics it promises."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import interviewparse as ip

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def test_example_parses_to_an_interview() -> None:
    iv = ip.parse((EXAMPLES / "interview.txt").read_bytes())
    assert isinstance(iv, ip.Interview)
    assert iv.title is not None
    assert iv.is_interview


def test_round_trip_dict() -> None:
    iv = ip.parse((EXAMPLES / "interview.txt").read_text(encoding="utf-8"))
    assert ip.Interview.from_dict(iv.to_dict()) == iv


def test_the_public_surface() -> None:
    for name in ip.__all__:
        assert hasattr(ip, name), name
    assert ip.__version__.count(".") >= 1


def _console_script() -> str:
    """The installed ``interviewparse`` command beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / "interviewparse"
    found = str(beside) if beside.exists() else shutil.which("interviewparse")
    if found is None:
        pytest.skip("the interviewparse command is not installed")
    return found


def test_readme_first_command_prints_markdown() -> None:
    # `interviewparse examples/interview.txt --format markdown`, run from the repository root
    proc = subprocess.run(
        [_console_script(), "examples/interview.txt", "--format", "markdown"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("# ")
    assert "**" in proc.stdout  # questions are set in bold
    assert proc.stdout == ip.parse((EXAMPLES / "interview.txt").read_bytes()).to_markdown()
