"""Speed and memory of ``interviewparse.parse`` against trafilatura and the raw lxml parse.

Three contenders run on the same corpus pages, in one process:

  interviewparse  ``interviewparse.parse(page_bytes)`` - the whole pipeline, decoding included
  trafilatura     ``trafilatura.extract(page_text, output_format="xml", include_formatting=True)``,
                  the only setting that keeps the bold that marks questions; it gets the text
                  already decoded, so its charset sniffing is not charged to it
  lxml            ``lxml.html.fromstring(page_bytes)`` - parsing alone, the floor nobody beats

Each round runs all three on every page, the order rotated from page to page and round to round
(so no contender always runs first or last on a page). Each round runs in a fresh process, set
up on the project's own example page, so every page is met as a batch run meets it: after the
pages before it, never after an earlier round on itself. (Run in one process, a later round
finds each page's own texts in the memos the earlier rounds filled: the 38 corpus pages fit in
them, and a second ``parse`` of a page costs about a quarter fewer instructions than the
first, a second trafilatura extract about as much less. ``--warm`` measures that way: one
untimed warm-up round, then the timed rounds in this process.) Per page the median over rounds
is kept; the summary is the median over pages, plus MB/s over the whole set. Then one page is
grown 1x, 2x ... 64x by repeating its article body inside the page (it stays one valid page),
to show cost stays linear (time per doubling near 2x), and the peak memory ``tracemalloc`` sees
while we parse each page is divided by the page's size.

Usage::

    python benchmarks/speed.py                    # ../shared/corpus/html, 7 rounds, up to 64x
    python benchmarks/speed.py --rounds 15 --json speed.json
    python benchmarks/speed.py --quick            # 3 rounds, grown to 8x: a fast look
    python benchmarks/speed.py --warm             # rounds in this process, after a warm-up

Timings belong here, never in the test suite. Exits 0 with a message when the corpus is absent.
"""

from __future__ import annotations

import argparse
import copy
import gc
import importlib
import json
import math
import multiprocessing
import os
import platform
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("INTERVIEWPARSE_CORPUS", ROOT.parent / "shared" / "corpus"))

#: The speed goals (docs/performance.md), checked (not asserted) at the end of a run.
TARGETS = {
    "ours_vs_trafilatura": 0.5,
    "ours_vs_floor": 4.0,
    "max_doubling": 2.2,
    "peak_memory_per_input": 10.0,
}
MB = 1_000_000

Contender = Callable[[bytes, str], object]


# ---------------------------------------------------------------------------------------------
# environment


