"""Why a page parsed as it did: every block of the page, in reading order, with the role the
pipeline gave it and the rule and reason behind that role.

:func:`explain` runs the same stages as :func:`interviewparse.parse` (it calls the same reader
and :func:`interviewparse.api.trace`) and keeps what they decided about each block, which the
:class:`~interviewparse.Interview` alone does not show: which blocks were the intro, which a
question, which clutter and why. ``interviewparse PAGE --format html`` renders it as one
self-contained HTML page (:mod:`interviewparse.render.html`)::

    import interviewparse as ip

    ex = ip.explain(html)
    for block in ex.blocks:
        print(block.role, block.kind, block.reason, block.text[:40])
"""

from __future__ import annotations

import enum

import attrs

from ._input import DEFAULT_MAX_BYTES
from .api import Source, Trace, trace_source
from .blocks import BlockKind
from .models import BoilerplateKind, Interview
from .profiles import Profile, ProfileRegistry
from .segment import Role
from .segment.scoring import Candidate

__all__ = ["BlockRole", "ExplainedBlock", "Explanation", "explain"]


class BlockRole(str, enum.Enum):
    """Where a block of the page ended up in the :class:`~interviewparse.Interview`."""

    TITLE = "title"
    INTRO = "intro"
    QUESTION = "question"
    ANSWER = "answer"
    OUTRO = "outro"
    BOILERPLATE = "boilerplate"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class ExplainedBlock:
    """One block of the page and what became of it.

    Attributes:
        index: the block's position in reading order (what :attr:`Boilerplate.position` counts).
        text: the block's text as the reader saw it (a split-off speaker label is in ``label``).
        shape: what the reader saw the block as ("paragraph", "heading", "list_item", ...).
        role: where the block ended up.
        kind: for boilerplate, what kind of clutter it is; else ``None``.
        rule: the stable id of the rule that gave the role, where the stage records one.
        reason: why the block has its role, in words.
        label: the speaker label the reader split off the block ("Q", "Jane Doe"), if any.
        marker: a list item's marker as written ("1.", "•"); ``None`` for other blocks.
        pair: for questions and answers, the index of the pair (0-based) the block belongs to.
        starts_question: the block opens a new question (a question's later paragraphs do not).
        source: where the block came from (an element path for HTML, a character span for text).
    """

    index: int
    text: str
    shape: str
    role: BlockRole
    kind: BoilerplateKind | None = None
    rule: str | None = None
    reason: str | None = None
    label: str | None = None
    marker: str | None = None
    pair: int | None = None
    starts_question: bool = False
    source: str = ""


@attrs.frozen
class Explanation:
    """A page's parse, block by block.

    Attributes:
        interview: the result, exactly what :func:`interviewparse.parse` returns for the input.
        blocks: every block of the page in reading order with its role, rule and reason.
        question_style: the question convention the segmenter chose (also on the interview
            when it has pairs).
        source_format: "html" or "text".
        ranking: every convention's reading of the page the segmenter weighed
            ([`Candidate`][interviewparse.segment.scoring.Candidate]: style, score, named
            features), best first; the first is the question style, the second the runner-up.
    """

    interview: Interview
    blocks: tuple[ExplainedBlock, ...]
    question_style: str | None = None
    source_format: str | None = None
    ranking: tuple[Candidate, ...] = ()

    @property
    def runner_up(self) -> Candidate | None:
        """The second-best reading of the page, or ``None`` when only one convention fit."""
        return self.ranking[1] if len(self.ranking) > 1 else None

    @property
    def margin(self) -> float | None:
        """How far the winning reading's score is ahead of the runner-up's (the winner's own
        score when nothing else fit; ``None`` when nothing was decoded)."""
        if not self.ranking:
            return None
        runner = self.runner_up
        return self.ranking[0].score - (runner.score if runner else 0.0)

    def by_role(self, role: BlockRole | str) -> tuple[ExplainedBlock, ...]:
        """The blocks that have ``role``, in reading order."""
        wanted = BlockRole(role)
        return tuple(block for block in self.blocks if block.role is wanted)

    def counts(self) -> dict[str, int]:
        """How many blocks have each role (roles with none left out)."""
        out: dict[str, int] = {}
        for block in self.blocks:
            out[block.role.value] = out.get(block.role.value, 0) + 1
        return out


