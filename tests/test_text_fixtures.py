"""Per-layout, per-language fixtures: invented interview snippets (never corpus text) beside
the parse we expect, one test id per fixture.

Each ``tests/fixtures/text/<name>.<ext>`` has a ``<name>.expected.json`` holding the question
convention, title, intro, every question and answer, list-item counts, outro and boilerplate
kinds. The expectations were written by reading the fixture, not by copying parser output
blindly: when a fixture's expectation changes, say why in the commit.
Regenerate a draft with ``python tests/test_text_fixtures.py NAME...`` and review it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

import interviewparse as ip

FIXTURES = Path(__file__).parent / "fixtures" / "text"
CASES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md"))


def summarise(iv: ip.Interview) -> dict[str, Any]:
    """The parts of an Interview a fixture pins down."""
    return {
        "question_style": iv.question_style,
        "title": iv.title,
        "intro": [p.text for p in iv.intro],
        "pairs": [
            {
                "question": pair.question.text,
                "question_speaker": pair.question.speaker,
                "answer": pair.answer.text,
                "answer_speaker": pair.answer.speaker,
                "list_items": len(pair.answer.list_items),
            }
            for pair in iv.pairs
        ],
        "outro": [p.text for p in iv.outro],
        "boilerplate": [[b.kind.value, b.text] for b in iv.boilerplate],
    }


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_fixture(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    got = summarise(ip.parse(path.read_bytes()))
    assert got == expected


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_fixture_accounts_for_every_paragraph(path: Path) -> None:
    """Lossless accounting: each non-empty line's words land somewhere in the Interview
    (speaker labels as speakers, the front matter's ``title:`` key as the title)."""
    iv = ip.parse(path.read_bytes())
    parts = [iv.title or ""] + [p.text for p in iv.intro] + [p.text for p in iv.outro]
    parts += [b.text for b in iv.boilerplate]
    for pair in iv.pairs:
        parts += [pair.question.text, pair.answer.text]
        parts += [pair.question.speaker or "", pair.answer.speaker or ""]
        parts += [pair.question.label or "", pair.answer.label or ""]
    everything = " ".join(" ".join(parts).split())
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip().endswith(":") and line.strip()[:-1].isupper():
            continue  # a transcript's speaker line: kept as the turn's speaker, not as text
        for word in line.split():
            word = word.strip("*_#>–—-:()\"'“”«»¿¡[]!")
            if len(word) > 3 and word.isalpha() and word != "title":
                assert word in everything, f"{word!r} from {line!r} was lost"


if __name__ == "__main__":  # pragma: no cover - a helper for writing expectations
    for name in sys.argv[1:]:
        source = next(p for p in CASES if p.stem == name)
        draft = summarise(ip.parse(source.read_bytes()))
        target = source.with_suffix(".expected.json")
        target.write_text(json.dumps(draft, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", target)
