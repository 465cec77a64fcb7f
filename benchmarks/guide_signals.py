"""The guide check's signals, measured on every gold document: which signs of a self-answered
guide (explainer, how-to, FAQ, listicle) each interview and each control shows.

For each document it prints the signals computed on the gold questions (interviews) and on the
questions the bare typographic conventions would find (so controls show what the check sees):
the share of questions that address someone, author-voice questions, recurring templates, a
genre word in the title/intro. The segmenter rejects a typographic decoding when two or more
signs agree (``segment._guide_signals``); this script is how the thresholds were chosen.

Usage::

    python benchmarks/guide_signals.py [--corpus DIR]

Exits 0 with a message when the corpus is absent (it is not shipped with the project).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import interviewparse as ip
import interviewparse.segment as seg
from interviewparse import cues


def _row(questions: list[str]) -> str:
    n = len(questions) or 1
    addressed = sum(cues.addresses_listener(q) for q in questions) / n
    author = sum(1 for q in questions if seg._AUTHOR_VOICE.search(q))
    return (
        f"n={len(questions):3d} addressed={addressed:.2f} author={author}"
        f" recurring={seg._recurring(questions)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).parents[2] / "shared/corpus")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    original = seg._guide_signals
    seg._guide_signals = lambda *_: 0  # see what the conventions alone would find
    try:
        for gold_path in sorted(args.corpus.glob("*/*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            suffix = ".html" if gold["format"] == "html" else ".txt"
            source = gold_path.with_name(gold_path.name.replace(".gold.json", suffix))
            iv = ip.parse(source.read_bytes())
            found = [p.question.text for p in iv.pairs]
            intro = [iv.title or ""] + [b.text for b in iv.intro]
            genre = any(seg._GENRE_TITLE.search(t) or seg._GENRE_INTRO.search(t) for t in intro)
            print(
                f"{gold['id'][:38]:38s} {gold['layout'][:10]:10s}"
                f" gold[{_row([p['question'] for p in gold['pairs']])}]"
                f" found[{_row(found)}] genre={genre}"
            )
    finally:
        seg._guide_signals = original
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
