"""Is this page an interview? Named evidence, weighed into one confidence.

The segmenter always finds the best reading of a page as questions and answers; this stage asks
how much that reading, and the page around it, look like an interview. It reads two kinds of
evidence, each a named feature with a value in [0, 1]:

- **the decoding** (the segmenter's roles, read as they came out): do the "questions" ask, do the
  "answers" speak in the first person, are answers longer than questions, how much of the text
  the pairs cover, do the turns carry speaker labels on two sides, do the answers ask in turn or
  speak of the guest in the third person;
- **the page**: does it call itself an interview (title, URL, keywords, a kicker or the intro's
  first lines, in the document's own language: :mod:`interviewparse.lexicon` slot
  ``interview_phrases``) or something else (``not_interview_phrases``: FAQ, guide, review...),
  does it name a person, does it embed social-media posts (an attribution line
  "— Name (@handle) Date" reads like a dash-marked question).

:func:`weigh` combines the features logistically with the weights of one table
(``evidence_weights.json``, fitted on labelled real pages by ``benchmarks/fit_confidence.py``,
cross-validated by page). ``confidence >= 0.5`` makes a page an interview; below, the parser
gives it no pairs. :func:`worth_segmenting` is the cheap check that lets a page with no interview
evidence at all leave the pipeline before segmentation, people and metadata work.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources

import attrs

from . import cues, lexicon
from .blocks import SET_APART, Block, BlockKind, Document
from .boilerplate import Verdict
from .language import guess_language, normalise_language
from .lexicon._shared import EMBED_PLATFORMS
from .models import Evidence
from .people.names import find_names
from .segment import Role, Segmentation
from .segment.scoring import ceiling

__all__ = [
    "FEATURES",
    "THRESHOLD",
    "check_confidence",
    "features",
    "no_evidence",
    "weigh",
    "without_pairs",
    "worth_segmenting",
]

#: A page is an interview when its confidence reaches this.
THRESHOLD = 0.5


def check_confidence(value: float | None, name: str = "min_confidence") -> None:
    """Raise ``ValueError`` for a confidence bar (``None``: none) outside 0 to 1."""
    if value is not None and not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, got {value}")


#: The named features, in the order of the weights table.
FEATURES: tuple[str, ...] = (
    "pairs",
    "questions_ask",
    "questions_address",
    "dialogue",
    "questions_headings",
    "questions_first_person",
    "answers_first_person",
    "answers_longer",
    "coverage",
    "labelled_sides",
    "answers_ask",
    "answers_name_guest",
    "calls_itself_interview",
    "calls_itself_other",
    "headline_quote",
    "embedded_posts",
    "reading_strength",
    "readings_agree",
)


@cache
def _table() -> tuple[float, dict[str, float]]:
    text = resources.files("interviewparse").joinpath("evidence_weights.json").read_text("utf-8")
    data = json.loads(text)
    weights = {name: float(data["weights"].get(name, 0.0)) for name in FEATURES}
    return float(data["bias"]), weights


# -- the cheap gate ------------------------------------------------------------------------------

#: How many blocks must carry a sign of a turn (a question mark near the end, a speaker label, a
#: dialogue dash, a publisher profile's question mark-up) before segmentation is worth its cost.
MIN_TURN_SIGNS = 2


def _content(doc: Document, verdicts: Sequence[Verdict | None]) -> list[Block]:
    return [
        b
        for b, v in zip(doc.blocks, verdicts, strict=False)
        if v is None and b.kind is not BlockKind.TITLE and b.text.strip()
    ]


def worth_segmenting(doc: Document, verdicts: Sequence[Verdict | None]) -> bool:
    """Does the page carry any sign of question-and-answer turns at all?

    Every convention the segmenter knows needs a few blocks that look like turns: questions end
    in a question mark (or a profile marks them), turns open with a speaker label or a dialogue
    dash; a bold or italic line may ask without a question mark where another question asks
    with one. A page with fewer signs cannot yield an interview the segmenter would accept, so
    it leaves the pipeline here. Only substring tests: no words are split."""
    asks = labels = dashes = set_apart = 0
    for block in _content(doc, verdicts):
        if block.marked_question:
            return True
        if block.label:
            labels += 1
        if block.dash:
            dashes += 1
        if cues.question_mark_near_end(block.text):
            asks += 1
        elif block.emphasis >= SET_APART or block.italic >= SET_APART:
            set_apart += 1  # a bold or italic line: a question that need not ask ("Your city")
        if max(asks, labels, dashes) >= MIN_TURN_SIGNS or (asks and set_apart >= 2):
            return True
    return False


def no_evidence() -> tuple[float, tuple[Evidence, ...]]:
    """The confidence and evidence of a page that left at :func:`worth_segmenting`."""
    bias, _ = _table()
    return _squash(bias + _NO_TURNS), (
        Evidence("prior", 1.0, round(bias, 4)),
        Evidence("no_turns", 1.0, _NO_TURNS),
    )


#: The weight of a page with no turns at all (and of a decoding with no pairs): far below.
_NO_TURNS = -8.0
#: The weight of questions a publisher profile marks: far above.
_MARKED = 8.0
#: The weight of a page whose structured data declares it a genre of questions answered for
#: readers (:data:`_QUESTION_GENRES`): strongly against, though not a veto (a page that reads
#: as a dialogue throughout and calls itself an interview still can pass). Set by hand: the
#: labelled pages the table is fitted on hold almost none of these, so a fit cannot weigh it.
_DECLARED_OTHER = -3.0
#: schema.org types (:attr:`PageMeta.types <interviewparse.blocks.PageMeta.types>`) by which a
#: publisher says, in machine-readable form, that the page is a FAQ, a question-and-answer
#: site's thread, a forum thread or a how-to: its questions are readers' or users' questions,
#: not an interviewer's. ("Question" is only ever declared inside such pages.)
_QUESTION_GENRES = re.compile(r"faqpage|qapage|question|discussionforumposting|howto")
#: The weight of the share of pairs that repeat an earlier pair word for word (question and
#: answer): no conversation repeats a whole exchange, while a template repeats its widgets (a
#: donation box after every section, a teaser block) and a scraped guide its own paragraphs.
#: A question asked again with another answer (the same three questions put to each of several
#: guests) is no repeat. Set by hand, as :data:`_DECLARED_OTHER`: the fitting pages hold none.
_REPEATED = -4.0
#: The weight of a decoding of one exchange: one question and its answer is a quoted exchange
#: (a reader's question and the reply, an invitation quoting a panel's topic, a forum's opening
#: post), not an interview, which puts question after question. Set by hand: every labelled
#: interview the table is fitted on has several pairs, so a fit cannot see the one-pair page.
_ONE_EXCHANGE = -4.0


# -- the features --------------------------------------------------------------------------------


def _language(doc: Document, blocks: Sequence[Block]) -> str | None:
    return normalise_language(doc.meta.language) or guess_language(b.text for b in blocks)


def _langs(language: str | None) -> tuple[str, ...] | None:
    """The lexicon languages to read a page in: its own, else all (``None``)."""
    return lexicon.languages_of(language)


#: An embedded post's attribution line: "— Jane Roe (@janeroe) March 3, 2021", or its link.
_EMBEDDED_POST = re.compile(
    r"\(@\w{1,30}\)\s*\S|pic\.twitter\.com/|\btwitter\.com/\w+/status|\bt\.co/\w",
    re.IGNORECASE,
)


def _may_embed_post(text: str) -> bool:
    """:data:`_EMBEDDED_POST` finds something in ``text``; every alternative holds "(@" or
    "/", so two substring tests rule out nearly every block before the search."""
    return ("/" in text or "(@" in text) and _EMBEDDED_POST.search(text) is not None


#: A platform's name, as the short line of an embedded post names it ("View this post on
#: Instagram", in whatever language the page is in).
_PLATFORM = re.compile(rf"\b(?:{'|'.join(EMBED_PLATFORMS)})\b")
#: An embed's line is short.
_EMBED_LINE_CHARS = 80
#: How many leading content blocks may hold a kicker or the intro's "in an interview with".
_INTRO_LOOK = 6
#: How many leading content blocks may tell how the interview came about.
_TOLD_LOOK = 4
#: How many closing content blocks may hold the interview's credit line.
_CREDIT_LOOK = 3
#: Letters separating the words of a URL slug.
_SLUG = re.compile(r"[-_/.+%]+")


#: A headline that quotes someone: a quotation of three words or more ("«We will not give
#: in»: the minister on ...", "Minister: 'We will ...'"); an apostrophe is no quotation mark.
_QUOTED_HEADLINE = re.compile(
    # the first quoted word may carry an apostrophe of its own ("Merkel's", "L'Europe")
    r"[\"“„«‹「『‘]\s*\w\S*(?:\s+\S+){2,}?\s*[\"”“»›」』’]"
    r"|(?:^|[:–—]\s)'\s*\w\S*(?:\s+\S+){2,}?\s*'"  # a straight quote after "Name: "
)


def _titles(doc: Document) -> list[str]:
    titles = [b.text for b in doc.blocks[:3] if b.kind is BlockKind.TITLE]
    return titles or [t for t in (doc.meta.title,) if t]


def _genre_texts(doc: Document, roles: Sequence[Role]) -> list[str]:
    """Where a page names its genre: title(s) without a site's name after a bar ("... |
    Northfield Review"), URL slug, keywords, and the short lines above the article (a kicker:
    "Interview", "Explainer", "Opinion | Work"), also one the boilerplate stage set aside —
    but not a menu's links, and nothing from the first question on."""
    meta = doc.meta
    texts = [b.text for b in doc.blocks if b.kind is BlockKind.TITLE]
    titles = (meta.title, meta.og_title, meta.h1, meta.head_title)
    texts += [_SITE_SUFFIX.sub("", t) for t in titles if t]
    if meta.url:
        texts.append(_SLUG.sub(" ", meta.url.split("://", 1)[-1]))
    texts += list(meta.keywords)
    for block, role in zip(doc.blocks[:_KICKER_LOOK], roles, strict=False):
        if role is Role.QUESTION:
            break
        if (
            len(block.text) <= _KICKER_CHARS
            and block.kind is not BlockKind.LIST_ITEM
            and block.link_density < _LINKED
        ):
            texts.append(block.text)
    return texts


