"""Round 3 boilerplate: the header and footer clutter of pages copied as text, in many
languages — bylines and date lines, captions with a photographer's credit, share bars,
"read also" teasers, programme and host lines, copyright and reprint notes, desk initials,
follow-us prompts, tag rows, letters prompts, author bios and fact boxes — and the answers that
only mention a date, a newsletter, sharing or copyright, which must stay answers."""

from __future__ import annotations

import pytest

import interviewparse as ip
from interviewparse import BoilerplateKind as K
from interviewparse.blocks import Block
from interviewparse.boilerplate import _text_rule


def _kind(text: str, label: str | None = None) -> K | None:
    verdict = _text_rule(Block(text=text, label=label))
    return None if verdict is None else verdict.kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # date lines: a date and only what date lines carry beside it
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
        # bylines and credit lines: a role word and names only
        ("By Orla Whitcombe", K.CREDIT),
        ("By Orla Whitcombe · March 4, 2025", K.CREDIT),
        ("Autor: Tomasz Lewandowski", K.CREDIT),
        ("Autorin: Mareike Vogt", K.CREDIT),
        ("作者：周晓雯", K.CREDIT),
        ("文：鈴木一郎　写真：森下花", K.CREDIT),
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
        ("Fonte: Istat", K.CREDIT),
        # captions ending with a photographer's credit
        ("The harbour at dawn. Photograph: Ines Calder/Harbour Press", K.CAPTION),
        ("El alcalde, en el mercado de abastos. MARTA GIL", K.CAPTION),
        ("शिविर में अभ्यास करती युवा खिलाड़ी। फोटो: सुरेश कुमार", K.CAPTION),
        ("畑で収穫する農家の人たち（撮影：田中良）", K.CAPTION),
        ("La vigneronne dans ses vignes, en mars. © Lucas Ferrand", K.CAPTION),
        # lists of other stories, ad labels, listen links
        ("Most read", K.RELATED),
        ("Meistgelesen", K.RELATED),
        ("Lo más leído", K.RELATED),
        ("Story continues below advertisement", K.ADVERTISEMENT),
        ("Listen to this article", K.PROMO),
        ("Artikel anhören", K.PROMO),
        # share bars and buttons
        ("Share via Email", K.SHARE),
        ("Compartir en Facebook", K.SHARE),
        ("Copiar enlace", K.SHARE),
        ("Dela artikeln", K.SHARE),
        ("この記事をシェア", K.SHARE),
        ("LINEで送る", K.SHARE),
        # teasers for other articles
        ("Baca Juga: Pasar Ikan Baru Dibuka di Pelabuhan", K.RELATED),
        ("इसे भी पढ़ें: नई खेल नीति पर बहस", K.RELATED),
        ("ये भी पढ़ें: बजट में खेलों के लिए क्या", K.RELATED),
        ("Läs också: Båtbyggarna i skärgården", K.RELATED),
        ("Przeczytaj także: Jak wybrać rower miejski?", K.RELATED),
        ("Читайте також: Як обрати велосипед", K.RELATED),
        ("Also read: The ferry that never left", K.RELATED),
        # programme, listen and transcript lines of a broadcast
        ("Програма «Вечірня розмова»", K.HEADING),
        ("Sendung „Am Abend“", K.HEADING),
        ("Слухати запис (18:40)", K.PROMO),
        ("Розшифровку підготувала редакція.", K.EDITORIAL_NOTE),
        # footers: copyright, reprint notes, desk initials
        ("© 2025 Valley Courier Ltd. All rights reserved.", K.FOOTER),
        ("Copyright © 2025 Warta Pagi. Hak cipta dilindungi.", K.FOOTER),
        ("© Nordbladet 2025", K.FOOTER),
        ("<저작권자 ⓒ 한빛일보, 무단 전재 및 재배포 금지>", K.FOOTER),
        ("© 2025 ग्राम समाचार. सर्वाधिकार सुरक्षित.", K.FOOTER),
        ("Wszelkie prawa zastrzeżone © 2025", K.FOOTER),
        ("（本文为江南晚报原创稿件，未经授权不得转载）", K.EDITORIAL_NOTE),
        ("無断転載を禁じます。", K.EDITORIAL_NOTE),
        ("This article is republished from Campus Notes.", K.EDITORIAL_NOTE),
        ("(dwi/tan)", K.CREDIT),
        ("Reuse this content", K.FOOTER),
        # newsletter, follow and support prompts
        ("Sign up to Harbour Notes: our best reporting, every Friday", K.NEWSLETTER),
        ("Recibe el boletín de la mañana en tu correo", K.NEWSLETTER),
        ("Підписуйтеся на наш канал у Telegram", K.PROMO),
        ("Simak berita lainnya di Google News", K.PROMO),
        ("हमें फॉलो करें: फेसबुक | ट्विटर", K.PROMO),
        ("Join our WhatsApp channel for the morning headlines", K.PROMO),
        ("Apoya el programa en Patreon y escucha episodios extra.", K.PROMO),
        ("Enjoyed this interview? Subscribe for a new one every month.", K.PROMO),
        (
            "Do you have an opinion on the issues raised in this article? If you would like to "
            "submit a letter of up to 250 words for publication, email us.",
            K.PROMO,
        ),
        # tag rows and their headings, fact boxes
        ("Archivado En", K.TAGS),
        ("Explore more on these topics", K.TAGS),
        ("Filed under", K.TAGS),
        ("Movilidad · Bicicletas · Valencia · Urbanismo", K.TAGS),
        ("Fakta: Sven Lind. Ålder: 58 år. Bor: Mora.", K.OTHER),
        ("Zur Person: Jana Brandt, geboren 1971 in Jena, leitet die Werkstatt seit 2004.", K.OTHER),
    ],
)
def test_clutter_line(text: str, kind: K) -> None:
    assert _kind(text) is kind


