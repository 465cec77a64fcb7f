"""People's names: find them in running text and map short speaker labels back to them.

Interviews introduce a person once in full ("Kärntens Landeshauptmann Peter Kaiser") and then
label turns with a short form ("Kaiser:", "NG:", "Mr Malone:", "PAULO SERGIO:"). A
:class:`NameIndex` collects the full names a document mentions so a label can be resolved back
to the name it stands for. A label that resolves to no one and does not look like a name is not
a person: it is usually the publication ("STANDARD:", "The Economist:", "EBONY:", "WN:").

Names are recognised by shape (two to four capitalised words, with particles such as "von",
"de", "van" allowed inside), which works across the Latin-script languages of the corpus
without a tagger. Words that mark organisations or places ("University", "Zeitung", "Blog")
keep a run of capitalised words from counting as a person.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable
from functools import lru_cache

import attrs

from .. import lexicon
from ..boilerplate.phrases import phrase_kind

__all__ = [
    "GENERIC_LABELS",
    "HONORIFICS",
    "PARTICLES",
    "NameIndex",
    "clean_label",
    "find_names",
    "initials_of",
    "is_label_phrase",
    "is_person_name",
    "label_role",
    "looks_like_publication",
    "resolve_label",
    "speaker_name",
    "title_case",
]

# Labels that name a role, not a person: the question and answer markers of several languages.
GENERIC_LABELS = (
    lexicon.words("question_labels") | lexicon.words("answer_labels") | lexicon.words("role_labels")
)

PARTICLES = lexicon.words("name_particles")

HONORIFICS = lexicon.words("honorifics")

_ROLE_SUFFIXES = tuple(sorted(lexicon.words("title_endings")))
_COMPOUND_MIN = 8

# Capitalised words that start sentences or headlines and are never part of a name.
_NOT_NAME_WORDS = lexicon.words("not_name_words")

# Words that mark a run of capitalised words as an organisation, a publication or a place.
_ORG_WORDS = (
    lexicon.words("organisation_words")
    # the days and months of the languages whose pages name events after them
    | {days[0] for days in (*lexicon.get("en").weekdays, *lexicon.get("de").weekdays)}
    | {months[0] for months in (*lexicon.get("en").months, *lexicon.get("de").months)}
)

# Job titles and roles that often stand right before a name ("President Nursultan Nazarbayev",
# "biologist Natasha Gownaris"); they are cut off the front of a name.
_ROLE_WORDS = lexicon.words("job_titles")

_TOKEN = re.compile(r"[^\s,;:!?()\[\]{}«»\"“”„‹›/|*_#<>=+]+|[,;:!?()\[\]{}«»\"“”„‹›/|*#<>=+]")
# What _TOKEN cuts at: punctuation becomes a token of its own, spaces and "_" are dropped.
_PUNCTUATION = frozenset(',;:!?()[]{}«»"“”„‹›/|*#<>=+')
_SEPARATORS = _PUNCTUATION | {"_"}
# What ``\s`` matches (str.isspace), spelled out: a class of plain characters is one bitmap
# lookup per character for the regex engine, a category one Unicode lookup more.
_WHITESPACE = r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_CUT = rf"{_WHITESPACE},;:!?()\[\]{{}}«»\"“”„‹›/|*_#<>=+"  # what _TOKEN never puts in a word
# A token that may open or continue a run: anything but a common lower-case letter first (a
# wide net: digits and letters of caseless scripts pass too), or the elided "d’".
_RUN_WORD = rf"(?:[^{_CUT}a-zß-öø-ÿа-яёα-ω]|d['’])"
# Two neighbouring tokens that could start a name of two words or more: a run word, then a
# run word or a particle ("Ingrid van ..."), whatever ending _plain_word would trim after it.


def _by_first_letter(words: Iterable[str]) -> str:
    """An alternation of ``words`` grouped by first letter: "d(?:ella|el|e|...)|v(?:an|on)|...".

    The regex engine tries every alternative of a flat alternation in turn, and case-blind
    ones slowly; grouped, a word whose first letter opens no particle ("the", "president")
    fails after one test per group. The words match the same either way: the pattern that uses
    them must run on to the end of the token, so which alternative wins does not matter.
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_PARTICLE_ALTERNATIVES = _by_first_letter(PARTICLES)
# The pattern opens with a plain character class (a run word's first letter, "d" included),
# and only then looks back for the token start and on for the "’" after a "d": the regex
# engine skips ahead on that class in C instead of trying a lookbehind at every position.
# Groups: "first", the whole first token; "next", the start of the second.
_NAME_PAIR = re.compile(
    rf"(?P<first>[^{_CUT}a-ce-zß-öø-ÿа-яёα-ω](?<![^{_CUT}].)(?:(?<=d)['’]|(?<!d))[^{_CUT}]*)"
    rf"[{_WHITESPACE}_]+(?P<next>{_RUN_WORD}|(?i:{_PARTICLE_ALTERNATIVES})['’s.…]*(?![^{_CUT}]))"
)
_TRAILING = re.compile(r"(?:['’]s|['’])?[.…]*$")
_WORDISH = re.compile(r"^[^\W\d_][^\W\d_'’.\-]*(?:[-'’][^\W\d_][^\W\d_'’.\-]*)*\.?$")
_INITIAL = re.compile(r"^[^\W\d_]\.$")
_LABEL_WRAPPERS = re.compile(r"^[\s(\[*_\"“„'»«<>]+|[\s)\]*_\"”“'»«<>:.\-–—]+$")
_DOMAIN = re.compile(r"\.[a-z]{2,4}\b")
_LONG_WORD = 13


