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

import itertools
import re
from typing import NamedTuple

from .._phrases import phrase_kind
from ..models import BoilerplateKind as K

__all__ = [
    "ARTICLE_OR_BOX_WORDS",
    "STANDFIRST_WORDS",
    "Hint",
    "container_hint",
    "generic_box_hint",
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


_SEPARATORS = str.maketrans("-_", "  ")


def tokens_of(classes: list[str] | str | None, element_id: str | None) -> list[str]:
    """Lower-case words of a class list and id: ``"postShare-bar"`` → post, share, bar."""
    parts = classes if isinstance(classes, list) else [classes or ""]
    raw = " ".join(parts) + " " + (element_id or "")
    lowered = raw.lower()
    if lowered != raw:
        lowered = _CAMEL.sub(" ", raw).lower()
    return lowered.translate(_SEPARATORS).split()


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
    return hint


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


_RELATED = re.compile(
    r"^(?:"
    + _phrases(
        r"read more",
        r"read also",
        r"related(?: (?:articles?|posts?|stories|content|coverage|reading))?",
        r"see also",
        r"more on (?:this|the) (?:topic|story|subject)",
        r"more from [\w’' ]{1,40}",
        r"more stories",
        r"links (?:&|and) resources",
        r"show notes",
        r"further reading",
        r"resources mentioned",
        r"you (?:may|might) also (?:like|enjoy)",
        r"recommended(?: for you)?",
        r"most (?:popular|read|viewed)",
        r"the latest",
        r"latest (?:articles|news|stories|posts)",
        r"other posts in .{1,60}",
        r"lesen sie (?:auch|mehr|hier)",
        r"mehr zum thema",
        r"mehr dazu",
        r"auch interessant",
        r"das könnte sie (?:auch )?interessieren",
        r"weitere (?:inhalte|artikel|themen)(?: zu(?:m)? (?:diesem|dem) thema)?",
        r"zum thema",
        r"te puede interesar",
        r"también te puede interesar",
        r"lee también",
        r"lea también",
        r"le puede interesar",
        r"noticias relacionadas",
        r"relacionad[oa]s?",
        r"à lire aussi",
        r"lire aussi",
        r"pour approfondir",
        r"sur le même sujet",
        r"leggi anche",
        r"potrebbe interessarti",
        r"leia também",
        r"читайте также",
    )
    + r")\s*[:.…»›>]*$",
    re.I,
)
_RELATED_PREFIX = re.compile(
    r"^(?:related|read more|read also|see also|lesen sie auch|mehr zum thema|te puede interesar"
    r"|lee también|lire aussi|à lire aussi|leggi anche|video|watch|listen|podcast)\s*:\s*\S",
    re.I,
)
_SHARE = re.compile(
    r"^(?:share(?: (?:this|the) (?:article|story|post|page))?(?: (?:on|via) \w+)?|share options"
    r"|share this:?|teilen|artikel teilen|compartir|partager|condividi|tweet|e-?mail|print"
    r"|drucken|whatsapp|facebook|twitter|linkedin|copy link|link kopieren)\s*:?$",
    re.I,
)
_NEWSLETTER = re.compile(
    r"newsletter|sign up (?:for|to)|subscribe (?:to|for|now)|haven[’']t subscribed|join here:?$"
    r"|get (?:our|the) .{0,40}"
    r"(?:email|inbox)|straight to your inbox|jetzt (?:abonnieren|anmelden)|abonnieren sie"
    r"|suscr[ií]bete|inscrivez-vous|abonnez-vous",
    re.I,
)
_AD = re.compile(
    r"^(?:advertisement|advertisement - continue reading below|anzeige|werbung|publicidad"
    r"|publicité|sponsored(?: content)?|paid (?:post|content)|ad|ads|pub|reklame)\s*[:.]?$",
    re.I,
)
_SPONSOR = re.compile(
    r"^(?:we may (?:earn|receive) (?:a )?(?:commission|compensation)|this (?:article|post|content)"
    r" (?:is|was) (?:sponsored|paid)|advertising disclosure|presented by|sponsored by)",
    re.I,
)
_CREDIT = re.compile(
    r"^(?:photo|photos|photograph|photographs|photography|image|images|picture|illustration"
    r"|illustrations|credit|credits|foto|fotos|bild|bilder|titelbild|titelfoto|quelle|source"
    r"|fuente|crédito|créditos|imagen|photo credits?|image credits?|lead image|video|styling"
    r"|grooming|hair|makeup|make-up|production|set design)"
    r"(?:\s+(?:by|von|de|por|par|courtesy of))?\s*(?::|©|\(c\)|$)",
    re.I,
)
_COPYRIGHT = re.compile(
    r"(?:^©|^\(c\)\s|©\s*\w|\b(?:getty images|picture[- ]alliance|imago|reuters|dpa|afp|ap photo"
    r"|shutterstock|istock)\b)",
    re.I,
)
_COMMENTS = re.compile(
    r"^(?:\d+\s+)?(?:comments?|kommentare?|comentarios?|commentaires?|commenti|reactions?)"
    r"\s*(?:\(\d+\))?$|^(?:leave a (?:reply|comment)|have your say|discussion about this post"
    r"|join the (?:discussion|conversation)|kommentieren|schreiben sie einen kommentar"
    r"|deja tu comentario|add a comment|show comments|comment on this)",
    re.I,
)
_TAGS = re.compile(
    r"^(?:tags?|themen|temas|schlagworte|schlagwörter|topics|mots-clés|read more about|more about"
    r"|mehr über|etiquetas)\s*[:\-–]",
    re.I,
)
_TAGS_WHOLE = re.compile(r"^(?:tags?|themen|temas|topics|read more about|more about)\s*:?$", re.I)
_NAVIGATION = re.compile(
    r"^(?:post navigation|previous (?:post|article)|next (?:post|article)|« ?previous.{0,40}"
    r"|back to top|zurück|startseite|home|browse all posts|all posts|categories:?|other pages"
    r"|skip to (?:main )?content|passwort vergessen\??|forgot (?:your )?password\??"
    r"|log ?in|sign ?in|anmelden|registrieren|jetzt anmelden.*|create a free account.*)$",
    re.I,
)
_AUTHOR = re.compile(
    r"^(?:about the author|über den autor|über die autorin|sobre el autor|à propos de l'auteur"
    r"|about the author\(s\)|autor\*?innen|autoren|author|authors|posted by .{2,80}"
    r"|written by .{2,80}|a guest post by)\s*:?$",
    re.I,
)
_PROMO = re.compile(
    r"^(?:video|watch|listen|podcast|audio)\s*:|^(?:to view this video please enable javascript"
    r"|buy tickets|get tickets|shop (?:now|the)|buy (?:it )?now|order (?:now|here)"
    r"|want to (?:know|learn|read|hear|see) more\b|follow (?:them|him|her|us|me) on\b"
    r"|check back (?:in )?soon|stay tuned|don[’']t miss"
    r"|listen (?:here|now)\b|watch (?:now|here)\b|download the app|get the app|start your substack"
    r"|ready for more\?|want more .{0,60}\?|apply now|jetzt lesen|weiterlesen"
    r"|interested in (?:learning|finding out|reading|hearing|knowing) more\b"
    r"|continue reading|jetzt anmelden & lesen)",
    re.I,
)
_POLL = re.compile(
    r"^\d[\d.,]*\s+(?:haben|people|personas|personnes|votes|stimmen|have)\b.{0,60}"
    r"(?:abgestimmt|stimme|voted|votado|vote)",
    re.I,
)

_EDITORIAL = re.compile(
    r"^\W{0,3}(?:editor[’']s note|anm(?:erkung)? d(?:er)? red(?:aktion)?|nota del editor"
    r"|note de la rédaction|n\.?\s?d\.?\s?r\.?|correction|clarification|update)\b"
    r"|^(?:the )?(?:views|opinions) expressed\b|^(?:die )?äußerungen (?:unserer|der) "
    r"(?:gesprächs|interview)partner|^las opiniones expresadas",
    re.I,
)
#: "Styling: A. Hair: B. Production: C." — a row of role credits.
_ROLE_CREDITS = re.compile(r"^(?:[A-Z][\w ]{2,30}: [^:]{2,80}?[.;] ?){2,}")

_MONTHS = (
    r"(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|enero|febrero|marzo|abril"
    r"|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril"
    r"|mai|juin|juillet|août|septembre|octobre|novembre|décembre)[a-zäéû]*\.?"
)
#: A line that is only a date (and maybe a time or a weekday): "07. November 2023 - 10:38 Uhr",
#: "December 19, 2025", "21.10.2019", "Published: 2024-03-05".
_DATELINE = re.compile(
    r"^(?:(?:published|updated|posted|veröffentlicht|aktualisiert|stand|publicado|actualizado"
    r"|publié|mis à jour)(?: on| am| el| le)?:?\s*)?(?:\w+,?\s+)?"
    r"(?:\d{1,2}\.?\s*" + _MONTHS + r"\s*\d{4}|" + _MONTHS + r"\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"(?:\s*[-–,|·]?\s*(?:um\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:uhr|am|pm|h))?)?\s*[|·,]?\s*$",
    re.I,
)
#: A reading-time line under the headline ("7 min read", "Lesezeit: 4 Minuten", "Lecture : 8 min",
#: "5 min de lectura", "6 دقائق للقراءة", "阅读时间 5 分钟"), perhaps beside the date.
_READ_TIME = re.compile(
    r"\d\s*(?:-\s*)?(?:min(?:ute)?s?\.?|minuten|minutos|minuti|мин(?:ут[аы]?)?\.?|dk\.?"
    r"|دقائق|دقيقة|分钟|分|분)\s*(?:read\b|reading\b|lesezeit|lesedauer|de lectura|de lecture"
    r"|di lettura|de leitura|чтения|leestijd|czytania|okuma|للقراءة|阅读|で読め|読了|읽기)"
    r"|(?:reading time|read time|lesezeit|lesedauer|temps de lecture|lecture|tiempo de lectura"
    r"|lectura|tempo di lettura|lettura|tempo de leitura|время чтения|leestijd|czas czytania"
    r"|okuma süresi|مدة القراءة|阅读时间|阅读约|読了時間|읽는 시간)"
    r"\s*[:：]?\s*(?:ca\.?\s*|约\s*)?\d+\s*(?:min|мин|dk|دقائق|دقيقة|دقيقتان|分|분)",
    re.I,
)
_BYLINE = re.compile(
    r"^(?i:by|von|por|par|di|door|text:|texto:|autor:|author:)\s+"
    r"(?:[A-ZÀ-Þ][\w.’'-]+\s?){1,4}(?:(?:and|und|y|et|&|,)\s+(?:[A-ZÀ-Þ][\w.’'-]+\s?){1,4})*$"
)

