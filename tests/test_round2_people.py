"""Who asks and who answers: the second round of fixes for the people rules.

Each rule has a case where it must fire and one where it must not. All texts are invented.
"""

from __future__ import annotations

import interviewparse as ip
from interviewparse import _people
from interviewparse._speakers import _ends_with_question
from interviewparse._uncased import uncased_guest, uncased_label_guest
from interviewparse.names import NameIndex, find_names, is_person_name, label_role, resolve_label


def _qa(intro: list[str], turns: int = 3) -> str:
    """A plain "Q:/A:" interview after ``intro`` (generic labels name nobody)."""
    pairs = [
        ("Why did you start?", "Because nobody else would do it in our valley, and it mattered."),
        ("What was hardest?", "The first winter, when the money ran out and the roof leaked."),
        ("Would you do it again?", "Yes, every day of it, though I would ask for help sooner."),
    ][:turns]
    body = [f"Q: {q}\n\nA: {a}" for q, a in pairs]
    return "\n\n".join([*intro, *body]) + "\n"


# -- 1. the guest named in the intro and a photo caption ---------------------------------------


def test_elided_article_is_no_part_of_a_name() -> None:
    assert find_names("L’ingénieure Noémie Castel a conçu le pont.") == ["Noémie Castel"]
    assert find_names("L’atelier de Noémie Castel") == ["Noémie Castel"]
    # an elided particle before a capital is still part of the name
    assert find_names("Valéry Giscard d’Estaing et Sinéad O’Connor") == [
        "Valéry Giscard d’Estaing",
        "Sinéad O’Connor",
    ]


def test_photographer_credit_is_not_a_second_person_of_the_intro() -> None:
    text = _qa(
        [
            "Le pont de bois",
            "L’ingénieure Noémie Castel a conçu une passerelle en chêne sur la Loue.",
            "Noémie Castel sur la passerelle. © Bastien Leroy",
        ]
    )
    assert ip.parse(text).interviewees == ("Noémie Castel",)


def test_italian_caption_credit_in_brackets() -> None:
    text = _qa(
        [
            "Il formaggio di montagna",
            "Teresa Valli produce formaggio in alpeggio da trent’anni.",
            "Teresa Valli nella sua malga (foto Carlo Brenna)",
        ]
    )
    assert ip.parse(text).interviewees == ("Teresa Valli",)


def test_a_caption_about_the_person_keeps_the_person() -> None:
    assert _people._uncredited_names("Foto: Ramiro Ortega en la cubierta de su barco.") == [
        "Ramiro Ortega"
    ]
    assert _people._uncredited_names("Ramiro Ortega en el puerto (Foto: Inés Calvo)") == [
        "Ramiro Ortega"
    ]
    assert _people._uncredited_names("Photo: Jane Holt / Getty Images") == []


def test_two_people_in_the_intro_still_need_evidence() -> None:
    # two people introduced, neither credited as a photographer: no "one person" shortcut
    text = _qa(
        [
            "The ferry",
            "Ada Brennan and Tom Okafor run the last ferry on the lake.",
        ]
    )
    assert ip.parse(text).interviewees != ("Ada Brennan",)


# -- uncased scripts: question marks, answer labels, role nouns in the headline ------------------


def test_question_marks_of_other_scripts() -> None:
    assert _ends_with_question("كيف بدأت؟")
    assert _ends_with_question("您是怎么开始的？")
    assert not _ends_with_question("我家祖祖辈辈都种茶。")


def test_han_answer_label_named_in_the_intro() -> None:
    front = ["渔民王海生：大海教会我耐心", "王海生在舟山打鱼已经二十年。"]
    assert uncased_label_guest(["王海生"], front) == "王海生"
    # a label the intro never writes, or a role label, is no name
    assert uncased_label_guest(["李明"], front) is None
    assert uncased_label_guest(["嘉宾"], ["嘉宾王海生在舟山打鱼。"]) is None
    assert resolve_label("记者", NameIndex.build([], {}), answer_side=True) is None


