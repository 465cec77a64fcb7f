"""Speaker labels in plain text: which "Name:" prefixes are turns and which are just words.

Shared by the readers (which find the labels as they split a document into blocks) and the
segmenter (which groups them and reads the role they hint at), so it lives beside both stages.

A label is trusted only when the document uses it as a convention: it recurs ("STANDARD:" four
times), it is a short form of a recurring label ("Peter Kaiser:" once, then "Kaiser:"), it is the
initials of one ("Natasha Gownaris:" then "NG:"), or it has an unmistakable form ("((WN))").
A one-off "Exclusive:" or "Short term:" inside an answer is therefore not a turn.

Labels may end in a full-width colon ("问：", "Ｑ：", no blank after it), may be written in a script
without capitals ("问", "سؤال") and may carry a recording timestamp before or after the name
("[00:12:31] HOST:", "Ines Kovac (00:01:12):", "Ines Kovac  00:01:12" alone on its line), which
then belongs to the label, not to the turn's text. A role after a comma ("TOMAS BRANDT, HOST:")
belongs to the label too, but the label's name is the name alone, so the same speaker's
"TOMAS BRANDT:" is the same label. Initials written with periods ("A.D.:") stand for the full
name they abbreviate ("Ayla Duran:"), as "AD:" does.

Two forms have no colon and are trusted only as a document-wide convention: a role letter or
word set off by a period or a dash ("D. …" / "R. …", "Pregunta. …" / "Respuesta. …"), which
needs question and answer marks taking turns (twice for initials, which also open sentences:
"R. Kelly said"); and a speaker's name in capitals alone on its line ("NATALIA SAVCHUK"), which
needs two such names that recur and take turns, as in a broadcast transcript. A third form
without a colon is a speaker's initials in capitals opening the turn ("AD Sure, we ..."): it is
trusted only when it recurs and spells the initials of a person the text names in full ("Ayla
Duran"), for "US officials ..." opens paragraphs too.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Protocol

import attrs

from . import lexicon
from .people.names import find_names, initials_of, is_person_name

__all__ = [
    "LabelSet",
    "candidate_name",
    "find_labels",
    "is_capitals_name",
    "is_label_only",
    "opening_label",
    "opens_with_initials",
    "opens_with_role_mark",
    "split_inline",
]


class _HasSpan(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def _combining_marks() -> str:
    """The combining marks of the scripts that write vowels and other signs with them
    (Devanagari "प्रश्न", Bengali, Thai, Arabic harakat, Latin accents typed apart), as the body
    of a regex character class: ``\\w`` does not match them, so without them a name in those
    scripts ends at its first mark."""
    marks = [c for c in range(0x300, 0x2100) if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me")]
    ranges: list[list[int]] = []
    for code in marks:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges)


_MARK = _combining_marks()


#: A recording timestamp: "[00:12:31]", "(12:31)", "00:12:31" (bare only with hours, so that a
#: clock time "10:30" is not one), with an optional fraction of a second ("[00:12:31.5]").
_STAMP = (
    r"(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]"
    r"|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?(?![\d:]))"
)
#: A timestamp before a speaker label: "[00:12:31] ", "00:12:31 - ", and, followed by a name and
#: its colon, a bare "12:31 ".
_TIMESTAMP = rf"(?:{_STAMP}|\d{{1,2}}:\d{{2}}(?![\d:]))[ \t]+(?:[-–—|][ \t]+)?"
_TRAILING_TIMESTAMP = re.compile(_STAMP + r"[ \t]*$")
#: A role after the name, set off by a comma: "TOMAS BRANDT, HOST:", "Ana Ruiz, reporter:".
#: Letters only (a date, "Update, 12 May:", has digits), at most four words.
_ROLE = r"(?:,[ \t]*(?P<role>[^\W\d_][^\W\d_'’.\-]*(?:[ \t][^\W\d_'’.\-]+){0,3}))"
#: The name itself: a letter, then up to 50 word characters, blanks and name punctuation.
_NAME = rf"(?P<name>[^\W\d_][\w{_MARK}'’.\- ]{{0,50}}?)"
_PAREN = re.compile(r"^\(\((?P<name>[^()\n]{1,60})\)\)\s*:?")
_HTML_BOLD = re.compile(
    r"^<(?P<tag>strong|b)>\s*(?P<name>[^<>\n]{1,60}?)\s*[:：]?\s*</(?P=tag)>\s*[:：]", re.IGNORECASE
)
_MD_BOLD = re.compile(rf"^(?:{_TIMESTAMP})?\*\*(?P<name>[^*\n]{{1,60}}?)(?:[:：]\*\*|\*\*\s*[:：])")
#: A letter of a script written without spaces (Chinese, Japanese): there a label's ASCII colon
#: may run straight into the turn ("问:这些年…").
_UNSPACED = "[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
_PLAIN = re.compile(
    rf"^(?:{_TIMESTAMP})?{_NAME}{_ROLE}?(?:[ \t]*{_STAMP})?(?:[ \t]?:(?=\s|$|{_UNSPACED})|[ \t]?：)"
    rf"(?:[ \t]*{_STAMP}(?=\s|$))?"
)
#: What every timestamp (:data:`_STAMP`) holds: minutes after a colon.
_CLOCK = re.compile(r"\d:\d\d")
#: A name and a timestamp, without a colon, alone on their line ("Ines Kovac  00:01:12",
#: "[00:01:12] Ines Kovac"), the way transcription software heads each turn.
_STAMPED_ALONE = re.compile(
    rf"^(?P<lead>{_STAMP}[ \t]+(?:[-–—|][ \t]+)?)?{_NAME}{_ROLE}?"
    rf"(?P<trail>[ \t]+(?:[-–—|][ \t]+)?{_STAMP})?[ \t]*$"
)
#: A one-letter role label written "Q.", "Q)", "Q -", "Q –", "P.-" (Latin American papers)
#: or "Q:" with no blank after it.
#: The letters a one-letter role label is written with (Q/A, F/A, P/R, D/R, В/О).
_ROLE_LETTERS = "QAFRPDВО"
_ROLE_FIRST = frozenset(_ROLE_LETTERS)
_ROLE_DOT = re.compile(
    rf"^(?P<name>[{_ROLE_LETTERS}])"
    r"(?:(?P<dot>[.)](?=[ \t]+\S)|\.[-–—](?=[ \t]*\S)|[ \t]+[-–—](?=[ \t]+\S))|:(?=[^\s:/]))"
)
#: Initials before a colon, the way a transcript names its speakers after the first turn ("R. T.:",
#: "L.I.:"): read before the one-letter role label, which would take "R." for "respuesta".
_INITIALS = re.compile(r"^(?P<name>(?:[^\W\d_]\.[ \t]?){2,4}):(?=\s)")
#: A role word written like a one-letter label: "Pregunta. ¿Cómo…?", "Respuesta. Quitando…",
#: "Domanda – …" (the word must be one of the question or answer words below).
_ROLE_WORD_DOT = re.compile(
    rf"^(?P<name>[^\W\d_](?:[^\W\d_]|[{_MARK}]){{1,19}})"
    r"(?:\.(?=[ \t]+\S)|\.[-–—](?=[ \t]*\S)|[ \t]+[-–—](?=[ \t]+\S))"
)
#: The same in Markdown bold: "**Pregunta.** ¿Cómo…?", "**P.** …".
_MD_BOLD_DOT = re.compile(
    rf"^(\*\*|__)(?P<name>[^\W\d_](?:[^\W\d_]|[{_MARK}]){{0,19}})\.\1(?=[ \t]+\S)"
)
#: A speaker's name in capitals alone on its line, without a colon, the way a broadcast
#: transcript heads each turn ("NATALIA SAVCHUK"). Letters and name punctuation only.
_CAPS_ALONE = re.compile(r"^(?P<name>[^\W\d_](?:[^\W\d_]|['’.\- ]){0,50})$")
#: A label after a sentence end (the Devanagari danda "।" too) inside a line. The
#: sentence-ending character is matched, not looked behind for: a pattern that opens with a
#: character set lets the regex engine skip ahead to candidates, where a lookbehind is tried
#: at every position. (The character can never be part of the previous match, so
#: ``finditer`` finds the same labels.)
_INLINE = re.compile(
    r"""[.!?…"“”»)\]।]\s+"""
    rf"(?P<name>[^\W\d_][\w{_MARK}'’\-]*(?: [\w{_MARK}'’\-]+){{0,4}}?)"
    rf"{_ROLE}?[ \t]?:(?=\s)"
)
#: Names in a script without capitals (Chinese, Arabic) cannot show a capital; a longer run
#: without blanks is a sentence fragment, not a name.
_UNCASED_NAME_MAX = 12
#: Lower-case words a label may hold between its capitalised words ("Ana de la Cruz:",
#: "Minister of the Interior:"), and the words that open a "Word:" line that is no speaker.
_PARTICLES = lexicon.words("name_particles") | lexicon.words("label_joiners")
_STOP = lexicon.words("not_label_words")
#: A speaker's initials in capitals opening a turn without a colon ("AD Sure, we ..."): two or
#: three letters, a blank, and a sentence opening with a capital (or a quote or bracket first).
_INITIALS_OPEN = re.compile(r"^(?P<name>[^\W\d_]{2,3})[ \t]+(?=[\"“‘'(\[]?[^\W\d_])")
#: Labels whose role is known from the word itself: "question" and "answer" (and their
#: initials) in the languages interviews are written in. ("Tanya", the Indonesian question
#: word, is left out: it is a first name too, and "Tanya:" recurs as a label all the same.)
QUESTION_WORDS = lexicon.words("question_labels")
ANSWER_WORDS = lexicon.words("answer_labels")