#: A site's name closing a head title: "Headline | Site", "Headline – Site".
_SITE_SUFFIX = re.compile(r"\s+[|–—]\s+[^|–—]{1,60}$")


def _told_texts(doc: Document, blocks: Sequence[Block]) -> list[str]:
    """Where a page tells how the interview came about: the description, the byline, the
    intro's first blocks ("She spoke to us from ...") and a closing credit ("Interview: ...")."""
    # the byline too: "Interview by ...", "Das Gespräch führte ..."
    texts = [t for t in (doc.meta.description, doc.meta.byline) if t]
    texts += [b.text for b in blocks[:_TOLD_LOOK]]
    texts += [b.text for b in blocks[-_CREDIT_LOOK:] if len(b.text) <= 300]
    return texts


#: A kicker is a short line, among the page's first blocks, not a link.
_KICKER_CHARS = 60
_KICKER_LOOK = 12
_LINKED = 0.5


#: Languages whose pronouns the wording cues read ("you", "Sie", "ich", "вы", "您"...): those
#: whose lexicon fills both pronoun slots. Elsewhere (Japanese and Korean interviewers seldom say
#: "you"; a language whose lexicon holds only its labels or months, or none guessed) the pronoun
#: features are unknown and take :data:`_UNKNOWN`, neither for nor against.
_PRONOUNS_READ = frozenset(
    code
    for code in lexicon.LANGUAGES
    if lexicon.get(code).address_pronouns and lexicon.get(code).first_person
)
_UNKNOWN = 0.5

