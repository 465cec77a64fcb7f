"""Score the parser against gold annotations: :func:`evaluate` and ``interviewparse-evaluate``.

A gold corpus is a folder of documents (``<stem>.html`` or ``<stem>.txt``), each beside a
``<stem>.gold.json`` saying what a careful reader finds in it (the format is in
``docs/accuracy.md``). Every document with a gold file is parsed and compared; the figures are
the project referee's (``tools/score.py`` beside the shared corpus), computed the same way —
the same text normalisation, the same one-to-one greedy question matching, the same
thresholds — so a score here is a score there:

- **question precision / recall / F1**: a predicted question matches a gold one when their
  word-level F1 is at least 0.9 (:data:`MATCH`);
- **pair accuracy**: share of gold pairs whose question matched *and* whose answer reaches
  word F1 0.9;
- **answer F1**: mean word F1 of the answer paired with each gold question (0 when unmatched);
- **leak rate**: share of gold boilerplate snippets (12 characters or more) found inside the
  intro, a question or an answer;
- **invented pairs**: pairs found on negative controls (gold ``"is_interview": false``);
- **interviewee accuracy**: documents whose gold interviewees are all named in ours
  (case-insensitive containment, or the surname alone);
- **docs right**: documents a user would call right — an interview with every gold question
  found, no extra one, every answer at F1 0.9 and no leak; a control with no pair at all.

::

    interviewparse-evaluate my-corpus/html my-corpus/text          # a row per document, totals
    interviewparse-evaluate --json -q my-corpus                     # the totals as JSON

The command exits 0 when it scored something and 2 when it found no gold file to score.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from .errors import ParseError
from .models import Interview

__all__ = ["DocumentScore", "Evaluation", "evaluate", "gold_documents", "main", "score_document"]

#: Word F1 at which a predicted question matches a gold one, and an answer counts as right.
MATCH = 0.9
#: Gold boilerplate shorter than this (after normalisation) is not checked for leaks.
MIN_SNIPPET = 12

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)
_WORD = re.compile(r"\w+", re.UNICODE)
_SPACE = re.compile(r"\s+")


def normalise(text: str | None) -> str:
    """NFKC, typographic quotes and dashes made plain, white space collapsed."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    return _SPACE.sub(" ", text).strip()


def words(text: str | None) -> list[str]:
    """The lower-cased words of the normalised text."""
    return _WORD.findall(normalise(text).lower())


def word_f1(pred: str, gold: str) -> float:
    """Word-level F1 of two texts (bags of words); 1.0 when both are empty."""
    p, g = collections.Counter(words(pred)), collections.Counter(words(gold))
    common = sum((p & g).values())
    if not p and not g:
        return 1.0
    if common == 0:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def _text_of(node: Any) -> str:
    if node is None:
        return ""
    if isinstance(node, str):
        return node
    if isinstance(node, list):
        return "\n".join(_text_of(n) for n in node)
    if isinstance(node, dict):
        if isinstance(node.get("text"), str) and node["text"]:
            return str(node["text"])
        for key in ("blocks", "paragraphs", "items"):
            if key in node:
                return _text_of(node[key])
    return ""


@attrs.frozen
class DocumentScore:
    """How one document scored against its gold.

    Attributes:
        id: the gold's ``id`` (its file stem when it has none).
        path: the document scored.
        is_interview: what the gold says.
        gold_questions: questions in the gold.
        predicted_questions: questions we found.
        matched_questions: gold questions matched one-to-one by a predicted one.
        good_pairs: matched questions whose answer reaches word F1 0.9.
        answer_f1: word F1 of the answer paired with each gold question, in gold order.
        snippets: gold boilerplate snippets checked for leaks.
        leaks: the snippets found inside our intro, questions or answers.
        invented: pairs we found on a page the gold says is no interview.
        people_named: whether the gold names interviewees.
        people_ok: every gold interviewee is named in ours.
        right: the document is right as a whole (see the module docstring).
        error: why the document could not be parsed, or ``None``.
    """

    id: str
    path: str
    is_interview: bool
    gold_questions: int
    predicted_questions: int
    matched_questions: int
    good_pairs: int
    answer_f1: tuple[float, ...]
    snippets: int
    leaks: tuple[str, ...]
    invented: int
    people_named: bool
    people_ok: bool
    right: bool
    error: str | None = None


