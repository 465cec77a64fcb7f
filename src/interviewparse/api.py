"""The entry points: ``parse``, ``parse_text``, ``parse_html``. Each reads top to bottom:
decode → read blocks → label boilerplate → (no turns at all: leave early) → segment → weigh the
evidence (not an interview: no pairs) → metadata → assemble the Interview."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import attrs

from . import lexicon
from ._input import (
    DEFAULT_MAX_BYTES,
    SURROGATE_FREE,
    check_size,
    check_text,
    decode_named,
    ensure_readable,
    looks_like_html,
    read_file,
    refuse_location,
    text_size,
)
from .assemble import assemble
from .blocks import BlockKind, Document
from .boilerplate import Verdict, label_boilerplate
from .errors import ParseError
from .evidence import (
    THRESHOLD,
    check_confidence,
    features,
    no_evidence,
    weigh,
    without_pairs,
    worth_segmenting,
)
from .language import normalise_language
from .metadata import Metadata, page_metadata, read_metadata
from .models import Evidence, Interview
from .profiles import Profile, ProfileRegistry
from .readers import parse_page, read_text, read_tree, read_turns
from .segment import Role, Segmentation, segment

__all__ = ["Source", "find_interview", "parse", "parse_html", "parse_text"]


#: What the entry points take: the document itself (``str`` or ``bytes``), or the path of a
#: file holding it (any ``os.PathLike``, such as :class:`pathlib.Path`). A ``str`` is always
#: the document, never a file name or a web address (one that is only that is refused).
Source = str | bytes | os.PathLike[str]


def _read_input(source: Source, max_bytes: int | None) -> tuple[str, bytes | None]:
    """The input's text, and its bytes when they are exactly that text in UTF-8 (lxml parses
    UTF-8 bytes faster than a str, several times faster when the str is four bytes a character).

    A path (``os.PathLike``) is read from disk; a ``str`` that is only a path or a web address
    raises :class:`~interviewparse.PathOrURLError` (nothing is ever downloaded)."""
    if isinstance(source, os.PathLike):
        source = read_file(source, max_bytes)
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        decoded, codec = decode_named(data, max_bytes=max_bytes)
        # In UTF-8 a NUL character is a zero byte and a zero byte is a NUL character.
        nul = codec != "utf-8" or b"\x00" in data
        text = check_text(decoded, surrogates=codec not in SURROGATE_FREE, nul=nul)
        # check_text hands back the same object unless it had to repair the text.
        return text, data if codec == "utf-8" and text is decoded else None
    if not isinstance(source, str):
        raise TypeError(
            f"expected str, bytes or a file path (os.PathLike), got {type(source).__name__}"
        )
    check_size(text_size(source), max_bytes)
    refuse_location(source)
    return check_text(source), None


@contextlib.contextmanager
def _naming(source: Source) -> Iterator[None]:
    """Errors raised while parsing a file name the file (their ``source``)."""
    try:
        yield
    except ParseError as exc:
        if isinstance(source, os.PathLike):
            exc.with_source(os.fspath(source))
        raise


def parse(
    source: Source,
    *,
    url: str | None = None,
    profile: Profile | ProfileRegistry | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Interview:
    """Parse an interview from HTML or plain text, deciding which it is by looking.

    ``source`` is the document as ``str`` or ``bytes``, or a file's path (``os.PathLike``,
    e.g. :class:`pathlib.Path`), which is read. Bytes are decoded by byte-order mark, then as
    UTF-8 when they are valid UTF-8, then by the page's declared charset, then by detection
    (see the errors page of the docs). A ``str`` that is only a file name or a web address
    raises :class:`~interviewparse.PathOrURLError`: nothing is ever downloaded.

    ``url`` records where the page came from (and picks its publisher profile); ``profile``
    applies site-specific rules to HTML (a :class:`~interviewparse.profiles.Profile`, or a
    registry whose profile for the page's URL is used; see :mod:`interviewparse.profiles`);
    ``max_bytes`` is the size limit (``None``: no limit). The three entry points take the same
    keyword arguments.

    Returns an :class:`Interview`; ``pairs`` is empty when the input is not an interview.
    Raises a :class:`~interviewparse.ParseError` subclass only for unusable input.
    """
    return trace_source(source, url=url, profile=profile, max_bytes=max_bytes).interview


def parse_text(
    text: Source,
    *,
    url: str | None = None,
    profile: Profile | ProfileRegistry | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Interview:
    """Parse an interview from plain text copied off a page.

    Takes the same arguments as :func:`parse`; ``profile`` is accepted for a uniform signature
    but has no effect, since profiles are CSS selectors and plain text has no markup.
    """
    del profile
    with _naming(text):
        return _build(read_text(_read_input(text, max_bytes)[0]), url=url)


def parse_html(
    html: Source,
    *,
    url: str | None = None,
    profile: Profile | ProfileRegistry | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Interview:
    """Parse an interview from a publisher's HTML page.

    Takes the same arguments as :func:`parse`. ``profile`` applies site-specific rules: a
    :class:`~interviewparse.profiles.Profile`, or a registry whose profile for ``url`` is used
    (see :mod:`interviewparse.profiles`).
    """
    with _naming(html):
        root = parse_page(*_read_input(html, max_bytes))
        doc = read_tree(root, url=url, profile=profile)
        del root  # as in parse(): nothing after the reader needs the tree
        return _build(doc)


@attrs.frozen
class Trace:
    """Everything one run of the pipeline decided, for :func:`interviewparse.explain`:
    the reader's document, the boilerplate stage's verdicts, the segmentation, the metadata,
    and the interview assembled from them. ``considered`` is the segmentation the confidence
    was weighed on: the same as ``seg``, unless the page was judged no interview and its
    questions and answers were turned back into text."""

    doc: Document
    verdicts: tuple[Verdict | None, ...]
    seg: Segmentation
    meta: Metadata
    interview: Interview
    considered: Segmentation


def _build(doc: Document, url: str | None = None) -> Interview:
    return trace(doc, url).interview


def trace(doc: Document, url: str | None = None) -> Trace:
    """Run the stages after the reader on ``doc``, keeping what each decided."""
    ensure_readable(doc)
    with _reading(doc):
        return _trace(doc, url)


def _reading(doc: Document) -> contextlib.AbstractContextManager[None]:
    """The rules read the words of the language the page declares, where the lexicon has it
    (a page's declared language is its own: measured on the corpus, 34 of 34 agree with the
    guess from its text); of every language where it declares none."""
    return lexicon.reading(lexicon.languages_of(normalise_language(doc.meta.language)))


def _trace(doc: Document, url: str | None) -> Trace:
    if doc.shallow is not None:
        return _shallow_trace(doc, url)
    return _assembled(doc, url, _decide(doc))


@attrs.frozen
class _Decision:
    """What the stages before the metadata decided: the boilerplate verdicts, the
    segmentation weighed (``considered``) and the one kept (without pairs when the page is no
    interview), and how sure the parser is that the page is an interview."""

    verdicts: tuple[Verdict | None, ...]
    seg: Segmentation
    considered: Segmentation
    confidence: float
    evidence: tuple[Evidence, ...]


def _decide(doc: Document) -> _Decision:
    verdicts = label_boilerplate(doc)
    if worth_segmenting(doc, verdicts):
        seg = segment(doc.blocks, verdicts)
        confidence, evidence = weigh(features(doc, verdicts, seg))
        considered = seg
        if confidence < THRESHOLD:
            seg = without_pairs(seg)  # not an interview: what looked like pairs is intro text
    else:
        # no block looks like a turn: nothing for the segmenter to decode
        seg = considered = _unsegmented(doc, verdicts)
        confidence, evidence = no_evidence()
    return _Decision(verdicts, seg, considered, confidence, evidence)


def _assembled(doc: Document, url: str | None, decided: _Decision) -> Trace:
    verdicts, seg = decided.verdicts, decided.seg
    meta = read_metadata(doc, seg, verdicts)
    interview = assemble(doc, verdicts, seg, meta_url=url or meta.url, meta=meta)
    interview = attrs.evolve(interview, confidence=decided.confidence, evidence=decided.evidence)
    return Trace(doc, verdicts, seg, meta, interview, decided.considered)


def _shallow_trace(doc: Document, url: str | None) -> Trace:
    """A page the reader read shallowly (no sign of a turn in its article: it would leave at
    :func:`worth_segmenting`): its paragraphs are the intro, the lines the reader marked as
    clutter are boilerplate, and the metadata is what the page declares."""
    verdicts = tuple(
        Verdict(block.hint, block.hint_reason or "", rule=block.hint_rule or "html.tag")
        if block.hint is not None
        else None
        for block in doc.blocks
    )
    seg = _unsegmented(doc, verdicts)
    confidence, evidence = no_evidence()
    meta = page_metadata(doc, seg)
    interview = assemble(doc, verdicts, seg, meta_url=url or meta.url, meta=meta)
    interview = attrs.evolve(interview, confidence=confidence, evidence=evidence)
    return Trace(doc, verdicts, seg, meta, interview, seg)


def _unsegmented(doc: Document, verdicts: tuple[Verdict | None, ...]) -> Segmentation:
    """The segmentation of a page with no turns: title, boilerplate, and intro for the rest."""
    roles = tuple(
        Role.TITLE
        if block.kind is BlockKind.TITLE
        else Role.BOILERPLATE
        if verdict is not None
        else Role.INTRO
        for block, verdict in zip(doc.blocks, verdicts, strict=False)
    )
    return Segmentation(
        roles=roles,
        starts=frozenset(),
        speakers=tuple(b.label for b in doc.blocks),
        reasons=tuple(None for _ in doc.blocks),
        rules=tuple(None for _ in doc.blocks),
    )


def read_document(
    source: Source,
    *,
    url: str | None = None,
    profile: Profile | ProfileRegistry | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> tuple[Document, str | None]:
    """The reader stage of :func:`parse`: HTML or text decided by looking, read into a
    :class:`~interviewparse.blocks.Document`; with the URL :func:`trace` should record (text
    carries none of its own)."""
    doc, text_url = _read_source(source, url, profile, max_bytes, plain=True)
    assert doc is not None  # (only a read without the plain text gives none)
    return doc, text_url


def _read_source(
    source: Source,
    url: str | None,
    profile: Profile | ProfileRegistry | None,
    max_bytes: int | None,
    *,
    plain: bool,
) -> tuple[Document | None, str | None]:
    """:func:`read_document`; without ``plain``, an HTML page with no sign of a turn gives no
    document (:func:`~interviewparse.readers.read_turns`)."""
    text, utf8 = _read_input(source, max_bytes)
    if looks_like_html(text):
        root = parse_page(text, utf8)
        del text  # see read_tree: the tree is all the reader needs from here on
        read = read_tree if plain else read_turns
        doc = read(root, url=url, profile=profile)
        del root  # and the blocks are all the later stages need: free libxml2's tree now
        return doc, None
    return read_text(text), url


def find_interview(
    source: Source,
    *,
    url: str | None = None,
    profile: Profile | ProfileRegistry | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    min_confidence: float | None = None,
) -> Interview | None:
    """The interview in ``source``, or ``None`` when it is no interview: what finding the
    interviews in a crawl keeps (``--interviews-only``, ``parse_warc(interviews_only=True)``).

    The answer is always that of :func:`parse`: its :class:`Interview` when
    :attr:`~Interview.is_interview` holds (with ``min_confidence``, when its confidence is at
    least that), else ``None``; the same errors are raised. But a page that is no interview
    leaves as soon as that is known, for less: a page whose article shows no sign of a
    question-and-answer turn before its text is read, a page whose blocks show too few before
    its boilerplate is labelled, and a page whose turns do not make an interview before its
    people and metadata are read and its interview assembled. Takes the keyword arguments of
    :func:`parse`.
    """
    check_confidence(min_confidence)
    at_least = THRESHOLD if min_confidence is None else min_confidence
    if at_least <= no_evidence()[0]:  # every page is sure enough: nothing to leave early
        return parse(source, url=url, profile=profile, max_bytes=max_bytes)
    with _naming(source):
        doc, text_url = _read_source(source, url, profile, max_bytes, plain=False)
        if doc is None:
            return None  # no sign of a turn: the page would leave at worth_segmenting
        ensure_readable(doc)
        with _reading(doc):
            if doc.shallow is not None:
                interview = _shallow_trace(doc, text_url).interview
                return interview if interview.confidence >= at_least else None
            if not worth_segmenting(doc, [None] * len(doc.blocks)):
                # too few signs of a turn even among the blocks the boilerplate stage would
                # set aside: the page would leave at worth_segmenting, unlabelled
                return None
            decided = _decide(doc)
            if decided.confidence < at_least:
                return None
            return _assembled(doc, text_url, decided).interview


def trace_source(
    source: Source,
    *,
    url: str | None = None,
    profile: Profile | ProfileRegistry | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Trace:
    """:func:`parse`, keeping what every stage decided (what :func:`interviewparse.explain`
    shows); takes the same arguments and raises the same errors."""
    with _naming(source):
        doc, text_url = read_document(source, url=url, profile=profile, max_bytes=max_bytes)
        return trace(doc, text_url)
