"""Is it an interview, on real pages: the corpus's negative controls yield no pairs, and on the
labelled crawl (``../shared/crawl``) hardly any ordinary news page is given pairs while the
interviews are found. Ceilings and floors live in ``quality_floors.json``; the pages are read
from ``../shared`` and the tests skip where it is absent."""

from __future__ import annotations

import csv
import json
import tarfile
from pathlib import Path

import pytest

import interviewparse as ip
from referee import floors


def test_corpus_controls_yield_no_pairs(corpus_dir: Path) -> None:
    given_pairs = []
    for gold in sorted(corpus_dir.rglob("*.gold.json")):
        if json.loads(gold.read_text("utf-8")).get("is_interview", True):
            continue
        stem = gold.name[: -len(".gold.json")]
        page = next(p for p in gold.parent.glob(stem + ".*") if not p.name.endswith(".json"))
        iv = ip.parse(page.read_bytes())
        assert iv.is_interview == bool(iv.pairs)
        if iv.pairs:
            given_pairs.append(stem)
    assert len(given_pairs) <= floors("confidence", "corpus", "max_controls_with_pairs"), (
        given_pairs
    )


def test_crawl_non_interviews_get_no_pairs_and_interviews_are_found(corpus_dir: Path) -> None:
    crawl = corpus_dir.parent / "crawl"
    if not (crawl / "pages.tar.xz").exists():
        pytest.skip("no labelled crawl in ../shared/crawl")
    with open(crawl / "labels.tsv", encoding="utf-8") as f:
        labels = {row["page"]: row["label"] for row in csv.DictReader(f, delimiter="\t")}
    false_positives, found, interviews, ordinary = [], 0, 0, 0
    with tarfile.open(crawl / "pages.tar.xz") as tar:
        for member in tar:
            page = Path(member.name).stem
            if not member.isfile() or labels.get(page) not in ("interview", "not_interview"):
                continue
            data = tar.extractfile(member).read()  # type: ignore[union-attr]
            iv = ip.parse(data)
            if labels[page] == "interview":
                interviews += 1
                found += bool(iv.pairs)
            else:
                ordinary += 1
                if iv.pairs:
                    false_positives.append(page)
    pinned = floors("confidence", "crawl")
    assert len(false_positives) / ordinary <= pinned["max_false_positive_rate"], false_positives
    assert found / interviews >= pinned["recall"]