def title_case(text: str) -> str:
    """ "PAULO SERGIO" → "Paulo Sergio", keeping particles lower case and hyphen parts capped."""
    words = []
    for i, word in enumerate(text.split()):
        lower = word.lower()
        if i and lower in PARTICLES:
            words.append(lower)
            continue
        words.append("-".join(part[:1].upper() + part[1:] for part in lower.split("-")))
    return " ".join(words)


@lru_cache(maxsize=8192)
def _is_name_word(word: str) -> bool:
    """A capitalised word that could be part of a person's name ("Kurtzer", "d’Alché-Buc").

    Cached: the same capitalised words recur all through a page (and across pages), and this
    test ran once per capitalised token, the hottest spot of metadata reading."""
    # Most words of running text are lower case: turn them away before any regex runs (only
    # the "d’" prefix lets a name start with a lower-case letter).
    if not word or not (word[0].isupper() or word[0] == "d"):
        return False
    if _INITIAL.match(word):
        return word[0].isupper()
    core = word
    if word[0] in "dO":  # only these can open an elided prefix
        for prefix in ("d’", "d'", "O’", "O'"):
            if core.startswith(prefix) and len(core) > len(prefix):
                core = core[len(prefix) :]
    if not _WORDISH.match(core) or not core[0].isupper():
        return False
    if core[1:2] in ("’", "'") and core[2:3].islower():
        return False  # an elided article or pronoun before a noun: "L’architecte", "I’m"
    letters = [c for c in core if c.isalpha()]
    if len(letters) < 2:
        return False
    if all(c.isupper() for c in letters):
        return False
    lower = core.lower().rstrip(".")
    if lower in _NOT_NAME_WORDS or lower in _ROLE_WORDS or lower in HONORIFICS:
        return False
    # German compounds that end in a job title: "Projektchef", "Parteivorsitzende"
    return not (len(lower) >= _COMPOUND_MIN and lower.endswith(_ROLE_SUFFIXES))


@lru_cache(maxsize=4096)
def is_person_name(name: str) -> bool:
    """Does ``name`` have the shape of a person's full or short name (1-5 words, no org words)?

    Cached (a pure test of a short string): candidates and labels are tested again and again."""
    words = name.split()
    if not 1 <= len(words) <= 5:
        return False
    if any(part in _ORG_WORDS for w in words for part in w.lower().strip(".").split("-")):
        return False
    if _DOMAIN.search(name):
        return False
    if words[0].lower() in PARTICLES or words[-1].lower() in PARTICLES:
        return False
    return all(_is_name_word(w) or (i and w.lower() in PARTICLES) for i, w in enumerate(words))


# Particles that are also plain articles ("Zeit der Datennutzung", "Alimentación y la
# Agricultura"): inside a name only after another particle ("van der", "de la").
_ARTICLE_PARTICLES = frozenset(lexicon.rule_phrases("cue.article-particle"))


_ARTICLES = lexicon.words("articles")


