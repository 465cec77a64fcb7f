"""Multilingual boilerplate phrases: each language's labels and prompts are clutter when they
open a short block, and stay answer text when an answer merely mentions them."""

from __future__ import annotations

import pytest

from cases import case_ids
from interviewparse import BoilerplateKind as K
from interviewparse import parse_text
from interviewparse.boilerplate.phrases import phrase_kind

# Invented snippets, one row per language and kind.
CASES = [
    ("Read also: Harbour cranes return to the east quay", K.RELATED),
    ("Lesen Sie auch: Die Fähre fährt wieder", K.RELATED),
    ("Lire aussi : Le marché couvert rouvre", K.RELATED),
    ("Lee también: El tranvía llega al barrio", K.RELATED),
    ("Leggi anche: Il ponte riapre a giugno", K.RELATED),
    ("Leia também: Nova ciclovia liga os bairros", K.RELATED),
    ("Lees ook: Nieuwe fietsbrug geopend", K.RELATED),
    ("Czytaj też: Nowa linia tramwajowa", K.RELATED),
    ("Читайте также: Новый мост откроют весной", K.RELATED),
    ("Ayrıca okuyun: Vapur seferleri yeniden başladı", K.RELATED),
    ("相关阅读：老城区改造启动", K.RELATED),
    ("関連記事：駅前の再開発", K.RELATED),
    ("اقرأ أيضا: افتتاح مكتبة جديدة", K.RELATED),
    ("Subscribe to our newsletter for the week's council news.", K.NEWSLETTER),
    ("Newsletter: The week in five minutes, every Friday. Sign up here.", K.NEWSLETTER),
    ("Newsletter abonnieren und nichts verpassen", K.NEWSLETTER),
    ("Abonnez-vous à notre lettre du matin.", K.NEWSLETTER),
    ("Suscríbete a nuestro boletín semanal.", K.NEWSLETTER),
    ("Iscriviti alla newsletter per ricevere le notizie della città.", K.NEWSLETTER),
    ("Assine a nossa newsletter e receba as notícias do dia.", K.NEWSLETTER),
    ("Abonneer je op de nieuwsbrief van de redactie.", K.NEWSLETTER),
    ("Zapisz się na nasz newsletter.", K.NEWSLETTER),
    ("Подпишитесь на нашу рассылку.", K.NEWSLETTER),
    ("Bültenimize abone olun.", K.NEWSLETTER),
    ("订阅我们的每日新闻简报", K.NEWSLETTER),
    ("購読はこちら", K.NEWSLETTER),
    ("اشترك في نشرتنا الأسبوعية", K.NEWSLETTER),
    ("Photo: Anna Berg", K.CREDIT),
    ("Foto: Jan Novak", K.CREDIT),
    ("Fotó: Kiss Péter", K.CREDIT),
    ("Crédit photo : Marie Dupont", K.CREDIT),
    ("摄影：李明", K.CREDIT),
    ("写真：山田太郎", K.CREDIT),
    ("صورة: أحمد علي", K.CREDIT),
    ("Anzeige", K.ADVERTISEMENT),
    ("Publicidad", K.ADVERTISEMENT),
    ("Реклама", K.ADVERTISEMENT),
    ("Sponsored by the Harbour Trust", K.SPONSOR),
    ("Contenuto sponsorizzato", K.SPONSOR),
    ("Partager", K.SHARE),
    ("Condividi su Facebook", K.SHARE),
    ("Kommentare (12)", K.COMMENTS),
    ("Leave a comment", K.COMMENTS),
    ("Lascia un commento", K.COMMENTS),
    ("Podcast: The full conversation in 40 minutes", K.PROMO),
    ("Ascolta l'intervista completa", K.PROMO),
    ("Tags: harbour, ferries, transport", K.TAGS),
    ("Schlagworte: Hafen, Fähre", K.TAGS),
    ("About the author", K.AUTHOR_BIO),
    ("Об авторе", K.AUTHOR_BIO),
    ("Correction: An earlier version misspelled the ferry's name.", K.EDITORIAL_NOTE),
    ("Anmerkung der Redaktion: Das Gespräch wurde gekürzt.", K.EDITORIAL_NOTE),
    ("编者按：本文有删节", K.EDITORIAL_NOTE),
]


@pytest.mark.parametrize(("text", "kind"), CASES, ids=case_ids(CASES))
def test_phrase_opens_short_block(text: str, kind: K) -> None:
    assert phrase_kind(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        "We send a newsletter to every household, and people read it.",
        "The photo on the wall was taken by my grandfather in 1952.",
        "Subscribers to the newsletter were the first to complain, frankly.",
        "Read the report and you will see that the numbers are fine.",
        "Sharing the costs was the hard part of the deal with the harbour.",
        "I took the photo: it was the last ferry of the season, and nobody else came.",
        "Photo archives matter more than people think, because they show what the streets "
        "looked like before the cars came, and no planner can argue with a photograph. " * 3,
    ],
)
def test_answer_mentions_stay_text(text: str) -> None:
    assert phrase_kind(text) is None


