"""Title, publisher, date, language, authors, interviewers and interviewees.

This stage reads what the reader and the segmenter already found: the page's own declarations
(:class:`~interviewparse.blocks.PageMeta`), the title block, front matter and datelines, the
speaker labels on each side of the conversation, and the phrasing of the intro and byline
("He answered the questions of EURACTIV's Senior Editor Georgi Gotev", "im Gespräch mit",
"Propos recueillis par"). People are reported as full names where the page gives them: a short
label ("Kaiser:", "NG:") is mapped back to the name introduced earlier (see :mod:`.people.names`).

The stage is split in three: :mod:`.people.speakers` cuts the segmented document into the
parts the rules read (front, credits, labels by side, name headings), :mod:`.people.candidates`
decides who asked and who answered, and this module reads the title, publisher, date, language and
authors and puts it all together. People are named only when the document holds questions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache

import attrs

from . import lexicon
from .blocks import BlockKind, Document, PageMeta
from .boilerplate import Verdict, masthead_publication
from .dates import find_date, normalise_date
from .language import guess_language, normalise_language
from .lexicon._shared import COMPANY_SUFFIXES
from .people import read_people
from .people.names import (
    GENERIC_LABELS,
    HONORIFICS,
    NameIndex,
    clean_label,
    find_names,
    is_person_name,
    looks_like_publication,
    resolve_label,
    speaker_name,
    title_case,
)
from .people.speakers import View, build_view, role_of
from .segment import Role, Segmentation

__all__ = ["Metadata", "read_metadata"]


@attrs.frozen
class Metadata:
    """What the metadata stage found; every field may be empty when the page does not say."""

    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    interviewers: tuple[str, ...] = ()
    interviewees: tuple[str, ...] = ()
    #: (label, speaker) for each speaker label of the turns: the person it names, in full, or
    #: ``None`` for a role label ("Q", "Antwort"); see
    #: :func:`~interviewparse.people.names.speaker_name`
    speakers: tuple[tuple[str, str | None], ...] = ()


_MAX_LABEL_WORDS = 4
_DOMAIN_LIKE = re.compile(r"\w\.[a-z]{2,4}$")
_MAX_NAME_WORDS = 4
_BYLINE_LENGTH = 100
_LONE_NAME_BLOCKS = 6
_MIN_PUBLICATION_LETTERS = 3


# -- title ------------------------------------------------------------------------------------

_FRONT_MATTER_FIELD = re.compile(
    r"(?:^|\s)(?P<key>title|date|published|publisher|publication|site_name|site|author|authors)"
    r"\s*:\s*"
    r"(?:\"(?P<quoted>[^\"]*)\"|'(?P<single>[^']*)'|(?P<bare>[^\n]*?))"
    r"(?=\s+[a-z_]{3,20}\s*:|\s*-{3}|\s*$|\n)"
)
_FENCE = re.compile(r"^\s*-{3}")
_FRONT_MATTER_BLOCKS = 20
_TEASER_LENGTH = 100
_SITE_WORDS = 5
_MARKDOWN_TITLE = re.compile(r"^#+\s*(?:title\s*:\s*)?", re.IGNORECASE)
_SUFFIX = re.compile(r"\s+(?P<sep>[|–—-]|::|·)\s+(?P<site>[^|–—]{1,60})$")


def _front_matter(doc: Document) -> dict[str, str]:
    """``title:``/``date:``/``author:`` fields of a YAML front matter block at the top.

    The reader may keep the front matter as one block or as one block per line; either way it
    opens with a ``---`` fence.
    """
    fields: dict[str, str] = {}
    if not doc.blocks or not _FENCE.match(doc.blocks[0].text):
        return fields
    for position, block in enumerate(doc.blocks[:_FRONT_MATTER_BLOCKS]):
        if position and block.text.strip() == "---":
            break
        for match in _FRONT_MATTER_FIELD.finditer(block.text):
            value = match["quoted"] or match["single"] or match["bare"] or ""
            value = " ".join(value.split())
            if value:
                fields.setdefault(match["key"].lower(), value)
    return fields


def _strip_site_suffix(title: str, site: str | None) -> str:
    """ "Title | Site" → "Title"; " - Site" and " – 13.06.2023" go only when they name the site
    or are a date, since a dash also joins the halves of many real headlines."""
    site_lower = (site or "").strip().lower().lstrip("@")
    while True:
        match = _SUFFIX.search(title)
        if match is None:
            return title
        tail = match["site"].strip().lower()
        names_site = bool(site_lower) and (tail in site_lower or site_lower in tail)
        is_date = find_date(tail) is not None and len(tail.split()) <= 4
        short_bar = match["sep"] in {"|", "::", "·"} and len(tail.split()) <= _SITE_WORDS
        if not (names_site or is_date or short_bar):
            return title
        title = title[: match.start()].strip()


_TITLE_WORD = re.compile(r"\w+")
_SHARED_TITLE_WORDS = 3


def _title_words(text: str | None) -> set[str]:
    return {w.lower() for w in _TITLE_WORD.findall(text or "")}


def _visible_headline(meta: PageMeta) -> str | None:
    """The page's ``<h1>`` when it is the article's headline as readers see it.

    The visible headline is what a reader quotes (og:title is often a shorter social variant),
    but many pages put the site's name or a section kicker in the first ``<h1>``. It is used only
    when it shares several words with og:title or ``<title>``, is not the site's own name, and
    is not og:title with a kicker glued in front ("Open ProgressWhy ...").
    """
    h1 = (meta.h1 or "").strip()
    if not h1:
        return None
    site = _title_words(meta.site_name)
    words = _title_words(h1)
    if site and words <= site:
        return None
    head = meta.head_title or ""
    suffix = _SUFFIX.search(head)
    if suffix is not None and _title_words(suffix["site"]) == words:
        return None
    og = (meta.og_title or "").strip()
    if og and h1 != og and h1.endswith(og):
        return None
    shared = max(len(words & _title_words(og)), len(words & _title_words(head)))
    return h1 if shared >= min(_SHARED_TITLE_WORDS, len(words)) else None


def _read_title(doc: Document, seg: Segmentation, front_matter: dict[str, str]) -> str | None:
    if front_matter.get("title"):
        return front_matter["title"]
    block_title = None
    for i, block in enumerate(doc.blocks):
        if block.kind is BlockKind.TITLE or role_of(seg, i) is Role.TITLE:
            block_title = _MARKDOWN_TITLE.sub("", block.text).strip() or None
            break
    page_title = _visible_headline(doc.meta) or doc.meta.title
    if doc.format == "html" and page_title:
        return _strip_site_suffix(page_title, doc.meta.site_name)
    if block_title and not (block_title.endswith(".") and len(block_title) > _TEASER_LENGTH):
        # a long sentence ending in a full stop is a teaser, not a headline
        return block_title
    return _strip_site_suffix(page_title, doc.meta.site_name) if page_title else None


# -- publisher --------------------------------------------------------------------------------


def _rule(rule: str) -> str:
    """The lexicon's phrases for ``rule`` in every language, English first, as one alternation."""
    return "|".join(lexicon.rule_phrases(rule, lexicon.ENGLISH_FIRST))


