"""Wording cues, per language: does a paragraph read like an interviewer's question?

Questions are short, end in a question mark (``?``, French `` ?``, Spanish ``¿…?``, full-width
``？`` in Chinese and Japanese, Arabic ``؟``), often open with an interrogative word and address the
interviewee ("you", "Sie", "vous", "usted", "вы", "você", "pan", "siz"). Answers speak in the first
person. The words are the lexicon's (:mod:`interviewparse.lexicon`), of the document's own
language while a parse runs (:func:`interviewparse.lexicon.reading`), of every language where it
declares none. Chinese and Japanese write no spaces, so there a word is found inside the text
("您", "私") and a question particle may end a question where no question mark does ("…ですか。",
"…吗。"). These cues are scores, not verdicts: the segmenter weighs them against the document's
convention.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import attrs

from . import lexicon

__all__ = [
    "addresses_listener",
    "ends_with_question",
    "first_person",
    "lower_words",
    "opens_with_interrogative",
    "opens_with_request",
    "question_mark_near_end",
    "question_score",
    "recalls_words",
    "word_count",
]

_WORDS = re.compile(r"\w+", re.UNICODE)


#: ASCII, full-width (Chinese, Japanese) and Arabic question marks.
QUESTION_MARKS = ("?", "？", "؟")
_QUESTION_END = re.compile(r"""[?？؟]\s*[)\]"'“”»’」』…_*]*\s*$""")
_QUESTION_ANY = re.compile(r"[?？؟]")
#: Turkish asks yes/no questions with a particle before the mark ("etkiledi mi?", "var mısınız?");
#: "mi" is also Spanish/Italian "my", which must not count as the first person there.


@attrs.frozen
class _Words:
    """The cue words of some languages (:func:`_words_of`)."""

    interrogatives: frozenset[str]
    #: Verbs that open a request for a story ("Tell us about ...", "Erzählen Sie ...",
    #: "Racontez-nous ..."): a question that ends in a full stop.
    requests: frozenset[str]
    second_person: frozenset[str]
    first_person: frozenset[str]
    #: First-person words counted only as written: English "I" (lower-cased, it is the word
    #: "and" in Polish, Czech and the South Slavic languages and an article in Italian).
    first_person_cased: re.Pattern[str] | None
    question_particle: re.Pattern[str] | None
    recalls: re.Pattern[str] | None
    #: The words of the same slots in a script written without spaces, found inside the text.
    unspaced_interrogatives: re.Pattern[str]
    unspaced_second_person: re.Pattern[str]
    unspaced_first_person: re.Pattern[str]
    #: A question particle that ends a question where no question mark does (Japanese
    #: "...ですか。", Chinese "...吗。"): the lexicon's ``cue.question-particle`` alternatives.
    particle_end: re.Pattern[str]


def _compiled(pattern: str, phrases: tuple[str, ...], flags: int = 0) -> re.Pattern[str] | None:
    """``pattern`` with the alternation of ``phrases`` (longest first) for its ``{}``; ``None``
    when these languages have none of them (an empty alternation would match anywhere)."""
    if not phrases:
        return None
    return re.compile(pattern.format(lexicon.alternation(phrases)), flags)


def _alternation(rule: str, langs: tuple[str, ...] | None) -> str:
    return lexicon.alternation(lexicon.rule_phrases(rule, langs))


#: Letters of the scripts written without spaces between words (Chinese, Japanese): there a word
#: of the lexicon stands between other letters and is found as a substring of the text.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _unspaced(slot: str, langs: tuple[str, ...] | None) -> re.Pattern[str]:
    """The unspaced words of ``slot`` in ``langs`` as one pattern, longest first."""
    found = [re.escape(w) for w in lexicon.phrases(slot, langs) if _UNSPACED.search(w)]
    return re.compile(lexicon.alternation(tuple(found)) or r"(?!)")


def _unspaced_text(text: str) -> bool:
    return _UNSPACED.search(text) is not None


