"""The quality figures (the referee's, as ``interviewparse.evaluate`` computes them), broken
down by layout, language and format, with the worst documents and what went wrong in each.

The numbers are ``interviewparse.evaluate``'s — the figures of the project's referee
(``tools/score.py`` beside the shared corpus; ``tests/test_evaluation.py`` checks they agree),
shipped in the package as ``interviewparse-evaluate``. On top of its totals this script breaks
them down by layout, language and format and explains the misses, one issue per problem:

  missed question    a gold question no predicted question matches (says where its text went)
  split question     a gold question cut into two or more predicted questions
  merged question    one predicted question that swallowed two or more gold questions
  mis-bounded        a predicted question that overlaps a gold one but has the wrong extent
  invented pair      a predicted question that matches no gold question (or any on a control)
  weak answer        the question matched but the answer's word F1 is below 0.9
  leaked boilerplate a gold boilerplate snippet found inside intro/question/answer text

Usage::

    python benchmarks/quality.py                      # ../shared/corpus beside the repo
    python benchmarks/quality.py --corpus DIR --json out.json --worst 15

Exits 2 with a message, having measured nothing, when no gold document is found (the shared
corpus is not shipped with the project; pass ``--corpus DIR`` for your own).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from interviewparse.evaluation import MATCH, match_questions

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("INTERVIEWPARSE_CORPUS", ROOT.parent / "shared" / "corpus"))

#: Share of a text's words found in another for it to count as "inside" it.
INSIDE = 0.8
BRIEF = 70
GROUP_KEYS = ("layout", "language", "format")


# ---------------------------------------------------------------------------------------------
# loading


def gold_documents(corpus: Path) -> list[tuple[Path, Path]]:
    """(gold file, document) pairs, sorted, the way ``interviewparse.evaluate`` finds them."""
    from interviewparse.evaluation import gold_documents as find

    return find([corpus])


def parse_document(path: Path) -> tuple[dict[str, Any] | None, str, float]:
    """Our output as the JSON contract's dict, an error message, and the seconds it took."""
    import interviewparse

    start = time.perf_counter()
    try:
        result = interviewparse.parse(path.read_bytes()).to_dict()
    except Exception as exc:  # a benchmark reports failures, it does not stop at them
        return None, f"{type(exc).__name__}: {exc}", time.perf_counter() - start
    return result, "", time.perf_counter() - start


# ---------------------------------------------------------------------------------------------
# diagnosis


def brief(text: str, width: int = BRIEF) -> str:
    """One line of at most ``width`` characters, for tables."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


class Words:
    """Word-multiset comparisons built on the scorer's own tokenizer."""

    def __init__(self) -> None:
        from interviewparse import evaluation

        self._words: Callable[[str], list[str]] = evaluation.words
        self.f1: Callable[[str, str], float] = evaluation.word_f1

    def count(self, text: str) -> int:
        return len(self._words(text))

    def inside(self, part: str, whole: str) -> float:
        """Share of ``part``'s words that occur in ``whole`` (multiset containment)."""
        p = collections.Counter(self._words(part))
        if not p:
            return 0.0
        w = collections.Counter(self._words(whole))
        return sum((p & w).values()) / sum(p.values())


def _issue(kind: str, detail: str, gold: str = "", pred: str = "") -> dict[str, str]:
    return {"kind": kind, "detail": detail, "gold": brief(gold), "pred": brief(pred)}


def _where_it_went(
    words: Words, text: str, pred: dict[str, Any], ppairs: Sequence[tuple[str, str]]
) -> str:
    """Where a missed question's words ended up in our output, if anywhere."""
    for pj, (_, answer) in enumerate(ppairs):
        if words.inside(text, answer) >= INSIDE:
            return f"inside the answer of predicted pair {pj + 1}"
    intro = " ".join(p.get("text", "") for p in pred.get("intro") or [])
    if words.inside(text, intro) >= INSIDE:
        return "inside the intro"
    outro = " ".join(p.get("text", "") for p in pred.get("outro") or [])
    if words.inside(text, outro) >= INSIDE:
        return "inside the outro"
    for item in pred.get("boilerplate") or []:
        if words.inside(text, item.get("text", "")) >= INSIDE:
            return f"labelled boilerplate ({item.get('kind')}: {item.get('reason')})"
    return "not found in the output"


