"""The cue words that let the people rules skip their phrase patterns on most texts.

A :class:`~interviewparse.people.candidates._Cue` runs its pattern only on texts whose
lower-cased form holds one of its words. That is safe only if every phrase the pattern accepts
spells one of the words out, in any case the pattern accepts: checked here phrase by phrase, and
letter by letter against every character Python's case-blind matching takes for that letter.
"""

from __future__ import annotations

import re

import pytest

from interviewparse.people import candidates as _people
from interviewparse.people.candidates import _FOLD_EXCEPTIONS, _Cue, _folded

_CUES = {name: cue for name, cue in vars(_people).items() if isinstance(cue, _Cue)}

# At least one phrase for each alternative of each pattern, as the pattern spells it.
_PHRASES = {
    "_INTERVIEWEE_AFTER_CUE": [
        "we interview Ada",
        "in conversation with Ada",
        "conversations with Ada",
        "sat down with Ada",
        "sits down with Ada",
        "caught up with Ada",
        "catches up with Ada",
        "chatted with Ada",
        "Q & A with Ada",
        "questions for Ada",
        "we asked Ada",
        "meet Ada",
        "introducing Ada",
        "Spotlight: Ada",
        "Interview mit Ada",
        "Gespräch mit Ada",
        "Fragen an Ada",
        "unterhielt sich mit Ada",
        "entrevista con Ada",
        "conversación con Ada",
        "charla con Ada",
        "plática con Ada",
        "entretien avec Ada",
        "conversation avec Ada",
        "entrevue avec Ada",
        "rencontre avec Ada",
        "interview de Ada",
        "intervista a Ada",
        "entrevista com Ada",
        "interview met Ada",
        "gesprek met Ada",
        "интервью с Адой",
        "беседа с Адой",
        "sostiene Ada",
        "asegura Ada",
        "afirma Ada",
        "advierte Ada",
        "considera Ada",
    ],
    "_INTERVIEWER_AFTER_CUE": [
        "interviewed by Ada",
        "interview by Ada",
        "interview conducted by Ada",
        "questions of Ada",
        "aux questions de Ada",
        "на вопросы Ады",
        "Text, by Ada",
        "Bild, par Ada",
        "Bild, von Ada",
        "Bild, por Ada",
        "asked by Ada",
        "hosted by Ada",
        "moderated by Ada",
        "Interview von Ada",
        "Interview führte Ada",
        "Gespräch führte Ada",
        "Fragen stellte Ada",
        "Interview: Ada",
        "im Gespräch mit Ada",
        "Propos recueillis par Ada",
        "entretien réalisé par Ada",
        "Entrevista realizada por Ada",
        "Intervista di Ada",
        "Entrevista: Ada",
        "Беседовала Ада",
        "Интервью взяла Ада",
        "Rozmawiała z nią Ada",
        "Rozmawiał: Ada",
    ],
    "_INTERVIEWEE_BEFORE_CUE": [
        "Ada told",
        "Ada tells",
        "Ada explains",
        "Ada answered",
        "Ada answers",
        "Ada discussed",
        "Ada reveals",
        "Ada shares",
        "Ada im Gespräch",
        "Ada spricht",
        "Ada sprach",
        "Ada erklärt",
        "Ada über die",
        "Ada nous parle",
        "Ada explique",
        "Ada répond",
        "Ada a répondu",
        "Ada raconta",
        "Ada habla",
        "Ada explica",
        "Ada responde",
        "Ада рассказала",
        "Ада ответила",
        "Ada ile konuştuk",
        "Ada ile görüştük",
        "Ada ile söyleştik",
        "Ada odpowiada",
        "Ada odpowiedziała",
        "Ada risponde",
        "Ada ha risposto",
        "Ada antwoordt",
        "Ada beantwoordt",
        "Ada respondeu",
    ],
    "_TALK_CUE": [
        "talked to Ada",
        "spoke with Ada",
        "speaks to Ada",
        "speaking with Ada",
        "sprachen mit Ada",
        "habló con Ada",
        "conversó con Ada",
        "a parlé avec Ada",
        "говорила с Адой",
        "conversou com Ada",
        "conversau com Ada",
        "ha parlato con Ada",
        "sprak met Ada",
    ],
    "_INTERVIEWED_CUE": [
        "interviewed Ada",
        "interviews Ada",
        "interviewte Ada",
        "a interviewé Ada",
        "entrevistó a Ada",
        "intervistato Ada",
    ],
    "_MIT_SPRACH_CUE": ["Mit Ada Weiss sprachen wir"],
}


def test_every_cue_has_phrases() -> None:
    assert set(_CUES) == set(_PHRASES)


@pytest.mark.parametrize(("name", "phrase"), [(n, p) for n, ps in _PHRASES.items() for p in ps])
def test_each_phrase_holds_a_cue_word(name: str, phrase: str) -> None:
    cue = _CUES[name]
    cased = {phrase, phrase.upper(), phrase.title(), phrase.lower()}
    for text in cased:
        if cue.pattern.search(text) is not None:
            assert list(cue.finditer(text, _folded(text))), text
    assert cue.pattern.search(phrase) is not None  # the phrase is one the pattern takes


def _all_characters() -> str:
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def test_case_blind_letters_lower_case_to_the_cue_letter() -> None:
    """Every character a case-blind pattern takes for a cue word's letter becomes that letter
    when lower-cased, or is one of the few that make the cue test stand aside."""
    everything = _all_characters()
    words = [word for cue in _CUES.values() for word in cue.words]
    letters = {c for word in words for c in word}
    for letter in sorted(letters):
        for char in re.findall(f"(?i:{re.escape(letter)})", everything):
            assert char.lower() == letter or _FOLD_EXCEPTIONS.match(char), (letter, char)


def test_a_text_with_a_fold_exception_is_always_matched() -> None:
    text = "we asked Ada"
    assert _folded("İ " + text) is None
    cue = _CUES["_INTERVIEWEE_AFTER_CUE"]
    assert list(cue.finditer("ınterview with Ada", _folded("ınterview with Ada")))


@pytest.mark.parametrize(("name", "phrase"), [(n, p) for n, ps in _PHRASES.items() for p in ps])
def test_a_text_any_cue_may_match_is_read_phrase_by_phrase(name: str, phrase: str) -> None:
    assert _people._may_name_people(phrase, phrase.lower())