@cache
def _words_of(langs: tuple[str, ...] | None) -> _Words:
    """The cue words of ``langs`` (every language for ``None``), compiled once."""
    return _Words(
        interrogatives=lexicon.words("interrogatives", langs),
        requests=lexicon.words("request_verbs", langs),
        second_person=lexicon.words("address_pronouns", langs),
        first_person=lexicon.words("first_person", langs),
        first_person_cased=_compiled(r"\b(?:{})\b", lexicon.phrases("first_person_cased", langs)),
        question_particle=_compiled(r"^(?:{})$", lexicon.phrases("question_particles", langs)),
        unspaced_interrogatives=_unspaced("interrogatives", langs),
        unspaced_second_person=_unspaced("address_pronouns", langs),
        unspaced_first_person=_unspaced("first_person", langs),
        particle_end=re.compile(
            rf"(?:{_alternation('cue.question-particle', langs) or '(?!)'})"
            r"[。．.]?\s*[)\]\"'”」』]*\s*$"
        ),
        recalls=_compiled(
            rf"^\W{{{{0,3}}}}(?:(?:{_alternation('segment.recalled-words.lead', langs)})\s+)?"
            r"(?:{})\b",
            lexicon.rule_phrases("segment.recalled-words", langs),
            re.IGNORECASE,
        ),
    )


def _words() -> _Words:
    return _words_of(lexicon.document_languages())


def word_count(text: str) -> int:
    # subn counts the matches without building a string for each (about a third faster)
    return _WORDS.subn("", text)[1]


#: The letters whose lower case is not one letter of the same word class (dotted capital I
#: becomes "i" and a combining dot) or depends on what follows (capital sigma: σ or final ς).
_LOWER_IN_CONTEXT = ("\u0130", "\u03a3")


def lower_words(text: str) -> list[str]:
    """The words of ``text``, lower-cased.

    Lower-casing the text first and splitting it after gives the same words (every other
    letter's lower case is one letter of the same class) without a Python loop over them."""
    return list(_lower_words(text))


@lru_cache(maxsize=4096)
def _lower_words(text: str) -> tuple[str, ...]:
    # The cues ask for the words of the same paragraph many times over (every plan of the
    # segmenter scores the same blocks again): split each text once.
    if any(letter in text for letter in _LOWER_IN_CONTEXT):
        return tuple(w.lower() for w in _WORDS.findall(text))
    return tuple(_WORDS.findall(text.lower()))


def ends_with_question(text: str) -> bool:
    """Ends in a question mark (quotes, brackets and markdown residue after it allowed)."""
    # Only the last question mark can start the match (the marks are not in the closing
    # characters), so match there instead of searching the whole paragraph from its start.
    last = max(text.rfind("?"), text.rfind("？"), text.rfind("؟"))  # the QUESTION_MARKS
    if last >= 0 and _QUESTION_END.match(text, last):
        return True
    end = text[-8:]  # the script test first: it is cheap, and most text is not unspaced
    if _unspaced_text(end) and _words().particle_end.search(end) is not None:
        return True
    return text.lstrip().startswith("¿") and "?" in text[-40:]


def _asks_with_particle(words: list[str], ends_question: bool) -> bool:
    """A yes/no question: a question particle (Turkish "mi"/"mı"/"mu"/"mü") just before the
    mark."""
    particle = _words().question_particle
    return (
        ends_question and bool(words) and particle is not None and bool(particle.match(words[-1]))
    )


def opens_with_interrogative(text: str) -> bool:
    first = _WORDS.search(text.lstrip("¿¡ \"'“«"))
    return first is not None and _is_interrogative(first.group().lower())


def _is_interrogative(first: str) -> bool:
    """Is ``first`` (the first word, lower-cased) an interrogative, or, in a script written
    without spaces, does it open with one?"""
    words = _words()
    if first in words.interrogatives:
        return True
    return _unspaced_text(first[:1]) and words.unspaced_interrogatives.match(first) is not None


def is_request_sentence(lead: str) -> bool:
    """A lead that asks without a question mark: a whole sentence of three words or more that
    opens with a request verb and addresses the interviewee ("Tell us about ...", "Erzählen
    Sie ...", "Racontez-nous ..."). A bold statement or a "you must ..." in an answer opens with
    no request verb. (Both readers split such a bold lead off the plain answer after it.)"""
    core = lead.rstrip("\"'”»’) ")
    if not core or core[-1] not in ".!…" or len(lead.split()) < 3:
        return False
    return opens_with_request(lead)