#: Scripts written without spaces between words: a phrase in them stands between other letters.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


@cache
def _phrase_pattern(slot: str, langs: tuple[str, ...] | None) -> re.Pattern[str] | None:
    """A phrase slot of these languages (all, when the language is unknown or has none) as one
    pattern: phrases between word boundaries, or anywhere in scripts that write no spaces."""
    found = lexicon.phrases(slot, langs) or lexicon.phrases(slot, None)
    spaced = sorted((p for p in found if not _UNSPACED.search(p)), key=len, reverse=True)
    unspaced = sorted((p for p in found if _UNSPACED.search(p)), key=len, reverse=True)
    parts = []
    if spaced:
        parts.append(r"(?<!\w)(?:" + _any_phrase(spaced) + r")(?!\w)")
    if unspaced:
        parts.append(_any_phrase(unspaced))
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _any_phrase(phrases: Sequence[str]) -> str:
    """``phrases`` as one alternation for a search that asks only whether one is there (a
    match of any), grouped by first letter (:func:`~interviewparse.lexicon.grouped`): at each
    word the engine enters the group of its letter, not each of 200 case-blind phrases in
    turn. A phrase whose first letter a quantifier follows ("و?…"), or that alternates at its
    top level, is not split after its first letter and stays whole."""
    whole = [p for p in phrases if not p[:1].isalpha() or p[1:2] in _QUANTIFIERS or _alternates(p)]
    kept = set(whole)
    split = tuple(p for p in phrases if p not in kept)
    return "|".join([*([lexicon.grouped(split)] if split else []), *whole])