def test_a_teaser_read_as_a_speaker_label_is_clutter() -> None:
    # "Baca Juga:" looks like "Name:" to the readers; its title is no turn
    assert _kind("Pasar Ikan Baru Dibuka di Pelabuhan", label="Baca Juga") is K.RELATED
    assert _kind("Klar, das machen wir seit Jahren so.", label="Maria Berger") is None


@pytest.mark.parametrize(
    "text",
    [
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
    ],
)
def test_answer_text_stays(text: str) -> None:
    assert _kind(text) is None


PAGE = """\
Harbour pilot: "Fog is a conversation, not an enemy"

Opinion

Orla Whitcombe

Tue 4 Mar 2025 09.00 GMT

Share

The pilot boat at the harbour mouth. Photograph: Ines Calder/Harbour Press

Share on Facebook

Share via Email

Tomas Reyes has guided ships into the estuary for twenty-two years. We met him on the quay.

How did you start?

By accident. My uncle needed a deckhand for one summer and I never left.

What is the hardest part of the job?

Fog. You trust the instruments, the radio and your own ears, in that order, and you never hurry.

Do you still enjoy it?

Yes.

What do you tell young pilots?

Share what you know. Nobody learns this job alone, and the sea does not care who you are.

Orla Whitcombe is a maritime correspondent at the Harbour Press

Topics

Shipping

Coastal communities

Sign up to Harbour Notes: our best reporting, every Friday

© 2025 Harbour Press Ltd. All rights reserved.
"""


def test_page_clutter_leaves_intro_and_last_answer() -> None:
    iv = ip.parse_text(PAGE)
    intro = [block.text for block in iv.intro]
    assert intro == [
        "Tomas Reyes has guided ships into the estuary for twenty-two years. "
        "We met him on the quay."
    ]
    assert [pair.question.text for pair in iv.pairs] == [
        "How did you start?",
        "What is the hardest part of the job?",
        "Do you still enjoy it?",
        "What do you tell young pilots?",
    ]
    # a short answer stays, and so does an answer that opens with "Share"
    assert iv.pairs[2].answer.text == "Yes."
    assert iv.pairs[3].answer.text == (
        "Share what you know. Nobody learns this job alone, and the sea does not care who you are."
    )
    kinds = {item.text: item.kind for item in iv.boilerplate}
    assert kinds["Opinion"] is K.HEADING
    assert kinds["Orla Whitcombe"] is K.CREDIT
    assert kinds["Tue 4 Mar 2025 09.00 GMT"] is K.DATELINE
    assert kinds["Orla Whitcombe is a maritime correspondent at the Harbour Press"] is K.AUTHOR_BIO
    assert kinds["Coastal communities"] is K.TAGS
    assert kinds["© 2025 Harbour Press Ltd. All rights reserved."] is K.FOOTER


def test_lone_name_without_a_bio_stays() -> None:
    # a name under the headline is only a byline when the bio after the article repeats it
    iv = ip.parse_text(PAGE.replace("Orla Whitcombe is a maritime", "She is a maritime"))
    assert "Orla Whitcombe" in [block.text for block in iv.intro]


MARKDOWN = """\
# The cheesemaker who listens to her cellar

*By Orla Whitcombe · March 4, 2025*

**How do you know a cheese is ready?**

By the sound when I tap the rind. A young cheese sounds hollow, a ready one sounds full.

![A wheel of cheese on a wooden board](/img/wheel.jpg)

*A six-month-old wheel in the cellar.*

**And the smell?**

The smell lies. I trust the sound.

**What would you change?**

Nothing in the cellar. Everything in the paperwork.
"""


def test_italic_caption_under_an_image_leaves_the_answer() -> None:
    iv = ip.parse_text(MARKDOWN)
    assert iv.pairs[0].answer.text == (
        "By the sound when I tap the rind. A young cheese sounds hollow, a ready one sounds full."
    )
    kinds = {item.text: (item.kind, item.rule) for item in iv.boilerplate}
    assert kinds["A six-month-old wheel in the cellar."] == (K.CAPTION, "boilerplate.image-caption")
    assert kinds["By Orla Whitcombe · March 4, 2025"][0] is K.CREDIT
    assert not iv.intro


@pytest.mark.parametrize("text", ["Red wine, mostly.", "AP style is dead.", "Reuters, mostly."])
def test_answers_that_open_with_an_agency_name_stay(text: str) -> None:
    assert _kind(text) is None


@pytest.mark.parametrize("text", ["(APA)", "(red)", "dpa/lnw", "(dpa/lnw, 18.9.2015)"])
def test_agency_credits_are_still_clutter(text: str) -> None:
    assert _kind(text) is K.CREDIT


DASHES = """\
La boulangère du village

Marie Dupont tient la boulangerie du village depuis vingt ans.

– Vous vous levez à quelle heure ?

– À trois heures, tous les jours, même le dimanche et pendant les vacances.

– Et vous aimez toujours ça ?

– Oui.

– Pourquoi ?

– Parce que le pain est vivant. On ne fait jamais deux fois la même fournée.

– Vous pensez à la retraite ?

– Jamais.
"""


def test_one_word_dash_answers_are_no_pull_quote_attribution() -> None:
    iv = ip.parse_text(DASHES)
    assert [pair.answer.text for pair in iv.pairs][1:] == [
        "Oui.",
        "Parce que le pain est vivant. On ne fait jamais deux fois la même fournée.",
        "Jamais.",
    ]
    assert not iv.boilerplate
    # a pull quote's attribution is a full name without a full stop
    verdict = _text_rule(Block(text="Marie Dupont", dash="–"))
    assert verdict is not None and verdict.kind is K.PULL_QUOTE