#: "the Courier's health editor": a staff role, its first letter in either case.
_STAFF = "|".join(
    f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in lexicon.rule_phrases("cue.possessive-staff")
)
_POSSESSIVE_STAFF = re.compile(
    r"(?P<pub>[A-Z][\w.!&-]*(?:\s[A-Z][\w.!&-]*){0,3})[’']s?\s+(?:[\w-]+\s+){0,2}"
    rf"(?:{_STAFF})"
)
_TOLD_PUBLICATION = re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.rule_phrases('cue.told-publication'))})"
    rf"\s+(?:(?:{lexicon.alternation(lexicon.rule_phrases('cue.told-publication.article'))})\s+)?"
    r"(?P<pub>[A-Z][\w!&-]*(?:\.\w+)*(?:\s[A-Z][\w!&-]*(?:\.\w+)*){0,2})"
)


# "told DER STANDARD", "tells the Swiss weekly DIE WELTWOCHE": a publication set in capitals
# within a few words of the verb.
_TOLD_CAPITALS = re.compile(
    rf"\b(?:{_rule('cue.told-capitals')})"
    r"\s+(?:[\w-]+\s+){0,3}?(?P<pub>[A-ZÄÖÜÉ]{2,}[A-ZÄÖÜÉ.!&-]*(?:\s[A-ZÄÖÜÉ]{2,}[A-ZÄÖÜÉ.!&-]*){0,2})"
    r"(?![\w])"
)


