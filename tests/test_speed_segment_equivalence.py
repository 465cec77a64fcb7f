"""The shortcuts the speed work took in the wording cues and the segmenter give the answers the
plain way gave: lower-casing a whole text before splitting it into words, counting words with
``subn``, and the first-letter lookahead in the reported-speech pattern."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from interviewparse import cues
from interviewparse.segment import _REPORTED, _half_or_more

_WORDS = re.compile(r"\w+")

#: Letters with case quirks (dotted I, sigma, long s, Kelvin sign, Turkish dotless i) and
#: the reported-speech verbs, mixed into arbitrary text so the properties meet them often.
_TRICKY = st.sampled_from(
    ["İ", "I", "ı", "Σ", "σ", "ς", "ſ", "K", "ß", "ẞ", "'", "’", " ", "\n", "-", "?", "_"]
)
_VERBS = st.sampled_from(
    ["says", "SAID", "Sagte", "according to", "ACCORDING TO", "сказал", "Говорит", "ſays"]
)
_TEXTS = st.lists(st.one_of(st.text(max_size=12), _TRICKY, _VERBS), max_size=30).map("".join)

_PLAIN_REPORTED = re.compile(
    r"\b(?:sagt|sagte|erklärt|erklärte|says|said|according to|dice|dijo|explica|selon|affirme"
    r"|explique|сказал|сказала|говорит|считает)\b",
    re.IGNORECASE,
)


@given(_TEXTS)
def test_words_are_the_lower_cased_words(text: str) -> None:
    assert cues._words(text) == [w.lower() for w in _WORDS.findall(text)]


@given(_TEXTS)
def test_word_count_counts_the_words(text: str) -> None:
    assert cues.word_count(text) == len(_WORDS.findall(text))


@given(_TEXTS)
def test_reported_speech_lookahead_finds_the_same_verbs(text: str) -> None:
    found = [m.span() for m in _REPORTED.finditer(text)]
    assert found == [m.span() for m in _PLAIN_REPORTED.finditer(text)]


def test_lower_casing_quirks() -> None:
    for text in ("İstanbul’da mı?", "ΟΔΟΣ'Α ΝΈΑ", "Straße STRASSE", "ſays who"):
        assert cues._words(text) == [w.lower() for w in _WORDS.findall(text)]


@given(st.lists(st.booleans(), min_size=1, max_size=40))
def test_half_or_more_settles_like_the_share(flags: list[bool]) -> None:
    assert _half_or_more(flags, bool) == (sum(flags) / len(flags) >= 0.5)