_FACTBOX = re.compile(
    r"^(?:.{0,60}\b(?:by|in) (?:the )?numbers|.{0,60}\bin zahlen|.{0,60}\ben (?:cifras|chiffres)"
    r"|fact ?box|fact ?file|key facts|zur person|steckbrief|en bref|in brief|at a glance)\s*:?$",
    re.I,
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
        ("newsletter", "sign up", "subscri", "inbox", "email", "abonn", "suscr", "inscri", "join"),
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
        phrases = [f"(?:{rule[1].pattern})" for rule in rules if not rule[5]]
        gate = re.compile("|".join(phrases), re.I) if phrases else None
        out.append((limit, gate, rules))
    return tuple(out)


_RULES_BY_SIZE = _rules_by_size()
_KEYWORD_GATES = {
    rule[0]: re.compile("|".join(re.escape(word) for word in rule[5]))
    for rule in _TEXT_RULES
    if rule[5]
}


_SENTENCE_END = re.compile(r"[.!?…]\s")


def _mentioned(pattern: re.Pattern[str], match: re.Match[str], text: str) -> bool:
    """A bare "newsletter" after the block's first sentence or deep in it is a mention in
    someone's answer ("... and the newsletter writes about it"), not a subscribe box; the
    prompts proper ("sign up for", "subscribe to") count anywhere."""
    if pattern is not _NEWSLETTER or not match.group().lower().startswith("newsletter"):
        return False
    return match.start() > 40 or _SENTENCE_END.search(text, 0, match.start()) is not None


def text_hint(text: str, link_density: float) -> Hint | None:
    """A verdict from the block's own wording (short, well-known phrases) and its links."""
    size = len(text)
    if size > _LONGEST_RULE:
        return None
    lower = text.lower()
    phrase = False
    rules: tuple[_Rule, ...] = ()
    for limit, gate, rules in _RULES_BY_SIZE:  # noqa: B007 - the first that fits is wanted
        if size <= limit:
            phrase = gate is not None and gate.match(text) is not None
            break
    for rule, pattern, kind, reason, _limit, words in rules:
        if words:
            if _KEYWORD_GATES[rule].search(lower) is None:
                continue
        elif not phrase:
            continue
        match = pattern.search(text)
        if match is not None and not _mentioned(pattern, match, text):
            return Hint(kind, reason, rule)
    if link_density >= 0.9 and size <= 160 and not text.endswith("?") and text.count(" ") >= 2:
        return Hint(K.RELATED, "link-only line", "html.link-only-line")
    # the same wording in the other languages (EN, DE, FR, ES, IT, PT, NL, PL, RU, TR, ZH, JA, AR)
    opener = phrase_kind(text)
    if opener is not None:
        return Hint(
            opener, f"{opener.value} phrase opens a short block", "boilerplate.opening-phrase"
        )
    return None


_AUTHOR_SENTENCE = re.compile(
    r"^(?:[A-Z][\w.’'-]+ ){1,4}(?:is|was|has been) (?:a|an|the) [^.]{0,120}?\b(?i:editor|writer"
    r"|reporter|journalist|correspondent|contributor|columnist|producer|critic|host|redakteur"
    r"|redakteurin|journalistin|autor|autorin|periodista|redactor|redactora|journaliste)\b"
)


def tail_hint(text: str) -> Hint | None:
    """Rules for blocks after the article's last stretch of prose: an author bio sentence
    ("Jane Doe is a senior editor at ..."). Closing notes in italics are left to the segmenter,
    which files them as outro."""
    if len(text) <= 700 and _AUTHOR_SENTENCE.search(text):
        return Hint(K.AUTHOR_BIO, "author bio after the article", "html.author-bio")
    return None
