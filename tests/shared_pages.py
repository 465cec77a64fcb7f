"""The real pages the tests read from ``../shared`` (beside the repository), where present."""

from __future__ import annotations

import functools
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def known_pages(*suffixes: str) -> list[Path]:
    """Every page of the fixtures, the examples and the shared corpus (where present) whose
    file name ends in one of ``suffixes``, in a stable order."""
    bases = [ROOT / "tests" / "fixtures", ROOT / "examples", SHARED / "corpus"]
    return [
        path
        for base in bases
        if base.is_dir()
        for path in sorted(base.rglob("*"))
        if path.is_file() and path.suffix in suffixes
    ]


@functools.lru_cache(maxsize=1)
def crawl_pages() -> tuple[tuple[str, bytes], ...]:
    """(name, bytes) of every page of the shared crawl (``crawl/pages.tar.xz``), or none."""
    packed = SHARED / "crawl" / "pages.tar.xz"
    if not packed.exists():
        return ()
    out: list[tuple[str, bytes]] = []
    with tarfile.open(packed) as tar:
        for member in tar:
            handle = tar.extractfile(member) if member.isfile() else None
            if handle is not None and member.name.endswith(".html"):
                out.append((Path(member.name).stem, handle.read()))
    return tuple(out)
