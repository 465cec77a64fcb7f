"""Title, publisher, date, language, authors, interviewers and interviewees.

This stage reads what the reader and the segmenter already found: the page's own declarations
(:class:`~interviewparse.blocks.PageMeta`), the title block, front matter and datelines, the
speaker labels on each side of the conversation, and the phrasing of the intro and byline
("He answered the questions of EURACTIV's Senior Editor Georgi Gotev", "im Gespräch mit",
"Propos recueillis par"). People are reported as full names where the page gives them: a short
label ("Kaiser:", "NG:") is mapped back to the name introduced earlier (see :mod:`.names`).

Evidence is ranked rather than merged blindly: labels beat phrasing, phrasing beats the
headline, and a "most mentioned person" guess is the last resort, used only when the document
does hold questions and answers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

from .blocks import Block, BlockKind, Document, PageMeta
from .dates import find_date, normalise_date
from .language import guess_language, normalise_language
from .names import (
    GENERIC_LABELS,
    HONORIFICS,
    PARTICLES,
    NameIndex,
    clean_label,
    find_names,
    is_person_name,
    looks_like_publication,
    resolve_label,
    title_case,
)
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


# -- the document, seen as the places metadata lives in ------------------------------------------


@attrs.frozen
class _View:
    """The document cut into the parts each rule reads."""

    title: str | None
    front: tuple[str, ...]  # title, intro and every block before the first question
    side_notes: tuple[str, ...]  # outro and short boilerplate blocks (credits, bylines)
    body: tuple[str, ...]  # every block's text, for the name index and the language guess
    has_questions: bool
    question_labels: tuple[str, ...]
    answer_labels: tuple[str, ...]
    name_headings: tuple[str, ...]
    questions: tuple[str, ...]  # the text of every question block
    index: NameIndex
    hints: str  # the page's URL and keywords, lower-cased, where names often appear too


def _role(seg: Segmentation, i: int) -> Role | None:
    return seg.roles[i] if i < len(seg.roles) else None


def _label(block: Block, seg: Segmentation, i: int) -> str | None:
    if block.label:
        return block.label
    if i < len(seg.speakers):
        return seg.speakers[i]
    return None


_INLINE_LABEL = re.compile(
    r"^\s*(?P<label>[^\W\d_][\w.’'\-]*(?:\s+[\w.’'\-]+){0,3}?)\s*:\s+\S", re.UNICODE
)


def _inline_label(text: str) -> str | None:
    """A "Name:" turn label still at the start of a block's text, if it looks like one."""
    match = _INLINE_LABEL.match(text)
    if match is None:
        return None
    label = match["label"]
    words = label.split()
    if not all(w[0].isupper() or w.lower() in PARTICLES for w in words):
        return None
    return label


def _inline_labels(doc: Document, seg: Segmentation, index: NameIndex) -> list[tuple[str, int]]:
    """Labels the reader left inside the text ("Rick: I got into tech ..."), with their block.

    Only blocks without a label of their own are read. On the answering side a label must
    resolve to a person, so "Update:" or "Short term:" do not become interviewees; on the
    asking side it must recur or open the first question (pages often label only the first
    exchange).
    """
    found: list[tuple[str, int]] = []
    asking: Counter[str] = Counter()
    first_question = True
    for i, block in enumerate(doc.blocks):
        role = _role(seg, i)
        if role in (None, Role.BOILERPLATE, Role.TITLE) or block.kind is BlockKind.HEADING:
            continue
        if block.label:
            continue
        label = _inline_label(block.text)
        is_question = role is Role.QUESTION or (
            role is not Role.ANSWER and _ends_with_question(block.text)
        )
        if label is not None:
            if is_question:
                asking[label] += _FIRST_TURN_WEIGHT if first_question else 1
                found.append((label, i))
            elif _resolves_in_text(label, index):
                found.append((label, i))
        if role is Role.QUESTION:
            first_question = False
    weak = {label for label, n in asking.items() if n < _FIRST_TURN_WEIGHT}
    return [(label, i) for label, i in found if label not in weak]


def _ends_with_question(text: str) -> bool:
    return text.rstrip(" \"'”“»«)").endswith("?")


_FIRST_TURN_WEIGHT = 2


