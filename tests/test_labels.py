"""Speaker and question/answer labels, as the readers split them off: timestamps around a name,
"NAME, ROLE:" labels, labels alone on their line, role words of many languages ("D." / "R.",
"Pregunta." / "Respuesta.", "प्रश्न:", "问：/答："), dotted initials, names in capitals — and the
prose, headings and outlines that look like them but are no turns."""

from __future__ import annotations

import pytest

import interviewparse as ip
from interviewparse.labels import (
    ANSWER_WORDS,
    QUESTION_WORDS,
    candidate_name,
    opens_with_role_mark,
    role_hint,
)
from interviewparse.people.names import GENERIC_LABELS
from interviewparse.readers.html import read_html
from interviewparse.readers.text import read_text


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("[00:01:12] Ada Moreno: Welcome.", "Ada Moreno"),
        ("(01:12) Ada Moreno: Welcome.", "Ada Moreno"),
        ("00:01:12 Ada Moreno: Welcome.", "Ada Moreno"),
        ("00:01:12 - Ada Moreno: Welcome.", "Ada Moreno"),
        ("Ada Moreno (00:01:12): Welcome.", "Ada Moreno"),
        ("Ada Moreno [01:12]: Welcome.", "Ada Moreno"),
        ("Ada Moreno: [00:01:12] Welcome.", "Ada Moreno"),
        ("Ada Moreno  00:01:12", "Ada Moreno"),
        ("[00:01:12] Ada Moreno", "Ada Moreno"),
        ("LUIS OTERO, HOST:", "LUIS OTERO"),
        ("LUIS OTERO, SENIOR CORRESPONDENT: Good evening.", "LUIS OTERO"),
        ("Luis Otero, host: Good evening.", "Luis Otero"),
        ("Luis Otero, Chief Economist: Good evening.", "Luis Otero"),
    ],
)
def test_timestamp_and_role_label_forms(line: str, name: str) -> None:
    assert candidate_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "Update, 12 May: the vote was moved.",
        "Update, May 12: the vote was moved.",
        "Well, basically: we waited.",
        "Luis Otero, who ran the survey for years: no.",
        "LUIS OTERO, host: a name in capitals takes its role in capitals",
        "Berlin 12:30",
        "Ada Moreno",
    ],
)
def test_not_label_forms(line: str) -> None:
    assert candidate_name(line) is None


_RADIO_ROLES = """Transcript: Night Desk — Who repairs the lighthouses?

Tonight we talk to engineer Saoirse Dunne, who keeps eleven lighthouses running.

PAVEL NOVAK, HOST:
Saoirse, thanks for coming in. How old is the oldest light you look after?

SAOIRSE DUNNE, ENGINEER:
Nearly two hundred years. The lens is older than the town around it.

PAVEL NOVAK, HOST:
What breaks most often?

SAOIRSE DUNNE:
The motors that turn the lens. Salt gets into everything.

We carry spare parts on the boat for that reason.

PAVEL NOVAK, HOST:
Saoirse Dunne, thank you.

SAOIRSE DUNNE:
Thank you.
"""


def test_text_role_labels_on_their_own_lines() -> None:
    doc = read_text(_RADIO_ROLES)
    labelled = [(b.label, b.text[:20]) for b in doc.blocks if b.label]
    assert labelled[0] == ("PAVEL NOVAK", "Saoirse, thanks for ")
    assert labelled[1] == ("SAOIRSE DUNNE", "Nearly two hundred y")
    assert {label for label, _ in labelled} == {"PAVEL NOVAK", "SAOIRSE DUNNE"}
    assert not any("HOST" in b.text or "ENGINEER" in b.text for b in doc.blocks)
    iv = ip.parse(_RADIO_ROLES)
    assert [p.answer.speaker for p in iv.pairs] == ["Saoirse Dunne"] * 3
    assert [p.answer.label for p in iv.pairs] == ["SAOIRSE DUNNE"] * 3
    assert iv.pairs[1].answer.text == (
        "The motors that turn the lens. Salt gets into everything.\n"
        "We carry spare parts on the boat for that reason."
    )
    assert iv.interviewees == ("Saoirse Dunne",)
    assert iv.interviewers == ("Pavel Novak",)