def cpu_model() -> str:
    """The CPU's model name (Linux /proc/cpuinfo, else what ``platform`` knows)."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def machine() -> dict[str, Any]:
    try:
        usable = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        usable = os.cpu_count() or 0
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "platform": platform.platform(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def _version(module: str) -> str | None:
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return None
    return str(getattr(mod, "__version__", "?"))


def versions() -> dict[str, str | None]:
    import lxml.etree

    return {
        "python": platform.python_version(),
        "interviewparse": _version("interviewparse"),
        "trafilatura": _version("trafilatura"),
        "lxml": lxml.etree.__version__,
        "libxml2": ".".join(map(str, lxml.etree.LIBXML_VERSION)),
        "bs4": _version("bs4"),
    }


# ---------------------------------------------------------------------------------------------
# contenders


def contenders() -> dict[str, Contender]:
    """The functions timed, by name; trafilatura is left out (with a note) when not installed."""
    import lxml.html

    import interviewparse

    found: dict[str, Contender] = {
        "interviewparse": lambda data, text: interviewparse.parse(data),
    }
    try:
        import trafilatura
    except ImportError:
        print('speed: trafilatura is not installed (pip install ".[bench]"); skipping it')
    else:
        found["trafilatura"] = lambda data, text: trafilatura.extract(
            text, output_format="xml", include_formatting=True
        )
    found["lxml"] = lambda data, text: lxml.html.fromstring(data)
    return found


def decoded(data: bytes) -> str:
    """The page as text, decoded the way interviewparse decodes it (untimed)."""
    from interviewparse._input import decode

    return decode(data, max_bytes=None)


#: ``cpu`` is this process's CPU time: for this single-threaded work it equals wall time on an
#: idle machine, and other processes competing for the cores do not inflate it. ``wall`` is
#: elapsed time, what a user waits for.
CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}


def time_once(
    func: Contender, data: bytes, text: str, clock: Callable[[], float] = time.perf_counter
) -> float:
    start = clock()
    func(data, text)
    return clock() - start


# ---------------------------------------------------------------------------------------------
# interleaved rounds


def run_rounds(
    pages: Sequence[tuple[str, bytes, str]],
    funcs: dict[str, Contender],
    rounds: int,
    clock: Callable[[], float] = time.perf_counter,
    *,
    warm: bool = False,
) -> dict[str, dict[str, list[float]]]:
    """Seconds per (page, contender, round).

    Each round runs in a fresh process (forked before any page was read here: see
    :func:`can_fork`): every page is timed as a batch run meets it, never after an earlier
    round on itself. With ``warm``, the rounds run in this process after an untimed warm-up
    round, each page finding its own texts in the memos of the rounds before."""
    names = list(funcs)
    times: dict[str, dict[str, list[float]]] = {
        page: {name: [] for name in names} for page, _, _ in pages
    }
    run_one = one_round if warm else _in_a_fresh_process
    for round_no in range(-1 if warm else 0, rounds):
        timed = run_one(pages, funcs, round_no, clock)
        if round_no >= 0:
            for page, by_name in timed.items():
                for name, seconds in by_name.items():
                    times[page][name].append(seconds)
    return times


def can_fork() -> bool:
    """Can this platform fork the fresh process each round runs in?"""
    return "fork" in multiprocessing.get_all_start_methods()


def one_round(
    pages: Sequence[tuple[str, bytes, str]],
    funcs: dict[str, Contender],
    round_no: int,
    clock: Callable[[], float],
) -> dict[str, dict[str, float]]:
    """Seconds per (page, contender) of one pass through the pages, the contenders' order
    rotated from page to page and round to round."""
    names = list(funcs)
    timed: dict[str, dict[str, float]] = {}
    gc.collect()
    for page_no, (page, data, text) in enumerate(pages):
        shift = (round_no + page_no) % len(names)
        timed[page] = {
            name: time_once(funcs[name], data, text, clock)
            for name in names[shift:] + names[:shift]
        }
    return timed


#: The page each fresh process is set up on before its round (what one call compiles and
#: loads for all: lexicons, patterns, trafilatura's settings): the project's own example.
SETUP_PAGE = ROOT / "examples" / "glacier-interview.html"


def set_up(funcs: dict[str, Contender]) -> None:
    """One untimed call of every contender on :data:`SETUP_PAGE`."""
    setup = SETUP_PAGE.read_bytes()
    text = decoded(setup)
    for func in funcs.values():
        func(setup, text)


def _in_a_fresh_process(
    pages: Sequence[tuple[str, bytes, str]],
    funcs: dict[str, Contender],
    round_no: int,
    clock: Callable[[], float],
) -> dict[str, dict[str, float]]:
    """:func:`one_round` in a forked child, after one untimed call of every contender on
    :data:`SETUP_PAGE`."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def child() -> None:
        set_up(funcs)
        send.send(one_round(pages, funcs, round_no, clock))
        send.close()

    process = context.Process(target=child)
    process.start()
    send.close()
    try:
        timed: dict[str, dict[str, float]] = receive.recv()
    except EOFError:
        process.join()
        raise RuntimeError(
            f"the round in a fresh process failed (exit code {process.exitcode})"
        ) from None
    process.join()
    return timed