def _resolves_in_text(label: str, index: NameIndex) -> bool:
    """The label is a full name, or a short form of a name the document gives in full."""
    name = resolve_label(label, index, answer_side=False)
    return name is not None and (len(name.split()) > 1 or index.count(name) > 0)


def _labels_by_side(
    doc: Document, seg: Segmentation, index: NameIndex
) -> tuple[list[str], list[str]]:
    """Speakers of the asking and of the answering side, most frequent first.

    The segmenter may say outright which labels are which (``interviewer_labels`` /
    ``interviewee_labels``). Otherwise labels that stand for the same person ("Karin Fischer",
    "Fischer") are pooled and each speaker is placed by two kinds of evidence: the roles the
    segmenter gave their turns, and how often their turns end in a question mark. The second
    keeps a transcript's sides right even where the segmenter misread the turns.
    """
    declared_q = [label for label in getattr(seg, "interviewer_labels", ()) or () if label]
    declared_a = [label for label in getattr(seg, "interviewee_labels", ()) or () if label]
    occurrences = [
        (label, i)
        for i, block in enumerate(doc.blocks)
        if (label := _label(block, seg, i)) and _role(seg, i) not in (Role.BOILERPLATE, None)
    ]
    occurrences += _inline_labels(doc, seg, index)
    tallies: dict[str, list[int]] = {}  # speaker -> [turns, question roles, answer roles, "?"]
    for label, i in occurrences:
        if label in declared_q or label in declared_a:
            continue
        key = resolve_label(label, index, answer_side=True) or clean_label(label)
        if not key:
            continue
        tally = tallies.setdefault(key, [0, 0, 0, 0])
        role = _role(seg, i)
        tally[0] += 1
        tally[1] += role is Role.QUESTION
        tally[2] += role is Role.ANSWER
        tally[3] += _ends_with_question(doc.blocks[i].text)
    scores = {key: _asking_score(*tally) for key, tally in tallies.items()}
    asking = {key for key, score in scores.items() if score >= _ASKING_SCORE}
    if not asking and len(tallies) >= 2:
        # roles all on one side: trust the question marks alone if one speaker clearly asks
        marks = sorted(((t[3] / t[0], key) for key, t in tallies.items()), reverse=True)
        if marks[0][0] >= _ASKING_SCORE and marks[0][0] >= 2 * marks[1][0]:
            asking = {marks[0][1]}
    ordered = sorted(tallies, key=lambda key: -tallies[key][0])
    questions = declared_q + [key for key in ordered if key in asking]
    answers = declared_a + [key for key in ordered if key not in asking]
    return questions, answers


_ASKING_SCORE = 0.4
_ROLE_WEIGHT = 0.7


def _asking_score(turns: int, asked: int, answered: int, marks: int) -> float:
    """How much a speaker's turns look like the interviewer's (0..1)."""
    mark_share = marks / turns
    placed = asked + answered
    if placed * 2 < turns:
        return mark_share
    return _ROLE_WEIGHT * asked / placed + (1 - _ROLE_WEIGHT) * mark_share


_MAX_LABEL_WORDS = 4
_DOMAIN_LIKE = re.compile(r"\w\.[a-z]{2,4}$")
_MAX_NAME_WORDS = 4
_BYLINE_LENGTH = 100
_LONE_NAME_BLOCKS = 6
_MIN_PUBLICATION_LETTERS = 3
_HEADING_SPLIT = re.compile(r"\s+(?:and|und|et|y|e|&)\s+|\s*,\s*")


def _heading_name(part: str, known: set[str], common: frozenset[str]) -> bool:
    """A heading part that is a name: no word the text also writes in lower case ("Neue
    Hoffnung"), and three words only when a label confirms it (German nouns look like names)."""
    words = part.split()
    if not is_person_name(part) or any(w.lower() in common for w in words):
        return False
    return len(words) <= 2 or (len(words) == 3 and part.lower() in known)


