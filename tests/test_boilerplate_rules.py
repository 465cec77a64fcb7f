"""The boilerplate rules line by line: which kind of publisher clutter a short line is (date
lines, bylines and credits, captions with a photographer's credit, share bars, "read also"
teasers, listen links, newsletter, follow and donation prompts, affiliate disclosures, transcript
and reprint notes, copyright footers, tag rows, fact boxes) in many languages — and the answers
that only mention a date, a newsletter, sharing, an editor or copyright, which must stay answers.

The cases are tables keyed by the id of the rule that must fire (``docs/rules.md``; one example
per rule is in ``test_rule_cases.py``, the many languages of each are here), run through the
stage's entry (:func:`interviewparse.boilerplate.label_boilerplate`) one line at a time.
"""

from __future__ import annotations

import pytest

from interviewparse import BoilerplateKind as K
from interviewparse.blocks import Block, BlockKind, Document
from interviewparse.boilerplate import Verdict, label_boilerplate


def _verdict(text: str, label: str | None = None, dash: str | None = None) -> Verdict | None:
    """The boilerplate stage's verdict on one line alone on its page."""
    block = Block(text=text, label=label, dash=dash)
    return label_boilerplate(Document((block,), "text"))[0]


def _kind(text: str, label: str | None = None) -> K | None:
    verdict = _verdict(text, label)
    return None if verdict is None else verdict.kind


