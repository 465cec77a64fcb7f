"""Plain-text reader: text copied off a page in, a :class:`Document` of blocks out.

Text comes in many shapes: one paragraph per line, paragraphs separated by blank lines,
hard-wrapped lines (html2text output), or a whole interview on one line with the speaker labels
inline ("... STANDARD: Frage? Kaiser: Antwort ..."). The reader finds paragraphs, re-joins
hard-wrapped lines, splits label-prefixed turns, and moves the layout cues it can see (speaker
label, dialogue dash, list marker, markdown heading/bold/italic, front matter, markup residue) into
:class:`Block` fields, so the later stages never look at the raw format.

Every block keeps its character span in the input as ``source="text:START-END"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from .. import cues, lexicon
from .. import labels as _labels
from ..blocks import Block, BlockKind, Document, PageMeta
from ..lexicon._shared import NEWS_AGENCIES
from ..models import BoilerplateKind

__all__ = ["read_text"]

_SPACE = re.compile(r"\s+")
_LINE = re.compile(r"[^\n]*\n?")
_SENTENCE_END = re.compile(r"""[.!?…:;"'“”»)\]]\s*$""")
_FRONT_MATTER_KEY = re.compile(r"^\s*([A-Za-z_][\w-]{0,40})\s*:\s*(.*)$")
_LEAD_KEYS = frozenset({"subtitle", "description", "lead", "teaser", "summary", "excerpt", "dek"})
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$", re.S)
_LIST = re.compile(
    r"^(?P<indent>[ \t]*)(?P<marker>\d{1,3}[.)]|[a-z][)]|[•◦▪▫■□●○·◗►▶➤✓*+])[ \t]+(?=\S)"
)
_HYPHEN = re.compile(r"^[ \t]*-[ \t]+(?=\S)")
#: A dialogue dash opening a turn; doubled: Japanese "――" (or "──", box-drawing lines, which
#: a run of more is a rule, not a dash), Chinese "——".
_DASH = re.compile(r"^[ \t]*(?:([–—―])\1?|──(?!─))[ \t]*(?=\S)")
_LONE_MARK = re.compile(r"^[ \t]*(?:[*_+•-]{1,3})[ \t]*$")
_IMAGE = re.compile(r"^!?\[[^\]\n]{0,300}\]\([^)\s]{0,600}(?:\s+\"[^\"\n]{0,200}\")?\)")
_EMPTY_LINK = re.compile(r"^\[\s*\]\([^)]{0,600}\)")
_TAG_LINE = re.compile(r"^\s*</?[a-zA-Z][^>]{0,400}>?.*$|^\s*<!--.*$", re.S)
_BR = re.compile(r"<br\s*/?>", re.I)
_BOLD_WHOLE = re.compile(r"^(\*\*|__)(?=\S)(.+?)(?<=\S)\1$", re.S)
_ITALIC_WHOLE = re.compile(r"^([_*])(?=[^\s_*])(.+?)(?<=\S)\1$", re.S)
_BOLD_SPAN = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_QUOTE = re.compile(r"^>\s?")
#: An agency's or the desk's credit closing a paragraph: "... (APA, 18.9.2015)", "(red)".
_CREDIT_TAIL = re.compile(
    rf"\s\((?:{'|'.join(NEWS_AGENCIES)}|{lexicon.alternation(lexicon.rule_phrases('boilerplate.agency-credit.desk'))})"
    r"\b[^()]{0,40}\)?\s*$"
)
_WORD = re.compile(r"\w+")


@attrs.frozen
class _Span:
    """A stretch of the input: ``text[start:end]``."""

    start: int
    end: int


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _lines(text: str) -> list[_Span]:
    """Every line's span, without its line break."""
    spans = []
    for match in _LINE.finditer(text):
        if not match.group(0):
            break
        end = match.end()
        while end > match.start() and text[end - 1] in "\r\n":
            end -= 1
        spans.append(_Span(match.start(), end))
    return spans


# -- front matter --------------------------------------------------------------------------------


