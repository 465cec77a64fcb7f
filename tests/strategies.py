"""Hypothesis strategies: random interviews rendered as a publisher would emit them.

A :class:`GeneratedDoc` holds what the generator put in (title, intro, pairs with paragraphs
and list items, boilerplate boxes) and the document rendered from it, as HTML or as text copied
off a page, in one of the layouts real publishers use:

* questions in bold, in ``<h2>``/``<h3>`` headings, after "Q:"/"A:"-style labels, after the
  interviewer's and interviewee's names, after a dialogue dash, or marked only by their wording;
* lists as ``<ol>``/``<ul>`` or "1." / "-" lines;
* boilerplate boxes: a figure caption, a newsletter prompt, a block of related links.

The sentences come from small word pools in five languages, so the documents read like word
salad but carry exactly the cues a real page carries, and nothing else: answers never end in
"?", no paragraph but a label has a colon, list items have no sentence-final question mark.
Everything is small (a handful of pairs) so properties can run a thousand examples quickly.
"""

from __future__ import annotations

import dataclasses
import html as html_lib
import random
from dataclasses import dataclass

from hypothesis import strategies as st

import interviewparse as ip

__all__ = [
    "LANGUAGES",
    "GeneratedDoc",
    "html_documents",
    "html_soup",
    "interviews",
    "mangled_documents",
    "news_documents",
    "text_documents",
    "unlabelled_texts",
]


def _pool(words: str) -> tuple[str, ...]:
    return tuple(words.split())


@dataclass(frozen=True)
class Language:
    """Word pools and conventions of one language."""

    code: str
    words: tuple[str, ...]
    question_words: tuple[str, ...]
    question_label: str
    answer_label: str
    question_mark: str = "?"  # French sets a (narrow) space before it
    inverted: bool = False  # Spanish opens a question with "¿"
    lead_ins: tuple[str, ...] = ()
    reporting: tuple[str, ...] = ()
    spoke_to: str = "{interviewee} spoke to {interviewer} of the {publisher}."


LANGUAGES: dict[str, Language] = {
    "en": Language(
        "en",
        words=_pool(
            "river town water map flood farmers season data hill bridge harbour rain school "
            "budget council record storm village market road measure remember build grow move "
            "quiet old early every new long our their the of and with for in"
        ),
        question_words=("Why", "How", "What", "When", "Where", "Which", "Who"),
        question_label="Q",
        answer_label="A",
        lead_ins=("We did three things", "The plan has several parts", "There are reasons"),
        reporting=("said", "told reporters", "wrote in a statement", "added"),
    ),
    "de": Language(
        "de",
        words=_pool(
            "Fluss Stadt Wasser Karte Hochwasser Bauern Sommer Daten Brücke Hafen Regen "
            "Schule Haushalt Gemeinde Sturm Dorf Markt Straße messen bauen wachsen ruhig alt "
            "früh jeder neue lange unsere ihre der die und mit für über Grüße"
        ),
        question_words=("Warum", "Wie", "Was", "Wann", "Wo", "Welche", "Wer"),
        question_label="Frage",
        answer_label="Antwort",
        lead_ins=("Wir haben drei Dinge getan", "Der Plan hat mehrere Teile"),
        reporting=("sagte", "erklärte", "teilte mit"),
        spoke_to="Mit {interviewee} sprach {interviewer} für den {publisher}.",
    ),
    "fr": Language(
        "fr",
        words=_pool(
            "rivière ville eau carte crue paysans saison données colline pont port pluie "
            "école budget conseil orage village marché route mesurer construire grandir calme "
            "vieux chaque nouveau notre leur le la et avec pour dans été"
        ),
        question_words=("Pourquoi", "Comment", "Quand", "Où", "Quel", "Qui"),
        question_label="Q",
        answer_label="R",
        question_mark="\u202f?",
        lead_ins=("Nous avons fait trois choses", "Le plan a plusieurs volets"),
        reporting=("a déclaré", "a ajouté", "a précisé"),
        spoke_to="{interviewee} a répondu aux questions de {interviewer} ({publisher}).",
    ),
    "es": Language(
        "es",
        words=_pool(
            "río ciudad agua mapa inundación campesinos estación datos colina puente puerto "
            "lluvia escuela presupuesto consejo tormenta pueblo mercado camino medir "
            "construir crecer tranquilo viejo cada nuevo nuestro su el la y con para en año"
        ),
        question_words=("Por qué", "Cómo", "Qué", "Cuándo", "Dónde", "Quién"),
        question_label="P",
        answer_label="R",
        inverted=True,
        lead_ins=("Hicimos tres cosas", "El plan tiene varias partes"),
        reporting=("dijo", "afirmó", "añadió"),
        spoke_to="{interviewee} habló con {interviewer}, de {publisher}.",
    ),
    "ru": Language(
        "ru",
        words=_pool(
            "река город вода карта наводнение фермеры сезон данные холм мост порт дождь школа "
            "бюджет совет шторм деревня рынок дорога измерять строить расти тихий старый "
            "каждый новый наш их и с для в на"
        ),
        question_words=("Почему", "Как", "Что", "Когда", "Где", "Кто"),
        question_label="Вопрос",
        answer_label="Ответ",
        lead_ins=("Мы сделали три вещи", "У плана несколько частей"),
        reporting=("сказал", "заявил", "добавил"),
        spoke_to="{interviewee} ответил на вопросы {interviewer} ({publisher}).",
    ),
}