def test_html_role_labels_alone_in_their_paragraph() -> None:
    html = "".join(
        [
            "<html><body><article><h1>On the night desk</h1>",
            "<p>Tonight we talk to engineer Saoirse Dunne.</p>",
            "<p><b>PAVEL NOVAK, HOST:</b></p><p>How old is the oldest light?</p>",
            "<p><b>SAOIRSE DUNNE, ENGINEER:</b></p><p>Nearly two hundred years.</p>",
            "<p><b>PAVEL NOVAK, HOST:</b></p><p>What breaks most often?</p>",
            "<p><b>SAOIRSE DUNNE:</b></p><p>The motors that turn the lens.</p>",
            "<p>Salt gets into everything.</p>",
            "</article></body></html>",
        ]
    )
    doc = read_html(html)
    turns = [(b.label, b.text) for b in doc.blocks if b.label]
    assert turns == [
        ("PAVEL NOVAK", "How old is the oldest light?"),
        ("SAOIRSE DUNNE", "Nearly two hundred years."),
        ("PAVEL NOVAK", "What breaks most often?"),
        ("SAOIRSE DUNNE", "The motors that turn the lens."),
    ]
    assert not any(b.text.endswith("HOST:") for b in doc.blocks)


def test_html_timestamp_before_bold_name() -> None:
    turns = [
        ("[00:00:10]", "Ada Moreno", "Why do rivers flood in spring?"),
        ("[00:00:15]", "Jon Ek", "Snow melts faster than the ground can drink it."),
        ("[00:02:40]", "Ada Moreno", "And in autumn?"),
        ("[00:02:44]", "Jon Ek", "Rain on soil that is already full."),
    ]
    body = "".join(f"<p><span>{t}</span> <b>{n}:</b> {x}</p>" for t, n, x in turns)
    doc = read_html(f"<html><body><article><h1>Floods</h1>{body}</article></body></html>")
    assert [(b.label, b.text) for b in doc.blocks if b.label] == [(n, x) for _, n, x in turns]


def test_text_name_then_timestamp_on_its_own_line() -> None:
    text = (
        "Floods, a conversation\n\n"
        "Ada Moreno  00:00:10\nWhy do rivers flood in spring?\n\n"
        "Jon Ek  00:00:15\nSnow melts faster than the ground can drink it.\n\n"
        "Ada Moreno  00:02:40\nAnd in autumn?\n\n"
        "Jon Ek  00:02:44\nRain on soil that is already full.\n"
    )
    doc = read_text(text)
    assert [(b.label, b.text) for b in doc.blocks if b.label] == [
        ("Ada Moreno", "Why do rivers flood in spring?"),
        ("Jon Ek", "Snow melts faster than the ground can drink it."),
        ("Ada Moreno", "And in autumn?"),
        ("Jon Ek", "Rain on soil that is already full."),
    ]


_PROSE_DATED = """Council moves the market

The council met on Tuesday. Its members heard from Ruth Alder, head of the traders' guild: she
asked for a second site.

Update, 12 May: the vote was moved to June.

Ruth Alder, head of the traders' guild: a title the paper gave her in an earlier story.

Update, 14 May: the council will meet again next week.

Nobody else spoke.
"""


def test_prose_and_dated_headings_are_no_labels() -> None:
    doc = read_text(_PROSE_DATED)
    assert not any(b.label for b in doc.blocks)
    assert ip.parse(_PROSE_DATED).pairs == ()


def test_html_name_then_timestamp_alone_in_its_paragraph() -> None:
    turns = [
        ("Ada Moreno", "00:00:10", "Why do rivers flood in spring?"),
        ("Jon Ek", "00:00:15", "Snow melts faster than the ground can drink it."),
        ("Ada Moreno", "00:02:40", "And in autumn?"),
        ("Jon Ek", "00:02:44", "Rain on soil that is already full."),
    ]
    body = "".join(f"<p>{n} {t}</p><p>{x}</p>" for n, t, x in turns)
    doc = read_html(f"<html><body><article><h1>Floods</h1>{body}</article></body></html>")
    assert [(b.label, b.text) for b in doc.blocks if b.label] == [(n, x) for n, _, x in turns]