_QUANTIFIERS = ("?", "*", "+", "{")


def _alternates(phrase: str) -> bool:
    """Does ``phrase`` (a regular-expression fragment) hold a "|" outside any group?"""
    depth = 0
    in_class = False
    escaped = False
    for char in phrase:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def _says(slot: str, langs: tuple[str, ...] | None, texts: Sequence[str]) -> bool:
    found = _phrase_pattern(slot, langs)
    return found is not None and any(found.search(t) for t in texts)


def features(
    doc: Document, verdicts: Sequence[Verdict | None], seg: Segmentation
) -> dict[str, float]:
    """Every named feature of :data:`FEATURES` for this page and its decoding, each in [0, 1]
    (and ``profile_marks_questions`` where a publisher profile marked the questions,
    ``declares_question_genre`` where the structured data declares a FAQ, forum or how-to,
    ``pairs_repeated`` where pairs repeat an earlier one word for word, ``one_exchange``
    where the decoding has a single pair)."""
    content = _content(doc, verdicts)
    language = _language(doc, content)
    langs = _langs(language)
    genre = _genre_texts(doc, seg.roles)
    out = dict.fromkeys(FEATURES, 0.0)
    out["calls_itself_interview"] = float(
        _says("interview_phrases", langs, genre)
        or _says("interview_phrases", langs, _told_texts(doc, content))
    )
    calls_itself_other = _says("not_interview_phrases", langs, genre)
    out["headline_quote"] = float(any(_QUOTED_HEADLINE.search(t) for t in _titles(doc)))
    posts = sum(1 for b in doc.blocks if _may_embed_post(b.text)) + sum(
        1 for b in content if len(b.text) <= _EMBED_LINE_CHARS and _PLATFORM.search(b.text)
    )
    out["embedded_posts"] = min(1.0, posts / 2)

    pairs = _pairs(doc.blocks, seg)
    if not pairs:
        out["calls_itself_other"] = float(calls_itself_other)
        return out
    if any(doc.blocks[q[0]].marked_question for q, _ in pairs):
        out["profile_marks_questions"] = 1.0  # not a fitted feature: see weigh()
    if any(_QUESTION_GENRES.fullmatch(kind) for kind in doc.meta.types):
        out["declares_question_genre"] = 1.0  # not a fitted feature: see weigh()
    questions = ["\n".join(doc.blocks[i].text for i in q) for q, _ in pairs]
    answers = ["\n".join(doc.blocks[i].text for i in a) for _, a in pairs]
    n = len(pairs)
    if n == 1 and doc.format == "html":
        # a web page is a whole publication; a copied text may be an excerpt the user chose
        out["one_exchange"] = 1.0  # not a fitted feature: see weigh()
    # an exchange as compared: its question and the first paragraph of its answer (a widget
    # repeated between sections takes the section's text after it into its "answer")
    repeated = n - _distinct_exchanges(questions, [doc.blocks[a[0]].text for _, a in pairs])
    if repeated:
        out["pairs_repeated"] = repeated / n  # not a fitted feature: see weigh()
    asking = sum(map(_asks, questions))
    # how many pairs whose question asks: 1 at 32 or more (a long decoding of questions that
    # do not ask is no stronger than a short one)
    out["pairs"] = min(1.0, math.log(1 + asking) / math.log(33))
    out["questions_ask"] = asking / n
    if language in _PRONOUNS_READ:
        addressed = [cues.addresses_listener(q) for q in questions]
        first = [cues.first_person(a) for a in answers]
        out["questions_address"] = sum(addressed) / n
        # a second party who asks: the question speaks to someone, the answer as "I"/"we"
        out["dialogue"] = sum(1 for to, me in zip(addressed, first, strict=True) if to and me) / n
        out["answers_first_person"] = sum(first) / n
    else:
        # a language whose pronouns are not read here (or not known): no evidence either way
        out["questions_address"] = out["dialogue"] = out["answers_first_person"] = _UNKNOWN
    out["questions_headings"] = (
        sum(doc.blocks[q[0]].kind is BlockKind.HEADING for q, _ in pairs) / n
    )
    # how many times longer the answers are than the questions: 1 at ten times or more
    q_chars = sum(map(len, questions)) or 1
    a_chars = sum(map(len, answers))
    out["answers_longer"] = min(1.0, max(0.0, math.log10(max(a_chars, 1) / q_chars)))
    # an answer that opens by asking is a rhetorical question's sequel, not a reply
    out["answers_ask"] = sum(_asks_at_end(doc.blocks[a[0]].text) for _, a in pairs) / n
    out["questions_first_person"] = sum(map(cues.first_person, questions)) / n
    asked = sum(len(q) + len(a) for q, a in zip(questions, answers, strict=True))
    total = sum(len(b.text) for b in content)
    out["coverage"] = min(1.0, asked / total) if total else 0.0
    out["labelled_sides"] = float(bool(seg.interviewer_labels and seg.interviewee_labels))
    # a genre word ("FAQ", "tips", "review") counts against as far as the decoding is no
    # dialogue: one word in a kicker does not outweigh many questions put to someone and
    # answered as "I" (a guide's questions ask as "I" and its answers say "you")
    out["calls_itself_other"] = float(calls_itself_other) * (1.0 - out["dialogue"])
    out["reading_strength"], out["readings_agree"] = _reading(seg)
    people = _introduced(doc.blocks, seg)
    surnames = {name.split()[-1] for name in people}
    if len(surnames) == 1:
        # the one person the intro introduces: the guest (with several, a biographer and her
        # subject say, the answers may well speak of the other)
        mention = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(surnames))) + r")\b")
        out["answers_name_guest"] = sum(1 for a in answers if _speaks_of(a, mention)) / n
    return out