def _label_publishers(view: View, index: NameIndex) -> list[str]:
    """Question-side labels that are publications ("STANDARD:", "The Economist:"), most used
    first."""
    candidates = []
    for label in view.question_labels:
        text = clean_label(label)
        if not text or text.lower() in GENERIC_LABELS or len(text.split()) > _MAX_LABEL_WORDS:
            continue
        shaped = _DOMAIN_LIKE.search(text) or all(w[:1].isupper() for w in text.split())
        if shaped and resolve_label(label, index, answer_side=False) is None:
            # "MAYOR TOM BRIGGS": a person with the title before the name, no publication
            mixed = title_case(text) if text.isupper() else text
            names = find_names(mixed)
            if names and mixed.endswith(names[-1]) and not looks_like_publication(mixed):
                continue
            candidates.append(text)
    return candidates


def _is_abbreviation(text: str) -> bool:
    return text.isupper() and len(text) <= 3


def _phrase_publishers(view: View, index: NameIndex) -> list[str]:
    """Publications the intro names as the asker ("told X", "X's Senior Editor"), best first."""
    people = {w.lower() for name in index.names for w in name.split()}
    whole = view.leading_text
    counts: Counter[str] = Counter()
    for text in (*view.front, *view.side_notes):
        for match in _POSSESSIVE_STAFF.finditer(text):
            pub = match["pub"]
            if not any(w in people for w in pub.lower().split()):
                counts[pub] += 10
        for match in _TOLD_CAPITALS.finditer(text):
            pub = match["pub"].rstrip(".")
            if sum(c.isalpha() for c in pub) >= _MIN_PUBLICATION_LETTERS:
                counts[pub] += 5
        for match in _TOLD_PUBLICATION.finditer(text):
            pub = match["pub"].rstrip(".")
            words = pub.lower().split()
            if any(w in people or w.rstrip(".") in HONORIFICS for w in words):
                continue
            if pub.lower() in GENERIC_LABELS:
                continue
            if is_person_name(pub) and not looks_like_publication(pub) and len(pub.split()) > 1:
                continue
            mentions = whole.count(pub)
            if mentions >= 2 and len(pub) > 2:
                counts[pub] += mentions
    return [pub for pub, _ in counts.most_common()]


def _read_publisher(
    doc: Document,
    view: View,
    index: NameIndex,
    masthead: str | None = None,
    front_matter: dict[str, str] | None = None,
) -> str | None:
    """The site's declared name (or the front matter's); else the masthead line under a copied
    page's headline; else the publication that asks the questions, a byline's outlet, the
    holder of the page's copyright line, or the publication that is told things.

    An abbreviated label ("WN:") gives way to a spelled-out name with the same initial found in
    the phrasing ("told Wikinews"); a label in capitals ("RUNDBLICK:") is written as the page
    writes the name elsewhere ("Nordblick"), if it does.
    """
    if doc.meta.site_name and doc.meta.site_name.strip("@ "):
        return doc.meta.site_name.strip().lstrip("@")
    for key in ("publisher", "publication", "site_name", "site"):
        if (front_matter or {}).get(key):
            return (front_matter or {})[key]
    named_lines = _name_outlet_lines(view)
    if masthead:
        # "Ada Weiss - Harbour Courier" under the headline: the outlet, not the writer
        return next((outlet for outlet in named_lines[1] if outlet in masthead), masthead)
    labels = _label_publishers(view, index)
    spelled = [label for label in labels if not _is_abbreviation(label)]
    if spelled:
        return _page_spelling(spelled[0], view)
    outlets = _byline_parts((*_declared_bylines(doc), *view.front))[1]
    outlets += named_lines[1]
    if outlets:
        return outlets[0]
    holder = _copyright_holder(doc, view)
    if holder:
        return holder
    phrased = _phrase_publishers(view, index) if view.has_questions else []
    if labels:
        initial = labels[0][0].upper()
        spelled_out = [pub for pub in phrased if pub.upper().startswith(initial)]
        return spelled_out[0] if spelled_out else labels[0]
    if phrased:
        return phrased[0]
    return _broadcast_name(view, index) if view.has_questions else None


def _page_spelling(name: str, view: View) -> str:
    """A name in capitals ("RUNDBLICK", "EDICIONES EL MIRADOR") as the page writes it in mixed
    case elsewhere ("Nordblick", or its tail "El Faro"); else as written ("ZEIT ONLINE",
    an acronym perhaps)."""
    if not name.isupper():
        return name
    words = title_case(name).split()
    text = "\n".join(view.body)
    for start in range(len(words)):
        tail = " ".join(words[start:])
        for found in re.finditer(rf"(?<!\w){re.escape(tail)}(?!\w)", text, re.IGNORECASE):
            if found.group()[:1].isupper() and not found.group().isupper():
                return found.group()
    return name


