"""Who asks and who answers: the third round of fixes for the people rules.

Each rule has a case where it must fire and one where it must not. All texts are invented.
"""

from __future__ import annotations

import interviewparse as ip
from interviewparse._uncased import uncased_guest, uncased_interviewer
from interviewparse.names import NameIndex, find_names, is_label_phrase, resolve_label


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


# -- 1. wrong interviewees --------------------------------------------------------------------


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


# -- 2. names in uncased scripts --------------------------------------------------------------


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


# -- 3. interviewers --------------------------------------------------------------------------


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
    from interviewparse.names import is_person_name

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


# -- 4. who speaks each turn ------------------------------------------------------------------


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
    from interviewparse.names import speaker_name

    assert speaker_name("Y.E.", index) == "Yusuf Ekinci"
    assert speaker_name("SELIN ARAL", index) == "Selin Aral"
    assert speaker_name("Aral", index) == "Selin Aral"
    assert speaker_name("Antwort", index) is None
    assert speaker_name("答", index) is None
    assert speaker_name("Q.", index) is None
    # initials nobody has: as written
    assert speaker_name("Z.Q.", index) == "Z.Q."


# -- 5. the publisher -------------------------------------------------------------------------


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
