"""docs/crawl.md runs as a script, as a reader would run it: ``__name__ == "__main__"``, the
Dask step on real worker processes (tests/test_docs.py runs the same blocks in-process, where
the guarded step does not run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from test_docs import python_blocks

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "crawl.md"


def test_the_crawl_page_runs_as_a_script(tmp_path: Path) -> None:
    for module in ("warcio", "dask", "pandas", "pyarrow"):
        pytest.importorskip(module)
    blocks = python_blocks(PAGE.read_text(encoding="utf-8"))
    script = tmp_path / "crawl_page.py"
    script.write_text("\n\n".join(code for _, code in blocks) + "\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(script)],
        cwd=ROOT,  # the page reads examples/ as a reader in a checkout would
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    out = proc.stdout
    assert "3 records in 1 archive: 3 pages parsed (2 interviews), 0 errors, 0 skipped" in out
    assert "https://example.org/beekeeper" in out and "https://example.org/bridge" not in out
    assert "7 pairs from 2 interviews" in out  # the Dask step's Parquet table, read back
    assert "https://example.org/hydrologist" in out
    assert "('Ines Holloway',) None" in out  # find_interview: the interview, then none