def _particle_fits(run: list[str], word: str) -> bool:
    lower = word.lower()
    if not run or lower not in PARTICLES:
        return False
    return lower not in _ARTICLE_PARTICLES or run[-1].lower() in PARTICLES


@lru_cache(maxsize=8192)
def _plain_word(raw: str) -> tuple[str, bool, bool]:
    """A token without its possessive ending or sentence-ending dots, and which it had.

    Cached: capitalised tokens recur (a guest's name dozens of times in one interview)."""
    possessive = raw.endswith(("’s", "'s", "’", "'")) and len(raw) > 2
    word = _TRAILING.sub("", raw) if possessive else raw
    ends_sentence = word.endswith(".") and not _INITIAL.match(word)
    if ends_sentence:
        word = word.rstrip(".")
    return word, possessive, ends_sentence


@lru_cache(maxsize=8192)
def _has_org_part(word: str) -> bool:
    """A word (or a hyphenated part of it) that marks an organisation or place ("Times")."""
    return any(part in _ORG_WORDS for part in word.lower().strip(".").split("-"))


def find_names(text: str, *, min_words: int = 2, max_words: int = 4) -> list[str]:
    """Runs of capitalised words in ``text`` that have the shape of a person's name.

    Possessive endings are removed ("Bottoms’" → "Bottoms"); a run stops at punctuation, at a
    lower-case word other than a particle, and at a possessive.

    A name of two words or more starts with two neighbouring tokens that could open and
    continue a run (``_NAME_PAIR``): the scan jumps from one such pair to the next instead of
    walking every token of the text in Python (most words of running text are lower case).
    """
    names: list[str] = []
    if min_words < 2:
        _scan_runs(text, 0, "", None, names, min_words, max_words)
        return names
    pos = 0
    while (pair := _NAME_PAIR.search(text, pos)) is not None:
        if not _opens_run(pair["first"]):
            # "Basecamp. We", "And I": the walk would close (or never open) a run at the first
            # token and carry nothing on to the second, so go on from the second one instead
            pos = pair.start("next")
            continue
        start = pair.start()
        previous = _token_before(text, start)
        pos = _scan_runs(text, start, previous, pair.end(), names, min_words, max_words)
    return names


@lru_cache(maxsize=8192)
def _opens_run(raw: str) -> bool:
    """Does the token ``raw`` open a run that the next token can continue, as ``_scan_runs``
    reads it with no run open: a name word, not an organisation word, and not ending in a
    possessive or a full stop (which close the run at once, too short to be a name)?

    Cached: the same sentence openers ("The", "And", "I") and names recur all through a page."""
    first = raw[:1]
    if not (first.isupper() or (first == "d" and raw[1:2] in ("’", "'"))):
        return False
    word, possessive, ends_sentence = _plain_word(raw)
    first = word[:1]
    if not (first.isupper() or first == "d") or possessive or ends_sentence:
        return False
    return _is_name_word(word) and not _has_org_part(word)


def _token_before(text: str, start: int) -> str:
    """The token (as ``_TOKEN`` cuts ``text``) that ends before the token at ``start``."""
    end = start
    while end and (text[end - 1].isspace() or text[end - 1] == "_"):
        end -= 1
    if not end:
        return ""
    if text[end - 1] in _PUNCTUATION:
        return text[end - 1]
    begin = end - 1
    while begin and not (text[begin - 1].isspace() or text[begin - 1] in _SEPARATORS):
        begin -= 1
    return text[begin:end]


