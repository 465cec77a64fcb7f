"""The seed: the EURACTIV interview with Nursultan Nazarbayev must parse exactly as its gold says.

Questions are marked by wording alone (the page's bold was lost), the third question has two
paragraphs, the third answer holds a 7-item numbered list, and the page's caption and closing
sponsor / press-room / newsletter lines are boilerplate. The text is read from the shared corpus
(never copied into the project); the test skips where the corpus is absent.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import interviewparse as ip

SEED = "euractiv-nazarbayev-2018"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def seed(corpus_dir: Path) -> tuple[ip.Interview, dict[str, Any]]:
    path = corpus_dir / "text" / f"{SEED}.txt"
    if not path.exists():
        pytest.skip(f"seed document not found at {path}")
    gold = json.loads(path.with_name(f"{SEED}.gold.json").read_text(encoding="utf-8"))
    return ip.parse(path.read_bytes()), gold


def test_six_pairs_with_exact_questions_and_answers(
    seed: tuple[ip.Interview, dict[str, Any]],
) -> None:
    iv, gold = seed
    assert len(iv.pairs) == 6
    for pair, want in zip(iv.pairs, gold["pairs"], strict=True):
        assert _norm(pair.question.text) == _norm(want["question"])
        assert _norm(pair.answer.text) == _norm(want["answer"])
        assert len(pair.answer.list_items) == want["list_items"]


def test_third_question_has_two_paragraphs(seed: tuple[ip.Interview, dict[str, Any]]) -> None:
    iv, _ = seed
    assert len(iv.pairs[2].question.paragraphs) == 2
    assert iv.question_style == "wording"


def test_third_answer_keeps_its_numbered_list(seed: tuple[ip.Interview, dict[str, Any]]) -> None:
    iv, _ = seed
    items = iv.pairs[2].answer.list_items
    assert [item.marker for item in items] == [f"{n}." for n in range(1, 8)]
    assert items[0].text == "Achieving a world free of nuclear weapons;"
    blocks = iv.pairs[2].answer.blocks
    assert isinstance(blocks[0], ip.Paragraph) and isinstance(blocks[-1], ip.Paragraph)


def test_intro_title_and_outro(seed: tuple[ip.Interview, dict[str, Any]]) -> None:
    iv, gold = seed
    assert iv.title == gold["title"]
    assert [_norm(p.text) for p in iv.intro] == [_norm(t) for t in gold["intro"]]
    assert len(iv.intro) == 3
    assert [p.text for p in iv.outro] == gold["outro"]


def test_caption_and_closing_lines_are_boilerplate(
    seed: tuple[ip.Interview, dict[str, Any]],
) -> None:
    iv, gold = seed
    found = [_norm(b.text) for b in iv.boilerplate]
    assert found == [_norm(t) for t in gold["boilerplate"]]
    kinds = {_norm(b.text)[:20]: b.kind for b in iv.boilerplate}
    assert kinds["President Nursultan "] is ip.BoilerplateKind.CAPTION
    assert kinds["Subscribe to our new"] is ip.BoilerplateKind.NEWSLETTER
    assert all(b.reason and b.rule for b in iv.boilerplate)


def test_people_and_publisher(seed: tuple[ip.Interview, dict[str, Any]]) -> None:
    iv, gold = seed
    assert list(iv.interviewers) == gold["interviewers"]
    assert list(iv.interviewees) == gold["interviewees"]
    assert iv.publisher == gold["publisher"]
