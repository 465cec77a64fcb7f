"""Interviewers and interviewees: from labels, intro phrasing, headings and headlines.

Evidence is ranked rather than merged blindly: speaker labels beat the intro's phrasing
("He answered the questions of EURACTIV's Senior Editor Georgi Gotev", "im Gespräch mit",
"Propos recueillis par"), phrasing beats the headline ("Nazarbayev: Partnership in
Eurasia ..."), and a "most mentioned person" guess is the last resort. The phrase rules cover
English, German, French, Spanish and Russian and a few forms of Italian, Portuguese and Dutch.

The page's own credit line ("The Courier | Interview: Julia Lauter") and its author name the
one who asked, whatever a sentence seems to say ("Habló con Julia Lauter"); a photographer's
credit ("© Paul Girard", "(foto Carlo Brenna)") names nobody the interview is about.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

from .. import lexicon
from .names import (
    GENERIC_LABELS,
    PARTICLES,
    NameIndex,
    find_names,
    is_person_name,
    resolve_label,
    title_case,
)
from .speakers import View
from .uncased import uncased_guest, uncased_interviewer, uncased_label_guest

__all__ = ["read_people"]

# Characters that a case-blind pattern letter matches although ``str.lower`` does not turn them
# into that letter: "İ" and "ı" (for "i"), "ſ" (for "s"), old Cyrillic letter forms (for "в",
# "д", "о", "с", "т", "ъ", "ѣ"). A text holding one is matched without the cue word test below.
_FOLD_EXCEPTIONS = re.compile("[\u0130\u0131\u017f\u1c80-\u1c88]")


def _folded(text: str) -> str | None:
    """``text`` lower-cased for the cue word test of :class:`_Cue`, or ``None`` when the test
    cannot be trusted on it (see ``_FOLD_EXCEPTIONS``)."""
    return None if _FOLD_EXCEPTIONS.search(text) else text.lower()


class _Cue:
    """A phrase pattern (mostly case-blind), with the words that any text it matches must hold.

    Case-blind alternations of many phrases are slow to try at every word of a text, and most
    intro paragraphs hold none of their words: a few substring tests on the lower-cased text
    rule the pattern out first. Each phrase of the pattern spells out, letter for letter, one of
    ``words`` (whitespace-separated, lower case), or else matches ``guard`` (a part of the
    pattern that has no such word, searched in the text itself).
    """

    __slots__ = ("guard", "pattern", "word", "words")

    def __init__(
        self, pattern: re.Pattern[str], words: str, guard: re.Pattern[str] | None = None
    ) -> None:
        self.pattern = pattern
        self.words = tuple(words.split())
        # any of the words, found in one scan (:func:`~interviewparse.lexicon.from_rarest_letter`)
        self.word = re.compile(lexicon.from_rarest_letter(self.words)) if self.words else None
        self.guard = guard

    def may_match(self, text: str, folded: str) -> bool:
        """Can ``pattern`` match ``text``, lower-cased as ``folded`` (see :func:`_folded`)?"""
        if self.word is not None and self.word.search(folded) is not None:
            return True
        return self.guard is not None and self.guard.search(text) is not None

    def finditer(self, text: str, folded: str | None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, skipped when the text cannot match."""
        if folded is None or self.may_match(text, folded):
            return self.pattern.finditer(text)
        return iter(())
        return self.pattern.finditer(text)


def _alternatives(rule: str) -> str:
    """The lexicon's phrases for ``rule`` in every language, English first, as one alternation
    in that order (where two phrases match at one place, the first wins)."""
    return "|".join(lexicon.rule_phrases(rule, lexicon.ENGLISH_FIRST))


def _grouped(rule: str) -> str:
    """The same, grouped by first letter (see :func:`interviewparse.lexicon.grouped`)."""
    return lexicon.grouped(lexicon.rule_phrases(rule, lexicon.ENGLISH_FIRST))


def _prefilter(rule: str) -> str:
    """The words (lower case, literal) of prefilter ``rule``: a text where the cue can match
    holds one of them."""
    return " ".join(lexicon.rule_phrases(rule, lexicon.ENGLISH_FIRST))


