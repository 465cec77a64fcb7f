"""HTML boilerplate hints: which blocks near the article are publisher clutter, and why.

Three kinds of evidence, all general (never keyed to one site):

* the element: ``<figcaption>``, ``<nav>``, ``<footer>``, ``<form>``;
* the class / id words of a container ("newsletter-box", "related_posts", "shareBar"), for
  containers small enough to be a box inside the article rather than the article itself;
* the block's own text: short, well-known phrases in several languages ("Read more",
  "Lesen Sie auch", "Te puede interesar", "Advertisement", "Photo: ..."), and link density.

A hint is a :class:`~interviewparse.BoilerplateKind`, the reason for a person and the id of the
rule that fired (``html.*`` in :mod:`interviewparse.rules`).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import NamedTuple

from .. import lexicon
from ..boilerplate.phrases import phrase_kind
from ..lexicon._shared import STOCK_PHOTO_CREDITS
from ..models import BoilerplateKind as K

__all__ = [
    "ARTICLE_OR_BOX_WORDS",
    "STANDFIRST_WORDS",
    "TABLE_OF_CONTENTS",
    "WIDGET_CONTROL",
    "Hint",
    "box_verdict",
    "container_hint",
    "generic_box_hint",
    "hidden_text",
    "own_summary",
    "tail_hint",
    "text_hint",
    "tokens_of",
]


class Hint(NamedTuple):
    """A reader's boilerplate verdict on a block or a box."""

    kind: K
    reason: str
    rule: str


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

_TAG_HINTS: dict[str, Hint] = {
    "figcaption": Hint(K.CAPTION, "<figcaption>", "html.tag"),
    "figure": Hint(K.CAPTION, "<figure>", "html.tag"),
    "nav": Hint(K.NAVIGATION, "<nav>", "html.tag"),
    "footer": Hint(K.FOOTER, "<footer>", "html.tag"),
    # boxes that do not say what is in them: their class/id words take precedence
    "form": Hint(K.OTHER, "<form>", "html.generic-box"),
    "aside": Hint(K.RELATED, "<aside>", "html.generic-box"),
    "menu": Hint(K.NAVIGATION, "<menu>", "html.tag"),
    "address": Hint(K.AUTHOR_BIO, "<address>", "html.tag"),
}