def _reading(seg: Segmentation) -> tuple[float, float]:
    """How strong the segmenter's winning reading is: its score as a share of the best score its
    convention could reach (:func:`~.segment.scoring.ceiling`); and how near the runner-up comes
    to it (its score as a share of the winner's): a page that reads as an interview by two
    conventions (bold questions that also ask in words) is no accident of one mark-up, while a
    list's headings read as questions by no other convention."""
    if not seg.ranking:
        return 0.0, 0.0
    best = seg.ranking[0]
    top = ceiling(best.style)
    strength = min(1.0, max(0.0, best.score / top)) if top > 0 else 0.0
    second = seg.runner_up
    agree = 0.0
    if second is not None and best.score > 0:
        agree = min(1.0, max(0.0, second.score / best.score))
    return strength, agree


#: A quotation: what someone is quoted as saying.
_QUOTATION = re.compile(r"[\"“„«‹][^\"“”„«»‹›]{0,800}[\"”“»›]")


def _distinct_exchanges(questions: Sequence[str], answers: Sequence[str]) -> int:
    """How many different exchanges (a question and its answer's first paragraph, each
    :func:`_plain`) there are among these: the number of distinct pairs of plain texts.

    An answer's plain text only tells apart exchanges whose questions read the same; a
    question that reads like no other is an exchange of its own whatever its answer says,
    so only the answers of such repeated questions are reduced (answers are the long texts),
    and those by the start of their plain text first: answers whose plain texts start
    differently differ (a questionnaire put to many people repeats its questions, not its
    answers)."""
    plain = [_plain(q) for q in questions]
    repeats = Counter(plain)
    distinct = sum(1 for count in repeats.values() if count == 1)
    by_start: dict[tuple[str, str], list[str]] = {}
    for q, a in zip(plain, answers, strict=True):
        if repeats[q] > 1:
            by_start.setdefault((q, _plain_start(a, _START_CHARS)), []).append(a)
    for same_start in by_start.values():
        distinct += 1 if len(same_start) == 1 else len({_plain(a) for a in same_start})
    return distinct


#: How much of an answer's plain text :func:`_distinct_exchanges` compares first.
_START_CHARS = 160


def _plain_start(text: str, size: int) -> str:
    """The first ``size`` characters of ``_plain(text)``, read off as short a start of
    ``text`` as gives them: the plain text of a text's start is the start of its plain text
    (both steps go character by character)."""
    reach = size
    while True:
        start = _plain(text[:reach])
        if len(start) >= size or reach >= len(text):
            return start[:size]
        reach *= 2


def _plain(text: str) -> str:
    """Text as compared for repeats: letters and digits only, lower-cased."""
    return _NOT_WORD.sub("", text).casefold()


_NOT_WORD = re.compile(r"\W+")