def opens_with_request(text: str) -> bool:
    """Opens with a request verb and addresses the interviewee ("Erzählen Sie uns von ...")."""
    # the first word alone rules out nearly every paragraph: split the rest only after it
    first = _WORDS.search(text)
    words = _words()
    if first is None or first.group().lower() not in words.requests:
        return False
    return not words.second_person.isdisjoint(lower_words(text))


#: A statement that recalls what the interviewee said or wrote, the way an interviewer opens a
#: question without "?": "You said ...", "You once wrote ...", "Sie haben einmal gesagt ...",
#: "Vous avez écrit ...", "Usted dijo ...", "Hai detto ...", "Você disse ...", "Вы сказали
#: ...". Generic "you" in an answer ("You learn to ...") recalls nothing; forms that also read
#: as "he said" or "she said" (Spanish "Dijo", Italian "Lei ha detto") are left out.


def recalls_words(text: str) -> bool:
    """Opens by recalling the interviewee's words ("You said ...", "Sie sagten ...")."""
    recalls = _words().recalls
    return recalls is not None and recalls.match(text) is not None


def addresses_listener(text: str) -> bool:
    return _addresses(text, lower_words(text))


def _addresses(text: str, lowered: list[str]) -> bool:
    """Addresses the listener: a second-person word, or one within unspaced text."""
    words = _words()
    if not words.second_person.isdisjoint(lowered):
        return True
    return _unspaced_text(text) and words.unspaced_second_person.search(text) is not None


def _says_i_or_we(text: str, lowered: list[str]) -> bool:
    """Speaks in the first person: a first-person word (or one within unspaced text), or a
    first-person word that counts only as written (English "I")."""
    words = _words()
    if not words.first_person.isdisjoint(lowered):
        return True
    cased = words.first_person_cased
    if cased is not None and cased.search(text) is not None:
        return True
    return _unspaced_text(text) and words.unspaced_first_person.search(text) is not None


def first_person(text: str) -> bool:
    return _says_i_or_we(text, lower_words(text))


#: How near a block's end (in characters) :func:`question_mark_near_end` looks for one of the
#: :data:`QUESTION_MARKS`.
NEAR_END = 80


def question_mark_near_end(text: str) -> bool:
    """Ends in a question, or has a question mark (:data:`QUESTION_MARKS`) in its last
    :data:`NEAR_END` characters.

    Without it :func:`question_score` is at most 1.5 (an interrogative opener and addressing
    the interviewee), so a caller that asks for a score of 2 can skip splitting the words."""
    stripped = text.strip()
    tail = stripped[-NEAR_END:]
    # QUESTION_MARKS, unrolled: three substring tests are cheaper than a loop or a search
    return "?" in tail or "？" in tail or "؟" in tail or ends_with_question(stripped)


def question_score(text: str) -> float:
    """How much a paragraph reads like an interviewer's question (about -2 .. 4).

    A question mark at the end counts most; an interrogative opener and addressing the
    interviewee add; speaking in the first person, opening with a quotation mark (a quote, not
    a question) and length subtract."""
    stripped = text.strip()
    if not stripped:
        return -2.0
    score = 0.0
    ends_question = ends_with_question(stripped)
    if ends_question:
        score += 2.0
    elif _QUESTION_ANY.search(stripped[-80:]):
        score += 0.5
    # The words are split once here, not once per cue: this runs on every block of a page.
    # (The characters opens_with_interrogative strips are not word characters, so the first
    # word is the same.)
    lowered = lower_words(stripped)
    if _asks_with_particle(lowered, ends_question):
        lowered = lowered[:-1]
        score += 0.75
    elif lowered and _is_interrogative(lowered[0]):
        score += 0.75
    addresses = _addresses(stripped, lowered)
    if addresses:
        score += 0.75
    if not addresses and _says_i_or_we(stripped, lowered):
        score -= 0.75
    if stripped[0] in "\"“„«‘'":
        score -= 1.5
    words = len(lowered)
    if words > 90:
        score -= 2.0
    elif words > 60:
        score -= 1.0
    return score