def explain(
    source: Source,
    *,
    url: str | None = None,
    profile: Profile | ProfileRegistry | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Explanation:
    """Parse ``source`` as :func:`interviewparse.parse` does and explain every block.

    Takes the same arguments as :func:`~interviewparse.parse` (the page as ``str`` or
    ``bytes``, or a file's path) and raises the same :class:`~interviewparse.ParseError`
    subclasses; :attr:`Explanation.interview` is exactly what ``parse`` returns.
    """
    return from_trace(trace_source(source, url=url, profile=profile, max_bytes=max_bytes))


_ROLES = {
    Role.TITLE: BlockRole.TITLE,
    Role.INTRO: BlockRole.INTRO,
    Role.QUESTION: BlockRole.QUESTION,
    Role.ANSWER: BlockRole.ANSWER,
    Role.OUTRO: BlockRole.OUTRO,
    Role.BOILERPLATE: BlockRole.BOILERPLATE,
}


def from_trace(run: Trace) -> Explanation:
    """Explain a finished pipeline run block by block.

    Roles follow the way :func:`~interviewparse.assemble.assemble` groups blocks: an answer block
    before the first question joins the intro, and on a page with no pairs the segmenter's
    questions and answers stay in the intro as running text.
    """
    doc, seg, interview = run.doc, run.seg, run.interview
    has_pairs = bool(interview.pairs)
    blocks: list[ExplainedBlock] = []
    pair = -1
    pair_rule: str | None = None
    open_pair = False  # as in assemble: a question opens a pair, an outro block closes it
    previous: Role | None = None
    for i, (block, role) in enumerate(zip(doc.blocks, seg.roles, strict=True)):
        kind: BoilerplateKind | None = None
        rule: str | None = None
        reason: str | None
        starts = False
        in_pair: int | None = None
        final = _ROLES[role]
        if role is Role.BOILERPLATE:
            verdict = run.verdicts[i] or seg.boilerplate.get(i)
            kind = verdict.kind if verdict else BoilerplateKind.OTHER
            reason = verdict.reason if verdict else "segmenter"
            rule = verdict.rule if verdict else "segment.unlabelled"
        elif role is Role.TITLE:
            reason = "the page's title"
        elif not has_pairs and role in (Role.QUESTION, Role.ANSWER):
            final = BlockRole.INTRO
            reason = f"read as {role.value} by the segmenter, but the page has no pairs"
        elif role is Role.QUESTION:
            starts = i in seg.starts or previous is not Role.QUESTION
            if starts:
                pair += 1
            open_pair = True
            in_pair = pair
            reason = seg.reasons[i] or "question"
            if starts:
                pair_rule = seg.rules[i] if seg.rules else None
            rule = pair_rule
        elif role is Role.ANSWER and not open_pair:
            final = BlockRole.INTRO
            reason = "no question before it"
        elif role is Role.ANSWER:
            in_pair = pair
            rule = pair_rule  # as on the Answer: the cue that found the question found the pair
            reason = f"answers question {pair + 1}"
        elif role is Role.OUTRO:
            open_pair = False
            reason = seg.reasons[i] or "after the last answer: a closing note"
            rule = seg.rules[i] if seg.rules else None  # the evidence that closed it there
        elif run.considered.roles[i] in (Role.QUESTION, Role.ANSWER):
            was = run.considered.roles[i].value
            reason = (
                f"would be {'a' if was == 'question' else 'an'} {was}, but the page was judged"
                f" no interview (confidence {interview.confidence:.2f})"
            )
        else:
            reason = "before the first question" if has_pairs else "the page's text"
        blocks.append(
            ExplainedBlock(
                index=i,
                text=block.text,
                shape=block.kind.value if isinstance(block.kind, BlockKind) else str(block.kind),
                role=final,
                kind=kind,
                rule=rule,
                reason=reason,
                label=block.label,
                marker=block.marker if block.kind is BlockKind.LIST_ITEM else None,
                pair=in_pair,
                starts_question=starts,
                source=block.source,
            )
        )
        if role is not Role.TITLE and role is not Role.BOILERPLATE:
            previous = role
    return Explanation(
        interview=interview,
        blocks=tuple(blocks),
        question_style=run.considered.style,
        source_format=doc.format,
        ranking=run.considered.ranking,
    )