#: Class/id words → the kind of box they name.
_WORD_HINTS: dict[str, K] = {
    "caption": K.CAPTION,
    "captions": K.CAPTION,
    "figcaption": K.CAPTION,
    "wp-caption-text": K.CAPTION,
    "credit": K.CREDIT,
    "credits": K.CREDIT,
    "copyright": K.CREDIT,
    "newsletter": K.NEWSLETTER,
    "newsletters": K.NEWSLETTER,
    "subscribe": K.NEWSLETTER,
    "subscription": K.NEWSLETTER,
    "signup": K.NEWSLETTER,
    "optin": K.NEWSLETTER,
    "related": K.RELATED,
    "recommended": K.RELATED,
    "recommendations": K.RELATED,
    "recirculation": K.RELATED,
    "readmore": K.RELATED,
    "teaser": K.RELATED,
    "teasers": K.RELATED,
    "outbrain": K.RELATED,
    "taboola": K.RELATED,
    "trending": K.RELATED,
    "popular": K.RELATED,
    "share": K.SHARE,
    "sharing": K.SHARE,
    "sharebar": K.SHARE,
    "social": K.SHARE,
    "shariff": K.SHARE,
    "tags": K.TAGS,
    "taglist": K.TAGS,
    "keywords": K.TAGS,
    "topics": K.TAGS,
    "bio": K.AUTHOR_BIO,
    "biography": K.AUTHOR_BIO,
    "byline": K.CREDIT,
    "ad": K.ADVERTISEMENT,
    "ads": K.ADVERTISEMENT,
    "advert": K.ADVERTISEMENT,
    "advertisement": K.ADVERTISEMENT,
    "adslot": K.ADVERTISEMENT,
    "dfp": K.ADVERTISEMENT,
    "sponsor": K.SPONSOR,
    "sponsored": K.SPONSOR,
    "promo": K.PROMO,
    "comment": K.COMMENTS,
    "comments": K.COMMENTS,
    "disqus": K.COMMENTS,
    "discussion": K.COMMENTS,
    "podcast": K.PROMO,
    "player": K.PROMO,
    "video": K.PROMO,
    "poll": K.PROMO,
    "survey": K.PROMO,
    "quiz": K.PROMO,
    "breadcrumb": K.NAVIGATION,
    "breadcrumbs": K.NAVIGATION,
    "pagination": K.NAVIGATION,
    "menu": K.NAVIGATION,
    "nav": K.NAVIGATION,
    "navigation": K.NAVIGATION,
    "footer": K.FOOTER,
    "cookie": K.OTHER,
    "consent": K.OTHER,
    "login": K.PROMO,
    "paywall": K.PROMO,
    "pullquote": K.PULL_QUOTE,
    "cita": K.PULL_QUOTE,
    "zitat": K.PULL_QUOTE,
    "vjs": K.PROMO,
    "jwplayer": K.PROMO,
    "brightcove": K.PROMO,
    "blockquote-pull": K.PULL_QUOTE,
}
#: Class/id words that name a standfirst (dek) under the headline, in the words CMS themes use.
STANDFIRST_WORDS = frozenset(
    {
        "standfirst",
        "dek",
        "deck",
        "excerpt",
        "subtitle",
        "subheadline",
        "subhead",
        "subheading",
        "strapline",
        "lede",
        "lead",
        "leadtext",
        "intro",
        "introduction",
        "summary",
        "abstract",
        "chapo",
        "chapeau",
        "sommario",
        "sottotitolo",
        "catenaccio",
        "entradilla",
        "bajada",
        "sumario",
        "vorspann",
        "teasertext",
        "linha",
        "olho",
    }
)
#: Class/id words that name a box of other stories on most pages (a "teaser" list) but the
#: article's own stand-first on a paragraph or beside a standfirst word
#: (``<p class="lede-feature-teaser">``): there they name no box.
ARTICLE_OR_BOX_WORDS = frozenset({"teaser", "teasers"})


def own_summary(tag: str, tokens: list[str]) -> bool:
    """Do an element's tag and class/id words make its :data:`ARTICLE_OR_BOX_WORDS` name the
    article's own summary: a paragraph (text, not a box of other stories), or a standfirst
    word beside them?"""
    return tag == "p" or not STANDFIRST_WORDS.isdisjoint(tokens)


#: Word pairs that name a box only together ("author bio", "read more", "about the author").
_PAIR_HINTS: dict[tuple[str, str], K] = {
    ("read", "more"): K.RELATED,
    ("more", "from"): K.RELATED,
    ("see", "also"): K.RELATED,
    ("author", "box"): K.AUTHOR_BIO,
    ("author", "bio"): K.AUTHOR_BIO,
    ("author", "info"): K.AUTHOR_BIO,
    ("about", "author"): K.AUTHOR_BIO,
    ("pull", "quote"): K.PULL_QUOTE,
    ("photo", "credit"): K.CREDIT,
    ("image", "credit"): K.CREDIT,
    ("post", "navigation"): K.NAVIGATION,
}


def tokens_of(classes: list[str] | str | None, element_id: str | None) -> list[str]:
    """Lower-case words of a class list and id: ``"postShare-bar"`` → post, share, bar."""
    parts = classes if isinstance(classes, list) else [classes or ""]
    raw = " ".join(parts) + " " + (element_id or "")
    lowered = raw.lower()
    if lowered != raw:
        lowered = _CAMEL.sub(" ", raw).lower()
    return lowered.replace("-", " ").replace("_", " ").split()


