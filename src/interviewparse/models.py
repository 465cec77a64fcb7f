"""The typed result of parsing an interview.

The models are frozen, slotted attrs classes. They know how to turn themselves into plain data
(dicts, JSON, Markdown, flat records for DataFrames) and back, and nothing about parsing.
The dict form is the JSON contract described in ``docs/data-model.md``; a JSON Schema for it ships
in the package (:func:`json_schema`).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import attrs

__all__ = [
    "Answer",
    "Boilerplate",
    "BoilerplateKind",
    "Evidence",
    "Interview",
    "ListItem",
    "Paragraph",
    "QAPair",
    "Question",
    "json_schema",
]


class BoilerplateKind(str, enum.Enum):
    """What kind of publisher clutter a :class:`Boilerplate` block is."""

    CAPTION = "caption"
    CREDIT = "credit"
    SPONSOR = "sponsor"
    NEWSLETTER = "newsletter"
    RELATED = "related"
    SHARE = "share"
    NAVIGATION = "navigation"
    ADVERTISEMENT = "advertisement"
    AUTHOR_BIO = "author_bio"
    TAGS = "tags"
    COMMENTS = "comments"
    FOOTER = "footer"
    HEADING = "heading"
    EDITORIAL_NOTE = "editorial_note"
    PULL_QUOTE = "pull_quote"
    DATELINE = "dateline"
    PROMO = "promo"
    MARKUP = "markup"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value


def _tuple_of_str(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@attrs.frozen
class Paragraph:
    """One paragraph of running text.

    Attributes:
        text: the paragraph, white space normalised.
    """

    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"type": "paragraph", "text": self.text}


@attrs.frozen
class ListItem:
    """One item of a numbered or bulleted list, kept inside the answer it belongs to.

    Attributes:
        text: the item's text, without its marker.
        marker: the marker as written ("1.", "•", "a)").
        level: the nesting depth, 0 for a top-level item.
    """

    text: str
    marker: str = "•"
    level: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"type": "list_item", "text": self.text, "marker": self.marker, "level": self.level}


AnswerBlock = Paragraph | ListItem


def _answer_blocks(value: Iterable[AnswerBlock]) -> tuple[AnswerBlock, ...]:
    # A named, typed converter rather than ``tuple``: mypy's attrs plugin cannot infer the
    # element type through the generic builtin.
    return tuple(value)


def _block_from_dict(data: Mapping[str, Any]) -> AnswerBlock:
    if data.get("type") == "list_item":
        return ListItem(
            text=data["text"], marker=data.get("marker") or "•", level=int(data.get("level") or 0)
        )
    return Paragraph(text=data["text"])


@attrs.frozen
class Question:
    """A question: one or more consecutive paragraphs asked by the interviewer.

    Attributes:
        paragraphs: the question's paragraphs, in order ([`text`][interviewparse.Question.text]
            joins them).
        speaker: who asks, by name when the page names them, else the label as written
            ("Q"), else ``None``.
        reason: which cue made the parser call it a question, for a person ("label 'Q'",
            bold type, a heading, a dialogue dash, or its wording); not part of equality.
        label: the speaker label as the page writes it ("Q", "INTERVIEWER"), if any.
        rule: the stable id of that cue (``"segment.label"``, ``"segment.bold"``,
            ``"segment.question-mark"``; listed in :mod:`interviewparse.rules`).
    """

    paragraphs: tuple[str, ...] = attrs.field(converter=_tuple_of_str)
    speaker: str | None = None
    reason: str | None = attrs.field(default=None, eq=False)
    label: str | None = None
    rule: str | None = attrs.field(default=None, eq=False)

    @property
    def text(self) -> str:
        """The paragraphs joined by a single newline."""
        return "\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "label": self.label,
            "rule": self.rule,
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Question:
        text = data.get("text") or ""
        paragraphs = data.get("paragraphs") or (text.split("\n") if text else ())
        return cls(
            paragraphs=paragraphs,
            speaker=data.get("speaker"),
            reason=data.get("reason"),
            label=data.get("label"),
            rule=data.get("rule"),
        )


@attrs.frozen
class Answer:
    """An answer: paragraphs and list items in reading order.

    Attributes:
        blocks: the answer's [`Paragraph`][interviewparse.Paragraph] and
            [`ListItem`][interviewparse.ListItem] blocks, in reading order.
        speaker: who answers, by name when the page names them, else the label as written.
        label: the speaker label as the page writes it ("A", "SMITH"), if any.
        rule: the id of the cue that made its pair: the same as its question's ``rule`` (an
            answer is what follows a question up to the next one, so the rule that found the
            question found the pair), ``None`` when the question had none.
    """

    blocks: tuple[AnswerBlock, ...] = attrs.field(converter=_answer_blocks)
    speaker: str | None = None
    label: str | None = None
    rule: str | None = attrs.field(default=None, eq=False)

    @property
    def text(self) -> str:
        """The blocks' text joined by a single newline; list items keep their marker
        ("1. Achieving ..."), as a reader sees them on the page."""
        return "\n".join(
            f"{block.marker} {block.text}" if isinstance(block, ListItem) else block.text
            for block in self.blocks
        )

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The answer's paragraphs, list items left out."""
        return tuple(block for block in self.blocks if isinstance(block, Paragraph))

    @property
    def list_items(self) -> tuple[ListItem, ...]:
        """The answer's list items, paragraphs left out."""
        return tuple(block for block in self.blocks if isinstance(block, ListItem))

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "label": self.label,
            "rule": self.rule,
            "blocks": [block.to_dict() for block in self.blocks],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Answer:
        blocks = data.get("blocks")
        if blocks is None:
            text = data.get("text") or ""
            blocks = [{"type": "paragraph", "text": t} for t in text.split("\n") if t]
        return cls(
            blocks=tuple(_block_from_dict(b) for b in blocks),
            speaker=data.get("speaker"),
            label=data.get("label"),
            rule=data.get("rule"),
        )


