"""A cheap language guess from function words, for pages that do not declare their language.

Counting a few dozen very frequent function words per language is crude but needs no model and
no dependency, and on a paragraph or more of prose it separates the languages news interviews
are written in well. Text in another script is told by its script first (Cyrillic, Arabic and
the Chinese characters by the letters each language writes).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from . import lexicon

__all__ = ["guess_language", "normalise_language"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Runs, not single letters: summing run lengths counts the same letters with far fewer objects.
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+")
_LANG_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")

#: The scripts other than Latin, each as a character class of its letters.
_SCRIPTS: dict[str, str] = {
    "cyrillic": "\u0400-\u04ff",
    "greek": "\u0370-\u03ff",
    "hebrew": "\u05d0-\u05ea",
    "arabic": "\u0620-\u064a\u0671-\u06d3",
    "devanagari": "\u0900-\u097f",
    "bengali": "\u0980-\u09ff",
    "tamil": "\u0b80-\u0bff",
    "telugu": "\u0c00-\u0c7f",
    "thai": "\u0e00-\u0e7f",
    "hangul": "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af",
    "kana": "\u3040-\u30ff",
    "han": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    # scripts of languages without a lexicon: their text is no Latin-script language's
    "armenian": "\u0531-\u0587",
    "gurmukhi": "\u0a00-\u0a7f",
    "gujarati": "\u0a80-\u0aff",
    "kannada": "\u0c80-\u0cff",
    "malayalam": "\u0d00-\u0d7f",
    "sinhala": "\u0d80-\u0dff",
    "myanmar": "\u1000-\u109f",
    "georgian": "\u10a0-\u10ff",
    "ethiopic": "\u1200-\u137f",
    "khmer": "\u1780-\u17ff",
}
#: The runs of letters of any of them: most pages have none, and then no letters need counting.
_NON_LATIN = re.compile("[" + "".join(_SCRIPTS.values()) + "]+")
_SCRIPT_RUNS = {name: re.compile(f"[{letters}]+") for name, letters in _SCRIPTS.items()}
#: The scripts that name one language here (Cyrillic, Arabic and the Chinese characters are
#: told apart by their letters, below).
_SCRIPT_LANGUAGE = {
    "greek": "el",
    "hebrew": "he",
    "devanagari": "hi",
    "bengali": "bn",
    "tamil": "ta",
    "telugu": "te",
    "thai": "th",
    "hangul": "ko",
}
#: Japanese writes its grammar in kana between the Chinese characters: text whose CJK letters
#: are this share kana or more is Japanese (Chinese writes none).
_KANA_SHARE = 0.1


def _count(pattern: re.Pattern[str], text: str) -> int:
    return sum(map(len, pattern.findall(text)))


def _letters(text: str, letters: str) -> int:
    return sum(map(text.count, letters))


def _cyrillic(text: str) -> str:
    """Which language written in Cyrillic: by the letters each writes and Russian does not (ў
    Belarusian, і ї є ґ Ukrainian, ј љ њ ћ ђ џ Serbian, ќ ѓ ѕ Macedonian, a frequent ъ
    Bulgarian) weighed against those Russian writes and they do not (ы э ё)."""
    lower = text.lower()
    russian = _letters(lower, "ыэё")
    if _letters(lower, "ў") * 4 > russian:
        return "be"
    if _letters(lower, "іїєґ") > russian:
        return "uk"
    if _letters(lower, "јљњћђџ") > russian:
        return "sr"
    if _letters(lower, "ќѓѕ") > russian:
        return "mk"
    if _letters(lower, "ъ") > russian:
        return "bg"
    return "ru"


def _arabic(text: str) -> str:
    """Which language written in Arabic letters: Urdu and Persian by the letters Arabic does not
    write (ے ٹ ڈ ڑ ں Urdu; پ چ ژ گ and the Persian yeh and kaf ی ک against Arabic ي ك)."""
    if _letters(text, "ےٹڈڑں") >= 3:
        return "ur"
    if _letters(text, "پچژگیک") > _letters(text, "يك"):
        return "fa"
    return "ar"


def _script_language(text: str) -> str | None:
    """The language the script of ``text`` tells where most of its letters are not Latin; ``""``
    where they are Latin (the words must tell); ``None`` for a script whose language has no
    lexicon here (Armenian, Georgian, Gujarati...)."""
    # Each script's letters are counted among the letters of all of them, gathered in one
    # pass: the same counts (the scripts' letters are disjoint), without one pass over the
    # whole text per script (a page in Latin letters may quote a few words in another).
    others = "".join(_NON_LATIN.findall(text))
    if not others:
        return ""
    counts = {name: _count(runs, others) for name, runs in _SCRIPT_RUNS.items()}
    kana = counts.pop("kana")
    counts["han"] += kana
    best = max(counts, key=lambda name: counts[name])
    if counts[best] <= _count(_LATIN, text):
        return ""
    if best == "han":
        return "ja" if kana >= _KANA_SHARE * counts["han"] else "zh"
    if best == "cyrillic":
        return _cyrillic(text)
    if best == "arabic":
        return _arabic(text)
    return _SCRIPT_LANGUAGE.get(best)


# Function words that are frequent in one language and rare in the others (the lexicon's
# ``stopwords`` slot). Words shared by several of these languages ("a", "de", "la", "en", "in",
# "die" in English text) are left out or kept only where they are far more typical of one
# language. Only text in Latin letters is told apart by its words (the others by their script
# first). On a tie the language listed first wins.
_GUESSED = (
    "en", "de", "fr", "es", "it", "pt", "nl", "sv",
    "pl", "cs", "sk", "tr", "hu", "ro", "fi", "da", "nb", "id", "vi",
)  # fmt: skip
_STOPWORDS: dict[str, frozenset[str]] = {
    code: lexicon.words("stopwords", (code,)) for code in _GUESSED
}

_MIN_HITS = 3
#: Each function word with the languages it counts for: one lookup per word of the text.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, words in _STOPWORDS.items() if word in words)
    for word in frozenset().union(*_STOPWORDS.values())
}
#: How much text the script test reads: enough letters to tell, however few words they split
#: into (Chinese and Japanese write no spaces).
_MAX_CHARS = 20_000


def guess_language(texts: Iterable[str], *, max_words: int = 3000) -> str | None:
    """Guess an ISO 639-1 code from the script, then the function words, of ``texts``; ``None``
    when unsure.

    Only the first ``max_words`` words (and about ``_MAX_CHARS`` characters) are looked at, so
    the cost stays flat on long pages.
    """
    words: list[str] = []
    read: list[str] = []  # the texts looked at, for the script test
    chars = 0
    for text in texts:
        read.append(text)
        chars += len(text)
        words += _WORD.findall(text)[: max(1, max_words - len(words))]
        if len(words) >= max_words or chars >= _MAX_CHARS:
            break
    by_script = _script_language("\n".join(read))
    if by_script != "":
        return by_script
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


def normalise_language(tag: str | None) -> str | None:
    """Reduce a declared language tag ("en-US", "de_DE", "EN") to its lower-case primary code."""
    if not tag:
        return None
    match = _LANG_TAG.match(tag.strip())
    if match is None:
        return None
    return match.group(1).lower()