def container_hint(name: str, tokens: list[str], role: str | None) -> Hint | None:
    """What kind of box an element is, from its tag, role, and class/id words.

    A specific tag (``<figcaption>``, ``<nav>``) decides; a generic box (``<aside>``,
    ``<form>``) lets its class/id words say what it holds (``<aside class="newsletter">``).
    """
    hint = _TAG_HINTS.get(name)
    if hint is not None and hint.rule != "html.generic-box":
        return hint
    # "complementary" is what an <aside> is anyway: its class words say more
    if role in ("navigation", "contentinfo", "search") or (
        role == "complementary" and not _named_kind(tokens)
    ):
        return hint or Hint(K.NAVIGATION, f'role="{role}"', "html.role")
    for first, second in itertools.pairwise(tokens):
        kind = _PAIR_HINTS.get((first, second))
        if kind is not None:
            return Hint(kind, f'class "{first}-{second}"', "html.class-pair")
    own = own_summary(name, tokens)
    for token in tokens:
        kind = _WORD_HINTS.get(token)
        if kind is not None and not (own and token in ARTICLE_OR_BOX_WORDS):
            return Hint(kind, f'class "{token}"', "html.class-word")
    return embedded_post_hint(tokens) or collapsible_hint(tokens) or hint


@functools.lru_cache(maxsize=4096)
def box_verdict(
    name: str, classes: str | None, element_id: str | None, role: str | None
) -> tuple[bool, Hint | None]:
    """(do the class words hide the element's text, :func:`container_hint`) for an element's
    tag, class string (its class names joined by blanks), id and role.

    A page repeats the same few tag / class / id combinations on element after element, so the
    verdict is worked out once per combination, not once per element."""
    tokens = tokens_of(classes, element_id) if classes or element_id else []
    return hidden_text(tokens), container_hint(name, tokens, role)


@functools.lru_cache(maxsize=4096)
def collapsible_classes(classes: str) -> bool:
    """Do the class names (joined by blanks) name a collapsible box (:func:`collapsible_hint`)?"""
    return collapsible_hint(tokens_of(classes, None)) is not None


#: The platforms whose posts a page embeds, as their embed code names its box
#: (``<blockquote class="twitter-tweet">``, "instagram-media", "tiktok-embed", "bluesky-embed").
_PLATFORMS = frozenset(
    {"twitter", "instagram", "tiktok", "bluesky", "reddit", "mastodon", "threads", "facebook", "fb"}
)
_EMBED_WORDS = frozenset({"tweet", "media", "embed", "post", "timeline"})
_EMBEDDED_POST = Hint(K.OTHER, "embedded social-media post", "html.embedded-post")


def embedded_post_hint(tokens: list[str]) -> Hint | None:
    """An embedded post's box: a platform's name beside an embed word ("twitter-tweet",
    "instagram-media"), or "tweet" alone (a newsletter platform's own embed)."""
    if "tweet" in tokens:
        return _EMBEDDED_POST
    for first, second in itertools.pairwise(tokens):
        if first in _PLATFORMS and second in _EMBED_WORDS:
            return _EMBEDDED_POST
    return None


#: Class words of a box the reader opens and closes (an accordion, a fact box to expand).
_COLLAPSIBLE_WORDS = frozenset(
    {"expandable", "collapsible", "accordion", "expander", "collapsable", "foldable"}
)


def collapsible_hint(tokens: list[str]) -> Hint | None:
    """A box that the reader expands on demand ("expandable-box", "accordion"): a side box of
    background or a teaser, not the article's flow. (The walker lets such boxes stand only
    while together they hold a small part of the article: an interview set as an accordion,
    one question to a box, is the article.)"""
    if _COLLAPSIBLE_WORDS.isdisjoint(tokens):
        return None
    return Hint(K.OTHER, "collapsible box", "html.collapsible-box")


#: Class words of text hidden from sight for screen readers ("sr-only", "visually-hidden",
#: "screen-reader-text", "offscreen").
_HIDDEN_WORDS = frozenset({"offscreen", "visuallyhidden", "sronly", "a11y"})
_HIDDEN_PAIRS = frozenset({("sr", "only"), ("visually", "hidden"), ("screen", "reader")})
WIDGET_CONTROL = Hint(K.NAVIGATION, "a widget's control text", "html.widget-control")
TABLE_OF_CONTENTS = Hint(K.NAVIGATION, "table of contents", "html.table-of-contents")