# "© 2026 Harbour Courier Ltd. All rights reserved.", "Copyright © Ada Press 2026"
_COPYRIGHT = re.compile(r"^\s*(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?P<rest>.{2,100})$", re.I)
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\b")
_HOLDER_END = re.compile(rf"[.,|·]\s|\.$|\s(?i:{_rule('cue.rights-reserved')})")
_COMPANY_SUFFIX = re.compile(rf"\s+(?:{'|'.join(COMPANY_SUFFIXES)})\.?$")
_COPYRIGHT_BLOCKS = 40
_PLACEHOLDER_HOLDERS = frozenset(lexicon.rule_phrases("cue.placeholder-holder"))
_COPYRIGHT_WORDS = 6


def _copyright_holder(doc: Document, view: View) -> str | None:
    """The holder a page's own copyright line names, near its end: "© 2026 Harbour Courier
    Ltd." → "Harbour Courier". A line that only credits a person ("© Ada Weiss", a photo) is
    not read: a name of a person's shape needs the year or the rights phrase beside it."""
    for block in reversed(doc.blocks[-_COPYRIGHT_BLOCKS:]):
        for line in reversed(block.text.splitlines()):
            match = _COPYRIGHT.match(line)
            if match is None:
                continue
            rest = match["rest"]
            dated = _YEARS.search(rest) is not None
            holder = _HOLDER_END.split(_YEARS.sub(" ", rest), maxsplit=1)[0]
            holder = _COMPANY_SUFFIX.sub("", " ".join(holder.split()).strip(" .,©"))
            words = holder.split()
            if not words or len(words) > _COPYRIGHT_WORDS or not any(c.isalpha() for c in holder):
                continue
            if holder.lower().removeprefix("the ") in _PLACEHOLDER_HOLDERS:
                continue  # a template's "© 2024 The Publisher"
            reserved = _HOLDER_END.search(rest) is not None
            if (
                is_person_name(holder)
                and not looks_like_publication(holder)
                and not (dated or reserved)
            ):
                continue
            return _page_spelling(holder, view)
    return None


# "This is Democracy Now!", "Welcome to the Harbour Hour podcast": a show names itself.
# It opens with a plain class of first letters, and only then looks back for the word start
# (the "\b" before them): the regex engine skips ahead on that class in C over a long text
# instead of trying a word boundary at every position.
_SIGN_ON_PHRASES = lexicon.rule_phrases("cue.sign-on")
_SIGN_ON = re.compile(
    "["
    + "".join(dict.fromkeys(p[0].upper() + p[0] for p in _SIGN_ON_PHRASES))
    + "](?<!\\w.)(?:"
    + "|".join(f"(?<=[{p[0].upper()}{p[0]}]){p[1:]}" for p in _SIGN_ON_PHRASES)
    + rf")\s+(?:(?:{_rule('cue.sign-on.article')})\s+)?"
    rf"(?P<name>[A-Z][\w’'&-]*(?:\s+(?:[A-Z0-9][\w’'&-]*|{_rule('cue.sign-on.name-words')})){{0,9}})"
    r"(?P<bang>!)?"
)
_SHOW_WORDS = frozenset(lexicon.rule_phrases("cue.sign-on.show-words"))


def _broadcast_name(view: View, index: NameIndex) -> str | None:
    """The programme a transcript's host names: with "!" or a word such as "Podcast" or "Show",
    so that "This is Jon Hartley" stays a greeting."""
    for match in _SIGN_ON.finditer(view.leading_text):
        name = match["name"].rstrip()
        if match["bang"]:
            return name + "!"
        words = {w.lower() for w in name.split()}
        if words & _SHOW_WORDS and not index.by_part(name.split()[-1]):
            return name
    return None


# -- dates and authors ------------------------------------------------------------------------

# "By X", "Von X", "Av X", "Written by X": the lexicon's byline words of every language.
_BYLINE = re.compile(
    r"^(?:" + "|".join(lexicon.phrases("byline_phrases")) + r")"
    r"\s+(?P<names>[^\n|]{3,80}?)\s*(?:[|,]\s*\d.*)?$",
    re.IGNORECASE,
)
# "Ada Weiss - Harbour Courier": a byline line under the headline, the writer then the outlet.
_NAME_THEN_OUTLET = re.compile(r"^(?P<name>[^|–—-]{5,50}?)\s+[|–—-]\s+(?P<outlet>[^|–—-]{3,50})$")
# Job titles a byline writes after the name: "By Ada Weiss, Health Correspondent".
_BYLINE_ROLES = lexicon.words("journalist_titles")