def test_text_role_labels_run_together_on_one_line() -> None:
    text = (
        "Night Desk\n\n"
        "PAVEL NOVAK, HOST: Saoirse, welcome. How old is the oldest light? "
        "SAOIRSE DUNNE, ENGINEER: Nearly two hundred years. "
        "PAVEL NOVAK, HOST: What breaks most often? "
        "SAOIRSE DUNNE: The motors that turn the lens.\n"
    )
    doc = read_text(text)
    assert [(b.label, b.text) for b in doc.blocks if b.label] == [
        ("PAVEL NOVAK", "Saoirse, welcome. How old is the oldest light?"),
        ("SAOIRSE DUNNE", "Nearly two hundred years."),
        ("PAVEL NOVAK", "What breaks most often?"),
        ("SAOIRSE DUNNE", "The motors that turn the lens."),
    ]


# Role words of many languages, dotted initials and names in capitals


def _turns(iv: ip.Interview) -> list[tuple[str, str]]:
    return [(p.question.text, p.answer.text) for p in iv.pairs]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Pregunta. ¿Por qué ahora?", "Pregunta"),
        ("Respuesta. Porque sí.", "Respuesta"),
        ("Domanda – Perché adesso?", "Domanda"),
        ("D. Perché adesso?", "D"),
        ("R. Perché sì.", "R"),
        ("**Pregunta.** ¿Por qué ahora?", "Pregunta"),
        ("प्रश्न: आप कब आए?", "प्रश्न"),
        ("উত্তর: আমি কাল এসেছি।", "উত্তর"),
        ("VESNA HORVAT", "VESNA HORVAT"),
    ],
)
def test_role_word_label_forms(line: str, name: str) -> None:
    assert candidate_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "Pregunta usted lo que quiera.",
        "Respuestas. Hay muchas.",  # not a role word
        "Dijo. Nada más.",
        "Berlin. The city.",
        "BREAKING NEWS: the vote was moved.",
    ],
)
def test_not_role_word_labels(line: str) -> None:
    assert not opens_with_role_mark(line)


def test_role_words_many_languages() -> None:
    for word in ("fråga", "soru", "hỏi", "질문", "प्रश्न", "سؤال", "שאלה", "pertanyaan"):
        assert role_hint(word) == "question", word
        assert word in QUESTION_WORDS
    for word in ("svar", "cevap", "đáp", "답변", "उत्तर", "جواب", "תשובה", "jawab"):
        assert role_hint(word) == "answer", word
        assert word in ANSWER_WORDS
    # every Q/A word is a generic label, never a person
    for word in ("tanya", "jawab", "d", "r", "प्रश्न", "उत्तर", "svar", "pv", "질문"):
        assert word in GENERIC_LABELS, word


_ES = (
    "Marta Solís: «Un puente de madera dura siglos»\n"
    "La ingeniera asturiana diseña pasarelas de madera para caminos rurales desde hace doce años.\n"
    "Pregunta. ¿Por qué madera y no acero?\n"
    "Respuesta. Porque pesa poco y se trabaja cerca del lugar. Bien protegida, dura más de lo "
    "que la gente cree.\n"
    "Pregunta. Pero la madera arde.\n"
    "Respuesta. Arde peor de lo que parece. Una viga gruesa se carboniza por fuera y protege su "
    "interior durante una hora.\n"
    "Pregunta. ¿Qué le falta a la normativa?\n"
    "Respuesta. Ejemplos construidos. Los técnicos firman lo que ya han visto funcionar.\n"
)


def test_spanish_role_words_with_period_no_blank_lines() -> None:
    iv = ip.parse(_ES)
    assert iv.question_style == "label"
    assert [q for q, _ in _turns(iv)] == [
        "¿Por qué madera y no acero?",
        "Pero la madera arde.",  # a statement, a question because its label says so
        "¿Qué le falta a la normativa?",
    ]
    assert all(not a.startswith("Respuesta") for _, a in _turns(iv))