@attrs.frozen
class LabelSet:
    """The labels this document uses as turns, by the exact form written."""

    names: frozenset[str] = frozenset()

    def match_line_start(self, line: str) -> tuple[str, bool, int] | None:
        """(label, set in bold, end of the label) when the line opens with a trusted label."""
        if not self.names:
            return None
        found = opening_label(line)
        return found if found is not None and found[0] in self.names else None


def opens_with_role_mark(line: str) -> bool:
    """Whether a line opens with a role letter or word set off by a period or a dash ("D. …",
    "Pregunta. …"): the one label form without a colon. Trusted or not (see
    :func:`find_labels`)."""
    if not line[:1].isupper():
        return False
    match = _ROLE_DOT.match(line)
    if match is not None:
        return match.group("dot") is not None
    match = _ROLE_WORD_DOT.match(line)
    return match is not None and role_hint(match.group("name")) is not None


def is_capitals_name(line: str) -> bool:
    """Whether a line is nothing but a name in capitals ("PETRA LIND"), the way a transcript
    heads a turn. Trusted or not (see :func:`find_labels`)."""
    found = _candidate(line.strip()) if len(line) <= 60 and line.isupper() else None
    return found is not None and found[3] == "caps"


def opens_with_initials(line: str) -> bool:
    """Whether a line opens with initials in capitals before a sentence ("AD Sure, ..."), the
    form trusted only when the initials spell a person the text names (see :func:`find_labels`)."""
    return line[:2].isupper() and _initials_opening(line) is not None


