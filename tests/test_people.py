"""Who asks and who answers: the people rules (names, bylines and credits, role words and
labels, uncased scripts, mastheads that are no people).

Each rule has a case where it must fire and one where it must not. All texts are invented."""

from __future__ import annotations

import interviewparse as ip
from interviewparse.metadata import Metadata
from interviewparse.people import candidates as _people
from interviewparse.people.names import (
    NameIndex,
    find_names,
    is_label_phrase,
    is_person_name,
    label_role,
    resolve_label,
)
from interviewparse.people.speakers import _ends_with_question
from interviewparse.people.uncased import uncased_guest, uncased_interviewer, uncased_label_guest


def _qa_turns(intro: list[str], turns: int = 3) -> str:
    """A plain "Q:/A:" interview after ``intro`` (generic labels name nobody)."""
    pairs = [
        ("Why did you start?", "Because nobody else would do it in our valley, and it mattered."),
        ("What was hardest?", "The first winter, when the money ran out and the roof leaked."),
        ("Would you do it again?", "Yes, every day of it, though I would ask for help sooner."),
    ][:turns]
    body = [f"Q: {q}\n\nA: {a}" for q, a in pairs]
    return "\n\n".join([*intro, *body]) + "\n"


def test_elided_article_is_no_part_of_a_name() -> None:
    assert find_names("L’ingénieure Noémie Castel a conçu le pont.") == ["Noémie Castel"]
    assert find_names("L’atelier de Noémie Castel") == ["Noémie Castel"]
    # an elided particle before a capital is still part of the name
    assert find_names("Valéry Giscard d’Estaing et Sinéad O’Connor") == [
        "Valéry Giscard d’Estaing",
        "Sinéad O’Connor",
    ]


def test_photographer_credit_is_not_a_second_person_of_the_intro() -> None:
    text = _qa_turns(
        [
            "Le pont de bois",
            "L’ingénieure Noémie Castel a conçu une passerelle en chêne sur la Loue.",
            "Noémie Castel sur la passerelle. © Bastien Leroy",
        ]
    )
    assert ip.parse(text).interviewees == ("Noémie Castel",)


