"""``--format html``: the explain view of one page, as one self-contained HTML file.

The page's blocks in reading order, each coloured by the role it got (intro, question, answer,
outro, boilerplate by kind) with its rule id and reason on hover (the ``title`` attribute) and
in a small caption beside it; above them the verdict (is it an interview, and how sure), the
question style, the people, and a legend. Everything is inline: one ``<style>`` element, no
script, no link, image or font to fetch (a Content-Security-Policy meta tag forbids loading
anything), so the file reads the same offline, in a mail attachment, or in a CI artefact.

Every block is an ``<li class="block role-ROLE [kind-KIND]">`` with ``data-role``,
``data-kind``, ``data-rule`` and ``data-index`` attributes, so a script or a test can read the
view back.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from ..models import BoilerplateKind
from . import Format

if TYPE_CHECKING:
    from ..explanation import ExplainedBlock, Explanation
    from ..models import Interview

#: Background colour of each role (boilerplate is coloured by kind instead).
ROLE_COLOURS = {
    "title": "#e8eaed",
    "intro": "#dbe9fb",
    "question": "#ffe8a3",
    "answer": "#d7f0dd",
    "outro": "#e7dcf5",
    "boilerplate": "#eeeeee",
}

#: Background colour of each boilerplate kind: muted, warm greys and pinks, so clutter reads
#: as set aside next to the content's clear colours.
KIND_COLOURS = {
    BoilerplateKind.CAPTION: "#f6d8d3",
    BoilerplateKind.CREDIT: "#f3cfc6",
    BoilerplateKind.SPONSOR: "#f7d6e6",
    BoilerplateKind.NEWSLETTER: "#f1d3ef",
    BoilerplateKind.RELATED: "#e9d9cf",
    BoilerplateKind.SHARE: "#e4dcd8",
    BoilerplateKind.NAVIGATION: "#dedad6",
    BoilerplateKind.ADVERTISEMENT: "#f5c9c9",
    BoilerplateKind.AUTHOR_BIO: "#eadfc9",
    BoilerplateKind.TAGS: "#e2dccc",
    BoilerplateKind.COMMENTS: "#dcd3cf",
    BoilerplateKind.FOOTER: "#d9d5d2",
    BoilerplateKind.HEADING: "#efe2d0",
    BoilerplateKind.EDITORIAL_NOTE: "#f0e0c2",
    BoilerplateKind.PULL_QUOTE: "#f2dcd0",
    BoilerplateKind.DATELINE: "#e6e0d6",
    BoilerplateKind.PROMO: "#f3d2dc",
    BoilerplateKind.MARKUP: "#dddddd",
    BoilerplateKind.OTHER: "#e0e0e0",
}

_TAGS = {
    "title": "T",
    "intro": "I",
    "question": "Q",
    "answer": "A",
    "outro": "O",
    "boilerplate": "×",
}

_CSS = """
:root { color-scheme: light; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: #202124; background: #fff; }
h1 { font-size: 1.4rem; margin: 0 0 .3rem; }
.sub { color: #5f6368; margin: 0 0 1rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem;
  margin: 0 0 1rem; }
.facts dt { color: #5f6368; }
.facts dd { margin: 0; }
.verdict { padding: .6rem .8rem; border-radius: 6px; margin: 0 0 1rem; }
.verdict.yes { background: #d7f0dd; }
.verdict.no { background: #fce8e6; }
table.evidence { margin: .5rem 0 0; border-collapse: collapse; font-size: .85rem; }
table.evidence th, table.evidence td { padding: .1rem .6rem; text-align: right; }
table.evidence th:first-child, table.evidence td:first-child { text-align: left; }
table.evidence th { color: #5f6368; font-weight: 500; border-bottom: 1px solid #0002; }
table.evidence td.for { color: #137333; }
table.evidence td.against { color: #b3261e; }
.unseen { margin: .4rem 0 0; font-size: .8rem; color: #5f6368; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem; list-style: none; padding: 0;
  margin: 0 0 1rem; font-size: .85rem; }
.legend li { padding: .1rem .5rem; border-radius: 4px; border: 1px solid #0001; }
ol.blocks { list-style: none; padding: 0; margin: 0; }
.block { display: grid; grid-template-columns: 2rem 1fr; gap: .5rem; padding: .35rem .6rem;
  margin: 2px 0; border-radius: 4px; border-left: 4px solid #0002; }
.block .tag { font-weight: 700; color: #3c4043; text-align: center; }
.block .why { display: block; font-size: .75rem; color: #5f6368; margin-top: .15rem; }
.block .who { font-weight: 600; }
.block.role-question { font-weight: 600; border-left-color: #e0a800; }
.block.role-question .why { font-weight: 400; }
.block.starts { margin-top: .9rem; }
.block.role-answer { border-left-color: #34a853; }
.block.role-intro { border-left-color: #4285f4; }
.block.role-outro { border-left-color: #8e6cc9; }
.block.role-boilerplate { color: #5f6368; border-left-style: dashed; font-size: .9rem; }
.block.shape-heading { font-size: 1.05rem; }
.block .marker { color: #5f6368; margin-right: .35rem; }
"""


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def _title(block: ExplainedBlock) -> str:
    """The hover text: role (and kind), rule id, reason."""
    what = block.role.value + (f" · {block.kind.value}" if block.kind else "")
    parts = [what]
    if block.rule:
        parts.append(f"rule {block.rule}")
    if block.reason:
        parts.append(block.reason)
    return " — ".join(parts)


def _colour(block: ExplainedBlock) -> str:
    if block.kind is not None:
        return KIND_COLOURS.get(block.kind, ROLE_COLOURS["boilerplate"])
    return ROLE_COLOURS[block.role.value]


def _why(block: ExplainedBlock) -> str:
    """The caption under a block: kind, rule id and reason."""
    parts = (block.kind.value if block.kind else "", block.rule or "", block.reason or "")
    return " · ".join(x for x in parts if x)


def _block(block: ExplainedBlock, caption: bool) -> str:
    classes = ["block", f"role-{block.role.value}", f"shape-{block.shape}"]
    if block.kind is not None:
        classes.append(f"kind-{block.kind.value}")
    if block.starts_question:
        classes.append("starts")
    tag = _TAGS[block.role.value]
    if block.role.value == "question" and block.pair is not None:
        tag = f"Q{block.pair + 1}" if block.starts_question else ""
    who = f'<span class="who">{escape(block.label)}:</span> ' if block.label else ""
    if block.marker:
        who += f'<span class="marker">{escape(block.marker)}</span>'
    why = f'<span class="why">{escape(_why(block))}</span>' if caption else ""
    return (
        f'<li class="{" ".join(classes)}" style="background:{_colour(block)}"'
        f' title="{_attr(_title(block))}" data-index="{block.index}"'
        f' data-role="{block.role.value}" data-kind="{block.kind.value if block.kind else ""}"'
        f' data-rule="{_attr(block.rule or "")}">'
        f'<span class="tag">{escape(tag)}</span>'
        f'<span class="body">{who}<span class="text">{escape(block.text)}</span>'
        f"{why}</span></li>"
    )


def _facts(interview: Interview, explanation: Explanation) -> str:
    rows = [
        ("Publisher", interview.publisher),
        ("Published", interview.published),
        ("URL", interview.url),
        ("Language", interview.language),
        ("Interviewers", ", ".join(interview.interviewers)),
        ("Interviewees", ", ".join(interview.interviewees)),
        ("Question style", _style(explanation)),
        ("Source", explanation.source_format),
    ]
    cells = "".join(
        f"<dt>{escape(name)}</dt><dd>{escape(value)}</dd>" for name, value in rows if value
    )
    return f'<dl class="facts">{cells}</dl>'


def _style(explanation: Explanation) -> str | None:
    """The question style, with its score, the runner-up and the margin between them."""
    style = explanation.question_style
    if not explanation.ranking:
        return style
    best = explanation.ranking[0]
    text = f"{best.style} (score {best.score:.2f}"
    runner = explanation.runner_up
    if runner is not None:
        text += f"; runner-up {runner.style} {runner.score:.2f}, margin {explanation.margin:.2f}"
    return text + ")"


def _verdict(interview: Interview) -> str:
    yes = interview.is_interview
    pairs = len(interview.pairs)
    head = (
        f"An interview: {pairs} question/answer pair{'s' if pairs != 1 else ''}"
        if yes
        else "Not an interview: no question/answer pairs"
    )
    sure = f"confidence {interview.confidence:.2f} (an interview at 0.50 or more)"
    rows = "".join(
        f'<tr title="{_attr(f"value {e.value:.3f} × weight {e.weight:.3f}")}">'
        f"<td>{escape(e.name)}</td><td>{e.value:.3f}</td><td>{e.weight:+.3f}</td>"
        f'<td class="{"for" if e.contribution > 0 else "against" if e.contribution < 0 else ""}">'
        f"{e.contribution:+.3f}</td></tr>"
        for e in sorted(interview.evidence, key=lambda e: -abs(e.contribution))
        if e.contribution
    )
    unseen = ", ".join(e.name for e in interview.evidence if not e.contribution)
    table = (
        '<table class="evidence"><thead><tr><th>evidence</th><th>value</th><th>weight</th>'
        f"<th>adds to the log-odds</th></tr></thead><tbody>{rows}</tbody></table>"
        if rows
        else ""
    )
    if unseen:
        table += f'<p class="unseen">Not seen on this page: {escape(unseen)}.</p>'

    return (
        f'<div class="verdict {"yes" if yes else "no"}"><strong>{escape(head)}</strong>'
        f' <span class="sure">— {escape(sure)}</span>{table}</div>'
    )


def _legend(explanation: Explanation) -> str:
    counts = explanation.counts()
    items = []
    for role, colour in ROLE_COLOURS.items():
        if role == "boilerplate":
            continue
        n = counts.get(role, 0)
        items.append(f'<li style="background:{colour}">{escape(role)} ({n})</li>')
    kinds: dict[BoilerplateKind, int] = {}
    for block in explanation.blocks:
        if block.kind is not None:
            kinds[block.kind] = kinds.get(block.kind, 0) + 1
    for kind, n in sorted(kinds.items(), key=lambda kv: kv[0].value):
        items.append(
            f'<li style="background:{KIND_COLOURS.get(kind, "#eee")}">'
            f"boilerplate: {escape(kind.value)} ({n})</li>"
        )
    return f'<ul class="legend">{"".join(items)}</ul>'


def render_explanation(explanation: Explanation) -> str:
    """The explain view as one HTML document (see the module docstring)."""
    iv = explanation.interview
    title = iv.title or "(no title)"
    lang = f' lang="{_attr(iv.language)}"' if iv.language else ""
    items = []
    previous = ""
    for block in explanation.blocks:
        # the caption is shown where it changes (a question's later paragraphs and an answer's
        # blocks share theirs); the hover text is on every block
        why = _why(block)
        items.append(_block(block, caption=why != previous))
        previous = why
    blocks = "\n".join(items)
    return (
        "<!DOCTYPE html>\n"
        f'<html{lang}>\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy"'
        " content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>interviewparse explains: {escape(title)}</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{escape(title)}</h1>\n"
        f'<p class="sub">What interviewparse made of each block of the page, in reading order.'
        f" Hover a block for its rule and reason.</p>\n"
        f"{_verdict(iv)}\n{_facts(iv, explanation)}\n{_legend(explanation)}\n"
        f'<ol class="blocks">\n{blocks}\n</ol>\n</body>\n</html>\n'
    )


class Html(Format):
    name = "html"
    help = "an explain view of one page: its blocks coloured by role, with rules and reasons"
    order = 60
    explains = True

    def render(self, interview: Interview, *, explain: bool = False) -> str:
        raise TypeError("the html format explains a page: render an Explanation")

    def render_explanation(self, explanation: Explanation) -> str:
        return render_explanation(explanation)


FORMAT = Html()