def opening_label(line: str) -> tuple[str, bool, int] | None:
    """The label-like prefix a line opens with, trusted or not: (name, set in bold, end of the
    label in ``line``). :meth:`LabelSet.match_line_start` is this for a trusted name."""
    stripped = line.lstrip()
    found = _candidate(stripped)
    if found is None:
        return None
    return found[0], found[1], found[2] + (len(line) - len(stripped))


def candidate_name(line: str) -> str | None:
    """The name of the label-like prefix a line opens with, trusted or not (the name
    :meth:`LabelSet.match_line_start` would look up)."""
    found = _candidate(line.lstrip())
    return found[0] if found is not None else None


def _uncased(char: str) -> bool:
    """A letter of a script without capitals (Chinese, Japanese, Arabic, Hebrew)."""
    return char.isalpha() and char.lower() == char.upper()


def _valid_plain(name: str) -> bool:
    tokens = name.split()
    if not 1 <= len(tokens) <= 5 or name.lower() in _STOP or tokens[0].lower() in _STOP:
        return False
    if _uncased(tokens[0][0]):
        return len(name) <= _UNCASED_NAME_MAX and all(_uncased(t[0]) for t in tokens)
    if not tokens[0][0].isupper():
        return False
    return all(t[0].isupper() or t.lower() in _PARTICLES for t in tokens)


