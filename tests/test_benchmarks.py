"""The benchmark scripts still run and still write the report their readers rely on.

Both scripts run as a user would (a subprocess, ``--quick`` on two documents) and their JSON is
checked for the expected keys. No timings are asserted: those belong to ``benchmarks/``.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"


def _run(script: str, corpus: Path, out: Path, *extra: str) -> dict[str, Any]:
    argv = [sys.executable, str(BENCHMARKS / script), "--corpus", str(corpus), "--quick"]
    argv += ["--limit", "2", "--json", str(out), *extra]
    proc = subprocess.run(
        argv,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def test_quality_report_keys(corpus_dir: Path, tmp_path: Path) -> None:
    report = _run("quality.py", corpus_dir, tmp_path / "quality.json")
    assert {"totals", "by_layout", "by_language", "by_format", "documents", "worst"} <= set(report)
    assert report["totals"]["docs"] == 2
    assert {"question_f1", "pair_accuracy", "answer_f1", "leak_rate"} <= set(report["totals"])
    for doc in report["documents"]:
        assert {"id", "layout", "language", "format", "score", "issues", "loss"} <= set(doc)
        for issue in doc["issues"]:
            assert issue["kind"] in {
                "error",
                "missed question",
                "split question",
                "merged question",
                "mis-bounded question",
                "invented pair",
                "weak answer",
                "leaked boilerplate",
            }
    assert sum(group["docs"] for group in report["by_format"].values()) == 2


@pytest.mark.parametrize(
    ("flags", "rounds_in"),
    [((), "a fresh process"), (("--warm",), "this process, after a warm-up round")],
)
def test_speed_report_keys(
    corpus_dir: Path, tmp_path: Path, flags: tuple[str, ...], rounds_in: str
) -> None:
    if not any((corpus_dir / "html").glob("*.html")):
        pytest.skip("no HTML pages in the corpus")
    report = _run(
        "speed.py",
        corpus_dir,
        tmp_path / "speed.json",
        "--rounds",
        "1",
        "--max-factor",
        "2",
        *flags,
    )
    assert report["settings"]["rounds_in"] == rounds_in
    assert {"machine", "versions", "settings", "pages", "summary", "ratios"} <= set(report)
    assert {"growth", "memory", "targets"} <= set(report)
    # (trafilatura, of the ``bench`` extra, is left out with a note where it is not installed)
    with_trafilatura = importlib.util.find_spec("trafilatura") is not None
    assert set(report["summary"]) == {"interviewparse", "lxml"} | (
        {"trafilatura"} if with_trafilatura else set()
    )
    assert len(report["pages"]) == 2
    assert {"ours_vs_trafilatura", "ours_vs_floor"} <= set(report["ratios"])
    assert (report["ratios"]["ours_vs_trafilatura"] is not None) is with_trafilatura
    assert [step["factor"] for step in report["growth"]["steps"]] == [1, 2]
    assert report["growth"]["steps"][1]["bytes"] > report["growth"]["steps"][0]["bytes"]
    assert report["memory"]["max_peak_per_input"] > 0
    assert {"python", "interviewparse", "trafilatura", "lxml", "bs4"} <= set(report["versions"])
    assert report["machine"]["cpu"]


def test_quality_exits_non_zero_having_measured_nothing(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(BENCHMARKS / "quality.py"), "--corpus", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 2
    assert "Nothing measured" in proc.stderr
