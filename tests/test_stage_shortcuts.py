"""The shortcuts of the stages after the reader answer exactly what they stand in for.

Scoring, the confidence features and the boilerplate rules run on every block of every page;
to stay fast they count once what every decoding shares and reduce only the texts whose
answer can matter. These tests hold each shortcut to the full computation it replaces, over
arbitrary input.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewparse.blocks import Block
from interviewparse.evidence import _distinct_exchanges, _plain, _plain_start
from interviewparse.segment.scoring import MARKER_EXPLICIT, WEIGHTS, ceiling, measure

#: Letters, marks and separators: texts that differ only in them read the same once plain.
_PIECES = st.sampled_from(["a", "A", "b", " ", "?", "-", "ß", "SS", "é", "\n", "1"])
_TEXTS = st.lists(_PIECES, max_size=6).map("".join)


@settings(max_examples=300)
@given(st.lists(st.tuples(_TEXTS, _TEXTS), max_size=8))
def test_distinct_exchanges_counts_the_distinct_plain_pairs(
    exchanges: list[tuple[str, str]],
) -> None:
    questions = [q for q, _ in exchanges]
    answers = [a for _, a in exchanges]
    full = {(_plain(q), _plain(a)) for q, a in exchanges}
    assert _distinct_exchanges(questions, answers) == len(full)


def test_ceiling_is_the_best_score_a_convention_can_reach() -> None:
    for style in [*MARKER_EXPLICIT, "unknown"]:
        best = sum(w for name, w in WEIGHTS.items() if w > 0 and name != "marker_explicit")
        expected = best + WEIGHTS["marker_explicit"] * MARKER_EXPLICIT.get(style, 0.0)
        assert ceiling(style) == expected


class _Facts:
    """The least :class:`~interviewparse.segment.scoring.Evidence`: plain answers."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks

    def words(self, i: int) -> int:
        return len(self.blocks[i].text.split())

    def first_person(self, i: int) -> bool:
        return "I" in self.blocks[i].text.split()

    def ends_asking(self, i: int) -> bool:
        return self.blocks[i].text.endswith("?")

    def asking(self, question: str) -> bool:
        return question.endswith("?")


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["Why?", "I agree.", "", "Yes", "How so? I ask."]), max_size=10))
def test_measure_with_the_content_counted_once_equals_counting_it(texts: list[str]) -> None:
    facts = _Facts([Block(text) for text in texts])
    content = list(range(len(texts)))
    pairs = [((i,), (i + 1,)) for i in range(0, len(texts) - 1, 2)]
    counted = sum(len(text) for text in texts)
    assert measure("label", pairs, content, facts, total_chars=counted) == measure(
        "label", pairs, content, facts
    )


#: Letters of several scripts, Latin ones, and what separates them.
_SCRIPT_PIECES = st.sampled_from(
    [
        *("a", "é", "ж", "ї", "ы", "α", "א", "ب", "پ", "क", "ক", "த", "త", "ก", "한", "あ", "字"),
        *("ա", "ਕ", "ક", "ಕ", "ക", "ක", "က", "ა", "ሀ", "ក", " ", "1", "\n"),
    ]
)


def _script_language_by_full_counts(text: str) -> str | None:
    """:func:`interviewparse.language._script_language` as it was: each script counted over
    the whole text."""
    from interviewparse import language

    if not any(language._SCRIPT_RUNS[name].search(text) for name in language._SCRIPTS):
        return ""
    counts = {name: language._count(runs, text) for name, runs in language._SCRIPT_RUNS.items()}
    kana = counts.pop("kana")
    counts["han"] += kana
    best = max(counts, key=lambda name: counts[name])
    if counts[best] <= language._count(language._LATIN, text):
        return ""
    if best == "han":
        return "ja" if kana >= language._KANA_SHARE * counts["han"] else "zh"
    if best == "cyrillic":
        return language._cyrillic(text)
    if best == "arabic":
        return language._arabic(text)
    return language._SCRIPT_LANGUAGE.get(best)


@settings(max_examples=300)
@given(st.lists(_SCRIPT_PIECES, max_size=30).map("".join))
def test_script_counted_among_the_other_scripts_letters_as_over_the_whole_text(text: str) -> None:
    from interviewparse.language import _script_language

    assert _script_language(text) == _script_language_by_full_counts(text)


def test_the_scripts_share_no_letter() -> None:
    from interviewparse.language import _NON_LATIN, _SCRIPT_RUNS, _count

    every = "".join(chr(code) for code in range(0x20000) if not 0xD800 <= code < 0xE000)
    in_some = _count(_NON_LATIN, every)
    assert in_some == sum(_count(runs, every) for runs in _SCRIPT_RUNS.values())


