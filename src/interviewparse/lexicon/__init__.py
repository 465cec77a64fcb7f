"""The words of each language, one module per language, every module filling the same slots.

This is the one home of language knowledge: a rule that needs the question words, the months or
the newsletter prompts of a language asks this package for them, for the document's language
where it is known (:func:`get`), or for every language where it is not (:func:`union`). Adding a
language is one module here (``xx.py`` defining ``LEXICON = Lexicon(code="xx", ...)``), its code
in :data:`LANGUAGES`, and a test fixture; no rule changes.

Lexicons are plain Python data rather than TOML or JSON: Python 3.10 has no TOML reader in the
standard library, a typo in a slot name fails ``mypy --strict`` instead of being silently
ignored, and importing a module costs nothing at parse time.

``python -m interviewparse.lexicon`` prints the coverage table (language × slot).
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from ._model import SLOTS, Lexicon

__all__ = [
    "ENGLISH_FIRST",
    "LANGUAGES",
    "SLOTS",
    "SUPPORTED",
    "Lexicon",
    "alternation",
    "coverage",
    "date_parts",
    "document_languages",
    "filled",
    "get",
    "grouped",
    "languages_of",
    "month_numbers",
    "pattern",
    "phrases",
    "phrases_by_kind",
    "reading",
    "rule_phrases",
    "union",
    "words",
]

#: The languages with a lexicon, by ISO 639-1 code.
LANGUAGES: tuple[str, ...] = (
    "ar", "be", "bg", "bn", "cs", "da", "de", "el", "en", "es", "et", "eu", "fa", "fi", "fr",
    "he", "hi", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "nb", "nl", "pl", "pt",
    "ro", "ru", "sk", "sl", "sr", "sv", "sw", "ta", "te", "th", "tl", "tr", "uk", "ur", "vi",
    "zh",
)  # fmt: skip
#: The languages supported in full: every slot that the language's writing allows is filled (the
#: others hold what the rules needed of them so far: turn labels, months, boilerplate phrases).
SUPPORTED: tuple[str, ...] = (
    "ar", "de", "en", "es", "fr", "it", "ja", "nl", "pl", "pt", "ru", "sv", "tr", "zh",
)  # fmt: skip
#: The mapping slots: per boilerplate kind, a tuple of phrases.
_KIND_SLOTS = ("boilerplate_phrases", "boilerplate_prompts", "rule_phrases")

#: Every language, English first: the order in which a rule that cannot know the page's language
#: tries the phrases of an alternation where one phrase may match where another does (English
#: pages are the most frequent, and the rules were written on them first).
ENGLISH_FIRST: tuple[str, ...] = ("en", *(code for code in LANGUAGES if code != "en"))

_EMPTY = Lexicon(code="", name="")


@cache
def get(code: str | None) -> Lexicon:
    """The lexicon of language ``code`` (an ISO 639-1 code); an empty one for a language that has
    none (every slot empty), so callers need no special case."""
    if code not in LANGUAGES:
        return _EMPTY
    module = importlib.import_module(f"{__name__}.{code}")
    lexicon: Lexicon = module.LEXICON
    return lexicon


def _values(lexicon: Lexicon, slot: str) -> tuple[str, ...]:
    value = getattr(lexicon, slot)
    if slot in ("months", "weekdays"):
        return tuple(spelling for spellings in value for spelling in spellings)
    if slot in _KIND_SLOTS:
        return tuple(p for kind in sorted(value) for p in value[kind])
    return tuple(value)


@cache
def union(slot: str) -> tuple[str, ...]:
    """Slot ``slot`` of every language, in :data:`LANGUAGES` order, without repeats: for text
    whose language is not known."""
    seen: dict[str, None] = {}
    for code in LANGUAGES:
        seen.update(dict.fromkeys(_values(get(code), slot)))
    return tuple(seen)


def _select(slot: str, languages: tuple[str, ...] | None) -> tuple[str, ...]:
    if languages is None:
        return union(slot)
    seen: dict[str, None] = {}
    for code in languages:
        seen.update(dict.fromkeys(_values(get(code), slot)))
    return tuple(seen)


@cache
def words(slot: str, languages: tuple[str, ...] | None = None) -> frozenset[str]:
    """A word slot of ``languages`` (every language for ``None``), case-folded, as a set."""
    return frozenset(w.casefold() for w in _select(slot, languages))


@cache
def phrases(slot: str, languages: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """A phrase slot of ``languages`` (every language for ``None``), as written."""
    return _select(slot, languages)


@cache
def pattern(slot: str, languages: tuple[str, ...] | None = None) -> re.Pattern[str] | None:
    """One compiled, case-insensitive alternation of a phrase slot, longest first, each phrase
    between word boundaries; ``None`` when the slot is empty for these languages."""
    found = sorted(_select(slot, languages), key=len, reverse=True)
    if not found:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(found) + r")(?!\w)", re.IGNORECASE)


@cache
def phrases_by_kind(
    slot: str, languages: tuple[str, ...] | None = None
) -> dict[str, tuple[str, ...]]:
    """A per-kind slot (``boilerplate_phrases``, ``boilerplate_prompts``, ``rule_phrases``) of
    ``languages`` (every language for ``None``): ``{kind: phrases}``, each kind's phrases without
    repeats."""
    if slot not in _KIND_SLOTS:
        raise ValueError(f"{slot!r} is not a per-kind slot; one of {_KIND_SLOTS}")
    found: dict[str, dict[str, None]] = {}
    for code in LANGUAGES if languages is None else languages:
        table: dict[str, tuple[str, ...]] = dict(getattr(get(code), slot))
        for kind, items in table.items():
            found.setdefault(kind, {}).update(dict.fromkeys(items))
    return {kind: tuple(items) for kind, items in found.items()}


@cache
def month_numbers(languages: tuple[str, ...] | None = None) -> dict[str, int]:
    """Every spelling of a month in ``languages`` (every language for ``None``), case-folded,
    with the month's number (1-12): ``{"januar": 1, "maja": 5, ...}``."""
    numbers: dict[str, int] = {}
    for code in LANGUAGES if languages is None else languages:
        for number, spellings in enumerate(get(code).months, start=1):
            for spelling in spellings:
                numbers.setdefault(spelling.casefold(), number)
    return numbers