def _candidate(line: str) -> tuple[str, bool, int, str] | None:
    """A label-like prefix: (name, bold, end offset, form) or None.

    The form is "paren", "bold", "plain", "dot" (a role letter or word set off by a period or a
    dash, "R. …", "Pregunta. …", which needs the document's Q/A alternation before it is
    trusted) or "caps" (a name in capitals alone on its line, trusted only in a transcript)."""
    if ":" not in line and "：" not in line:
        if line[:1] in _ROLE_FIRST:
            # a one-letter role ("R. …") is the only form such a line can hold (its first
            # letter rules out the others but the role word, the capitals and the initials,
            # tried below): many sentences open with one of those letters ("A", "De", "Once")
            found = _ROLE_DOT.match(line)
            if found is not None:
                name, dot = found.group("name"), found.group("dot")
                return name, False, found.end(), "dot" if dot else "plain"
        elif line.startswith(("((", "**", "__")):
            return _candidate_forms(line)
        if (
            not (line[:1].isupper() and _ROLE_WORD_DOT.match(line))
            and not (len(line) <= 52 and line.isupper())
            and not (line[:2].isupper() and _INITIALS_OPEN.match(line))
        ):
            # Every other form ends its label in a colon or has a timestamp (which has one):
            # most paragraphs are turned away by a few cheap tests, not six patterns.
            return None
    return _candidate_forms(line)


def _candidate_forms(line: str) -> tuple[str, bool, int, str] | None:
    """:func:`_candidate` without its first cheap tests: every form tried in turn."""
    for pattern, bold, form in (
        (_PAREN, False, "paren"),
        (_HTML_BOLD, True, "bold"),
        (_MD_BOLD, True, "bold"),
    ):
        match = pattern.match(line)
        if match:
            name = " ".join(match.group("name").split()).rstrip(":").strip()
            if name and len(name.split()) <= 6:
                return name, bold, match.end(), form
    match = _INITIALS.match(line)
    if match:
        # "R. T.:" is someone's initials, not the role letter "R." ("respuesta") before "T."
        return " ".join(match.group("name").split()), False, match.end(), "plain"
    match = _ROLE_DOT.match(line)
    if match:
        return match.group("name"), False, match.end(), "dot" if match.group("dot") else "plain"
    for pattern, bold in ((_ROLE_WORD_DOT, False), (_MD_BOLD_DOT, True)):
        match = pattern.match(line)
        if match and match.group("name")[:1].isupper() and role_hint(match.group("name")):
            return match.group("name"), bold, match.end(), "dot"
    match = _PLAIN.match(line)
    if match is None and _CLOCK.search(line) is not None:  # (no stamp: nothing to read)
        match = _STAMPED_ALONE.match(line)
        if match is not None and not (match.group("lead") or match.group("trail")):
            match = None
    if match is None:
        caps = _CAPS_ALONE.match(line) if line.isupper() else None
        name = " ".join(caps.group("name").split()) if caps else ""
        if name and not name.endswith(".") and _valid_plain(name):
            return name, False, len(line), "caps"
        return _initials_opening(line)
    name = " ".join(match.group("name").split())
    if _valid_plain(name) and _valid_role(name, match.group("role")):
        return name, False, match.end(), "plain"
    return None


def _initials_opening(line: str) -> tuple[str, bool, int, str] | None:
    """Initials in capitals opening a line, before a sentence that opens with a capital ("AD
    Sure, ..."; not "US officials ..."): the "initials" form, trusted only by
    :func:`_initials_convention`."""
    match = _INITIALS_OPEN.match(line)
    if match is None or not match["name"].isupper():
        return None
    rest = line[match.end() :].lstrip("\"“‘'([")
    if not rest[:1].isupper():
        return None
    return match["name"], False, match.end(), "initials"


def _valid_role(name: str, role: str | None) -> bool:
    """A role after a comma ("TOMAS BRANDT, HOST:", "Ana Ruiz, reporter:") is read as part of the
    label only where it cannot be the rest of a sentence: after a name in capitals, a role in
    capitals; after a name of two words or more, any role that is not a filler word."""
    if role is None:
        return True
    words = role.split()
    if words[0].lower() in _STOP:
        return False
    if name.isupper():
        return role.isupper()
    # "Vera Holm, who led the trial:" goes on as a sentence; "Ana Ruiz, reporter:" does not
    return len(name.split()) >= 2 and (len(words) <= 2 or role[:1].isupper())


def _initials(name: str) -> str:
    return "".join(t[0] for t in name.split() if t[0].isupper()).upper()


#: One initial with its period ("A.").
_INITIAL = re.compile(r"[^\W\d_]\.")


def _groups(counts: Counter[str]) -> dict[str, str]:
    """Map each name to its group: short forms and initials join the full name they abbreviate."""
    group = {name: name for name in counts}
    long_names = [n for n in counts if len(n.split()) >= 2]
    for name in counts:
        # one word, or initials written apart ("A. D.", as "A.D." and "AD" are)
        if len(name.split()) != 1 and not all(map(_INITIAL.fullmatch, name.split())):
            continue
        for full in long_names:
            if full == name:
                continue
            tokens = full.split()
            compact = name.replace(".", "").replace(" ", "")  # "A.D." for "Ayla Duran" as "AD" is
            if tokens[-1] == name or (
                compact.isupper() and 2 <= len(compact) <= 4 and _initials(full) == compact
            ):
                group[full] = name
                group[name] = name
    return group