def test_han_labelled_interview() -> None:
    text = (
        "渔民王海生：大海教会我耐心\n\n"
        "王海生在舟山打鱼已经二十年。记者在码头见到了他。\n\n"
        "记者：您是怎么开始打鱼的？\n\n"
        "王海生：我父亲是渔民，我十六岁就跟他出海了，那时候什么都不懂。\n\n"
        "记者：现在的鱼还多吗？\n\n"
        "王海生：比以前少多了。以前一网能拉上来几百斤，现在常常只有几十斤。\n\n"
        "记者：您希望孩子继续打鱼吗？\n\n"
        "王海生：不希望。太辛苦了，我希望他好好读书，将来做自己喜欢的事情。\n"
    )
    iv = ip.parse(text)
    assert iv.interviewees == ("王海生",)


def test_arabic_headline_with_a_role_noun_before_the_name() -> None:
    intro = ["يعمل كريم ناصر نجارًا منذ ثلاثين عامًا في حلب."]
    assert uncased_guest("النجار كريم ناصر: الخشب يتكلم", intro) == "كريم ناصر"
    # a topic after a definite noun, or a name the intro does not repeat, is no guest
    assert uncased_guest("الطاقة في الأردن: أرقام جديدة", ["تحدثنا في الأردن عن الطاقة."]) is None
    assert uncased_guest("النجار سامي عودة: الخشب يتكلم", intro) is None


# -- 2. role words before a name; a role after a transcript label --------------------------------


def test_role_word_is_cut_off_a_name() -> None:
    for role in ("Host", "Presenter", "Moderatorin", "Presentadora", "Animatrice", "Anchor"):
        assert find_names(f"{role} Dana Ruiz speaks") == ["Dana Ruiz"], role
    assert not is_person_name("Host Dana Ruiz")


def test_host_speaks_with_guest() -> None:
    text = _qa(
        [
            "Episode 12: sleep and the teenage brain",
            "Host Mira Solberg speaks with sleep researcher Tobias Wren about school start times.",
        ]
    )
    iv = ip.parse(text)
    assert iv.interviewees == ("Tobias Wren",)
    assert iv.interviewers == ("Mira Solberg",)


def test_role_after_a_transcript_label() -> None:
    assert label_role("KOFI ADU, HOST") == ("KOFI ADU", True)
    assert label_role("Mara Lind, Moderatorin:") == ("Mara Lind", True)
    assert label_role("MARA LIND, GUEST") == ("MARA LIND", False)
    assert label_role("MARA LIND, LABOUR ECONOMIST") == ("MARA LIND", None)
    # no role: the label comes back whole
    assert label_role("MARA LIND") == ("MARA LIND", None)
    assert label_role("Q") == ("Q", None)
    # what is before the comma must be a name
    assert label_role("Short term, host") == ("Short term, host", None)
    index = NameIndex.build(["Kofi Adu talks to Mara Lind."], {})
    assert resolve_label("KOFI ADU, HOST", index, answer_side=False) == "Kofi Adu"


# -- 3. the byline's author asks -----------------------------------------------------------------


def test_credit_line_author_is_the_interviewer() -> None:
    text = (
        "“El río ya no suena igual”\n\n"
        "El Eco del Valle | Interview: Marta Quiroga\n\n"
        "Anselmo Ibarra lleva treinta años como barquero en el Ebro. Habló con Marta Quiroga "
        "junto al embarcadero.\n\n"
        "— ¿Qué ha cambiado en el río?\n\n"
        "— Casi todo. El caudal baja antes y el agua está más turbia cada verano.\n\n"
        "— ¿Sigue habiendo pasajeros?\n\n"
        "— Menos que antes, pero los domingos todavía cruzan familias enteras.\n\n"
        "— ¿Y el futuro del oficio?\n\n"
        "— No lo sé. Mi hijo prefiere la ciudad, y no se lo reprocho.\n"
    )
    iv = ip.parse(text)
    assert iv.interviewers == ("Marta Quiroga",)
    assert iv.interviewees == ("Anselmo Ibarra",)