def rule_phrases(rule: str, languages: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The alternatives of rule ``rule`` in ``languages`` (every language for ``None``)."""
    return phrases_by_kind("rule_phrases", languages).get(rule, ())


def languages_of(code: str | None) -> tuple[str, ...] | None:
    """The lexicon languages a document declared in ``code`` is read in: its own when the
    lexicon has it, else every language (``None``), the way :func:`words` and :func:`phrases`
    take them. English is not added to another language's: measured on the corpus and the
    fixtures, adding it changes no output (only two German pages' confidence, where "us" in
    "US-Wahl" counted as English "us")."""
    if code in LANGUAGES:
        return (code,)
    return None


#: The languages of the document being parsed, as :func:`reading` sets them (``None``: every
#: language, and outside a parse).
_DOCUMENT: ContextVar[tuple[str, ...] | None] = ContextVar("document_languages", default=None)


@contextmanager
def reading(languages: tuple[str, ...] | None) -> Iterator[None]:
    """Within this block :func:`document_languages` is ``languages``: the stages after the
    reader run in it (:func:`interviewparse.api.trace`), so that a rule deep inside them can
    ask for the words of the document's language without every caller passing it down."""
    token = _DOCUMENT.set(languages)
    try:
        yield
    finally:
        _DOCUMENT.reset(token)


def document_languages() -> tuple[str, ...] | None:
    """The languages of the document being parsed (see :func:`reading`), to pass to
    :func:`words`, :func:`phrases` or :func:`rule_phrases`; ``None`` (every language) when
    it declares none the lexicon has, or outside a parse."""
    return _DOCUMENT.get()


@cache
def filled(slot: str, languages: tuple[str, ...] | None) -> tuple[str, ...]:
    """Phrase slot ``slot`` of ``languages``, or of every language where these fill none (a
    language the lexicon knows nothing of in this slot is read like an unknown one)."""
    return phrases(slot, languages) or phrases(slot, None)


def date_parts() -> tuple[str, str]:
    """The alternations of a written date's small parts, in every language: the suffixes of a
    day's number ("st", "er") and the words between day, month and year ("de", "del"). The date
    reader and the date-line rule build their patterns from them, so they read the same dates."""
    return alternation(phrases("ordinal_suffixes")), alternation(phrases("date_joiners"))


def alternation(phrases: tuple[str, ...] | frozenset[str]) -> str:
    """``phrases`` as one regular-expression alternation (no group), longest first: the order in
    which an alternation that is not anchored on both sides should try them."""
    return "|".join(sorted(phrases, key=lambda p: (-len(p), p)))


def grouped(phrases: tuple[str, ...]) -> str:
    """``phrases`` (regular-expression fragments) as one alternation grouped by first letter,
    each group keeping the order given: ``("talk to", "tell", "ask")`` → ``t(?:alk to|ell)|ask``.
    The regex engine then tries one group per position instead of every phrase in turn, and
    finds the same match as the plain alternation, since phrases of different first letters
    never match at the same place (the pattern must be case-insensitive or the phrases' first
    letters lower case). A phrase that opens with no letter stays a group of its own."""
    groups: dict[str, list[str]] = {}
    for phrase in dict.fromkeys(phrases):
        first = phrase[0]
        if first.isalpha():
            groups.setdefault(first.lower(), []).append(phrase[1:])
        else:
            groups.setdefault(phrase, []).append("")
    return "|".join(
        first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for first, rests in groups.items()
    )


@cache
def _letter_use() -> Counter[str]:
    """How often each letter comes in the function words (``stopwords``) of every language:
    what a page's text is mostly made of."""
    return Counter("".join(union("stopwords")).lower())


def from_rarest_letter(words: Iterable[str]) -> str:
    """An alternation that finds any of ``words`` (literal, lower case) where it occurs, each
    word entered at its letter the languages' function words use least: ``"sponsor"`` as
    ``p(?<=sp)onsor``. The pattern opens with a character set of those rare letters, so the
    regex engine skips in C to the next of them instead of trying the words at nearly every
    letter of a text (a plain alternation of many words opens with most letters). For a
    search in lower-cased text whose only question is whether one of the words is there (the
    match found may be another word's, or start elsewhere, than a plain alternation's)."""
    use = _letter_use()
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        at = min(range(len(word)), key=lambda k: (use[word[k]], k))
        before = f"(?<={re.escape(word[: at + 1])})" if at else ""
        groups.setdefault(word[at], []).append(before + re.escape(word[at + 1 :]))
    return "|".join(f"{re.escape(letter)}(?:{'|'.join(rest)})" for letter, rest in groups.items())


def coverage() -> dict[str, dict[str, int]]:
    """How many entries each language has in each slot: ``{code: {slot: count}}``."""
    return {code: {slot: len(_values(get(code), slot)) for slot in SLOTS} for code in LANGUAGES}
