"""examples/quickstart.ipynb is committed clean and runs top to bottom."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"


def test_notebook_is_committed_with_outputs_cleared() -> None:
    data = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [cell for cell in data["cells"] if cell["cell_type"] == "code"]
    assert code, "the notebook has no code cells"
    for cell in code:
        assert cell["outputs"] == [], "clear the notebook's outputs before committing"
        assert cell["execution_count"] is None


def test_notebook_runs_top_to_bottom(monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    for module in ("ipykernel", "pandas", "matplotlib"):
        pytest.importorskip(module)
    # A headless plotting backend for the kernel, which inherits the environment.
    monkeypatch.setenv("MPLBACKEND", "Agg")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError, with the cell and traceback, on any failure
    outputs = [out for cell in notebook.cells for out in cell.get("outputs", [])]
    assert not [out for out in outputs if out.get("output_type") == "error"]
    text = "".join(
        out.get("text", "") + json.dumps(out.get("data", {}))
        for out in outputs
        if out.get("output_type") in ("stream", "execute_result", "display_data")
    )
    assert "interview.html" in text and "interview.txt" in text
    assert "answer_words" in text  # the DataFrame was shown
    assert os.environ["MPLBACKEND"] == "Agg"
