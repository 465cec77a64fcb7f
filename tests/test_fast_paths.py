"""The shortcuts the speed work took in the wording cues and the segmenter give the answers the
plain way gave: lower-casing a whole text before splitting it into words, counting words with
``subn``, and the first-letter lookahead in the reported-speech pattern."""

from __future__ import annotations

import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from interviewparse import cues
from interviewparse.boilerplate import block as boilerplate
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
    assert cues.lower_words(text) == [w.lower() for w in _WORDS.findall(text)]


@given(_TEXTS)
def test_word_count_counts_the_words(text: str) -> None:
    assert cues.word_count(text) == len(_WORDS.findall(text))


@given(_TEXTS)
def test_reported_speech_lookahead_finds_the_same_verbs(text: str) -> None:
    found = [m.span() for m in _REPORTED.finditer(text)]
    assert found == [m.span() for m in _PLAIN_REPORTED.finditer(text)]


def test_lower_casing_quirks() -> None:
    for text in ("İstanbul’da mı?", "ΟΔΟΣ'Α ΝΈΑ", "Straße STRASSE", "ſays who"):
        assert cues.lower_words(text) == [w.lower() for w in _WORDS.findall(text)]


@given(st.lists(st.booleans(), min_size=1, max_size=40))
def test_half_or_more_settles_like_the_share(flags: list[bool]) -> None:
    assert _half_or_more(flags, bool) == (sum(flags) / len(flags) >= 0.5)


# -- boilerplate: the first-letter lookaheads and the photo-credit pre-check -----------------------

_PLAIN_SPONSOR = re.compile(
    r"\b(?:(?:this|the)\s+(?:stakeholder|article|content|series|story|report|project|page|coverage)"
    r"\s+(?:supports|is\s+supported|is\s+sponsored|is\s+funded|was\s+produced\s+with|"
    r"is\s+produced\s+in\s+partnership)"
    r"|sponsored\s+(?:by|content)\b|paid\s+(?:content|partnership|post)\b"
    r"|editorial\s+content\s+is\s+independent\b|gesponsert\b|^anzeige$|^werbung$"
    r"|contenido\s+patrocinado\b|contenu\s+sponsoris|при\s+поддержке\b"
    r"|на\s+правах\s+рекламы\b)",
    re.IGNORECASE,
)
_PLAIN_NEWSLETTER = re.compile(
    r"\bsubscribe\s+to\s+(?:our|the)\s+\w*\s*newsletters?\b|\bsign\s+up\s+(?:for|to)\s+(?:our|the)\b"
    r"|\bnewsletter\s+abonnieren\b|\bjetzt\s+abonnieren\b|\babonnez-vous\b"
    r"|\binscrivez-vous\b|\bsuscr[ií]bete\b|\bподпишитесь\b|\bget\s+our\s+newsletter\b",
    re.IGNORECASE,
)
_CLUTTER = st.sampled_from(
    [
        "This article is sponsored by",
        "ſponsored by",
        "SPONSORED CONTENT",
        "Anzeige",
        "при поддержке",
        "Subscribe to our weekly newsletter",
        "sign up for our",
        "Подпишитесь",
        ". Photo: AP",
        ". Photo credit: Jane Doe",
        " (Photo: Reuters)",
        " [Foto: dpa]",
        " (AP/Jane Doe)",
        " (Getty Images)",
        "。摄影：王磊",
        "：",
        ":",
        ")",
        "]",
        "(",
        "[",
        ".",
    ]
)
_BLOCKS = st.lists(
    st.one_of(st.text(max_size=20), _TRICKY, _CLUTTER, st.sampled_from(["  ", "\t", "\u00a0"])),
    max_size=20,
).map("".join)


@given(_BLOCKS)
def test_sponsor_and_newsletter_lookaheads_find_the_same(text: str) -> None:
    assert [m.span() for m in boilerplate._SPONSOR.finditer(text)] == [
        m.span() for m in _PLAIN_SPONSOR.finditer(text)
    ]
    assert [m.span() for m in boilerplate._NEWSLETTER.finditer(text)] == [
        m.span() for m in _PLAIN_NEWSLETTER.finditer(text)
    ]


@given(_BLOCKS)
def test_caption_tail_precheck_never_misses_a_credit(text: str) -> None:
    for variant in (text, text.strip(), "x" * 70 + text):
        expected = boilerplate._CAPTION_CREDIT.search(variant) is not None
        assert boilerplate._caption_tail(variant) == expected


_SPONSORS = st.sampled_from(
    [
        "This series is supported by",
        "the page is funded",
        "This story was produced with",
        "Paid partnership",
        "paİd post",
        "Editorıal content is independent",
        "gesponsert",
        "geſponſert",
        "contenu sponsorisé",
        "при поддержке",
        "при пᲂддержке",
        "на правах рекламы",
        "Anzeige",
        "WERBUNG",
    ]
)


@given(st.lists(st.one_of(_BLOCKS, _SPONSORS, _TRICKY), max_size=6).map("".join))
def test_sponsor_precheck_never_misses_a_disclosure(text: str) -> None:
    assert boilerplate._sponsor(text) == (boilerplate._SPONSOR.search(text) is not None)


def test_case_oddities_are_all_the_letters_ignorecase_adds() -> None:
    """Every character that IGNORECASE matches to a letter of the sponsor words, but that
    ``str.lower`` does not turn into that letter, is in ``_CASE_ODDITIES``."""
    letters = sorted(set("".join(boilerplate._SPONSOR_WORDS)))
    any_letter = re.compile("[" + "".join(letters) + "]", re.IGNORECASE)
    odd = {
        chr(cp)
        for cp in range(sys.maxunicode + 1)
        if not 0xD800 <= cp <= 0xDFFF
        and any_letter.fullmatch(chr(cp))
        and chr(cp).lower() not in letters
    }
    assert odd == set(boilerplate._CASE_ODDITIES)


_SPACED = st.lists(
    st.one_of(st.text(max_size=12), _TRICKY, _VERBS, st.sampled_from(["  ", " — ", " (", "\t"])),
    max_size=200,
).map(" ".join)


@given(_SPACED)
def test_boilerplate_word_counts(text: str) -> None:
    exact = len(_WORDS.findall(text))
    assert boilerplate._words(text) == exact
    assert boilerplate._fewest_words(text) <= exact


def test_no_text_rule_looks_past_the_word_limit() -> None:
    limits = [rule[-1] for rule in boilerplate._TEXT_RULES]
    assert max(limits) == boilerplate._MOST_WORDS
    assert boilerplate._PHRASE_MAX_WORDS <= boilerplate._MOST_WORDS
    assert boilerplate._KICKER_MAX_WORDS <= boilerplate._PHRASE_MAX_WORDS
    assert boilerplate._ATTRIBUTION_MAX_WORDS <= boilerplate._PHRASE_MAX_WORDS


_QUESTIONS = st.sampled_from(
    ["What do you think?", "¿Cómo está usted", "Why?)", "Sie etkiledi mi?", "you", "I", "we", "?"]
)


@given(st.lists(st.one_of(st.text(max_size=15), _TRICKY, _QUESTIONS), max_size=12).map(" ".join))
def test_no_score_of_two_without_a_question_mark_near_the_end(text: str) -> None:
    if not cues.question_mark_near_end(text):
        assert cues.question_score(text) < 2