def _answers(text: str) -> list[str]:
    return [b.text for pair in parse_text(text).pairs for b in pair.answer.blocks]


SNIPPET = """\
Harbour master: the ferries will run all winter

Q: How do you tell people about timetable changes?

A: Every change goes into our newsletter first, and the photo of the timetable goes up.

Leia também: Horários de inverno publicados

Q: And the website?

A: Sign-up numbers for the newsletter doubled this year, so the website matters less.

Iscriviti alla newsletter per ricevere ogni mattina le notizie del porto.
"""


def test_mid_sentence_mentions_stay_in_answers_and_prompts_do_not() -> None:
    interview = parse_text(SNIPPET)
    answers = _answers(SNIPPET)
    assert any("newsletter first" in a for a in answers)
    assert any("Sign-up numbers" in a for a in answers)
    assert not any("Leia também" in a or "Iscriviti" in a for a in answers)
    kinds = {b.kind for b in interview.boilerplate}
    assert {K.RELATED, K.NEWSLETTER} <= kinds


def test_cjk_credit_after_caption() -> None:
    text = (
        "问：工程什么时候完工？\n\n答：明年。\n\n图为改造中的老街。摄影：王磊\n\n"
        "问：还有呢？\n\n答：没有了。\n"
    )
    assert not any("摄影" in a for a in _answers(text))


REPORT = """\
Mayor backs the night ferry

The harbour board approved a night ferry on Monday.

Q: Who will pay for it?

A: The port fees. Nobody in the city pays a cent more.

Q: When does it start?

A: In May, if the crews are hired in time.

The board's opposition members said the fees would drive cargo ships to other ports.
"""

ANSWER_GOES_ON = """\
Mayor backs the night ferry

Q: Who will pay for it?

A: The port fees. Nobody in the city pays a cent more.

Q: When does it start?

A: In May, if the crews are hired in time.

We said that last year too, and I know people remember it.
"""


def test_reportage_after_last_labelled_answer_is_outro() -> None:
    interview = parse_text(REPORT)
    assert len(interview.pairs) == 2
    assert [b.text for b in interview.pairs[-1].answer.blocks] == [
        "In May, if the crews are hired in time."
    ]
    assert any("opposition members said" in b.text for b in interview.outro)


def test_first_person_paragraph_after_last_answer_stays_answer() -> None:
    interview = parse_text(ANSWER_GOES_ON)
    assert any("We said that" in b.text for b in interview.pairs[-1].answer.blocks)
    assert not interview.outro


LEAD_IN = """\
The bridge keeper

How long have you kept the bridge?

Thirty-one years. My father kept it before me, and his mother before him.

Sailors often complain that the bridge opens too slowly.

What do you say to that?

The gears are from 1910. They turn as fast as they can, and not one ship has ever hit us.

Will the bridge be automated?

Not while I am alive, I hope. The council has promised to wait until I retire.
"""

NO_LEAD_IN = LEAD_IN.replace(
    "Sailors often complain that the bridge opens too slowly.",
    "The ministry paid for the new paint last spring.",
)


def _questions(text: str) -> list[list[str]]:
    return [list(pair.question.paragraphs) for pair in parse_text(text).pairs]


def test_statement_leading_into_a_question_joins_it() -> None:
    questions = _questions(LEAD_IN)
    assert len(questions) == 3
    assert questions[1] == [
        "Sailors often complain that the bridge opens too slowly.",
        "What do you say to that?",
    ]


def test_plain_statement_before_a_question_stays_in_the_answer() -> None:
    interview = parse_text(NO_LEAD_IN)
    assert interview.pairs[1].question.paragraphs == ("What do you say to that?",)
    assert interview.pairs[0].answer.blocks[-1].text.startswith("The ministry paid")


PAGE = """<html lang="it"><body><article>
<h1>Il fornaio del porto</h1>
<p>Abbiamo incontrato il fornaio Marco Neri.</p>
<p><strong>Da quanto tempo lavora qui?</strong></p>
<p>Da vent'anni. Il forno era di mio nonno, e la newsletter del quartiere ne parla spesso.</p>
<p>Leggi anche: Il mercato del pesce riapre</p>
<p><strong>E il pane di domani?</strong></p>
<p>Lo impasto stanotte, come sempre. Nessuno mi ha mai visto dormire prima delle tre.</p>
<p><strong>Chi la aiuta?</strong></p>
<p>Mia figlia, quando non studia. E un garzone che arriva alle quattro in bicicletta.</p>
<p>Iscriviti alla newsletter per ricevere ogni mattina le notizie del porto.</p>
</article></body></html>"""


def test_html_reader_knows_the_phrases_too() -> None:
    from interviewparse import parse_html

    interview = parse_html(PAGE)
    answers = [b.text for pair in interview.pairs for b in pair.answer.blocks]
    assert len(interview.pairs) == 3
    assert any("newsletter del quartiere" in a for a in answers)
    assert not any(a.startswith(("Leggi anche", "Iscriviti")) for a in answers)