# The person named right after these words is the one interviewed.
# Both phrase patterns group their phrases by first letter, keeping the order of the phrases
# within a group ("interview" before "in conversation with" before "interview mit"): the
# engine tries one group per word instead of every phrase in turn, and finds the same match,
# since phrases of different first letters never match at the same place.
_INTERVIEWEE_AFTER = re.compile(rf"\b(?:{_grouped('cue.interviewee-after')})\s+", re.IGNORECASE)
_INTERVIEWEE_AFTER_CUE = _Cue(_INTERVIEWEE_AFTER, _prefilter("cue.interviewee-after.prefilter"))
# The person named right before these words is the one interviewed.
_INTERVIEWEE_BEFORE = re.compile(rf"\s+(?:{_alternatives('cue.interviewee-before')})\b")
_INTERVIEWEE_BEFORE_CUE = _Cue(_INTERVIEWEE_BEFORE, _prefilter("cue.interviewee-before.prefilter"))
# "told Wikinews", "tells the Swiss weekly DIE WELTWOCHE", "told us": told the publication.
_TOLD_WHOM = re.compile(
    rf"\s+(?:(?:{_alternatives('cue.told-whom.article')})\s+(?:[a-z]+\s+){{0,2}})?"
    rf"(?:[A-Z]|(?:{_alternatives('cue.told-whom')})\b)"
)
# The person named right after these words asked the questions.
_COMMA_BY = rf",\s+(?:{_alternatives('cue.interviewer-after.comma-by')})"
_INTERVIEWER_AFTER = re.compile(
    rf"(?:\b(?:{_grouped('cue.interviewer-after')}|(?<=[\w)]){_COMMA_BY})\s*)", re.IGNORECASE
)
_INTERVIEWER_AFTER_CUE = _Cue(
    _INTERVIEWER_AFTER,
    _prefilter("cue.interviewer-after.prefilter"),
    # ", by Ada Weiss" holds no word of its own: its part of the pattern guards it
    re.compile(_COMMA_BY, re.IGNORECASE),
)
_CLAUSE_END = re.compile(r"[.;!?\n]\s|[.;!?]$|\s[–—-]\s")
# A topic follows these words, not the person: "asked about Donald Trump".
_TOPIC_WORDS = frozenset(lexicon.rule_phrases("cue.topic"))
_FIRST_WORDS = 7
_NEAR_WORDS = 3  # after "asked" the name must follow at once ("asked about X" is a topic)
_LOOSE_TRIGGERS = lexicon.rule_phrases("cue.interviewee-after.loose")
_SHORT_CREDIT_WORDS = 6


def _name_after(
    text: str, start: int, index: NameIndex, *, reach: int = _FIRST_WORDS
) -> str | None:
    """The first person's name within a few words after ``start``, in the same clause."""
    rest = text[start : start + 160]
    end = _CLAUSE_END.search(rest)
    if end is not None:
        rest = rest[: end.start() + 1]
    words = []
    for word in rest.split()[:reach]:
        if word.lower() in _TOPIC_WORDS:
            break
        words.append(word)
    window = " ".join(words)
    if window.isupper():
        window = title_case(window)
    names = find_names(window)
    return index.expand(names[0]) if names else None


def _name_before(text: str, end: int, index: NameIndex) -> str | None:
    """The person's name that ends right where ``end`` starts ("Natasha Gownaris| said").

    A single word counts only when the document also gives it in full ("Dr Seager" → "Sara
    Seager"), so "Wikinews discusses" does not make Wikinews a person.
    """
    head = text[max(0, end - 80) : end].rstrip()
    names = find_names(head)
    if names and head.endswith(names[-1]):
        return index.expand(names[-1])
    words = head.split()
    if words and is_person_name(words[-1]):
        return index.by_part(words[-1])
    return None


_ANTECEDENT_REACH = 300
_LOWER_LEAD = 2  # "asked council leader Nora Quist": lower-case role words before the name


def _antecedent(text: str, end: int, index: NameIndex) -> str | None:
    """The person a pronoun subject stands for: the first full name earlier in the same text.

    "Dr. Amara Okafor has spent eleven seasons on a volcano. She told us ...", "A pesquisadora
    Beatriz Lacerda ... Ela conversou com a reportagem": intros name the guest and then go on
    with a pronoun.
    """
    names = find_names(text[max(0, end - _ANTECEDENT_REACH) : end])
    return index.expand(names[0]) if names else None


def _met_before(text: str, subject: str, verb_start: int, index: NameIndex) -> str | None:
    """Whom "her"/"him" stands for after "<subject> talked to / interviewed": the first full
    name before the subject, never the subject itself."""
    guest = _antecedent(text, text.rfind(subject.split()[0], 0, verb_start), index)
    return guest if guest != subject else None


def _pronoun_before(text: str, start: int) -> bool:
    head = text[max(0, start - 20) : start].split()
    return bool(head) and head[-1].lower() in _PRONOUNS


def _lower_lead(text: str, start: int) -> int:
    """How many lower-case words ("council leader") stand between a trigger and a name."""
    words = text[start : start + 60].split()[: _LOWER_LEAD + 1]
    count = 0
    for word in words:
        if not word.islower() or word in _TOPIC_WORDS:
            break
        count += 1
    return count if count < len(words) else 0


# A teaser that opens with the guest: "Medienforscherin Paula Brandt über Datenschutz ...".
_TEASER = re.compile(
    rf"^(?P<head>(?:\S+\s+){{1,3}}\S+)\s+(?:{_alternatives('cue.teaser-topic')})\s"
)


_NAMED_HOST = lexicon.rule_phrases("cue.named-host")
_NAMED_HOST_LEAD = lexicon.rule_phrases("cue.named-host.lead")