def test_spanish_role_words_hard_wrapped() -> None:
    text = (
        "La entrevista\n\n"
        "Texto de introducción sobre la ingeniera Lucía Marín, que diseña puentes de madera\n"
        "en el norte del país desde hace quince años, y sobre su nuevo proyecto en Asturias.\n\n"
        "Pregunta. ¿Por qué madera y no acero, cuando casi todos los puentes modernos se\n"
        "hacen con acero u hormigón?\n"
        "Respuesta. Porque la madera pesa poco, se trabaja cerca del lugar y, bien\n"
        "protegida, dura más de lo que la gente cree. Los puentes cubiertos de Suiza\n"
        "tienen cuatrocientos años.\n"
        "Pregunta. Pero arde.\n"
        "Respuesta. Arde mucho peor de lo que parece. Una viga gruesa se carboniza por\n"
        "fuera y protege su interior durante una hora o más.\n"
    )
    iv = ip.parse(text)
    assert [q for q, _ in _turns(iv)] == [
        "¿Por qué madera y no acero, cuando casi todos los puentes modernos se hacen con "
        "acero u hormigón?",
        "Pero arde.",
    ]
    assert iv.pairs[0].answer.text.endswith("cuatrocientos años.")


_IT_HTML = """<html><body><article>
<h1>Il ceramista di Faenza</h1>
<p>Incontriamo il ceramista nella sua bottega, tra forni e scaffali pieni di piatti.</p>
<p><strong>D.</strong> Da quanto tempo lavora la ceramica?</p>
<p><strong>R.</strong> Da quando avevo quattordici anni. Mio nonno mi metteva l'argilla in mano.</p>
<p><strong>D.</strong> Il suo smalto blu è famoso in tutta la regione.</p>
<p><strong>R.</strong> Lo preparo ancora come lui, con il cobalto e molta pazienza.</p>
<p><strong>D.</strong> Cosa insegna ai suoi allievi?</p>
<p><strong>R.</strong> A sbagliare con calma. Un pezzo rotto insegna più di dieci riusciti.</p>
</article></body></html>"""


def test_italian_d_r_bold_in_html() -> None:
    doc = read_html(_IT_HTML)
    labels = [b.label for b in doc.blocks if b.label]
    assert labels == ["D", "R"] * 3
    iv = ip.parse(_IT_HTML)
    assert [q for q, _ in _turns(iv)] == [
        "Da quanto tempo lavora la ceramica?",
        "Il suo smalto blu è famoso in tutta la regione.",
        "Cosa insegna ai suoi allievi?",
    ]
    assert iv.publisher != "D"


def test_one_dotted_initial_is_not_a_label() -> None:
    """ "R. Kelly" and "P. Diddy" open sentences: without the D./R. alternation of an
    interview they stay text."""
    text = (
        "Singer returns to court\n\n"
        "The hearing resumed on Monday in Chicago.\n\n"
        "R. Kelly said through his lawyer that he would appeal.\n\n"
        "P. Diddy was not present at the hearing, court records show.\n\n"
        "R. Kelly will be sentenced next month.\n"
    )
    doc = read_text(text)
    assert not any(b.label for b in doc.blocks)
    assert ip.parse(text).pairs == ()


def test_dotted_initials_need_two_exchanges() -> None:
    text = (
        "A short note\n\n"
        "The painter lives in a village near the coast.\n\n"
        "P. Ruiz wrote to us last week. Did he mean it?\n\n"
        "R. Ortega answered on his behalf: he did, mostly.\n\n"
        "The exhibition opens in May.\n"
    )
    assert not any(b.label for b in read_text(text).blocks)


def test_q_dot_single_exchange_still_a_label() -> None:
    text = (
        "Title here\n\n"
        "Intro paragraph about the painter Ana Ruiz and her work.\n\n"
        "Q. Why do you paint only at night?\n\n"
        "A. Because the light is quieter. I see colours better when nothing else moves.\n"
    )
    iv = ip.parse(text)
    assert [q for q, _ in _turns(iv)] == ["Why do you paint only at night?"]