def _front_matter(text: str, lines: Sequence[_Span]) -> tuple[int, list[Block], PageMeta]:
    """YAML front matter (``---`` ... ``---``) at the very top: its ``title:`` becomes the title
    block, a ``subtitle:``/``description:`` a lead paragraph, every other line markup boilerplate.
    Returns the index of the first line after it, its blocks, and the page hints it gave."""
    first = next((i for i, s in enumerate(lines) if text[s.start : s.end].strip()), None)
    if first is None or text[lines[first].start : lines[first].end].strip() != "---":
        return 0, [], PageMeta()
    close = None
    for i in range(first + 1, min(len(lines), first + 80)):
        if text[lines[i].start : lines[i].end].strip() in ("---", "..."):
            close = i
            break
    if close is None:
        return 0, [], PageMeta()
    blocks: list[Block] = []
    title = author = date = None
    for i in range(first, close + 1):
        span = lines[i]
        raw = _norm(text[span.start : span.end])
        if not raw:
            continue
        source = f"text:{span.start}-{span.end}"
        match = _FRONT_MATTER_KEY.match(raw) if i not in (first, close) else None
        if match is not None:
            key, value = match.group(1).lower(), match.group(2).strip().strip("\"'").strip()
            if key == "title" and value and title is None:
                title = _norm(value)
                blocks.append(Block(text=title, kind=BlockKind.TITLE, source=source))
                continue
            if key in _LEAD_KEYS and value:
                blocks.append(Block(text=_norm(value), source=source))
                continue
            if key in ("author", "authors") and value:
                author = value
            if key in ("date", "published", "pubdate") and value:
                date = value
        blocks.append(
            Block(
                text=raw,
                source=source,
                hint=BoilerplateKind.MARKUP,
                hint_reason="front matter",
                hint_rule="text.front-matter",
            )
        )
    meta = PageMeta(title=title, published=date, authors=(author,) if author else ())
    return close + 1, blocks, meta


# -- paragraphs ----------------------------------------------------------------------------------


def _chunks(text: str, lines: Sequence[_Span], begin: int) -> list[list[_Span]]:
    """Runs of non-blank lines (paragraph groups separated by blank lines)."""
    chunks: list[list[_Span]] = []
    current: list[_Span] = []
    for span in lines[begin:]:
        if text[span.start : span.end].strip():
            current.append(span)
        elif current:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def _wrap_width(text: str, chunks: Sequence[Sequence[_Span]]) -> int | None:
    """The column the text was hard-wrapped at, or None when lines are whole paragraphs.

    A wrapped text has many lines that are followed by another line of the same paragraph, and
    their lengths crowd just under one width (the wrap column)."""
    lengths = sorted(len(text[s.start : s.end].rstrip()) for chunk in chunks for s in chunk[:-1])
    if len(lengths) < 8:
        return None
    width = lengths[int(len(lengths) * 0.9) - 1]
    if not 30 <= width <= 130:
        return None
    near = sum(1 for n in lengths if width - 25 <= n <= width + 3)
    return width if near / len(lengths) >= 0.6 else None


def _is_structural(line: str, previous: str | None, labels: _labels.LabelSet) -> bool:
    """Whether a line starts a new block even inside a wrapped paragraph."""
    stripped = line.strip()
    if previous is None:
        return True
    prev_done = bool(_SENTENCE_END.search(previous)) or _labels.is_label_only(previous, labels)
    if _LONE_MARK.match(line):
        return stripped != "-" or prev_done  # a dash closing a broken-off sentence stays
    if _HEADING.match(stripped) or _TAG_LINE.match(stripped):
        return True
    if _IMAGE.match(stripped) or _QUOTE.match(stripped):
        return True
    if labels.match_line_start(stripped) is not None:
        return True
    if _LIST.match(line) or _DASH.match(line) or _HYPHEN.match(line):
        return prev_done or bool(_LIST.match(previous) or _HYPHEN.match(previous))
    return False


def _continues(line: str, previous: str | None) -> bool:
    """A line that carries on a sentence broken off at the end of the previous line (no closing
    punctuation there, a lower-case word here): a hard wrap even in text that is not wrapped
    throughout."""
    if previous is None or _SENTENCE_END.search(previous):
        return False
    first = line.lstrip()[:1]
    return first.isalpha() and first.islower()


