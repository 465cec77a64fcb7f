"""The short views of an :class:`~interviewparse.Interview`: its one-line ``repr`` and the
compact HTML table a notebook shows (``_repr_html_``). Not a ``--format``: the leading
underscore keeps this module out of the registry."""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Interview

#: Longest title, question or answer excerpt shown before it is cut with "…".
TITLE_WIDTH = 60
QUESTION_WIDTH = 110


def brief(text: str | None, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with "…"."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def verdict(interview: Interview) -> str:
    """How sure the parser is that this is an interview, as ``key=value``."""
    return f"confidence={interview.confidence:.2f}"


def one_line(interview: Interview) -> str:
    """``<Interview 'title' interviewees=[...] interviewers=[...] pairs=N confidence=0.97>``."""
    parts = [repr(brief(interview.title, TITLE_WIDTH)) if interview.title else "(untitled)"]
    if interview.interviewees:
        parts.append(f"interviewees={list(interview.interviewees)!r}")
    if interview.interviewers:
        parts.append(f"interviewers={list(interview.interviewers)!r}")
    parts.append(f"pairs={len(interview.pairs)}")
    parts.append(verdict(interview))
    return "<Interview " + " ".join(parts) + ">"


def _row(name: str, value: str) -> str:
    left = 'style="text-align:left"'
    return f"<tr><th {left}>{escape(name)}</th><td {left}>{value}</td></tr>"


def html_table(interview: Interview) -> str:
    """A compact HTML table: title, people, verdict, the Q/A pairs, boilerplate by kind."""
    iv = interview
    rows = []
    for name, value in (
        ("Publisher", iv.publisher),
        ("Published", iv.published),
        ("Interviewers", ", ".join(iv.interviewers)),
        ("Interviewees", ", ".join(iv.interviewees)),
        ("Question style", iv.question_style),
    ):
        if value:
            rows.append(_row(name, escape(value)))
    sure = "an interview" if iv.is_interview else "not an interview"
    rows.append(_row("Confidence", f"{iv.confidence:.2f} ({sure})"))
    kinds = Counter(item.kind.value for item in iv.boilerplate)
    if kinds:
        shown = ", ".join(f"{escape(kind)} {n}" for kind, n in sorted(kinds.items()))
        rows.append(_row(f"Boilerplate ({len(iv.boilerplate)})", shown))
    pairs = "".join(
        f'<tr><td>{i + 1}</td><td style="text-align:left">'
        f"{escape(brief(pair.question.text, QUESTION_WIDTH))}</td>"
        f"<td>{len(pair.answer.text.split())}</td></tr>"
        for i, pair in enumerate(iv.pairs)
    )
    pair_table = (
        '<table><thead><tr><th>#</th><th style="text-align:left">Question</th>'
        f"<th>answer words</th></tr></thead><tbody>{pairs}</tbody></table>"
        if pairs
        else "<p>No question/answer pairs.</p>"
    )
    title = escape(iv.title or "(untitled)")
    return (
        f'<div class="interviewparse-interview"><strong>{title}</strong>'
        f"<table><tbody>{''.join(rows)}</tbody></table>"
        f"<details{' open' if len(iv.pairs) <= 12 else ''}>"
        f"<summary>{len(iv.pairs)} question/answer pairs</summary>{pair_table}</details></div>"
    )
