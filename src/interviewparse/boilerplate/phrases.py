"""Multilingual boilerplate phrases, compiled into two anchored patterns.

Publishers in every language wrap interviews in the same clutter: "read also" links, newsletter
prompts, photo credits, sponsor labels, share bars, comment prompts, podcast/video promos, tag
lists, author boxes and editor's notes. The rules in :mod:`interviewparse.boilerplate` and the
HTML reader's hints know the wording of a few languages each; this module reads the phrases of
every language from :mod:`interviewparse.lexicon` (one table per kind) and compiles them into two
patterns, so that a block is tested with one anchored ``match`` instead of one search per
phrase.

Both patterns are anchored at the start of the block and the callers apply them only to short
blocks, because an answer may well *mention* a newsletter or a photo mid-sentence:

* :data:`HEAD` — a label phrase that is the whole block or is followed by a colon or an arrow
  ("Leia também: ...", "Foto: ...", "Tags: ...", "相关阅读", "اقرأ أيضا:").
* :data:`PROMPT` — an imperative that opens the block and may run on ("Iscriviti alla newsletter
  per ricevere ...", "Abone olun", "订阅我们的", "Suscríbete a ..."), narrow enough that
  it does not open an answer.

:func:`phrase_kind` returns the kind (a :class:`~interviewparse.BoilerplateKind`) or ``None``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..models import BoilerplateKind as K

__all__ = ["HEAD", "PROMPT", "phrase_kind"]

#: The kinds in the order they are tried: the first kind whose phrase opens the block wins
#: ("Photo credits:" is a credit, not a photo promo). The phrases are the lexicon's
#: ``boilerplate_phrases`` (labels) and ``boilerplate_prompts`` (imperatives) of every language.
_HEAD_ORDER = (
    K.RELATED,
    K.NEWSLETTER,
    K.CREDIT,
    K.ADVERTISEMENT,
    K.SHARE,
    K.COMMENTS,
    K.PROMO,
    K.TAGS,
    K.AUTHOR_BIO,
    K.OTHER,
    K.FOOTER,
    K.EDITORIAL_NOTE,
)
_PROMPT_ORDER = (K.NEWSLETTER, K.SHARE, K.COMMENTS, K.PROMO, K.SPONSOR)


def _table(slot: str, order: tuple[K, ...]) -> dict[K, tuple[str, ...]]:
    by_kind = lexicon.phrases_by_kind(slot)
    unknown = set(by_kind) - {kind.value for kind in order}
    if unknown:  # a lexicon that names a kind no rule reads would be silently ignored
        raise ValueError(f"lexicon slot {slot} names kinds no rule reads: {sorted(unknown)}")
    return {kind: by_kind[kind.value] for kind in order if by_kind.get(kind.value)}


#: Label phrases per kind. Each must be followed by a colon/arrow or close the block.
_HEADS = _table("boilerplate_phrases", _HEAD_ORDER)
#: Imperatives that open a block and may run on.
_PROMPTS = _table("boilerplate_prompts", _PROMPT_ORDER)


def _alternatives(table: dict[K, tuple[str, ...]]) -> str:
    """One named group per kind (``g0``, ``g1``, ...), in the table's order, each kind's phrases
    grouped by first letter (:func:`~interviewparse.lexicon.grouped`): the engine enters one
    branch per letter instead of every phrase in turn (a case-blind branch has no fast first
    test), a third less time on every short block. The kind found is the same: the first group
    with a phrase that matches, whatever the order of the phrases inside it."""
    return "|".join(f"(?P<g{i}>{lexicon.grouped(words)})" for i, words in enumerate(table.values()))


#: Up to three leading marks ("» ", "▶ ", "* ", "— ") may precede the phrase.
_LEAD = r"^[^\w\s]{0,3}\s*"

HEAD = re.compile(
    _LEAD + r"(?:" + _alternatives(_HEADS) + r")"
    r"(?:\s*\(\d+\))?"  # a count: "Kommentare (12)"
    # a colon or arrow, then anything; or only closing punctuation to the end of the block
    r"(?:\s*[:：›»>|–—]|\s*[.…!»›>:：]*\s*$)",
    re.IGNORECASE,
)
PROMPT = re.compile(_LEAD + r"(?:" + _alternatives(_PROMPTS) + r")", re.IGNORECASE)
_HEAD_KINDS = tuple(_HEADS)
_PROMPT_KINDS = tuple(_PROMPTS)

#: The longest block (in characters) a head label may open: "Foto: ..." captions run long.
HEAD_MAX_CHARS = 240
#: The longest block a prompt may open: a newsletter box's sentence or two.
PROMPT_MAX_CHARS = 260


@lru_cache(maxsize=4096)  # the reader, the boilerplate pass and the names ask of the same texts
def phrase_kind(text: str) -> K | None:
    """The boilerplate kind whose label or prompt opens ``text``, or ``None``.

    Only short blocks qualify; a long paragraph that opens "Photo:" or "Subscribe to our ..." is
    someone's answer (or a page the caller handles otherwise)."""
    size = len(text)
    if size <= HEAD_MAX_CHARS:
        match = HEAD.match(text)
        if match is not None and match.lastgroup is not None:
            return _HEAD_KINDS[int(match.lastgroup[1:])]
    if size <= PROMPT_MAX_CHARS:
        match = PROMPT.match(text)
        if match is not None and match.lastgroup is not None:
            return _PROMPT_KINDS[int(match.lastgroup[1:])]
    return None