_HI = (
    "कोच से बातचीत\n\n"
    "गाँव की अकादमी के बारे में हमने कोच से बात की।\n\n"
    "प्रश्न: आपने अकादमी कब शुरू की?\n\n"
    "उत्तर: पाँच साल पहले, जब गाँव में कोई मैदान नहीं था।\n\n"
    "प्रश्न: सबसे बड़ी मुश्किल क्या थी?\n\n"
    "उत्तर: परिवारों को समझाना। बहुत से माता-पिता डरते थे।\n\n"
    "प्रश्न: अब कितनी खिलाड़ी हैं?\n\n"
    "उत्तर: साठ से ज़्यादा।\n"
)


def test_devanagari_labels_are_split() -> None:
    iv = ip.parse(_HI)
    assert iv.question_style == "label"
    assert [q for q, _ in _turns(iv)] == [
        "आपने अकादमी कब शुरू की?",
        "सबसे बड़ी मुश्किल क्या थी?",
        "अब कितनी खिलाड़ी हैं?",
    ]
    assert _turns(iv)[2][1] == "साठ से ज़्यादा।"


_TR_HTML = """<html><body><article>
<h1>Kooperatif başkanı ile söyleşi</h1>
<p>Limanda balıkçılarla sezonun başlangıcını konuştuk.</p>
<p><strong>Ayla Duran:</strong> Sezon nasıl başladı?</p>
<p><strong>Kerem Akın:</strong> Kötü başladı. Ağların yarısı boş geldi.</p>
<p><strong>A.D.:</strong> Sebebi ne?</p>
<p><strong>K.A.:</strong> Sular ısındı, balık derine indi.</p>
<p><strong>A.D.:</strong> Kaç üyeniz var?</p>
<p><strong>K.A.:</strong> Altmış dört, on yıl önce yüz onu bulmuştuk.</p>
</article></body></html>"""


def test_full_names_first_then_dotted_initials() -> None:
    iv = ip.parse(_TR_HTML)
    assert [q for q, _ in _turns(iv)] == ["Sezon nasıl başladı?", "Sebebi ne?", "Kaç üyeniz var?"]


_CAPS = (
    "Radijska emisija\n\n"
    "IVO BARIĆ\n\n"
    "Gost emisije je vrtlarica Ana Kovač.\n\n"
    "MIRA LONČAR\n\n"
    "Dobro jutro. Što sadite u jesen?\n\n"
    "ANA KOVAČ\n\n"
    "Češnjak i tulipane. Zemlja je još topla.\n\n"
    "MIRA LONČAR\n\n"
    "A što ne treba saditi?\n\n"
    "ANA KOVAČ\n\n"
    "Ruže s golim korijenom, ako zima dođe rano.\n"
)


def test_capitals_names_alone_on_their_line() -> None:
    doc = read_text(_CAPS)
    labelled = [(b.label, b.text[:12]) for b in doc.blocks if b.label]
    assert labelled == [
        ("MIRA LONČAR", "Dobro jutro."),
        ("ANA KOVAČ", "Češnjak i tu"),
        ("MIRA LONČAR", "A što ne tre"),
        ("ANA KOVAČ", "Ruže s golim"),
    ]
    # the byline in capitals above the transcript stays a line of its own
    assert any(b.text == "IVO BARIĆ" and not b.label for b in doc.blocks)
    iv = ip.parse(_CAPS)
    assert [q for q, _ in _turns(iv)] == [
        "Dobro jutro. Što sadite u jesen?",
        "A što ne treba saditi?",
    ]


def test_capitals_lines_that_are_not_speakers() -> None:
    """Recurring one-word lines in capitals ("PUBLICIDAD") and a heading in capitals are no
    transcript."""
    text = (
        "Noticia del día\n\n"
        "El ayuntamiento aprobó ayer el presupuesto del año próximo.\n\n"
        "PUBLICIDAD\n\n"
        "La oposición votó en contra y anunció recursos.\n\n"
        "SIGUE LEYENDO\n\n"
        "El alcalde defendió las cuentas ante la prensa.\n\n"
        "PUBLICIDAD\n\n"
        "La votación duró tres horas.\n\n"
        "SIGUE LEYENDO\n\n"
        "El pleno se reunirá de nuevo en enero.\n"
    )
    doc = read_text(text)
    assert not any(b.label for b in doc.blocks)
    assert ip.parse(text).pairs == ()


