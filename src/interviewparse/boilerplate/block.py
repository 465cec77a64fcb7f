"""The boilerplate rules of block scope: each reads one block's text (its words, its opening
phrase, the reader's hint) and gives a :class:`~.verdict.Verdict` or ``None``. The rules that
read a block's neighbours or the whole document are in :mod:`interviewparse.boilerplate`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from .. import lexicon
from ..blocks import Block, BlockKind
from ..lexicon._shared import NEWS_AGENCIES, PHOTO_AGENCIES, PLATFORMS, TIME_ZONES
from ..models import BoilerplateKind
from .phrases import phrase_kind
from .verdict import Verdict

_I = re.IGNORECASE


def _alternation(words: Sequence[str]) -> str:
    """An alternation of ``words`` taken literally, longest first, grouped by first letter
    (:func:`~interviewparse.lexicon.grouped`: the same match, found with one branch per
    letter instead of one per word; the months and weekdays of every language run to hundreds)."""
    return lexicon.grouped(tuple(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


def _rule(rule: str) -> str:
    """The alternatives of ``rule`` in every language (the lexicon's ``rule_phrases``)."""
    return lexicon.alternation(lexicon.rule_phrases(rule))


def _first_letters(rule: str) -> str:
    """The first letters of a rule's phrases, lower-cased, for a lookahead that lets a search
    pass most word starts without trying every alternative there."""
    return "".join(sorted({p.lstrip("^")[0].lower() for p in lexicon.rule_phrases(rule)}))


_WORDS = re.compile(r"\w+")

#: A photo agency's initials as a caption writes them in lower case ("(dpa/Ada Weiss)").
_AGENCY_INITIALS = "|".join(a for a in PHOTO_AGENCIES if a.isalpha() and len(a) <= 3)
#: The photo credits a caption ends with, each as (the characters its match may open with; the
#: rest of its pattern; whether it follows the caption's last sentence, whose mark it then only
#: looks back at). One of them, then the end of the caption (see :data:`_CAPTION_CREDIT`).
_CAPTION_CREDITS: tuple[tuple[str, str, bool], ...] = (
    (
        "[",
        rf"[^\[\]]{{0,30}}\b(?:{_rule('boilerplate.caption-credit-tail.bracket')})\b[^\[\]]{{0,30}}\]",
        False,
    ),
    (
        "(（",
        rf"\s*(?:{_rule('boilerplate.caption-credit-tail.paren')})\s*[:：][^()（）]{{1,80}}[)）]",
        False,
    ),
    (
        "(",
        rf"(?-i:[A-Z]|{_AGENCY_INITIALS})[^()/]{{0,40}}/\s?(?-i:[A-Z])[^()/]{{0,40}}\)",
        False,
    ),
    ("(", rf"(?:{'|'.join(PHOTO_AGENCIES)})\)", False),
    # "... at the harbour. Photo: AP" - an unbracketed credit after the caption's last sentence
    (
        ".!?।",
        rf"\s(?:{_rule('boilerplate.caption-credit-tail')})"
        rf"(?:\s?(?:{_rule('boilerplate.photo-credit-line.credit')}))?\s?:\s?[^.:()]{{1,60}}",
        True,
    ),
    # "图为……。摄影：王磊", "……。写真：山田": a CJK/Arabic credit after the caption
    (
        "。．.!?！？",
        rf"\s*(?:{_rule('boilerplate.caption-credit-tail.after-cjk')})\s?[:：]\s?[^。.:：()]{{1,30}}",
        True,
    ),
    # "... in her vineyard. © Lucas Martin": a copyright credit after the caption's sentence
    (".!?", r"\s(?:©|ⓒ)\s?[^.©ⓒ]{1,60}", True),
    # "……。（本报记者 陈浩 摄）": a bracketed CJK credit that closes with "摄" (photographed by)
    (
        "（(",
        rf"[^（）()]{{1,40}}(?:{_rule('boilerplate.caption-credit-tail.photographed')})\s?[)）]",
        False,
    ),
)


def _one_of(characters: str) -> str:
    """A character class of ``characters``, escaped."""
    return f"[{re.escape(characters)}]"


#: Every character a credit of :data:`_CAPTION_CREDITS` opens with.
_CREDIT_OPENERS = _one_of("".join(dict.fromkeys("".join(c[0] for c in _CAPTION_CREDITS))))
#: A caption ending with a photo credit, for a search that asks only whether there is one: it
#: opens with a character of :data:`_CREDIT_OPENERS` (the opening mark of each credit, or the
#: mark of the sentence before it) and looks back at it, so the regex engine skips in C from
#: one such mark to the next instead of trying eight alternatives at every position of a long
#: caption.
_CAPTION_CREDIT = re.compile(
    _CREDIT_OPENERS
    + "(?:"
    + "|".join(f"(?<={_one_of(opens)}){rest}" for opens, rest, _ in _CAPTION_CREDITS)
    + r")\s*$",
    _I,
)
_CAPTION_HEAD = re.compile(
    rf"^(?:{_rule('boilerplate.photo-credit-line')})\s*(?:(?:{_rule('boilerplate.photo-credit-line.credit')})\s*)?:\s*\S"
    # the abbreviations that open a Polish or Czech caption without a colon: "Fot. Jan Nowak"
    rf"|^(?:{_rule('boilerplate.photo-credit-line.abbreviations')})\.\s*\S",
    _I,
)
#: The names of the months and weekdays, every spelling of every language in the lexicon (the
#: same table :mod:`.dates` reads dates with), longest first.
_MONTHS = _MONTH_WORD = _alternation(lexicon.union("months"))
#: The word that opens a byline ("by", "von", "par", "av"), in every language of the lexicon.
_BY = _alternation([w for w in lexicon.union("byline_phrases") if w.isalpha()])
_WEEKDAYS = _WEEKDAY_WORD = _alternation(lexicon.union("weekdays"))
#: A day's ordinal suffix ("1st", "1er") and the words between day, month and year ("de").
_ORDINAL, _JOINER = lexicon.date_parts()
_DATELINE = re.compile(
    rf"^(?:(?:{_WEEKDAYS}),?\s+)?(?:"
    rf"(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\.?\s+(?:(?:{_JOINER})\s+)?(?:{_MONTHS})\s+(?:(?:{_JOINER})\s+)?\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r")\.?$",
    _I,
)
#: A calendar date, in figures or with the month's name (as :mod:`.dates` reads them).
_DATE_CORE = re.compile(
    r"(?<!\w)(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})"
    r"|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|\d{4}년\s?\d{1,2}월\s?\d{1,2}일"
    rf"|\d{{1,2}}(?:\.|{_ORDINAL})?\s+(?:(?:{_JOINER})\s+)?(?:{_MONTH_WORD})\.?,?"
    rf"\s+(?:(?:{_JOINER})\s+)?\d{{4}}"
    rf"|(?:{_MONTH_WORD})\.?\s+\d{{1,2}}(?:{_ORDINAL})?,?\s+\d{{4}}"
    r")(?!\w)",
    _I,
)
#: Every date :data:`_DATE_CORE` reads holds a year in four figures or figures on both sides of
#: a separator ("3.6.26"): a cheap search for them rules out its search on most texts.
_DATE_FIGURES = re.compile(r"\d{4}|\d[-./]\d")
#: What may stand beside the date on a date line: the word for "published" or "updated" (and
#: its preposition), a weekday, a time and its zone, a reading time, a place before a dash.
_DATELINE_LABEL = "(?:" + "|".join(lexicon.phrases("dateline_phrases")) + ")"
#: A time that is not a calendar date: "3 hours ago", "vor 2 Stunden", "il y a 5 minutes"
#: (a date line only beside the word for "published" or "updated"), and a reading time: "4 min
#: read", "Lesezeit: 4 Min.".
_RELATIVE_TIME = re.compile(rf"(?<!\w)(?:{_rule('boilerplate.dateline.relative-time')})(?!\w)", _I)
_READING_UNIT = _rule("boilerplate.dateline.reading-time.units")
_READING_TIME = re.compile(
    rf"(?<!\w)(?:\d{{1,3}}\s?(?:{_READING_UNIT})\.?\s+(?:{_rule('boilerplate.dateline.reading-time.after')})"
    rf"|(?:{_rule('boilerplate.dateline.reading-time.before')})\s*:?\s*"
    rf"\d{{1,3}}\s?(?:{_READING_UNIT})?\.?)(?!\w)",
    _I,
)
_DATELINE_EXTRAS = re.compile(
    rf"(?<!\w)(?:{_DATELINE_LABEL}"
    rf"|(?:{_WEEKDAY_WORD})\.?"
    rf"|(?:(?:{_rule('boilerplate.dateline.time-at')})\s+)?(?:\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?"
    rf"(?:\s*(?:{_rule('boilerplate.dateline.time-suffix')}))?|\d{{1,2}}\s?h\s?\d{{2}}|\d{{1,2}}h)"
    r"|(?:utc|gmt)?\s?[+-]\d{1,2}(?::?\d{2})?"
    rf"|{'|'.join(TIME_ZONES)})(?!\w)",
    _I,
)
_DATELINE_LABEL_ALONE = re.compile(rf"(?<!\w){_DATELINE_LABEL}(?!\w)", _I)
#: A place before the date: "Sevilla - 28 JUN 2026", "BERLIN, 3. Juni 2026".
_DATELINE_PLACE = re.compile(
    rf"^(?!(?i:{_BY})\s)"
    r"(?-i:[A-ZÀ-ÞА-ЯЁІЇЄ])[\w'’.-]*(?:\s(?-i:[A-ZÀ-ÞА-ЯЁІЇЄ])[\w'’.-]*){0,2}"
    r"(?:,\s|\s[-–—|·]\s)"
)
_DATELINE_MAX_CHARS = 90
_DIGIT = re.compile(r"\d")


