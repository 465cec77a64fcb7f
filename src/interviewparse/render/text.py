"""``--format text``: plain text with "Q:" and "A:" labels; in a batch each document opens with
a ``==> source <==`` line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import Format

if TYPE_CHECKING:
    from ..models import Interview


def render(interview: Interview) -> str:
    """The interview as plain text: title, intro, "Q:"/"A:" turns, outro."""
    lines: list[str] = []
    if interview.title:
        lines += [interview.title, ""]
    for paragraph in interview.intro:
        lines += [paragraph.text, ""]
    for pair in interview.pairs:
        lines += ["Q: " + pair.question.text, ""]
        lines += ["A: " + pair.answer.text, ""]
    for paragraph in interview.outro:
        lines += [paragraph.text, ""]
    return "\n".join(lines).rstrip() + "\n"


class Text(Format):
    name = "text"
    help = 'plain text with "Q:" and "A:" labels'
    order = 30

    def render(self, interview: Interview) -> str:
        return render(interview)

    def item(self, interview: Interview, source: str, index: int) -> str:
        sep = "" if index == 0 else "\n"
        return f"{sep}==> {source} <==\n{render(interview)}"


FORMAT = Text()