#: Lines the rules call clutter, keyed by the id of the rule that must fire on each (see
#: ``docs/rules.md``), with the kind of clutter it must give.
CLUTTER: dict[str, list[tuple[str, K]]] = {
    "boilerplate.player-time": [
        ("0:00/1:12:40", K.PROMO),
        ("02:15 / 45:00", K.PROMO),
        ("-12:05", K.PROMO),
    ],
    "boilerplate.post-attribution": [
        ("Harbour Watch (@harbourwatch) 3. März 2025", K.OTHER),
        ("— Ilse Marr (@ilse_marr) December 22, 2023", K.OTHER),
        ("Puerto Vigía (@puertovigia) 7 de marzo de 2025", K.OTHER),
    ],
    "boilerplate.maintenance-notice": [
        (
            "This article requires pre-publication review by an uninvolved reviewer.",
            K.EDITORIAL_NOTE,
        ),
        ("This page was last edited on 3 March 2025, at 10:12.", K.EDITORIAL_NOTE),
        ("Article last amended: Mar 5 at 12:05 UTC", K.EDITORIAL_NOTE),
        ("Diese Seite wurde zuletzt am 3. März 2025 um 10:12 Uhr bearbeitet.", K.EDITORIAL_NOTE),
        ("Cet article est une ébauche concernant la navigation.", K.EDITORIAL_NOTE),
        ("Esta página se editó por última vez el 3 mar 2025.", K.EDITORIAL_NOTE),
        ("Эта страница в последний раз была отредактирована 3 марта 2025.", K.EDITORIAL_NOTE),
        ("Deze pagina is voor het laatst bewerkt op 3 mrt 2025.", K.EDITORIAL_NOTE),
    ],
    "boilerplate.dateline": [
        ("Veröffentlicht am 14.02.2025", K.DATELINE),
        ("Publicado el 9 de marzo de 2025", K.DATELINE),
        ("Publicerad 2 februari 2025", K.DATELINE),
        ("Opublikowano: 5 maja 2025, 18:20", K.DATELINE),
        ("Опубліковано 11 листопада 2025", K.DATELINE),
        ("प्रकाशित: 14 मार्च 2025, 09:40 AM IST", K.DATELINE),
        ("Selasa, 4 Mar 2025 13:05 WIB", K.DATELINE),
        ("Wed 5 Mar 2025 18.30 GMT", K.DATELINE),
        ("Granada - 03 ABR 2025 - 07:15 CEST", K.DATELINE),
        ("04.03.2025, 11:00", K.DATELINE),
        ("2025.03.04", K.DATELINE),
        ("4 min read·Feb 2, 2025", K.DATELINE),
        ("Эфир от 12.05.2025", K.DATELINE),
        ("Publié le 12 mai 2025 à 14h30", K.DATELINE),
        ("Publicado em 12/05/2025 às 14h30", K.DATELINE),
        ("Updated 3 hours ago", K.DATELINE),
        ("Lesezeit: 4 Min.", K.DATELINE),
        ("March 3, 2025 9:00 AM ET", K.DATELINE),
    ],
    "boilerplate.opening-phrase": [
        ("责任编辑：李娜", K.CREDIT),
        ("編輯：陳文", K.CREDIT),
        ("Redakcja: Tomasz Wrona", K.CREDIT),
        ("Редактор: Ольга Белова", K.CREDIT),
        ("Edited by Marion Faye", K.CREDIT),
        ("اقرأ أيضًا: افتتاح متحف جديد في المدينة", K.RELATED),
        ("إقرأ ايضا: افتتاح متحف جديد في المدينة", K.RELATED),
        ("اقرا ايضاً: افتتاح متحف جديد في المدينة", K.RELATED),
        ("Most read", K.RELATED),
        ("Meistgelesen", K.RELATED),
        ("Lo más leído", K.RELATED),
        ("Baca Juga: Pasar Ikan Baru Dibuka di Pelabuhan", K.RELATED),
        ("इसे भी पढ़ें: नई खेल नीति पर बहस", K.RELATED),
        ("ये भी पढ़ें: बजट में खेलों के लिए क्या", K.RELATED),
        ("Läs också: Båtbyggarna i skärgården", K.RELATED),
        ("Przeczytaj także: Jak wybrać rower miejski?", K.RELATED),
        ("Читайте також: Як обрати велосипед", K.RELATED),
        ("Also read: The ferry that never left", K.RELATED),
        ("Share via Email", K.SHARE),
        ("Compartir en Facebook", K.SHARE),
        ("Copiar enlace", K.SHARE),
        ("Dela artikeln", K.SHARE),
        ("この記事をシェア", K.SHARE),
        ("LINEで送る", K.SHARE),
        ("Story continues below advertisement", K.ADVERTISEMENT),
        ("Listen to this article", K.PROMO),
        ("Artikel anhören", K.PROMO),
        ("हमें फॉलो करें: फेसबुक | ट्विटर", K.PROMO),
        ("Apoya el programa en Patreon y escucha episodios extra.", K.PROMO),
        ("Enjoyed this interview? Subscribe for a new one every month.", K.PROMO),
        ("欢迎关注我们的微信公众号，了解更多新闻。", K.NEWSLETTER),
        ("扫码关注本报", K.NEWSLETTER),
        ("Sign up to Harbour Notes: our best reporting, every Friday", K.NEWSLETTER),
        ("Recibe el boletín de la mañana en tu correo", K.NEWSLETTER),
        ("Reuse this content", K.FOOTER),
        ("Archivado En", K.TAGS),
        ("Explore more on these topics", K.TAGS),
        ("Filed under", K.TAGS),
        ("Fakta: Sven Lind. Ålder: 58 år. Bor: Mora.", K.OTHER),
        ("Zur Person: Jana Brandt, geboren 1971 in Jena, leitet die Werkstatt seit 2004.", K.OTHER),
    ],
    "boilerplate.photo-credit-line": [
        ("Fot. Anna Nowak nad jeziorem / Archiwum", K.CREDIT),
    ],
    "boilerplate.credit-line": [
        ("By Orla Whitcombe", K.CREDIT),
        ("By Orla Whitcombe · March 4, 2025", K.CREDIT),
        ("Autor: Tomasz Lewandowski", K.CREDIT),
        ("Autorin: Mareike Vogt", K.CREDIT),
        ("作者：周晓雯", K.CREDIT),
        ("文：鈴木一郎\u3000写真：森下花", K.CREDIT),
        ("Ведучий — Олег Марченко", K.CREDIT),
        ("Penulis: Budi Santoso", K.CREDIT),
        ("By Jane Doe | Updated 3 hours ago", K.CREDIT),
        ("By Juan de la Cruz", K.CREDIT),
        ("Di Mario Rossi", K.CREDIT),
        ("Photo by Jane Doe on Unsplash", K.CREDIT),
        ("Text und Fotos: Jana Berg", K.CREDIT),
        ("Interview: Jana Berg", K.CREDIT),
        ("（聞き手・構成：山田花子）", K.CREDIT),
        ("文/张三 图/李四", K.CREDIT),
        ("홍길동 기자 hong@example.com", K.CREDIT),
    ],
    "boilerplate.source-line": [
        ("Fonte: Istat", K.CREDIT),
    ],
    "boilerplate.desk-initials": [
        ("(dwi/tan)", K.CREDIT),
    ],
    "boilerplate.caption-credit-tail": [
        ("图：一位老人在公园里下棋。（本报记者 王军 摄）", K.CAPTION),
        ("The harbour at dawn. Photograph: Ines Calder/Harbour Press", K.CAPTION),
        ("शिविर में अभ्यास करती युवा खिलाड़ी। फोटो: सुरेश कुमार", K.CAPTION),
        ("畑で収穫する農家の人たち（撮影：田中良）", K.CAPTION),
        ("La vigneronne dans ses vignes, en mars. © Lucas Ferrand", K.CAPTION),
    ],
    "boilerplate.caption-name-in-capitals": [
        ("El alcalde, en el mercado de abastos. MARTA GIL", K.CAPTION),
    ],
    "boilerplate.media-runtime": [
        ("Listen (4 min)", K.PROMO),
        ("Watch the full conversation [12:05]", K.PROMO),
        ("Hören Sie das Gespräch (9 Min.)", K.PROMO),
        ("Слухати запис (18:40)", K.PROMO),
    ],
    "boilerplate.donation-appeal": [
        ("Support Valley Public Media: donate today", K.PROMO),
        ("Donate now", K.PROMO),
        ("Jetzt spenden", K.PROMO),
    ],
    "boilerplate.follow-prompt": [
        ("Follow us on Mastodon", K.PROMO),
        ("Підписуйтеся на наш канал у Telegram", K.PROMO),
        ("Simak berita lainnya di Google News", K.PROMO),
        ("Join our WhatsApp channel for the morning headlines", K.PROMO),
    ],
    "boilerplate.letters-prompt": [
        (
            "Do you have an opinion on the issues raised in this article? If you would like to "
            "submit a letter of up to 250 words for publication, email us.",
            K.PROMO,
        ),
    ],
    "boilerplate.signup-close": [
        ("Alle Termine finden Sie in unserem Newsletter – jetzt anmelden.", K.NEWSLETTER),
        ("Our best stories, once a week. Sign up now", K.NEWSLETTER),
    ],
    "boilerplate.affiliate-disclosure": [
        ("We may earn a commission when you buy through links on this page.", K.SPONSOR),
        ("Dieser Artikel enthält Affiliate-Links.", K.SPONSOR),
    ],
    "boilerplate.transcript-note": [
        (
            "Hilltop Radio transcripts are produced on a rush deadline by a contractor.",
            K.EDITORIAL_NOTE,
        ),
        ("Dieses Transkript wurde automatisch erstellt.", K.EDITORIAL_NOTE),
        ("Розшифровку підготувала редакція.", K.EDITORIAL_NOTE),
    ],
    "boilerplate.reprint-note": [
        ("（本文为江南晚报原创稿件，未经授权不得转载）", K.EDITORIAL_NOTE),
        ("無断転載を禁じます。", K.EDITORIAL_NOTE),
        ("This article is republished from Campus Notes.", K.EDITORIAL_NOTE),
    ],
    "boilerplate.programme-line": [
        ("Програма «Вечірня розмова»", K.HEADING),
        ("Sendung „Am Abend“", K.HEADING),
    ],
    "boilerplate.copyright-line": [
        ("© 2025 Valley Courier Ltd. All rights reserved.", K.FOOTER),
        ("Copyright © 2025 Warta Pagi. Hak cipta dilindungi.", K.FOOTER),
        ("© Nordbladet 2025", K.FOOTER),
        ("<저작권자 ⓒ 한빛일보, 무단 전재 및 재배포 금지>", K.FOOTER),
        ("© 2025 ग्राम समाचार. सर्वाधिकार सुरक्षित.", K.FOOTER),
        ("Wszelkie prawa zastrzeżone © 2025", K.FOOTER),
    ],
    "boilerplate.topic-row": [
        ("Movilidad · Bicicletas · Valencia · Urbanismo", K.TAGS),
    ],
}

