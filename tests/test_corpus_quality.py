"""Quality gate: the referee's figures over the shared corpus must not fall below the floors
pinned in ``quality_floors.json`` (floors only move up; ceilings for leaks and invented pairs
only move down), for each of the corpus's two sets: the pages the rules were developed on, and
the real pages released from the sealed set (``RELEASED.txt``), pinned at what was measured when
they were released.

The figures are computed in-process with the referee's own ``score_doc``/``f1`` (imported from
``../shared/tools/score.py``), with ``ip.parse(path.read_bytes()).to_dict()`` as the prediction,
separately for the ``text`` and ``html`` parts of the corpus. Skips cleanly where the corpus or the
referee is absent.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from referee import CORPUS_SETS, corpus_set, documents, floors, load_referee, scores, totals


def _referee(corpus_dir: Path) -> ModuleType:
    return load_referee(corpus_dir.parent / "tools" / "score.py", "interviewparse_referee")


def _figures(corpus_dir: Path, name: str, fmt: str) -> dict[str, Any]:
    """The referee's totals for one set and format, as ``score.py`` computes them."""
    referee = _referee(corpus_dir)
    docs = [d for d in documents(corpus_dir / fmt) if corpus_set(corpus_dir, d[0]) == name]
    if not docs:
        pytest.skip(f"no {name} {fmt} gold files in {corpus_dir}")
    return totals(scores(referee, docs))


@pytest.mark.parametrize("fmt", ["text", "html"])
@pytest.mark.parametrize("name", CORPUS_SETS)
def test_quality_floors(corpus_dir: Path, name: str, fmt: str) -> None:
    pinned = floors("corpus", name, fmt)
    got = _figures(corpus_dir, name, fmt)
    detail = json.dumps(got, indent=1, ensure_ascii=False)[:3000]
    assert got["question_f1"] >= pinned["question_f1"], detail
    assert got["pair_accuracy"] >= pinned["pair_accuracy"], detail
    assert got["answer_f1"] >= pinned["answer_f1"], detail
    assert got["leak_rate"] <= pinned["max_leak_rate"], detail
    assert got["invented_pairs"] <= pinned["max_invented_pairs"], detail


def test_referee_f1_is_the_one_we_think(corpus_dir: Path) -> None:
    """Guard against a silently changed referee: identical text scores 1, disjoint text 0."""
    referee = _referee(corpus_dir)
    assert referee.f1("A question, asked?", "a question asked") == 1.0
    assert referee.f1("nothing shared", "at all") == 0.0