def _dateline(text: str) -> bool:
    """The block is a date line: a date, and beside it only what date lines carry (the word for
    "published" or "updated", a weekday, a time and its zone, a reading time, a place before a
    dash): "Erschienen am 03.06.2026", "Tue 19 May 2026 07.00 BST", "7 min read·Mar 30, 2026",
    "Sevilla - 28 JUN 2026 - 05:40 CEST". A sentence with a date in it ("On 3 June 2026 we
    left.") keeps words of its own and is not one."""
    if len(text) > _DATELINE_MAX_CHARS or _DIGIT.search(text) is None:
        return False
    if _DATELINE.search(text):
        return True
    # (most short lines with a figure hold no date: a count, a price, a time)
    rest, dates = _DATE_CORE.subn(" ", text) if _DATE_FIGURES.search(text) else (text, 0)
    rest, readings = _READING_TIME.subn(" ", rest)
    if not dates and not readings:
        # "Updated 3 hours ago": a relative time only beside the word for "updated" (the
        # relative time looked for first: the cheaper search, and the rarer find)
        relative, dates = _RELATIVE_TIME.subn(" ", rest)
        if not dates or _DATELINE_LABEL_ALONE.search(rest) is None:
            return False
        rest = relative
    rest = _DATELINE_PLACE.sub(" ", _DATELINE_EXTRAS.sub(" ", rest))
    return not any(c.isalnum() for c in rest)