_PEOPLE = (
    ("Lena", "Marsh"),
    ("Amaru", "Quispe"),
    ("Jana", "Kühn"),
    ("Pierre", "Lamy"),
    ("Sofía", "Ortega"),
    ("Ivan", "Petrov"),
    ("Mara", "Ilves"),
    ("Tomás", "Reyes"),
    ("Greta", "Vogel"),
    ("Noor", "Haddad"),
)
_PUBLISHERS = ("Riverside Courier", "Harbour Post", "Valley Tribune", "Coastal Herald")

_RNG = st.randoms(use_true_random=True)

TEXT_LAYOUTS = ("qa-labels", "name-labels", "dash", "wording")
HTML_LAYOUTS = ("bold", "h2", "h3", "qa-labels", "name-labels", "dash", "wording")


# -- what the generator puts in -------------------------------------------------------------------


@dataclass(frozen=True)
class GenPair:
    question: tuple[str, ...]  # paragraphs, without any label or dash
    answer: tuple[ip.Paragraph | ip.ListItem, ...]


@dataclass(frozen=True)
class GenBoilerplate:
    kind: ip.BoilerplateKind
    texts: tuple[str, ...]  # one box may hold several blocks (a heading and links)
    after: int  # placed after this many pairs (0: between intro and first question)


@dataclass(frozen=True)
class GeneratedDoc:
    """A generated interview and its rendering."""

    language: str
    layout: str
    fmt: str  # "html" or "text"
    title: str
    intro: tuple[str, ...]
    pairs: tuple[GenPair, ...]
    boilerplate: tuple[GenBoilerplate, ...]
    interviewer: str
    interviewee: str
    source: str = ""
    list_style: str = "ol"

    @property
    def content_texts(self) -> list[str]:
        """Every text block the document holds, label- and marker-free, for accounting."""
        texts = [self.title, *self.intro]
        for pair in self.pairs:
            texts += list(pair.question)
            texts += [block.text for block in pair.answer]
        for box in self.boilerplate:
            texts += list(box.texts)
        return texts


# -- sentences ------------------------------------------------------------------------------------


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# The words themselves come from a ``random.Random`` seeded by one draw: drawing every word
# through hypothesis made generation ~40 ms per document, eight times the cost of parsing it.
# Structure (language, layout, how many pairs, lists, boxes) is drawn normally and shrinks.


def _phrase(rng: random.Random, lang: Language, min_words: int = 3, max_words: int = 9) -> str:
    return " ".join(rng.choices(lang.words, k=rng.randint(min_words, max_words)))


def statement(rng: random.Random, lang: Language) -> str:
    """One declarative sentence, capitalised, ending in a full stop (now and then a "!")."""
    return _capitalise(_phrase(rng, lang)) + rng.choice(".....!")


def answer_paragraph(rng: random.Random, lang: Language, min_sentences: int = 1) -> str:
    return " ".join(statement(rng, lang) for _ in range(rng.randint(min_sentences, 3)))


def question_sentence(rng: random.Random, lang: Language) -> str:
    body = f"{rng.choice(lang.question_words)} {_phrase(rng, lang, 2, 8)}{lang.question_mark}"
    return "¿" + body if lang.inverted else body


