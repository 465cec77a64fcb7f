"""The docs stay true: every ```python block of README.md and docs/*.md runs, and so do the
example scripts.

The blocks of one page run in order in one namespace (a page is a story: later blocks use what
earlier ones made), with the repository root as working directory. A block preceded by an
HTML comment starting ``<!-- no-exec`` is skipped (say why in the comment: it needs a Spark
cluster, say). A page whose blocks import an optional extra that is not installed is skipped.

Like doctest's globals, three placeholder names are predefined, so a snippet can stand for
"your input" without a line of set-up: ``data`` (the bytes of ``examples/interview.html``),
``html`` (the same as ``str``) and ``text`` (``examples/interview.txt`` as ``str``).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
EXAMPLE_SCRIPTS = sorted((ROOT / "examples").glob("*.py"))

_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>```+|~~~+)\s*(?P<info>[^\n`]*)$")
_SKIP = re.compile(r"^\s*<!--\s*no-exec\b")
_OPTIONAL = ("dask", "pandas", "pyarrow", "jsonschema", "matplotlib")


def python_blocks(text: str) -> list[tuple[int, str]]:
    """The ``python`` code blocks of a Markdown text: (line number, code), skips left out."""
    blocks: list[tuple[int, str]] = []
    lines = text.splitlines()
    i = 0
    previous = ""
    while i < len(lines):
        match = _FENCE.match(lines[i])
        if match is None:
            if lines[i].strip():
                previous = lines[i]
            i += 1
            continue
        fence, info = match.group("fence"), match.group("info").strip().split()
        start = i + 1
        i += 1
        while i < len(lines) and not lines[i].strip().startswith(fence):
            i += 1
        body = "\n".join(lines[start:i])
        language = info[0] if info else ""
        if language in ("python", "py") and not _SKIP.match(previous):
            blocks.append((start + 1, body))
        previous = ""
        i += 1
    return blocks


def test_the_extractor_finds_blocks_and_honours_skips() -> None:
    text = "\n".join(
        [
            "Intro",
            "```python",
            "a = 1",
            "```",
            "<!-- no-exec: needs a cluster -->",
            "```python",
            "raise SystemExit",
            "```",
            "```console",
            "$ interviewparse x",
            "```",
            "```py",
            "b = a + 1",
            "```",
        ]
    )
    assert python_blocks(text) == [(3, "a = 1"), (13, "b = a + 1")]


def test_there_are_docs_to_check() -> None:
    assert len([p for p in PAGES if python_blocks(p.read_text("utf-8"))]) >= 5


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_python_blocks_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = python_blocks(page.read_text(encoding="utf-8"))
    if not blocks:
        pytest.skip("no python blocks")
    source = "\n".join(code for _, code in blocks)
    for module in _OPTIONAL:
        if re.search(rf"^\s*(import|from)\s+{module}\b", source, re.MULTILINE):
            pytest.importorskip(module)
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("MPLBACKEND", "Agg")
    html = (ROOT / "examples" / "interview.html").read_bytes()
    namespace: dict[str, object] = {
        # run as a script runs: the code under `if __name__ == "__main__":` too
        "__name__": "__main__",
        "data": html,
        "html": html.decode("utf-8"),
        "text": (ROOT / "examples" / "interview.txt").read_text(encoding="utf-8"),
    }
    for line, code in blocks:
        compiled = compile(code, f"{page.relative_to(ROOT)}:{line}", "exec")
        exec(compiled, namespace)


@pytest.mark.parametrize("script", EXAMPLE_SCRIPTS, ids=lambda p: p.name)
def test_example_scripts_run(script: Path, tmp_path: Path) -> None:
    text = script.read_text(encoding="utf-8")
    for module in _OPTIONAL:
        if re.search(rf"^\s*(import|from)\s+{module}\b", text, re.MULTILINE):
            pytest.importorskip(module)
    proc = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,  # the scripts find the examples next to themselves, not via the cwd
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip()
    assert "Traceback" not in proc.stderr


QUICKSTART = [
    "python3 -m venv .venv && .venv/bin/pip install . && "
    ".venv/bin/interviewparse examples/interview.txt --format markdown",
    '.venv/bin/pip install ".[test]" && .venv/bin/pytest',
]


def test_readme_quickstart_is_two_commands_in_a_virtual_environment() -> None:
    """Two set-up commands that work on a system Python that refuses ``pip install`` outside
    a virtual environment (Debian's ``externally-managed-environment``), with double quotes
    only (Windows ``cmd`` does not know single quotes); CI runs both verbatim."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"## Quickstart.*?```console\n(.*?)```", readme, re.DOTALL)
    assert match is not None
    commands = match.group(1).strip().splitlines()
    assert commands == QUICKSTART
    assert all("'" not in command for command in commands)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in commands:
        assert f"\n{command} " in ci or f"\n{command}\n" in ci, command


def test_the_quickstart_example_parses(tmp_path: Path) -> None:
    """The first command's last step, with this interpreter's package (the install itself is
    what CI runs, in a fresh copy of the checkout)."""
    argv = QUICKSTART[0].split(" && ")[-1].split()
    assert argv[0] == ".venv/bin/interviewparse"
    proc = subprocess.run(
        [sys.executable, "-m", "interviewparse", *argv[1:]],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    import interviewparse as ip

    expected = ip.parse((ROOT / "examples" / "interview.txt").read_bytes()).to_markdown()
    assert proc.stdout == expected
    assert len(ip.parse((ROOT / "examples" / "interview.txt").read_bytes()).pairs) >= 3


def test_install_instructions_never_point_at_the_package_index() -> None:
    """interviewparse is not on the package index: every install line installs the checkout
    (``pip install ".[extra]"``) or a wheel built from it, with double quotes."""
    pages = [*PAGES, ROOT / "CONTRIBUTING.md", *EXAMPLE_SCRIPTS]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "interviewparse[" not in text, page.name
        for line in text.splitlines():
            if "pip install" in line:
                assert "'" not in line.split("pip install", 1)[1].split("#")[0], (page.name, line)


def test_every_docs_page_is_in_the_nav() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in (ROOT / "docs").glob("*.md"):
        assert f": {page.name}" in config, f"{page.name} is not in mkdocs.yml's nav"