# One leading \b for all the alternatives (^anzeige$ and ^werbung$ start at a word boundary
# anyway): positions inside words then fail at once instead of once per alternative, which made
# this the slowest rule on long paragraphs. The lookahead on the alternatives' first letters
# (Cyrillic п and н last) passes over most word starts too.
_SPONSOR = re.compile(
    rf"\b(?=[{_first_letters('boilerplate.sponsor-disclosure')}])"
    rf"(?:{_rule('boilerplate.sponsor-disclosure')})",
    _I,
)
# As _SPONSOR: one \b and a lookahead on the first letters (Cyrillic п last) for all alternatives.
_NEWSLETTER = re.compile(
    rf"\b(?=[{_first_letters('boilerplate.newsletter-prompt')}])"
    rf"(?:{_rule('boilerplate.newsletter-prompt')})",
    _I,
)
#: A call to sign up that closes the block after a dash or a full stop: "Mehr ... in unserem
#: Newsletter – jetzt anmelden.", "... in our weekly email. Sign up now" (in mid-sentence the
#: same words are someone's answer).
_SIGNUP_PHRASE = rf"(?:{_rule('boilerplate.signup-close')})\s*[.!]?\s*$"
#: The call found in two searches: alone on the line, and after a dash or a full stop,
#: opening with that mark (looked back at to tell which) so that the regex engine skips in C
#: from one mark to the next.
_SIGNUP_ALONE = re.compile(_SIGNUP_PHRASE, _I)
_SIGNUP_AFTER_MARK = re.compile(rf"[–—.!:-](?:(?<=[–—-])\s*|(?<=[.!:])\s+){_SIGNUP_PHRASE}", _I)
_RELATED = re.compile(
    rf"^(?:{_rule('boilerplate.related-heading')})\b"
    # then a colon, an arrow or the end, or a link title: "Read more books" is advice
    r"(?=\s*(?:[:：›»>|–—…-]|$)|\s+[^\w\s]|\s+(?-i:[A-ZÀ-ÞА-ЯЁ0-9]))",
    _I,
)
_ALSO_APPEARS = re.compile(rf"^(?:{_rule('boilerplate.also-appeared')})", _I)
_PODCAST = re.compile(
    # ("Podcast enregistré le …", not "Podcast ? Non, …"; "Écoutez l'émission", not the
    # answer's "Écoutez, je ne sais pas")
    rf"^(?:{_rule('boilerplate.podcast-promo')})",
    _I,
)
_INTERVIEW_CREDIT = re.compile(rf"^(?:{_rule('boilerplate.interview-credit')})\b", _I)
#: A disclosure that the publisher is paid for purchases through its links, in a few languages
#: (a commission and the way to it: a purchase "when you buy", "through links"):
#: "We may earn a commission when you buy through links on our site.", "Dieser Artikel enthält
#: Affiliate-Links", "... une commission sur les achats effectués via ces liens".
_AFFILIATE_ROUTE = f"(?:{_rule('boilerplate.affiliate-disclosure.route')})"
_COMMISSION = f"(?:{_rule('boilerplate.affiliate-disclosure.commission')})"
_AFFILIATE = re.compile(
    rf"\b(?:{_rule('boilerplate.affiliate-disclosure.modal')})\s+(?:\w+\s+){{0,2}}?"
    rf"(?:{_rule('boilerplate.affiliate-disclosure.earn')})\s+"
    rf"(?:\w+\s+){{0,3}}?{_COMMISSION}\b[^.!?]{{0,80}}?"
    rf"\b{_AFFILIATE_ROUTE}"
    rf"|\b{_AFFILIATE_ROUTE}[^.!?]{{0,80}}\b{_COMMISSION}\b"
    rf"|\b(?:{_rule('boilerplate.affiliate-disclosure.contains')})\s+(?:\w+\s+)?"
    rf"(?:{_rule('boilerplate.affiliate-disclosure.link-kind')})\b"
    rf"|\b(?:{_rule('boilerplate.affiliate-disclosure')})",
    _I,
)
_AFFILIATE_WORDS = lexicon.rule_phrases("boilerplate.affiliate-disclosure.prefilter")


def _affiliate(text: str) -> bool:
    """Holds an affiliate disclosure (:data:`_AFFILIATE`); searched only when one of its words
    is there."""
    lowered = text.lower()
    return any(map(lowered.__contains__, _AFFILIATE_WORDS)) and bool(_AFFILIATE.search(text))