# parts are stripped after the split: a pattern that opens with "\s*" is quadratic on spaces
@cache
def _name_list_split(langs: tuple[str, ...] | None) -> re.Pattern[str]:
    """Splits a list of names, in the document's languages ("Ada Weiss und Tom Reed")."""
    return re.compile(rf",|&|\b(?:{lexicon.alternation(lexicon.filled('and_words', langs))})\b")


def _byline_parts(texts: Iterable[str]) -> tuple[list[str], list[str]]:
    """(people, publications) named by short "By X and Y, Courier" / "Von X" lines."""
    people: list[str] = []
    outlets: list[str] = []
    for text in texts:
        if len(text) > _BYLINE_LENGTH:
            continue
        match = _BYLINE.match(text.strip())
        if match is None:
            continue
        for part in _name_list_split(lexicon.document_languages()).split(match["names"]):
            part = part.strip()
            if any(w.lower().strip(".") in _BYLINE_ROLES for w in part.split()):
                continue  # "Health Correspondent", "Senior Editor": the writer's job
            if part and is_person_name(part) and len(part.split()) >= 2:
                people.append(part)
            elif people and part and all(w[:1].isupper() for w in part.split()):
                outlets.append(part)  # "By Lena Marsh, Riverside Courier"
    return people, outlets


def _name_outlet_lines(view: View) -> tuple[list[str], list[str]]:
    """(people, outlets) of "Ada Weiss - Harbour Courier" lines under the headline: a full
    name, a dash or bar, and a capitalised outlet that looks like no person or that the page
    names again ("... Harbour Courier spoke to her")."""
    people: list[str] = []
    outlets: list[str] = []
    for text in view.front[1:_LONE_NAME_BLOCKS]:
        match = _NAME_THEN_OUTLET.match(text.strip())
        if match is None:
            continue
        name, outlet = match["name"].strip(), match["outlet"].strip()
        if not _is_full_name(name) or not all(w[:1].isupper() for w in outlet.split()):
            continue
        if ":" in outlet or _BYLINE.match(outlet):
            continue  # "Courier | Interview: Ada Weiss", "Courier – Von Ada Weiss": a masthead
        named_again = view.leading_text.count(outlet) > 1
        if is_person_name(outlet) and not looks_like_publication(outlet) and not named_again:
            continue
        people.append(name)
        outlets.append(outlet)
    return people, outlets


def _declared_bylines(doc: Document) -> tuple[str, ...]:
    """The reader's byline, with "By" put in front when the page left it out ("Jane Doe")."""
    byline = " ".join((doc.meta.byline or "").split())
    if not byline:
        return ()
    return (byline if _BYLINE.match(byline) else f"By {byline}",)


def _byline_authors(texts: Iterable[str]) -> list[str]:
    return _byline_parts(texts)[0]


_SLUG_NAME = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)+$")


def _author_name(author: str) -> str:
    """ "Graciela-Cuevas" (a slug some sites put in author fields) → "Graciela Cuevas"."""
    author = " ".join(author.split())
    if _SLUG_NAME.match(author) and all(part[:1].isupper() for part in author.split("-")):
        return author.replace("-", " ")
    return author


def _is_full_name(text: str) -> bool:
    return is_person_name(text) and 2 <= len(text.split()) <= _MAX_NAME_WORDS


def _recurs(line: str, texts: Sequence[str]) -> bool:
    """Does ``line`` open another of ``texts``? A masthead line under the headline ("Harbour
    Notes") comes back in the site's own notes ("Harbour Notes may earn a commission ..."),
    where a byline's name does not."""
    return any(t != line and t.startswith(line + " ") for t in texts)


_MAX_CAPITALS_WORDS = 3


def _capitals_name(line: str, view: View) -> str:
    """ "LUCAS OTERO" on a line of its own → "Lucas Otero", when the document writes
    none of its words in lower case (a capitals kicker "MEDIO AMBIENTE" is common words)."""
    words = line.split()
    if not (2 <= len(words) <= _MAX_CAPITALS_WORDS and line.isupper()):
        return line
    if any(w.lower() in view.index.common for w in words):
        return line
    return title_case(line)