def _scan_runs(
    text: str,
    start: int,
    previous: str,
    stop: int | None,
    names: list[str],
    min_words: int,
    max_words: int,
) -> int:
    """Walk the tokens of ``text`` from ``start`` (a token start; ``previous`` the token before
    it), adding the names found to ``names``; return where the walk stopped: the first token at
    or after ``stop`` met outside a run, or the end of the text (``stop`` None: walk it all)."""
    run: list[str] = []
    after_article = False  # the run follows "der", "the", "le": its first word is a noun
    # previous: the token before, raw: only read (through _plain_word) when a run starts
    for token in _TOKEN.finditer(text, start):
        raw = token.group()
        if not run:
            if stop is not None and token.start() >= stop:
                return token.start()
            # Outside a run, a word that cannot be a name word (lower case, not "d’…") cannot
            # start one either (particles only continue a run): the common case, kept cheap.
            # Trimming only shortens a token from its end, so its first letter decides; a
            # lower-case "d" opens a name only as the elided "d’" ("die", "do" are common).
            first = raw[:1]
            if not (first.isupper() or (first == "d" and raw[1:2] in ("’", "'"))):
                previous = raw
                continue
            word, possessive, ends_sentence = _plain_word(raw)
            first = word[:1]
            if not (first.isupper() or first == "d"):
                previous = raw
                continue
            after_article = _plain_word(previous)[0].lower() in _ARTICLES
        else:
            word, possessive, ends_sentence = _plain_word(raw)
        previous = raw
        if word and (_is_name_word(word) or _particle_fits(run, word)):
            if _has_org_part(word):
                run.clear()  # an organisation's name ends the run, itself included
                continue
            run.append(word)
            if possessive or ends_sentence:
                _close_run(run, after_article, names, min_words, max_words)
        elif run:  # (with no run open there is nothing to close)
            if word.lower().strip(".") in _ROLE_WORDS:
                run.clear()  # "Cultivation Artist Alexandria ...": the run was a description
            _close_run(run, after_article, names, min_words, max_words)
    _close_run(run, after_article, names, min_words, max_words)
    return len(text)


def _close_run(
    run: list[str], after_article: bool, names: list[str], min_words: int, max_words: int
) -> None:
    """End the run of capitalised words ``run`` (emptied), adding it to ``names`` if it is a
    person's name once trailing particles and descriptive words in front are dropped."""
    if not run:
        return
    while run and run[-1].lower() in PARTICLES:
        run.pop()
    # a long capitalised compound in front is a German job title ("Depressionsforscher")
    while len(run) > 2 and len(run[0]) >= _LONG_WORD:
        run.pop(0)
    if after_article and len(run) > 2:
        run.pop(0)
    if min_words <= len(run) <= max_words:
        candidate = " ".join(run)
        if is_person_name(candidate):
            names.append(candidate)
    run.clear()


def clean_label(label: str) -> str:
    """Strip the wrapping a speaker label came with: "((Gregory Kurtzer))", "**Q:**", "Kaiser:"."""
    text = label
    previous = None
    while previous != text:
        previous = text
        text = _LABEL_WRAPPERS.sub("", text)
    return " ".join(text.split())


def _strip_honorific(label: str) -> tuple[str, bool]:
    words = label.split()
    stripped = False
    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
        stripped = True
    return " ".join(words), stripped


_DEFINITE_ARTICLES = lexicon.words("definite_articles")


def looks_like_publication(label: str) -> bool:
    """A label that names a publication rather than a person ("The Economist", "fluter.de")."""
    text = clean_label(label)
    if not text:
        return False
    words = text.split()
    if words[0].lower() in _DEFINITE_ARTICLES:
        return True
    if _DOMAIN.search(text.lower()):
        return True
    return any(w.lower().strip(".") in _ORG_WORDS for w in words)


