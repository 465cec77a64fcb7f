"""``--format text``: plain text with "Q:" and "A:" labels; in a batch each document opens with
a ``==> source <==`` line; ``--explain`` adds the evidence table after each."""

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


def evidence_table(interview: Interview) -> str:
    """The evidence behind an interview's confidence, as a plain-text table."""
    lines = [f"confidence {interview.confidence:.3f} (interview at 0.5 or more)"]
    lines.append(f"  {'evidence':24} {'value':>7} {'weight':>8} {'adds':>8}")
    for item in interview.evidence:
        lines.append(
            f"  {item.name:24} {item.value:7.3f} {item.weight:8.3f} {item.contribution:+8.3f}"
        )
    return "\n".join(lines) + "\n"


class Text(Format):
    name = "text"
    help = 'plain text with "Q:" and "A:" labels'
    order = 30

    def render(self, interview: Interview, *, explain: bool = False) -> str:
        text = render(interview)
        return text + "\n" + evidence_table(interview) if explain else text

    def item(self, interview: Interview, source: str, index: int, *, explain: bool = False) -> str:
        sep = "" if index == 0 else "\n"
        return f"{sep}==> {source} <==\n{self.render(interview, explain=explain)}"


FORMAT = Text()