def _is_named_host_phrase(text: str, match: re.Match[str], index: NameIndex) -> bool:
    """ "Precht im Gespräch mit Fischer" names the guest first and the host after "mit"."""
    if not match.group().lower().startswith(_NAMED_HOST):
        return False
    head = text[: match.start()].rstrip()
    lead = next((lead for lead in _NAMED_HOST_LEAD if head.endswith(f" {lead}")), None)
    if lead is None:
        return False
    return _name_before(text, len(head) - len(lead) - 1, index) is not None


_PRONOUNS = lexicon.words("third_person")
# The object of a talking verb standing for the guest named before: "X talked to her".
_OBJECT_PRONOUN = re.compile(
    rf"(?:{lexicon.alternation(lexicon.phrases('object_pronouns'))})\b", re.IGNORECASE
)
_TALK_VERB = re.compile(rf"^(?:{_alternatives('cue.talk-verb')})")


# Talking verbs whose subject may be either side: "Amaru Quispe spoke to Lena Marsh of the
# Courier", "We spoke to Amaru Quispe", "Quispe habló con Marsh".
_TALK = re.compile(rf"\b(?:{_alternatives('cue.talk')})\s+", re.IGNORECASE)
_TALK_CUE = _Cue(_TALK, _prefilter("cue.talk.prefilter"))
# A verb whose subject asked and whose object answered: "Tom Reed interviewed Maria Santos".
_INTERVIEWED = re.compile(rf"\b(?:{_alternatives('cue.interviewed')})\s+", re.IGNORECASE)
_INTERVIEWED_CUE = _Cue(_INTERVIEWED, _prefilter("cue.interviewed.prefilter"))
# "Mit Amaru Quispe sprach Lena Marsh": the guest after "mit", the host after the verb.
_MIT_SPRACH = re.compile(
    rf"\b(?:{_alternatives('cue.with-spoke.with')})\s+(?P<guest>[^,.;]{{3,60}}?)"
    rf"\s+(?:{_alternatives('cue.with-spoke')})\s+"
)
_MIT_SPRACH_CUE = _Cue(_MIT_SPRACH, _prefilter("cue.with-spoke.prefilter"))
_CUES = (
    _INTERVIEWER_AFTER_CUE,
    _INTERVIEWEE_AFTER_CUE,
    _INTERVIEWEE_BEFORE_CUE,
    _TALK_CUE,
    _INTERVIEWED_CUE,
    _MIT_SPRACH_CUE,
)