@attrs.frozen
class Evaluation:
    """The totals over every scored document, and each document's score.

    Attributes:
        documents: one :class:`DocumentScore` per document, in path order.
        docs: documents scored.
        errors: documents that could not be parsed (each counts as not right).
        docs_right: share of documents right as a whole.
        question_precision: matched predicted questions / predicted questions.
        question_recall: matched gold questions / gold questions.
        question_f1: harmonic mean of the two.
        pair_accuracy: good pairs / gold pairs.
        answer_f1: mean answer word F1 over every gold pair.
        leak_rate: leaked snippets / gold boilerplate snippets.
        invented_pairs: pairs found on negative controls.
        controls: negative controls scored.
        interviewee_accuracy: documents naming every gold interviewee / documents whose gold
            names any.
    """

    documents: tuple[DocumentScore, ...]
    docs: int
    errors: int
    docs_right: float
    question_precision: float
    question_recall: float
    question_f1: float
    pair_accuracy: float
    answer_f1: float
    leak_rate: float
    invented_pairs: int
    controls: int
    interviewee_accuracy: float

    def totals(self) -> dict[str, Any]:
        """The totals as the referee prints them (same keys, same order, 4 decimals)."""
        return {
            "docs": self.docs,
            "errors": self.errors,
            "docs_right": self.docs_right,
            "question_precision": self.question_precision,
            "question_recall": self.question_recall,
            "question_f1": self.question_f1,
            "pair_accuracy": self.pair_accuracy,
            "answer_f1": self.answer_f1,
            "leak_rate": self.leak_rate,
            "invented_pairs": self.invented_pairs,
            "controls": self.controls,
            "interviewee_accuracy": self.interviewee_accuracy,
        }

    def line(self) -> str:
        """The totals on one line, ``key=value`` separated by spaces, as the referee prints."""
        return " ".join(f"{key}={value}" for key, value in self.totals().items())


def match_questions(gold: Sequence[str], pred: Sequence[str]) -> dict[int, int]:
    """One-to-one greedy matching in gold order: each gold question takes the unused predicted
    question with the highest word F1 (the first on ties), if that reaches :data:`MATCH`."""
    used: set[int] = set()
    matches: dict[int, int] = {}
    for gi, gq in enumerate(gold):
        best, best_j = 0.0, None
        for pj, pq in enumerate(pred):
            if pj in used:
                continue
            score = word_f1(pq, gq)
            if score > best:
                best, best_j = score, pj
        if best_j is not None and best >= MATCH:
            used.add(best_j)
            matches[gi] = best_j
    return matches


def _people_ok(gold_names: Iterable[str], ours: Iterable[str]) -> bool:
    want = [normalise(n).lower() for n in gold_names]
    got = " | ".join(normalise(n).lower() for n in ours if n)
    return all(w in got or any(part in got for part in w.split()[-1:]) for w in want)


def score_document(
    gold: Mapping[str, Any],
    result: Interview | Mapping[str, Any] | None,
    *,
    path: str = "",
    error: str | None = None,
) -> DocumentScore:
    """Score one parse (an :class:`Interview`, its dict, or ``None`` when parsing failed)
    against one gold annotation."""
    data: Mapping[str, Any] = result.to_dict() if isinstance(result, Interview) else (result or {})
    gpairs = [(str(g["question"]), str(g["answer"])) for g in gold.get("pairs", [])]
    ppairs = [
        (_text_of(p.get("question")), _text_of(p.get("answer"))) for p in data.get("pairs") or []
    ]
    matches = match_questions([q for q, _ in gpairs], [q for q, _ in ppairs])
    answer_f1s = [
        word_f1(ppairs[matches[gi]][1], ga) if gi in matches else 0.0
        for gi, (_, ga) in enumerate(gpairs)
    ]
    good_pairs = sum(a >= MATCH for a in answer_f1s)
    content = normalise(
        " \n ".join(
            [_text_of(data.get("intro")) if data else ""] + [f"{q} \n {a}" for q, a in ppairs]
        )
    )
    snippets = [normalise(b) for b in gold.get("boilerplate", [])]
    snippets = [b for b in snippets if len(b) >= MIN_SNIPPET]
    leaks = tuple(b for b in snippets if b in content)
    interview = bool(gold.get("is_interview", True))
    gold_people = list(gold.get("interviewees") or [])
    ours = [
        n if isinstance(n, str) else (n or {}).get("name", "")
        for n in data.get("interviewees") or []
    ]
    if interview:
        right = (
            len(matches) == len(gpairs) == len(ppairs) and good_pairs == len(gpairs) and not leaks
        )
    else:
        right = not ppairs
    return DocumentScore(
        id=str(gold.get("id") or Path(path).stem),
        path=path,
        is_interview=interview,
        gold_questions=len(gpairs),
        predicted_questions=len(ppairs),
        matched_questions=len(matches),
        good_pairs=good_pairs,
        answer_f1=tuple(answer_f1s),
        snippets=len(snippets),
        leaks=leaks,
        invented=0 if interview else len(ppairs),
        people_named=bool(gold_people),
        people_ok=_people_ok(gold_people, ours) if gold_people else True,
        right=right and error is None,
        error=error,
    )


