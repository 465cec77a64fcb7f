"""Quality gate: the referee's figures over the shared corpus must not fall below the floors
pinned in ``quality_floors.json`` (floors only move up; ceilings for leaks and invented pairs
only move down).

The figures are computed in-process with the referee's own ``score_doc``/``f1`` (imported from
``../shared/tools/score.py``), with ``ip.parse(path.read_bytes()).to_dict()`` as the prediction,
separately for the ``text`` and ``html`` parts of the corpus. Skips cleanly where the corpus or the
referee is absent.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import interviewparse as ip

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))


def _referee(corpus_dir: Path) -> ModuleType:
    path = corpus_dir.parent / "tools" / "score.py"
    if not path.exists():
        pytest.skip(f"referee not found at {path}")
    spec = importlib.util.spec_from_file_location("interviewparse_referee", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _figures(corpus_dir: Path, fmt: str) -> dict[str, Any]:
    """The referee's totals for one format, as ``score.py`` computes them."""
    referee = _referee(corpus_dir)
    golds = sorted((corpus_dir / fmt).glob("*.gold.json"))
    if not golds:
        pytest.skip(f"no {fmt} gold files in {corpus_dir}")
    gold_q = pred_q = tp_q = good = snippets = leaks = invented = 0
    answer_f1s: list[float] = []
    failures: dict[str, list[str]] = {}
    for gpath in golds:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        stem = gpath.name[: -len(".gold.json")]
        docs = [p for p in gpath.parent.glob(stem + ".*") if not p.name.endswith(".gold.json")]
        if not docs:
            continue
        pred = ip.parse(docs[0].read_bytes()).to_dict()
        s = referee.score_doc(gold, pred)
        gold_q += s["gold_q"]
        pred_q += s["pred_q"]
        tp_q += s["tp_q"]
        good += s["good_pairs"]
        snippets += s["snippets"]
        leaks += len(s["leaks"])
        invented += s["invented"]
        answer_f1s += s["answer_f1"]
        if s["tp_q"] < s["gold_q"] or s["invented"] or s["leaks"]:
            failures[stem] = [f"q {s['tp_q']}/{s['gold_q']} pred {s['pred_q']}"] + s["leaks"]
    precision = tp_q / pred_q if pred_q else (1.0 if not gold_q else 0.0)
    recall = tp_q / gold_q if gold_q else 1.0
    return {
        "question_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "pair_accuracy": good / gold_q if gold_q else 1.0,
        "answer_f1": sum(answer_f1s) / len(answer_f1s) if answer_f1s else 1.0,
        "leak_rate": leaks / snippets if snippets else 0.0,
        "invented_pairs": invented,
        "failures": failures,
    }


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_quality_floors(corpus_dir: Path, fmt: str) -> None:
    floors = FLOORS[fmt]
    got = _figures(corpus_dir, fmt)
    detail = json.dumps(got, indent=1, ensure_ascii=False)[:3000]
    assert got["question_f1"] >= floors["question_f1"], detail
    assert got["pair_accuracy"] >= floors["pair_accuracy"], detail
    assert got["answer_f1"] >= floors["answer_f1"], detail
    assert got["leak_rate"] <= floors["max_leak_rate"], detail
    assert got["invented_pairs"] <= floors["max_invented_pairs"], detail


def test_referee_f1_is_the_one_we_think(corpus_dir: Path) -> None:
    """Guard against a silently changed referee: identical text scores 1, disjoint text 0."""
    referee = _referee(corpus_dir)
    assert referee.f1("A question, asked?", "a question asked") == 1.0
    assert referee.f1("nothing shared", "at all") == 0.0