def test_devanagari_labels_inline_after_danda() -> None:
    text = (
        "शीर्षक\n\n"
        "परिचय का अनुच्छेद यहाँ है और यह थोड़ा लंबा है।\n\n"
        "प्रश्न: आप कब आए? उत्तर: कल आया। प्रश्न: क्यों? उत्तर: काम से आया था।\n"
    )
    labelled = [(b.label, b.text) for b in read_text(text).blocks if b.label]
    assert labelled == [
        ("प्रश्न", "आप कब आए?"),
        ("उत्तर", "कल आया।"),
        ("प्रश्न", "क्यों?"),
        ("उत्तर", "काम से आया था।"),
    ]


def test_capitals_names_in_hard_wrapped_text() -> None:
    text = (
        "Night radio: the lock keeper\n\n"
        "Our guest tonight is Petra Lind, who has kept the river lock at Ashby for nineteen\n"
        "years and knows every barge that passes through it by the sound of its engine.\n\n"
        "JONAS WEBB\n"
        "Petra, how many boats go through the lock on a summer day, and how many of them\n"
        "do you still have to work by hand when the electric gear fails?\n"
        "PETRA LIND\n"
        "On a good day about forty. The gear fails twice a month, and then it is me and the\n"
        "old windlass, which is older than the house I live in and twice as reliable.\n"
        "JONAS WEBB\n"
        "And in winter, when the river is high and the towpath is under water for weeks?\n"
        "PETRA LIND\n"
        "In winter the lock sleeps, and so do I, mostly, apart from the floods in February\n"
        "that keep everyone on the river awake for a week or two every single year.\n"
    )
    labels = [b.label for b in read_text(text).blocks if b.label]
    assert labels == ["JONAS WEBB", "PETRA LIND"] * 2
    iv = ip.parse(text)
    assert iv.pairs[1].question.text.startswith("And in winter")
    assert iv.pairs[0].answer.text.endswith("twice as reliable.")


def test_outline_letters_are_no_labels() -> None:
    text = (
        "Checklist for the survey\n\n"
        "The survey team works through the list below on every site visit.\n\n"
        "P. Photograph the site from the road.\n\n"
        "Q. Quantify the damaged area in square metres.\n\n"
        "R. Record the owner's name and the date of the visit.\n\n"
        "S. Send the form to the office the same day.\n"
    )
    assert not any(b.label for b in read_text(text).blocks)


def test_q_dot_answered_under_the_guests_name() -> None:
    text = (
        "Title here\n\n"
        "Intro paragraph about the painter Ana Ruiz and her work in the city.\n\n"
        "Q. Why do you paint only at night?\n\n"
        "RUIZ: Because the light is quieter. I see colours better when nothing else moves.\n\n"
        "Q. And in winter?\n\n"
        "RUIZ: In winter I sleep. It is the only honest season for it.\n"
    )
    labels = [b.label for b in read_text(text).blocks if b.label]
    assert labels == ["Q", "RUIZ", "Q", "RUIZ"]


_CAPS_HTML = """<html><body><article><h1>Night radio: the lock keeper</h1>
<p>Our guest tonight is Petra Lind, who has kept the river lock at Ashby for nineteen years.</p>
<p><strong>JONAS WEBB</strong></p>
<p>Petra, how many boats go through the lock on a summer day?</p>
<p><strong>PETRA LIND</strong></p>
<p>On a good day about forty. The gear fails twice a month, and then it is me and the windlass.</p>
<p><strong>JONAS WEBB</strong></p>
<p>And in winter?</p>
<p><strong>PETRA LIND</strong></p>
<p>In winter the lock sleeps, and so do I, mostly.</p>
<p>Apart from the floods in February, that is.</p>
</article></body></html>"""


def test_capitals_names_alone_in_html_paragraphs() -> None:
    iv = ip.parse(_CAPS_HTML)
    assert iv.question_style == "label"
    assert _turns(iv) == [
        (
            "Petra, how many boats go through the lock on a summer day?",
            "On a good day about forty. The gear fails twice a month, and then it is me and the "
            "windlass.",
        ),
        (
            "And in winter?",
            "In winter the lock sleeps, and so do I, mostly.\n"
            "Apart from the floods in February, that is.",
        ),
    ]