@st.composite
def question_paragraphs(
    draw: st.DrawFn, rng: random.Random, lang: Language, layout: str
) -> tuple[str, ...]:
    """A question: usually one paragraph; sometimes a preface sentence, sometimes two parts.

    Two-paragraph questions only where the page marks both parts (bold, labels) or both parts
    are short questions (wording), as real pages do.
    """
    first = question_sentence(rng, lang)
    # A preface sentence needs a mark: without one, "Statement. Question?" after an answer
    # reads as the answer's own rhetorical question, on real pages too.
    if layout != "wording" and draw(st.integers(0, 3)) == 0:
        first = f"{statement(rng, lang)} {first}"
    if layout in ("bold", "qa-labels", "name-labels", "wording") and draw(st.integers(0, 5)) == 0:
        return (first, question_sentence(rng, lang))
    return (first,)


@st.composite
def answer_blocks(
    draw: st.DrawFn, rng: random.Random, lang: Language
) -> tuple[ip.Paragraph | ip.ListItem, ...]:
    """1–4 paragraphs, sometimes with a list introduced by a lead-in paragraph."""
    # An answer opens with at least two sentences: answers run longer than questions.
    blocks: list[ip.Paragraph | ip.ListItem] = [
        ip.Paragraph(answer_paragraph(rng, lang, 2 if n == 0 else 1))
        for n in range(draw(st.integers(1, 4)))
    ]
    if draw(st.integers(0, 3)) == 0:
        at = draw(st.integers(1, len(blocks)))
        lead = ip.Paragraph(rng.choice(lang.lead_ins) + ":")
        count = draw(st.integers(2, 5))
        items = [
            ip.ListItem(_capitalise(_phrase(rng, lang, 2, 6)) + ";", marker=f"{n}.")
            for n in range(1, count + 1)
        ]
        blocks[at:at] = [lead, *items]
    return tuple(blocks)


# -- boilerplate boxes ----------------------------------------------------------------------------


@st.composite
def boilerplate_boxes(draw: st.DrawFn, pairs: int, interviewee: str) -> tuple[GenBoilerplate, ...]:
    boxes: list[GenBoilerplate] = []
    if draw(st.booleans()):
        place = draw(st.sampled_from(("gauging station", "harbour wall", "old bridge")))
        credit = draw(st.sampled_from(("(Photo: Courier/J. Doe)", "Photo: AP", "(Photo: Reuters)")))
        caption = f"{interviewee} at the {place}. {credit}"
        boxes.append(GenBoilerplate(ip.BoilerplateKind.CAPTION, (caption,), after=0))
    if draw(st.booleans()):
        prompt = draw(
            st.sampled_from(
                (
                    "Subscribe to our newsletter for weekly interviews.",
                    "Sign up for our daily newsletter and never miss a story.",
                    "Get the best of our journalism in your inbox: subscribe to the newsletter.",
                )
            )
        )
        after = draw(st.integers(1, pairs))
        boxes.append(GenBoilerplate(ip.BoilerplateKind.NEWSLETTER, (prompt,), after=after))
    if draw(st.booleans()):
        titles = draw(
            st.lists(
                st.sampled_from(
                    (
                        "Floods return to the valley",
                        "A new bridge for the old town",
                        "How the harbour was rebuilt",
                        "Farmers count the cost of the storm",
                        "The council votes on the budget",
                    )
                ),
                min_size=1,
                max_size=3,
                unique=True,
            )
        )
        links = tuple(f"Read more: {title}" for title in titles)
        boxes.append(GenBoilerplate(ip.BoilerplateKind.RELATED, links, after=pairs))
    return tuple(boxes)


# -- the interview --------------------------------------------------------------------------------


