"""Interviews in a crawl: how often ordinary pages are mistaken for interviews, whether every
labelled interview is found, and what a page costs beside the bare lxml parse of its bytes.

Reads ``../shared/crawl`` beside the repository (or ``--crawl DIR``, or the
``INTERVIEWPARSE_CRAWL`` environment variable): ``pages.tar.xz`` (or a ``pages/`` folder) of
real HTML pages and ``labels.tsv`` (``page`` and ``label``: interview, not_interview or
borderline, which is left out). Every labelled page goes through ``interviewparse.parse`` in
this process; a page counts as found when it yields pairs. Prints:

- pages, interviews, non-interviews, false positives (non-interviews given pairs), recall;
- how many pages took the short path (read shallowly: no sign of a turn in the article);
- the median and 95th-percentile CPU milliseconds of a parse, and the ratio of the median to
  the median of ``lxml.html.fromstring`` on the same bytes (the floor no parser of HTML beats),
  for the non-interview pages (most of any crawl) and for all pages;
- the same for finding the interviews only (``interviewparse.find_interview``, what
  ``--interviews-only`` and ``parse_warc(interviews_only=True)`` run), which leaves a page
  that is no interview early, and how many pages it answers otherwise than ``parse`` (none);
- with ``--warc``, the same pages packed into one WARC and read by ``interviewparse.parse_warc``:
  the CPU seconds of reading the archive alone and of the whole run, records per second.

Usage::

    python benchmarks/crawl.py                 # ../shared/crawl, one timing per page
    python benchmarks/crawl.py --rounds 3 -v   # median of 3 passes per page; list the misses
    python benchmarks/crawl.py --warc --json crawl.json

CPU time (``time.process_time``) is measured, not wall time: other work on the machine does
not count against us. Each page is timed as a crawl meets it, once per pass through all the
pages (see :func:`cpu_ms`): never right after itself. Exits 0 with a message when the crawl
is absent. Timings belong here, never in the test suite.
"""

from __future__ import annotations

import argparse
import csv
import gc
import io
import json
import os
import platform
import statistics
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html

import interviewparse
from interviewparse.api import trace_source

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CRAWL = Path(os.environ.get("INTERVIEWPARSE_CRAWL", ROOT.parent / "shared" / "crawl"))

#: The goal of the crawl issue: on ordinary pages, at most this multiple of the lxml parse.
TARGET_VS_LXML = 2.5


def pages(folder: Path) -> Iterator[tuple[str, bytes]]:
    """(page id, bytes) for every page of the crawl folder."""
    packed = folder / "pages.tar.xz"
    if packed.exists():
        with tarfile.open(packed) as tar:
            for member in tar:
                if member.isfile() and member.name.endswith(".html"):
                    handle = tar.extractfile(member)
                    if handle is not None:
                        yield Path(member.name).stem, handle.read()
    else:
        for path in sorted((folder / "pages").glob("*.html")):
            yield path.stem, path.read_bytes()


def cpu_ms(function: Any, pages: list[bytes], rounds: int) -> list[float]:
    """Each page's median CPU milliseconds of ``function(page)`` over ``rounds`` passes through
    all the pages.

    A page is timed as a crawl meets it: once per pass, after the other pages, never twice in
    a row. A second call on the same page hits the caches its own texts filled (about 11 %
    fewer instructions for ``parse`` and the finder), which no crawl does; what a site's pages
    share (class names, repeated lines) still counts, as it does in a crawl."""
    times: list[list[float]] = [[] for _ in pages]
    for _ in range(rounds):
        for index, data in enumerate(pages):
            start = time.process_time()
            function(data)
            times[index].append(time.process_time() - start)
    return [1000 * statistics.median(page) for page in times]


def found_pairs(data: bytes) -> int:
    try:
        return len(interviewparse.parse(data).pairs)
    except interviewparse.ParseError:
        return 0