def diagnose(
    words: Words, gold: dict[str, Any], pred: dict[str, Any] | None, leaks: Iterable[str]
) -> list[dict[str, str]]:
    """Name every problem in one document: missed / split / merged / mis-bounded questions,
    invented pairs, weak answers and leaked boilerplate, each with brief texts."""
    gpairs = [(g["question"], g["answer"]) for g in gold.get("pairs", [])]
    pred = pred or {}
    ppairs = [
        ((p.get("question") or {}).get("text", ""), (p.get("answer") or {}).get("text", ""))
        for p in pred.get("pairs") or []
    ]
    gq = [q for q, _ in gpairs]
    pq = [q for q, _ in ppairs]
    matches = match_questions(gq, pq)
    matched_pred = set(matches.values())
    explained: set[int] = set()
    issues: list[dict[str, str]] = []

    for gi, question in enumerate(gq):
        if gi in matches:
            continue
        pieces = [
            pj
            for pj in range(len(pq))
            if pj not in matched_pred and pq[pj] and words.inside(pq[pj], question) >= INSIDE
        ]
        joined = " ".join(pq[pj] for pj in pieces)
        if len(pieces) >= 2 and words.f1(joined, question) >= MATCH:
            explained.update(pieces)
            issues.append(
                _issue(
                    "split question",
                    f"gold question {gi + 1} came out as {len(pieces)} questions",
                    question,
                    " | ".join(pq[pj] for pj in pieces),
                )
            )
            continue
        holders = [pj for pj in range(len(pq)) if words.inside(question, pq[pj]) >= INSIDE]
        if holders:
            pj = holders[0]
            others = [
                g for g in range(len(gq)) if g != gi and words.inside(gq[g], pq[pj]) >= INSIDE
            ]
            if others:
                numbers = ", ".join(str(g + 1) for g in sorted([gi, *others]))
                kind = "merged question"
                detail = f"gold questions {numbers} in one predicted question ({pj + 1})"
            else:
                extra = words.count(pq[pj]) - words.count(question)
                kind = "mis-bounded question"
                detail = (
                    f"predicted question {pj + 1} holds gold question {gi + 1} "
                    f"plus {extra} more words"
                )
            if pj not in matched_pred:
                explained.add(pj)
            issues.append(_issue(kind, detail, question, pq[pj]))
            continue
        overlaps = [(words.f1(pq[pj], question), pj) for pj in range(len(pq))]
        best, pj = max(overlaps, default=(0.0, -1))
        if best >= 0.5 and pj not in matched_pred:
            explained.add(pj)
            issues.append(
                _issue(
                    "mis-bounded question",
                    f"predicted question {pj + 1} only partly matches gold {gi + 1} "
                    f"(F1 {best:.2f})",
                    question,
                    pq[pj],
                )
            )
            continue
        issues.append(
            _issue(
                "missed question",
                f"gold question {gi + 1}: {_where_it_went(words, question, pred, ppairs)}",
                question,
            )
        )

    gold_answers = " ".join(a for _, a in gpairs)
    snippets = gold.get("boilerplate", [])
    for pj, question in enumerate(pq):
        if pj in matched_pred or pj in explained:
            continue
        if not gold.get("is_interview", True):
            why = "on a page that is not an interview"
        elif words.inside(question, gold_answers) >= INSIDE:
            why = "answer text taken for a question"
        elif any(words.inside(question, s) >= INSIDE for s in snippets):
            why = "boilerplate taken for a question"
        elif gold.get("intro") and words.inside(question, " ".join(gold["intro"])) >= INSIDE:
            why = "intro text taken for a question"
        else:
            why = "matches no gold text"
        issues.append(_issue("invented pair", f"predicted question {pj + 1}: {why}", pred=question))

    for gi, pj in sorted(matches.items()):
        gold_answer, our_answer = gpairs[gi][1], ppairs[pj][1]
        score = words.f1(our_answer, gold_answer)
        if score >= MATCH:
            continue
        n_gold, n_ours = words.count(gold_answer), words.count(our_answer)
        if n_ours > n_gold and words.inside(gold_answer, our_answer) >= INSIDE:
            shape = f"runs on: {n_ours} words for {n_gold}"
        elif n_ours < n_gold and words.inside(our_answer, gold_answer) >= INSIDE:
            shape = f"cut short: {n_ours} words of {n_gold}"
        else:
            shape = f"differs: {n_ours} words vs {n_gold}"
        issues.append(
            _issue(
                "weak answer",
                f"answer to gold question {gi + 1}, F1 {score:.2f}, {shape}",
                gold_answer,
                our_answer,
            )
        )

    for snippet in leaks:
        issues.append(_issue("leaked boilerplate", "gold boilerplate kept as content", snippet))
    return issues