_TIME_WORDS = f"(?:{_rule('boilerplate.donation-appeal.when')})"
_DONATE_VERBS = f"(?:{_rule('boilerplate.donation-appeal')})"
_SUPPORT_VERBS = f"(?:{_rule('boilerplate.donation-appeal.support')})"
#: A donation appeal: "Donate today", "Jetzt spenden", "Support <the station>: donate now".
_DONATE = re.compile(
    rf"^\W{{0,3}}(?:{_DONATE_VERBS}\s+{_TIME_WORDS}|{_rule('boilerplate.donation-appeal.now')})\b\W*$"
    rf"|^\W{{0,3}}{_SUPPORT_VERBS}\b[^.!?:]{{0,60}}[:–—-]\s*{_DONATE_VERBS}\b[^.!?]{{0,40}}[.!]?$",
    _I,
)
#: A link to the audio or video of the piece with its running time: "Listen to this segment
#: (8 min)", "Listen (5 min)", "Watch the interview [12:30]", "Hören (4 Min.)".
_MEDIA_RUNTIME = re.compile(
    rf"^\W{{0,3}}(?:(?:{_rule('boilerplate.media-runtime')})\b"
    rf"|{_rule('boilerplate.media-runtime.inside-words')})"
    r"[^.!?]{0,60}?[(\[（]\s*\d{1,3}(?:[:.]\d{2}){0,2}\s*"
    rf"(?:{_rule('boilerplate.media-runtime.units')})?"
    r"\s*[)\]）]\s*$",
    _I,
)
#: A broadcaster's note on how its transcripts are made: "<Station> transcripts are created on a
#: rush deadline", "Accuracy and availability may vary", "This transcript was machine-generated".
_TRANSCRIPT_NOTE = re.compile(rf"\b(?:{_rule('boilerplate.transcript-note')})", _I)
#: An agency's or the desk's credit: "(APA)", "(red)", "(dpa/lnw, 18.9.2015)", "dpa/lnw", "APA".
#: Bare, the agency is alone or followed by a separator and no word of four small letters: "Red
#: wine, mostly." and "AP style is dead." are answers.
_AGENCIES = "|".join(NEWS_AGENCIES)
#: An agency's credit, or the desk's ("(red)"), alone on its line: "(APA)", "dpa/AFP".
_AGENCY = re.compile(
    rf"^\((?:{_AGENCIES}|{_rule('boilerplate.agency-credit.desk')})\b[^()]{{0,40}}\)?\.?$"
    rf"|^(?:{_AGENCIES})"
    r"(?:\s*[/,;–-]\s*(?:(?![a-zà-ÿ]{4})[^()])*)?\.?$"
)
_SOURCE = re.compile(rf"^(?:{_rule('boilerplate.source-line')})\s*[:：]\s*\S", _I)
#: A copyright line: "© 2026 X. All rights reserved.", "Copyright © 2026 X", "© X 2026", or a
#: short line that reserves the rights ("… Wszelkie prawa zastrzeżone.", "版权所有") beside a
#: "©" or a year. An answer that talks about copyright ("Copyright law is a mess.") has neither.
_COPYRIGHT_OPENS = re.compile(
    r"^\W{0,3}(?:copyright\s*(?:©|ⓒ|\(c\)|(?:19|20)\d\d)|©|ⓒ|\(c\)\s*\d{4})", _I
)
_RIGHTS_RESERVED = re.compile(rf"(?<!\w)(?:{_rule('boilerplate.copyright-line')})", _I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


#: Every phrase :data:`_RIGHTS_RESERVED` knows holds one of these (lower-cased).
_RIGHTS_WORDS = lexicon.rule_phrases("boilerplate.copyright-line.prefilter")
#: Any of them, found in one scan (see :func:`~interviewparse.lexicon.from_rarest_letter`).
_RIGHTS_WORD = re.compile(lexicon.from_rarest_letter(_RIGHTS_WORDS))


def _copyright(text: str) -> bool:
    """A copyright line (:data:`_COPYRIGHT_OPENS`, or :data:`_RIGHTS_RESERVED` beside "©" or a
    year); the phrases are searched only in a text that holds one of their words."""
    if _COPYRIGHT_OPENS.match(text):
        return True
    if _RIGHTS_WORD.search(text.lower()) is None:
        return False
    marked = "©" in text or "ⓒ" in text or _YEAR.search(text) is not None
    return marked and bool(_RIGHTS_RESERVED.search(text))


#: A note on reprinting: "（本文为……原创稿件，转载请注明出处）", "未经授权不得转载",
#: "無断転載を禁じます", "This article was republished from ...", "Nachdruck nur mit Genehmigung".
_REPRINT = re.compile(rf"(?:{_rule('boilerplate.reprint-note')})", _I)
_REPRINT_WORDS = lexicon.rule_phrases("boilerplate.reprint-note.prefilter")


def _reprint(text: str) -> bool:
    """A note on reprinting (:data:`_REPRINT`), searched only when one of its words is there."""
    lowered = text.lower()
    return any(map(lowered.__contains__, _REPRINT_WORDS)) and bool(_REPRINT.search(text))


#: The desk's initials closing an agency report: "(rzp/ags)", "(ant/dwi)".
_DESK_INITIALS = re.compile(r"^\(\s*[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})+\s*\)\.?$")
#: "Programme «Morning talk»", "Sendung: „Am Morgen“": the broadcast a transcript comes from.
_PROGRAMME = re.compile(
    rf"^(?:{_rule('boilerplate.programme-line')})\s*[:–—-]?\s*[«\"„“‚‹'][^«»\"“”„‹›]{{1,60}}"
    r"[»\"“”›']\s*$",
    _I,
)
#: The role words of a credit line under the headline: "Autor: Karolina Nowak", "作者：何佳慧",
#: "文：森田亮 写真：石川葵", "Ведучий — Олена Ткачук"; and "By Jane Doe" before the name.
_CREDIT_ROLE = f"(?:{_rule('boilerplate.credit-line')})"
_CREDIT_LINE = re.compile(
    rf"^\W{{0,2}}(?:{_CREDIT_ROLE}(?:\s*[・&、]\s*{_CREDIT_ROLE})*\s*(?:[:：=＝/]|\s[–—-]\s)"
    rf"|(?:{_rule('boilerplate.credit-line.photo')})s?\s+(?:{_rule('boilerplate.credit-line.photo-by')})\s"
    rf"|(?P<by>{_BY})\s)\s*",
    _I,
)
#: A Korean reporter's byline: "홍길동 기자", "홍길동 기자 hong@example.com".
_KOREAN_BYLINE = re.compile(
    rf"^[가-힣]{{2,4}}\s?(?:{_rule('boilerplate.credit-line.korean-byline')})(?:\s*[\w.+-]+@[\w.-]+)?$"
)
_CREDIT_ROLE_ALONE = re.compile(rf"^{_CREDIT_ROLE}$", _I)
_CREDIT_NAME_TOKEN = re.compile(r"[^\s:：,、;/&|·・=＝–—-]+")


#: Words a list of names may hold in lower case: "and", and the particles of names ("Ursula
#: von der Leyen", "Juan de la Cruz"), and "on"/"via" before a picture agency.
@cache
def _connectors(langs: tuple[str, ...] | None) -> frozenset[str]:
    """The lower-case words of a list of names in the document's languages."""
    return (
        frozenset(w.casefold() for w in lexicon.filled("and_words", langs))
        | lexicon.words("name_particles")
        | frozenset(lexicon.rule_phrases("boilerplate.credit-line.agency-before"))
        | {"&"}
    )


_CREDIT_MAX_WORDS = 12


def _credit_line(text: str) -> bool:
    """A credit line that gives only names after its role word, maybe a second credit and the
    date beside it: "Autor: Karolina Nowak", "By Jane Doe · April 22, 2026", "作者：何佳慧".

    What follows the role must read as names: every word capitalised (or in a script without
    capitals), no sentence ending, no figures but a date's; "By bus, mostly." and "Text: we
    wrote it together." are sentences, not credits. After "By" two names at least ("By
    Christmas" is a time)."""
    if text[:1] in "(（" and text[-1:] in ")）":
        text = text[1:-1].strip()  # "（聞き手・構成：山田花子）"
    if _KOREAN_BYLINE.match(text):
        return True
    match = _CREDIT_LINE.match(text)
    if match is None:
        return False
    rest = _DATE_CORE.sub(" ", text[match.end() :])
    rest = _DATELINE_EXTRAS.sub(" ", _RELATIVE_TIME.sub(" ", rest))
    if re.search(r"[!?。！？\d]|[^\W\d_]{2,}\.(?!\w)", rest):
        return False
    names = 0
    for token in _CREDIT_NAME_TOKEN.findall(rest):
        if token.lower() in _connectors(lexicon.document_languages()) or _CREDIT_ROLE_ALONE.match(
            token
        ):
            continue
        first = token[0]
        if first.islower() or not (first.isalpha() or first in "(«“\"'"):
            return False
        names += 1
    return names >= (2 if match["by"] else 1)


#: A prompt to follow the publisher on a channel: "Follow us on Instagram", "Підписуйтеся на …
#: у Telegram", "Join our WhatsApp channel". An imperative opens it and a channel is named after
#: a preposition or "our"; an answer that names a platform ("Follow your instinct, not
#: Instagram.") has neither shape.
_FOLLOW_VERB = f"(?:{_rule('boilerplate.follow-prompt')})"
_CHANNEL = f"(?:{'|'.join(PLATFORMS)})"
_FOLLOW_PROMPT = re.compile(
    rf"^\W{{0,3}}{_FOLLOW_VERB}(?!\w)[^.!?]{{0,80}}?(?<!\w)"
    rf"(?:{_rule('boilerplate.follow-prompt.where')})"
    rf"\s+(?:[^\s.!?]+\s+){{0,3}}?{_CHANNEL}(?!\w)",
    _I,
)
_US = re.compile(rf"(?<!\w)(?:{_rule('boilerplate.follow-prompt.us')})(?!\w)", _I)


def _follow_prompt(text: str) -> bool:
    """A prompt to follow on a channel (:data:`_FOLLOW_PROMPT`) that says "us"/"our" or is an
    unpunctuated button line; never a question."""
    if "?" in text or not _FOLLOW_PROMPT.search(text):
        return False
    return bool(_US.search(text)) or text.rstrip()[-1:] not in ".!…"


#: The invitation under an opinion piece to write a letter: "If you would like to submit a
#: response … for publication in our letters section".
_LETTERS_PROMPT = re.compile(_rule("boilerplate.letters-prompt"), _I)
_LETTERS_WORDS = lexicon.rule_phrases("boilerplate.letters-prompt.prefilter")


def _letters_prompt(text: str) -> bool:
    """An invitation to write a letter (:data:`_LETTERS_PROMPT`); every form of it says
    "letter" or "opinion", "view", "thoughts"."""
    lowered = text.lower()
    return any(map(lowered.__contains__, _LETTERS_WORDS)) and bool(_LETTERS_PROMPT.search(text))


#: A media player's clock: the time played against the running time ("0:00/1:33:01", "02:15 /
#: 45:00"), or the time left ("-1:33:01"). A sentence never reads so; a transcript's own
#: timestamps ("00:12:30") stand alone, without the slash or the minus, and are left to it.
_PLAYER_TIME = re.compile(
    r"^(?:\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?|[-−–]\s?\d{1,2}:\d{2}(?::\d{2})?)$"
)
#: The attribution line under an embedded social-media post: "— Jane Roe (@janeroe) March 3,
#: 2025", "Harbour Watch (@harbourwatch) 3. März 2025" (a name, the handle, the date).
_POST_ATTRIBUTION = re.compile(
    r"^[—–-]?\s*[^()@\n]{1,60}\(@\w{1,30}\)\s*(?:[•·|]\s*)?(?P<date>.{4,40})$"
)


def _post_attribution(text: str) -> bool:
    """An embedded post's attribution line (:data:`_POST_ATTRIBUTION`) whose tail is a date."""
    if "(@" not in text:
        return False
    match = _POST_ATTRIBUTION.match(text)
    return match is not None and _DATE_CORE.search(match.group("date")) is not None


#: A wiki's maintenance notice about the page itself: "This article requires review ...",
#: "This page was last edited on ...", "Article last amended: ...". It opens the block.
_MAINTENANCE = re.compile(rf"^\W{{0,3}}(?:{_rule('boilerplate.maintenance-notice')})", _I)


#: The separators of a row of topics or links: "Urbanismo · Cambio climático · Sevilla".
_LIST_SEPARATORS = (" · ", " | ", " • ", " ｜ ")
_LIST_ITEM_MAX_WORDS = 4


def _separated_list(text: str) -> bool:
    """A row of three or more short items (topics, sections) set apart by "·", "|" or "•",
    each opening with a capital (or in a script without capitals), none of them a sentence, a
    list of its own or a label."""
    for sep in _LIST_SEPARATORS:
        if text.count(sep) < 2:
            continue
        items = [item.strip() for item in text.split(sep)]
        return all(
            item
            and _words(item) <= _LIST_ITEM_MAX_WORDS
            and item[-1] not in ".!?:;…"
            and not any(mark in item for mark in ":,;")
            and not item[0].islower()
            for item in items
        )
    return False


_COMMENTS_HEAD = re.compile(
    rf"^(?:\d+\s+)?(?:{_rule('boilerplate.comments-header')})"
    r"\b\s*(?:\(\d+\))?\s*(?:</\w+>)?\s*$"
    rf"|^(?:{_rule('boilerplate.comments-header.prompt')})\b",
    _I,
)
_PULL_QUOTE = re.compile(
    r"""^["“„«].{10,400}["”“»]\s*[—–-]\s*\W?\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,5}"""
    r"""(?:,[^.!?]{0,100})?$"""
)
_NAME_ONLY = re.compile(r"^\W?\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,4}$")
_TERMINAL = re.compile(r"""[.!?…:;,"'“”»)\]]\s*$""")


#: No rule looks at blocks of more words than this (a sponsor note, a pull quote).
_MOST_WORDS = 80
#: A space that no word character follows (punctuation, another space or the end follows).
_SPACE_NOT_BEFORE_WORD = re.compile(r" (?!\w)")


def _words(text: str) -> int:
    # subn counts the matches without building a string for each
    return _WORDS.subn("", text)[1]


def _fewest_words(text: str) -> int:
    """At least how many words ``text`` has: one for each space a word character follows, and
    one if it opens with a word character (each starts a different word).

    Spaces are found by a fast scan for one character, two to three times cheaper than matching
    every character of every word, and in prose nearly every word follows a space: enough to
    rule out the rules a block is too long for without counting its words."""
    starts = text.count(" ") - len(_SPACE_NOT_BEFORE_WORD.findall(text))
    return starts + (text[:1].isalnum() or text[:1] == "_")


#: Every sponsor disclosure :data:`_SPONSOR` knows holds one of these words (in any case).
_SPONSOR_WORDS = lexicon.rule_phrases("boilerplate.sponsor-disclosure.prefilter")
#: The letters that IGNORECASE matching takes for a letter of those words but that ``str.lower``
#: does not lower to it: dotted and dotless i, long s, and two old Cyrillic letter forms
#: (tests/test_speed_segment_equivalence.py derives them from ``re`` itself).
_CASE_ODDITIES = ("\u0130", "\u0131", "\u017f", "\u1c81", "\u1c82")


def _sponsor(text: str) -> bool:
    """Holds a sponsor disclosure (:data:`_SPONSOR`).

    The pattern is searched only in a text that holds one of its words: lower-casing the text
    and looking for a few words is several times cheaper than trying the pattern at every word,
    and the pattern runs on most blocks of a page."""
    # (map over the bound __contains__ keeps the loop in C: this runs on most blocks)
    lowered = text.lower()
    if not any(map(lowered.__contains__, _SPONSOR_WORDS)) and not any(
        map(text.__contains__, _CASE_ODDITIES)
    ):
        return False
    return _SPONSOR.search(text) is not None


#: A photographer's name in capitals closing a caption, after its sentence: "… en la plaza de
#: Sevilla. PACO ROMERO", "… in Leeds. JANE DOE / AGENCY".
_CAPS_CREDIT_TAIL = re.compile(
    r"(?<=[.!?。])\s+"
    r"(?-i:[A-ZÀ-ÞÑА-ЯЁ][A-ZÀ-ÞÑА-ЯЁ'’.-]+(?:[ -][A-ZÀ-ÞÑА-ЯЁ][A-ZÀ-ÞÑА-ЯЁ'’.-]*){1,3})"
    r"(?:\s?/\s?[^\s/]+(?:\s[^\s/]+){0,2})?\s*$"
)


def _caps_credit_tail(text: str) -> bool:
    """Ends with a name in capitals after the caption's sentence (:data:`_CAPS_CREDIT_TAIL`);
    only a text whose last letter is a capital is searched, and only its last characters."""
    last = text.rstrip()[-1:]
    if not last.isupper():
        return False
    return _CAPS_CREDIT_TAIL.search(text, max(0, len(text) - 60)) is not None


def _caption_tail(text: str) -> bool:
    """Ends with a photo credit (:data:`_CAPTION_CREDIT`).

    Every credit the pattern knows ends the text with "]", ")" or "）", or follows a colon or
    "©" ("Photo: AP", "摄影：王磊", "© Lucas Martin") at most 61 characters from the end; a text
    with neither is not
    searched (searching from every position of a long paragraph made this the costliest rule)."""
    core = text.rstrip()
    tail = core[-64:]
    if core[-1:] not in ("]", ")", "）") and not any(
        mark in tail for mark in (":", "：", "©", "ⓒ")
    ):
        return False
    return _CAPTION_CREDIT.search(text) is not None


_TRANSCRIPT_WORDS = lexicon.rule_phrases("boilerplate.transcript-note.prefilter")


def _transcript_note(text: str) -> bool:
    """Holds a note on how transcripts are made (:data:`_TRANSCRIPT_NOTE`); every form of it
    holds "transcri", "transkri" or "accuracy", so the pattern is searched only then."""
    lowered = text.lower()
    return any(map(lowered.__contains__, _TRANSCRIPT_WORDS)) and bool(_TRANSCRIPT_NOTE.search(text))


def _signup_close(text: str) -> bool:
    """Closes with a call to sign up (:data:`_SIGNUP_ALONE`, :data:`_SIGNUP_AFTER_MARK`); only
    the last characters can hold it, so only they are searched (the call alone on its line only
    in a text no longer than those)."""
    start = max(0, len(text.rstrip()) - 60)
    if start == 0 and _SIGNUP_ALONE.match(text) is not None:
        return True
    return _SIGNUP_AFTER_MARK.search(text, start) is not None


def _short(limit: int) -> Callable[[str], bool]:
    return lambda text: _words(text) <= limit


#: The longest kicker and pull-quote attribution lines, in words.
_KICKER_MAX_WORDS = 10
_ATTRIBUTION_MAX_WORDS = 6


def _kicker(text: str, words: int) -> bool:
    """A short line in capitals with no sentence punctuation: a kicker or section label.

    ``text`` is an unlabelled block's (stripped or not: spaces are neither letters nor
    punctuation) and ``words`` its word count, counted once by the caller; the cheap tests run
    before the per-character one, which only short lines reach."""
    if words > _KICKER_MAX_WORDS or _TERMINAL.search(text):
        return False
    letters = "".join(filter(str.isalpha, text))  # (filter and map keep the loops in C)
    if len(letters) < 6:
        return False
    return sum(map(str.isupper, letters)) / len(letters) >= 0.8


def _attribution(block: Block, words: int) -> bool:
    """A dash followed by a name and nothing else: the attribution line of a pull quote.

    A name has no full stop after it and, alone, is a full name: in a dialogue-dash interview
    "– Oui." and "– Jamais" are answers."""
    text = block.text.rstrip()
    return (
        bool(block.dash)
        and 2 <= words <= _ATTRIBUTION_MAX_WORDS
        and text[-1:] not in ".!?…"
        and bool(_NAME_ONLY.match(text))
        and (all(w[:1].isupper() for w in text.split()))
    )


#: A rule on a block's own text: (rule id, kind, reason, test, most words).
_TextRule = tuple[str, BoilerplateKind, str, Callable[[str], object], int]
#: (rule id, kind, reason, test, most words): a block of at most that many words for which the
#: test finds something is that kind of clutter. The tests are the patterns' ``search``, and
#: for the photo credit and the sponsor note a cheaper check before it.
_TEXT_RULES: tuple[_TextRule, ...] = (
    (
        "boilerplate.caption-credit-tail",
        BoilerplateKind.CAPTION,
        "caption: ends with a photo credit",
        _caption_tail,
        40,
    ),
    (
        "boilerplate.caption-name-in-capitals",
        BoilerplateKind.CAPTION,
        "caption: ends with a name in capitals",
        _caps_credit_tail,
        40,
    ),
    (
        "boilerplate.photo-credit-line",
        BoilerplateKind.CREDIT,
        "photo credit line",
        _CAPTION_HEAD.search,
        25,
    ),
    (
        "boilerplate.dateline",
        BoilerplateKind.DATELINE,
        "dateline: the block is only a date",
        _dateline,
        14,
    ),
    ("boilerplate.sponsor-disclosure", BoilerplateKind.SPONSOR, "sponsor disclosure", _sponsor, 80),
    (
        "boilerplate.newsletter-prompt",
        BoilerplateKind.NEWSLETTER,
        "newsletter prompt",
        _NEWSLETTER.search,
        30,
    ),
    (
        "boilerplate.signup-close",
        BoilerplateKind.NEWSLETTER,
        "call to sign up closes the block",
        _signup_close,
        30,
    ),
    (
        "boilerplate.affiliate-disclosure",
        BoilerplateKind.SPONSOR,
        "affiliate disclosure",
        _affiliate,
        60,
    ),
    ("boilerplate.donation-appeal", BoilerplateKind.PROMO, "donation appeal", _DONATE.search, 15),
    (
        "boilerplate.media-runtime",
        BoilerplateKind.PROMO,
        "listen/watch link with a running time",
        _MEDIA_RUNTIME.search,
        12,
    ),
    (
        "boilerplate.transcript-note",
        BoilerplateKind.EDITORIAL_NOTE,
        "note on how transcripts are made",
        _transcript_note,
        40,
    ),
    (
        "boilerplate.related-heading",
        BoilerplateKind.RELATED,
        "related-links / press-room heading",
        _RELATED.search,
        12,
    ),
    (
        "boilerplate.also-appeared",
        BoilerplateKind.EDITORIAL_NOTE,
        "note that the text also appeared elsewhere",
        _ALSO_APPEARS.search,
        40,
    ),
    ("boilerplate.podcast-promo", BoilerplateKind.PROMO, "podcast promotion", _PODCAST.search, 40),
    (
        "boilerplate.interview-credit",
        BoilerplateKind.CREDIT,
        "interview credit line",
        _INTERVIEW_CREDIT.search,
        12,
    ),
    ("boilerplate.agency-credit", BoilerplateKind.CREDIT, "agency credit", _AGENCY.search, 10),
    ("boilerplate.source-line", BoilerplateKind.CREDIT, "source line", _SOURCE.search, 12),
    (
        "boilerplate.pull-quote",
        BoilerplateKind.PULL_QUOTE,
        "pull quote with attribution",
        _PULL_QUOTE.search,
        80,
    ),
    ("boilerplate.copyright-line", BoilerplateKind.FOOTER, "copyright line", _copyright, 25),
    (
        "boilerplate.reprint-note",
        BoilerplateKind.EDITORIAL_NOTE,
        "note on reprinting",
        _reprint,
        60,
    ),
    (
        "boilerplate.desk-initials",
        BoilerplateKind.CREDIT,
        "desk initials",
        _DESK_INITIALS.search,
        6,
    ),
    (
        "boilerplate.programme-line",
        BoilerplateKind.HEADING,
        "programme line",
        _PROGRAMME.search,
        10,
    ),
    (
        "boilerplate.credit-line",
        BoilerplateKind.CREDIT,
        "credit line: a role and names",
        _credit_line,
        _CREDIT_MAX_WORDS,
    ),
    (
        "boilerplate.follow-prompt",
        BoilerplateKind.PROMO,
        "prompt to follow on a channel",
        _follow_prompt,
        25,
    ),
    (
        "boilerplate.letters-prompt",
        BoilerplateKind.PROMO,
        "invitation to write a letter",
        _letters_prompt,
        80,
    ),
    (
        "boilerplate.player-time",
        BoilerplateKind.PROMO,
        "media player's clock",
        _PLAYER_TIME.search,
        8,
    ),
    (
        "boilerplate.post-attribution",
        BoilerplateKind.OTHER,
        "attribution line of an embedded post",
        _post_attribution,
        20,
    ),
    (
        "boilerplate.maintenance-notice",
        BoilerplateKind.EDITORIAL_NOTE,
        "wiki maintenance notice about the page",
        _MAINTENANCE.search,
        60,
    ),
    (
        "boilerplate.topic-row",
        BoilerplateKind.TAGS,
        "row of topics set apart by separators",
        _separated_list,
        20,
    ),
)
#: For each word count up to :data:`_MOST_WORDS` (the largest limit above), the rules whose limit
#: is at least that count, in the table's order; a longer block is tested with none.
_RULES_FOR_WORDS: tuple[tuple[_TextRule, ...], ...] = tuple(
    tuple(rule for rule in _TEXT_RULES if words <= rule[4]) for words in range(_MOST_WORDS + 1)
)
#: The rules that find nothing in a text holding none of their words (in lower case): each
#: looks for its words first, one scan of the text per word, and lower-cases the text to do so.
_WORD_GATED = {
    _sponsor: _SPONSOR_WORDS,
    _affiliate: _AFFILIATE_WORDS,
    _reprint: _REPRINT_WORDS,
    _letters_prompt: _LETTERS_WORDS,
    _transcript_note: _TRANSCRIPT_WORDS,
}
#: Any of those words, in one pattern over the lower-cased text: most blocks hold none, and
#: one search then rules out all five rules (the sponsor rule also reads the letters that
#: case-blind matching takes for its words' letters: :data:`_CASE_ODDITIES`).
_GATE_WORDS = re.compile(
    lexicon.from_rarest_letter([word for words in _WORD_GATED.values() for word in words])
)
#: :data:`_RULES_FOR_WORDS` less the rules of :data:`_WORD_GATED`.
_UNGATED_RULES_FOR_WORDS: tuple[tuple[_TextRule, ...], ...] = tuple(
    tuple(rule for rule in rules if rule[3] not in _WORD_GATED) for rules in _RULES_FOR_WORDS
)


def _rules_for(text: str, least: int) -> tuple[_TextRule, ...]:
    """The text rules to try on ``text`` of at least ``least`` words."""
    if _GATE_WORDS.search(text.lower()) is None and not any(map(text.__contains__, _CASE_ODDITIES)):
        return _UNGATED_RULES_FOR_WORDS[least]
    return _RULES_FOR_WORDS[least]


#: Blocks longer than this are never judged by their opening phrase (see :mod:`.phrases`).
_PHRASE_MAX_WORDS = 40


#: Kinds of phrase that may have been read as a speaker label ("Baca Juga: …", "Läs också: …"
#: look like "Name: …"): they never name a speaker.
_LABEL_PHRASE_KINDS = frozenset({BoilerplateKind.RELATED, BoilerplateKind.TAGS})


def _label_phrase(block: Block) -> Verdict | None:
    """A block whose "speaker label" is a related-links or tags phrase ("Baca Juga: <title>")
    is that clutter, not a turn."""
    label = (block.label or "").strip()
    if not label or _fewest_words(block.text) > _PHRASE_MAX_WORDS:
        return None
    kind = phrase_kind(f"{label}: {block.text.strip()}")
    if kind is not None and kind in _LABEL_PHRASE_KINDS and _words(block.text) <= _PHRASE_MAX_WORDS:
        return Verdict(
            kind, f"{kind.value} phrase read as a label", rule="boilerplate.label-phrase"
        )
    return None


#: What the rules make of one text with no label: (the verdict of the text rules or of an
#: opening phrase; the text's word count when it is short enough to be a pull quote's
#: attribution or a kicker, else -1; whether it reads as a kicker).
_OwnText = tuple[Verdict | None, int, bool]


def _text_rule(block: Block, seen: dict[str, _OwnText] | None = None) -> Verdict | None:
    """The verdict of the rules that read one block alone; ``seen`` holds what they made of
    the texts of the document read so far (see :func:`_own_text`)."""
    text = block.text.strip()
    if block.label:
        return _label_phrase(block) if text else None
    if not text:
        return None
    if seen is None:
        verdict, words, kicker = _own_text(text)
    else:
        found = seen.get(text)
        if found is None:
            found = seen[text] = _own_text(text)
        verdict, words, kicker = found
    if verdict is not None or words < 0:
        return verdict
    if _attribution(block, words):
        return Verdict(
            BoilerplateKind.PULL_QUOTE,
            "pull-quote attribution line",
            rule="boilerplate.pull-quote-attribution",
        )
    if kicker and block.kind is not BlockKind.TITLE:
        return Verdict(
            BoilerplateKind.HEADING, "kicker: short line in capitals", rule="boilerplate.kicker"
        )
    return None


def _own_text(text: str) -> _OwnText:
    """The text rules, the opening phrase and the kicker's shape of a stripped, unlabelled
    ``text``: all read the text alone (and the document's languages), so a text that recurs
    in a document is judged once. A page repeats a good share of its short lines: on the
    crawl's ordinary pages, one unlabelled block in four repeats one before it (a share row,
    "Advertisement", a date under every teaser)."""
    # Every test below is capped by the number of words, but counting them is the costliest step
    # for most blocks: a cheap lower bound rules out the tests a block is too long for, and the
    # words are counted only when a test fires or for the shortest lines (attribution, kicker).
    least = _fewest_words(text)
    if least > _MOST_WORDS:
        return None, -1, False
    words: int | None = None
    for rule, kind, reason, test, most in _rules_for(text, least):
        if test(text):
            if words is None:
                words = _words(text)
            if words <= most:
                return Verdict(kind, reason, rule=rule), -1, False
    if least > _PHRASE_MAX_WORDS:
        return None, -1, False
    phrase = phrase_kind(text)
    if phrase is not None:
        if words is None:
            words = _words(text)
        if words <= _PHRASE_MAX_WORDS:
            verdict = Verdict(
                phrase,
                f"{phrase.value} phrase opens a short block",
                rule="boilerplate.opening-phrase",
            )
            return verdict, -1, False
    if least > max(_KICKER_MAX_WORDS, _ATTRIBUTION_MAX_WORDS):
        return None, -1, False
    if words is None:
        words = _words(text)
    return None, words, _kicker(text, words)


def _reader_hint(block: Block) -> Verdict | None:
    if block.hint is not None:
        return Verdict(
            block.hint,
            block.hint_reason or "reader hint",
            rule=block.hint_rule or "boilerplate.reader-hint",
        )
    return None