@attrs.frozen(eq=False)
class NameIndex:
    """The full names a document mentions, with how often, plus initials it defines.

    ``defined`` holds explicit definitions such as "Carlos Peña (CP)"; ``common`` the words the
    document also writes in lower case (so "Example:" is not taken for a person's name).

    :meth:`build` defers the search for names (the costliest step of reading the metadata)
    until ``counts`` or ``defined`` is first read: most pages that are no interview never ask
    who their text names.
    """

    _counts: tuple[tuple[str, int], ...] = ()
    _defined: tuple[tuple[str, str], ...] = ()
    common: Container[str] = frozenset()
    # (the texts joined as one, the texts, the labels) still to be searched; None once done
    _pending: tuple[str, tuple[str, ...], tuple[str, ...]] | None = attrs.field(
        default=None, repr=False
    )
    # by_part's lookup, built when first asked: each run of a name's lower-cased words at its
    # start or end (shorter than the name) -> the place of the first name that has it
    _ends: dict[tuple[str, ...], int] | None = attrs.field(default=None, repr=False, init=False)

    @classmethod
    def build(cls, texts: Iterable[str], labels: Iterable[str] = ()) -> NameIndex:
        """Index the names in ``texts``, plus speaker labels that are full names themselves."""
        texts = tuple(texts)
        # One scan over all the texts, not one per paragraph: _TEXT_BREAK ends a run of
        # capitalised words just as the end of a text does.
        joined = _TEXT_BREAK.join(texts)
        return cls(common=LowerCaseWords((joined,)), pending=(joined, texts, tuple(labels)))

    def _settle(self) -> None:
        """Search the pending texts for names, once."""
        pending = self._pending
        if pending is None:
            return
        joined, texts, labels = pending
        common = self.common
        counter: Counter[str] = Counter()
        defined: dict[str, str] = {}
        counter.update(_trim_common(name, common) for name in find_names(joined))
        # _DEFINITION tries a match at every letter; only texts holding "(XY)" can match.
        for text in texts if "(" in joined and _ABBREVIATION.search(joined) else ():
            if "(" not in text or not _ABBREVIATION.search(text):
                continue
            for match in _DEFINITION.finditer(text):
                name = " ".join(match["name"].split())
                if is_person_name(name) and len(name.split()) >= 2:
                    defined.setdefault(match["abbr"], name)
        for label in labels:
            name = clean_label(label)
            if name.isupper():
                name = title_case(name)
            if len(name.split()) >= 2 and is_person_name(name):
                counter[name] += 1
        ordered = sorted(counter.items(), key=lambda item: -item[1])  # ties: first mention
        object.__setattr__(self, "_counts", tuple(ordered))
        object.__setattr__(self, "_defined", tuple(defined.items()))
        object.__setattr__(self, "_pending", None)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NameIndex):
            return NotImplemented
        return (self.counts, self.defined, self.common) == (
            other.counts,
            other.defined,
            other.common,
        )

    def __hash__(self) -> int:
        return hash((self.counts, self.defined))

    @property
    def counts(self) -> tuple[tuple[str, int], ...]:
        """(name, mentions), the most mentioned first (ties: the first mentioned first)."""
        self._settle()
        return self._counts

    @property
    def defined(self) -> tuple[tuple[str, str], ...]:
        """(initials, name) for each "Full Name (FN)" the document writes."""
        self._settle()
        return self._defined

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.counts)

    def count(self, name: str) -> int:
        for known, n in self.counts:
            if known == name:
                return n
        return 0

    def expand(self, name: str) -> str:
        """The fuller form of ``name`` the document also uses ("Florence d’Alché" → "Florence
        d’Alché-Buc", "Seager" → "Sara Seager"), else ``name`` itself.

        A name of several words only grows within its last word: "Tim Cook" does not become
        "Tim Cook Talks" because a headline ran a verb into it.
        """
        words = len(name.split())
        if words == 1:
            return self.by_part(name) or name
        for known, _ in self.counts:
            if len(known) > len(name) and known.startswith(name) and len(known.split()) == words:
                return known
        return name

    def by_initials(self, initials: str) -> str | None:
        """The one name whose words' initials spell ``initials`` ("NG" → "Natasha Gownaris")."""
        for abbr, name in self.defined:
            if abbr == initials:
                return name
        matches = [name for name, _ in self.counts if _initials(name) == initials.upper()]
        return matches[0] if matches else None

    def containing(self, part: str) -> str | None:
        """The most mentioned full name that holds ``part`` as a run of its words after the
        first one, whatever its capitals: "De Soto" → "Lina de Soto Vidal" (the first of a
        double surname, which a headline capitalises when no first name comes before it)."""
        wanted = part.lower().split()
        if not wanted:
            return None
        for name, _ in self.counts:
            words = name.lower().split()
            for start in range(1, len(words) - len(wanted) + 1):
                if words[start : start + len(wanted)] == wanted:
                    return name
        return None

    def _name_ends(self) -> dict[tuple[str, ...], int]:
        """Each run of lower-cased words that starts or ends a name and is shorter than it,
        with the place in ``counts`` of the first name that has it (built once: a page that
        labels many turns asks :meth:`by_part` for each, and may name hundreds of people)."""
        ends = self._ends
        if ends is None:
            ends = {}
            for place, (name, _) in enumerate(self.counts):
                words = tuple(name.lower().split())
                for size in range(1, len(words)):
                    ends.setdefault(words[:size], place)
                    ends.setdefault(words[-size:], place)
            object.__setattr__(self, "_ends", ends)
        return ends

    def by_part(self, part: str) -> str | None:
        """The most mentioned full name containing ``part`` as its last or first word(s)."""
        wanted = part.lower().split()
        if not wanted:
            return None
        best: str | None = None
        place = self._name_ends().get(tuple(wanted))
        if place is not None:
            best = self.counts[place][0]  # the first match is the most mentioned
        if best is None and len(wanted) == 1 and len(wanted[0]) >= 3:
            # a familiar short form of a first name: "Jeff" for "Jeffrey Hardy"
            for name, _ in self.counts:
                if name.lower().split()[0].startswith(wanted[0]):
                    return name
        return best