def _any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds any of ``words`` (literally): one scan instead of one substring
    search per word, entered at each word's rarest letter
    (:func:`~interviewparse.lexicon.from_rarest_letter`)."""
    return re.compile(lexicon.from_rarest_letter(words))


_GUEST_FIRST = lexicon.rule_phrases("cue.interviewer-after.guest-first")
_CUE_WORDS = _any_of(word for cue in _CUES for word in cue.words)
_CUE_GUARDS = tuple(cue.guard for cue in _CUES if cue.guard is not None)


def _may_name_people(text: str, folded: str) -> bool:
    """Can any cue match ``text`` (lower-cased as ``folded``)? Most intro paragraphs cannot,
    and are then not read phrase by phrase at all."""
    return _CUE_WORDS.search(folded) is not None or any(
        guard.search(text) is not None for guard in _CUE_GUARDS
    )


#: What a journalist is called before the name: a byline's job titles and the roles that ask.
_JOURNALIST_WORDS = lexicon.words("journalist_titles") | lexicon.words("host_roles")


def _talk_people(text: str, index: NameIndex, folded: str | None) -> tuple[list[str], list[str]]:
    """(interviewees, interviewers) from "X spoke to Y" and its kin in several languages.

    A pronoun subject ("He spoke to Lena Marsh") is the guest met before, so the object
    asked; a named subject and a named object are guest and host unless the subject is
    introduced as the journalist; a subject alone ("Gownaris spoke to Wikinews") is the
    guest, an object alone ("We spoke to Amaru Quispe") too. ``folded``: see :func:`_folded`.
    """
    guests: list[str] = []
    hosts: list[str] = []
    for match in _TALK_CUE.finditer(text, folded):
        obj = _name_after(text, match.end(), index)
        head = text[: match.start()].split()
        subject = _name_before(text, match.start(), index)
        if head and (head[-1].lower() in _PRONOUNS or _unsaid_subject(text, match)):
            hosts += [obj] if obj else []
            guest = None if obj else _antecedent(text, match.start(), index)
            guests += [guest] if guest else []
        elif subject and obj:
            before = text[: match.start()].rsplit(subject.split()[0], 1)[0].split()
            journalist = bool(before) and before[-1].lower().strip(",") in _JOURNALIST_WORDS
            guests.append(obj if journalist else subject)
            hosts.append(subject if journalist else obj)
        elif subject and _OBJECT_PRONOUN.match(text, match.end()):
            # "Tom Reed talked to her": the named subject asked the person met before
            hosts.append(subject)
            guest = _met_before(text, subject, match.start(), index)
            guests += [guest] if guest else []
        elif subject or obj:
            guests.append(subject or obj or "")
    for match in _INTERVIEWED_CUE.finditer(text, folded):
        # "Tom Reed interviewed her / Maria Santos": the subject asked, the object answered
        subject = _name_before(text, match.start(), index)
        if subject is None:
            continue
        hosts.append(subject)
        obj = _name_after(text, match.end(), index)
        if obj is None and _OBJECT_PRONOUN.match(text, match.end()):
            obj = _met_before(text, subject, match.start(), index)
        guests += [obj] if obj and obj != subject else []
    for match in _MIT_SPRACH_CUE.finditer(text, folded):
        names = find_names(match["guest"])
        host = _name_after(text, match.end(), index)
        if names:
            guests.append(index.expand(names[0]))
        if host:
            hosts.append(host)
    return guests, hosts


# Third-person talking verbs of languages that drop the subject pronoun: "Habló con ...".
_PRO_DROP_TALK = re.compile(rf"(?:{_alternatives('cue.pro-drop-talk')})\s")


def _unsaid_subject(text: str, match: re.Match[str]) -> bool:
    """ "Tomás cultiva olivos. Habló con Elena Varela": a sentence that opens with a
    third-person talking verb has the person of the sentence before as its subject (Spanish,
    Italian and Portuguese drop the pronoun), so the guest spoke and the object asked."""
    if _PRO_DROP_TALK.match(text, match.start()) is None:
        return False
    return text[: match.start()].rstrip().endswith((".", "!", "?"))


def _guest_is_subject(text: str, match: re.Match[str]) -> bool:
    """ "He spoke to X": a pronoun subject is the guest introduced before, so X is the host."""
    if not _TALK_VERB.match(match.group().strip().lower()):
        return False
    head = text[: match.start()].split()
    return bool(head) and (head[-1].lower() in _PRONOUNS or _unsaid_subject(text, match))


def _cued_people(
    text: str, folded: str | None, index: NameIndex, title: str | None
) -> tuple[list[str], list[str], list[str]]:
    """(interviewees, interviewers, credited) the cue phrases of one text name, in the order
    found; ``credited`` are the interviewers a credit line ("Interview: Julia Lauter") names."""
    interviewees: list[str] = []
    interviewers: list[str] = []
    credited: list[str] = []
    for match in _INTERVIEWER_AFTER_CUE.finditer(text, folded):
        also: list[str] = []
        if match.group().rstrip().endswith(":"):
            # "Interview: Julia Lauter" is a credit line; as the headline it names the guest
            if text == title:
                name = _name_after(text, match.end(), index)
                interviewees += [name] if name else []
                continue
            # "The Courier | Interview: Julia Lauter": the credit is the part after a separator
            credit = _CREDIT_PART.split(text[: match.start()])[-1] + text[match.start() :]
            if len(credit.split()) > _SHORT_CREDIT_WORDS:
                continue
            name = _name_after(text, match.end(), index)
            # "Interview: Ada Weiss und Tom Reed": both asked
            also = [n for n in _credited_names(text[match.end() :])[1:] if n != name]
            credited += [name, *also] if name else []
        before = _name_before(text, match.start(), index)
        name = _name_after(text, match.end(), index)
        if match.group().strip().lower().startswith(_GUEST_FIRST):
            # "Richard David Precht im Gespräch mit Karin Fischer": only with a name before
            if before is None:
                continue
            interviewees.append(before)
        if name:
            interviewers.append(name)
            interviewers += also
    for match in _INTERVIEWEE_AFTER_CUE.finditer(text, folded):
        if _is_named_host_phrase(text, match, index):
            continue
        loose = match.group().strip().lower().startswith(_LOOSE_TRIGGERS)
        reach = _NEAR_WORDS + _lower_lead(text, match.end()) if loose else _FIRST_WORDS
        name = _name_after(text, match.end(), index, reach=reach)
        if name and _guest_is_subject(text, match):
            interviewers.append(name)  # "He spoke to Lena Marsh": Lena asked
        elif name:
            interviewees.append(name)
    for match in _INTERVIEWEE_BEFORE_CUE.finditer(text, folded):
        if match.group().strip().startswith("t") and not _TOLD_WHOM.match(text, match.end()):
            continue  # "Trump told reporters": told a crowd, not this publication
        name = _name_before(text, match.start(), index)
        if name is None and _pronoun_before(text, match.start()):
            name = _antecedent(text, match.start(), index)  # "She told us ..."
        if name:
            interviewees.append(name)
    guests, hosts = _talk_people(text, index, folded)
    return interviewees + guests, interviewers + hosts, credited


_CREDIT_PART = re.compile(r"\s[|·•]\s|\s[–—]\s")


# parts are stripped after the split: a pattern that opens with "\s*" is quadratic on spaces
@cache
def _name_list(langs: tuple[str, ...] | None) -> re.Pattern[str]:
    """Splits a list of names, in the document's languages ("Ada Weiss und Tom Reed")."""
    return re.compile(rf",|&|\b(?:{lexicon.alternation(lexicon.filled('and_words', langs))})\b")