@attrs.frozen
class QAPair:
    """A question and the answer given to it.

    Attributes:
        question: the [`Question`][interviewparse.Question].
        answer: the [`Answer`][interviewparse.Answer] given to it.
    """

    question: Question
    answer: Answer

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question.to_dict(), "answer": self.answer.to_dict()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QAPair:
        return cls(
            question=Question.from_dict(data.get("question") or {}),
            answer=Answer.from_dict(data.get("answer") or {}),
        )


@attrs.frozen
class Boilerplate:
    """A block of publisher clutter that is not the interview, kept aside and labelled.

    Attributes:
        text: the block's text.
        kind: what it is (a caption, a newsletter prompt, ...).
        reason: the rule that recognised it, for a person.
        position: the block's index in the document's reading order (``None`` when unknown);
            not part of equality.
        rule: the stable id of the rule that recognised it (``"boilerplate.credit-line"``,
            ``"html.tag"``; listed in :mod:`interviewparse.rules`).
    """

    text: str
    kind: BoilerplateKind = attrs.field(converter=BoilerplateKind)
    reason: str = ""
    position: int | None = attrs.field(default=None, eq=False)
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind.value,
            "rule": self.rule,
            "reason": self.reason,
            "position": self.position,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Boilerplate:
        return cls(
            text=data["text"],
            kind=BoilerplateKind(data.get("kind") or "other"),
            reason=data.get("reason") or "",
            position=data.get("position"),
            rule=data.get("rule"),
        )


@attrs.frozen
class Evidence:
    """One named contribution to :attr:`Interview.confidence`.

    ``value`` is what the page shows of this feature (0..1: "the share of questions that ask",
    "the title calls the page an interview"), ``weight`` what the weights table gives it; their
    product, :attr:`contribution`, is added to the log-odds that the page is an interview. The
    feature named "prior" carries the table's bias. See ``docs/confidence.md``.

    Attributes:
        name: the feature's name ("prior", "title_says_interview", ...).
        value: what the page shows of it, 0..1.
        weight: what the weights table gives it.
    """

    name: str
    value: float
    weight: float

    @property
    def contribution(self) -> float:
        """``value * weight``: what this feature adds to the log-odds."""
        return self.value * self.weight + 0.0  # no "-0.0" for a feature not seen

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "weight": self.weight}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Evidence:
        return cls(
            name=str(data["name"]),
            value=float(data.get("value") or 0.0),
            weight=float(data.get("weight") or 0.0),
        )


def _evidence(value: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(value)


def _default_confidence(interview: Interview) -> float:
    # An Interview built by hand (or read from JSON older than confidence) is as sure as its
    # pairs: 1.0 with pairs, 0.0 without, so that is_interview keeps its old meaning there.
    return 1.0 if interview.pairs else 0.0


def _pairs(value: Iterable[QAPair]) -> tuple[QAPair, ...]:
    return tuple(value)


def _boilerplate(value: Iterable[Boilerplate]) -> tuple[Boilerplate, ...]:
    return tuple(value)


def _paragraphs(value: Any) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(v) if isinstance(v, str) else v for v in value)