# Between two texts searched as one: a line of its own holding a punctuation token, which
# ends any run of capitalised words (as a text's end does) and joins no two words.
_TEXT_BREAK = "\n|\n"

_LOWER_WORD = re.compile(r"\b[^\W\d_A-Z][\w-]*")
_LOOKUPS = 32  # words looked up one by one before LowerCaseWords collects them all


class LowerCaseWords:
    """The words a document writes in lower case somewhere (common words, not names), as the
    matches of ``_LOWER_WORD`` that are all lower case.

    Only membership is ever asked, and only for a handful of words per document (the first
    word of a long name, a one-word label, a heading's words), so each word is looked up when
    asked instead of collecting every word of a long text up front: ``str.find`` jumps to the
    word's occurrences and only the run of word characters around each is matched.
    """

    __slots__ = ("_all", "_known", "_text")

    def __init__(self, texts: Iterable[str]) -> None:
        # "\n" is neither a word character nor "-": no run of _LOWER_WORD crosses two texts.
        self._text = "\n".join(texts)
        self._known: dict[str, bool] = {}  # this document's answers, one per word asked
        self._all: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if self._all is not None:
            return word in self._all
        known = self._known.get(word)
        if known is None:
            if len(self._known) >= _LOOKUPS:
                # asked about many words (an unusual page): collect them all once, as the
                # lookups would each scan the text again
                self._all = frozenset(
                    w for w in set(_LOWER_WORD.findall(self._text)) if w.islower()
                )
                return word in self._all
            known = self._known[word] = _written_lower(self._text, word)
        return known

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LowerCaseWords) and other._text == self._text

    def __hash__(self) -> int:
        return hash(self._text)


def _is_run_char(char: str) -> bool:
    r"""A character of ``[\w-]`` (``\w`` is what ``str.isalnum`` says, plus "_")."""
    return char.isalnum() or char in "_-"


def _written_lower(text: str, word: str) -> bool:
    r"""Is ``word`` one of the lower-case matches of ``_LOWER_WORD`` in ``text``?

    A match never crosses a character outside ``[\w-]`` and runs on to the end of its run of
    such characters, so a match equal to ``word`` ends where an occurrence of ``word`` ends a
    run; the matches of that one run (matched from its start, as a scan of the whole text
    reaches it) tell whether ``word`` is among them.
    """
    if not word.islower():
        return False
    size = len(word)
    at = text.find(word)
    while at >= 0:
        end = at + size
        if end == len(text) or not _is_run_char(text[end]):
            start = at
            while start and _is_run_char(text[start - 1]):
                start -= 1
            if word in _LOWER_WORD.findall(text, start, end):
                return True
        at = text.find(word, at + 1)
    return False


def _trim_common(name: str, common: Container[str]) -> str:
    """Drop a leading common word a sentence start capitalised ("Geologist Helen Okafor")."""
    if name.count(" ") < 2:  # most names: two words, one space (find_names joins with one)
        return name
    words = name.split()
    while len(words) > 2 and words[0].lower() in common:
        words = words[1:]
    return " ".join(words)


_ABBREVIATION = re.compile(r"\([A-ZÄÖÜ]{2,3}\)")
# Starts only at a word start and bounds each word: unbounded ``[^\s(),]*`` tried at every
# position of a long token made this quadratic (a 50,000-letter word took a minute).
_DEFINITION = re.compile(
    r"(?<!\w)(?P<name>[^\W\d_][^\s(),]{0,40}(?:\s{1,5}[^\W\d_][^\s(),]{0,40}){1,3})"
    r"\s{0,5}\((?P<abbr>[A-ZÄÖÜ]{2,3})\)"
)


def initials_of(name: str) -> str:
    """The initials a name is abbreviated to: "Ayla de Duran" → "AD" (particles are skipped)."""
    return "".join(w[0] for w in name.split() if w.lower() not in PARTICLES).upper()


