"""The referee (``../shared/tools/score.py``) run in-process, for the quality tests.

``tests/test_corpus_quality.py`` (the shared corpus) and ``tests/test_fixture_quality.py``
(the fixture sets written for this project) score documents the way
``score.py`` does: its own ``score_doc`` on ``ip.parse(path.read_bytes()).to_dict()``, summed
into the totals it prints.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import interviewparse as ip

Document = tuple[str, dict[str, Any], Path]


def load_referee(path: Path, name: str) -> ModuleType:
    """Import ``score.py`` at ``path`` as module ``name``; skip the test when it is absent."""
    if not path.exists():
        pytest.skip(f"referee not found at {path}")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def documents(folder: Path, *, recursive: bool = False) -> list[Document]:
    """(stem, gold, document) for every ``*.gold.json`` in ``folder`` (and below, with
    ``recursive``), each with the one document beside it."""
    out = []
    golds = folder.rglob("*.gold.json") if recursive else folder.glob("*.gold.json")
    for gpath in sorted(golds):
        stem = gpath.name[: -len(".gold.json")]
        docs = [p for p in gpath.parent.glob(stem + ".*") if not p.name.endswith(".gold.json")]
        assert len(docs) == 1, f"{stem}: expected one document beside its gold file"
        out.append((stem, json.loads(gpath.read_text(encoding="utf-8")), docs[0]))
    return out


def scores(referee: ModuleType, docs: list[Document]) -> dict[str, dict[str, Any]]:
    """The referee's per-document scores, each with its gold under ``"gold"``."""
    return {
        stem: {**referee.score_doc(gold, ip.parse(doc.read_bytes()).to_dict()), "gold": gold}
        for stem, gold, doc in docs
    }


def totals(scored: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The totals ``score.py`` prints, from per-document scores; ``people`` over the documents
    whose gold names interviewees, and the failures by document for assertion messages."""
    gold_q = sum(s["gold_q"] for s in scored.values())
    pred_q = sum(s["pred_q"] for s in scored.values())
    tp_q = sum(s["tp_q"] for s in scored.values())
    precision = tp_q / pred_q if pred_q else (1.0 if not gold_q else 0.0)
    recall = tp_q / gold_q if gold_q else 1.0
    answer_f1s = [a for s in scored.values() for a in s["answer_f1"]]
    snippets = sum(s["snippets"] for s in scored.values())
    with_people = [s for s in scored.values() if s["gold"]["interviewees"]]
    return {
        "question_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "pair_accuracy": sum(s["good_pairs"] for s in scored.values()) / gold_q if gold_q else 1.0,
        "answer_f1": sum(answer_f1s) / len(answer_f1s) if answer_f1s else 1.0,
        "leak_rate": sum(len(s["leaks"]) for s in scored.values()) / snippets if snippets else 0.0,
        "invented_pairs": sum(s["invented"] for s in scored.values()),
        "people": (
            sum(bool(s["people_ok"]) for s in with_people) / len(with_people)
            if with_people
            else 1.0
        ),
        "failures": {
            stem: [f"q {s['tp_q']}/{s['gold_q']} pred {s['pred_q']}", *s["leaks"]]
            for stem, s in scored.items()
            if s["tp_q"] < s["gold_q"] or s["pred_q"] > s["gold_q"] or s["invented"] or s["leaks"]
        },
    }


#: The two sets of ``../shared/corpus``: the pages the rules were developed on, and the real pages
#: kept sealed until they were released (listed in the corpus's ``RELEASED.txt``). Each has floors
#: of its own: the released set is the measure of how the rules meet pages they were not built on.
CORPUS_SETS = ("developed", "released")


def released_ids(corpus_dir: Path) -> frozenset[str]:
    """Ids of the corpus documents released from the sealed set (``RELEASED.txt``; none where
    the file is absent)."""
    path = corpus_dir / "RELEASED.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def corpus_set(corpus_dir: Path, stem: str) -> str:
    """Which of :data:`CORPUS_SETS` the corpus document ``stem`` belongs to."""
    return "released" if stem in released_ids(corpus_dir) else "developed"


def floors(*path: str) -> Any:
    """The floors pinned in ``tests/quality_floors.json`` (the one home of every quality floor),
    looked up by key path, e.g. ``floors("corpus", "released", "html")``."""
    node: Any = json.loads((Path(__file__).parent / "quality_floors.json").read_text("utf-8"))
    for key in path:
        node = node[key]
    return node
