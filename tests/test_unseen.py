"""Generalisation check: interviews unlike the shared corpus, scored by the referee.

``tests/fixtures/unseen/{html,text}`` holds small interviews written for this project (no corpus
text) in the languages and layouts the shared corpus lacks — Italian, Portuguese, Dutch, Polish,
Turkish, Chinese, Japanese and Arabic; ``<dl>`` Q&A, ``<br><br>`` pages, blockquotes, CMS wrappers,
podcast timestamps, "D:/R:", "问：/答：", interviews about someone else (a biographer on her
subject) — plus negative controls (a FAQ page, news with quotes, an opinion piece full of
questions, a profile quoting its subject under question subheads). Each has a gold file in the
corpus format, so the referee scores
the folder as it scores the corpus::

    python ../shared/tools/score.py tests/fixtures/unseen

Here the referee's own ``score_doc`` runs in-process (imported from ``../shared/tools/score.py``)
with ``ip.parse(path.read_bytes()).to_dict()`` as the prediction. The fixtures ship with the repo;
only the referee may be absent, and then the module skips. Floors sit a little under the measured
figures; raise them when a fix lands.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import ModuleType

import pytest

import interviewparse as ip
from referee import Document, documents, load_referee, scores, totals

UNSEEN = Path(__file__).parent / "fixtures" / "unseen"
_ROOT = Path(__file__).resolve().parent.parent
_CORPUS = Path(os.environ.get("INTERVIEWPARSE_CORPUS", _ROOT.parent / "shared" / "corpus"))
REFEREE = _CORPUS.parent / "tools" / "score.py"

#: Measured (per format): text qF1 0.986, pairs 0.903, ansF1 0.963, leaks 4/7, people 12/18;
#: html qF1 1.0, pairs 1.0, ansF1 1.0, leaks 0/8, people 14/17 (names in Chinese, Japanese and
#: Arabic script are not found yet). The text leaks were boilerplate wording the rules did not
#: know ("Leia também:", "Iscriviti alla newsletter", a bare "Newsletter:" line, a "摄影："
#: credit), now in the multilingual phrase tables (``_phrases.py``); the two-paragraph question
#: opening with a statement and the reportage after the last labelled answer are handled too:
#: text then measured qF1 1.0, pairs 1.0, ansF1 1.0, leaks 0/7.
FLOORS: dict[str, dict[str, float]] = {
    "text": {
        "question_f1": 0.99,
        "pair_accuracy": 0.99,
        "answer_f1": 0.99,
        "max_leak_rate": 0.0,
        "people": 0.95,  # 18/18 since the uncased-script and pronoun rules (J)
    },
    "html": {
        "question_f1": 0.98,
        "pair_accuracy": 0.98,
        "answer_f1": 0.98,
        "max_leak_rate": 0.05,
        "people": 0.95,  # 17/17 since the uncased-script and pronoun rules (J)
    },
}


@pytest.fixture(scope="module")
def referee() -> ModuleType:
    return load_referee(REFEREE, "interviewparse_referee_unseen")


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
    floors = FLOORS[fmt]
    assert got["question_f1"] >= floors["question_f1"], detail
    assert got["pair_accuracy"] >= floors["pair_accuracy"], detail
    assert got["answer_f1"] >= floors["answer_f1"], detail
    assert got["leak_rate"] <= floors["max_leak_rate"], detail
    assert got["people"] >= floors["people"], detail


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


_ANSWERS = [
    "Well, it started years ago when I was a child and my father took me to the market.",
    "We tried many things, and most of them failed, but the third idea worked for us.",
    "I hope so. We are planning a second shop next spring, if the bank agrees to the loan.",
]
_QUESTIONS = ["How did it start?", "What went wrong at first?", "Will you expand?"]


def _labelled(question_label: str, answer_label: str) -> str:
    parts = ["A headline", "An interview with the baker Ana Ruiz about her shop in the old town."]
    for q, a in zip(_QUESTIONS, _ANSWERS, strict=True):
        parts += [question_label + q, answer_label + a]
    return "\n\n".join(parts)


@pytest.mark.parametrize(
    ("question_label", "answer_label"),
    [
        ("Q) ", "A) "),
        ("Q - ", "A - "),
        ("Q – ", "A – "),
        ("Q:", "A:"),  # no blank after the colon
        ("Ｑ：", "Ａ："),  # full-width
        ("问：", "答："),
        ("Pergunta: ", "Resposta: "),
        ("Vraag: ", "Antwoord: "),
        ("Pytanie: ", "Odpowiedź: "),
        ("Soru: ", "Cevap: "),
        ("[00:01] HOST: ", "[00:02] ANA RUIZ: "),
        ("(00:01:02) Host: ", "(00:01:09) Ana Ruiz: "),
        ("00:01:02 Host: ", "00:01:09 Ana Ruiz: "),
        ("――", "山本："),  # Japanese doubled dash questions, a name label on the answers
    ],
)
def test_label_forms_of_other_languages_and_layouts(question_label: str, answer_label: str) -> None:
    """The label (and a timestamp before it) is cut off; the question and answer text stays."""
    iv = ip.parse_text(_labelled(question_label, answer_label))
    assert [p.question.text for p in iv.pairs] == _QUESTIONS
    assert [p.answer.text for p in iv.pairs] == _ANSWERS


def test_doubled_dash_questions_in_html() -> None:
    """Japanese pages set questions after a doubled bar ("――"); the bars are not question text."""
    turns = "".join(f"<p>――{q}</p><p>{a}</p>" for q, a in zip(_QUESTIONS, _ANSWERS, strict=True))
    page = f"<article><h1>A headline</h1><p>An introduction to the interview.</p>{turns}</article>"
    iv = ip.parse_html(page)
    assert [p.question.text for p in iv.pairs] == _QUESTIONS