def hidden_text(tokens: list[str]) -> bool:
    """Do the class words hide the element's text from sight (for screen readers only)?"""
    return not _HIDDEN_WORDS.isdisjoint(tokens) or any(
        pair in _HIDDEN_PAIRS for pair in itertools.pairwise(tokens)
    )


def _named_kind(tokens: list[str]) -> bool:
    """Do the class/id words name a kind of box?"""
    return any(t in _WORD_HINTS for t in tokens) or any(
        pair in _PAIR_HINTS for pair in itertools.pairwise(tokens)
    )


def generic_box_hint(hint: Hint, text: str) -> Hint:
    """A generic box (``<aside>``, ``<form>``) whose class words say nothing is named by its
    tag alone ("related"); when its own text asks the reader to subscribe, it is a newsletter
    box instead."""
    if hint.rule == "html.generic-box" and _NEWSLETTER.search(text[:600]):
        return Hint(
            K.NEWSLETTER, f"{hint.reason} with a newsletter prompt", "html.box-newsletter-prompt"
        )
    return hint


def _phrases(*words: str) -> str:
    return "|".join(words)


def _rule(rule: str) -> str:
    """The alternatives of ``rule`` in every language (the lexicon's ``rule_phrases``)."""
    return lexicon.alternation(lexicon.rule_phrases(rule))


_RELATED = re.compile(
    rf"^(?:{lexicon.alternation(lexicon.rule_phrases('html.related-heading'))})\s*[:.…»›>]*$",
    re.I,
)
_RELATED_PREFIX = re.compile(rf"^(?:{_rule('html.related-link-line')})\s*:\s*\S", re.I)
_SHARE = re.compile(rf"^(?:{_rule('html.share-button')})\s*:?$", re.I)
_NEWSLETTER = re.compile(_rule("html.newsletter-prompt"), re.I)
_AD = re.compile(rf"^(?:{_rule('html.advertisement-label')})\s*[:.]?$", re.I)
_SPONSOR = re.compile(rf"^(?:{_rule('html.sponsor-disclosure')})", re.I)
_CREDIT = re.compile(
    rf"^(?:{_rule('html.photo-credit')})"
    rf"(?:\s+(?:{_rule('html.photo-credit.by')}))?\s*(?::|©|\(c\)|$)",
    re.I,
)
_COPYRIGHT = re.compile(
    rf"(?:^©|^\(c\)\s|©\s*\w|\b(?:{'|'.join(STOCK_PHOTO_CREDITS)})\b)",
    re.I,
)
_COMMENTS = re.compile(
    rf"^(?:\d+\s+)?(?:{_rule('html.comments-prompt.count')})\s*(?:\(\d+\))?$"
    rf"|^(?:{_rule('html.comments-prompt')})",
    re.I,
)
_TAGS = re.compile(rf"^(?:{_rule('html.tag-list')})\s*[:\-–]", re.I)
_TAGS_WHOLE = re.compile(rf"^(?:{_rule('html.tag-list-heading')})\s*:?$", re.I)
_NAVIGATION = re.compile(rf"^(?:{_rule('html.navigation-link')})$", re.I)
_AUTHOR = re.compile(rf"^(?:{_rule('html.author-box-heading')})\s*:?$", re.I)
_PROMO = re.compile(
    rf"^(?:{_rule('html.promo-line.label')})\s*:|^(?:{_rule('html.promo-line')})", re.I
)
_POLL = re.compile(
    rf"^\d[\d.,]*\s+(?:{_rule('html.poll-count')})\b.{{0,60}}(?:{_rule('html.poll-count.voted')})",
    re.I,
)

_EDITORIAL = re.compile(
    rf"^\W{{0,3}}(?:{_rule('html.editors-note')})\b|^(?:{_rule('html.editors-note.disclaimer')})",
    re.I,
)
#: "Styling: A. Hair: B. Production: C." — a row of role credits.
_ROLE_CREDITS = re.compile(r"^(?:[A-Z][\w ]{2,30}: [^:]{2,80}?[.;] ?){2,}")