@attrs.frozen
class Interview:
    """A parsed interview.

    ``pairs`` is empty when the input is not an interview; :attr:`is_interview` says so in a way
    that is easy to filter on. ``repr()`` is one line (title, people, pairs, confidence); in a
    notebook an interview shows as a compact table.

    Attributes:
        title: the headline.
        publisher: the site or publication.
        url: the page's address, as given or as the page declares it.
        language: ISO 639-1 code of the text ("en").
        published: the publication date as ISO 8601, when the page says.
        authors: the article's by-line names.
        interviewers: who asks.
        interviewees: who answers.
        intro: the paragraphs before the first question.
        pairs: the question/answer pairs, in order.
        outro: paragraphs after the last answer that belong to the article (an editor's note).
        boilerplate: what was set aside as not the interview, each with its kind and reason.
        question_style: the convention the parser inferred for marking questions ("label",
            "bold", "heading", "italic", "dash", "wording", or ``None``).
        source_format: "html" or "text": what the input was read as.
        confidence: how sure the parser is that the page is an interview, 0..1
            ([`is_interview`][interviewparse.Interview.is_interview] is ``confidence >= 0.5``;
            below, ``pairs`` is empty).
        evidence: the named contributions the confidence was weighed from (empty when built
            by hand); see [`Evidence`][interviewparse.Evidence].
    """

    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    interviewers: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    interviewees: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    intro: tuple[Paragraph, ...] = attrs.field(default=(), converter=_paragraphs)
    pairs: tuple[QAPair, ...] = attrs.field(default=(), converter=_pairs)
    outro: tuple[Paragraph, ...] = attrs.field(default=(), converter=_paragraphs)
    boilerplate: tuple[Boilerplate, ...] = attrs.field(default=(), converter=_boilerplate)
    question_style: str | None = None
    source_format: str | None = None
    confidence: float = attrs.field(
        default=attrs.Factory(_default_confidence, takes_self=True), converter=float
    )
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_evidence)

    @property
    def is_interview(self) -> bool:
        """True when the parser judged the page an interview: ``confidence >= 0.5``."""
        return self.confidence >= 0.5

    def __repr__(self) -> str:
        """One line: the title, the people, how many pairs, and whether it is an interview."""
        from .render import _summary

        return _summary.one_line(self)

    def _repr_html_(self) -> str:
        """A compact table for notebooks (people, verdict, the pairs, boilerplate by kind)."""
        from .render import _summary

        return _summary.html_table(self)

    @property
    def questions(self) -> tuple[Question, ...]:
        """Every pair's question, in order."""
        return tuple(pair.question for pair in self.pairs)

    @property
    def answers(self) -> tuple[Answer, ...]:
        """Every pair's answer, in order."""
        return tuple(pair.answer for pair in self.pairs)

    # -- plain data ---------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract as plain Python data."""
        return {
            "title": self.title,
            "publisher": self.publisher,
            "url": self.url,
            "language": self.language,
            "published": self.published,
            "authors": list(self.authors),
            "interviewers": list(self.interviewers),
            "interviewees": list(self.interviewees),
            "is_interview": self.is_interview,
            "confidence": self.confidence,
            "question_style": self.question_style,
            "source_format": self.source_format,
            "intro": [p.to_dict() for p in self.intro],
            "pairs": [pair.to_dict() for pair in self.pairs],
            "outro": [p.to_dict() for p in self.outro],
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Interview:
        """Rebuild an :class:`Interview` from :meth:`to_dict` output (or parsed JSON)."""
        interview = cls(
            title=data.get("title"),
            publisher=data.get("publisher"),
            url=data.get("url"),
            language=data.get("language"),
            published=data.get("published"),
            authors=data.get("authors") or (),
            interviewers=data.get("interviewers") or (),
            interviewees=data.get("interviewees") or (),
            intro=tuple(Paragraph(p["text"]) for p in data.get("intro") or ()),
            pairs=tuple(QAPair.from_dict(p) for p in data.get("pairs") or ()),
            outro=tuple(Paragraph(p["text"]) for p in data.get("outro") or ()),
            boilerplate=tuple(Boilerplate.from_dict(b) for b in data.get("boilerplate") or ()),
            question_style=data.get("question_style"),
            source_format=data.get("source_format"),
            evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence") or ()),
        )
        confidence = data.get("confidence")
        if confidence is None:  # JSON older than confidence: the default, by its pairs
            return interview
        return attrs.evolve(interview, confidence=float(confidence))

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON contract as a string (UTF-8 safe, non-ASCII kept as is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Interview:
        """Rebuild an interview from :meth:`to_json` output."""
        return cls.from_dict(json.loads(text))

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per question/answer pair, ready for ``pandas.DataFrame``."""
        records = []
        for index, pair in enumerate(self.pairs):
            records.append(
                {
                    "title": self.title,
                    "publisher": self.publisher,
                    "url": self.url,
                    "language": self.language,
                    "published": self.published,
                    "interviewers": "; ".join(self.interviewers),
                    "interviewees": "; ".join(self.interviewees),
                    "confidence": self.confidence,
                    "pair_index": index,
                    "question": pair.question.text,
                    "question_speaker": pair.question.speaker,
                    "answer": pair.answer.text,
                    "answer_speaker": pair.answer.speaker,
                    "answer_list_items": len(pair.answer.list_items),
                    "answer_words": len(pair.answer.text.split()),
                }
            )
        return records

    def to_markdown(self) -> str:
        """A readable Markdown rendering: title, people, intro, bold questions, answers
        (``--format markdown``; see :mod:`interviewparse.render.markdown`)."""
        from .render import markdown

        return markdown.render(self)

    def to_text(self) -> str:
        """A plain-text rendering with "Q:" and "A:" labels (``--format text``)."""
        from .render import text

        return text.render(self)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :meth:`Interview.to_dict` output, as shipped in the package."""
    text = resources.files("interviewparse").joinpath("interview.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