def _speaks_of(answer: str, person: re.Pattern[str]) -> bool:
    """The "answer" names the person the intro introduces and, outside quotations, says no
    "I" or "we": a report on the guest, not the guest's reply."""
    if not person.search(answer):
        return False
    return not cues.first_person(_QUOTATION.sub(" ", answer))


def _asks_at_end(text: str) -> bool:
    tail = text[-80:]
    return "?" in tail or "？" in tail or "؟" in tail


def _asks(question: str) -> bool:
    tail = question[-120:]
    return (
        "?" in tail
        or "？" in tail
        or "؟" in tail
        or cues.ends_with_question(question)  # a question particle: "...ですか。", "...吗。"
        or cues.opens_with_interrogative(question)
        or cues.addresses_listener(question)
    )


def _pairs(blocks: Sequence[Block], seg: Segmentation) -> list[tuple[list[int], list[int]]]:
    """(question blocks, answer blocks) of each pair the decoding makes, as assembly groups
    them: a question starts at a marked start or after a non-question block."""
    out: list[tuple[list[int], list[int]]] = []
    previous: Role | None = None
    for i, role in enumerate(seg.roles):
        if role is Role.QUESTION:
            if i in seg.starts or previous is not Role.QUESTION:
                out.append(([i], []))
            else:
                out[-1][0].append(i)
        elif role is Role.ANSWER and out and blocks[i].text.strip():
            out[-1][1].append(i)
        if role is not Role.BOILERPLATE:
            previous = role
    return [(q, a) for q, a in out if a]


#: How many blocks before the first question may introduce the guest.
_PEOPLE_LOOK = 12


def _introduced(blocks: Sequence[Block], seg: Segmentation) -> list[str]:
    """Full names (two words or more) the title and the intro before the first question give."""
    names: list[str] = []
    seen = 0
    for block, role in zip(blocks, seg.roles, strict=False):
        if role is Role.QUESTION or seen >= _PEOPLE_LOOK:
            break
        if block.kind is BlockKind.TITLE or role is Role.INTRO:
            seen += 1
            names += find_names(block.text)
    return names


# -- weighing ------------------------------------------------------------------------------------


def _squash(z: float) -> float:
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def weigh(values: Mapping[str, float]) -> tuple[float, tuple[Evidence, ...]]:
    """The confidence (0..1) of these feature values under the weights table, and each named
    contribution (``value * weight``; the prior is the table's bias). A page whose decoding has
    no pairs stays below the threshold: there is nothing to call an interview."""
    bias, weights = _table()
    evidence = [Evidence("prior", 1.0, round(bias, 4))]
    z = bias
    for name in FEATURES:
        value = round(float(values.get(name, 0.0)), 4)
        weight = weights[name]
        z += value * weight
        evidence.append(Evidence(name, value, round(weight, 4)))
    if not values.get("pairs"):
        z += _NO_TURNS
        evidence.append(Evidence("no_pairs", 1.0, _NO_TURNS))
    elif values.get("profile_marks_questions"):
        # the publisher's own mark-up says which blocks are questions (a profile the user
        # chose): not a guess to weigh
        z += _MARKED
        evidence.append(Evidence("profile_marks_questions", 1.0, _MARKED))
    else:
        if values.get("declares_question_genre"):
            z += _DECLARED_OTHER
            evidence.append(Evidence("declares_question_genre", 1.0, _DECLARED_OTHER))
        if values.get("one_exchange"):
            z += _ONE_EXCHANGE
            evidence.append(Evidence("one_exchange", 1.0, _ONE_EXCHANGE))
        repeated = round(float(values.get("pairs_repeated", 0.0)), 4)
        if repeated:
            z += repeated * _REPEATED
            evidence.append(Evidence("pairs_repeated", repeated, _REPEATED))
    return round(_squash(z), 4), tuple(evidence)


def without_pairs(seg: Segmentation) -> Segmentation:
    """The segmentation of a page judged no interview: what the decoding took for questions and
    answers goes back to the intro (nothing is lost). Boilerplate stays boilerplate, and a
    closing note the segmenter set apart after the exchange stays the outro."""
    roles = tuple(
        Role.INTRO if role in (Role.QUESTION, Role.ANSWER) else role for role in seg.roles
    )
    return attrs.evolve(
        seg,
        roles=roles,
        starts=frozenset(),
        reasons=tuple(None for _ in roles),
        rules=tuple(None for _ in roles),
        style=None,
        interviewer_labels=frozenset(),
        interviewee_labels=frozenset(),
        other_labels=frozenset(),
    )
