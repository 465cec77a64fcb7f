"""``--format markdown``: title, people, intro, questions in bold, answers with their lists.

The boilerplate is left out; ``--explain`` adds the evidence table in a code block. In a batch,
documents are separated by a rule and each opens with an HTML comment naming its source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import ListItem
from . import Format
from .text import evidence_table

if TYPE_CHECKING:
    from ..models import Interview

_BULLETS = frozenset("•-*–—·▪◦‣○●")


def list_item(item: ListItem) -> str:
    """A list item as Markdown: "1." stays a numbered item, bullets become "-", and other
    markers ("a)", "(i)") are kept as text after a "-" so nothing is lost."""
    marker = item.marker.strip()
    if marker in _BULLETS or not marker:
        return f"- {item.text}"
    if marker[:-1].isdigit() and marker[-1] in ".)":
        return f"{marker} {item.text}"
    return f"- {marker} {item.text}"


def render(interview: Interview) -> str:
    """The interview as Markdown (see the module docstring)."""
    iv = interview
    lines: list[str] = []
    if iv.title:
        lines += [f"# {iv.title}", ""]
    facts = [
        ("Publisher", iv.publisher),
        ("Published", iv.published),
        ("Interviewer", ", ".join(iv.interviewers)),
        ("Interviewee", ", ".join(iv.interviewees)),
        ("URL", iv.url),
    ]
    shown = [f"*{name}:* {value}" for name, value in facts if value]
    if shown:
        lines += ["  \n".join(shown), ""]
    for paragraph in iv.intro:
        lines += [paragraph.text, ""]
    for pair in iv.pairs:
        # the speaker's name, else the label as the page writes it ("Q")
        asker = pair.question.speaker or pair.question.label
        who = f"{asker}: " if asker else ""
        lines += [f"**{who}{pair.question.text.replace(chr(10), '  ' + chr(10))}**", ""]
        answerer = pair.answer.speaker or pair.answer.label
        answer_who = f"*{answerer}:* " if answerer else ""
        blocks = pair.answer.blocks
        for i, block in enumerate(blocks):
            prefix = answer_who if i == 0 else ""
            if isinstance(block, ListItem):
                lines.append("  " * block.level + list_item(block))
                next_block = blocks[i + 1] if i + 1 < len(blocks) else None
                if not isinstance(next_block, ListItem):
                    lines.append("")
            else:
                lines += [prefix + block.text, ""]
    for paragraph in iv.outro:
        lines += [paragraph.text, ""]
    return "\n".join(lines).rstrip() + "\n"


class Markdown(Format):
    name = "markdown"
    help = "readable Markdown (questions in bold)"
    order = 20

    def render(self, interview: Interview, *, explain: bool = False) -> str:
        text = render(interview)
        if explain:
            text += "\n```\n" + evidence_table(interview) + "```\n"
        return text

    def item(self, interview: Interview, source: str, index: int, *, explain: bool = False) -> str:
        sep = "" if index == 0 else "\n---\n\n"
        return f"{sep}<!-- source: {source} -->\n\n{self.render(interview, explain=explain)}"


FORMAT = Markdown()