def _named_elsewhere(text: str, name: str) -> bool:
    """A one-off label that is a person named in the text ("Marsh:" after "... sprach Lena
    Marsh ..."): the intro introduced the speaker, so the label is a turn, not a phrase."""
    if len(name.split()) != 1 or not name[:1].isupper() or name.isupper():
        return False
    escaped = re.escape(name)
    pattern = re.compile(rf"[^\W\d_][\w'’-]*[ \t]+{escaped}\b(?![ \t]?:)")
    # Scanning the whole text with ``pattern`` tries a match at every letter (milliseconds on a
    # long page). Every match ends at a blank + name (found in C), and starts at the first
    # letter of the word before it that a left-to-right scan has not passed yet; so only those
    # starts are tried, which gives the same matches as ``pattern.finditer(text)``.
    resume = 0
    for hit in re.finditer(rf"[ \t]{escaped}\b(?![ \t]?:)", text):
        start = hit.start()
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        word_end = start
        while start > 0 and _WORD_CHAR.match(text, start - 1):
            start -= 1
        first = max(start, resume)
        while first < word_end and not _LETTER.match(text, first):
            first += 1
        match = pattern.match(text, first) if first < word_end else None
        if match is None:
            continue
        if match.group(0)[:1].isupper():
            return True
        resume = match.end()
    return False


_WORD_CHAR = re.compile(r"[\w'’-]")
_LETTER = re.compile(r"[^\W\d_]")


def find_labels(text: str, lines: Sequence[_HasSpan]) -> LabelSet:
    """Collect label-like prefixes at line starts and after sentence ends; keep the ones the
    document uses as a convention (see the module docstring)."""
    counts: Counter[str] = Counter()
    always: set[str] = set()
    strong: Counter[str] = Counter()
    label_only: set[str] = set()
    label_only_lines = 0
    dotted: list[str] = []  # "D." / "Pregunta." openings, in order
    undotted: set[str] = set()  # names that open a line in another form too ("Q:")
    capitals: list[tuple[int, str]] = []  # names in capitals alone on their line, in order
    initialled: Counter[str] = Counter()  # initials opening a line without a colon ("AD Sure")
    for number, span in enumerate(lines):
        line = text[span.start : span.end].strip()
        found = _candidate(line) if number or len(lines) == 1 else None  # not the headline
        if found is not None:
            name, _, end, form = found
            if form == "dot":
                # counted, so that the other side's labels see a dialogue, but trusted only
                # by the alternation test below
                dotted.append(name)
                counts[name] += 1
                continue
            if form == "caps":
                capitals.append((number, name))
                continue
            if form == "initials":
                initialled[name] += 1
                continue
            counts[name] += 1
            undotted.add(name)
            if form == "paren":
                always.add(name)
            elif form == "bold":
                strong[name] += 1
            if not line[end:].strip():
                label_only.add(name)
                label_only_lines += 1
        for match in _INLINE.finditer(line):
            name = match.group("name").strip()
            if _valid_plain(name) and _valid_role(name, match.group("role")):
                counts[name] += 1
    for name in [n for n, k in counts.items() if k == 1]:
        if _named_elsewhere(text, name):
            counts[name] += 1
    group = _groups(counts)
    totals: Counter[str] = Counter()
    for name, n in counts.items():
        totals[group[name]] += n
    recurring = {g for g, n in totals.items() if n >= 2}
    accepted = {g for g in recurring if len(recurring) >= 2 or totals[g] >= 3}
    accepted |= {group[n] for n, k in strong.items() if k >= 2}
    roles = {role_hint(n) for n in counts}
    if {"question", "answer"} <= roles:
        # "Frage:" and "Antwort:" name their sides: one exchange is already a convention
        accepted |= {group[n] for n in counts if role_hint(n) is not None}
    if label_only_lines >= 2:
        # labels standing alone on their lines are a transcript's turns, even a one-off guest
        accepted |= {group[n] for n in label_only}
    names = {n for n in counts if group[n] in accepted} | always
    dotted_convention = _dotted_convention(dotted)
    only_dotted = set(dotted) - undotted
    names = (names - only_dotted) | dotted_convention | _capitals_convention(capitals)
    names |= _initials_convention(initialled, text)
    return LabelSet(frozenset(names))