#: Lines that are someone's words: short answers, and answers that mention a date, a byline-like
#: phrase, sharing, copyright, a newsletter, a donation, an editor or a commission.
CONTENT: list[str] = [
    # short real answers
    "Yes.",
    "Interviews, mostly.",
    "Facts.",
    "Post",
    "Facebook.",
    "In 1991.",
    # answers that mention a date, a byline-like phrase, sharing, copyright, a newsletter
    "On 3 June 2025 we opened the second shop.",
    "It was 14 March 2025, a Friday, and it rained.",
    "By bus, mostly.",
    "By Christmas",
    "By the end of the year we had forty members.",
    "Text: we wrote it together, line by line.",
    "Copyright law has not caught up with sampling.",
    "We never said all rights reserved, we wanted people to copy it.",
    "We share everything: tools, vans, even the coffee machine.",
    "Share the load, that is my advice.",
    "I follow a few farmers on Instagram and learn a lot.",
    "Follow your instinct, not Instagram.",
    "Join a club on Facebook and you will see how it works.",
    "Sign up to a club, that is what I tell everyone.",
    "We send a newsletter every Sunday and people read it.",
    "I wrote a letter to the editor once, and they printed it.",
    "Read the small print, always.",
    "Interview: that is what we called it back then, not a chat.",
    "Bread, butter, jam · that was breakfast · every day",
    "The reprint of the old map sold out in a week.",
    "I told them one thing. NO WAY.",
    "Die Zeitung schrieb am 3. Juni 2025 darüber.",
    "Publicamos el libro el 9 de marzo de 2025, por fin.",
    "我们的茶叶不允许别人随便转卖。",
    "3 hours ago",
    "Three hours ago, we left the harbour.",
    "Il y a 3 jours, nous sommes partis.",
    "Di solito sì.",
    "Interview: ich habe es gehasst.",
    "Most of the time.",
    "Trending? Not really.",
    "Ursula von der Leyen",
    "Lesen Sie das Buch, es lohnt sich.",
    # answers that open with "Listen, …", "Subscribers …", "Sponsors …"
    "Écoutez, je ne sais pas. Personne ne le savait à l’époque.",
    "Podcast ? Non, je préfère la radio.",
    "Слушайте, я не знаю, что сказать.",
    "Posłuchaj, to nie jest proste.",
    "Dinleyin, bu iş kolay değil.",
    "聴くことが大事です。",
    "收听率一直在下降。",
    "赞助商不愿意再出钱。",
    "スポンサーがいなくなりました。",
    "Abbonati e lettori ci chiedono sempre di più.",
    "Zapisz się na kurs, to pomaga.",
    "Read more books, that is my advice.",
    # answers that mention a newsletter, a donation, an editor or a commission
    "We tell people about the sale in our newsletter, and many come.",
    "Wer will, kann sich jetzt anmelden.",
    "I donate now and then to the lifeboat fund, but not every year.",
    "Support your neighbours: that is all I ask.",
    "Give it time.",
    "My editor said the piece was too long, and she was right.",
    "编辑这本书花了三年。",
    "我们关注的是茶叶的质量。",
    "We earn a commission on every boat we sell, so the season matters.",
    "Listen to the river for an hour and you hear everything change.",
    "The transcripts of those trials are still in the archive.",
    "Fotografia to moja pasja od dziecka.",
    # answers that speak of an article, a page or a time
    "This article needs a better headline, I told the editor.",
    "This page of my life was the hardest to write.",
    "00:12:30",
    "I wrote to her (@ilsemarr) and she answered the same day.",
    "At 9:30 we were on the water.",
]