def _read_authors(
    doc: Document, view: View, front_matter: dict[str, str], masthead: str | None = None
) -> tuple[str, ...]:
    """People who wrote the piece: declared authors, bylines ("By X and Y", "Von X"), front
    matter, or a paragraph before the interview that is nothing but a name (unless it is the
    masthead line, which names the publication).

    Declared authors that are not people ("Weltwoche", "Condé Nast") give way to a byline
    that names people, and are kept only when nothing better is found.
    """
    declared = tuple(_author_name(a) for a in doc.meta.authors if a.strip())
    people = tuple(a for a in declared if _is_full_name(a))
    if people:
        return people
    found = _byline_authors((*_declared_bylines(doc), *view.front))
    if not found and _is_full_name(front_matter.get("author", "")):
        found = [front_matter["author"]]
    if not found:
        found = _name_outlet_lines(view)[0]
    if not found:
        # "Uriel Gadessaud" on a line of its own under the headline
        lone = [_capitals_name(text.strip(), view) for text in view.front[1:_LONE_NAME_BLOCKS]]
        found = [
            t
            for t in lone
            if _is_full_name(t)
            and t not in view.name_headings
            and t != masthead
            and not _recurs(t, lone)
        ][:1]
    return tuple(dict.fromkeys(found)) or declared


# "BERLIN, 4 May 2022 (dpa) –": a city in capitals, then the date, opening a paragraph.
_DATELINE = re.compile(r"^[A-ZÄÖÜÉ][A-ZÄÖÜÉ .'-]{2,30},\s+(?P<rest>.{6,40})")
_DATELINE_BLOCKS = 6
_DATELINE_LENGTH = 80


def _read_published(doc: Document, view: View, front_matter: dict[str, str]) -> str | None:
    """The declared date, a front matter date, or a dateline before the interview."""
    declared = normalise_date(doc.meta.published)
    if declared:
        return declared
    for key in ("date", "published"):
        found = normalise_date(front_matter.get(key))
        if found:
            return found
    for text in view.front[:_DATELINE_BLOCKS]:
        dateline = _DATELINE.match(text)
        if len(text) <= _DATELINE_LENGTH:
            found = find_date(text)
        elif dateline is not None:
            found = find_date(dateline["rest"])
        else:
            found = None
        if found:
            return found
    return None


# -- entry point ------------------------------------------------------------------------------


def read_metadata(
    doc: Document, seg: Segmentation, verdicts: Sequence[Verdict | None] = ()
) -> Metadata:
    """Everything the page says about itself and about who talks to whom.

    ``verdicts`` are the boilerplate stage's, one per block: a masthead line among them names
    the publisher of a copied page that declares none.
    """
    front_matter = _front_matter(doc)
    title = _read_title(doc, seg, front_matter)
    view = build_view(doc, seg, title)
    index = view.index
    masthead = masthead_publication(doc.blocks, verdicts) if verdicts else None
    authors = _read_authors(doc, view, front_matter, masthead)
    interviewees, interviewers = read_people(view, index, authors)
    language = normalise_language(doc.meta.language) or guess_language(view.body)
    publisher = _read_publisher(doc, view, index, masthead, front_matter)
    return Metadata(
        title=title,
        publisher=publisher,
        url=doc.meta.url,
        language=language,
        published=_read_published(doc, view, front_matter),
        authors=authors,
        interviewers=interviewers,
        interviewees=interviewees,
        # (only turns have speakers: on a page without questions no label names one, and
        # naming the labels would search the whole page for names for nothing)
        speakers=tuple(
            (label, speaker_name(label, index)) for label in dict.fromkeys(seg.speakers) if label
        )
        if view.has_questions
        else (),
    )


def page_metadata(doc: Document, seg: Segmentation) -> Metadata:
    """The metadata of a page read shallowly (``doc.shallow``: no sign of a turn, so no one
    is interviewed): what the page declares about itself (title, site, date, authors, byline,
    language), without the search of its text for people that :func:`read_metadata` makes."""
    declared = tuple(_author_name(a) for a in doc.meta.authors if a.strip())
    people = tuple(a for a in declared if _is_full_name(a))
    authors = people or tuple(dict.fromkeys(_byline_authors(_declared_bylines(doc)))) or declared
    title = _read_title(doc, seg, {})
    return Metadata(
        title=title,
        publisher=doc.meta.site_name,
        url=doc.meta.url,
        language=normalise_language(doc.meta.language)
        or guess_language([title or "", *(block.text for block in doc.blocks)]),
        published=normalise_date(doc.meta.published),
        authors=authors,
    )