def found(data: bytes) -> bool:
    """What a run that keeps only the interviews does with a page (``--interviews-only``,
    ``parse_warc(interviews_only=True)``): :func:`interviewparse.find_interview`."""
    try:
        return interviewparse.find_interview(data) is not None
    except interviewparse.ParseError:
        return False


def outcome(data: bytes) -> tuple[int, bool, bool]:
    """(pairs found, whether the page took the short path: read shallowly, no sign of a turn,
    whether it is an interview)."""
    try:
        run = trace_source(data)
    except interviewparse.ParseError:
        return 0, False, False
    return len(run.interview.pairs), run.doc.shallow is not None, run.interview.is_interview


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[int(0.95 * (len(ordered) - 1))]


def timing(ours: list[float], floor: list[float]) -> dict[str, float]:
    if not ours:
        return {}
    return {
        "cpu_ms_median": round(statistics.median(ours), 2),
        "cpu_ms_p95": round(p95(ours), 2),
        "lxml_ms_median": round(statistics.median(floor), 2),
        "vs_lxml": round(statistics.median(ours) / statistics.median(floor), 2),
    }


def warc_run(labelled: list[tuple[str, bytes]]) -> dict[str, float]:
    """Pack the pages into one WARC in memory; time reading it alone, then the whole run."""
    sys.path.insert(0, str(ROOT / "tests"))
    from interviewparse.warc import iter_payloads
    from warc_files import pack, request, response  # the tests' WARC writer

    records = []
    for page, data in labelled:
        url = f"https://crawl.example/{page}"
        records += [request(url), response(url, data, content_type="text/html")]
    archive = pack(records)
    del records
    start = time.process_time()
    read = sum(1 for _ in iter_payloads(io.BytesIO(archive)))
    reading = time.process_time() - start
    start = time.process_time()
    results = interviewparse.parse_warc(io.BytesIO(archive), interviews_only=True)
    interviews = sum(1 for _ in results)
    whole = time.process_time() - start
    return {
        "records": read,
        "archive_mb": round(len(archive) / 1e6, 1),
        "read_cpu_s": round(reading, 2),
        "run_cpu_s": round(whole, 2),
        "read_share": round(reading / whole, 3) if whole else 0.0,
        "records_per_cpu_s": round(read / whole, 1) if whole else 0.0,
        "interviews": interviews,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--crawl", type=Path, default=DEFAULT_CRAWL)
    parser.add_argument(
        "--rounds", type=int, default=1, help="passes through the pages (each page's median kept)"
    )
    parser.add_argument("--limit", type=int, default=0, help="only the first N labelled pages")
    parser.add_argument("--warc", action="store_true", help="also time a run over one WARC")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("-v", "--verbose", action="store_true", help="list mistakes")
    args = parser.parse_args(argv)
    labels_path = args.crawl / "labels.tsv"
    if not labels_path.exists():
        print(f"no crawl at {args.crawl} (pages.tar.xz + labels.tsv): nothing measured")
        return 0
    with open(labels_path, encoding="utf-8") as handle:
        labels = {row["page"]: row["label"] for row in csv.DictReader(handle, delimiter="\t")}
    labelled = [
        (page, data)
        for page, data in pages(args.crawl)
        if labels.get(page) in ("interview", "not_interview")
    ]
    if args.limit:
        labelled = labelled[: args.limit]
    if not labelled:
        print("no labelled pages found", file=sys.stderr)
        return 2
    ours: dict[str, list[float]] = {"interview": [], "not_interview": []}
    finding: dict[str, list[float]] = {"interview": [], "not_interview": []}
    floor: dict[str, list[float]] = {"interview": [], "not_interview": []}
    disagree: list[str] = []  # pages the finder answers otherwise than parse (must be none)
    false_positives: list[tuple[str, int]] = []
    misses: list[str] = []
    shallow = {"interview": 0, "not_interview": 0}
    found_pairs(labelled[0][1])  # what one parse sets up for all (the lexicons it compiles)
    gc.collect()
    # Each function in its own passes (the finder after parse on the same page would find its
    # texts in the caches parse just filled).
    every = [data for _, data in labelled]
    parsing = cpu_ms(found_pairs, every, args.rounds)
    looking = cpu_ms(found, every, args.rounds)
    bare = cpu_ms(lxml.html.fromstring, every, args.rounds)
    for index, (page, data) in enumerate(labelled):
        label = labels[page]
        ours[label].append(parsing[index])
        finding[label].append(looking[index])
        floor[label].append(bare[index])
        pairs, short, is_interview = outcome(data)
        if found(data) != is_interview:
            disagree.append(page)
        shallow[label] += short
        if label == "interview" and not pairs:
            misses.append(page)
        elif label == "not_interview" and pairs:
            false_positives.append((page, pairs))
    interviews = len(ours["interview"])
    negatives = len(ours["not_interview"])
    report: dict[str, Any] = {
        "pages": len(labelled),
        "interviews": interviews,
        "non_interviews": negatives,
        "false_positives": len(false_positives),
        "fp_rate": round(len(false_positives) / negatives, 4) if negatives else 0.0,
        "recall": round((interviews - len(misses)) / interviews, 4) if interviews else 1.0,
        "short_path": {
            "non_interviews": shallow["not_interview"],
            "interviews": shallow["interview"],
        },
        "non_interview_pages": timing(ours["not_interview"], floor["not_interview"]),
        "all_pages": timing(
            ours["not_interview"] + ours["interview"], floor["not_interview"] + floor["interview"]
        ),
        # what a run that keeps only the interviews pays a page (find_interview)
        "finding_non_interview_pages": timing(finding["not_interview"], floor["not_interview"]),
        "finding_all_pages": timing(
            finding["not_interview"] + finding["interview"],
            floor["not_interview"] + floor["interview"],
        ),
        "finding_disagrees": len(disagree),
        "target_vs_lxml": TARGET_VS_LXML,
        "rounds": args.rounds,
        "machine": {
            "python": platform.python_version(),
            "lxml": ".".join(map(str, lxml.etree.LXML_VERSION)),
            "interviewparse": interviewparse.__version__,
            "processor": platform.processor() or platform.machine(),
        },
    }
    if args.warc:
        report["warc"] = warc_run(labelled)
    if args.verbose:
        for page, n in false_positives:
            print(f"false positive  {page}  ({n} pairs)")
        for page in misses:
            print(f"missed          {page}")
    print(
        f"pages={report['pages']} false_positives={report['false_positives']}/{negatives} "
        f"({100 * report['fp_rate']:.1f} %) recall={interviews - len(misses)}/{interviews}"
    )
    print(
        f"short path (read shallowly: no sign of a turn): {shallow['not_interview']}/{negatives}"
        f" non-interviews, {shallow['interview']}/{interviews} interviews"
    )
    for name in (
        "non_interview_pages",
        "all_pages",
        "finding_non_interview_pages",
        "finding_all_pages",
    ):
        figures = report[name]
        print(
            f"{name}: cpu_ms_median={figures['cpu_ms_median']} cpu_ms_p95={figures['cpu_ms_p95']} "
            f"lxml_ms_median={figures['lxml_ms_median']} vs_lxml={figures['vs_lxml']}"
        )
    if "warc" in report:
        print("warc: " + " ".join(f"{k}={v}" for k, v in report["warc"].items()))
    for page in disagree:
        print(f"finder disagrees with parse on {page}")
    for name, what in (
        ("non_interview_pages", "parsed"),
        ("finding_non_interview_pages", "only looked for interviews"),
    ):
        ratio = report[name].get("vs_lxml", 0.0)
        verdict = "meets" if ratio <= TARGET_VS_LXML else "misses"
        print(
            f"non-interview pages {what} at {ratio} x lxml: {verdict} the {TARGET_VS_LXML} x goal"
        )
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