def _credited_names(rest: str) -> list[str]:
    """The names a credit line gives after its credit word: "Ada Weiss und Tom Reed"."""
    names: list[str] = []
    for part in _name_list(lexicon.document_languages()).split(rest.strip()):
        part = part.strip().strip(".")
        if not (is_person_name(part) and len(part.split()) > 1):
            break
        names.append(part)
    return names


# A line that names a broadcast's host or guest by role: "Host: Ada Weiss", "Ведучий — Олена
# Ткачук", "Our guest this morning – the village librarian Ada Weiss."
_HOST_ROLES = "|".join(sorted(map(re.escape, lexicon.words("host_roles")), key=len, reverse=True))
_GUEST_ROLES = "|".join(sorted(map(re.escape, lexicon.words("guest_roles")), key=len, reverse=True))
_ROLE_LINE = re.compile(
    rf"^(?:(?:{_alternatives('cue.role-line.our')})\s+)?"
    rf"(?:(?P<host>{_HOST_ROLES})|(?P<guest>{_GUEST_ROLES}))\b"
    r"(?P<more>[^—–:.!?\n]{0,60}?)\s*(?:[—–:]|\s-)\s*(?P<rest>[^.!?\n]{3,200})",
    re.IGNORECASE,
)
_ROLE_LINE_CHARS = 400
_ROLE_LINE_WORDS = 3


def _role_lines(texts: Iterable[str], body: Sequence[str]) -> tuple[list[str], list[str]]:
    """(guests, hosts) named by lines that open with the role: the last name of the clause
    after the dash or colon ("... the village librarian Ada Weiss")."""
    guests: list[str] = []
    hosts: list[str] = []
    labels = set(body)
    for text in texts:
        if len(text) > _ROLE_LINE_CHARS:
            continue
        match = _ROLE_LINE.match(text)
        if match is None:
            continue
        names = find_names(match["rest"])
        if not names:
            continue
        name = names[-1]
        words = name.split()
        if len(words) > _ROLE_LINE_WORDS and " ".join(words[-2:]).upper() in labels:
            # "... in the village Lower Mill Ada Weiss", then "ADA WEISS" labels her turns
            name = " ".join(words[-2:])
        (hosts if match["host"] else guests).append(name)
    return guests, hosts


def _phrase_people(
    texts: Iterable[str], index: NameIndex, title: str | None = None
) -> tuple[list[str], list[str]]:
    """(interviewees, interviewers) named by the phrasing of ``texts``."""
    interviewees: list[str] = []
    interviewers: list[str] = []
    credited: list[str] = []
    for text in texts:
        folded = _folded(text)
        if folded is None or _may_name_people(text, folded):
            guests, hosts, credits = _cued_people(text, folded, index, title)
            interviewees += guests
            interviewers += hosts
            credited += credits
        teaser = _TEASER.match(text)
        if teaser is not None:
            # only a full name: "Und Haushalt über ..." is a sentence, not a guest
            names = find_names(teaser["head"])
            if names and teaser["head"].endswith(names[-1]):
                interviewees.append(names[-1])
    # the page's credit line names who asked, whatever a sentence seems to say ("Habló con
    # Elena Varela en el olivar", with "Interview: Elena Varela" above it)
    interviewees = [n for n in interviewees if not any(_same_person(n, c) for c in credited)]
    return interviewees, [n for n in interviewers if n not in interviewees]


_HEADLINE_SEPARATOR = re.compile(r":\s+|\s+[–—|-]\s+")
_QUOTES = " \"'“”„«»‚‘’"


# "Steve Forbes on money", "Ada Weiss über Brücken", "Claire Roy : sur les rivières"
_HEADLINE_VERB = re.compile(rf"\s(?i:{_alternatives('cue.headline-verb')})\s")


def _name_then_verb(part: str, index: NameIndex) -> str | None:
    """ "Apple CEO Tim Cook Talks About ...": the name that ends where the verb begins."""
    match = _HEADLINE_VERB.search(part)
    if match is None:
        return None
    head = part[: match.start()].strip(_QUOTES)
    names = find_names(head)
    if names and head.endswith(names[-1]):
        return index.expand(names[-1])
    return None


def _headline_person(title: str, index: NameIndex) -> str | None:
    """The speaker a "Name: quote" headline (or the Spanish "quote: Name") names."""
    parts = _HEADLINE_SEPARATOR.split(title)
    for part in parts:
        named = _name_then_verb(part.strip(_QUOTES), index)
        if named:
            return named
    if len(parts) < 2:
        return None
    for candidate in (parts[-1], parts[0]):
        if _opens_quote(candidate):
            continue  # "«Бібліотека — це ...»": a word of the quote, not its speaker
        candidate = candidate.strip(_QUOTES)
        if not candidate or len(candidate.split()) > 4:
            continue
        words = candidate.split()
        if len(words) >= 2 and words[0].lower() in PARTICLES and is_person_name(words[-1]):
            # "…: De Soto": a surname led by its particle, which the intro gives in full
            full = index.containing(candidate)
            if full is not None:
                return full
        if is_person_name(candidate):
            return index.expand(candidate) if len(candidate.split()) == 1 else candidate
    for part in parts[1:]:
        # "Exclusive interview: Ada Weiss, potter from ...": the name, then who she is
        head = part.split(",", 1)[0].strip(_QUOTES)
        if "," in part and 2 <= len(head.split()) <= 4 and is_person_name(head):
            return head
    # "Museum director Olga Smirnova: «...»": the lead ends with the speaker's name
    lead = parts[0].strip(_QUOTES)
    names = find_names(lead)
    if names and lead.endswith(names[-1]) and len(lead.split()) <= _HEADLINE_LEAD_WORDS:
        return index.expand(names[-1])
    return None