#: A month's name in any spelling of any language in the lexicon, longest first.
_MONTHS = (
    "(?:"
    + "|".join(re.escape(m) for m in sorted(lexicon.union("months"), key=len, reverse=True))
    + r")\.?"
)
#: The words of a date line ("Published on", "Veröffentlicht am") in the languages whose date
#: lines the reader's hints know.
_DATELINE_WORDS = lexicon.alternation(lexicon.phrases("dateline_phrases", ("en", "de", "fr", "es")))
#: A line that is only a date (and maybe a time or a weekday): "07. November 2023 - 10:38 Uhr",
#: "December 19, 2025", "21.10.2019", "Published: 2024-03-05".
_DATELINE = re.compile(
    rf"^(?:(?:{_DATELINE_WORDS}):?\s*)?(?:\w+,?\s+)?"
    r"(?:\d{1,2}\.?\s*" + _MONTHS + r"\s*\d{4}|" + _MONTHS + r"\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})"
    rf"(?:\s*[-–,|·]?\s*(?:(?:{_rule('boilerplate.dateline.time-at')})\s*)?\d{{1,2}}[:.]\d{{2}}"
    rf"(?:\s*(?:{_rule('boilerplate.dateline.time-suffix')}))?)?\s*[|·,]?\s*$",
    re.I,
)
#: A reading-time line under the headline ("7 min read", "Lesezeit: 4 Minuten", "Lecture : 8 min",
#: "5 min de lectura", "6 دقائق للقراءة", "阅读时间 5 分钟"), perhaps beside the date.
_READ_TIME = re.compile(
    rf"\d\s*(?:-\s*)?(?:{_rule('html.reading-time.units')})\s*(?:{_rule('html.reading-time.after')})"
    rf"|(?:{_rule('html.reading-time.before')})"
    rf"\s*[:：]?\s*(?:(?:{_rule('html.reading-time.about')})\s*)?\d+\s*"
    rf"(?:{_rule('html.reading-time.short-units')})",
    re.I,
)
#: The word that opens a byline ("by", "von", "par", "av"), in every language of the lexicon.
_BY = "|".join(
    sorted((w for w in lexicon.union("byline_phrases") if w.isalpha()), key=len, reverse=True)
)
_BYLINE = re.compile(
    rf"^(?i:{_BY}|(?:{_rule('html.byline.credit')}):)\s+"
    r"(?:[A-ZÀ-Þ][\w.’'-]+\s?){1,4}"
    rf"(?:(?:{lexicon.alternation(lexicon.phrases('and_words'))}|&|,)\s+(?:[A-ZÀ-Þ][\w.’'-]+\s?){{1,4}})*$"
)

#: A phrase that may stand after some words ("Die Stadt in Zahlen") opens with a wildcard.
_WILDCARD_OPENING = re.compile(r"^\.\{\d*,\d+\}\\b")


def _sharing_openings(phrases: tuple[str, ...]) -> str:
    """``phrases`` as one alternation in which those that open with the same wildcard of
    words (``.{0,60}\\b``) share it: one pass over the text's opening words for them all, not
    one per phrase (each pass backtracks over every character it took). The same texts
    match; which phrase matches may differ, so this is for a test that only asks whether."""
    shared: dict[str, list[str]] = {}
    plain: list[str] = []
    for phrase in phrases:
        opening = _WILDCARD_OPENING.match(phrase)
        if opening is None:
            plain.append(phrase)
        else:
            shared.setdefault(opening.group(), []).append(phrase[opening.end() :])
    return "|".join(
        [
            *([lexicon.alternation(tuple(plain))] if plain else []),
            *(f"{wild}(?:{lexicon.alternation(tuple(rests))})" for wild, rests in shared.items()),
        ]
    )


_FACTBOX = re.compile(
    rf"^(?:{_sharing_openings(lexicon.rule_phrases('html.fact-box-heading'))})\s*:?$", re.I
)