@st.composite
def _generated(draw: st.DrawFn, fmt: str, layouts: tuple[str, ...]) -> GeneratedDoc:
    lang = LANGUAGES[draw(st.sampled_from(sorted(LANGUAGES)))]
    layout = draw(st.sampled_from(layouts))
    interviewer, interviewee = draw(
        st.lists(st.sampled_from(_PEOPLE), min_size=2, max_size=2, unique=True)
    )
    interviewer_name, interviewee_name = " ".join(interviewer), " ".join(interviewee)
    publisher = draw(st.sampled_from(_PUBLISHERS))
    rng = draw(_RNG)
    title = _capitalise(_phrase(rng, lang, 3, 7))
    intro = [answer_paragraph(rng, lang)]
    intro.append(
        lang.spoke_to.format(
            interviewee=interviewee_name, interviewer=interviewer_name, publisher=publisher
        )
    )
    count = draw(st.integers(3, 6))  # fewer questions than three is rarely an interview
    pairs = tuple(
        GenPair(draw(question_paragraphs(rng, lang, layout)), draw(answer_blocks(rng, lang)))
        for _ in range(count)
    )
    boxes = draw(boilerplate_boxes(count, interviewee_name))
    doc = GeneratedDoc(
        language=lang.code,
        layout=layout,
        fmt=fmt,
        title=title,
        intro=tuple(intro),
        pairs=pairs,
        boilerplate=boxes,
        interviewer=interviewer_name,
        interviewee=interviewee_name,
        list_style=draw(st.sampled_from(("ol", "ul"))),
    )
    source = render_html(doc, lang) if fmt == "html" else render_text(doc, lang)
    return dataclasses.replace(doc, source=source)


def text_documents() -> st.SearchStrategy[GeneratedDoc]:
    """Interviews as text copied off a page, in a random text layout."""
    return _generated("text", TEXT_LAYOUTS)


def html_documents() -> st.SearchStrategy[GeneratedDoc]:
    """Interviews as a publisher's HTML page, in a random HTML layout."""
    return _generated("html", HTML_LAYOUTS)


# -- rendering: text ------------------------------------------------------------------------------


def _labels(doc: GeneratedDoc, lang: Language) -> tuple[str, str]:
    if doc.layout == "qa-labels":
        return lang.question_label, lang.answer_label
    if doc.layout == "name-labels":
        return doc.interviewer.split()[-1], doc.interviewee.split()[-1]
    return "", ""


def _text_list_marker(doc: GeneratedDoc, item: ip.ListItem) -> str:
    if doc.list_style == "ol":
        return item.marker
    return "•" if doc.layout == "dash" else "-"  # a "-" item would read as a dialogue dash


def render_text(doc: GeneratedDoc, lang: Language) -> str:
    """Plain text as copied off a page: blank lines between paragraphs, items line by line."""
    q_label, a_label = _labels(doc, lang)
    out: list[str] = [doc.title, ""]
    out += [part for paragraph in doc.intro for part in (paragraph, "")]
    for index in range(len(doc.pairs) + 1):
        for box in doc.boilerplate:
            if box.after == index:
                out += [part for text in box.texts for part in (text, "")]
        if index == len(doc.pairs):
            break
        pair = doc.pairs[index]
        for n, paragraph in enumerate(pair.question):
            if n == 0 and q_label:
                paragraph = f"{q_label}: {paragraph}"
            elif n == 0 and doc.layout == "dash":
                paragraph = f"– {paragraph}"
            out += [paragraph, ""]
        previous_item = False
        for n, block in enumerate(pair.answer):
            if isinstance(block, ip.ListItem):
                if not previous_item and out[-1] == "" and out[-2].endswith(":"):
                    out.pop()  # items follow their lead-in line directly
                out += [f"{_text_list_marker(doc, block)} {block.text}"]
                previous_item = True
                continue
            if previous_item:
                out.append("")
            previous_item = False
            text = block.text
            if n == 0 and a_label:
                text = f"{a_label}: {text}"
            out += [text, ""]
        if previous_item:
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# -- rendering: HTML ------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html_lib.escape(text, quote=False)


