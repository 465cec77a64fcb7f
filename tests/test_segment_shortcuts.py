"""The segmenter's shortcuts answer exactly what they stand in for.

The ranking decodes every page under several conventions and asks the same questions of the
same paragraphs; to stay fast it counts words only as far as a threshold needs and searches for
an e-mail address only in a text that holds "@". These tests hold each shortcut to the full
computation it replaces, over arbitrary text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewparse import cues
from interviewparse.blocks import Block
from interviewparse.segment import _EMAIL_ADDRESS, _WRITE_TO_US, _Facts, _more_words

#: Word characters, separators, marks and scripts that make word boundaries interesting.
_LETTERS = st.sampled_from(
    ["a", "Z", "é", "ж", "字", "7", "_", " ", "  ", ".", "-", "—", "\n", "?", "@", "\u0301", "'"]
)
_TEXTS = st.lists(_LETTERS, max_size=60).map("".join)


@settings(max_examples=300)
@given(_TEXTS, st.integers(min_value=1, max_value=12))
def test_more_words_matches_exactly_the_texts_with_more_words(text: str, n: int) -> None:
    assert (_more_words(n).match(text) is not None) == (cues.word_count(text) > n)


@settings(max_examples=300)
@given(_TEXTS, st.integers(min_value=1, max_value=12))
def test_at_most_agrees_with_the_word_count(text: str, n: int) -> None:
    facts = _Facts([Block(text)])
    assert facts.at_most(0, n) == (cues.word_count(text) <= n)
    facts.words(0)  # once counted, the count itself answers
    assert facts.at_most(0, n) == (cues.word_count(text) <= n)


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(["write to us", "Email us", "me@site.example", "a@b", ". ", "?", "x", " "]),
        max_size=8,
    ).map("".join)
)
def test_call_to_write_in_without_the_full_search(text: str) -> None:
    facts = _Facts([Block(text)])
    assert facts.gets_in_touch(0) == (_ONE_SEARCH.search(text) is not None)


#: The full search the shortcut stands in for: an address or "write to us", in one pattern.
_ONE_SEARCH = re.compile(f"{_EMAIL_ADDRESS.pattern}|{_WRITE_TO_US.pattern}", re.IGNORECASE)
