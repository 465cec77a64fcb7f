"""A cheap language guess from function words, for pages that do not declare their language.

Counting a few dozen very frequent function words per language is crude but needs no model and
no dependency, and on a paragraph or more of prose it separates the languages news interviews
are written in well. Cyrillic text is told apart by its script first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from . import lexicon

__all__ = ["guess_language", "normalise_language"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Runs, not single letters: summing run lengths counts the same letters with far fewer objects.
_CYRILLIC = re.compile(r"[\u0400-\u04FF]+")
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")
_LANG_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")

# Function words that are frequent in one language and rare in the others (the lexicon's
# ``stopwords`` slot). Words shared by several of these languages ("a", "de", "la", "en", "in",
# "die" in English text) are left out or kept only where they are far more typical of one
# language. Only the Latin-script languages are told apart by their words (Cyrillic text is told
# by its script first; Arabic and Hindi are not guessed yet). On a tie the language listed first
# wins.
_GUESSED = ("en", "de", "fr", "es", "it", "pt", "nl", "sv")
_STOPWORDS: dict[str, frozenset[str]] = {
    code: lexicon.words("stopwords", (code,)) for code in _GUESSED
}

_MIN_HITS = 3
#: Each function word with the languages it counts for: one lookup per word of the text.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, words in _STOPWORDS.items() if word in words)
    for word in frozenset().union(*_STOPWORDS.values())
}


def guess_language(texts: Iterable[str], *, max_words: int = 3000) -> str | None:
    """Guess an ISO 639-1 code from the function words in ``texts``; ``None`` when unsure.

    Only the first ``max_words`` words are looked at, so the cost stays flat on long pages.
    """
    words: list[str] = []
    read: list[str] = []  # the texts looked at, for the script test
    for text in texts:
        read.append(text)
        words += _WORD.findall(text)[: max(1, max_words - len(words))]
        if len(words) >= max_words:
            break
    if _more_cyrillic_than_latin("\n".join(read)):
        return "ru"
    # Words counted per distinct word (in C), and only the function words among them looked at.
    seen = Counter(map(str.lower, words))
    counts = dict.fromkeys(_STOPWORDS, 0)
    for word in seen.keys() & _LANGUAGES_OF.keys():
        for lang in _LANGUAGES_OF[word]:
            counts[lang] += seen[word]
    best = max(counts, key=lambda lang: counts[lang])
    if counts[best] < _MIN_HITS:
        return None
    return best


def _more_cyrillic_than_latin(text: str) -> bool:
    """Are more letters of ``text`` Cyrillic than Latin? In text without a Cyrillic letter (most
    pages, found by one scan for the first) the Latin ones need no counting."""
    if _CYRILLIC.search(text) is None:
        return False
    cyrillic = sum(map(len, _CYRILLIC.findall(text)))
    return cyrillic > sum(map(len, _LATIN.findall(text)))


def normalise_language(tag: str | None) -> str | None:
    """Reduce a declared language tag ("en-US", "de_DE", "EN") to its lower-case primary code."""
    if not tag:
        return None
    match = _LANG_TAG.match(tag.strip())
    if match is None:
        return None
    return match.group(1).lower()
