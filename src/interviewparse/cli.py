"""Command line: ``interviewparse PATH|- [--format json|markdown|text]``."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .api import parse
from .errors import ParseError
from .models import Interview

__all__ = ["main"]


def _render(interview: Interview, fmt: str) -> str:
    if fmt == "json":
        return interview.to_json()
    if fmt == "markdown":
        return interview.to_markdown()
    return interview.to_text()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interviewparse",
        description="Parse a news interview (HTML page or text) into question/answer pairs.",
    )
    parser.add_argument("path", help="an HTML or text file, or - for standard input")
    parser.add_argument(
        "--format", choices=("json", "markdown", "text"), default="json", help="output format"
    )
    parser.add_argument("--url", default=None, help="the page's URL, recorded in the output")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.path == "-":
            data = sys.stdin.buffer.read()
        else:
            data = Path(args.path).read_bytes()
        interview = parse(data, url=args.url)
        sys.stdout.write(_render(interview, args.format))
        if not sys.stdout.isatty() or args.format != "json":
            sys.stdout.write("\n" if args.format == "json" else "")
    except ParseError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"interviewparse: {args.path}: {exc}", file=sys.stderr)
        return exc.exit_code
    except OSError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"interviewparse: {args.path}: cannot read: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug of ours: say so in one line, never a raw traceback
        if args.debug:
            traceback.print_exc()
        print(
            f"interviewparse: {args.path}: internal error ({type(exc).__name__}: {exc}); "
            "rerun with --debug and report it",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