def test_italian_caption_credit_in_brackets() -> None:
    text = _qa_turns(
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
    text = _qa_turns(
        [
            "The ferry",
            "Ada Brennan and Tom Okafor run the last ferry on the lake.",
        ]
    )
    assert ip.parse(text).interviewees != ("Ada Brennan",)


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


def test_role_word_is_cut_off_a_name() -> None:
    for role in ("Host", "Presenter", "Moderatorin", "Presentadora", "Animatrice", "Anchor"):
        assert find_names(f"{role} Dana Ruiz speaks") == ["Dana Ruiz"], role
    assert not is_person_name("Host Dana Ruiz")


def test_host_speaks_with_guest() -> None:
    text = _qa_turns(
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


def test_photo_agencies_are_no_people() -> None:
    assert find_names("Photo: A bike outside a station. Getty Images") == []
    for agency in ("Getty Images", "Reuters", "dpa", "AP", "AFP", "Shutterstock"):
        assert not is_person_name(agency), agency
    text = _qa_turns(
        [
            "How to choose a bike",
            "Photo: A bike outside a station. Getty Images",
            "Bike sales have tripled, and the choice is bewildering.",
        ]
    )
    iv = ip.parse(text)
    assert "Getty Images" not in iv.interviewees + iv.interviewers


def _with_labels(text: str, relabel: dict[str, str]) -> Metadata:
    """What the metadata stage finds in ``text``, its speaker labels renamed as a reader keeping
    roles would give them (the stages run in order, as :func:`ip.parse` runs them)."""
    import attrs

    from interviewparse.boilerplate import label_boilerplate
    from interviewparse.metadata import read_metadata
    from interviewparse.readers import read_text
    from interviewparse.segment import segment

    doc = read_text(text)
    blocks = tuple(
        attrs.evolve(b, label=relabel[b.label]) if b.label in relabel else b for b in doc.blocks
    )
    doc = attrs.evolve(doc, blocks=blocks)
    verdicts = label_boilerplate(doc)
    return read_metadata(doc, segment(doc.blocks, verdicts), verdicts)


_RADIO_TIDE = """The tide pools

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
    iv = _with_labels(_RADIO_TIDE, {"KOFI ADU": "KOFI ADU, HOST", "MARA LIND": "MARA LIND, GUEST"})
    assert iv.interviewers == ("Kofi Adu",)
    assert iv.interviewees == ("Mara Lind",)
    # a role that says nothing of the side leaves the turns to decide
    iv = _with_labels(_RADIO_TIDE, {"MARA LIND": "MARA LIND, MARINE BIOLOGIST"})
    assert iv.interviewers == ("Kofi Adu",)
    assert iv.interviewees == ("Mara Lind",)


def test_masthead_name_is_neither_author_nor_guest() -> None:
    text = _qa_turns(
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
    text = _qa_turns(
        [
            "How to choose a kayak",
            "Nora Feld",
            "Kayak builder Ivo Marek has made boats for forty years. We met him at his shed.",
        ]
    )
    iv = ip.parse(text)
    assert iv.authors == ("Nora Feld",)
    assert iv.interviewees == ("Ivo Marek",)


def _qa(intro: list[str], questions: list[str] | None = None) -> str:
    """A plain "Q:/A:" interview after ``intro`` (generic labels name nobody)."""
    asked = questions or ["Why did you start?", "What was hardest?", "Would you do it again?"]
    answers = [
        "Because nobody else would do it in our valley, and it mattered.",
        "The first winter, when the money ran out and the roof leaked.",
        "Yes, every day of it, though I would ask for help sooner.",
    ]
    body = [f"Q: {q}\n\nA: {a}" for q, a in zip(asked, answers, strict=False)]
    return "\n\n".join([*intro, *body]) + "\n"


def test_a_saint_named_place_is_no_person() -> None:
    text = _qa(
        [
            "Pelo Rio São Lourenço: canoísta fala sobre a viagem pelo São Lourenço",
            "A canoísta Jussara Ventania remou sozinha pelo Rio São Lourenço durante um mês. "
            "O São Lourenço tem muitas curvas. Conversamos com ela na chegada.",
        ]
    )
    assert ip.parse(text).interviewees == ("Jussara Ventania",)


def test_first_name_and_patronymic_map_to_the_full_name() -> None:
    text = _qa(
        [
            "«Лёд не прощает спешки»",
            "Капитан ледокола Семён Ракитин ходит по северным морям двадцать лет.",
        ],
        [
            "Семён Игнатьевич, с чего началась ваша работа?",
            "Что было труднее всего?",
            "Вы бы пошли в море снова?",
        ],
    )
    assert ip.parse(text).interviewees == ("Семён Ракитин",)


def test_first_name_and_patronymic_stay_without_a_full_name() -> None:
    text = _qa(
        ["«Лёд не прощает спешки»", "Капитан ледокола ходит по северным морям двадцать лет."],
        [
            "Семён Игнатьевич, с чего началась ваша работа?",
            "Семён Игнатьевич, что было труднее всего?",
            "Вы бы пошли в море снова?",
        ],
    )
    assert ip.parse(text).interviewees == ("Семён Игнатьевич",)


def test_the_first_word_of_a_quoted_headline_is_no_person() -> None:
    text = _qa(
        [
            "«Пасіка — це школа терпіння»",
            "Пасічник з Полтавщини Остап Вербило тримає сто вуликів.",
        ]
    )
    assert ip.parse(text).interviewees != ("Пасіка",)
    # a headline "Name — quote" still names its speaker
    text = _qa(["Остап Вербило — «Пасіка вчить терпіння»", "Він тримає сто вуликів."])
    assert ip.parse(text).interviewees == ("Остап Вербило",)


def test_role_nouns_of_other_languages_are_cut_off_the_name() -> None:
    assert find_names("Winzerin Paula Reben über den Frost") == ["Paula Reben"]
    assert find_names("La vigneronne Odile Sarment parle du gel") == ["Odile Sarment"]
    assert find_names("A remadora Jussara Ventania chegou") == ["Jussara Ventania"]
    # a surname that only looks like a role word elsewhere is kept
    assert find_names("Tom Lehrer sang") == ["Tom Lehrer"]


def test_a_form_of_address_alone_is_no_name() -> None:
    text = _qa(
        ["«Il legno ascolta»", "Il maestro Bruno Tarlo costruisce chitarre dal 1980."],
        [
            "D. Maestro, quante chitarre ha costruito?",
            "D. Maestro, cosa è stato più difficile?",
            "Lo rifarebbe?",
        ],
    )
    assert ip.parse(text).interviewees == ("Bruno Tarlo",)


def test_read_also_labels_are_never_people() -> None:
    for label in ("Baca Juga", "Read also", "Lesen Sie auch", "Leia também", "Foto"):
        assert is_label_phrase(label)
        assert resolve_label(label, NameIndex(), answer_side=True) is None
    for label in ("Baca", "Juga Putri", "Kaiser", "Peter Kaiser"):
        assert not is_label_phrase(label)


def test_headline_interview_word_then_name_and_role() -> None:
    text = _qa(
        [
            "Exclusive Interview: Lintang Sekar, Weaver from the Highlands",
            "She learned the loom from her grandmother.",
        ]
    )
    assert ip.parse(text).interviewees == ("Lintang Sekar",)


def test_host_and_guest_lines_of_a_broadcast() -> None:
    text = _qa(
        [
            "Morning Talk",
            "Host — Corin Bale",
            "Our guest this morning – the ferry captain of the island Rhoswen Tarr.",
        ]
    )
    iv = ip.parse(text)
    assert iv.interviewees == ("Rhoswen Tarr",)
    assert iv.interviewers == ("Corin Bale",)


def test_a_guest_word_inside_a_sentence_is_no_role_line() -> None:
    text = _qa(
        [
            "Morning Talk",
            "Hosting a guest like Rhoswen Tarr is rare. Her ferry runs daily. "
            "Rhoswen Tarr has sailed for years, and Rhoswen Tarr knows every rock.",
        ]
    )
    assert ip.parse(text).interviewers == ()


def test_japanese_given_name_in_kana() -> None:
    assert uncased_guest("漁師・浜田みさきさん「海は毎日ちがう」", []) == "浜田みさき"
    assert uncased_guest("画家・森アキラ氏に聞く", []) == "森アキラ"
    # a mother is no name; nor is a Han word in running Chinese
    assert uncased_guest("お母さんの味", []) is None


def test_chinese_role_then_name_in_the_headline() -> None:
    intro = ["在山里的窑厂，赵星河已经烧了二十年瓷器。"]
    assert uncased_guest("青瓷匠人赵星河：“火候是等出来的”", intro) == "赵星河"
    # a topic headline: the tail of the word is no name, even when the intro repeats it
    intro = ["人工智能正在改变工厂。人工智能也改变了学校。"]
    assert uncased_guest("关于人工智能：未来会怎样", intro) is None


def test_korean_role_then_name_before_the_quote() -> None:
    intro = ["올해 첫 시집을 낸 윤하람 시인을 만났다."]
    assert uncased_guest('시인 윤하람 "시는 매일 쓰는 일기"', intro) == "윤하람"
    assert uncased_guest('시인 윤하람 "시는 매일 쓰는 일기"', ["시집을 만났다."]) is None


def test_devanagari_role_then_name_before_a_quote() -> None:
    intro = ["गाँव में रमेश वर्मा का स्कूल बीस साल से चल रहा है।"]
    assert uncased_guest('शिक्षक रमेश वर्मा: "हर बच्चा सीख सकता है"', intro) == "रमेश वर्मा"
    # a place or topic before the colon, no quote: nothing
    assert uncased_guest("गाँव में रमेश वर्मा: स्कूल की कहानी", intro) is None


def test_arabic_role_then_name_with_marks_before_a_quote() -> None:
    assert uncased_guest("النحّات سامر الحكّاك: «الحجر يعرف شكله»", []) == "سامر الحكّاك"
    assert uncased_guest("المكتبات العامة: «مستقبل القراءة»", []) is None


def test_interviewer_credit_lines_in_uncased_scripts() -> None:
    assert uncased_interviewer(["记者 何晓光"]) == "何晓光"
    assert uncased_interviewer(["作者：何晓光"]) == "何晓光"
    assert uncased_interviewer(["윤다온 기자"]) == "윤다온"
    assert uncased_interviewer(["حاورته: ريم الخطيب"]) == "ريم الخطيب"
    # a bare name or a short sentence is no credit line
    assert uncased_interviewer(["何晓光"]) is None
    assert uncased_interviewer(["윤다온"]) is None


def _qa_page(head: list[str]) -> str:
    return _qa([*head, "Marit Solberg has kept bees on the harbour roofs for a decade."])


def test_job_title_after_the_byline_name_is_no_second_person() -> None:
    iv = ip.parse(_qa_page(["Bees on the roof", "By Owen Tarrant, Environment Correspondent"]))
    assert iv.interviewers == ("Owen Tarrant",)
    iv = ip.parse(_qa_page(["Bees on the roof", "By Owen Tarrant and Lea Dunmore"]))
    assert iv.interviewers == ("Owen Tarrant", "Lea Dunmore")


def test_an_organisation_as_declared_author_gives_way_to_the_byline() -> None:
    for author in ("Harbour Notes Editorial", "Harbour Notes Staff", "Kultur Redaktion"):
        assert not is_person_name_of(author)


def is_person_name_of(text: str) -> bool:
    from interviewparse.people.names import is_person_name

    return is_person_name(text)


def test_written_by_and_all_posts_by_bylines() -> None:
    for line in ("Written by Owen Tarrant", "Ver todos os posts de Owen Tarrant"):
        assert ip.parse(_qa_page(["Bees on the roof", line])).interviewers == ("Owen Tarrant",)


def test_credit_line_with_two_interviewers() -> None:
    text = _qa_page(["Bienen auf dem Dach", "Interview: Jonas Kerber und Leyla Tanrı"])
    assert ip.parse(text).interviewers == ("Jonas Kerber", "Leyla Tanrı")


def test_name_then_outlet_line_under_the_headline() -> None:
    iv = ip.parse(_qa_page(["Bees on the roof", "Owen Tarrant - Harbour Courier"]))
    assert iv.interviewers == ("Owen Tarrant",)
    assert iv.publisher == "Harbour Courier"
    # the masthead first, then the credit: the masthead is no writer
    iv = ip.parse(_qa_page(["Bees on the roof", "Harbour Courier | Interview: Owen Tarrant"]))
    assert iv.interviewers == ("Owen Tarrant",)
    assert iv.authors != ("Harbour Courier",)


def test_byline_in_capitals_on_its_own_line() -> None:
    iv = ip.parse(_qa_page(["Bees on the roof", "OWEN TARRANT"]))
    assert iv.interviewers == ("Owen Tarrant",)
    # a section kicker in capitals whose words the page writes in lower case is no one
    text = _qa(["Bees on the roof", "CITY GARDENS", "Marit Solberg tends city gardens."])
    assert ip.parse(text).interviewers == ()


def test_answer_speaker_is_the_full_name_and_the_label_is_kept() -> None:
    text = (
        "Der Hafen im Winter\n\n"
        "Hafenmeisterin Ilka Sturmfeld kennt jeden Kai.\n\n"
        "BLATT: Wie beginnt Ihr Tag?\n\n"
        "Ilka Sturmfeld: Um fünf Uhr, mit dem Wetterbericht und einem Kaffee am Kai.\n\n"
        "BLATT: Und im Sturm?\n\n"
        "Sturmfeld: Dann bleibt keiner draußen, auch nicht die großen Schiffe.\n\n"
        "BLATT: Was fehlt?\n\n"
        "Sturmfeld: Leute, die nachts arbeiten wollen, und ein neues Boot.\n"
    )
    pairs = ip.parse(text).pairs
    assert [p.answer.speaker for p in pairs] == ["Ilka Sturmfeld"] * 3
    assert [p.answer.label for p in pairs] == ["Ilka Sturmfeld", "Sturmfeld", "Sturmfeld"]
    # a publication asks: kept as written, it is no person's name and no role label
    assert [p.question.speaker for p in pairs] == ["BLATT"] * 3


def test_role_labels_name_nobody_but_stay_as_labels() -> None:
    pairs = ip.parse(_qa(["Bees", "Marit Solberg keeps bees."])).pairs
    assert [(p.question.speaker, p.answer.speaker) for p in pairs] == [(None, None)] * 3
    assert [(p.question.label, p.answer.label) for p in pairs] == [("Q", "A")] * 3
    again = ip.Interview.from_dict(ip.parse(_qa(["Bees"])).to_dict())
    assert again.pairs[0].question.label == "Q"


def test_dotted_initials_and_capitals_resolve_to_the_name() -> None:
    index = NameIndex.build(["Yusuf Ekinci and Selin Aral met at the harbour."])
    from interviewparse.people.names import speaker_name

    assert speaker_name("Y.E.", index) == "Yusuf Ekinci"
    assert speaker_name("SELIN ARAL", index) == "Selin Aral"
    assert speaker_name("Aral", index) == "Selin Aral"
    assert speaker_name("Antwort", index) is None
    assert speaker_name("答", index) is None
    assert speaker_name("Q.", index) is None
    # initials nobody has: as written
    assert speaker_name("Z.Q.", index) == "Z.Q."


def _labelled(asker: str, extra: list[str]) -> str:
    turns = [
        f"{asker}: Wie beginnt Ihr Tag?",
        "Ilka Sturmfeld: Um fünf Uhr, mit dem Wetterbericht und einem Kaffee am Kai.",
        f"{asker}: Und im Sturm?",
        "Ilka Sturmfeld: Dann bleibt keiner draußen, auch nicht die großen Schiffe.",
    ]
    return "\n\n".join(["Der Hafen im Winter", "Ilka Sturmfeld kennt jeden Kai.", *turns, *extra])


def test_a_label_in_capitals_is_written_as_the_page_writes_the_name() -> None:
    text = _labelled("HAFENBLATT", ["Foto: Hafenblatt/Archiv"])
    assert ip.parse(text).publisher == "Hafenblatt"
    # the page never writes it otherwise: kept as written
    assert ip.parse(_labelled("HAFENBLATT", [])).publisher == "HAFENBLATT"
    # a title and a name in capitals is a person, no publication
    assert ip.parse(_labelled("KAPITÄN OLE BRANDT", [])).publisher is None


def test_copyright_line_names_the_publisher() -> None:
    text = (
        _qa(["Bees", "Marit Solberg keeps bees."])
        + "\n© 2026 Harbour Review Ltd. All rights reserved.\n"
    )
    assert ip.parse(text).publisher == "Harbour Review"
    text = _qa(["Bees", "Marit Solberg keeps bees."]) + "\n© EDICIONES LA COSTA S.L.\n"
    assert ip.parse(text).publisher == "EDICIONES LA COSTA"
    # a photographer's credit and a template's placeholder name no publisher
    for line in ("© Owen Tarrant", "© 2026 The Publisher. All rights reserved."):
        assert (
            ip.parse(_qa(["Bees", "Marit Solberg keeps bees."]) + f"\n{line}\n").publisher is None
        )


def test_source_credit_word_and_front_matter_publisher() -> None:
    from interviewparse.boilerplate import _SOURCE_WORD

    assert _SOURCE_WORD.sub("", "来源：山海日报") == "山海日报"
    assert _SOURCE_WORD.sub("", "Quelle: Hafenblatt") == "Hafenblatt"
    text = "---\ntitle: Bees\npublisher: Harbour Review\n---\n\n" + _qa(
        ["Marit Solberg keeps bees."]
    )
    assert ip.parse(text).publisher == "Harbour Review"


def test_interview_words_of_more_languages_open_no_name() -> None:
    for head in ("Wawancara Khusus", "Exclusive Interview", "Wywiad Specjalny"):
        assert not is_person_name_of(head)
    text = _qa(["Wawancara Khusus: Lintang Sekar, Penenun dari Flores", "Ia belajar menenun."])
    assert ip.parse(text).interviewees == ("Lintang Sekar",)


def test_korean_role_outside_the_list_counts_when_the_intro_turns_it_round() -> None:
    intro = ["15년째 그릇을 빚는 서하윤 도예가를 만났다."]
    assert uncased_guest('도예가 서하윤 "흙은 기다려야 해요"', intro) == "서하윤"
    # the intro does not name her with that word after the name: nothing
    assert uncased_guest('도예가 서하윤 "흙은 기다려야 해요"', ["서하윤 씨를 만났다."]) is None


def test_headline_guest_whose_surname_follows_a_particle() -> None:
    """ "de Wit", "van Dam": the small word before the surname is part of the name, so the page
    naming the guest again in the intro confirms the headline's person (invented page)."""
    html = (
        "<html><head><title>Sluiswachter Anouk van Dam: 'Het water wacht nooit'</title></head>"
        "<body><article><h1>Sluiswachter Anouk van Dam: 'Het water wacht nooit'</h1>"
        "<p>Anouk van Dam bedient al twintig jaar de sluis bij het dorp. Wij spraken haar over "
        "de lange nachten.</p>"
        "<p><b>Hoe begon uw dienst vannacht?</b></p>"
        "<p>Ik kwam om tien uur binnen en het water stond al hoog. Ik heb de deuren gecontroleerd "
        "en de pompen aangezet.</p>"
        "<p><b>Bent u ooit bang geweest?</b></p>"
        "<p>Eén keer, in de storm van vorig jaar. Toen dacht ik even dat de deur het niet zou "
        "houden.</p>"
        "<p><b>Wat zou u anders willen zien?</b></p>"
        "<p>Meer collega's. Ik sta hier te vaak alleen, en dat is niet goed voor niemand.</p>"
        "</article></body></html>"
    )
    interviewees = ip.parse(html).interviewees
    assert interviewees and interviewees[0].endswith("Anouk van Dam")


_TWO_GUESTS_INTRO = (
    "The painter Ilse Marquardt and the composer Tomas Brenner made an opera together. "
    "We met them in Leipzig."
)
_TWO_GUESTS_TURNS = [
    ("Ilse, how did the work begin?", "IM", "It began with a drawing of a river, years ago."),
    ("Tomas, what did the drawing give you?", "TB", "A tempo. The river sets the pace of act one."),
    ("Did you ever argue?", "IM", "Every day. Arguing is how we found the ending."),
    ("Would you work together again?", "TB", "Tomorrow, if the theatre asks us."),
]


def test_initials_without_a_colon_are_the_named_guests_labels() -> None:
    """Answers opened by a guest's initials ("IM It began …") are turns of the people the intro
    names: both are interviewees and the initials leave the answer's text."""
    body = "".join(
        f"<p><strong>{q}</strong></p><p>{who} {a}</p>" for q, who, a in _TWO_GUESTS_TURNS
    )
    page = (
        "<html><body><article><h1>Two artists, one opera</h1>"
        f"<p>{_TWO_GUESTS_INTRO}</p>{body}</article></body></html>"
    )
    iv = ip.parse(page)
    assert set(iv.interviewees) == {"Ilse Marquardt", "Tomas Brenner"}
    assert [p.answer.text for p in iv.pairs] == [a for _, _, a in _TWO_GUESTS_TURNS]
    assert [p.answer.label for p in iv.pairs] == [who for _, who, _ in _TWO_GUESTS_TURNS]


def test_initials_that_spell_nobody_named_stay_text() -> None:
    """Paragraphs opening with an abbreviation ("EU Leaders …") are no turns when no person
    named in the text has those initials."""
    body = "".join(f"<p><strong>{q}</strong></p><p>EU {a}</p>" for q, _, a in _TWO_GUESTS_TURNS)
    page = (
        "<html><body><article><h1>Two artists, one opera</h1>"
        f"<p>{_TWO_GUESTS_INTRO}</p>{body}</article></body></html>"
    )
    iv = ip.parse(page)
    assert all(p.answer.text.startswith("EU ") for p in iv.pairs)
    assert all(p.answer.label is None for p in iv.pairs)


def test_headline_surname_led_by_its_particle_is_the_intro_full_name() -> None:
    """ "…: De Soto" closing a headline names the speaker by the first of a double surname; the
    intro gives the full name ("Lina de Soto Vidal"), which is the interviewee (invented)."""
    text = (
        "El agua volverá al valle: De Soto\n\n"
        "La cooperativa de Valle Hermoso presentó su plan de riego para los próximos años, dijo "
        "en entrevista Lina de Soto Vidal, presidenta de la Junta Regional.\n\n"
        "-¿Cuándo empiezan las obras?\n\n"
        "En primavera, cuando termine la temporada de lluvias y los caminos estén secos.\n\n"
        "-¿Quién las paga?\n\n"
        "Una parte la cooperativa y otra el municipio, según el acuerdo firmado en enero.\n\n"
        "-¿Qué falta todavía?\n\n"
        "Los permisos del estado, que esperamos tener antes del verano.\n"
    )
    assert ip.parse(text).interviewees == ("Lina de Soto Vidal",)


def _paren_transcript(answer_labels: list[str]) -> str:
    intro = "Harbour Weekly talked with the ferry captain Ada Lindqvist about the winter crossings."
    answers = [
        "Since I was nineteen, on the small boats first.",
        "The ice. It moves at night and the charts never know.",
        "Yes, twice, and both times we turned back in time.",
        "More crews, and a second boat for the storms.",
    ]
    questions = [
        "How long have you sailed?",
        "What is hardest in winter?",
        "Were you ever stuck?",
        "What would you ask for?",
    ]
    turns = [
        f"((HW)) {q}\n\n(({who})) {a}"
        for q, who, a in zip(questions, answer_labels, answers, strict=True)
    ]
    return "\n\n".join(["Crossing the ice", intro, *turns]) + "\n"


def test_a_one_off_misspelt_label_is_no_second_guest() -> None:
    """A label that answers once, shares the main guest's first name and is named nowhere in
    the text is the guest's own label, mistyped: no second interviewee (invented)."""
    text = _paren_transcript(["Ada Lindqvist", "Ada Lindqvist", "Ada Lindqvst", "Ada Lindqvist"])
    assert ip.parse(text).interviewees == ("Ada Lindqvist",)


def test_a_one_off_label_the_text_names_stays_a_guest() -> None:
    """The same shape, but the intro names the second speaker: two interviewees."""
    text = _paren_transcript(["Ada Lindqvist", "Ada Lindqvist", "Ada Berg", "Ada Lindqvist"])
    text = text.replace("about the", "and her mate Ada Berg about the")
    assert set(ip.parse(text).interviewees) == {"Ada Lindqvist", "Ada Berg"}


def _round_up_page() -> str:
    """Three short interviews, each under a heading with the guest's name, then a photo
    credit, a credit line and the guest's account before the first question (invented)."""
    guests = [
        ("Mira Talvik", "@miratalvik"),
        ("Jonas Ekberg", "@jonasbakes"),
        ("Lotta Hein", "@lh"),
    ]
    parts = [
        "<html><body><article><h1>Kitchen stars: three food bloggers to follow</h1>",
        "<p>They cook, they photograph, they write. We asked three of them about their pages.</p>",
        "<p>Vote for your favourite on the last page!</p>",
    ]
    for name, account in guests:
        parts += [
            f"<h2>{name}</h2><p>Photo:</p><p>from the family album of {name}</p>",
            f"<p>Account: {account}</p>",
            "<p><b>What made you start the page?</b></p>",
            "<p>I wanted to keep my grandmother's recipes safe, and then people came.</p>",
            "<p><b>Which cuisine do you love?</b></p>",
            "<p>Anything with fresh herbs. I grow my own on the balcony every summer.</p>",
            "<p><b>A quick recipe for dinner?</b></p>",
            "<p>Pasta with lemon and butter, ready in ten minutes, never fails.</p>",
        ]
    return "".join([*parts, "</article></body></html>"])


def test_every_name_heading_of_a_round_up_is_a_guest() -> None:
    """The first guest's heading counts although a credit and an account stand between it and
    the first question."""
    iv = ip.parse(_round_up_page())
    assert iv.interviewees == ("Mira Talvik", "Jonas Ekberg", "Lotta Hein")


def test_a_heading_over_another_heading_heads_no_interview() -> None:
    """ "Related" over a teaser heading is no guest: the heading nearest the questions is."""
    page = _round_up_page().replace(
        "<h2>Mira Talvik</h2>",
        "<h3>Related</h3><h3>Ten ways to bake bread</h3><h2>Mira Talvik</h2>",
    )
    assert "Related" not in ip.parse(page).interviewees