def _paragraphs(
    text: str, chunks: Sequence[Sequence[_Span]], wrapped: bool, labels: _labels.LabelSet
) -> list[_Span]:
    """Paragraph spans: one per line, or (in wrapped text) joined lines of one paragraph."""
    out: list[_Span] = []
    for chunk in chunks:
        previous: str | None = None
        current: _Span | None = None
        for span in chunk:
            line = text[span.start : span.end]
            if previous is not None and _labels.is_label_only(previous, labels):
                # a transcript label on its own line: the turn text starts here
                new = True
            elif wrapped:
                new = _is_structural(line, previous, labels)
            else:
                new = not _continues(line, previous) or _is_structural(line, previous, labels)
            if new or current is None:
                if current is not None:
                    out.append(current)
                current = span
            else:
                current = _Span(current.start, span.end)
            previous = line
            if _labels.is_label_only(line, labels):
                out.append(current)
                current = None
        if current is not None:
            out.append(current)
    return out


# -- blocks --------------------------------------------------------------------------------------


def _strip_markup(raw: str) -> tuple[str, float, float]:
    """Remove markdown emphasis wrappers and ``<br>``: (text, bold share, italic share)."""
    text = _norm(_BR.sub(" ", raw))
    bold = italic = 0.0
    whole = _BOLD_WHOLE.match(text)
    if whole:
        return _norm(whole.group(2)), 1.0, 0.0
    if text.startswith("_") and not text.startswith("__"):
        inner = text[1:]
        inner = inner[:-1] if inner.endswith("_") else inner
        return _norm(inner), 0.0, 1.0
    whole = _ITALIC_WHOLE.match(text)
    if whole:
        return _norm(whole.group(2)), 0.0, 1.0
    bold_chars = sum(len(m.group(2)) for m in _BOLD_SPAN.finditer(text))
    if bold_chars:
        text = _norm(_BOLD_SPAN.sub(lambda m: m.group(2), text))
        bold = min(1.0, bold_chars / max(1, len(text)))
    return text, bold, italic


def _markup_block(raw: str, span: _Span, rule: str, reason: str) -> Block:
    return Block(
        text=_norm(raw),
        source=f"text:{span.start}-{span.end}",
        hint=BoilerplateKind.MARKUP,
        hint_reason=reason,
        hint_rule=rule,
    )


def _split_leading_link(raw: str, span: _Span) -> tuple[Block | None, str, _Span]:
    """An image or empty link glued to the start of a paragraph is split off as markup."""
    stripped = raw.lstrip()
    offset = len(raw) - len(stripped)
    match = _EMPTY_LINK.match(stripped)
    if match is None and stripped.startswith("!"):
        match = _IMAGE.match(stripped)
    if match is None:
        return None, raw, span
    cut = span.start + offset + match.end()
    markup = _markup_block(
        stripped[: match.end()], _Span(span.start, cut), "text.image-link", "image or empty link"
    )
    return markup, raw[offset + match.end() :], _Span(cut, span.end)


def _split_credit(raw: str, span: _Span) -> list[tuple[str, _Span]]:
    """A trailing agency credit "(APA, 18.9.2015)" glued to the last paragraph is its own block."""
    match = _CREDIT_TAIL.search(raw)
    if match is None or match.start() < 5:
        return [(raw, span)]
    cut = span.start + match.start()
    return [
        (raw[: match.start()], _Span(span.start, cut)),
        (raw[match.start() :], _Span(cut, span.end)),
    ]


#: A paragraph opening with a bold sentence and going on in plain type: "**Why now?** Because",
#: "**Tell us about the boat.** It was". (The bold text holds no "*" or "_", so its closing
#: delimiter, and with it the sentence's last mark, can stand in one place only.)
_BOLD_LEAD = re.compile(
    r"^\s*(\*\*|__)(?=\S)(?P<q>[^*_\n]{2,400}?(?P<mark>[?？؟.!…])[\"'”’»)]*)\1\s+(?=\S.{19})",
    re.S,
)