#: Phrase rules in the order they are tried: rule id, pattern, kind, reason, the longest text
#: each may apply to, and words one of which the (lower-cased) text must contain before the
#: pattern is tried at all. The unanchored patterns are slow to fail; the words make failing
#: cheap.
_TEXT_RULES: tuple[tuple[str, re.Pattern[str], K, str, int, tuple[str, ...]], ...] = (
    ("html.related-heading", _RELATED, K.RELATED, "related-links heading", 80, ()),
    ("html.related-link-line", _RELATED_PREFIX, K.RELATED, "related/promo link line", 200, (":",)),
    ("html.advertisement-label", _AD, K.ADVERTISEMENT, "advertisement label", 60, ()),
    ("html.sponsor-disclosure", _SPONSOR, K.SPONSOR, "sponsor/affiliate disclosure", 400, ()),
    ("html.share-button", _SHARE, K.SHARE, "share button", 40, ()),
    ("html.comments-prompt", _COMMENTS, K.COMMENTS, "comments prompt", 80, ()),
    ("html.tag-list-heading", _TAGS_WHOLE, K.TAGS, "tag list heading", 30, ()),
    ("html.tag-list", _TAGS, K.TAGS, "tag list", 300, ()),
    ("html.navigation-link", _NAVIGATION, K.NAVIGATION, "navigation link", 80, ()),
    ("html.author-box-heading", _AUTHOR, K.AUTHOR_BIO, "author box heading", 100, ()),
    (
        "html.newsletter-prompt",
        _NEWSLETTER,
        K.NEWSLETTER,
        "newsletter prompt",
        300,
        lexicon.rule_phrases("html.newsletter-prompt.prefilter"),
    ),
    ("html.promo-line", _PROMO, K.PROMO, "promo line", 200, ()),
    ("html.poll-count", _POLL, K.PROMO, "poll count", 120, ()),
    ("html.date-line", _DATELINE, K.DATELINE, "date line", 70, tuple("0123456789")),
    ("html.reading-time", _READ_TIME, K.DATELINE, "reading time", 80, tuple("0123456789")),
    ("html.byline", _BYLINE, K.CREDIT, "byline", 100, ()),
    ("html.editors-note", _EDITORIAL, K.EDITORIAL_NOTE, "editor's note", 600, ()),
    ("html.fact-box-heading", _FACTBOX, K.OTHER, "fact box heading", 80, ()),
    ("html.role-credits", _ROLE_CREDITS, K.CREDIT, "role credits", 600, (":",)),
    ("html.photo-credit", _CREDIT, K.CREDIT, "photo credit", 300, ()),
    (
        "html.copyright-credit",
        _COPYRIGHT,
        K.CREDIT,
        "copyright/agency credit",
        160,
        (
            "©",
            "(c)",
            "getty",
            "alliance",
            "imago",
            "reuters",
            "dpa",
            "afp",
            "ap photo",
            "shutter",
            "istock",
        ),
    ),
)
_LONGEST_RULE = max(rule[4] for rule in _TEXT_RULES)


_Rule = tuple[str, re.Pattern[str], K, str, int, tuple[str, ...]]


def _gate_branch(pattern: re.Pattern[str]) -> str:
    """``pattern`` as a branch of a case-blind gate, keeping its own case: a byline's names
    match in capitals only, and matched case-blind its words backtrack at length."""
    if pattern.flags & re.I:
        return f"(?:{pattern.pattern})"
    return f"(?-i:{pattern.pattern})"


def _rules_by_size() -> tuple[tuple[int, re.Pattern[str] | None, tuple[_Rule, ...]], ...]:
    """For each size limit a rule has, in ascending order: the rules that still apply to a block
    that long (in their order), and their start-anchored phrase rules (those without keyword
    gates) as one pattern.

    A block of ``size`` characters uses the first entry whose limit is not below its size. One
    match of the gate at position 0 fails for almost every ordinary paragraph, instead of one
    search per rule; and a long paragraph meets only the few rules that may apply to it (an
    alternation of every rule costs about ten microseconds a block to fail)."""
    out = []
    for limit in sorted({rule[4] for rule in _TEXT_RULES}):
        rules = tuple(rule for rule in _TEXT_RULES if rule[4] >= limit)
        phrases = [_gate_branch(rule[1]) for rule in rules if not rule[5]]
        gate = re.compile("|".join(phrases), re.I) if phrases else None
        out.append((limit, gate, rules))
    return tuple(out)


_RULES_BY_SIZE = _rules_by_size()