def summarise(
    pages: Sequence[tuple[str, bytes, str]], times: dict[str, dict[str, list[float]]]
) -> tuple[list[dict[str, Any]], dict[str, dict[str, float]], dict[str, float | None]]:
    """Per-page medians, per-contender summary, and ours/trafilatura, ours/floor ratios."""
    names = list(next(iter(times.values())))
    rows = []
    for page, data, _ in pages:
        row: dict[str, Any] = {"page": page, "bytes": len(data)}
        for name in names:
            row[f"{name}_ms"] = round(statistics.median(times[page][name]) * 1e3, 3)
        if "trafilatura" in names:
            row["ours_vs_trafilatura"] = round(row["interviewparse_ms"] / row["trafilatura_ms"], 3)
        row["ours_vs_floor"] = round(row["interviewparse_ms"] / row["lxml_ms"], 3)
        rows.append(row)
    total_mb = sum(len(data) for _, data, _ in pages) / MB
    summary = {}
    for name in names:
        per_page = [row[f"{name}_ms"] for row in rows]
        summary[name] = {
            "median_ms": round(statistics.median(per_page), 3),
            "mean_ms": round(statistics.fmean(per_page), 3),
            "mb_per_s": round(total_mb / (sum(per_page) / 1e3), 3),
        }
    ours = summary["interviewparse"]["median_ms"]
    ratios: dict[str, float | None] = {
        "ours_vs_trafilatura": (
            round(ours / summary["trafilatura"]["median_ms"], 3)
            if "trafilatura" in summary
            else None
        ),
        "ours_vs_floor": round(ours / summary["lxml"]["median_ms"], 3),
        "median_page_ours_vs_trafilatura": (
            round(statistics.median(r["ours_vs_trafilatura"] for r in rows), 3)
            if "trafilatura" in summary
            else None
        ),
        "median_page_ours_vs_floor": round(statistics.median(r["ours_vs_floor"] for r in rows), 3),
    }
    return rows, summary, ratios


# ---------------------------------------------------------------------------------------------
# growth: one page, its article body repeated 1x .. 64x


def _article_body(root: Any) -> Any:
    """The element holding the most paragraph text among its direct children: the article body
    on any ordinary page, found without knowing the publisher."""
    best, best_chars = None, 0
    for element in root.iter("div", "article", "section", "main", "body", "td"):
        chars = sum(
            len(child.text_content())
            for child in element
            if isinstance(child.tag, str) and child.tag in ("p", "h2", "h3", "h4", "ul", "ol")
        )
        if chars > best_chars:
            best, best_chars = element, chars
    return best


def article_chars(data: bytes) -> int:
    import lxml.html

    body = _article_body(lxml.html.fromstring(data))
    return 0 if body is None else len(body.text_content())


def grown_page(data: bytes, factor: int) -> bytes:
    """The page with its article body's children repeated ``factor`` times, serialised again
    (1x is serialised the same way, so every step went through the same round trip)."""
    import lxml.html

    root = lxml.html.fromstring(data)
    body = _article_body(root)
    if body is not None and factor > 1:
        children = list(body)
        for _ in range(factor - 1):
            for child in children:
                body.append(copy.deepcopy(child))
    out: bytes = lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>")
    return out


