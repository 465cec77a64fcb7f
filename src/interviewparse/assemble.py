"""Assemble the Interview: the last stage, after the readers, the boilerplate rules, the
segmenter and the metadata stage have had their say.

:func:`assemble` groups the segmenter's per-block roles into question/answer pairs, files the
boilerplate verdicts with their rule ids, and gives back the text of a speaker label a reader
split off when the segmenter did not take it for a speaker: nothing a reader read is lost.
"""

from __future__ import annotations

import attrs

from .blocks import Block, BlockKind, Document
from .boilerplate import Verdict
from .metadata import Metadata
from .models import (
    Answer,
    AnswerBlock,
    Boilerplate,
    BoilerplateKind,
    Interview,
    ListItem,
    Paragraph,
    QAPair,
    Question,
)
from .segment import Role, Segmentation

__all__ = ["assemble"]


def _answer_block(block: Block) -> AnswerBlock:
    if block.kind is BlockKind.LIST_ITEM:
        return ListItem(text=block.text, marker=block.marker or "•", level=block.level)
    return Paragraph(block.text)


def _intro_text(block: Block) -> str:
    if block.kind is BlockKind.LIST_ITEM and block.marker:
        return f"{block.marker} {block.text}"
    return block.text


def assemble(
    doc: Document,
    verdicts: tuple[Verdict | None, ...],
    seg: Segmentation,
    *,
    meta_url: str | None,
    meta: Metadata,
) -> Interview:
    """Group the segmenter's per-block roles into an :class:`Interview`."""
    intro: list[Paragraph] = []
    intro_labels: list[str | None] = []  # speaker labels of intro blocks, see below
    outro: list[Paragraph] = []
    boilerplate: list[Boilerplate] = []
    pairs: list[QAPair] = []
    q_paras: list[str] = []
    q_speaker: str | None = None
    q_reason: str | None = None
    q_rule: str | None = None
    a_blocks: list[AnswerBlock] = []
    a_speaker: str | None = None
    in_pair = False
    # each turn's label as the page writes it, and the person it names (None: "Q", "Antwort")
    names = dict(meta.speakers)
    # Labels the segmenter took for speakers. Any other label a reader split off ("<b>Short
    # term:</b> nothing changes") is part of an answer's or the intro's text, as written.
    speaking = seg.interviewer_labels | seg.interviewee_labels | seg.other_labels

    def unspoken(block: Block) -> Block:
        if block.label and block.label not in speaking:
            return attrs.evolve(block, text=f"{block.label}: {block.text}", label=None)
        return block

    def flush() -> None:
        nonlocal q_paras, a_blocks, q_speaker, a_speaker, q_reason, q_rule, in_pair
        if in_pair and q_paras:
            pairs.append(
                QAPair(
                    Question(
                        tuple(q_paras),
                        speaker=names.get(q_speaker, q_speaker) if q_speaker else None,
                        reason=q_reason,
                        label=q_speaker,
                        rule=q_rule,
                    ),
                    Answer(
                        tuple(a_blocks),
                        speaker=names.get(a_speaker, a_speaker) if a_speaker else None,
                        label=a_speaker,
                        rule=q_rule,  # the cue that made the question made the pair
                    ),
                )
            )
        q_paras, a_blocks, q_speaker, a_speaker, in_pair = [], [], None, None, False
        q_reason = q_rule = None

    previous = None
    pairs_found = Role.QUESTION in seg.roles  # without pairs, the intro gets labels back below
    for i, (block, role) in enumerate(zip(doc.blocks, seg.roles, strict=True)):
        if role is Role.TITLE:
            continue
        if role is Role.BOILERPLATE:
            verdict = verdicts[i] or seg.boilerplate.get(i)
            if verdict is None:
                verdict = Verdict(BoilerplateKind.OTHER, "segmenter", rule="segment.unlabelled")
            boilerplate.append(
                Boilerplate(block.text, verdict.kind, verdict.reason, position=i, rule=verdict.rule)
            )
            continue
        if role in (Role.INTRO, Role.OUTRO, Role.ANSWER) and pairs_found:
            block = unspoken(block)
        if role is Role.INTRO:
            intro.append(Paragraph(_intro_text(block)))
            intro_labels.append(block.label)
        elif role is Role.OUTRO:
            flush()
            outro.append(Paragraph(_intro_text(block)))
        elif role is Role.QUESTION:
            if i in seg.starts or previous is not Role.QUESTION:
                flush()
                in_pair = True
                q_speaker = seg.speakers[i]
                q_reason = seg.reasons[i]
                q_rule = seg.rules[i] if seg.rules else None
            q_paras.append(_intro_text(block))
        elif role is Role.ANSWER:
            if not in_pair:
                intro.append(Paragraph(_intro_text(block)))
                intro_labels.append(block.label)
            else:
                if not a_blocks:
                    a_speaker = seg.speakers[i]
                    if a_speaker == doc.blocks[i].label and block.label is None:
                        a_speaker = None  # its label went back into the text: it names nobody
                a_blocks.append(_answer_block(block))
        previous = role
    flush()
    if not pairs:
        # not an interview: a "Name:" the reader split off is part of the text as written
        intro = [
            Paragraph(f"{label}: {p.text}") if label else p
            for p, label in zip(intro, intro_labels, strict=True)
        ]
    return Interview(
        title=meta.title,
        publisher=meta.publisher,
        url=meta_url,
        language=meta.language,
        published=meta.published,
        authors=meta.authors,
        interviewers=meta.interviewers,
        interviewees=meta.interviewees,
        intro=tuple(intro),
        pairs=tuple(pairs),
        outro=tuple(outro),
        boilerplate=tuple(boilerplate),
        question_style=seg.style if pairs else None,
        source_format=doc.format,
    )
