"""Quality gate on the project's own fixture sets, scored by the referee like the corpus.

``tests/fixtures/unseen/{html,text}`` holds small interviews written for this project (no corpus
text) in the languages and layouts the shared corpus lacks — Italian, Portuguese, Dutch, Polish,
Turkish, Chinese, Japanese and Arabic; ``<dl>`` Q&A, ``<br><br>`` pages, blockquotes, CMS wrappers,
podcast timestamps, "D:/R:", "问：/答：", interviews about someone else (a biographer on her
subject) — plus negative controls (a FAQ page, news with quotes, an opinion piece full of
questions, a profile quoting its subject under question subheads). Each has a gold file in the
corpus format, so the referee scores the folder as it scores the corpus::

    python ../shared/tools/score.py tests/fixtures/unseen

``tests/fixtures/holdout/{html,text}`` (30 pages, 13 languages, 6 negative controls) and
``tests/fixtures/holdout3/{html,text}`` (36 pages: 22 HTML pages imitating 13 site templates,
14 copied texts, 12 languages, 7 negative controls) are two hold-outs written blind, each by a
writer who had never read the rules (invented text, no corpus or publisher text; the writers saw
only the gold format and a few corpus pages). Each was scored once before any rule was changed
for it — the honest measure of how the rules generalised then:

- ``holdout``: question F1 0.894, pair accuracy 0.813, leak rate 0.162, 4 invented pairs,
  interviewee accuracy 0.708;
- ``holdout3`` (written after the first set's failures were fixed): question F1 0.897, pair
  accuracy 0.825, answer F1 0.897, leak rate 0.174, 15 invented pairs, interviewee accuracy
  0.621.

The failures each showed were fixed with general rules; since then both are regression sets
like ``unseen``, no longer hold-outs, and their floors only move up.

The floors live in ``quality_floors.json`` (under ``fixtures``), a little under the figures
measured after the fixes:

- unseen, first measured (per format): text qF1 0.986, pairs 0.903, ansF1 0.963, leaks 4/7,
  people 12/18; html qF1 1.0, pairs 1.0, ansF1 1.0, leaks 0/8, people 14/17 (names in Chinese,
  Japanese and Arabic script were not found yet). The text leaks were boilerplate wording the
  rules did not know ("Leia também:", "Iscriviti alla newsletter", a bare "Newsletter:" line, a
  "摄影：" credit), now in the multilingual phrase tables; the two-paragraph question opening
  with a statement and the reportage after the last labelled answer are handled too: text then
  measured qF1 1.0, pairs 1.0, ansF1 1.0, leaks 0/7; people 18/18 (text) and 17/17 (html) since
  the uncased-script and pronoun rules.
- holdout: question F1 0.989, pair accuracy 0.978, answer F1 0.986, leak rate 0.0085 (one
  masthead name that an intro sentence repeats), no invented pair, interviewee accuracy 1.0.
- holdout3: question F1 0.997, pair accuracy 0.995, answer F1 0.999, leak rate 0.0035 (a
  byline an intro can not tell from a standfirst), no invented pair, interviewee accuracy 1.0.

Here the referee's own ``score_doc`` runs in-process (imported from ``../shared/tools/score.py``)
with ``ip.parse(path.read_bytes()).to_dict()`` as the prediction. The fixtures ship with the repo;
only the referee may be absent, and then the module skips.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import ModuleType

import pytest

import interviewparse as ip
from referee import Document, documents, floors, load_referee, scores, totals

FIXTURES = Path(__file__).parent / "fixtures"
UNSEEN = FIXTURES / "unseen"
_ROOT = Path(__file__).resolve().parent.parent
_CORPUS = Path(os.environ.get("INTERVIEWPARSE_CORPUS", _ROOT.parent / "shared" / "corpus"))
REFEREE = _CORPUS.parent / "tools" / "score.py"

#: The two hold-out sets and how many documents each holds (floors: ``quality_floors.json``).
HOLDOUT_SIZES = {"holdout": 30, "holdout3": 36}


@pytest.fixture(scope="module")
def referee() -> ModuleType:
    return load_referee(REFEREE, "interviewparse_referee_fixtures")


# The unseen set, per format


def _documents(fmt: str) -> list[Document]:
    return documents(UNSEEN / fmt)


def test_fixtures_are_well_formed() -> None:
    """Every gold file is in the corpus format and names its own document."""
    for fmt in ("text", "html"):
        docs = _documents(fmt)
        assert len(docs) >= 10
        for stem, gold, doc in docs:
            assert gold["id"] == stem and gold["format"] == fmt, stem
            assert doc.suffix == (".html" if fmt == "html" else ".txt"), stem
            assert gold["is_interview"] == bool(gold["pairs"]), stem
            for pair in gold["pairs"]:
                assert pair["question"] and pair["answer"], stem


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_unseen_floors(referee: ModuleType, fmt: str) -> None:
    got = totals(scores(referee, _documents(fmt)))
    detail = json.dumps(got, indent=1, ensure_ascii=False)
    floor = floors("fixtures", "unseen", fmt)
    assert got["question_f1"] >= floor["question_f1"], detail
    assert got["pair_accuracy"] >= floor["pair_accuracy"], detail
    assert got["answer_f1"] >= floor["answer_f1"], detail
    assert got["leak_rate"] <= floor["max_leak_rate"], detail
    assert got["people"] >= floor["people"], detail


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_unseen_controls_invent_nothing(referee: ModuleType, fmt: str) -> None:
    """A FAQ page, a news story with quoted questions and an opinion piece are no interviews."""
    scored = scores(referee, _documents(fmt))
    controls = {k: s["invented"] for k, s in scored.items() if not s["gold"]["is_interview"]}
    assert controls, "no negative controls among the fixtures"
    assert all(n == 0 for n in controls.values()), controls


@pytest.mark.parametrize(
    ("stem", "good_pairs"),
    [
        ("text/ar-plain-maktabat", 4),  # Arabic "؟"
        ("text/tr-plain-sahaf", 4),  # Turkish "... mi?" yes/no questions
        ("text/zh-wenda-laojie", 3),  # "问：" / "答："; a "摄影：" credit still joins an answer
        ("text/en-podcast-timestamps-bike-coop", 4),  # "[00:12:31] HOST:" labels
        ("text/ja-dash-shokudo", 4),  # "――" questions
        ("html/de-dl-bienen", 4),  # <dt>/<dd>
        ("html/it-brbr-fornaio", 4),  # one <div> cut by <br><br>
    ],
)
def test_unseen_document_finds_every_question(
    referee: ModuleType, stem: str, good_pairs: int
) -> None:
    """Each failure class fixed here stays fixed: every gold question of its fixture is found,
    none is invented, and the answers reach the referee's pair threshold."""
    fmt, name = stem.split("/")
    gold = json.loads((UNSEEN / fmt / f"{name}.gold.json").read_text(encoding="utf-8"))
    doc = next(p for p in (UNSEEN / fmt).glob(name + ".*") if not p.name.endswith(".gold.json"))
    s = referee.score_doc(gold, ip.parse(doc.read_bytes()).to_dict())
    assert (s["tp_q"], s["pred_q"]) == (s["gold_q"], s["gold_q"]), s
    assert s["good_pairs"] >= good_pairs, s