def gold_documents(dirs: Iterable[str | Path]) -> list[tuple[Path, Path]]:
    """(gold file, document) for every ``*.gold.json`` under ``dirs`` (searched recursively)
    that has a document beside it with the same stem, sorted by gold path."""
    found = []
    for gold in sorted(p for d in dirs for p in Path(d).rglob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        docs = sorted(p for p in gold.parent.glob(stem + ".*") if not p.name.endswith(".gold.json"))
        if docs:
            found.append((gold, docs[0]))
    return found


def _parse(path: Path, parser: Callable[[bytes], Interview]) -> tuple[Interview | None, str | None]:
    try:
        return parser(path.read_bytes()), None
    except OSError as exc:
        return None, f"cannot read: {exc.strerror or type(exc).__name__}"
    except ParseError as exc:
        return None, f"{type(exc).__name__}: {exc}"
    except Exception as exc:  # a bug of ours: scored as a failed document, reported
        return None, f"internal error ({type(exc).__name__}: {exc})"


def _ratio(part: float, whole: float, empty: float) -> float:
    return round(part / whole, 4) if whole else empty


def summarise(documents: Sequence[DocumentScore]) -> Evaluation:
    """The totals over scored documents (the referee's formulas)."""
    gold_q = sum(d.gold_questions for d in documents)
    pred_q = sum(d.predicted_questions for d in documents)
    tp_q = sum(d.matched_questions for d in documents)
    answer_f1s = [a for d in documents for a in d.answer_f1]
    precision = tp_q / pred_q if pred_q else (1.0 if not gold_q else 0.0)
    recall = tp_q / gold_q if gold_q else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    people = [d for d in documents if d.people_named]
    return Evaluation(
        documents=tuple(documents),
        docs=len(documents),
        errors=sum(d.error is not None for d in documents),
        docs_right=_ratio(sum(d.right for d in documents), len(documents), 0.0),
        question_precision=round(precision, 4),
        question_recall=round(recall, 4),
        question_f1=round(f1, 4),
        pair_accuracy=_ratio(sum(d.good_pairs for d in documents), gold_q, 1.0),
        answer_f1=_ratio(sum(answer_f1s), len(answer_f1s), 1.0),
        leak_rate=_ratio(
            sum(len(d.leaks) for d in documents), sum(d.snippets for d in documents), 0.0
        ),
        invented_pairs=sum(d.invented for d in documents),
        controls=sum(not d.is_interview for d in documents),
        interviewee_accuracy=_ratio(sum(d.people_ok for d in people), len(people), 1.0),
    )


def evaluate(
    dirs: Iterable[str | Path],
    *,
    parser: Callable[[bytes], Interview] | None = None,
) -> Evaluation:
    """Parse every document with a gold file under ``dirs`` and score it.

    ``parser`` turns a document's bytes into an :class:`~interviewparse.Interview`
    (default: :func:`interviewparse.parse`); pass your own to score a configured parse (a
    profile, a size limit). A document that cannot be parsed is scored as an error, never
    raised. An :class:`Evaluation` with ``docs == 0`` means no gold file was found.
    """
    if parser is None:
        from .api import parse

        parser = parse
    documents = []
    for gold_path, doc_path in gold_documents(dirs):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        result, error = _parse(doc_path, parser)
        documents.append(score_document(gold, result, path=str(doc_path), error=error))
    return summarise(documents)


def _row(doc: DocumentScore) -> str:
    mean = sum(doc.answer_f1) / len(doc.answer_f1) if doc.answer_f1 else 1.0
    flag = "ERR " if doc.error else ("    " if doc.right else "  x ")
    return (
        f"{flag}{doc.id:48.48} q {doc.matched_questions:>3}/{doc.gold_questions:<3} "
        f"pred {doc.predicted_questions:>3}  ansF1 {mean:.2f}  "
        f"leaks {len(doc.leaks)}/{doc.snippets}"
        + (f"  INVENTED {doc.invented}" if doc.invented else "")
    )


def main(argv: Sequence[str] | None = None) -> int:
    """``interviewparse-evaluate DIR... [--json] [-q]``."""
    ap = argparse.ArgumentParser(
        prog="interviewparse-evaluate",
        description="Score interviewparse against gold annotations (*.gold.json beside each "
        "document); prints a row per document ('x': not right) and the totals.",
        epilog="Exit codes: 0 scored; 2 no gold file found under the folders given.",
    )
    ap.add_argument("dirs", nargs="+", type=Path, metavar="DIR", help="folders of gold files")
    ap.add_argument("--json", action="store_true", help="print the totals as JSON last")
    ap.add_argument("-q", "--quiet", action="store_true", help="no per-document rows")
    args = ap.parse_args(argv)
    missing = [str(d) for d in args.dirs if not d.is_dir()]
    if missing:
        print(f"interviewparse-evaluate: not a folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    result = evaluate(args.dirs)
    if not result.docs:
        searched = ", ".join(str(d) for d in args.dirs)
        print(
            f"interviewparse-evaluate: no *.gold.json with a document beside it under {searched};"
            " nothing scored (see docs/accuracy.md for the layout)",
            file=sys.stderr,
        )
        return 2
    if not args.quiet:
        for doc in result.documents:
            print(_row(doc))
    for doc in result.documents:
        if doc.error:
            print(f"error: {doc.id}: {doc.error}", file=sys.stderr)
    print(json.dumps(result.totals()) if args.json else result.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
