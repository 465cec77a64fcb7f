"""Parse one interview and print its pairs and what was stripped as boilerplate.

python examples/parse_one.py [PAGE]        (default: examples/interview.html)
"""

from __future__ import annotations

import sys
from pathlib import Path

import interviewparse as ip


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("interview.html")
    try:
        iv = ip.parse(path)  # a Path is read; the error of an unusable file names it
    except ip.ParseError as exc:  # unusable input: one clear line, no traceback
        print(exc, file=sys.stderr)
        return 1
    print(f"{iv.title}\n{iv.publisher or '?'} · {iv.published or '?'} · style: {iv.question_style}")
    print(f"interviewers: {', '.join(iv.interviewers) or '?'}")
    print(f"interviewees: {', '.join(iv.interviewees) or '?'}\n")
    for number, pair in enumerate(iv.pairs, 1):
        print(f"Q{number}: {pair.question.text}")
        print(f"A{number}: {pair.answer.text[:100]}{'...' if len(pair.answer.text) > 100 else ''}")
        print(f"    ({len(pair.answer.blocks)} blocks, {len(pair.answer.list_items)} list items)")
    print(f"\n{len(iv.boilerplate)} boilerplate blocks:")
    for item in iv.boilerplate:
        print(f"  [{item.kind.value}] {item.text[:60]!r}  <- {item.reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
