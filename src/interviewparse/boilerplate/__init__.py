"""Label the blocks that are publisher clutter, not the interview. Nothing is dropped: each
verdict names a :class:`~interviewparse.BoilerplateKind` and the rule that fired.

The rules here look at a block's text (and, for runs, its neighbours), so they apply to blocks
of any format; a reader's own hint (an HTML ``<figcaption>``, a front-matter line) comes first.
Each rule is narrow on purpose — a phrase that only clutter uses, a short block, a position — so
that real answer text is never eaten: a false "boilerplate" loses interview text, which is worse
than a caption left in the intro.

The rules of block scope (one block's text) are in :mod:`.block`; the passes here read a
block's neighbours or the whole document, and :func:`label_boilerplate` runs them all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..blocks import Block, BlockKind, Document
from ..cues import QUESTION_MARKS
from ..models import BoilerplateKind
from .block import (
    _BY,
    _COMMENTS_HEAD,
    _CREDIT_LINE,
    _I,
    _WORDS,
    _fewest_words,
    _OwnText,
    _reader_hint,
    _rule,
    _text_rule,
    _words,
)
from .verdict import Verdict

__all__ = ["Verdict", "label_boilerplate"]


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
            or text.endswith(QUESTION_MARKS)
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
#: What follows the name that opens an author's bio ("Jane Doe| is a professor").
_AFTER_BIO_NAME = re.compile(rf"\s+{_BIO_VERB}\s", _I)
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
            # the name, then the verb: the name matches as many characters as it has, so the
            # verb is matched after them with a pattern compiled once, not once per name
            opens = re.match(re.escape(name), text, _I)
            if opens is not None and _AFTER_BIO_NAME.match(text, opens.end()):
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


def _plain_line(block: Block, verdict: Verdict | None) -> bool:
    """Content nobody is said to speak: no verdict yet, no label, dash or question mark-up."""
    return (
        verdict is None
        and not block.label
        and not block.dash
        and not block.marked_question
        and bool(block.text.strip())
    )


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
            not _plain_line(nxt, verdicts[i + 1])
            or nxt.kind is BlockKind.HEADING
            or text.endswith(QUESTION_MARKS)
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
            not _plain_line(block, verdicts[i])
            or block.kind is not BlockKind.PARAGRAPH
            or text.endswith(QUESTION_MARKS)
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
    credit: re.Pattern[str] | None = None  # (compiled when a block holds the name)
    for j in range(start, len(blocks)):
        text = blocks[j].text
        if name not in text:
            continue
        verdict = verdicts[j]
        if verdict is not None and verdict.kind in _PUBLISHER_KINDS:
            return True
        if credit is None:
            x = re.escape(name)
            credit = re.compile(
                rf"©\s*{x}|\(\s*{x}\s*[/)]|[/|]\s*{x}\s*[)\]]?\s*$"
                rf"|\b(?:{_SPOKEN_TO})\s+(?:(?:{_SPOKEN_TO_PREPOSITION})\s+)?{x}(?!\w)"
            )
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
    seen: dict[str, _OwnText] = {}  # a text that recurs is judged once
    verdicts: list[Verdict | None] = [
        _profile_question_verdict(block)
        if block.marked_question
        else _reader_hint(block)
        or (None if block.kind is BlockKind.TITLE else _text_rule(block, seen))
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