def _keyword_gate(words: tuple[str, ...]) -> str | re.Pattern[str]:
    """What finds any of ``words`` in the lower-cased text: one character alone, looked for with
    ``in``; characters, as one character set; else a search with each word entered at its
    rarest letter (the engine skips in C to the next such letter)."""
    if len(words) == 1 and len(words[0]) == 1:
        return words[0]
    if all(len(word) == 1 for word in words):
        return re.compile(f"[{re.escape(''.join(words))}]")
    return re.compile(lexicon.from_rarest_letter(words))


#: Per word-gated rule, its :func:`_keyword_gate`.
_KEYWORD_GATES = {rule[0]: _keyword_gate(rule[5]) for rule in _TEXT_RULES if rule[5]}


_SENTENCE_END = re.compile(r"[.!?…]\s")


_BARE_NEWSLETTER = lexicon.rule_phrases("html.newsletter-prompt.bare")


def _mentioned(pattern: re.Pattern[str], match: re.Match[str], text: str) -> bool:
    """A bare "newsletter" after the block's first sentence or deep in it is a mention in
    someone's answer ("... and the newsletter writes about it"), not a subscribe box; the
    prompts proper ("sign up for", "subscribe to") count anywhere."""
    if pattern is not _NEWSLETTER or not match.group().lower().startswith(_BARE_NEWSLETTER):
        return False
    return match.start() > 40 or _SENTENCE_END.search(text, 0, match.start()) is not None


def text_hint(text: str, link_density: float) -> Hint | None:
    """A verdict from the block's own wording (short, well-known phrases) and its links."""
    if len(text) > _LONGEST_RULE:
        return None
    return _short_text_hint(text, link_density >= _LINK_ONLY)


#: A short line that is (almost) all link text is a link to elsewhere.
_LINK_ONLY = 0.9


@functools.lru_cache(maxsize=2048)
def _short_text_hint(text: str, linked: bool) -> Hint | None:
    """:func:`text_hint` for a block short enough for a phrase rule; ``linked``: is it
    (almost) all link text? Pages and sites repeat their short lines ("Advertisement", "Share",
    a date), so verdicts are kept for the most recent texts."""
    size = len(text)
    lower = text.lower()
    phrase = False
    rules: tuple[_Rule, ...] = ()
    for limit, gate, rules in _RULES_BY_SIZE:  # noqa: B007 - the first that fits is wanted
        if size <= limit:
            phrase = gate is not None and gate.match(text) is not None
            break
    for rule, pattern, kind, reason, _limit, words in rules:
        if words:
            test = _KEYWORD_GATES[rule]
            if test not in lower if isinstance(test, str) else test.search(lower) is None:
                continue
        elif not phrase:
            continue
        match = pattern.search(text)
        if match is not None and not _mentioned(pattern, match, text):
            return Hint(kind, reason, rule)
    if linked and size <= 160 and not text.endswith("?") and text.count(" ") >= 2:
        return Hint(K.RELATED, "link-only line", "html.link-only-line")
    # the same wording in the other languages (EN, DE, FR, ES, IT, PT, NL, PL, RU, TR, ZH, JA, AR)
    opener = phrase_kind(text)
    if opener is not None:
        return Hint(
            opener, f"{opener.value} phrase opens a short block", "boilerplate.opening-phrase"
        )
    return None


_AUTHOR_SENTENCE = re.compile(
    rf"^(?:[A-Z][\w.’'-]+ ){{1,4}}(?:{_rule('html.author-bio.verb')}) "
    rf"(?:{_rule('html.author-bio.article')}) "
    rf"[^.]{{0,120}}?\b(?i:{_rule('html.author-bio')})\b"
)


def tail_hint(text: str) -> Hint | None:
    """Rules for blocks after the article's last stretch of prose: an author bio sentence
    ("Jane Doe is a senior editor at ..."). Closing notes in italics are left to the segmenter,
    which files them as outro."""
    if len(text) <= 700 and _AUTHOR_SENTENCE.search(text):
        return Hint(K.AUTHOR_BIO, "author bio after the article", "html.author-bio")
    return None
