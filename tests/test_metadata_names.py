"""The helpers behind the metadata stage: names, labels, dates and the language guess."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewparse.dates import find_date, normalise_date
from interviewparse.language import guess_language, normalise_language
from interviewparse.people.names import (
    _WHITESPACE,
    NameIndex,
    clean_label,
    find_names,
    is_person_name,
    resolve_label,
    title_case,
)

INTRO = (
    "Economist Thomas Berg met us in Lyon. Natasha Greenwood, his co-author, joined later. "
    "Principal Engineer Jeffrey Hale explained the rest. The candidate Carlos Ruiz (CR) "
    "and his sister Lucía Ruiz (LR) spoke too. Dr Ingrid van der Berg was absent."
)


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex.build([INTRO])


def test_find_names_skips_job_titles_and_sentence_words() -> None:
    names = find_names(INTRO)
    assert "Thomas Berg" in names
    assert "Natasha Greenwood" in names
    assert "Jeffrey Hale" in names
    assert "Ingrid van der Berg" in names
    assert not any(name.startswith(("Economist", "Principal", "The", "Dr")) for name in names)


def test_find_names_stops_at_organisations() -> None:
    assert find_names("She studied at Harvard University and joined Red Cross Society.") == []


@pytest.mark.parametrize(
    ("label", "answer_side", "expected"),
    [
        ("Berg", True, "Thomas Berg"),
        ("Mr Berg", False, "Thomas Berg"),
        ("((Thomas Berg))", True, "Thomas Berg"),
        ("NG", True, "Natasha Greenwood"),
        ("CR", True, "Carlos Ruiz"),
        ("LR", True, "Lucía Ruiz"),
        ("Jeff", True, "Jeffrey Hale"),
        ("THOMAS BERG", True, "Thomas Berg"),
        ("Q", False, None),
        ("Frage", False, None),
        ("Antwort", True, None),
        ("Вопрос", False, None),
        ("STANDARD", False, None),
        ("The Economist", False, None),
        ("fluter.de", False, None),
        ("Publico", False, None),
        ("Asake", True, "Asake"),
    ],
)
def test_resolve_label(
    index: NameIndex, label: str, answer_side: bool, expected: str | None
) -> None:
    assert resolve_label(label, index, answer_side=answer_side) == expected


def test_clean_label_and_title_case() -> None:
    assert clean_label("**((WN)):**") == "WN"
    assert clean_label("  Peter Kaiser: ") == "Peter Kaiser"
    assert title_case("MARÍA DE LA O") == "María de la O"
    assert title_case("JEAN-PAUL SARTRE") == "Jean-Paul Sartre"


def test_is_person_name() -> None:
    assert is_person_name("Florence d’Alché-Buc")
    assert is_person_name("Анна Смирнова")
    assert not is_person_name("Deutsche Presse Agentur")
    assert not is_person_name("The Economist")
    assert not is_person_name("")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-12-22T15:55:00Z", "2023-12-22T15:55:00+00:00"),
        ("2023-11-07T10:38:00+0100", "2023-11-07T10:38:00+01:00"),
        ("2020-05-29 07:00:15", "2020-05-29T07:00:15"),
        ("2025-12-19 00:00:00 +0000", "2025-12-19T00:00:00+00:00"),
        ("Sunday, January 27, 2019", "2019-01-27"),
        ("27. Januar 2019", "2019-01-27"),
        ("5 de marzo de 2021", "2021-03-05"),
        ("le 3 février 2024", "2024-02-03"),
        ("13.06.2023", "2023-06-13"),
        ("2019-02-30", None),
        ("no date here", None),
    ],
)
def test_dates(text: str, expected: str | None) -> None:
    assert normalise_date(text) == expected


def test_find_date_in_a_dateline() -> None:
    assert find_date("BERLIN, 4 May 2022 (dpa) –") == "2022-05-04"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("What do you think about the plan and what would you change in it?", "en"),
        ("Was halten Sie von dem Plan und was würden Sie daran ändern, wenn es ginge?", "de"),
        ("Que pensez-vous de ce plan et qu'est-ce que vous changeriez dans le projet ?", "fr"),
        ("¿Qué piensa usted del plan y qué cambiaría para que sea más justo para todos?", "es"),
        ("Что вы думаете об этом плане и что бы вы в нём изменили?", "ru"),
        ("Che cosa pensa del piano e che cosa cambierebbe per renderlo più giusto?", "it"),
        ("O que você acha do plano e o que mudaria nele para que não seja injusto?", "pt"),
        ("Wat vindt u van het plan en wat zou u er aan veranderen als het kon?", "nl"),
    ],
)
def test_guess_language(text: str, lang: str) -> None:
    assert guess_language([text]) == lang


def test_language_tags() -> None:
    assert normalise_language("en-US") == "en"
    assert normalise_language("DE_de") == "de"
    assert normalise_language("not a tag") is None
    assert guess_language(["12 34 56"]) is None


@given(st.text(max_size=300))
def test_name_helpers_are_total(text: str) -> None:
    for name in find_names(text):
        assert is_person_name(name)
    NameIndex.build([text])
    find_date(text)
    guess_language([text])


def test_initials_are_defined_in_every_text_not_only_the_last() -> None:
    texts = ["Marta Solberg (MS) founded the lab.", "She talked for an hour."]
    assert dict(NameIndex.build(texts).defined) == {"MS": "Marta Solberg"}
    with_labels = NameIndex.build(texts, ["MS:", "Q:"])
    assert dict(with_labels.defined) == {"MS": "Marta Solberg"}
    assert with_labels.by_initials("MS") == "Marta Solberg"


def test_index_of_no_text_keeps_full_name_labels() -> None:
    index = NameIndex.build([], ["Marta Solberg:", "Q:"])
    assert index.names == ("Marta Solberg",)
    assert index.defined == ()


@given(st.lists(st.text(max_size=80), max_size=4), st.lists(st.text(max_size=20), max_size=3))
def test_name_index_is_total(texts: list[str], labels: list[str]) -> None:
    index = NameIndex.build(texts, labels)
    for abbr, name in index.defined:
        assert is_person_name(name)
        assert 2 <= len(abbr) <= 3


_NAMEISH = st.sampled_from(
    [
        *("Anna", "Berg", "van", "der", "de", "d’Arc", "The", "the", "Dr.", "J.", "O’Brien"),
        *("said", "Müller-Lüdenscheidt", "Berg’s", "Ann.", "2024", "_", "(", ",", " ", "\n"),
        *("\u00a0", "la"),
    ]
)


@given(st.one_of(st.text(max_size=80), st.lists(_NAMEISH, max_size=30).map(" ".join)))
def test_find_names_jumping_between_pairs_matches_a_walk_over_every_token(text: str) -> None:
    from interviewparse.people.names import _scan_runs

    walked: list[str] = []
    _scan_runs(text, 0, "", None, walked, 2, 4)
    assert find_names(text) == walked


def test_spelled_out_whitespace_is_what_backslash_s_matches() -> None:
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert re.findall(f"[{_WHITESPACE}]", everything) == re.findall(r"\s", everything)
    assert re.findall(r"\s", everything) == [c for c in everything if c.isspace()]
