"""The JSON output, pinned: a refactor must not change what any document parses to.

Every page of ``../shared/corpus`` (skipped cleanly where it is absent), every fixture under
``tests/fixtures`` and every example under ``examples/`` is parsed with ``interviewparse.parse``;
the sha256 of its canonical JSON (``to_dict()`` with sorted keys) is compared with the one
recorded in ``tests/output_snapshot.json``. A failure lists the documents whose output changed.

When output changes on purpose (a better rule, a new key), look at what changed, then record the
new output::

    python tests/test_output_snapshot.py --update

and commit ``tests/output_snapshot.json`` with the change that caused it. Run it with the shared
corpus present, or its pages' entries are dropped from the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "tests" / "output_snapshot.json"
CORPUS = Path(os.environ.get("INTERVIEWPARSE_CORPUS", ROOT.parent / "shared" / "corpus"))
#: Pages kept aside for measurement, by the sha256 of their bytes: never read.
RESERVED = CORPUS.parent / "reserved.sha256"
_SUFFIXES = (".html", ".htm", ".txt", ".md")


def _reserved() -> frozenset[str]:
    if not RESERVED.is_file():
        return frozenset()
    lines = RESERVED.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split()[0] for line in lines if line.strip() and line[0] != "#")


def _documents(base: Path, name: str, dirs: tuple[str, ...] = ("",)) -> Iterator[tuple[str, Path]]:
    """(key, path) for every document under ``base``'s ``dirs``, the key prefixed by ``name``."""
    for sub in dirs:
        folder = base / sub if sub else base
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in _SUFFIXES:
                yield f"{name}/{path.relative_to(base).as_posix()}", path


def corpus_documents() -> list[tuple[str, Path]]:
    """The shared corpus's pages (its html/ and text/ folders), none that is reserved."""
    reserved = _reserved()
    return [
        (key, path)
        for key, path in _documents(CORPUS, "corpus", ("html", "text"))
        if hashlib.sha256(path.read_bytes()).hexdigest() not in reserved
    ]


def own_documents() -> list[tuple[str, Path]]:
    """The project's own documents: test fixtures and examples."""
    return [
        *_documents(ROOT / "tests" / "fixtures", "fixtures"),
        *_documents(ROOT / "examples", "examples"),
    ]


def digest(path: Path) -> str:
    """The sha256 of the document's output as canonical JSON (sorted keys, no spaces)."""
    import interviewparse as ip

    data = ip.parse(path.read_bytes()).to_dict()
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def recorded() -> dict[str, str]:
    data: dict[str, str] = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    return data


def changes(
    documents: list[tuple[str, Path]], pinned: dict[str, str], prefixes: tuple[str, ...]
) -> list[str]:
    """What differs between the documents' output and the pins whose keys start with one of
    ``prefixes``: one line each for a changed, a new and a vanished document."""
    out = []
    seen = set()
    for key, path in documents:
        seen.add(key)
        if key not in pinned:
            out.append(f"new:     {key}")
        elif digest(path) != pinned[key]:
            out.append(f"changed: {key}")
    out += [
        f"gone:    {key}" for key in sorted(pinned) if key.startswith(prefixes) and key not in seen
    ]
    return out


def _explain(lines: list[str]) -> str:
    return (
        f"the JSON output of {len(lines)} document(s) differs from tests/output_snapshot.json:\n  "
        + "\n  ".join(lines)
        + "\nIf the change is intended, run: python tests/test_output_snapshot.py --update"
    )


def test_own_documents_parse_as_recorded() -> None:
    lines = changes(own_documents(), recorded(), ("fixtures/", "examples/"))
    assert not lines, _explain(lines)


def test_corpus_pages_parse_as_recorded() -> None:
    import pytest

    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    lines = changes(corpus_documents(), recorded(), ("corpus/",))
    assert not lines, _explain(lines)


def update() -> int:
    """Record the current output of every document (run from anywhere)."""
    documents = own_documents()
    if CORPUS.is_dir():
        documents += corpus_documents()
    else:
        print(f"warning: no corpus at {CORPUS}; its pages are left out", file=sys.stderr)
    pins = {key: digest(path) for key, path in documents}
    old = recorded() if SNAPSHOT.is_file() else {}
    SNAPSHOT.write_text(json.dumps(pins, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    changed = sorted(k for k in pins.keys() | old.keys() if pins.get(k) != old.get(k))
    print(f"{len(pins)} documents recorded in {SNAPSHOT.name}; {len(changed)} changed")
    for key in changed:
        print("  ", key)
    return 0


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        print("usage: python tests/test_output_snapshot.py --update", file=sys.stderr)
        sys.exit(2)
    sys.exit(update())