def _name_headings(
    doc: Document, seg: Segmentation, labels: Sequence[str], common: frozenset[str]
) -> list[str]:
    """Names set as headings right before a run of questions (one mini-interview per person).

    Only trusted when at least two such headings exist, which is the shape of a page that
    interviews several people in turn, and when most of them are plainly names: a full name,
    or a one-word name that also labels answers ("Asake:"). A run of one-word headings
    ("Example", "Heirloom") is more often a list of section titles.
    """
    found: list[str] = []
    plain = 0
    headings = 0
    known = {clean_label(label).lower() for label in labels}
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING or _role(seg, i) is Role.QUESTION:
            continue
        following = [_role(seg, j) for j in range(i + 1, min(len(blocks), i + _HEADING_REACH))]
        if Role.QUESTION not in following and Role.ANSWER not in following:
            continue
        text = block.text.strip()
        if len(text.split()) > _MAX_NAME_WORDS or text.endswith(("?", ":", ".")):
            continue
        parts = [p for p in _HEADING_SPLIT.split(text) if p]
        if parts and all(_heading_name(p, known, common) for p in parts):
            found.extend(parts)
            headings += 1
            plain += any(len(p.split()) > 1 or p.lower() in known for p in parts)
    if len(found) < 2 or plain * 2 < headings:
        return []
    return found


_FRONT_BLOCKS = 30
# People are introduced early: names are indexed from the first this many characters only, so
# a very long transcript costs no more than a long interview.
_INDEX_CHARS = 200_000


def _leading(texts: Sequence[str], limit: int) -> list[str]:
    """The first texts of ``texts`` up to about ``limit`` characters in all."""
    kept: list[str] = []
    size = 0
    for text in texts:
        if size >= limit:
            break
        kept.append(text)
        size += len(text)
    return kept


_HEADING_REACH = 4


def _view(doc: Document, seg: Segmentation, title: str | None) -> _View:
    first_question = next(
        (i for i in range(len(doc.blocks)) if _role(seg, i) is Role.QUESTION), None
    )
    front: list[str] = [title] if title else []
    if doc.meta.description:
        front.append(doc.meta.description)
    side: list[str] = []
    body: list[str] = [title] if title else []
    questions: list[str] = []
    for i, block in enumerate(doc.blocks):
        role = _role(seg, i)
        body.append(block.text)
        if role is Role.QUESTION:
            questions.append(block.text)
        if first_question is None or i < first_question:
            if role is not Role.TITLE or block.text != title:
                front.append(block.text)
        elif role is Role.OUTRO or (role is Role.BOILERPLATE and len(block.text) < 300):
            side.append(block.text)
    labels = [label for i, block in enumerate(doc.blocks) if (label := _label(block, seg, i))]
    index = NameIndex.build(_leading(body, _INDEX_CHARS), dict.fromkeys(labels))
    asking, answering = _labels_by_side(doc, seg, index)
    hints = " ".join([doc.meta.url or "", *doc.meta.keywords]).lower()
    return _View(
        title=title,
        front=tuple(front[:_FRONT_BLOCKS]),
        side_notes=tuple(side),
        body=tuple(body),
        has_questions=first_question is not None,
        question_labels=tuple(asking),
        answer_labels=tuple(answering),
        name_headings=tuple(_name_headings(doc, seg, labels, index.common)),
        questions=tuple(questions),
        index=index,
        hints=hints,
    )


# -- title ------------------------------------------------------------------------------------