_initials = initials_of


# Roles a transcript writes after the speaker's name ("KOFI ADU, HOST:"): these ask.
_ASKING_ROLES = lexicon.words("host_roles")
# ... and these answer ("MARA LIND, GUEST:"); any other role says nothing of the side.
_ANSWERING_ROLES = lexicon.words("guest_roles")
_ROLE_SUFFIX = re.compile(r",\s*(?P<role>[^,]{2,40})$")


def label_role(label: str) -> tuple[str, bool | None]:
    """A label without the role a transcript writes after the name, and the side that role
    says: "KOFI ADU, HOST" → ("KOFI ADU", True), "MARA LIND, GUEST" → (..., False),
    "MARA LIND, ECONOMIST" → (..., None). A label without a role comes back whole."""
    text = clean_label(label)
    match = _ROLE_SUFFIX.search(text)
    if match is None:
        return text, None
    name = text[: match.start()].strip()
    if not name or not is_person_name(title_case(name) if name.isupper() else name):
        return text, None
    role = match["role"].lower().split()
    first = role[0].rstrip(".:") if role else ""
    if first in _ASKING_ROLES:
        return name, True
    return name, False if first in _ANSWERING_ROLES else None


# "Read also" teasers of languages the boilerplate table does not cover: "Baca Juga: ..."
_READ_ALSO = frozenset(lexicon.rule_phrases("cue.read-also"))
_ALSO = frozenset(lexicon.rule_phrases("cue.read-also.also"))


def is_label_phrase(label: str) -> bool:
    """A label that is the publisher's own ("Read also:", "Photo:", "Lesen Sie auch:", "Baca
    Juga:"), never a person, whatever its capitals look like."""
    text = clean_label(label)
    if not text:
        return False
    words = text.lower().split()
    if len(words) == 2 and words[0] in _READ_ALSO and words[1] in _ALSO:
        return True
    return phrase_kind(f"{text}:") is not None


def resolve_label(label: str, index: NameIndex, *, answer_side: bool) -> str | None:
    """The person a speaker label stands for, as a full name where the document gives one.

    Returns ``None`` for generic role labels ("Q", "Frage") and for labels that are not people
    (a publication such as "STANDARD" or "The Economist"). ``answer_side`` relaxes the test for
    one-word labels: on the answering side "Asake:" is a person even when no full name is found,
    while on the asking side an unresolved single word is usually the publication ("Publico:").
    """
    text = label_role(label)[0]
    if not text or text.lower().rstrip(".") in GENERIC_LABELS or is_label_phrase(text):
        return None
    if looks_like_publication(text):
        return None
    text, had_honorific = _strip_honorific(text)
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    words = text.split()
    all_caps = all(c.isupper() for c in letters)
    if all_caps and len(words) == 1 and 2 <= len(text) <= 3:
        return index.by_initials(text)
    if all_caps:
        text = title_case(text)
        words = text.split()
    if not is_person_name(text):
        return None
    if len(words) >= 2:
        return index.expand(text)
    found = index.by_part(text)
    if found is not None:
        return found
    if had_honorific or (answer_side and not all_caps and text.lower() not in index.common):
        return text
    return None


_MIN_INITIALS = 2
_MAX_INITIALS = 3


def speaker_name(label: str, index: NameIndex) -> str | None:
    """The person a turn's label stands for, as the document names them in full: "Berger" →
    "Martina Berger", "E.Y." → "Emre Yıldız", "RUTH OKONJO-BERG" → the page's own spelling
    (else title case). A role label ("Q", "Antwort", "答") names nobody: ``None``. A label that
    is no person's name (a publication, "STANDARD") is kept as written."""
    text = label_role(label)[0]
    if not text or text.lower().rstrip(".:") in GENERIC_LABELS or is_label_phrase(text):
        return None
    name = resolve_label(label, index, answer_side=True)
    if name is None:
        letters = text.replace(".", "").replace(" ", "")
        dotted = "." in text and letters.isalpha() and letters.isupper()
        if dotted and _MIN_INITIALS <= len(letters) <= _MAX_INITIALS:
            name = index.by_initials(letters)  # "E.Y." for "Emre Yıldız"
    if name is None:
        return label
    lower = name.lower()
    return next((known for known in index.names if known.lower() == lower), name)