def test_pro_drop_talk_verb_object_asked() -> None:
    text = "Anselmo Ibarra lleva treinta años como barquero. Habló con Marta Quiroga en el puerto."
    index = NameIndex.build([text], {})
    guests, hosts = _people._phrase_people([text], index)
    assert "Marta Quiroga" in hosts and "Marta Quiroga" not in guests
    # a named subject before the verb keeps the old reading: the subject answered
    text = "Anselmo Ibarra habló con Marta Quiroga en el puerto."
    guests, hosts = _people._phrase_people([text], NameIndex.build([text], {}))
    assert guests == ["Anselmo Ibarra"] and hosts == ["Marta Quiroga"]


def test_a_long_line_is_no_credit() -> None:
    # "Interview:" inside a sentence of many words credits nobody
    text = "This week our editor reflects on what makes a good Interview: Marta Quiroga knows."
    index = NameIndex.build([text], {})
    assert "Marta Quiroga" not in _people._phrase_people([text], index)[1]


# -- 4. photo agencies are no people -------------------------------------------------------------


def test_photo_agencies_are_no_people() -> None:
    assert find_names("Photo: A bike outside a station. Getty Images") == []
    for agency in ("Getty Images", "Reuters", "dpa", "AP", "AFP", "Shutterstock"):
        assert not is_person_name(agency), agency
    text = _qa(
        [
            "How to choose a bike",
            "Photo: A bike outside a station. Getty Images",
            "Bike sales have tripled, and the choice is bewildering.",
        ]
    )
    iv = ip.parse(text)
    assert "Getty Images" not in iv.interviewees + iv.interviewers


def _with_labels(text: str, relabel: dict[str, str]) -> ip.Interview:
    """``text`` read, its speaker labels renamed as a reader keeping roles would give them."""
    import attrs

    from interviewparse.api import _build
    from interviewparse.readers.text import read_text

    doc = read_text(text)
    blocks = tuple(
        attrs.evolve(b, label=relabel[b.label]) if b.label in relabel else b for b in doc.blocks
    )
    return _build(attrs.evolve(doc, blocks=blocks))


_RADIO = """The tide pools

KOFI ADU: Good morning. With me is Mara Lind, who counts crabs.

MARA LIND: Thanks, Kofi. Glad to be here this morning.

KOFI ADU: How does the count work?

MARA LIND: We walk the same line every month and count what we see.

KOFI ADU: Have the numbers dropped?

MARA LIND: By half in ten years, mostly the smaller species.

KOFI ADU: Mara Lind, thank you.

MARA LIND: Thank you.
"""


def test_transcript_role_label_says_the_side() -> None:
    iv = _with_labels(_RADIO, {"KOFI ADU": "KOFI ADU, HOST", "MARA LIND": "MARA LIND, GUEST"})
    assert iv.interviewers == ("Kofi Adu",)
    assert iv.interviewees == ("Mara Lind",)
    # a role that says nothing of the side leaves the turns to decide
    iv = _with_labels(_RADIO, {"MARA LIND": "MARA LIND, MARINE BIOLOGIST"})
    assert iv.interviewers == ("Kofi Adu",)
    assert iv.interviewees == ("Mara Lind",)


def test_masthead_name_is_neither_author_nor_guest() -> None:
    text = _qa(
        [
            "How to choose a kayak",
            "Harbour Notes",
            "Harbour Notes may earn a commission when you buy through links on our site.",
            "Photo: Kayaks on a beach at dawn. Getty Images",
            "Kayak sales have doubled, and the choice is bewildering.",
        ]
    )
    iv = ip.parse(text)
    people = iv.authors + iv.interviewers + iv.interviewees
    assert "Harbour Notes" not in people and "Getty Images" not in people


def test_lone_byline_name_is_still_the_author() -> None:
    text = _qa(
        [
            "How to choose a kayak",
            "Nora Feld",
            "Kayak builder Ivo Marek has made boats for forty years. We met him at his shed.",
        ]
    )
    iv = ip.parse(text)
    assert iv.authors == ("Nora Feld",)
    assert iv.interviewees == ("Ivo Marek",)