# The two blind hold-outs, each over both formats


@pytest.mark.parametrize("name", sorted(HOLDOUT_SIZES))
def test_holdout_is_well_formed(name: str) -> None:
    docs = documents(FIXTURES / name, recursive=True)
    assert len(docs) == HOLDOUT_SIZES[name]
    for stem, gold, doc in docs:
        assert gold["id"] == stem, stem
        assert doc.suffix == (".html" if gold["format"] == "html" else ".txt"), stem
        assert gold["is_interview"] == bool(gold["pairs"]), stem


@pytest.mark.parametrize("name", sorted(HOLDOUT_SIZES))
def test_holdout_floors(referee: ModuleType, name: str) -> None:
    floor = floors("fixtures", name)
    got = totals(scores(referee, documents(FIXTURES / name, recursive=True)))
    detail = json.dumps(got, indent=1, ensure_ascii=False)
    assert got["question_f1"] >= floor["question_f1"], detail
    assert got["pair_accuracy"] >= floor["pair_accuracy"], detail
    assert got["answer_f1"] >= floor["answer_f1"], detail
    assert got["leak_rate"] <= floor["max_leak_rate"], detail
    assert got["people"] >= floor["people"], detail
    assert got["invented_pairs"] <= floor["max_invented_pairs"], detail