#: Pieces of label-like line openings: role letters, role words, capitals, marks, stamps.
_LINE_PIECES = st.sampled_from(
    [
        *("A", "Q", "R", "P", "D", "О", "В", "x", "Ab", "ANNA", "Pregunta", "Frage", "AD", "é"),
        *(".", ")", " ", "\t", "-", "–", ":", "：", "**", "__", "((", "))", "<b>", "</b>"),
        *("[00:12]", "00:01:12", "12:31", "?", "\n", "“", "1", ","),
    ]
)


@settings(max_examples=1500)
@given(st.lists(_LINE_PIECES, max_size=10).map("".join))
def test_label_candidate_cheap_tests_turn_away_only_lines_no_form_reads(line: str) -> None:
    from interviewparse.labels import _candidate, _candidate_forms

    assert _candidate(line) == _candidate_forms(line)


#: Answers that start alike for longer than the shortcut compares, then differ (or not).
_LONG_STARTS = st.sampled_from(["", "Well, " * 40, "WELL " * 40 + "-"])


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(st.sampled_from(["Why?", "why", "How?"]), _LONG_STARTS, _TEXTS),
        max_size=8,
    )
)
def test_distinct_exchanges_with_long_answers(exchanges: list[tuple[str, str, str]]) -> None:
    questions = [q for q, _, _ in exchanges]
    answers = [start + end for _, start, end in exchanges]
    full = {(_plain(q), _plain(a)) for q, a in zip(questions, answers, strict=True)}
    assert _distinct_exchanges(questions, answers) == len(full)


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=80).map("".join), st.integers(min_value=1, max_value=20))
def test_plain_start_is_the_start_of_the_plain_text(text: str, size: int) -> None:
    assert _plain_start(text, size) == _plain(text)[:size]


def _word_lists() -> dict[str, list[str]]:
    """The word lists searched entered at their rarest letters, by what searches them."""
    from interviewparse.boilerplate import block
    from interviewparse.people import candidates

    return {
        "gate": [word for words in block._WORD_GATED.values() for word in words],
        "rights": list(block._RIGHTS_WORDS),
        "cues": [word for cue in candidates._CUES for word in cue.words],
    }


_ALL_WORDS = sorted({word for words in _word_lists().values() for word in words})


def _cues() -> list[Any]:
    from interviewparse.people import candidates

    return list(candidates._CUES)


