"""Wording cues, per language: does a paragraph read like an interviewer's question?

Questions are short, end in a question mark (``?``, French `` ?``, Spanish ``¿…?``, full-width
``？`` in Chinese and Japanese, Arabic ``؟``), often open with an interrogative word and address the
interviewee ("you", "Sie", "vous", "usted", "вы", "você", "pan", "siz"). Answers speak in the first
person. The word lists are the lexicon's, of every language (:mod:`interviewparse.lexicon`);
Chinese and Japanese write no spaces, so there a word is found inside the text ("您", "私") and
a question particle may end a question where no question mark does ("…ですか。", "…吗。").
These cues are scores, not verdicts: the segmenter weighs them against the document's
convention.
"""

from __future__ import annotations

import re

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
_QUESTION_MARKS = "?？؟"
_QUESTION_END = re.compile(r"""[?？؟]\s*[)\]"'“”»’」』…_*]*\s*$""")
_QUESTION_ANY = re.compile(r"[?？؟]")
#: Turkish asks yes/no questions with a particle before the mark ("etkiledi mi?", "var mısınız?");
#: "mi" is also Spanish/Italian "my", which must not count as the first person there.
_TURKISH_PARTICLE = re.compile(r"^m[iıuü](?:s[iı]n(?:[iı]z)?|yd[iı]|y[iı]m|y[iı]z|d[iı]r)?$")
_INTERROGATIVES = lexicon.words("interrogatives")
#: Verbs that open a request for a story ("Tell us about ...", "Erzählen Sie ...", "Racontez-nous
#: ..."): a question that ends in a full stop.
_REQUESTS = lexicon.words("request_verbs")
_SECOND_PERSON = lexicon.words("address_pronouns")
_FIRST_PERSON = lexicon.words("first_person")

#: Letters of the scripts written without spaces between words (Chinese, Japanese): there a word
#: of the lexicon stands between other letters and is found as a substring of the text.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _unspaced(slot: str) -> re.Pattern[str]:
    """The unspaced words of ``slot`` (every language) as one pattern, longest first."""
    found = [re.escape(w) for w in lexicon.union(slot) if _UNSPACED.search(w)]
    return re.compile(lexicon.alternation(tuple(found)) or r"(?!)")


_UNSPACED_INTERROGATIVES = _unspaced("interrogatives")
_UNSPACED_SECOND_PERSON = _unspaced("address_pronouns")
_UNSPACED_FIRST_PERSON = _unspaced("first_person")
#: A question particle that ends a question where no question mark does (Japanese "...ですか。",
#: Chinese "...吗。"): the lexicon's ``cue.question-particle`` alternatives.
_PARTICLE_END = re.compile(
    rf"(?:{lexicon.alternation(lexicon.rule_phrases('cue.question-particle')) or '(?!)'})"
    r"[。．.]?\s*[)\]\"'”」』]*\s*$"
)


def _unspaced_text(text: str) -> bool:
    return _UNSPACED.search(text) is not None


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
    if any(letter in text for letter in _LOWER_IN_CONTEXT):
        return [w.lower() for w in _WORDS.findall(text)]
    return _WORDS.findall(text.lower())


def ends_with_question(text: str) -> bool:
    """Ends in a question mark (quotes, brackets and markdown residue after it allowed)."""
    # Only the last question mark can start the match (the marks are not in the closing
    # characters), so match there instead of searching the whole paragraph from its start.
    last = max(text.rfind("?"), text.rfind("？"), text.rfind("؟"))  # the _QUESTION_MARKS
    if last >= 0 and _QUESTION_END.match(text, last):
        return True
    if _PARTICLE_END.search(text[-8:]) is not None and _unspaced_text(text[-8:]):
        return True
    return text.lstrip().startswith("¿") and "?" in text[-40:]


def _asks_with_particle(words: list[str], ends_question: bool) -> bool:
    """A Turkish yes/no question: the particle "mi"/"mı"/"mu"/"mü" just before the mark."""
    return ends_question and bool(words) and _TURKISH_PARTICLE.match(words[-1]) is not None


def opens_with_interrogative(text: str) -> bool:
    first = _WORDS.search(text.lstrip("¿¡ \"'“«"))
    return first is not None and _is_interrogative(first.group().lower())


def _is_interrogative(first: str) -> bool:
    """Is ``first`` (the first word, lower-cased) an interrogative, or, in a script written
    without spaces, does it open with one?"""
    if first in _INTERROGATIVES:
        return True
    return _unspaced_text(first[:1]) and _UNSPACED_INTERROGATIVES.match(first) is not None


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
    if first is None or first.group().lower() not in _REQUESTS:
        return False
    return not _SECOND_PERSON.isdisjoint(lower_words(text))


#: A statement that recalls what the interviewee said or wrote, the way an interviewer opens a
#: question without "?": "You said ...", "You once wrote ...", "Sie haben einmal gesagt ...",
#: "Vous avez écrit ...", "Usted dijo ...", "Hai detto ...", "Você disse ...", "Вы сказали
#: ...". Generic "you" in an answer ("You learn to ...") recalls nothing; forms that also read
#: as "he said" or "she said" (Spanish "Dijo", Italian "Lei ha detto") are left out.
_RECALLS = re.compile(
    rf"^\W{{0,3}}(?:(?:{lexicon.alternation(lexicon.rule_phrases('segment.recalled-words.lead'))})\s+)?"
    rf"(?:{lexicon.alternation(lexicon.rule_phrases('segment.recalled-words'))})\b",
    re.IGNORECASE,
)


def recalls_words(text: str) -> bool:
    """Opens by recalling the interviewee's words ("You said ...", "Sie sagten ...")."""
    return _RECALLS.match(text) is not None


def addresses_listener(text: str) -> bool:
    return _addresses(text, lower_words(text))


def _addresses(text: str, lowered: list[str]) -> bool:
    """Addresses the listener: a second-person word, or one within unspaced text."""
    if not _SECOND_PERSON.isdisjoint(lowered):
        return True
    return _unspaced_text(text) and _UNSPACED_SECOND_PERSON.search(text) is not None


#: English "I", which is always written as a capital: lower-cased, it is the word "and" in
#: Polish, Czech and the South Slavic languages and an article in Italian.
_CAPITAL_I = re.compile(r"\bI\b")


def _says_i_or_we(text: str, lowered: list[str]) -> bool:
    """Speaks in the first person: a first-person word (or one within unspaced text), or English
    "I" as written."""
    if not _FIRST_PERSON.isdisjoint(lowered) or _CAPITAL_I.search(text) is not None:
        return True
    return _unspaced_text(text) and _UNSPACED_FIRST_PERSON.search(text) is not None


def first_person(text: str) -> bool:
    return _says_i_or_we(text, lower_words(text))


def question_mark_near_end(text: str) -> bool:
    """Ends in a question, or has a question mark in its last 80 characters.

    Without it :func:`question_score` is at most 1.5 (an interrogative opener and addressing
    the interviewee), so a caller that asks for a score of 2 can skip splitting the words."""
    stripped = text.strip()
    tail = stripped[-80:]  # (three substring tests are cheaper than searching _QUESTION_ANY)
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