def _html_question(doc: GeneratedDoc, q_label: str, paragraphs: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for n, text in enumerate(paragraphs):
        if doc.layout == "bold":
            out.append(f"<p><strong>{_esc(text)}</strong></p>")
        elif doc.layout in ("h2", "h3"):
            out.append(f"<{doc.layout}>{_esc(text)}</{doc.layout}>")
        elif q_label and n == 0:
            out.append(f"<p><b>{_esc(q_label)}:</b> {_esc(text)}</p>")
        elif doc.layout == "dash" and n == 0:
            out.append(f"<p>– {_esc(text)}</p>")
        else:
            out.append(f"<p>{_esc(text)}</p>")
    return out


def _html_answer(
    doc: GeneratedDoc, a_label: str, blocks: tuple[ip.Paragraph | ip.ListItem, ...]
) -> list[str]:
    out: list[str] = []
    open_list = False
    for n, block in enumerate(blocks):
        if isinstance(block, ip.ListItem):
            if not open_list:
                out.append(f"<{doc.list_style}>")
                open_list = True
            out.append(f"<li>{_esc(block.text)}</li>")
            continue
        if open_list:
            out.append(f"</{doc.list_style}>")
            open_list = False
        if n == 0 and a_label:
            out.append(f"<p><b>{_esc(a_label)}:</b> {_esc(block.text)}</p>")
        else:
            out.append(f"<p>{_esc(block.text)}</p>")
    if open_list:
        out.append(f"</{doc.list_style}>")
    return out


def _html_box(box: GenBoilerplate) -> list[str]:
    if box.kind is ip.BoilerplateKind.CAPTION:
        return [
            '<figure class="article-image"><img src="/img/photo.jpg" alt="">',
            f"<figcaption>{_esc(box.texts[0])}</figcaption></figure>",
        ]
    if box.kind is ip.BoilerplateKind.NEWSLETTER:
        return [
            '<aside class="newsletter-signup">',
            f'<p>{_esc(box.texts[0])}</p><form><input type="email"><button>OK</button></form>',
            "</aside>",
        ]
    links = "".join(f'<li><a href="/story/{n}">{_esc(t)}</a></li>' for n, t in enumerate(box.texts))
    return ['<aside class="related-articles">', f'<ul class="related">{links}</ul>', "</aside>"]


def render_html(doc: GeneratedDoc, lang: Language) -> str:
    """A publisher page: head with metadata, article with the interview, boxes in between."""
    q_label, a_label = _labels(doc, lang)
    body: list[str] = [f"<h1>{_esc(doc.title)}</h1>"]
    body += [f"<p>{_esc(p)}</p>" for p in doc.intro]
    for index in range(len(doc.pairs) + 1):
        for box in doc.boilerplate:
            if box.after == index:
                body += _html_box(box)
        if index == len(doc.pairs):
            break
        pair = doc.pairs[index]
        body += _html_question(doc, q_label, pair.question)
        body += _html_answer(doc, a_label, pair.answer)
    return (
        f'<!DOCTYPE html><html lang="{doc.language}"><head><meta charset="utf-8">'
        f"<title>{_esc(doc.title)}</title></head><body>"
        '<nav><a href="/">Home</a></nav><main><article>\n'
        + "\n".join(body)
        + "\n</article></main><footer><p>© Riverside Media</p></footer></body></html>"
    )


# -- other inputs ---------------------------------------------------------------------------------


@st.composite
def news_documents(draw: st.DrawFn, fmt: str = "text") -> tuple[str, list[str]]:
    """A plain news report, no interview: reported speech, no question/answer turns.

    Returns the rendered document and its paragraphs. A quoted question may appear inside a
    sentence, as in real reports ("Why now?" asked the mayor, ...), never as a paragraph.
    """
    lang = LANGUAGES[draw(st.sampled_from(sorted(LANGUAGES)))]
    first, last = draw(st.sampled_from(_PEOPLE))
    rng = draw(_RNG)
    title = _capitalise(_phrase(rng, lang, 3, 7))
    paragraphs: list[str] = []
    for _ in range(draw(st.integers(2, 7))):
        kind = draw(st.integers(0, 3))
        sentence = answer_paragraph(rng, lang)
        if kind == 0:
            quote = statement(rng, lang)
            verb = rng.choice(lang.reporting)
            sentence = f"«{quote}» {verb} {first} {last}. {sentence}"
        elif kind == 1:
            quote = question_sentence(rng, lang)
            verb = rng.choice(lang.reporting)
            sentence = f"{sentence} «{quote}» {verb} {last}, {_phrase(rng, lang)}."
        paragraphs.append(sentence)
    if fmt == "html":
        body = "".join(f"<p>{_esc(p)}</p>" for p in paragraphs)
        source = (
            f"<html><head><title>{_esc(title)}</title></head><body><article>"
            f"<h1>{_esc(title)}</h1>{body}</article></body></html>"
        )
    else:
        source = "\n\n".join([title, *paragraphs]) + "\n"
    return source, [title, *paragraphs]


@st.composite
def unlabelled_texts(draw: st.DrawFn) -> tuple[str, list[str]]:
    """Text of blank-line separated paragraphs (statements and questions, no labels)."""
    lang = LANGUAGES[draw(st.sampled_from(sorted(LANGUAGES)))]
    rng = draw(_RNG)
    kinds = draw(st.lists(st.booleans(), min_size=1, max_size=12))
    paragraphs = [
        question_sentence(rng, lang) if is_question else answer_paragraph(rng, lang)
        for is_question in kinds
    ]
    return "\n\n".join(paragraphs) + "\n", paragraphs


_TAGS = (
    "p",
    "div",
    "b",
    "strong",
    "h2",
    "h3",
    "ul",
    "ol",
    "li",
    "span",
    "em",
    "article",
    "aside",
    "figure",
    "figcaption",
    "script",
    "style",
    "table",
    "td",
    "br",
    "a",
)


@st.composite
def html_soup(draw: st.DrawFn) -> str:
    """Tag soup: random tags (opened, closed or not), entities, text and punctuation."""
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(_TAGS).map(lambda t: f"<{t}>"),
                st.sampled_from(_TAGS).map(lambda t: f"</{t}>"),
                st.sampled_from(("&amp;", "&nbsp;", "&#x27;", "&bogus;", "<!--", "-->", "<!")),
                st.text(max_size=20),
                st.sampled_from(("Q:", "A:", "?", "–", "1.", "\n", "\n\n")),
            ),
            max_size=40,
        )
    )
    return "<html><body>" + "".join(pieces)