def _dotted_convention(dotted: Sequence[str]) -> set[str]:
    """The role letters and words set off by a period ("D." / "R.", "Pregunta." /
    "Respuesta.") that this document uses as its turns. "R. Kelly said" or "P. Diddy" may open
    a sentence too, so initials are trusted only when a question mark is followed by an answer
    mark at least twice: the alternation of an interview. A question word, or "Q." answered by
    "A.", which are no one's initials, need one such exchange."""
    exchanges = [
        (ask, reply)
        for ask, reply in itertools.pairwise(dotted)
        if role_hint(ask) == "question" and role_hint(reply) == "answer"
    ]
    # ("Q." then "R." may be an outline's letters, "P. Q. R."; "Q." then "A." is not)
    unmistakable = any(len(ask) > 1 or (ask, reply) == ("Q", "A") for ask, reply in exchanges)
    names = {name for pair in exchanges for name in pair}
    if len(exchanges) < 2 and not unmistakable:
        names = set()
    if dotted.count("Q") >= 2:
        names.add("Q")  # "Q." asking again and again, answered under the guest's name
    return names


def _capitals_convention(capitals: Sequence[tuple[int, str]]) -> set[str]:
    """Names in capitals alone on their lines ("ANDREA KOVAC") that head a transcript's
    turns: two speakers or more who recur and take turns (the speaker changes three times or
    more). A name that heads a turn once is trusted only after the transcript began, so a
    byline in capitals above it stays a byline. A single word in capitals is a name only when
    it is a role word ("PREGUNTA"): "PUBLICIDAD" recurs in copied pages too."""
    capitals = [
        (number, name)
        for number, name in capitals
        if len(name.split()) >= 2 or role_hint(name) is not None
    ]
    count = Counter(name for _, name in capitals)
    recurring = {name for name, n in count.items() if n >= 2}
    changes = sum(1 for (_, a), (_, b) in itertools.pairwise(capitals) if a != b)
    if len(recurring) < 2 or changes < 3:
        return set()
    begin = min(number for number, name in capitals if name in recurring)
    return {name for number, name in capitals if name in recurring or number > begin}


def _initials_convention(initialled: Counter[str], text: str) -> set[str]:
    """Initials opening lines without a colon ("AD Sure, ...") that stand for a speaker: they
    open two lines or more and spell the initials of a person the text names in full ("Ayla
    Duran" in the intro). "US officials ..." or "EU leaders ..." spell nobody named."""
    recurring = {name for name, n in initialled.items() if n >= 2}
    if not recurring:
        return set()
    people = {initials_of(name) for name in find_names(text) if is_person_name(name)}
    return recurring & people


def is_label_only(line: str, labels: LabelSet) -> bool:
    """A line that holds nothing but a trusted label ("AMY GOODMAN:")."""
    found = labels.match_line_start(line.strip())
    return found is not None and not line.strip()[found[2] :].strip()


def split_inline(raw: str, offset: int, labels: LabelSet) -> Iterator[tuple[str, tuple[int, int]]]:
    """Cut a paragraph before every trusted label that follows a sentence end inside it."""
    cuts = [0]
    if labels.names:
        for match in _INLINE.finditer(raw):
            name = match.group("name").strip()
            if name in labels.names and _valid_role(name, match.group("role")):
                cut = match.start("name")
                # a timestamp before the label opens the turn ("... start? [00:02:15] DANA:")
                stamp = _TRAILING_TIMESTAMP.search(raw, max(0, cut - 16), cut)
                if stamp is not None:
                    cut = stamp.start()
                if cut > cuts[-1]:
                    cuts.append(cut)
    cuts.append(len(raw))
    for a, b in itertools.pairwise(cuts):
        if raw[a:b].strip():
            yield raw[a:b], (offset + a, offset + b)


def role_hint(label: str) -> str | None:
    """ "question"/"answer" when the label word says which side it is ("Frage", "A")."""
    word = label.strip().lower().rstrip(".")
    if word in QUESTION_WORDS:
        return "question"
    if word in ANSWER_WORDS:
        return "answer"
    return None


def label_groups(labels: Sequence[str]) -> dict[str, str]:
    """Group labels that name the same speaker (full name, surname, initials)."""
    counts: Counter[str] = Counter(labels)
    return _groups(counts)