def _clutter_cases() -> list[object]:
    return [
        pytest.param(text, rule, kind, id=f"{rule}-{n}")
        for rule, cases in CLUTTER.items()
        for n, (text, kind) in enumerate(cases)
    ]


@pytest.mark.parametrize(("text", "rule", "kind"), _clutter_cases())
def test_clutter_line(text: str, rule: str, kind: K) -> None:
    verdict = _verdict(text)
    assert verdict is not None, text
    assert (verdict.rule, verdict.kind) == (rule, kind)


@pytest.mark.parametrize(
    "text", [pytest.param(text, id=f"content-{n}") for n, text in enumerate(CONTENT)]
)
def test_answer_text_stays(text: str) -> None:
    assert _kind(text) is None


def test_a_teaser_read_as_a_speaker_label_is_clutter() -> None:
    # "Baca Juga:" looks like "Name:" to the readers; its title is no turn
    verdict = _verdict("Pasar Ikan Baru Dibuka di Pelabuhan", label="Baca Juga")
    assert verdict is not None and verdict.kind is K.RELATED
    assert verdict.rule == "boilerplate.label-phrase"
    assert _kind("Klar, das machen wir seit Jahren so.", label="Maria Berger") is None


@pytest.mark.parametrize("text", ["Red wine, mostly.", "AP style is dead.", "Reuters, mostly."])
def test_answers_that_open_with_an_agency_name_stay(text: str) -> None:
    assert _kind(text) is None


