"""Scoring against gold files (``interviewparse.evaluate``, ``interviewparse-evaluate``): the
figures agree with the project's referee, document by document and in total, and the command
says so when there was nothing to score."""

from __future__ import annotations

import collections
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import interviewparse as ip
from interviewparse.evaluation import gold_documents, main, score_document, word_f1

ROOT = Path(__file__).resolve().parent.parent
TEXT_EXAMPLE = ROOT / "examples" / "interview.txt"

Capture = pytest.CaptureFixture[str]


def _referee(corpus_dir: Path) -> ModuleType:
    path = corpus_dir.parent / "tools" / "score.py"
    if not path.is_file():
        pytest.skip(f"referee not found at {path}")
    spec = importlib.util.spec_from_file_location("_referee_for_evaluation", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _referee_totals(scored: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, object]:
    """What ``score.py`` prints, from its own ``score_doc`` results (its ``main`` runs a
    subprocess per document, so its totals arithmetic is copied here)."""
    tot: collections.Counter[str] = collections.Counter()
    answer_f1s: list[float] = []
    for gold, s in scored:
        answer_f1s += s["answer_f1"]
        tot["docs"] += 1
        tot["right"] += s["right"]
        for key in ("gold_q", "pred_q", "tp_q", "good_pairs", "snippets", "invented"):
            tot[key] += s[key]
        tot["leaks"] += len(s["leaks"])
        tot["controls"] += not gold.get("is_interview", True)
        tot["people_docs"] += bool(gold.get("interviewees"))
        tot["people_ok"] += bool(gold.get("interviewees")) and s["people_ok"]
    p = tot["tp_q"] / tot["pred_q"] if tot["pred_q"] else 1.0
    r = tot["tp_q"] / tot["gold_q"] if tot["gold_q"] else 1.0
    return {
        "docs": tot["docs"],
        "errors": 0,
        "docs_right": round(tot["right"] / tot["docs"], 4),
        "question_precision": round(p, 4),
        "question_recall": round(r, 4),
        "question_f1": round(2 * p * r / (p + r), 4),
        "pair_accuracy": round(tot["good_pairs"] / tot["gold_q"], 4),
        "answer_f1": round(sum(answer_f1s) / len(answer_f1s), 4),
        "leak_rate": round(tot["leaks"] / tot["snippets"], 4),
        "invented_pairs": tot["invented"],
        "controls": tot["controls"],
        "interviewee_accuracy": round(tot["people_ok"] / tot["people_docs"], 4),
    }


def test_figures_agree_with_the_referee_on_the_corpus(corpus_dir: Path) -> None:
    referee = _referee(corpus_dir)
    result = ip.evaluate([corpus_dir / "html", corpus_dir / "text"])
    assert result.docs > 40 and result.errors == 0
    by_path = {doc.path: doc for doc in result.documents}
    scored = []
    for gold_path, doc_path in gold_documents([corpus_dir / "html", corpus_dir / "text"]):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        theirs = referee.score_doc(gold, ip.parse(doc_path.read_bytes()).to_dict())
        scored.append((gold, theirs))
        ours = by_path[str(doc_path)]
        assert (
            ours.right,
            ours.gold_questions,
            ours.predicted_questions,
            ours.matched_questions,
            ours.good_pairs,
            list(ours.answer_f1),
            ours.snippets,
            list(ours.leaks),
            ours.invented,
            ours.people_ok,
        ) == (
            theirs["right"],
            theirs["gold_q"],
            theirs["pred_q"],
            theirs["tp_q"],
            theirs["good_pairs"],
            theirs["answer_f1"],
            theirs["snippets"],
            theirs["leaks"],
            theirs["invented"],
            theirs["people_ok"],
        ), doc_path.name
    assert len(scored) == result.docs
    assert result.totals() == _referee_totals(scored)


def test_word_f1_normalises_as_the_referee_does(corpus_dir: Path) -> None:
    referee = _referee(corpus_dir)
    cases = [
        ("“Quoted” — text", '"quoted" - text'),
        ("ﬁne print", "fine print"),
        ("", ""),
        ("one two two", "two one"),
        ("nothing", "shared"),
    ]
    for pred, gold in cases:
        assert word_f1(pred, gold) == referee.f1(pred, gold)


def _gold_for(path: Path, *, is_interview: bool = True) -> dict[str, object]:
    iv = ip.parse(path.read_bytes())
    return {
        "id": path.stem,
        "format": "text",
        "language": "en",
        "is_interview": is_interview,
        "layout": "plain",
        "interviewees": list(iv.interviewees),
        "intro": [p.text for p in iv.intro],
        "pairs": [{"question": p.question.text, "answer": p.answer.text} for p in iv.pairs]
        if is_interview
        else [],
        "outro": [],
        "boilerplate": ["Subscribe to the Riverside Courier newsletter today"],
    }


def _corpus(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_bytes(TEXT_EXAMPLE.read_bytes())
    gold = _gold_for(TEXT_EXAMPLE)
    (tmp_path / "good.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "control.txt").write_bytes(TEXT_EXAMPLE.read_bytes())
    control = _gold_for(TEXT_EXAMPLE, is_interview=False)
    (tmp_path / "control.gold.json").write_text(json.dumps(control), encoding="utf-8")
    (tmp_path / "empty.txt").write_text(" \n", encoding="utf-8")
    (tmp_path / "empty.gold.json").write_text(json.dumps(control), encoding="utf-8")
    return tmp_path


def test_an_own_corpus_scores_right_wrong_and_failed_documents(tmp_path: Path) -> None:
    result = ip.evaluate([_corpus(tmp_path)])
    docs = {Path(doc.path).name: doc for doc in result.documents}
    assert docs["good.txt"].right and docs["good.txt"].error is None
    assert docs["control.txt"].invented == len(ip.parse(TEXT_EXAMPLE.read_bytes()).pairs) > 0
    assert not docs["control.txt"].right
    assert docs["empty.txt"].error and "EmptyInputError" in docs["empty.txt"].error
    assert (result.docs, result.errors, result.controls) == (3, 1, 2)
    assert result.docs_right == round(1 / 3, 4)
    assert result.question_recall == 1.0 and result.question_precision == 0.5
    assert result.leak_rate == 0.0


def test_the_command_prints_rows_and_totals(tmp_path: Path, capsys: Capture) -> None:
    corpus = _corpus(tmp_path)
    assert main([str(corpus)]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 4 and lines[-1].startswith("docs=3 errors=1 docs_right=0.3333")
    assert "INVENTED" in captured.out and "ERR " in captured.out
    assert "empty" in captured.err
    assert main([str(corpus), "--json", "-q"]) == 0
    totals = json.loads(capsys.readouterr().out)
    assert totals == ip.evaluate([corpus]).totals()


def test_the_command_fails_when_nothing_was_scored(tmp_path: Path, capsys: Capture) -> None:
    (tmp_path / "page.html").write_text("<p>no gold beside me</p>", encoding="utf-8")
    assert main([str(tmp_path)]) == 2
    assert "nothing scored" in capsys.readouterr().err
    assert main([str(tmp_path / "missing")]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_the_console_script_is_declared_and_runs(tmp_path: Path) -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'interviewparse-evaluate = "interviewparse.evaluation:main"' in pyproject
    proc = subprocess.run(
        [sys.executable, "-m", "interviewparse.evaluation", "--json", "-q", str(_corpus(tmp_path))],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["docs"] == 3


def test_score_document_takes_an_interview_or_its_dict() -> None:
    iv = ip.parse(TEXT_EXAMPLE.read_bytes())
    gold = _gold_for(TEXT_EXAMPLE)
    assert score_document(gold, iv) == score_document(gold, iv.to_dict())
    assert not score_document(gold, None, error="failed").right