_HEADLINE_LEAD_WORDS = 6
_OPENING_QUOTES = "\"“„«‚‘'"
_CLOSING_QUOTES = "\"”“»‘’'"


def _opens_quote(part: str) -> bool:
    """A headline part that opens a quotation and does not close it (the rest of the quote
    follows the separator)."""
    part = part.strip()
    return part[:1] in _OPENING_QUOTES and part[-1:] not in _CLOSING_QUOTES


_ADDRESS_TITLE = _alternatives("cue.address-title")
_ADDRESS = re.compile(
    rf"^(?:(?:{_ADDRESS_TITLE})\s+)?"
    r"(?P<name>[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*){0,2})\s*(?:,|\s[–—-]\s)"
)


def _addressed(view: View) -> str | None:
    """The person questions address by name ("Herr Sergio, ...", "Junior – We are ...")."""
    counts: Counter[str] = Counter()
    for question in view.questions:
        match = _ADDRESS.match(question)
        if match is None:
            continue
        name = match["name"]
        if not is_person_name(name) or name.lower() in GENERIC_LABELS:
            continue
        full = _with_surname(view.index.expand(name), view.index)
        if len(full.split()) > 1:
            counts[full] += 1
    return counts.most_common(1)[0][0] if counts else None


# Russian, Ukrainian and Belarusian patronymics: "Петрович", "Ивановна", "Миколаївна".
_PATRONYMIC = re.compile(rf"(?:{_alternatives('cue.patronymic')})$")


def _with_surname(name: str, index: NameIndex) -> str:
    """ "Аркадий Петрович" (first name and patronymic, the polite form of address) → the full
    name the document introduces ("Аркадий Орлов"), when it gives one with that first name."""
    words = name.split()
    if len(words) != 2 or _PATRONYMIC.search(words[1]) is None:
        return name
    for known in index.names:  # most mentioned first
        parts = known.split()
        if len(parts) > 1 and parts[0] == words[0] and _PATRONYMIC.search(parts[-1]) is None:
            return known
    return name


def _slug(name: str) -> str:
    return "-".join(name.lower().split())


def _most_mentioned(view: View, exclude: Sequence[str]) -> str | None:
    """The person the intro names who is mentioned most, with a bonus for a name that is also
    in the page's URL or keywords (slugs and tags usually name the interviewee)."""
    excluded = {n.lower() for n in exclude}
    best: tuple[int, str] | None = None
    whole = view.leading_text
    named = [name for text in view.front for name in _uncredited_names(text)]
    # a name only the page's notes give ("Harbour Notes" as masthead and in its affiliate
    # note) is no one the interview introduces; a caption may repeat the intro's guest
    told = "\n".join(view.told)
    candidates = [n for n in dict.fromkeys(named) if n.lower() not in excluded and n in told]
    full = [n for n in candidates if len(n.split()) >= 2]
    if len(full) == 1 and all(_same_person(n, full[0]) for n in candidates):
        # the intro introduces exactly one person ("Maria Santos has run the bakery for twenty
        # years. We talked to her ..."): in an interview that is the one who answers
        return full[0]
    talked_about = [n for n in full if _spoken_of_in_questions(n.split()[-1], view.questions)]
    if talked_about:
        # An interview about someone else (a biographer on Churchill) introduces two people,
        # and its questions speak of the one it is about ("Why do Churchill's speeches still
        # work?"), never of the one who answers them ("you"). One left answers.
        others = [n for n in full if not any(_same_person(n, t) for t in talked_about)]
        if len(others) == 1:
            return others[0]
    for name in candidates[:_MAX_CANDIDATES]:
        surname = name.split()[-1]
        score = _mentions(surname, whole)
        if _slug(name) in view.hints or name.lower() in view.hints:
            score += _HINT_BONUS
        if any(text.startswith(name + ",") for text in view.front):
            # "Rodrigo Castañeda, representante de la FAO, considera ...": introduced in apposition
            score += _APPOSITION_BONUS
        if score >= _MIN_MENTIONS and (best is None or score > best[0]):
            best = (score, name)
    return best[1] if best else None