# ---------------------------------------------------------------------------------------------
# aggregation


def _score(doc: Any) -> dict[str, Any]:
    """A :class:`interviewparse.evaluation.DocumentScore` in the report's (the referee's) keys."""
    return {
        "right": doc.right,
        "gold_q": doc.gold_questions,
        "pred_q": doc.predicted_questions,
        "tp_q": doc.matched_questions,
        "good_pairs": doc.good_pairs,
        "answer_f1": list(doc.answer_f1),
        "snippets": doc.snippets,
        "leaks": list(doc.leaks),
        "invented": doc.invented,
        "people_ok": doc.people_ok,
    }


def totals(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """``interviewparse.evaluate``'s totals over some documents, with the counts behind them."""
    from interviewparse.evaluation import summarise

    scores = [row["document"] for row in rows]
    out: dict[str, Any] = summarise(scores).totals()
    for key, field in (("gold_q", "gold_questions"), ("pred_q", "predicted_questions")):
        out[key] = sum(getattr(d, field) for d in scores)
    out["leaks"] = sum(len(d.leaks) for d in scores)
    out["snippets"] = sum(d.snippets for d in scores)
    return out


def doc_loss(row: dict[str, Any]) -> float:
    """How badly one document went, 0 (perfect) to 2: missing pair-F1 plus leak rate.

    Pair F1 counts a pair as right only when question and answer both match, so a split
    question or a spilled answer costs as much as a missed one; controls score 1 for no pairs.
    """
    s = row["score"]
    if s["gold_q"] == 0:
        pair_f1 = 1.0 if s["pred_q"] == 0 else 0.0
    else:
        pair_f1 = 2 * s["good_pairs"] / (s["gold_q"] + s["pred_q"])
    leak_rate = len(s["leaks"]) / s["snippets"] if s["snippets"] else 0.0
    return round((1.0 - pair_f1) + leak_rate + (1.0 if row["error"] else 0.0), 4)


def breakdown(rows: Sequence[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for row in rows:
        groups[str(row[key])].append(row)
    return {name: totals(groups[name]) for name in sorted(groups)}


def evaluate(corpus: Path, limit: int | None = None) -> dict[str, Any]:
    """Score every gold document of ``corpus`` in-process; the report as plain data."""
    import interviewparse
    from interviewparse.evaluation import score_document

    words = Words()
    rows: list[dict[str, Any]] = []
    for gold_path, doc_path in gold_documents(corpus)[:limit]:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred, error, seconds = parse_document(doc_path)
        document = score_document(gold, pred, path=str(doc_path), error=error or None)
        score = _score(document)
        issues = diagnose(words, gold, pred, score["leaks"])
        if error:
            issues.insert(0, {"kind": "error", "detail": error, "gold": "", "pred": ""})
        rows.append(
            {
                "id": gold.get("id", gold_path.name[: -len(".gold.json")]),
                "path": str(doc_path),
                "format": gold.get("format", doc_path.suffix.lstrip(".")),
                "language": gold.get("language", "?"),
                "layout": gold.get("layout", "?"),
                "is_interview": bool(gold.get("is_interview", True)),
                "has_people": bool(gold.get("interviewees")),
                "error": error,
                "seconds": round(seconds, 4),
                "score": score,
                "issues": issues,
                "document": document,
            }
        )
    for row in rows:
        row["loss"] = doc_loss(row)
    report = {
        "corpus": str(corpus),
        "interviewparse": interviewparse.__version__,
        "totals": totals(rows),
        **{f"by_{key}": breakdown(rows, key) for key in GROUP_KEYS},
    }
    for row in rows:
        del row["document"]  # the report is plain data
    report["documents"] = rows
    return report


# ---------------------------------------------------------------------------------------------
# output

COLUMNS = (
    ("docs", "docs", "{:>4}"),
    ("gold_q", "goldQ", "{:>5}"),
    ("pred_q", "predQ", "{:>5}"),
    ("question_precision", "qP", "{:>5.2f}"),
    ("question_recall", "qR", "{:>5.2f}"),
    ("question_f1", "qF1", "{:>5.2f}"),
    ("pair_accuracy", "pairs", "{:>5.2f}"),
    ("answer_f1", "ansF1", "{:>5.2f}"),
    ("leak_rate", "leak", "{:>5.2f}"),
    ("invented_pairs", "inv", "{:>4}"),
)


def table(title: str, groups: dict[str, dict[str, Any]]) -> str:
    width = max([len(title), *(len(name) for name in groups)]) + 1
    labels = [f"{label:>{len(fmt.format(0))}}" for _, label, fmt in COLUMNS]
    head = f"{title:<{width}}" + " ".join(labels)
    lines = [head, "-" * len(head)]
    for name, tot in groups.items():
        lines.append(f"{name:<{width}}" + " ".join(fmt.format(tot[key]) for key, _, fmt in COLUMNS))
    return "\n".join(lines)


def worst_report(rows: Sequence[dict[str, Any]], count: int, per_doc: int) -> tuple[str, list[Any]]:
    ranked = sorted((r for r in rows if r["loss"] > 0), key=lambda r: (-r["loss"], r["id"]))
    chosen = ranked[:count]
    lines = []
    for row in chosen:
        s = row["score"]
        kinds = collections.Counter(issue["kind"] for issue in row["issues"])
        summary = ", ".join(f"{n} {kind}" for kind, n in kinds.most_common())
        lines.append(
            f"\n{row['id']}  [{row['format']}/{row['language']}/{row['layout']}]  "
            f"loss {row['loss']:.2f}  q {s['tp_q']}/{s['gold_q']} pred {s['pred_q']}  "
            f"good pairs {s['good_pairs']}  leaks {len(s['leaks'])}/{s['snippets']}"
        )
        lines.append(f"  {summary}")
        for issue in row["issues"][:per_doc]:
            lines.append(f"  - {issue['kind']}: {issue['detail']}")
            if issue["gold"]:
                lines.append(f"      gold: {issue['gold']}")
            if issue["pred"]:
                lines.append(f"      ours: {issue['pred']}")
        if len(row["issues"]) > per_doc:
            lines.append(f"  … {len(row['issues']) - per_doc} more (see --json)")
    worst = [
        {"id": r["id"], "loss": r["loss"], "issues": r["issues"], "score": r["score"]}
        for r in chosen
    ]
    return "\n".join(lines), worst


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the gold corpus")
    ap.add_argument("--json", type=Path, metavar="OUT", help="also write the report as JSON")
    ap.add_argument("--worst", type=int, default=10, help="how many worst documents to list")
    ap.add_argument("--issues", type=int, default=6, help="issues shown per worst document")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    ap.add_argument("--quick", action="store_true", help="first 2 documents only (a smoke run)")
    args = ap.parse_args(argv)

    corpus: Path = args.corpus
    if not corpus.is_dir() or not gold_documents(corpus):
        print(
            f"quality: no gold documents (*.gold.json beside a page) under {corpus}; "
            "pass --corpus DIR. Nothing measured.",
            file=sys.stderr,
        )
        return 2
    limit = args.limit if args.limit is not None else (2 if args.quick else None)
    report = evaluate(corpus, limit)
    rows = report["documents"]

    print(f"interviewparse {report['interviewparse']} on {corpus} ({len(rows)} documents)\n")
    print(table("all", {"all": report["totals"]}))
    for key in GROUP_KEYS:
        print()
        print(table(key, report[f"by_{key}"]))
    text, worst = worst_report(rows, args.worst, args.issues)
    report["worst"] = worst
    print(f"\nWorst documents (loss = 1 - pair F1 + leak rate):{text or ' none'}")
    t = report["totals"]
    print(
        "\ntotals: "
        + " ".join(
            f"{k}={t[k]}"
            for k in (
                "docs",
                "errors",
                "question_precision",
                "question_recall",
                "question_f1",
                "pair_accuracy",
                "answer_f1",
                "leak_rate",
                "invented_pairs",
                "controls",
                "interviewee_accuracy",
            )
        )
    )
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
