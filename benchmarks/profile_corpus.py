"""Profile ``interviewparse.parse`` over every corpus HTML page, to find where the time goes.

Usage::

    python benchmarks/profile_corpus.py                 # cProfile, top 30 by own time
    python benchmarks/profile_corpus.py --sort cumulative --top 50 --repeat 5
    python benchmarks/profile_corpus.py --stages        # median ms per pipeline stage
    pyinstrument benchmarks/profile_corpus.py --no-profile   # let pyinstrument do the sampling

Exits 0 with a message when the corpus is absent.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import os
import pstats
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("INTERVIEWPARSE_CORPUS", ROOT.parent / "shared" / "corpus"))


def parse_all(pages: Sequence[bytes], repeat: int) -> None:
    import interviewparse

    for _ in range(repeat):
        for data in pages:
            interviewparse.parse(data)


#: The stage functions ``interviewparse.api`` calls, timed by ``--stages`` where they exist.
STAGES = (
    "decode",
    "decode_named",
    "looks_like_html",
    "read_html",
    "parse_page",
    "read_tree",
    "read_text",
    "ensure_readable",
    "label_boilerplate",
    "segment",
    "read_metadata",
    "assemble",
)


def stage_times(pages: Sequence[tuple[str, bytes]], repeat: int) -> dict[str, dict[str, float]]:
    """Median milliseconds (CPU time) each stage of ``interviewparse.api`` takes on each page.

    Wraps the stage functions as ``api`` sees them (module attributes), so it follows the
    pipeline as it is today without knowing its internals; stages that do not exist are skipped.
    """
    import interviewparse
    from interviewparse import api

    spent: dict[str, float] = {}

    def timed(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start

        return wrapper

    originals = {name: getattr(api, name) for name in STAGES if hasattr(api, name)}
    for name, func in originals.items():
        setattr(api, name, timed(name, func))
    samples: dict[str, dict[str, list[float]]] = {}
    try:
        for _ in range(repeat):
            for page, data in pages:
                spent.clear()
                start = time.process_time()
                interviewparse.parse(data)
                row = samples.setdefault(page, {})
                row.setdefault("total", []).append(time.process_time() - start)
                for name, seconds in spent.items():
                    row.setdefault(name, []).append(seconds)
    finally:
        for name, func in originals.items():
            setattr(api, name, func)
    return {
        page: {name: round(statistics.median(v) * 1e3, 3) for name, v in row.items()}
        for page, row in samples.items()
    }


def print_stages(table: dict[str, dict[str, float]]) -> None:
    names = [n for n in ("total", *STAGES) if any(n in row for row in table.values())]
    print(f"{'page':36}" + "".join(f"{n[:11]:>12}" for n in names))
    for page, row in table.items():
        print(f"{page[:36]:36}" + "".join(f"{row.get(n, 0.0):>12.2f}" for n in names))
    medians = {n: statistics.median(row.get(n, 0.0) for row in table.values()) for n in names}
    print(f"{'median':36}" + "".join(f"{medians[n]:>12.2f}" for n in names))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=3, help="passes over the pages")
    ap.add_argument("--sort", default="tottime", help="pstats sort key (tottime, cumulative)")
    ap.add_argument("--top", type=int, default=30, help="rows of the profile to print")
    ap.add_argument("--no-profile", action="store_true", help="just run (for external profilers)")
    ap.add_argument("--stages", action="store_true", help="median ms per stage and page")
    args = ap.parse_args(argv)

    paths = sorted((args.corpus / "html").glob("*.html"))
    if not paths:
        print(f"profile: no HTML pages under {args.corpus}/html. Nothing profiled.")
        return 0
    if args.stages:
        named = [(p.name[: -len(".html")], p.read_bytes()) for p in paths]
        parse_all([data for _, data in named], 1)
        print_stages(stage_times(named, args.repeat))
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
