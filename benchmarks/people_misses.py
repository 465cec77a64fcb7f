"""List every document whose predicted interviewers/interviewees/publisher differ from gold.

Usage: python benchmarks/people_misses.py DIR... (each DIR holds ``*.gold.json`` beside the
source file, as in ``tests/fixtures/unseen/html`` or ``../shared/corpus/text``). The check for
interviewees is the referee's (every gold name contained in the predicted names, case-folded);
interviewers and publisher are compared the same way, so a miss there is informative only.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

from interviewparse import parse


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).lower()


def _contains_all(want: list[str], got: list[str]) -> bool:
    joined = " | ".join(_norm(name) for name in got)
    return all(_norm(name) in joined for name in want)


def _source_of(gold: Path) -> Path | None:
    stem = gold.name[: -len(".gold.json")]
    for candidate in gold.parent.glob(stem + ".*"):
        if not candidate.name.endswith(".gold.json"):
            return candidate
    return None


def main(dirs: list[str]) -> int:
    misses = 0
    for directory in dirs:
        for gold_path in sorted(Path(directory).glob("*.gold.json")):
            source = _source_of(gold_path)
            if source is None:
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            got = parse(source.read_bytes())
            for field in ("interviewees", "interviewers"):
                want = list(gold.get(field) or [])
                have = list(getattr(got, field))
                missed = bool(want) and not _contains_all(want, have)
                invented = not want and bool(have) and field == "interviewees"
                if missed or invented:
                    misses += field == "interviewees"
                    print(f"{source.name}: {field} gold={want} got={have}")
            want_pub = gold.get("publisher")
            if want_pub and _norm(want_pub) != _norm(got.publisher or ""):
                print(f"{source.name}: publisher gold={want_pub!r} got={got.publisher!r}")
    print(f"interviewee misses: {misses}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