# A photo credit: "© Paul Girard", "(foto Carlo Brenna)", "Photo: Jane Doe" closing a
# caption. The credited name ends the text or a bracket; "Foto: Ramiro Ortega en la
# cubierta" is a caption about the person, who goes on being the subject of a sentence.
_CREDIT_BEFORE = re.compile(
    rf"(?:©|\((?:c|C)\)|\b(?i:{_alternatives('cue.photo-credit')}))\.?\s*:?\s*$"
)
_CREDIT_AFTER = re.compile(r"\s*(?:$|[)\]/|])")
_CREDIT_LOOKBACK = 24


def _uncredited_names(text: str) -> list[str]:
    """The names :func:`find_names` reads in ``text``, less a photographer's credit: the person
    who took the picture is no one the interview introduces."""
    names = find_names(text)
    if not names:
        return names
    kept = []
    for name in names:
        at = text.find(name)
        before = text[max(0, at - _CREDIT_LOOKBACK) : at]
        after_ok = _CREDIT_AFTER.match(text, at + len(name)) is not None
        if not (after_ok and _CREDIT_BEFORE.search(before)):
            kept.append(name)
    return kept


def _spoken_of_in_questions(surname: str, questions: Sequence[str]) -> bool:
    """Does a question name ``surname`` as someone spoken of, not spoken to? A question that
    opens by addressing the person ("Herr Weber, ...") or puts a title before the name ("Mr.
    Weber") speaks to them."""
    for question in questions:
        if not _mentions(surname, question):
            continue
        opening = _ADDRESS.match(question)
        if opening is not None and surname in opening["name"].split():
            continue
        if _TITLED.search(question) is not None and re.search(
            rf"{_TITLED.pattern}\s*(?:[^\W\d_][\w’'.-]*\s+)?{re.escape(surname)}\b", question
        ):
            continue
        return True
    return False


#: A form of address before a name.
_TITLED = re.compile(rf"\b(?:{_ADDRESS_TITLE})")


def _mentions(word: str, text: str) -> int:
    """How often ``word`` stands in ``text`` as a word of its own (no letter, digit, "_" or "-"
    on either side).

    The word is matched first and the character before it checked after, by a look back over
    the word's own length: a pattern that opens with the word is found by a fast literal
    search, where one that opens with a look back is tried at every position of a long text.
    """
    pattern = rf"{re.escape(word)}(?<![\w-][\s\S]{{{len(word)}}})(?![\w-])"
    return len(re.findall(pattern, text))


_HINT_BONUS = 5
_MAX_CANDIDATES = 20
_APPOSITION_BONUS = 2
_MIN_MENTIONS = 3


def _same_person(a: str, b: str) -> bool:
    """ "Kaiser" and "Peter Kaiser", or "Thomas Malone" and "Thomas W. Malone"."""
    wa, wb = a.lower().split(), b.lower().split()
    if not wa or not wb:
        return False
    if len(wa) == 1 or len(wb) == 1:
        short, long = (wa, wb) if len(wa) == 1 else (wb, wa)
        return short[0] in long
    return wa[0] == wb[0] and wa[-1] == wb[-1]


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    """One entry per person, keeping the fuller form ("Peter Kaiser" over "Kaiser")."""
    kept: list[str] = []
    for name in names:
        same = next((i for i, k in enumerate(kept) if _same_person(k, name)), None)
        if same is None:
            kept.append(name)
        elif len(name.split()) > len(kept[same].split()) == 1:
            kept[same] = name
    return tuple(kept)


def _correct_sides(
    labelled_ees: list[str],
    labelled_ers: list[str],
    phrase_ees: Sequence[str | None],
    phrase_ers: Sequence[str],
) -> tuple[list[str], list[str]]:
    """Let the intro's words overrule the label sides in a many-voiced transcript.

    "A new series hosted by Kimberly Rhodes" makes Kimberly an interviewer even when her
    turns rarely end in "?"; and when the intro names the guest among several answering
    voices ("sit down with Jeffrey Hardy"), the other voices are the hosts.
    """
    hosts = {n.lower() for n in phrase_ers}
    guests = {n.lower() for n in phrase_ees if n}
    ees = [n for n in labelled_ees if n.lower() not in hosts or n.lower() in guests]
    ers = labelled_ers + [n for n in labelled_ees if n not in ees]
    named = [n for n in ees if n.lower() in guests]
    if named and len(ees) > len(named) and not labelled_ers and ers:
        ers += [n for n in ees if n not in named]
        ees = named
    return ees, ers