def _split_bold_question(raw: str, span: _Span) -> list[tuple[str, _Span]]:
    """Two turns in one paragraph: the bold question and the plain answer after it (the
    question must be two words or more, the answer a sentence or more). A bold request without
    a question mark ("**Tell us about the boat.** It was ...") is split the same way, as the
    HTML reader does."""
    match = _BOLD_LEAD.match(raw)
    if match is None:
        return [(raw, span)]
    if match["mark"] in "?？؟":
        if len(match["q"].split()) < 2:
            return [(raw, span)]
    elif not cues.is_request_sentence(match["q"]):
        return [(raw, span)]
    cut = span.start + match.end()
    return [
        (raw[: match.end()], _Span(span.start, cut)),
        (raw[match.end() :], _Span(cut, span.end)),
    ]


def _make_block(raw: str, span: _Span, labels: _labels.LabelSet, hyphen_dash: bool) -> Block:
    """One paragraph's text and cues."""
    source = f"text:{span.start}-{span.end}"
    stripped = raw.strip()
    if _LONE_MARK.match(stripped):
        return _markup_block(
            stripped, span, "text.marker-line", "conversion residue (lone marker line)"
        )
    if _TAG_LINE.match(stripped) and not labels.match_line_start(stripped):
        return _markup_block(stripped, span, "text.markup-line", "HTML markup line")
    if _IMAGE.match(stripped) and _IMAGE.match(stripped).end() >= len(stripped) - 1:  # type: ignore[union-attr]
        return _markup_block(stripped, span, "text.image-line", "image or link-only line")
    heading = _HEADING.match(stripped)
    if heading:
        text, _, _ = _strip_markup(heading.group(2))
        return Block(text=text, kind=BlockKind.HEADING, level=len(heading.group(1)), source=source)
    kind = BlockKind.PARAGRAPH
    marker = dash = None
    level = 0
    quote = _QUOTE.match(stripped)
    if quote:
        stripped = stripped[quote.end() :]
        kind = BlockKind.QUOTE
    label_match = labels.match_line_start(stripped)
    label = label_bold = None
    if label_match is not None:
        label, label_bold, end = label_match
        stripped = stripped[end:].lstrip()
    dash_match = _DASH.match(stripped) or (_HYPHEN.match(stripped) if hyphen_dash else None)
    list_match = None if dash_match else (_LIST.match(raw) if label is None else None)
    if list_match is None and not hyphen_dash and label is None:
        hyphen = _HYPHEN.match(raw)
        list_match = hyphen
    if dash_match:
        dash = dash_match.group(0).strip()
        stripped = stripped[dash_match.end() :]
    elif list_match:
        kind = BlockKind.LIST_ITEM
        marker = list_match.group(0).strip()
        indent = len(list_match.group(0)) - len(list_match.group(0).lstrip())
        level = min(indent // 4, 5)
        stripped = raw[list_match.end() :]
    text, bold, italic = _strip_markup(stripped)
    return Block(
        text=text,
        kind=kind,
        emphasis=bold,
        italic=italic,
        level=level,
        marker=marker,
        label=label,
        label_emphasis=bool(label_bold),
        dash=dash,
        source=source,
    )


def _hyphens_are_dashes(text: str, paragraphs: Sequence[_Span]) -> bool:
    """Whether "- " opens dialogue turns here rather than list items: dialogue hyphens come
    between other paragraphs or open long turns; a bulleted list is a run of short lines."""
    flags = [bool(_HYPHEN.match(text[p.start : p.end])) for p in paragraphs]
    hits = [i for i, flag in enumerate(flags) if flag]
    if len(hits) < 2:
        return False
    long_turns = sum(
        1 for i in hits if len(_WORD.findall(text[paragraphs[i].start : paragraphs[i].end])) > 40
    )
    isolated = sum(
        1
        for i in hits
        if not (i > 0 and flags[i - 1]) and not (i + 1 < len(flags) and flags[i + 1])
    )
    return long_turns >= 2 or isolated >= len(hits) / 2


def _ends_line(text: str, block: Block) -> bool:
    end = int(block.source.rsplit("-", 1)[-1])
    return not text[end:].strip() or text[end] in "\r\n"


def _title_index(text: str, blocks: Sequence[Block]) -> int | None:
    """Which block is the headline: the last heading of a leading run of headings (a page's
    site banner and breadcrumbs come first, the article's headline last), else a short first
    line."""
    last_heading = None
    for i, block in enumerate(blocks):
        if block.hint is not None:
            continue
        if block.kind is BlockKind.HEADING:
            if block.level <= 2:
                last_heading = i
            continue
        if block.kind is BlockKind.QUOTE:
            continue
        break
    if last_heading is not None:
        return last_heading
    for i, block in enumerate(blocks):
        if block.hint is not None:
            continue
        words = len(block.text.split())
        if block.label or block.dash or block.kind is BlockKind.LIST_ITEM:
            return None
        teaser = block.text.endswith(".") and len(block.text) > 100  # a lead sentence
        fits = words <= 30 and len(block.text) <= 250 and not teaser and _ends_line(text, block)
        return i if fits else None
    return None


def _blocks_from(
    text: str, paragraphs: Iterable[_Span], labels: _labels.LabelSet, hyphen_dash: bool
) -> list[Block]:
    blocks: list[Block] = []
    pending: Block | None = None
    for para in paragraphs:
        raw = text[para.start : para.end]
        pieces: list[tuple[str, _Span]] = []
        for piece, (start, end) in _labels.split_inline(raw, para.start, labels):
            markup, rest, rest_span = _split_leading_link(piece, _Span(start, end))
            if markup is not None:
                blocks.append(markup)
            for credit_piece, credit_span in _split_credit(rest, rest_span):
                pieces.extend(_split_bold_question(credit_piece, credit_span))
        for piece, span in pieces:
            if not piece.strip():
                continue
            block = _make_block(piece, span, labels, hyphen_dash)
            if pending is not None and block.label is None and block.hint is None:
                # the turn text after a label that stood on its own line
                turn_start = pending.source.split(":")[1].split("-")[0]
                turn_end = block.source.split("-")[-1]
                if block.kind is BlockKind.LIST_ITEM and block.marker == "-":
                    # "- when ..." opening a turn continues a broken-off exchange
                    block = attrs.evolve(
                        block, kind=BlockKind.PARAGRAPH, marker=None, text=f"- {block.text}"
                    )
                block = attrs.evolve(
                    block,
                    label=pending.label,
                    label_emphasis=pending.label_emphasis,
                    source=f"text:{turn_start}-{turn_end}",
                )
                pending = None
            if block.label and not block.text:
                pending = block
            elif block.text:
                blocks.append(block)
    if pending is not None:
        blocks.append(attrs.evolve(pending, text=pending.label or ""))
    return blocks


def read_text(text: str) -> Document:
    """Split text into blocks: title, paragraphs, list items, labelled turns, markup residue."""
    lines = _lines(text)
    begin, head_blocks, meta = _front_matter(text, lines)
    chunks = _chunks(text, lines, begin)
    wrapped = _wrap_width(text, chunks) is not None
    labels = _labels.find_labels(text, [s for chunk in chunks for s in chunk])
    paragraphs = _paragraphs(text, chunks, wrapped, labels)
    hyphen_dash = _hyphens_are_dashes(text, paragraphs)
    body = _blocks_from(text, paragraphs, labels, hyphen_dash)
    has_title = any(block.kind is BlockKind.TITLE for block in head_blocks)
    if not has_title:
        index = _title_index(text, body)
        if index is not None:
            body[index] = attrs.evolve(body[index], kind=BlockKind.TITLE, level=0)
            for j in range(index):
                if body[j].kind is BlockKind.HEADING and body[j].hint is None:
                    body[j] = attrs.evolve(
                        body[j],
                        hint=BoilerplateKind.NAVIGATION,
                        hint_reason="page banner heading",
                        hint_rule="text.banner-heading",
                    )
    return Document(blocks=tuple(head_blocks + body), format="text", meta=meta)