_FRONT_MATTER_FIELD = re.compile(
    r"(?:^|\s)(?P<key>title|date|published|author|authors)\s*:\s*"
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
        if block.kind is BlockKind.TITLE or _role(seg, i) is Role.TITLE:
            block_title = _MARKDOWN_TITLE.sub("", block.text).strip() or None
            break
    page_title = _visible_headline(doc.meta) or doc.meta.title
    if doc.format == "html" and page_title:
        return _strip_site_suffix(page_title, doc.meta.site_name)
    if block_title and not (block_title.endswith(".") and len(block_title) > _TEASER_LENGTH):
        # a long sentence ending in a full stop is a teaser, not a headline
        return block_title
    return _strip_site_suffix(page_title, doc.meta.site_name) if page_title else None


# -- people from phrasing ---------------------------------------------------------------------

# The person named right after these words is the one interviewed.
_INTERVIEWEE_AFTER = re.compile(
    r"\b(?:"
    r"interview(?:s|ed|ing)?(?!\s+by)(?:\s+with)?|in\s+conversation\s+with|conversations?\s+with"
    r"|s(?:at|its?)\s+down\s+with|ca(?:ught|tch(?:es)?)\s+up\s+with|chat(?:s|ted)?\s+with"
    r"|Q\s?&\s?A\s+with|questions\s+(?:with|for|to)|asked|meet|introducing|spotlight:"
    r"|Interview\s+mit|Gespräch\s+mit|Fragen\s+an|unterh(?:ielt|ält)(?:en)?\s+sich\s+mit"
    r"|entrevista\s+con|conversación\s+con|charla\s+con|plática\s+con"
    r"|entretien\s+avec|conversation\s+avec|entrevue\s+avec|rencontre\s+avec|interview\s+de"
    r"|intervista\s+(?:a|con)|entrevista\s+(?:com|a)|interview\s+met|gesprek\s+met"
    r"|интервью\s+с|беседа\s+с|sostiene|asegura|afirma|advierte|considera"
    r")\s+",
    re.IGNORECASE,
)
# The person named right before these words is the one interviewed.
_INTERVIEWEE_BEFORE = re.compile(
    r"\s+(?:told|tells|explains|explained|answered|answers|discuss(?:es|ed)?|reveals|shares"
    r"|im\s+Gespräch|spricht|sprach|erklärt|über\s+(?:die|den|das|seine|ihre)"
    r"|nous\s+parle|explique|répond|a\s+répondu|raconta?|habla|explica|responde"
    r"|рассказал[а]?|ответил[а]?)\b"
)
# The person named right after these words asked the questions.
_INTERVIEWER_AFTER = re.compile(
    r"(?:\b(?:interviewed\s+by|interview\s+by|interview\s+conducted\s+by|questions\s+of"
    r"|(?:aux\s+)?questions\s+de|на\s+вопросы"
    r"|asked\s+by|hosted\s+by|moderated\s+by|Interview\s+von|Interview\s+führte"
    r"|Gespräch\s+führte|Fragen\s+stellte|(?<![\w-])Interview:|im\s+Gespräch\s+mit"
    r"|Propos\s+recueillis\s+par|entretien\s+réalisé\s+par|Entrevista\s+(?:de|por|realizada\s+por)"
    r"|Intervista\s+di|Entrevista:|Беседовал[аи]?|Интервью\s+взял[аи]?"
    r")\s*)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;!?\n]\s|[.;!?]$|\s[–—-]\s")
# A topic follows these words, not the person: "asked about Donald Trump".
_TOPIC_WORDS = frozenset({"about", "on", "über", "sobre", "sur", "regarding", "zum", "zur"})
_FIRST_WORDS = 7
_NEAR_WORDS = 3  # for loose triggers ("asked", "meet"), the name must follow at once
_LOOSE_TRIGGERS = ("asked", "meet", "introducing")
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


# A teaser that opens with the guest: "Medienforscherin Paula Brandt über Datenschutz ...".
_TEASER = re.compile(r"^(?P<head>(?:\S+\s+){1,3}\S+)\s+(?:über|on|sur|sobre)\s")


def _is_named_host_phrase(text: str, match: re.Match[str], index: NameIndex) -> bool:
    """ "Precht im Gespräch mit Fischer" names the guest first and the host after "mit"."""
    if not match.group().lower().startswith("gespräch"):
        return False
    head = text[: match.start()].rstrip()
    if not head.endswith(" im"):
        return False
    return _name_before(text, len(head) - 3, index) is not None


_PRONOUNS = frozenset(
    {"he", "she", "they", "er", "sie", "il", "elle", "ils", "elles", "él", "ella", "ellos"}
    | {"ellas", "lui", "lei", "он", "она", "они"}
)
_TALK_VERB = re.compile(r"^(?:talk|spoke|speak|chat|sat|sit|caught|catch|sprach|habl|convers)")


# Talking verbs whose subject may be either side: "Amaru Quispe spoke to Lena Marsh of the
# Courier", "We spoke to Amaru Quispe", "Quispe habló con Marsh".
_TALK = re.compile(
    r"\b(?:talk(?:s|ed|ing)?\s+(?:to|with)|sp(?:oke|eaks|eaking)\s+(?:to|with)"
    r"|sprach(?:en)?\s+mit|habl[óo]\s+con|convers[óo]\s+con|(?:a\s+)?parl[ée]\s+avec"
    r"|говорил[аи]?\s+с)\s+",
    re.IGNORECASE,
)
# "Mit Amaru Quispe sprach Lena Marsh": the guest after "mit", the host after the verb.
_MIT_SPRACH = re.compile(r"\b[Mm]it\s+(?P<guest>[^,.;]{3,60}?)\s+sprach(?:en)?\s+")
_JOURNALIST_WORDS = frozenset(
    {"reporter", "correspondent", "editor", "journalist", "host", "redakteur", "redakteurin"}
    | {"reporterin", "korrespondent", "korrespondentin", "journaliste", "periodista"}
)


def _talk_people(text: str, index: NameIndex) -> tuple[list[str], list[str]]:
    """(interviewees, interviewers) from "X spoke to Y" and its kin in several languages.

    A pronoun subject ("He spoke to Lena Marsh") is the guest met before, so the object
    asked; a named subject and a named object are guest and host unless the subject is
    introduced as the journalist; a subject alone ("Gownaris spoke to Wikinews") is the
    guest, an object alone ("We spoke to Amaru Quispe") too.
    """
    guests: list[str] = []
    hosts: list[str] = []
    for match in _TALK.finditer(text):
        obj = _name_after(text, match.end(), index)
        head = text[: match.start()].split()
        subject = _name_before(text, match.start(), index)
        if head and head[-1].lower() in _PRONOUNS:
            hosts += [obj] if obj else []
        elif subject and obj:
            before = text[: match.start()].rsplit(subject.split()[0], 1)[0].split()
            journalist = bool(before) and before[-1].lower().strip(",") in _JOURNALIST_WORDS
            guests.append(obj if journalist else subject)
            hosts.append(subject if journalist else obj)
        elif subject or obj:
            guests.append(subject or obj or "")
    for match in _MIT_SPRACH.finditer(text):
        names = find_names(match["guest"])
        host = _name_after(text, match.end(), index)
        if names:
            guests.append(index.expand(names[0]))
        if host:
            hosts.append(host)
    return guests, hosts


def _guest_is_subject(text: str, match: re.Match[str]) -> bool:
    """ "He spoke to X": a pronoun subject is the guest introduced before, so X is the host."""
    if not _TALK_VERB.match(match.group().strip().lower()):
        return False
    head = text[: match.start()].split()
    return bool(head) and head[-1].lower() in _PRONOUNS


def _phrase_people(
    texts: Iterable[str], index: NameIndex, title: str | None = None
) -> tuple[list[str], list[str]]:
    """(interviewees, interviewers) named by the phrasing of ``texts``."""
    interviewees: list[str] = []
    interviewers: list[str] = []
    for text in texts:
        for match in _INTERVIEWER_AFTER.finditer(text):
            if match.group().rstrip().endswith(":"):
                # "Interview: Julia Lauter" is a credit line; as the headline it names the guest
                if text == title:
                    name = _name_after(text, match.end(), index)
                    interviewees += [name] if name else []
                    continue
                if len(text.split()) > _SHORT_CREDIT_WORDS:
                    continue
            before = _name_before(text, match.start(), index)
            name = _name_after(text, match.end(), index)
            if match.group().strip().lower().startswith("im"):
                # "Richard David Precht im Gespräch mit Karin Fischer": only with a name before
                if before is None:
                    continue
                interviewees.append(before)
            if name:
                interviewers.append(name)
        for match in _INTERVIEWEE_AFTER.finditer(text):
            if _is_named_host_phrase(text, match, index):
                continue
            loose = match.group().strip().lower().startswith(_LOOSE_TRIGGERS)
            reach = _NEAR_WORDS if loose else _FIRST_WORDS
            name = _name_after(text, match.end(), index, reach=reach)
            if name and _guest_is_subject(text, match):
                interviewers.append(name)  # "He spoke to Lena Marsh": Lena asked
            elif name:
                interviewees.append(name)
        for match in _INTERVIEWEE_BEFORE.finditer(text):
            name = _name_before(text, match.start(), index)
            if name:
                interviewees.append(name)
        guests, hosts = _talk_people(text, index)
        interviewees += guests
        interviewers += hosts
        teaser = _TEASER.match(text)
        if teaser is not None:
            name = _name_before(text, teaser.end("head"), index)
            if name:
                interviewees.append(name)
    return interviewees, [n for n in interviewers if n not in interviewees]


_HEADLINE_SEPARATOR = re.compile(r":\s+|\s+[–—|-]\s+")
_QUOTES = " \"'“”„«»‚‘’"


# "Steve Forbes on money", "Ada Weiss über Brücken", "Claire Roy : sur les rivières"
_HEADLINE_NAME_ON = re.compile(
    r"^(?P<name>[^\W\d_][\w’'.-]+(?:\s+[^\W\d_][\w’'.-]+){1,3})\s+"
    r"(?:on|about|talks|says|explains|discusses|reveals|über|spricht|erklärt|sur|parle|sobre|habla)\s"
)


def _headline_person(title: str, index: NameIndex) -> str | None:
    """The speaker a "Name: quote" headline (or the Spanish "quote: Name") names."""
    parts = _HEADLINE_SEPARATOR.split(title)
    for part in parts:
        match = _HEADLINE_NAME_ON.match(part.strip(_QUOTES))
        if match and is_person_name(match["name"]):
            return index.expand(match["name"])
    if len(parts) < 2:
        return None
    for candidate in (parts[-1], parts[0]):
        candidate = candidate.strip(_QUOTES)
        if not candidate or len(candidate.split()) > 4:
            continue
        if is_person_name(candidate):
            return index.expand(candidate) if len(candidate.split()) == 1 else candidate
    return None


_ADDRESS = re.compile(
    r"^(?:(?:Herr|Frau|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Professor|Prof\.?|Señor|Señora|Monsieur|Madame)\s+)?"
    r"(?P<name>[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*){0,2})\s*(?:,|\s[–—-]\s)"
)


def _addressed(view: _View) -> str | None:
    """The person questions address by name ("Herr Sergio, ...", "Junior – We are ...")."""
    counts: Counter[str] = Counter()
    for question in view.questions:
        match = _ADDRESS.match(question)
        if match is None:
            continue
        name = match["name"]
        if not is_person_name(name) or name.lower() in GENERIC_LABELS:
            continue
        full = view.index.expand(name)
        if len(full.split()) > 1:
            counts[full] += 1
    return counts.most_common(1)[0][0] if counts else None


def _slug(name: str) -> str:
    return "-".join(name.lower().split())


def _most_mentioned(view: _View, exclude: Sequence[str]) -> str | None:
    """The person the intro names who is mentioned most, with a bonus for a name that is also
    in the page's URL or keywords (slugs and tags usually name the interviewee)."""
    excluded = {n.lower() for n in exclude}
    best: tuple[int, str] | None = None
    whole = " ".join(_leading(view.body, _INDEX_CHARS))
    named = [name for text in view.front for name in find_names(text)]
    for name in list(dict.fromkeys(named))[:_MAX_CANDIDATES]:
        if name.lower() in excluded:
            continue
        surname = name.split()[-1]
        score = len(re.findall(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", whole))
        if _slug(name) in view.hints or name.lower() in view.hints:
            score += _HINT_BONUS
        if any(text.startswith(name + ",") for text in view.front):
            # "Rodrigo Castañeda, representante de la FAO, considera ...": introduced in apposition
            score += _APPOSITION_BONUS
        if score >= _MIN_MENTIONS and (best is None or score > best[0]):
            best = (score, name)
    return best[1] if best else None


_HINT_BONUS = 5
_MAX_CANDIDATES = 20
_APPOSITION_BONUS = 2
_MIN_MENTIONS = 3


# -- people -----------------------------------------------------------------------------------


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


def _read_people(
    view: _View, index: NameIndex, authors: Sequence[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if not view.has_questions:
        return (), ()
    labelled_q = [resolve_label(lbl, index, answer_side=False) for lbl in view.question_labels]
    labelled_a = [resolve_label(lbl, index, answer_side=True) for lbl in view.answer_labels]
    phrase_ees, phrase_ers = _phrase_people(view.front, index, view.title)
    # credits after the interview ("Das Interview führte ...") name the interviewer only
    phrase_ers += _phrase_people(view.side_notes, index)[1]
    resolved_ees = [index.by_part(n) if len(n.split()) == 1 else n for n in phrase_ees]

    interviewees = [n for n in labelled_a if n]
    interviewers = [n for n in labelled_q if n]
    interviewees, interviewers = _correct_sides(
        interviewees, interviewers, resolved_ees, phrase_ers
    )
    interviewees += list(view.name_headings)
    if not interviewees:
        interviewees = [n for n in resolved_ees if n and n not in interviewers]
    if not interviewees:
        addressed = _addressed(view)
        if addressed:
            interviewees = [addressed]
    if not interviewees and view.title:
        headline = _headline_person(view.title, index)
        if headline:
            interviewees = [headline]
    if not interviewers:
        interviewers = [n for n in phrase_ers if n not in interviewees]
    if not interviewers:
        interviewers = [a for a in authors if is_person_name(a) and len(a.split()) >= 2]
    if not interviewees:
        guess = _most_mentioned(view, [*interviewers, *authors])
        if guess:
            interviewees = [guess]
    ees = _unique(interviewees)
    ers = _unique(interviewers)
    # a page's own author who also answers is a host of a many-voiced conversation
    hosts = [n for n in ees if any(_same_person(n, a) for a in authors)]
    if hosts and len(ees) > len(hosts):
        ees = tuple(n for n in ees if n not in hosts)
        ers = _unique([*ers, *hosts])
    ers = tuple(n for n in ers if not any(_same_person(n, e) for e in ees))
    ees = tuple(n for n in ees if not any(_same_person(n, r) and len(n.split()) == 1 for r in ers))
    return ees, ers


# -- publisher --------------------------------------------------------------------------------

_POSSESSIVE_STAFF = re.compile(
    r"(?P<pub>[A-Z][\w.!&-]*(?:\s[A-Z][\w.!&-]*){0,3})[’']s?\s+(?:[\w-]+\s+){0,2}"
    r"(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Jj]ournalist|[Ii]nterviewer|[Hh]ost|[Cc]olumnist)"
)
_TOLD_PUBLICATION = re.compile(
    r"\b(?:told|tells|telling|interview\s+with|spoke\s+(?:to|with)|talked\s+(?:to|with)"
    r"|discuss(?:es|ed)?(?:\s+[\w'’-]+){0,4}?\s+with|sagte\s+(?:der|dem)|sagt\s+(?:der|dem)"
    r"|gegenüber\s+(?:der|dem)|a\s+dit\s+à|declar[óo]\s+a)\s+(?:the\s+)?"
    r"(?P<pub>[A-Z][\w!&-]*(?:\.\w+)*(?:\s[A-Z][\w!&-]*(?:\.\w+)*){0,2})"
)


# "told DER STANDARD", "tells the Swiss weekly DIE WELTWOCHE": a publication set in capitals
# within a few words of the verb.
_TOLD_CAPITALS = re.compile(
    r"\b(?:told|tells|telling|interview\s+with|sagte|sagt|gegenüber|a\s+dit\s+à|declar[óo]\s+a)"
    r"\s+(?:[\w-]+\s+){0,3}?(?P<pub>[A-ZÄÖÜÉ]{2,}[A-ZÄÖÜÉ.!&-]*(?:\s[A-ZÄÖÜÉ]{2,}[A-ZÄÖÜÉ.!&-]*){0,2})"
    r"(?![\w])"
)


def _label_publishers(view: _View, index: NameIndex) -> list[str]:
    """Question-side labels that are publications ("STANDARD:", "The Economist:"), most used
    first."""
    candidates = []
    for label in view.question_labels:
        text = clean_label(label)
        if not text or text.lower() in GENERIC_LABELS or len(text.split()) > _MAX_LABEL_WORDS:
            continue
        shaped = _DOMAIN_LIKE.search(text) or all(w[:1].isupper() for w in text.split())
        if shaped and resolve_label(label, index, answer_side=False) is None:
            candidates.append(text)
    return candidates


def _is_abbreviation(text: str) -> bool:
    return text.isupper() and len(text) <= 3


def _phrase_publishers(view: _View, index: NameIndex) -> list[str]:
    """Publications the intro names as the asker ("told X", "X's Senior Editor"), best first."""
    people = {w.lower() for name in index.names for w in name.split()}
    whole = " ".join(_leading(view.body, _INDEX_CHARS))
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


def _read_publisher(doc: Document, view: _View, index: NameIndex) -> str | None:
    """The site's declared name; else the publication that asks the questions or is told things.

    An abbreviated label ("WN:") gives way to a spelled-out name with the same initial found in
    the phrasing ("told Wikinews").
    """
    if doc.meta.site_name and doc.meta.site_name.strip("@ "):
        return doc.meta.site_name.strip().lstrip("@")
    labels = _label_publishers(view, index)
    spelled = [label for label in labels if not _is_abbreviation(label)]
    if spelled:
        return spelled[0]
    bylines = (doc.meta.byline,) if doc.meta.byline else ()
    outlets = _byline_parts((*bylines, *view.front))[1]
    if outlets:
        return outlets[0]
    phrased = _phrase_publishers(view, index) if view.has_questions else []
    if labels:
        initial = labels[0][0].upper()
        spelled_out = [pub for pub in phrased if pub.upper().startswith(initial)]
        return spelled_out[0] if spelled_out else labels[0]
    return phrased[0] if phrased else None


# -- dates and authors ------------------------------------------------------------------------

_BYLINE = re.compile(
    r"^(?:by|von|par|por|di|door|автор:?)\s+(?P<names>[^\n|]{3,80}?)\s*(?:[|,]\s*\d.*)?$",
    re.IGNORECASE,
)
_NAME_LIST_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*")


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
        for part in _NAME_LIST_SPLIT.split(match["names"]):
            part = part.strip()
            if part and is_person_name(part) and len(part.split()) >= 2:
                people.append(part)
            elif people and part and all(w[:1].isupper() for w in part.split()):
                outlets.append(part)  # "By Lena Marsh, Riverside Courier"
    return people, outlets


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


def _read_authors(doc: Document, view: _View, front_matter: dict[str, str]) -> tuple[str, ...]:
    """People who wrote the piece: declared authors, bylines ("By X and Y", "Von X"), front
    matter, or a paragraph before the interview that is nothing but a name.

    Declared authors that are not people ("Weltwoche", "Condé Nast") give way to a byline
    that names people, and are kept only when nothing better is found.
    """
    declared = tuple(_author_name(a) for a in doc.meta.authors if a.strip())
    people = tuple(a for a in declared if _is_full_name(a))
    if people:
        return people
    bylines = (doc.meta.byline,) if doc.meta.byline else ()
    found = _byline_authors((*bylines, *view.front))
    if not found and _is_full_name(front_matter.get("author", "")):
        found = [front_matter["author"]]
    if not found:
        # "Uriel Gadessaud" on a line of its own under the headline
        lone = [text.strip() for text in view.front[1:_LONE_NAME_BLOCKS]]
        found = [t for t in lone if _is_full_name(t) and t not in view.name_headings][:1]
    return tuple(dict.fromkeys(found)) or declared


def _read_published(doc: Document, view: _View, front_matter: dict[str, str]) -> str | None:
    declared = normalise_date(doc.meta.published)
    if declared:
        return declared
    for key in ("date", "published"):
        found = normalise_date(front_matter.get(key))
        if found:
            return found
    for text in view.front[:6]:
        if len(text) <= 80:
            found = find_date(text)
            if found:
                return found
    return None


# -- entry point ------------------------------------------------------------------------------


def read_metadata(doc: Document, seg: Segmentation) -> Metadata:
    """Everything the page says about itself and about who talks to whom."""
    front_matter = _front_matter(doc)
    title = _read_title(doc, seg, front_matter)
    view = _view(doc, seg, title)
    index = view.index
    authors = _read_authors(doc, view, front_matter)
    interviewees, interviewers = _read_people(view, index, authors)
    language = normalise_language(doc.meta.language) or guess_language(view.body)
    return Metadata(
        title=title,
        publisher=_read_publisher(doc, view, index),
        url=doc.meta.url,
        language=language,
        published=_read_published(doc, view, front_matter),
        authors=authors,
        interviewers=interviewers,
        interviewees=interviewees,
    )