def fitted_exponent(steps: Sequence[dict[str, Any]]) -> float | None:
    """Least-squares slope of log(time) against log(size) over all steps: 1.0 is linear.

    One step's ratio can jump when the machine is busy for a moment; the slope over the whole
    curve says whether the cost really grows faster than the input."""
    points = [(math.log(s["bytes"]), math.log(s["ours_ms"])) for s in steps if s["ours_ms"] > 0]
    if len(points) < 2:
        return None
    mean_x = statistics.fmean(x for x, _ in points)
    mean_y = statistics.fmean(y for _, y in points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    if spread == 0:
        return None
    return round(sum((x - mean_x) * (y - mean_y) for x, y in points) / spread, 3)


def growth(
    name: str,
    data: bytes,
    funcs: dict[str, Contender],
    max_factor: int,
    repeats: int,
    clock: Callable[[], float] = time.perf_counter,
) -> dict[str, Any]:
    """Median time of ours (and the floor) on the page grown 1x, 2x, 4x ... ``max_factor``.

    Every repeat runs every size once, so a burst of load on the machine hits all sizes alike
    instead of bending one step of the curve."""
    factors = [1]
    while factors[-1] * 2 <= max_factor:
        factors.append(factors[-1] * 2)
    grown = {factor: grown_page(data, factor) for factor in factors}
    texts = {factor: page.decode("utf-8") for factor, page in grown.items()}
    ours: dict[int, list[float]] = {factor: [] for factor in factors}
    floor: dict[int, list[float]] = {factor: [] for factor in factors}
    for _ in range(repeats):
        for factor in factors:
            gc.collect()
            page, text = grown[factor], texts[factor]
            ours[factor].append(time_once(funcs["interviewparse"], page, text, clock))
            floor[factor].append(time_once(funcs["lxml"], page, text, clock))
    steps: list[dict[str, Any]] = []
    for factor in factors:
        step: dict[str, Any] = {
            "factor": factor,
            "bytes": len(grown[factor]),
            "ours_ms": round(statistics.median(ours[factor]) * 1e3, 3),
            "floor_ms": round(statistics.median(floor[factor]) * 1e3, 3),
        }
        if steps:
            prev = steps[-1]
            step["time_ratio"] = round(step["ours_ms"] / prev["ours_ms"], 3)
            grew = step["bytes"] / prev["bytes"]
            step["size_ratio"] = round(grew, 3)
            # exponent 1 means linear in the input size, 2 quadratic
            step["exponent"] = (
                round(math.log(step["ours_ms"] / prev["ours_ms"]) / math.log(grew), 3)
                if grew > 1
                else None
            )
        steps.append(step)
    ratios = [s["time_ratio"] for s in steps[1:]]
    return {
        "page": name,
        "repeats": repeats,
        "steps": steps,
        "max_doubling": max(ratios) if ratios else None,
        "fitted_exponent": fitted_exponent(steps),
        "ms_per_mb_at_max": round(steps[-1]["ours_ms"] / (steps[-1]["bytes"] / MB), 3),
    }


# ---------------------------------------------------------------------------------------------
# memory


def peak_memory(pages: Sequence[tuple[str, bytes, str]]) -> dict[str, Any]:
    """Peak bytes allocated (as tracemalloc sees them) while parsing each page, per input byte,
    after one untimed pass through the pages: a batch run's memos soon reach their bounded
    size, and the peak of a page is what it adds to that.

    tracemalloc sees Python's allocations, not libxml2's own C buffers: the lxml tree itself is
    not counted, the bs4 tree and every Python object we build are."""
    import interviewparse

    for _, data, _ in pages:
        interviewparse.parse(data)  # (what one parse leaves for all: its memos at their size)
    rows = []
    for page, data, _ in pages:
        gc.collect()
        tracemalloc.start()
        try:
            interviewparse.parse(data)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        rows.append({"page": page, "bytes": len(data), "peak_bytes": peak})
    per_input = [row["peak_bytes"] / row["bytes"] for row in rows]
    return {
        "median_peak_per_input": round(statistics.median(per_input), 3),
        "max_peak_per_input": round(max(per_input), 3),
        "pages": rows,
    }


# ---------------------------------------------------------------------------------------------
# output


def _rounds_in(settings: dict[str, Any]) -> str:
    return "each in " + settings["rounds_in"]


def format_report(report: dict[str, Any]) -> str:
    names = list(report["summary"])
    short = {"interviewparse": "ours", "trafilatura": "trafil", "lxml": "lxml"}
    out = []
    m, v = report["machine"], report["versions"]
    out.append(
        f"machine: {m['cpu']}, {m['cores']} cores ({m['usable_cores']} usable), {m['platform']}, "
        f"load average {m['load_average']}"
    )
    out.append("versions: " + ", ".join(f"{k} {val}" for k, val in v.items()))
    s = report["settings"]
    out.append(
        f"{s['pages']} pages, {s['rounds']} interleaved rounds ({_rounds_in(s)}), "
        f"medians of {s['clock']} time\n"
    )
    head = f"{'page':40} {'KB':>6} " + " ".join(f"{short[n] + ' ms':>10}" for n in names)
    head += f" {'ours/traf':>9} {'ours/lxml':>9}"
    out += [head, "-" * len(head)]
    for row in report["pages"]:
        line = f"{row['page'][:40]:40} {row['bytes'] / 1000:>6.0f} "
        line += " ".join(f"{row[n + '_ms']:>10.2f}" for n in names)
        traf = row.get("ours_vs_trafilatura")
        line += f" {traf if traf is not None else float('nan'):>9.2f} {row['ours_vs_floor']:>9.2f}"
        out.append(line)
    out.append("")
    out.append(f"{'contender':16} {'median ms/page':>14} {'mean ms/page':>12} {'MB/s':>8}")
    for name, summ in report["summary"].items():
        out.append(
            f"{name:16} {summ['median_ms']:>14.2f} {summ['mean_ms']:>12.2f} "
            f"{summ['mb_per_s']:>8.2f}"
        )
    r = report["ratios"]
    out.append(
        f"\nours/trafilatura {r['ours_vs_trafilatura']} (median of per-page ratios "
        f"{r['median_page_ours_vs_trafilatura']}); ours/lxml floor {r['ours_vs_floor']} "
        f"(median of per-page ratios {r['median_page_ours_vs_floor']})"
    )
    g = report["growth"]
    out.append(f"\ngrowth: {g['page']} with its article body repeated")
    out.append(f"{'factor':>6} {'KB':>8} {'ours ms':>9} {'lxml ms':>9} {'x prev':>7} {'exp':>6}")
    for step in g["steps"]:
        out.append(
            f"{step['factor']:>6} {step['bytes'] / 1000:>8.0f} {step['ours_ms']:>9.2f} "
            f"{step['floor_ms']:>9.2f} {step.get('time_ratio', float('nan')):>7.2f} "
            f"{step.get('exponent') or float('nan'):>6.2f}"
        )
    out.append(f"fitted exponent (1 = linear): {g['fitted_exponent']}")
    mem = report["memory"]
    out.append(
        f"\npeak memory (tracemalloc) per input byte: median {mem['median_peak_per_input']}, "
        f"max {mem['max_peak_per_input']}"
    )
    out.append("\ntargets:")
    for key, check in report["targets"].items():
        status = "n/a" if check["ok"] is None else ("ok" if check["ok"] else "MISSED")
        out.append(f"  {key:24} {check['value']!s:>8} <= {check['target']:<5} {status}")
    return "\n".join(out)


def format_markdown(report: dict[str, Any]) -> str:
    """The summary as Markdown tables, ready to paste into ``docs/performance.md``."""
    m, v, s = report["machine"], report["versions"], report["settings"]
    out = [
        f"Measured on {m['cpu']}, {m['cores']} cores, {m['platform']} "
        f"(load average {m['load_average']}); "
        + ", ".join(f"{k} {val}" for k, val in v.items())
        + f". {s['pages']} pages, {s['rounds']} interleaved rounds ({_rounds_in(s)}), medians of "
        f"{s['clock']} time.",
        "",
        "| contender | median ms/page | mean ms/page | MB/s |",
        "|---|---:|---:|---:|",
    ]
    for name, summ in report["summary"].items():
        out.append(
            f"| {name} | {summ['median_ms']:.2f} | {summ['mean_ms']:.2f} | {summ['mb_per_s']:.2f} |"
        )
    g, mem = report["growth"], report["memory"]
    out += ["", "| goal | measured | target | |", "|---|---:|---:|---|"]
    labels = {
        "ours_vs_trafilatura": "median time, ours / trafilatura",
        "ours_vs_floor": "median time, ours / lxml parse",
        "max_doubling": "worst time ratio per doubling, 1x-64x",
        "peak_memory_per_input": "peak memory / input size (worst page)",
    }
    for key, check in report["targets"].items():
        status = "n/a" if check["ok"] is None else ("met" if check["ok"] else "not met")
        out.append(f"| {labels[key]} | {check['value']} | {check['target']} | {status} |")
    out += [
        "",
        f"Growth of `{g['page']}` (article body repeated inside the page):",
        "",
        "| factor | KB | ours ms | lxml ms | × previous | exponent |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for step in g["steps"]:
        exponent = step.get("exponent")
        out.append(
            f"| {step['factor']} | {step['bytes'] / 1000:.0f} | {step['ours_ms']:.2f} | "
            f"{step['floor_ms']:.2f} | {step.get('time_ratio', '')} | "
            f"{'' if exponent is None else exponent} |"
        )
    out += [
        "",
        f"Slope of log(time) over log(size), all steps: {g['fitted_exponent']} (1 = linear).",
        "",
        f"Peak memory (tracemalloc) per byte of input: median {mem['median_peak_per_input']}, "
        f"worst page {mem['max_peak_per_input']}.",
    ]
    return "\n".join(out)


def check_targets(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    values = {
        "ours_vs_trafilatura": report["ratios"]["ours_vs_trafilatura"],
        "ours_vs_floor": report["ratios"]["ours_vs_floor"],
        "max_doubling": report["growth"]["max_doubling"],
        "peak_memory_per_input": report["memory"]["max_peak_per_input"],
    }
    return {
        key: {
            "value": value,
            "target": TARGETS[key],
            "ok": None if value is None else value <= TARGETS[key],
        }
        for key, value in values.items()
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus (with html/)")
    ap.add_argument("--rounds", type=int, default=None, help="timed rounds (default 7, quick 3)")
    ap.add_argument("--quick", action="store_true", help="3 rounds, growth only to 8x")
    ap.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="cpu",
        help="cpu: this process's CPU time (steady on a busy machine); wall: elapsed time",
    )
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages")
    ap.add_argument(
        "--warm",
        action="store_true",
        help="run the rounds in this process after a warm-up round (pages find their own "
        "texts in the memos of the rounds before), instead of each in a fresh process",
    )
    ap.add_argument("--max-factor", type=int, default=None, help="growth limit (default 64)")
    ap.add_argument("--grow-page", default=None, help="page stem to grow (default: most text)")
    ap.add_argument("--json", type=Path, metavar="OUT", help="also write the report as JSON")
    ap.add_argument("--markdown", type=Path, metavar="OUT", help="also write Markdown tables")
    args = ap.parse_args(argv)

    html_dir = args.corpus / "html"
    paths = sorted(html_dir.glob("*.html"))[: args.limit] if html_dir.is_dir() else []
    if not paths:
        print(f"speed: no HTML pages at {html_dir}; pass --corpus DIR. Nothing measured.")
        return 0
    rounds = args.rounds if args.rounds is not None else (3 if args.quick else 7)
    max_factor = args.max_factor if args.max_factor is not None else (8 if args.quick else 64)

    pages = [(p.name[: -len(".html")], p.read_bytes()) for p in paths]
    corpus_pages = [(name, data, decoded(data)) for name, data in pages]
    funcs = contenders()

    clock = CLOCKS[args.clock]
    warm = args.warm
    if not warm and not can_fork():
        print("speed: processes cannot be forked here; the rounds run warm, in this process")
        warm = True
    times = run_rounds(corpus_pages, funcs, rounds, clock, warm=warm)
    set_up(funcs)  # (the growth and the memory are measured here, after the setup a run does)
    rows, summary, ratios = summarise(corpus_pages, times)
    by_name = dict(pages)
    grow = args.grow_page or max(by_name, key=lambda name: article_chars(by_name[name]))
    report: dict[str, Any] = {
        "machine": machine(),
        "versions": versions(),
        "settings": {
            "corpus": str(html_dir),
            "pages": len(pages),
            "rounds": rounds,
            "clock": args.clock,
            "rounds_in": "this process, after a warm-up round" if warm else "a fresh process",
            "max_factor": max_factor,
            "trafilatura_call": 'extract(text, output_format="xml", include_formatting=True)',
        },
        "pages": rows,
        "summary": summary,
        "ratios": ratios,
        "growth": growth(grow, by_name[grow], funcs, max_factor, max(3, rounds), clock),
        "memory": peak_memory(corpus_pages),
    }
    report["targets"] = check_targets(report)
    print(format_report(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
        print(f"wrote {args.json}")
    if args.markdown:
        args.markdown.write_text(format_markdown(report) + "\n", encoding="utf-8")
        print(f"wrote {args.markdown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