def interviews() -> st.SearchStrategy[ip.Interview]:
    """Arbitrary :class:`Interview` values, for the serialisation round trips."""
    texts = st.text(min_size=1, max_size=30)
    blocks = st.one_of(
        st.builds(ip.Paragraph, texts),
        st.builds(
            ip.ListItem,
            texts,
            marker=st.sampled_from(("1.", "•", "a)", "-")),
            level=st.integers(0, 3),
        ),
    )
    questions = st.builds(
        ip.Question,
        st.lists(texts.filter(lambda t: "\n" not in t), min_size=1, max_size=3).map(tuple),
        speaker=st.none() | texts,
    )
    answers = st.builds(
        ip.Answer, st.lists(blocks, max_size=4).map(tuple), speaker=st.none() | texts
    )
    return st.builds(
        ip.Interview,
        title=st.none() | texts,
        publisher=st.none() | texts,
        url=st.none() | texts,
        language=st.none() | st.sampled_from(sorted(LANGUAGES)),
        published=st.none() | st.dates().map(str),
        authors=st.lists(texts, max_size=2).map(tuple),
        interviewers=st.lists(texts, max_size=2).map(tuple),
        interviewees=st.lists(texts, max_size=2).map(tuple),
        intro=st.lists(st.builds(ip.Paragraph, texts), max_size=3).map(tuple),
        pairs=st.lists(st.builds(ip.QAPair, questions, answers), max_size=4).map(tuple),
        outro=st.lists(st.builds(ip.Paragraph, texts), max_size=2).map(tuple),
        boilerplate=st.lists(
            st.builds(
                ip.Boilerplate,
                texts,
                st.sampled_from(list(ip.BoilerplateKind)),
                texts,
                position=st.none() | st.integers(0, 100),
            ),
            max_size=3,
        ).map(tuple),
        question_style=st.none() | st.sampled_from(("label", "bold", "heading", "wording")),
        source_format=st.none() | st.sampled_from(("html", "text")),
    )


@st.composite
def mangled_documents(draw: st.DrawFn) -> str | bytes:
    """A generated page or text cut short, spliced with junk, or re-encoded: crawler damage."""
    doc = draw(st.one_of(text_documents(), html_documents()))
    source = doc.source
    start = draw(st.integers(0, len(source)))
    end = draw(st.integers(start, min(len(source), start + 200)))
    junk = draw(st.one_of(st.text(max_size=20), st.sampled_from(("<", "</p", "<!--", "\x00", "&"))))
    mangled = source[:start] + junk + source[end:]
    encoding = draw(st.sampled_from(("str", "utf-8", "utf-16", "cp1252", "latin-1")))
    if encoding == "str":
        return mangled
    return mangled.encode(encoding, "replace")