@pytest.mark.parametrize("text", ["(APA)", "(red)", "dpa/lnw", "(dpa/lnw, 18.9.2015)"])
def test_agency_credits_are_still_clutter(text: str) -> None:
    verdict = _verdict(text)
    assert verdict is not None and verdict.kind is K.CREDIT
    assert verdict.rule == "boilerplate.agency-credit"


def test_a_full_name_after_a_dash_is_a_pull_quote_attribution() -> None:
    # a pull quote's attribution is a full name without a full stop
    verdict = _verdict("Marie Dupont", dash="–")
    assert verdict is not None and verdict.kind is K.PULL_QUOTE
    assert verdict.rule == "boilerplate.pull-quote-attribution"


# Runs of lines: a newsletter prompt and the link lines after the article

_RAPID_FIRE = [
    ("Your favourite colour", "Blue"),
    ("Your city", "Lisbon, always"),
    ("Your last meal", "Grilled sardines"),
    ("Your hero", "My grandmother"),
]


def test_short_text_lines_after_an_early_prompt_are_not_a_tail_run() -> None:
    lines = ["Ana Lopez sails alone around the world.", "Sign up for our newsletter"]
    lines += [line for pair in _RAPID_FIRE for line in pair] * 2
    doc = Document(tuple(Block(text) for text in lines), "text")
    verdicts = label_boilerplate(doc)
    assert verdicts[1] is not None and verdicts[1].kind is K.NEWSLETTER
    assert all(v is None for v in verdicts[2:])


def test_a_closing_run_of_links_is_still_related_links() -> None:
    article = [Block("A long answer about the sea, the wind and the loneliness of it. " * 3)] * 6
    closing = [
        Block("Sign up for our newsletter"),
        Block("How sailors sleep at sea", link_density=1.0),
        Block("The loneliest race on earth", link_density=1.0),
    ]
    doc = Document(tuple(article + closing), "html")
    verdicts = label_boilerplate(doc)
    assert [v.kind if v else None for v in verdicts[-3:]] == [K.NEWSLETTER, K.RELATED, K.RELATED]
    # the same short lines without links are someone's words on an HTML page
    unlinked = [closing[0], Block("How sailors sleep at sea"), Block("The loneliest race")]
    verdicts = label_boilerplate(Document(tuple(article + unlinked), "html"))
    assert verdicts[-1] is None


def _labels(texts: list[str]) -> list[str | None]:
    """The rule on each line of a page; a line ending in "Finch" is a name set as a heading."""
    blocks = tuple(
        Block(text=text, kind=BlockKind.HEADING if text.endswith("Finch") else BlockKind.PARAGRAPH)
        for text in texts
    )
    return [None if v is None else v.rule for v in label_boilerplate(Document(blocks, "text"))]


def test_a_line_repeated_per_item_with_a_name_changed_is_clutter() -> None:
    texts = []
    for name in ("Mara", "Ilse", "Rosa"):
        texts += [
            f"{name} Finch",
            f"What does {name} cook on a weeknight?",
            "Pasta, mostly, with whatever the garden gives that week.",
            "An easy dinner recipe.",
            "Tomato tart with a butter crust, ready in forty minutes.",
            f"Vote for {name} in our reader poll on the last page!",
        ]
    rules = _labels(texts)
    for text, rule in zip(texts, rules, strict=True):
        expected = "boilerplate.per-item-line" if text.startswith("Vote") else None
        assert rule == expected, text


def test_a_request_put_to_each_guest_by_name_stays() -> None:
    """A request without a question mark, the same to each guest but for the name, is
    answered each time: no template clutter."""
    texts = []
    for name in ("Mara", "Ilse", "Rosa"):
        texts += [
            f"{name} Finch",
            f"Tell us about your kitchen, {name}, and what you cook in it.",
            "It is small and full of jars, and I cook soup there every day of the winter.",
            "Pasta, mostly, with whatever the garden gives that week.",
        ]
    assert not any(_labels(texts))


def test_a_photo_credit_label_takes_the_line_after_it() -> None:
    assert _labels(["Photo:", "Jon Arve", "Why bees?"]) == [
        "boilerplate.opening-phrase",
        "boilerplate.credit-value",
        None,
    ]
