"""Parse every page in a folder in parallel and write one JSON line per interview.

    python examples/batch_folder.py [FOLDER] [OUT.jsonl]   (default: examples/, no file)

The same as ``interviewparse FOLDER --format jsonl --jobs 2 -o OUT.jsonl``, in Python.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import interviewparse as ip
from interviewparse.batch import expand_paths


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent
    files = expand_paths([folder])
    failed = pairs = 0
    lines = []
    results = ip.parse_many(files, jobs=2, errors="return")
    for path, result in zip(files, results, strict=True):
        if isinstance(result, ip.ParseError):
            failed += 1
            print(result, file=sys.stderr)  # "path: what went wrong" (the error names its file)
            continue
        pairs += len(result.pairs)
        print(f"{len(result.pairs):3d} pairs  {path}")
        lines.append(json.dumps({"source": str(path), **result.to_dict()}, ensure_ascii=False))
    if len(argv) > 2:
        Path(argv[2]).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(files)} files, {pairs} pairs, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