def read_people(
    view: View, index: NameIndex, authors: Sequence[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(interviewees, interviewers), as full names where the document gives them.

    The evidence is tried strongest first: speaker labels (corrected by the intro's words in
    a many-voiced talk) and names set as headings; then the intro's phrasing; then the person
    the questions address by name; then the headline; and only then the person the intro
    names who is mentioned most. Interviewers come from labels, then phrasing ("interviewed
    by", "Propos recueillis par"), then the page's authors. A document without questions has
    neither.
    """
    if not view.has_questions:
        return (), ()
    phrase_ees, phrase_ers = _phrase_people(view.front, index, view.title)
    role_ees, role_ers = _role_lines(view.front, view.body)
    phrase_ees += [n for n in role_ees if n not in phrase_ees]
    phrase_ers += [n for n in role_ers if n not in phrase_ers]
    # credits after the interview ("Das Interview führte ...") name the interviewer only
    phrase_ers += _phrase_people(view.side_notes, index)[1]
    phrased = [_full_form(name, index) for name in phrase_ees]
    # the page's author asked the questions, whatever a sentence seems to say
    phrase_guests = [n for n in phrased if n and not any(_same_person(n, a) for a in authors)]
    labelled_ees = [resolve_label(label, index, answer_side=True) for label in view.answer_labels]
    labelled_ers = [
        resolve_label(label, index, answer_side=False) for label in view.question_labels
    ]
    interviewees, interviewers = _correct_sides(
        [n for n in labelled_ees if n], [n for n in labelled_ers if n], phrase_guests, phrase_ers
    )
    interviewees += view.name_headings
    if not interviewees and view.answer_labels:
        # "王海生：" answering: a name in a script without capitals, given in the intro too
        named = uncased_label_guest(view.answer_labels, view.front)
        interviewees += [named] if named else []
    if not interviewees:
        interviewees = _guests_without_labels(view, index, phrase_guests, interviewers)
    if not interviewers:
        interviewers = [n for n in phrase_ers if n not in interviewees]
    if not interviewers:  # "聞き手：佐藤美咲"
        credited = uncased_interviewer((*view.side_notes, *view.front))
        interviewers = [credited] if credited and credited not in interviewees else []
    if not interviewers:
        interviewers = [a for a in authors if is_person_name(a) and len(a.split()) >= 2]
    if not interviewees:
        guess = _most_mentioned(view, [*interviewers, *authors])
        interviewees = [guess] if guess and _named_again(guess, view) else []
    return _reconcile(interviewees, interviewers, authors)


def _full_form(name: str, index: NameIndex) -> str | None:
    """A phrase's name as the document gives it in full; a lone word only if it resolves."""
    return index.by_part(name) if len(name.split()) == 1 else name


def _guests_without_labels(
    view: View, index: NameIndex, phrase_guests: Sequence[str], interviewers: Sequence[str]
) -> list[str]:
    """Interviewees when no label names them: the intro's phrasing, the person the questions
    address, or the speaker a headline names (in uncased scripts too, see :mod:`.uncased`)."""
    named = [n for n in phrase_guests if n not in interviewers]
    if named:
        return named
    addressed = _addressed(view)
    if addressed:
        return [addressed]
    headline = _headline_person(view.title, index) if view.title else None
    if headline is not None and _ordinary_word(headline, view):
        headline = None  # a capitalised phrase of the headline, not a person
    if headline is None:
        headline = uncased_guest(view.title, view.front)  # "专访陈晓明：", "佐藤美咲さん"
    return [headline] if headline else []


def _named_again(name: str, view: View) -> bool:
    """Does the page name this person again outside the headline (in full, or by the surname
    as a name is written: opening a sentence, after a title, a first name or punctuation)?"""
    mentions = _mentions_outside_title(name, view)
    return mentions is not None and any(mentions)


def _ordinary_word(name: str, view: View) -> bool:
    """Is the last word of this "name" one the page writes as an ordinary word, and never as a
    name? A German noun is capitalised ("nach der Entführung"): a headline's capitalised phrase
    ending in one names nobody. A name the page never repeats is not judged here."""
    mentions = _mentions_outside_title(name, view)
    return mentions is not None and bool(mentions) and not any(mentions)


def _mentions_outside_title(name: str, view: View) -> list[bool] | None:
    """For each time the page writes this name's last word outside the headline, whether it
    is written as a name (``None`` when the full name itself comes back: surely a name)."""
    title = view.title or ""
    joined = "\n".join(text for text in view.body if text != title)
    if name in joined:
        return [True]
    surname = name.split()[-1]
    found = []
    for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", joined):
        before = joined[max(0, match.start() - 30) : match.start()].split()
        # the small words inside a name ("de Wit", "van der Berg") stand before a surname
        while before and before[-1].casefold() in PARTICLES:
            before.pop()
        found.append(not before or not before[-1][:1].islower())
    return found


def _reconcile(
    interviewees: Sequence[str], interviewers: Sequence[str], authors: Sequence[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """One entry per person, and nobody on both sides.

    A page's own author who also answers is the host of a many-voiced conversation (a podcast
    whose host also writes the page), so moves to the interviewers.
    """
    ees = _unique(interviewees)
    ers = _unique(interviewers)
    hosts = [n for n in ees if any(_same_person(n, a) for a in authors)]
    if hosts and len(ees) > len(hosts):
        ees = tuple(n for n in ees if n not in hosts)
        ers = _unique([*ers, *hosts])
    ers = tuple(n for n in ers if not any(_same_person(n, e) for e in ees))
    ees = tuple(n for n in ees if not any(_same_person(n, r) and len(n.split()) == 1 for r in ers))
    return ees, ers
