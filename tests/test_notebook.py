"""examples/quickstart.ipynb is committed executed (outputs kept, in order, no errors) and still
runs top to bottom, showing a realistic page end to end."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"
PAGE = ROOT / "examples" / "glacier-interview.html"


def _shown(cells: list[Any]) -> tuple[str, set[str]]:
    """Everything the code cells show, as text, and the MIME types of their rich outputs."""
    text, mimes = [], set()
    for cell in cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                text.append("".join(out.get("text", "")))
            for mime, value in out.get("data", {}).items():
                mimes.add(mime)
                if mime.startswith("text/"):
                    text.append("".join(value) if isinstance(value, list) else value)
    return "\n".join(text), mimes


def _check_outputs(cells: list[Any]) -> None:
    code = [cell for cell in cells if cell["cell_type"] == "code"]
    assert code, "the notebook has no code cells"
    assert not [o for c in code for o in c["outputs"] if o.get("output_type") == "error"]
    text, mimes = _shown(code)
    assert "glacier-interview.html" in text
    assert "interviewparse-interview" in text  # the Interview's notebook table
    assert "answer_words" in text  # the pairs as a DataFrame
    assert "image/png" in mimes  # the plot
    assert "promo" in text and "reason" in text  # boilerplate by kind, with reasons
    assert "is an interview: True" in text and "confidence 0." in text
    assert "weight" in text  # the evidence table
    assert "'question': 7" in text  # the explained blocks by role


def test_notebook_is_committed_executed_in_order() -> None:
    data = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [cell for cell in data["cells"] if cell["cell_type"] == "code"]
    counts = [cell["execution_count"] for cell in code]
    assert counts == list(range(1, len(code) + 1)), "run the notebook top to bottom, then commit"
    _check_outputs(data["cells"])


def test_notebook_page_is_invented_and_shipped() -> None:
    html = PAGE.read_text(encoding="utf-8")
    assert ".example/" in html  # an invented site, on a reserved domain


def test_notebook_runs_top_to_bottom(monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    for module in ("ipykernel", "pandas", "matplotlib"):
        pytest.importorskip(module)
    # A headless plotting backend for the kernel, which inherits the environment.
    monkeypatch.setenv("MPLBACKEND", "Agg")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    client = nbclient.NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError, with the cell and traceback, on any failure
    _check_outputs(notebook.cells)
    assert os.environ["MPLBACKEND"] == "Agg"
