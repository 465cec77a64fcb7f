"""Fit the weights of interviewparse's confidence on labelled real pages.

Reads ``../shared/corpus`` (gold documents: ``is_interview``), ``../shared/crawl`` (pages
labelled interview / not_interview; borderline left out) and the project's own invented pages
with a gold annotation (``tests/fixtures/{unseen,holdout,holdout3}``: interviews and controls in
languages the real sets hardly hold) with ``--with-fixtures`` (the shipped table is fitted with
them: measured, they change nothing on the real pages and keep the fixture sets' thin
interviews), computes every named feature of :mod:`interviewparse.evidence` for each page, and
fits a logistic regression (L2-regularised, Newton's method, numpy only) over the pages whose
decoding has pairs (the others are no interview whatever the weights say). Figures are
cross-validated by page (stratified k-fold: no page is scored by weights fitted on it); the final
table is fitted on all pages.

    python benchmarks/fit_confidence.py          # print cross-validated figures
    python benchmarks/fit_confidence.py --write  # and write the table (evidence_weights.json)
    python benchmarks/fit_confidence.py --table  # the precision/recall table of confidence.md

numpy is needed here only; the library reads the table as JSON at run time.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np

import interviewparse
from interviewparse import api, evidence
from interviewparse._input import looks_like_html
from interviewparse.boilerplate import label_boilerplate
from interviewparse.readers import parse_page, read_text, read_tree
from interviewparse.segment import segment

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
WEIGHTS = ROOT / "src" / "interviewparse" / "evidence_weights.json"


def corpus_pages(folder: Path) -> Iterator[tuple[str, bytes, bool]]:
    for gold in sorted(folder.rglob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        docs = [p for p in gold.parent.glob(stem + ".*") if not p.name.endswith(".gold.json")]
        label = json.loads(gold.read_text("utf-8")).get("is_interview", True)
        yield f"corpus/{stem}", docs[0].read_bytes(), bool(label)


def fixture_pages(folder: Path) -> Iterator[tuple[str, bytes, bool]]:
    """The project's own invented pages with a gold annotation (tests/fixtures/unseen,
    holdout, holdout3): interviews and controls in languages the real sets hardly hold."""
    for gold in sorted(folder.glob("*/*/*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        docs = [p for p in gold.parent.glob(stem + ".*") if not p.name.endswith(".json")]
        label = json.loads(gold.read_text("utf-8")).get("is_interview", True)
        yield f"fixtures/{stem}", docs[0].read_bytes(), bool(label)


def crawl_pages(folder: Path) -> Iterator[tuple[str, bytes, bool]]:
    with open(folder / "labels.tsv", encoding="utf-8") as f:
        labels = {r["page"]: r["label"] for r in csv.DictReader(f, delimiter="\t")}
    with tarfile.open(folder / "pages.tar.xz") as tar:
        for member in tar:
            if not (member.isfile() and member.name.endswith(".html")):
                continue
            page = Path(member.name).stem
            if labels.get(page) not in ("interview", "not_interview"):
                continue
            data = tar.extractfile(member).read()  # type: ignore[union-attr]
            yield f"crawl/{page}", data, labels[page] == "interview"


def page_features(data: bytes) -> tuple[bool, dict[str, float]]:
    """(the page passed the cheap gate, its features) as the parser sees them."""
    text, utf8 = api._read_input(data, None)
    doc = read_tree(parse_page(text, utf8)) if looks_like_html(text) else read_text(text)
    verdicts = label_boilerplate(doc)
    if not evidence.worth_segmenting(doc, verdicts):
        return False, {}
    seg = segment(doc.blocks, verdicts)
    return True, evidence.features(doc, verdicts, seg)


#: What each feature should weigh before any page is seen, from what it means: the L2 penalty
#: pulls a weight towards this rather than towards 0. A feature seen on few labelled pages (an
#: FAQ's first-person questions, answers that open by asking, embedded posts) keeps roughly its
#: meaning instead of being shrunk to nothing; one seen on many is ruled by the data.
PRIOR = {
    "calls_itself_interview": 2.0,
    "calls_itself_other": -2.0,
    "labelled_sides": 1.0,
    "questions_first_person": -1.0,
    "answers_ask": -2.0,
    "answers_name_guest": -1.0,
    "embedded_posts": -2.0,
}


def fit(x: np.ndarray, y: np.ndarray, l2: float, weight: np.ndarray | None = None) -> np.ndarray:
    """Logistic regression by Newton's method; column 0 of x is the (unpenalised) bias, the
    weights are pulled towards :data:`PRIOR`; ``weight`` weighs each page (1 by default)."""
    s = np.ones(len(y)) if weight is None else weight
    w = np.zeros(x.shape[1])
    prior = np.array([0.0, *(PRIOR.get(f, 0.0) for f in evidence.FEATURES)])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (s * (p - y)) + penalty * (w - prior)
        hess = (x.T * (s * p * (1 - p))) @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def folds(y: np.ndarray, k: int, seed: int) -> list[np.ndarray]:
    """Stratified folds of page indices: each page is in exactly one test fold."""
    rng = np.random.default_rng(seed)
    out: list[list[int]] = [[] for _ in range(k)]
    for label in (0, 1):
        idx = np.flatnonzero(y == label)
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            out[j % k].append(int(i))
    return [np.array(sorted(f)) for f in out]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--l2", type=float, default=1.0, help="L2 penalty (weights, not the bias)")
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument(
        "--fixture-weight",
        type=float,
        default=0.25,
        help="how much one invented page counts beside one real page (default 0.25)",
    )
    ap.add_argument(
        "--with-fixtures",
        action="store_true",
        help="fit on the project's invented multilingual pages too (weighed by "
        "--fixture-weight), as the shipped table is; a weight above 0.25 costs precision on "
        "the real pages",
    )
    ap.add_argument("--write", action="store_true", help="write the fitted table")
    ap.add_argument("--table", action="store_true", help="print the precision/recall table")
    ap.add_argument("-v", "--verbose", action="store_true", help="list cross-validated errors")
    args = ap.parse_args()
    if not (args.shared / "corpus").is_dir() or not (args.shared / "crawl").is_dir():
        print(f"no labelled pages under {args.shared}", file=sys.stderr)
        return 2
    names, labels, sets, gated, rows = [], [], [], [], []
    pages = [*corpus_pages(args.shared / "corpus"), *crawl_pages(args.shared / "crawl")]
    if args.with_fixtures:
        pages += fixture_pages(ROOT / "tests" / "fixtures")
    for name, data, label in pages:
        try:
            passed, values = page_features(data)
        except interviewparse.ParseError:
            passed, values = False, {}
        names.append(name)
        labels.append(label)
        sets.append(name.split("/")[0])
        gated.append(passed)
        rows.append([values.get(f, 0.0) for f in evidence.FEATURES])
    y_all = np.array(labels, dtype=float)
    x_all = np.array(rows, dtype=float)
    has_pairs = np.array([bool(r[evidence.FEATURES.index("pairs")]) for r in rows])
    lost = [n for n, g, lab in zip(names, gated, labels, strict=True) if lab and not g]
    print(
        f"pages={len(names)} interviews={int(y_all.sum())} gated_out={gated.count(False)} "
        f"interviews_gated_out={len(lost)} {lost}"
    )
    train = np.flatnonzero(has_pairs)
    x = np.hstack([np.ones((len(train), 1)), x_all[train]])
    y = y_all[train]
    weight = np.array([args.fixture_weight if sets[i] == "fixtures" else 1.0 for i in train])
    print(
        f"fitted on {len(train)} pages whose decoding has pairs "
        f"({int(y.sum())} interviews, {int(len(y) - y.sum())} not)"
    )
    # cross-validated confidence for every page with pairs (0 for the rest)
    cv = np.zeros(len(names))
    for seed in range(5):
        for test in folds(y, args.folds, seed):
            keep = np.setdiff1d(np.arange(len(y)), test)
            w = fit(x[keep], y[keep], args.l2, weight[keep])
            cv[train[test]] += 1 / (1 + np.exp(-(x[test] @ w))) / 5
    report(names, y_all, cv, sets, args.table, args.verbose)
    w = fit(x, y, args.l2, weight)
    print(
        "weights (all pages):",
        f"bias={w[0]:+.3f}",
        " ".join(f"{f}={v:+.3f}" for f, v in zip(evidence.FEATURES, w[1:], strict=True)),
    )
    if args.write:
        table = {
            "_comment": (
                "Weights of the named evidence features (interviewparse.evidence.FEATURES), "
                "combined logistically: confidence = 1 / (1 + exp(-(bias + sum(weight * value)))). "
                "Fitted by benchmarks/fit_confidence.py on ../shared/corpus and ../shared/crawl"
                + (
                    f" and tests/fixtures (weight {args.fixture_weight})"
                    if args.with_fixtures
                    else ""
                )
                + f" ({len(train)} pages whose decoding has pairs), L2 = {args.l2}."
            ),
            "bias": round(float(w[0]), 3),
            "weights": {
                f: round(float(v), 3) for f, v in zip(evidence.FEATURES, w[1:], strict=True)
            },
        }
        WEIGHTS.write_text(json.dumps(table, indent=2, ensure_ascii=False) + "\n", "utf-8")
        print(f"wrote {WEIGHTS}")
    return 0


def report(names, y, conf, sets, table: bool, verbose: bool) -> None:  # type: ignore[no-untyped-def]
    sets = np.array(sets)
    thresholds = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
    for which in ("corpus", "crawl", "fixtures"):
        m = sets == which
        if not m.any():
            continue
        pos, neg = y[m] == 1, y[m] == 0
        line = []
        for t in thresholds:
            called = conf[m] >= t
            tp = int((called & pos).sum())
            fp = int((called & neg).sum())
            prec = tp / (tp + fp) if tp + fp else 1.0
            rec = tp / pos.sum() if pos.sum() else 1.0
            line.append((t, prec, rec, fp, int(neg.sum()), tp, int(pos.sum())))
        print(f"{which} (cross-validated):")
        for t, prec, rec, fp, nneg, tp, npos in line:
            print(
                f"  t={t:.1f} precision={prec:.3f} recall={rec:.3f} "
                f"non-interviews called={fp}/{nneg} interviews found={tp}/{npos}"
            )
        if table:
            print("\n| threshold | precision | recall | non-interviews kept | interviews kept |")
            print("|---:|---:|---:|---:|---:|")
            for t, prec, rec, fp, nneg, tp, npos in line:
                print(f"| {t:.1f} | {prec:.3f} | {rec:.3f} | {fp} / {nneg} | {tp} / {npos} |")
            print()
    if verbose:
        for n, label, c in zip(names, y, conf, strict=True):
            if (c >= 0.5) != bool(label):
                print(f"  {'missed' if label else 'false positive':15} {c:.3f} {n}")


if __name__ == "__main__":
    sys.exit(main())
