"""Profile ``interviewparse.parse`` over every corpus HTML page, to find where the time goes.

Usage::

    python benchmarks/profile_corpus.py                 # cProfile, top 30 by own time
    python benchmarks/profile_corpus.py --sort cumulative --top 50 --repeat 5
    pyinstrument benchmarks/profile_corpus.py --no-profile   # let pyinstrument do the sampling

Exits 0 with a message when the corpus is absent.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("INTERVIEWPARSE_CORPUS", ROOT.parent / "shared" / "corpus"))


def parse_all(pages: Sequence[bytes], repeat: int) -> None:
    import interviewparse

    for _ in range(repeat):
        for data in pages:
            interviewparse.parse(data)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=3, help="passes over the pages")
    ap.add_argument("--sort", default="tottime", help="pstats sort key (tottime, cumulative)")
    ap.add_argument("--top", type=int, default=30, help="rows of the profile to print")
    ap.add_argument("--no-profile", action="store_true", help="just run (for external profilers)")
    args = ap.parse_args(argv)

    paths = sorted((args.corpus / "html").glob("*.html"))
    if not paths:
        print(f"profile: no HTML pages under {args.corpus}/html. Nothing profiled.")
        return 0
    pages = [p.read_bytes() for p in paths]
    parse_all(pages, 1)  # warm up imports and caches outside the profile
    if args.no_profile:
        parse_all(pages, args.repeat)
        return 0
    profiler = cProfile.Profile()
    profiler.runcall(parse_all, pages, args.repeat)
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.strip_dirs().sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
