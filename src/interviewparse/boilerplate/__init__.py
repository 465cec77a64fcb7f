"""Label the blocks that are publisher clutter, not the interview. Nothing is dropped: each
verdict names a :class:`~interviewparse.BoilerplateKind` and the rule that fired.

The rules here look at a block's text (and, for runs, its neighbours), so they apply to blocks
of any format; a reader's own hint (an HTML ``<figcaption>``, a front-matter line) comes first.
Each rule is narrow on purpose — a phrase that only clutter uses, a short block, a position — so
that real answer text is never eaten: a false "boilerplate" loses interview text, which is worse
than a caption left in the intro.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

import attrs

from .. import lexicon
from ..blocks import Block, BlockKind, Document
from ..lexicon._shared import NEWS_AGENCIES, PHOTO_AGENCIES, PLATFORMS, TIME_ZONES
from ..models import BoilerplateKind
from .phrases import phrase_kind

__all__ = ["Verdict", "label_boilerplate"]


@attrs.frozen
class Verdict:
    """Why a block is boilerplate: its kind, the reason for a person, and the id of the rule that
    fired (:mod:`interviewparse.rules`), which is what code compares."""

    kind: BoilerplateKind
    reason: str
    rule: str = attrs.field(kw_only=True)


_I = re.IGNORECASE


def _alternation(words: Sequence[str]) -> str:
    """An alternation of ``words`` taken literally, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


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
_CAPTION_TAIL = re.compile(
    rf"(?:\[[^\[\]]{{0,30}}\b(?:{_rule('boilerplate.caption-credit-tail.bracket')})\b[^\[\]]{{0,30}}\]"
    rf"|[(（]\s*(?:{_rule('boilerplate.caption-credit-tail.paren')})"
    r"\s*[:：][^()（）]{1,80}[)）]"
    rf"|\((?-i:[A-Z]|{_AGENCY_INITIALS})[^()/]{{0,40}}/\s?(?-i:[A-Z])[^()/]{{0,40}}\)"
    rf"|\((?:{'|'.join(PHOTO_AGENCIES)})\)"
    # "... at the harbour. Photo: AP" - an unbracketed credit after the caption's last sentence
    rf"|(?<=[.!?।])\s(?:{_rule('boilerplate.caption-credit-tail')})"
    rf"(?:\s?(?:{_rule('boilerplate.photo-credit-line.credit')}))?\s?:\s?[^.:()]{{1,60}}"
    # "图为……。摄影：王磊", "……。写真：山田": a CJK/Arabic credit after the caption
    rf"|(?<=[。．.!?！？])\s*(?:{_rule('boilerplate.caption-credit-tail.after-cjk')})"
    r"\s?[:：]\s?[^。.:：()]{1,30}"
    # "... in her vineyard. © Lucas Martin": a copyright credit after the caption's sentence
    r"|(?<=[.!?])\s(?:©|ⓒ)\s?[^.©ⓒ]{1,60}"
    # "……。（本报记者 陈浩 摄）": a bracketed CJK credit that closes with "摄" (photographed by)
    rf"|[（(][^（）()]{{1,40}}(?:{_rule('boilerplate.caption-credit-tail.photographed')})\s?[)）])"
    r"\s*$",
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
    rest, dates = _DATE_CORE.subn(" ", text)
    rest, readings = _READING_TIME.subn(" ", rest)
    if not dates and not readings:
        # "Updated 3 hours ago": a relative time only beside the word for "updated"
        if _DATELINE_LABEL_ALONE.search(rest) is None:
            return False
        rest, dates = _RELATIVE_TIME.subn(" ", rest)
        if not dates:
            return False
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
_SIGNUP_CLOSE = re.compile(
    rf"(?:^|[–—-]\s*|[.!:]\s+)(?:{_rule('boilerplate.signup-close')})\s*[.!]?\s*$", _I
)
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


def _copyright(text: str) -> bool:
    """A copyright line (:data:`_COPYRIGHT_OPENS`, or :data:`_RIGHTS_RESERVED` beside "©" or a
    year); the phrases are searched only in a text that holds one of their words."""
    if _COPYRIGHT_OPENS.match(text):
        return True
    lowered = text.lower()
    if not any(map(lowered.__contains__, _RIGHTS_WORDS)):
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
    """Ends with a photo credit (:data:`_CAPTION_TAIL`).

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
    return _CAPTION_TAIL.search(text) is not None


_TRANSCRIPT_WORDS = lexicon.rule_phrases("boilerplate.transcript-note.prefilter")


def _transcript_note(text: str) -> bool:
    """Holds a note on how transcripts are made (:data:`_TRANSCRIPT_NOTE`); every form of it
    holds "transcri", "transkri" or "accuracy", so the pattern is searched only then."""
    lowered = text.lower()
    return any(map(lowered.__contains__, _TRANSCRIPT_WORDS)) and bool(_TRANSCRIPT_NOTE.search(text))


def _signup_close(text: str) -> bool:
    """Closes with a call to sign up (:data:`_SIGNUP_CLOSE`); only the last characters can hold
    it, so only they are searched ("^" does not match at the later start position)."""
    return _SIGNUP_CLOSE.search(text, max(0, len(text.rstrip()) - 60)) is not None


def _short(limit: int) -> Callable[[str], bool]:
    return lambda text: _words(text) <= limit


#: The longest kicker and pull-quote attribution lines, in words.
_KICKER_MAX_WORDS = 10
_ATTRIBUTION_MAX_WORDS = 6


def _kicker(block: Block, words: int) -> bool:
    """A short line in capitals with no sentence punctuation: a kicker or section label.

    ``words`` is the block's word count, counted once by the caller; the cheap tests run
    before the per-character one, which only short lines reach."""
    text = block.text
    if words > _KICKER_MAX_WORDS or block.label or _TERMINAL.search(text):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 6:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= 0.8


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


def _text_rule(block: Block) -> Verdict | None:
    text = block.text.strip()
    if block.label:
        return _label_phrase(block) if text else None
    if not text:
        return None
    # Every test below is capped by the number of words, but counting them is the costliest step
    # for most blocks: a cheap lower bound rules out the tests a block is too long for, and the
    # words are counted only when a test fires or for the shortest lines (attribution, kicker).
    least = _fewest_words(text)
    if least > _MOST_WORDS:
        return None
    words: int | None = None
    for rule, kind, reason, test, most in _RULES_FOR_WORDS[least]:
        if test(text):
            if words is None:
                words = _words(text)
            if words <= most:
                return Verdict(kind, reason, rule=rule)
    if least > _PHRASE_MAX_WORDS:
        return None
    phrase = phrase_kind(text)
    if phrase is not None:
        if words is None:
            words = _words(text)
        if words <= _PHRASE_MAX_WORDS:
            return Verdict(
                phrase,
                f"{phrase.value} phrase opens a short block",
                rule="boilerplate.opening-phrase",
            )
    if least > max(_KICKER_MAX_WORDS, _ATTRIBUTION_MAX_WORDS):
        return None
    if words is None:
        words = _words(text)
    if _attribution(block, words):
        return Verdict(
            BoilerplateKind.PULL_QUOTE,
            "pull-quote attribution line",
            rule="boilerplate.pull-quote-attribution",
        )
    if block.kind is not BlockKind.TITLE and _kicker(block, words):
        return Verdict(
            BoilerplateKind.HEADING, "kicker: short line in capitals", rule="boilerplate.kicker"
        )
    return None


def _reader_hint(block: Block) -> Verdict | None:
    if block.hint is not None:
        return Verdict(
            block.hint,
            block.hint_reason or "reader hint",
            rule=block.hint_rule or "boilerplate.reader-hint",
        )
    return None


_TAIL_KINDS = frozenset(
    {
        BoilerplateKind.SPONSOR,
        BoilerplateKind.NEWSLETTER,
        BoilerplateKind.RELATED,
        BoilerplateKind.TAGS,
        BoilerplateKind.FOOTER,
    }
)


def _link_line(block: Block, linked_page: bool) -> bool:
    """How a link title or partner name looks: short, unpunctuated, nobody's turn — not an
    answer ("Yes.") or a question. On a page whose blocks carry link information (HTML), a
    line must also mostly be link text: a short unlinked line there is someone's short answer."""
    text = block.text.rstrip()
    if block.label or block.dash or block.marked_question or _words(text) > 25 or not text:
        return False
    if linked_page and block.link_density < 0.5:
        return False
    return text[-1] not in ".!?…:;"


#: The run of link lines must close the article: at most this many blocks after the prompt.
_MAX_TAIL_RUN = 15


def _tail_run(
    blocks: Sequence[Block], verdicts: list[Verdict | None], linked_page: bool = False
) -> None:
    """After a sponsor note, newsletter prompt or press-room heading that closes the article,
    the short link lines that follow (link titles, partner names) are the same clutter.

    A prompt in the middle of the article is not such a closing: the run must be short, sit in
    the second half of the document, and hold no question (what follows a question is an
    answer, however short)."""
    n = len(blocks)
    for m in range(max(n // 2, n - 40), n):
        verdict = verdicts[m]
        if verdict is None or verdict.kind not in _TAIL_KINDS:
            continue
        rest = range(m + 1, n)
        if sum(1 for j in rest if verdicts[j] is None) > _MAX_TAIL_RUN:
            continue
        if all(verdicts[j] is not None or _link_line(blocks[j], linked_page) for j in rest):
            run = (
                Verdict(
                    BoilerplateKind.TAGS,
                    "run of topic lines after the tags heading",
                    rule="boilerplate.tag-run",
                )
                if verdict.kind is BoilerplateKind.TAGS
                else Verdict(
                    BoilerplateKind.RELATED,
                    "run of link lines after the article",
                    rule="boilerplate.link-run",
                )
            )
            for j in rest:
                if verdicts[j] is None:
                    verdicts[j] = run
            return


def _comment_zone(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """Everything after a reader-comments header ("4 Kommentare") is reader comments."""
    for m, block in enumerate(blocks):
        if m < len(blocks) // 3 or not _COMMENTS_HEAD.match(block.text.strip()):
            continue
        verdicts[m] = Verdict(
            BoilerplateKind.COMMENTS, "reader-comments header", rule="boilerplate.comments-header"
        )
        for j in range(m + 1, len(blocks)):
            verdict = verdicts[j]
            if verdict is None or verdict.rule == "text.markup-line":
                verdicts[j] = Verdict(
                    BoilerplateKind.COMMENTS,
                    "reader comment (after the comments header)",
                    rule="boilerplate.reader-comment",
                )
        return


#: The rules of the text reader that take a line for an image ("![alt](src)").
_IMAGE_RULES = frozenset({"text.image-link", "text.image-line"})
_CAPTION_MAX_WORDS = 40


def _image_captions(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """A line set in italics right under an image (a Markdown export's "![alt](src)" then
    "*Yeast cells under the microscope.*") is the image's caption, wherever it sits."""
    for i in range(1, len(blocks)):
        above = verdicts[i - 1]
        block = blocks[i]
        text = block.text.strip()
        if (
            verdicts[i] is not None
            or above is None
            or above.rule not in _IMAGE_RULES
            or not blocks[i - 1].text.lstrip().startswith("!")
            or block.italic < 0.8
            or block.label
            or block.dash
            or block.marker
            or block.marked_question
            or not text
            or text[-1] in "?？؟"
            or _words(text) > _CAPTION_MAX_WORDS
        ):
            continue
        verdicts[i] = Verdict(
            BoilerplateKind.CAPTION, "italic line under an image", rule="boilerplate.image-caption"
        )


#: The words of a share bar's buttons: "Tweet", "ポスト", "LINEで送る", "E-Mail", "Print".
_SHARE_BUTTON = re.compile(rf"^\W{{0,2}}(?:{_rule('boilerplate.share-button')})\W{{0,2}}$", _I)


def _share_buttons(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """The buttons of a share bar, each on its line ("この記事をシェア", "ポスト", "LINEで送る"),
    next to a line already known as a share prompt: alone, "Post" or "Facebook" may be an
    answer."""
    n = len(blocks)
    for i in range(n):
        verdict = verdicts[i]
        if verdict is None or verdict.kind is not BoilerplateKind.SHARE:
            continue
        for step in (1, -1):
            j = i + step
            while 0 <= j < n and verdicts[j] is None and not blocks[j].label:
                if not _SHARE_BUTTON.match(blocks[j].text.strip()):
                    break
                verdicts[j] = Verdict(
                    BoilerplateKind.SHARE,
                    "share button beside a share prompt",
                    rule="boilerplate.share-button",
                )
                j += step


#: Section and genre labels set above an article ("Opinion", "Poradnik", "Interview"), in the
#: languages of the phrase tables and a few more.
_SECTION_LABELS = frozenset(lexicon.rule_phrases("boilerplate.section-label"))
#: How far into the page such a label may stand (in blocks), and how long the article's first
#: paragraph is at least (the label stands above it).
_SECTION_LABEL_BLOCKS = 6
_ARTICLE_WORDS = 25


def _section_label(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """A lone section or genre word above the article ("Opinion", "Poradnik") is a label of the
    page, not its intro."""
    for i, block in enumerate(blocks[:_SECTION_LABEL_BLOCKS]):
        text = block.text.strip()
        if _fewest_words(text) > _ARTICLE_WORDS:
            return
        if (
            verdicts[i] is None
            and block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING)
            and not block.label
            and not block.marker
            and text.lower() in _SECTION_LABELS
        ):
            verdicts[i] = Verdict(
                BoilerplateKind.HEADING,
                "section label above the article",
                rule="boilerplate.section-label",
            )


#: How far into the page a byline may stand (in blocks), and how long a lone name may be.
_BYLINE_BLOCKS = 8
_CREDIT_NAME = re.compile(
    r"(?-i:[A-ZÀ-ÞА-ЯЁІЇЄŁŚŻ])[\w'’.-]+(?:[ -](?-i:[A-ZÀ-ÞА-ЯЁІЇЄŁŚŻ])[\w'’.-]+){1,3}"
)
_LONE_NAME = re.compile(rf"^{_CREDIT_NAME.pattern}$")
#: "is", "was" in the languages of the phrase tables: the verb of a bio's first sentence.
_BIO_VERB = f"(?:{_rule('boilerplate.author-bio.verb')})"
_BIO_MAX_WORDS = 60


def _byline_names(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None]
) -> dict[str, int | None]:
    """The names the page's byline gives, each with the position of the lone name line that
    gives it (None for a credit line's names: "By Jane Doe")."""
    names: dict[str, int | None] = {}
    for i, block in enumerate(blocks[:_BYLINE_BLOCKS]):
        text = block.text.strip()
        verdict = verdicts[i]
        credit = _CREDIT_LINE.match(text)
        if verdict is not None and verdict.rule == "boilerplate.credit-line" and credit is not None:
            names.update(dict.fromkeys(_CREDIT_NAME.findall(text[credit.end() :])))
        elif verdict is None and block.kind is BlockKind.PARAGRAPH and _LONE_NAME.match(text):
            names.setdefault(text, i)
    return names


def _author_bio(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """After the article, a sentence that opens with the byline's name and "is" ("Jane Doe is a
    professor of …") is the author's bio, when nothing but clutter follows it; the lone name
    under the headline it repeats is then the byline."""
    names = _byline_names(blocks, verdicts)
    if not names:
        return
    n = len(blocks)
    for i in range(n - 1, n // 2, -1):
        if verdicts[i] is not None:
            continue
        text = blocks[i].text.strip()
        if _fewest_words(text) > _BIO_MAX_WORDS:
            return
        for name, line in names.items():
            if re.match(rf"{re.escape(name)}\s+{_BIO_VERB}\s", text, _I):
                verdicts[i] = Verdict(
                    BoilerplateKind.AUTHOR_BIO,
                    "bio of the byline's author",
                    rule="boilerplate.author-bio",
                )
                if line is not None:
                    verdicts[line] = Verdict(
                        BoilerplateKind.CREDIT,
                        "byline: the bio's author",
                        rule="boilerplate.bio-byline",
                    )
                return
        return


_CREDIT_VALUE_MAX_WORDS = 12


def _credit_values(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """A credit label alone on its line ("Photo:", "Фото:", a ``<dt>`` before its ``<dd>``)
    gives its value on the next line: that short line is the credit too."""
    for i in range(len(blocks) - 1):
        verdict = verdicts[i]
        if (
            verdict is None
            or verdict.kind is not BoilerplateKind.CREDIT
            or not blocks[i].text.rstrip().endswith((":", "："))
            or _words(blocks[i].text) > 3
        ):
            continue
        nxt = blocks[i + 1]
        text = nxt.text.strip()
        if (
            verdicts[i + 1] is not None
            or nxt.label
            or nxt.dash
            or nxt.marked_question
            or nxt.kind is BlockKind.HEADING
            or not text
            or text[-1] in "?？؟"
            or _words(text) > _CREDIT_VALUE_MAX_WORDS
        ):
            continue
        verdicts[i + 1] = Verdict(
            BoilerplateKind.CREDIT,
            "credit: the value after a lone credit label",
            rule="boilerplate.credit-value",
        )


#: A line repeated for each item is at most this long, and recurs at least this often.
_ITEM_LINE_MAX_WORDS = 20
_ITEM_LINE_MIN_REPEATS = 3
#: The words in lower case a template keeps besides the name, at least.
_ITEM_LINE_MIN_WORDS = 3
#: A capitalised word after the first: a name, the part of a templated line that changes.
_INNER_CAPITAL = re.compile(r"(?<=\s)[^\W\d_][\w'’-]*")


def _template_key(text: str) -> str | None:
    """The line with each capitalised word after the first put as "*" ("Vote for * on the last
    page!"), or None when it has no such word or keeps fewer than three other words."""
    count = 0

    def mask(match: re.Match[str]) -> str:
        nonlocal count
        word = match.group()
        if not word[0].isupper():
            return word
        count += 1
        return "*"

    key = _INNER_CAPITAL.sub(mask, text)
    # the words that stay make the template: "+ Added *" and "(Artist: *)" are a list's entries
    if not count or sum(1 for w in _WORDS.findall(key) if w.islower()) < _ITEM_LINE_MIN_WORDS:
        return None
    return key


def _per_item_lines(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """In a list article (one section per person), a line the publisher repeats in every
    section with only the name changed ("Vote for Anna on the last page!", "Photo: Anna's own
    archive") is the template's clutter, not what anyone said.

    The line recurs three times at least, in the same words but for its capitalised words, and
    mostly not word for word (two guests may share a first name): a question put to every
    guest is the same each time ("What inspired you?"), and a question is never such a line.
    Mostly it closes its section: no answer follows it."""
    groups: dict[str, list[int]] = {}
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if (
            verdicts[i] is not None
            or block.label
            or block.dash
            or block.marked_question
            or block.kind is not BlockKind.PARAGRAPH
            or not text
            or text[-1] in "?？؟"
            or _fewest_words(text) > _ITEM_LINE_MAX_WORDS
            or _words(text) < 3
        ):
            continue
        key = _template_key(text)
        if key is not None:
            groups.setdefault(key, []).append(i)
    for members in groups.values():
        if len(members) < _ITEM_LINE_MIN_REPEATS:
            continue
        if len({blocks[i].text.strip() for i in members}) * 2 < len(members):
            continue  # a line that mostly recurs word for word has no name that changes
        edges = sum(1 for i in members if _closes_section(blocks, verdicts, i))
        if edges * 3 < len(members) * 2:
            continue  # a request put to each guest ("Tell us about it, Anna.") is answered
        for i in members:
            verdicts[i] = Verdict(
                BoilerplateKind.PROMO,
                "line repeated for each item with only the name changed",
                rule="boilerplate.per-item-line",
            )


def _closes_section(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], i: int) -> bool:
    """Does block ``i`` close its section: a heading, clutter or the end right after it (no
    answer)?"""
    j = i + 1
    return (
        j >= len(blocks)
        or verdicts[j] is not None
        or blocks[j].kind in (BlockKind.HEADING, BlockKind.TITLE)
    )


#: A call-to-action button: a short line that is (nearly) all link text.
_BUTTON_MAX_WORDS = 6
_BUTTON_KINDS = frozenset({BoilerplateKind.NEWSLETTER, BoilerplateKind.PROMO})
#: The pitch before the button, and the bold line that heads the pitch, are at most so long.
_PITCH_MAX_WORDS = 60
_PITCH_HEAD_MAX_WORDS = 10
#: A button's box holds at most this many blocks (the button, a line or two above it).
_BUTTON_BOX_BLOCKS = 4


def _plain_line(block: Block, verdict: Verdict | None) -> bool:
    """Content nobody is said to speak: no verdict yet, no label, dash or question mark-up."""
    return (
        verdict is None
        and not block.label
        and not block.dash
        and not block.marked_question
        and bool(block.text.strip())
    )


def _button_lead_ins(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """The pitch right before a call-to-action button ("Subscribe now", "Apply now") is the
    promotion the button closes: a paragraph ending with a colon that points at the button ("If
    you're ready, apply here:") and the short bold line that heads it ("Want to help?"), or, in
    HTML, the short line inside the button's own small box ("Thanks for reading.")."""
    n = len(blocks)
    for i in range(1, n):
        verdict, button = verdicts[i], blocks[i]
        if (
            verdict is None
            or verdict.kind not in _BUTTON_KINDS
            or button.link_density < 0.9
            or _words(button.text) > _BUTTON_MAX_WORDS
        ):
            continue
        lead = Verdict(
            verdict.kind, "pitch before a call-to-action button", rule="boilerplate.button-lead-in"
        )
        before = blocks[i - 1]
        text = before.text.strip()
        if not _plain_line(before, verdicts[i - 1]) or text[-1:] == "?":
            continue
        box = button.source + ">"
        if (
            button.source
            and before.source.startswith(box)
            and _words(text) <= _PITCH_HEAD_MAX_WORDS * 2
            and sum(1 for b in blocks if b.source.startswith(box)) < _BUTTON_BOX_BLOCKS
        ):
            verdicts[i - 1] = lead
            continue
        if not text.endswith((":", "：")) or _words(text) > _PITCH_MAX_WORDS:
            continue
        verdicts[i - 1] = lead
        if i >= 2:
            head = blocks[i - 2]
            if (
                _plain_line(head, verdicts[i - 2])
                and (head.emphasis >= 0.8 or head.kind is BlockKind.HEADING)
                and _words(head.text) <= _PITCH_HEAD_MAX_WORDS
            ):
                verdicts[i - 2] = lead


def _closing_heading(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """A heading with nothing after it but clutter heads no part of the article (an aside
    after the closing prompt, a box title left behind)."""
    for i in range(len(blocks) - 1, -1, -1):
        if verdicts[i] is not None:
            continue
        block = blocks[i]
        if (
            i > 0
            and block.kind is BlockKind.HEADING
            and not block.label
            and not block.marked_question
        ):
            verdicts[i] = Verdict(
                BoilerplateKind.HEADING,
                "heading with nothing after it",
                rule="boilerplate.closing-heading",
            )
        return


#: A news headline quoting someone, set as a heading inside the article: words, a colon and a
#: quotation that closes it ("Harbour master speaks out: “We need a new jetty”").
_HEADLINE_HEADING = re.compile(
    r"^[^\W\d_][^:?!\"“”„«»]{2,100}:\s*[\"“„«‚»][^\"“”„«»]{3,200}[\"“”»«]$"
)


def _headline_headings(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """A heading set as a news headline with a quotation (a teaser of the interview repeated
    between its questions) is no question and no part of an answer."""
    for i, block in enumerate(blocks):
        if (
            i > 0
            and block.kind is BlockKind.HEADING
            and _plain_line(block, verdicts[i])
            and _HEADLINE_HEADING.match(block.text.strip())
        ):
            verdicts[i] = Verdict(
                BoilerplateKind.HEADING,
                "heading set as a news headline quoting someone",
                rule="boilerplate.headline-heading",
            )


#: The rules that take the line under the headline for a masthead; :func:`masthead_publication`
#: reads the publication's name from the line one of them labelled.
MASTHEAD_RULES = frozenset(
    {
        "boilerplate.masthead-byline",
        "boilerplate.masthead-publication-word",
        "boilerplate.masthead-recurs",
        "boilerplate.masthead-beside-publication",
    }
)
#: A masthead line under the headline is short: the publication's name, maybe a byline.
_MASTHEAD_MAX_WORDS = 8
_MASTHEAD_MAX_CHARS = 80
#: How many labelled blocks (a dateline, a caption) may sit between the headline and it.
_MASTHEAD_SKIP = 2
#: The credit words of a byline beside the masthead ("Interview:", "Text:", "Wywiad:").
_MASTHEAD_CREDIT = _rule("boilerplate.masthead-byline.credit")
#: The forms of a byline: "<Paper> | Interview: <Name>", "<Zeitung> – Von <Name>",
#: "By <Name>, <Paper>", "Text: <Name>".
_BYLINE_FORM = re.compile(
    r"\s[|｜]\s"
    rf"|^(?:{_BY})\s+(?-i:[A-ZÀ-ÞА-Я])"
    rf"|\s[–—-]\s*(?:{_BY})\s+[^\W\d_]"
    rf"|(?:^|\s)(?:{_MASTHEAD_CREDIT})\s*:\s*[^\W\d_]",
    _I,
)
#: Words that name a newspaper, magazine or station in a dozen languages ("Nordheider Zeitung",
#: "Northern Echo", "Северный вестник", "صحيفة ..."), and the characters that close a Chinese or
#: Japanese paper's name ("……生活报", "……新聞").
_PUBLICATION_WORD = re.compile(
    rf"(?<!\w)(?:{_rule('boilerplate.masthead-publication-word')})(?!\w)"
    rf"|(?:{_rule('boilerplate.masthead-publication-word.suffix')})$",
    _I,
)
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
#: Clutter kinds whose wording names the publisher ("Support X: donate today", "Subscribe to X",
#: "X may earn a commission"); captions, credits and related links name people and places too.
_PUBLISHER_KINDS = frozenset(
    {
        BoilerplateKind.SPONSOR,
        BoilerplateKind.NEWSLETTER,
        BoilerplateKind.PROMO,
        BoilerplateKind.EDITORIAL_NOTE,
        BoilerplateKind.FOOTER,
    }
)


def _title_case(text: str) -> bool:
    """Every word of four letters or more opens with a capital (a name, not a sentence)."""
    return all(w[:1].isupper() for w in _WORDS.findall(text) if len(w) >= 4 and w.isalpha())


_SPOKEN_TO = _rule("cue.spoken-to")
_SPOKEN_TO_PREPOSITION = _rule("cue.spoken-to.preposition")


def _named_as_publisher(
    name: str, blocks: Sequence[Block], verdicts: Sequence[Verdict | None], start: int
) -> bool:
    """Does ``name`` recur after ``start`` where a page names its publisher: in a photo credit
    ("© X", "(X / Name)", "... / X"), as the one spoken to ("spoke to X", "told X"), or in a
    sponsor note, newsletter prompt or appeal?"""
    x = re.escape(name)
    credit = re.compile(
        rf"©\s*{x}|\(\s*{x}\s*[/)]|[/|]\s*{x}\s*[)\]]?\s*$"
        rf"|\b(?:{_SPOKEN_TO})\s+(?:(?:{_SPOKEN_TO_PREPOSITION})\s+)?{x}(?!\w)"
    )
    for j in range(start, len(blocks)):
        text = blocks[j].text
        if name not in text:
            continue
        verdict = verdicts[j]
        if verdict is not None and verdict.kind in _PUBLISHER_KINDS:
            return True
        if credit.search(text):
            return True
    return False


_NAME_SEPARATOR = re.compile(r"\s[|｜–—-]\s|,\s")
_MIN_PUBLICATION_CHARS = 4


def _publication_part(
    text: str, blocks: Sequence[Block], verdicts: Sequence[Verdict | None], start: int
) -> str | None:
    """In a byline of two parts ("Dewi Lestari - Harbour News", "Jane Doe | Harbour News"),
    the part that recurs after ``start`` where the page names its publisher (a copyright line,
    a subscribe prompt)."""
    parts = _NAME_SEPARATOR.split(text)
    if len(parts) != 2:
        return None
    for part in reversed(parts):
        part = part.strip()
        if len(part) >= _MIN_PUBLICATION_CHARS and _named_as_publisher(
            part, blocks, verdicts, start
        ):
            return part
    return None


def _masthead(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """The short line right under the headline of a copied page that names the publication
    ("Harbour Weekly", "<Paper> | Interview: <Name>") is a masthead, not the intro.

    A short unpunctuated line there may also be a deck, so one more sign is needed: a byline's
    form, a word that names a newspaper or station (in a line set as a name), or the same words
    recurring later as the publisher (a photo credit, "spoke to X", a subscribe prompt)."""
    title = next((i for i, b in enumerate(blocks[:3]) if b.kind is BlockKind.TITLE), None)
    if title is None:
        return
    candidate = None
    for j in range(title + 1, min(len(blocks), title + 2 + _MASTHEAD_SKIP)):
        # a byline ("By Lena Marsh, Riverside Courier") may also be the masthead line
        verdict = verdicts[j]
        if verdict is None or verdict.rule == "boilerplate.credit-line":
            candidate = j
            break
    if candidate is None:
        return
    block = blocks[candidate]
    text = block.text.strip()
    if (
        block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING)
        or block.label
        or block.dash
        or block.marker
        or block.marked_question
        or not text
        or len(text) > _MASTHEAD_MAX_CHARS
        or _words(text) > _MASTHEAD_MAX_WORDS
        or text[-1] in ".!?…;,:。！？；，：»”\"'"
        or any(mark in text for mark in ("?", "？", ". ", "。"))
    ):
        return
    if _BYLINE_FORM.search(text):
        rule, reason = "boilerplate.masthead-byline", "publication and byline under the headline"
    elif _PUBLICATION_WORD.search(text) and (not _LATIN.search(text) or _title_case(text)):
        rule = "boilerplate.masthead-publication-word"
        reason = "a publication's name under the headline"
    elif len(text) >= 4 and _named_as_publisher(text, blocks, verdicts, candidate + 1):
        rule = "boilerplate.masthead-recurs"
        reason = "the line under the headline recurs as the publisher"
    elif _publication_part(text, blocks, verdicts, candidate + 1) is not None:
        rule = "boilerplate.masthead-beside-publication"
        reason = "a byline beside a publication that recurs as the publisher"
    else:
        return
    verdicts[candidate] = Verdict(BoilerplateKind.CREDIT, f"masthead: {reason}", rule=rule)


# The byline beside the publication's name: "| Interview: X", "– Von X", "By X, ".
_MASTHEAD_BYLINE = re.compile(
    r"\s*[|｜]\s.*$"
    rf"|\s*[–—-]\s*(?:{_BY})\s+[^\W\d_].*$"
    rf"|^(?:{_BY})\s+[^,]+,\s*"
    rf"|(?:^|\s)(?:{_MASTHEAD_CREDIT})\s*:.*$",
    _I,
)


def masthead_publication(blocks: Sequence[Block], verdicts: Sequence[Verdict | None]) -> str | None:
    """The publication a masthead line under the headline names ("Harbour Weekly | Interview:
    Ada Weiss" → "Harbour Weekly"), or None when the document has no such line."""
    for i, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if verdict is not None and verdict.rule in MASTHEAD_RULES:
            if verdict.rule == "boilerplate.masthead-beside-publication":
                part = _publication_part(block.text.strip(), blocks, verdicts, i + 1)
                return _SOURCE_WORD.sub("", part) or part if part else None
            name = _MASTHEAD_BYLINE.sub("", block.text.strip()).strip(" |｜–—-,")
            if len(name) < 2 or _BYLINE_FORM.search(name):
                return None
            return _SOURCE_WORD.sub("", name) or name  # "来源：海滨周刊" → "海滨周刊"
    return None


# A credit word before a copied page's source line: "来源：海滨周刊", "Quelle: Nordblick".
_SOURCE_WORD = re.compile(
    rf"^\s*(?:{_rule('boilerplate.source-line')}|{_rule('boilerplate.masthead-beside-publication.source')})"
    r"\s*[:：]\s*",
    _I,
)


def _profile_question_verdict(block: Block) -> Verdict | None:
    """A block a publisher profile's ``question_selector`` marked is a question: the site's
    own markup outranks the generic wording rules (a question in capitals is no kicker, one
    opening "Related:" no link line). Only the profile's own boilerplate selectors still win."""
    if block.hint is not None and block.hint_rule == "profile.boilerplate-selector":
        return _reader_hint(block)
    return None


def label_boilerplate(doc: Document, profile: object | None = None) -> tuple[Verdict | None, ...]:
    """One verdict per block: ``None`` for content, a :class:`Verdict` for clutter."""
    blocks: Sequence[Block] = doc.blocks
    verdicts: list[Verdict | None] = [
        _profile_question_verdict(block)
        if block.marked_question
        else _reader_hint(block) or (None if block.kind is BlockKind.TITLE else _text_rule(block))
        for block in blocks
    ]
    _image_captions(blocks, verdicts)
    _share_buttons(blocks, verdicts)
    _tail_run(blocks, verdicts, linked_page=doc.format == "html")
    _masthead(blocks, verdicts)
    _section_label(blocks, verdicts)
    _author_bio(blocks, verdicts)
    _credit_values(blocks, verdicts)
    _per_item_lines(blocks, verdicts)
    _button_lead_ins(blocks, verdicts)
    _headline_headings(blocks, verdicts)
    _closing_heading(blocks, verdicts)
    _comment_zone(blocks, verdicts)
    return tuple(verdicts)