#: The words, pieces of them, and letters around them.
_WORD_PIECES = st.one_of(
    st.sampled_from(_ALL_WORDS),
    st.sampled_from(_ALL_WORDS).map(lambda w: w[: len(w) // 2]),
    st.sampled_from(_ALL_WORDS).map(lambda w: w[len(w) // 2 :]),
    st.sampled_from(["a", "p", "s", " ", "inter", "x", "ー"]),
)


@settings(max_examples=500)
@given(st.lists(_WORD_PIECES, max_size=8).map("".join))
def test_words_entered_at_rare_letters_are_found_exactly_where_they_are(text: str) -> None:
    import re

    from interviewparse import lexicon
    from interviewparse.boilerplate.block import _GATE_WORDS, _RIGHTS_WORD
    from interviewparse.people.candidates import _CUE_WORDS

    lists = _word_lists()
    for words, pattern in (
        (lists["gate"], _GATE_WORDS),
        (lists["rights"], _RIGHTS_WORD),
        (lists["cues"], _CUE_WORDS),
        *((list(cue.words), cue.word) for cue in _cues() if cue.word is not None),
        (_ALL_WORDS, re.compile(lexicon.from_rarest_letter(_ALL_WORDS))),
    ):
        assert (pattern.search(text) is not None) == any(w in text for w in words)


def _kicker_by_letter(text: str, words: int) -> bool:
    """The kicker test as it was, one letter at a time in Python."""
    from interviewparse.boilerplate.block import _KICKER_MAX_WORDS, _TERMINAL

    if words > _KICKER_MAX_WORDS or _TERMINAL.search(text):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 6:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= 0.8


@settings(max_examples=500)
@given(
    st.lists(
        st.sampled_from(["A", "b", "É", "ж", "Ж", "Ⓐ", "Ⅻ", "字", " ", "1", "."]), max_size=20
    ),
    st.integers(min_value=0, max_value=12),
)
def test_kicker_counts_letters_as_one_at_a_time(pieces: list[str], words: int) -> None:
    from interviewparse.boilerplate.block import _kicker

    text = "".join(pieces)
    assert _kicker(text, words) == _kicker_by_letter(text, words)


def test_a_page_without_questions_names_no_speakers_and_needs_none() -> None:
    """The speakers' names only name the turns' speakers: a page without questions is
    assembled the same whether its labels are named or not, so they are not searched for."""
    import attrs

    from interviewparse import api
    from interviewparse.assemble import assemble
    from interviewparse.boilerplate import label_boilerplate
    from interviewparse.metadata import read_metadata
    from interviewparse.people.names import speaker_name
    from interviewparse.people.speakers import build_view
    from interviewparse.readers import read_text

    read = read_text(
        "A Day by the Harbour\n\nThe boats come in at six.\n\n"
        "And leave at noon, most days.\n\nThe market closes at four."
    )
    labels = [None, "Ada Weiss", "Tom Reed", None]
    doc = attrs.evolve(
        read,
        blocks=tuple(
            attrs.evolve(block, label=label)
            for block, label in zip(read.blocks, labels, strict=True)
        ),
    )
    verdicts = label_boilerplate(doc)
    seg = api._unsegmented(doc, verdicts)
    meta = read_metadata(doc, seg, verdicts)
    assert meta.speakers == ()
    index = build_view(doc, seg, meta.title).index
    named = attrs.evolve(
        meta,
        speakers=tuple((b.label, speaker_name(b.label, index)) for b in doc.blocks if b.label),
    )
    assert len(named.speakers) == 2
    assert assemble(doc, verdicts, seg, meta_url=None, meta=named) == assemble(
        doc, verdicts, seg, meta_url=None, meta=meta
    )


#: Figures, separators, month names and the words around dates.
_DATE_PIECES = st.sampled_from(
    [
        *("1", "12", "2026", "202", " ", ".", "-", "/", ",", "3rd", "de", "June", "juin", "Mai"),
        *("年", "月", "日", "년", "월", "일", "٣", "Updated", "min read", "x"),
    ]
)


@settings(max_examples=1000)
@given(st.lists(_DATE_PIECES, max_size=12).map("".join))
def test_date_figures_hold_every_date_the_date_pattern_reads(text: str) -> None:
    from interviewparse.boilerplate.block import _DATE_CORE, _DATE_FIGURES

    if _DATE_CORE.search(text) is not None:
        assert _DATE_FIGURES.search(text) is not None


def _flat_phrase_pattern(slot: str, langs: tuple[str, ...] | None) -> re.Pattern[str] | None:
    """:func:`interviewparse.evidence._phrase_pattern` as it was: one flat alternation."""
    from interviewparse import lexicon
    from interviewparse.evidence import _UNSPACED

    found = lexicon.phrases(slot, langs) or lexicon.phrases(slot, None)
    spaced = sorted((p for p in found if not _UNSPACED.search(p)), key=len, reverse=True)
    unspaced = sorted((p for p in found if _UNSPACED.search(p)), key=len, reverse=True)
    parts = []
    if spaced:
        parts.append(r"(?<!\w)(?:" + "|".join(spaced) + r")(?!\w)")
    if unspaced:
        parts.append("|".join(unspaced))
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _phrase_words() -> list[str]:
    from interviewparse import lexicon

    words: set[str] = set()
    for slot in ("interview_phrases", "not_interview_phrases"):
        for phrase in lexicon.phrases(slot, None):
            words.update(re.findall(r"[^\W\d_]+", phrase))
    return sorted(words)


_PHRASE_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_phrase_words()),
        st.sampled_from([" ", "  ", "-", "'", "’", "3", "x", "İ", "ſ", "\n", "?"]),
    ),
    max_size=10,
).map("".join)


@settings(max_examples=1000)
@given(
    _PHRASE_TEXT,
    st.sampled_from(["interview_phrases", "not_interview_phrases"]),
    st.sampled_from([None, ("en",), ("de",), ("ar",), ("zh",), ("fr",), ("sv",)]),
)
def test_grouped_phrases_are_found_where_the_flat_alternation_finds_one(
    text: str, slot: str, langs: tuple[str, ...] | None
) -> None:
    from interviewparse.evidence import _phrase_pattern

    grouped, flat = _phrase_pattern(slot, langs), _flat_phrase_pattern(slot, langs)
    assert grouped is not None and flat is not None
    assert (grouped.search(text) is not None) == (flat.search(text) is not None)


@settings(max_examples=500)
@given(
    st.lists(
        st.sampled_from(["1", "12", ":", "00", "[", "]", "(", ")", ".", ",", " ", "Ines", "x"]),
        max_size=12,
    ).map("".join)
)
def test_every_timestamp_holds_minutes_after_a_colon(text: str) -> None:
    from interviewparse.labels import _CLOCK, _STAMP

    if re.search(_STAMP, text):
        assert _CLOCK.search(text) is not None


#: Captions, credits and the marks around them.
_CAPTION_PIECES = st.sampled_from(
    [
        *("At the harbour", ".", "!", "?", "。", "．", "।", " ", "  ", "(", ")", "（", "）"),
        *("[", "]", "Photo", "Foto", ": ", "：", "AP", "dpa", "Ada Weiss", "/", "©", "ⓒ"),
        *("摄", "摄影", "写真", "本报记者", "Getty Images", "x", "\n", "Credit", "Bild"),
    ]
)


@settings(max_examples=2000)
@given(st.lists(_CAPTION_PIECES, max_size=12).map("".join))
def test_caption_credit_found_from_its_opening_mark_as_by_the_full_pattern(text: str) -> None:
    from interviewparse.boilerplate.block import _CAPTION_CREDIT

    assert (_CAPTION_CREDIT.search(text) is not None) == (
        _full_caption_tail().search(text) is not None
    )


def _full_caption_tail() -> re.Pattern[str]:
    """The credits of ``_CAPTION_CREDITS`` as one plain alternation, each matched from its own
    opening mark (or looking back at the sentence's mark), then the caption's end."""
    from interviewparse.boilerplate.block import _CAPTION_CREDITS, _one_of

    return re.compile(
        "(?:"
        + "|".join(
            f"(?<={_one_of(opens)}){rest}" if after_sentence else _one_of(opens) + rest
            for opens, rest, after_sentence in _CAPTION_CREDITS
        )
        + r")\s*$",
        re.IGNORECASE,
    )


def test_every_credit_opens_with_one_of_the_openers() -> None:
    from interviewparse.boilerplate.block import _CAPTION_CREDITS, _CREDIT_OPENERS, _one_of

    openers = re.compile(_CREDIT_OPENERS)
    for opens, _, _ in _CAPTION_CREDITS:
        first = _one_of(opens)
        chars = [chr(c) for c in range(0x3100) if re.fullmatch(first, chr(c), re.IGNORECASE)]
        chars += [c for c in "（）。．！？" if re.fullmatch(first, c, re.IGNORECASE)]
        assert chars and all(openers.fullmatch(c) for c in chars)


#: Calls to sign up, the marks before them and the text around.
_SIGNUP_PIECES = st.sampled_from(
    [
        *("Sign up now", "sign up today", "Jetzt anmelden", "jetzt kostenlos registrieren"),
        *("Inscrivez-vous ici", "regístrate aquí", ".", "!", ":", " - ", " – ", "—", " ", "\n"),
        *("Get the letter every week", "x" * 30, "We met at the harbour", "?"),
    ]
)


@settings(max_examples=1500)
@given(st.lists(_SIGNUP_PIECES, max_size=10).map("".join))
def test_signup_close_in_two_searches_as_in_one(text: str) -> None:
    from interviewparse.boilerplate.block import _SIGNUP_PHRASE, _signup_close

    # the call in one search: at the start, or after a dash or a full stop
    one_search = re.compile(rf"(?:^|[–—-]\s*|[.!:]\s+){_SIGNUP_PHRASE}", re.IGNORECASE)
    expected = one_search.search(text, max(0, len(text.rstrip()) - 60)) is not None
    assert _signup_close(text) == expected


def _dateline_label_first(text: str) -> bool:
    """The date-line rule as it was, the word for "updated" looked for before the time."""
    from interviewparse.boilerplate import block as b

    if len(text) > b._DATELINE_MAX_CHARS or b._DIGIT.search(text) is None:
        return False
    if b._DATELINE.search(text):
        return True
    rest, dates = b._DATE_CORE.subn(" ", text)
    rest, readings = b._READING_TIME.subn(" ", rest)
    if not dates and not readings:
        if b._DATELINE_LABEL_ALONE.search(rest) is None:
            return False
        rest, dates = b._RELATIVE_TIME.subn(" ", rest)
        if not dates:
            return False
    rest = b._DATELINE_PLACE.sub(" ", b._DATELINE_EXTRAS.sub(" ", rest))
    return not any(c.isalnum() for c in rest)


@settings(max_examples=1500)
@given(
    st.lists(
        st.one_of(
            _DATE_PIECES,
            st.sampled_from(["Updated", "Aktualisiert", "3 hours ago", "vor 2 Stunden", "BST"]),
            st.sampled_from(["Sevilla - ", "Tue", "07.00", "4 min read", "Lesezeit: 4 Min."]),
        ),
        max_size=8,
    ).map("".join)
)
def test_dateline_with_the_time_looked_for_first(text: str) -> None:
    from interviewparse.boilerplate.block import _dateline

    assert _dateline(text) == _dateline_label_first(text)