def test_capitals_lines_in_html_that_are_not_speakers() -> None:
    html = """<html><body><article><h1>Budget approved</h1>
<p>The council approved next year's budget on Tuesday after a long debate.</p>
<p>MORE FROM THE COUNCIL</p>
<p>The opposition voted against and announced an appeal.</p>
<p>PUBLIC NOTICE</p>
<p>The mayor defended the figures in front of the press.</p>
</article></body></html>"""
    assert not any(b.label for b in read_html(html).blocks)
    assert ip.parse(html).pairs == ()


def test_period_dash_labels() -> None:
    text = (
        "Título de la nota\n\n"
        "Introducción sobre el músico Tomás Ibarra y su nuevo disco grabado en Oaxaca.\n\n"
        "P.- ¿Por qué grabar en una iglesia?\n\n"
        "R.- Por el eco. Ninguna sala moderna suena así.\n\n"
        "P.- Fue difícil conseguir el permiso.\n\n"
        "R.- Muchísimo. Tardamos un año.\n\n"
        "P.-¿Y el próximo disco?\n\n"
        "R.-En una mina abandonada, si nos dejan.\n"
    )
    iv = ip.parse(text)
    assert _turns(iv) == [
        ("¿Por qué grabar en una iglesia?", "Por el eco. Ninguna sala moderna suena así."),
        ("Fue difícil conseguir el permiso.", "Muchísimo. Tardamos un año."),
        ("¿Y el próximo disco?", "En una mina abandonada, si nos dejan."),
    ]


# Label forms of other languages and layouts, through the whole parse


_ANSWERS = [
    "Well, it started years ago when I was a child and my father took me to the market.",
    "We tried many things, and most of them failed, but the third idea worked for us.",
    "I hope so. We are planning a second shop next spring, if the bank agrees to the loan.",
]


_QUESTIONS = ["How did it start?", "What went wrong at first?", "Will you expand?"]


def _labelled_baker(question_label: str, answer_label: str) -> str:
    parts = ["A headline", "An interview with the baker Ana Ruiz about her shop in the old town."]
    for q, a in zip(_QUESTIONS, _ANSWERS, strict=True):
        parts += [question_label + q, answer_label + a]
    return "\n\n".join(parts)


@pytest.mark.parametrize(
    ("question_label", "answer_label"),
    [
        ("Q) ", "A) "),
        ("Q - ", "A - "),
        ("Q – ", "A – "),
        ("Q:", "A:"),  # no blank after the colon
        ("Ｑ：", "Ａ："),  # full-width
        ("问：", "答："),
        ("Pergunta: ", "Resposta: "),
        ("Vraag: ", "Antwoord: "),
        ("Pytanie: ", "Odpowiedź: "),
        ("Soru: ", "Cevap: "),
        ("[00:01] HOST: ", "[00:02] ANA RUIZ: "),
        ("(00:01:02) Host: ", "(00:01:09) Ana Ruiz: "),
        ("00:01:02 Host: ", "00:01:09 Ana Ruiz: "),
        ("――", "山本："),  # Japanese doubled dash questions, a name label on the answers
    ],
)
def test_label_forms_of_other_languages_and_layouts(question_label: str, answer_label: str) -> None:
    """The label (and a timestamp before it) is cut off; the question and answer text stays."""
    iv = ip.parse_text(_labelled_baker(question_label, answer_label))
    assert [p.question.text for p in iv.pairs] == _QUESTIONS
    assert [p.answer.text for p in iv.pairs] == _ANSWERS


def test_doubled_dash_questions_in_html() -> None:
    """Japanese pages set questions after a doubled bar ("――"); the bars are not question text."""
    turns = "".join(f"<p>――{q}</p><p>{a}</p>" for q, a in zip(_QUESTIONS, _ANSWERS, strict=True))
    page = f"<article><h1>A headline</h1><p>An introduction to the interview.</p>{turns}</article>"
    iv = ip.parse_html(page)
    assert [p.question.text for p in iv.pairs] == _QUESTIONS
