"""Metadata from invented interview snippets: people, publisher, title, date and language.

The documents are built block by block with the roles a segmenter would give them, so these
tests pin the metadata stage alone; every snippet was written for this file.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewparse.blocks import Block, BlockKind, Document, PageMeta
from interviewparse.metadata import Metadata, read_metadata
from interviewparse.segment import Role, Segmentation

Row = tuple[str, Role] | tuple[str, Role, str | None] | tuple[str, Role, str | None, BlockKind]


def build(
    rows: Sequence[Row], *, fmt: str = "text", meta: PageMeta | None = None
) -> tuple[Document, Segmentation]:
    """A document and its segmentation from (text, role[, label[, kind]]) rows."""
    blocks = []
    roles = []
    for row in rows:
        text, role = row[0], row[1]
        label = row[2] if len(row) > 2 else None
        kind = row[3] if len(row) > 3 else BlockKind.PARAGRAPH
        if role is Role.TITLE:
            kind = BlockKind.TITLE
        blocks.append(Block(text=text, kind=kind, label=label))
        roles.append(role)
    starts = frozenset(i for i, r in enumerate(roles) if r is Role.QUESTION)
    seg = Segmentation(
        roles=tuple(roles),
        starts=starts,
        speakers=tuple(b.label for b in blocks),
        reasons=tuple(None for _ in blocks),
    )
    return Document(blocks=tuple(blocks), format=fmt, meta=meta or PageMeta()), seg


def meta_of(rows: Sequence[Row], **kwargs: object) -> Metadata:
    doc, seg = build(rows, **kwargs)  # type: ignore[arg-type]
    return read_metadata(doc, seg)


T, IN, Q, A, B, OUT = (
    Role.TITLE,
    Role.INTRO,
    Role.QUESTION,
    Role.ANSWER,
    Role.BOILERPLATE,
    Role.OUTRO,
)


def test_english_intro_phrasing_names_both_sides_and_the_publisher() -> None:
    meta = meta_of(
        [
            ("Lindqvist: Cities must learn to breathe again", T),
            ("Urban planner Maja Lindqvist has redesigned three harbour districts.", IN),
            ("She answered the questions of GreenWire’s Deputy Editor Tomas Brandt.", IN),
            ("What went wrong with the first harbour plan?", Q),
            ("We built for cars and forgot the people who walk there every day.", A),
            ("And what would you change today?", Q),
            ("Everything that is grey would become green within ten years.", A),
        ]
    )
    assert meta.interviewees == ("Maja Lindqvist",)
    assert meta.interviewers == ("Tomas Brandt",)
    assert meta.publisher == "GreenWire"
    assert meta.title == "Lindqvist: Cities must learn to breathe again"
    assert meta.language == "en"


def test_german_labels_map_short_forms_to_the_full_name() -> None:
    meta = meta_of(
        [
            ("Die Ministerin Anna Berger über Schulen, Geld und die nächste Wahl.", IN),
            ("Sind die Schulen bereit für das neue Jahr?", Q, "TAGESBLICK"),
            ("Die meisten ja, aber nicht alle, und das ist ein Problem für uns.", A, "Anna Berger"),
            ("Woran fehlt es denn?", Q, "TAGESBLICK"),
            ("Es fehlt an Lehrern, die sich das Leben in der Stadt leisten können.", A, "Berger"),
            ("Die Fragen stellte Lukas Hofer.", OUT),
        ]
    )
    assert meta.interviewees == ("Anna Berger",)
    assert meta.interviewers == ("Lukas Hofer",)
    assert meta.publisher == "TAGESBLICK"
    assert meta.language == "de"


def test_french_dash_interview_with_propos_recueillis() -> None:
    meta = meta_of(
        [
            ("Les rivières et nous", T),
            ("Julien Mercier nous parle de ses recherches sur les crues des rivières.", IN),
            ("Propos recueillis par Claire Dumont", B),
            ("Pourquoi les crues sont-elles plus fréquentes ?", Q),
            ("Parce que les sols ne retiennent plus l’eau comme avant, et cela se voit.", A),
        ]
    )
    assert meta.interviewees == ("Julien Mercier",)
    assert meta.interviewers == ("Claire Dumont",)
    assert meta.language == "fr"


def test_spanish_initial_labels_defined_in_the_intro() -> None:
    meta = meta_of(
        [
            ("---", B),
            ('title: "Hay que cuidar el agua del valle: Méndez"', B),
            ('date: "2021-03-05 10:00:00"', B),
            ("---", B),
            ("Hay que cuidar el agua del valle: Méndez", T),
            ("ENTREVISTA CON ROSA MÉNDEZ", B),
            ("En entrevista con la alcaldesa Rosa Méndez (RM), habló de los pozos.", IN),
            ("¿Qué encontró al llegar al cargo?", Q),
            ("Pozos secos y una red que pierde la mitad del agua por el camino.", A, "RM"),
        ]
    )
    assert meta.interviewees == ("Rosa Méndez",)
    assert meta.published == "2021-03-05T10:00:00"
    assert meta.language == "es"


def test_russian_generic_labels_are_not_people() -> None:
    meta = meta_of(
        [
            ("Анна Смирнова: «Мы строим мосты, а не стены»", T),
            ("Беседовал Игорь Петров", IN),
            ("Что вы строите сейчас?", Q, "Вопрос"),
            ("Мы строим мост через реку, и он будет готов к осени.", A, "Ответ"),
        ]
    )
    assert meta.interviewees == ("Анна Смирнова",)
    assert meta.interviewers == ("Игорь Петров",)
    assert meta.language == "ru"


def test_initials_and_publication_abbreviation() -> None:
    meta = meta_of(
        [
            ("Volcano expert explains the ash cloud", T),
            ("Geologist Helen Okafor told CityNews about the eruption. CityNews spoke to her.", IN),
            ("How big is the cloud?", Q, "CN"),
            ("About forty kilometres wide, and growing.", A, "Helen Okafor"),
            ("Will flights be cancelled?", Q, "CN"),
            ("Some already are.", A, "HO"),
        ]
    )
    assert meta.interviewees == ("Helen Okafor",)
    assert meta.interviewers == ()
    assert meta.publisher == "CityNews"


def test_publication_label_with_article_is_not_a_person() -> None:
    meta = meta_of(
        [
            ("An interview with Thomas Berg, author of a book on rivers", IN),
            ("Why rivers?", Q, "The Riverside Review"),
            ("Because they connect everything.", A, "Thomas Berg"),
            ("And next?", Q, "The Riverside Review"),
            ("Lakes, probably.", A, "Mr Berg"),
        ]
    )
    assert meta.interviewees == ("Thomas Berg",)
    assert meta.publisher == "The Riverside Review"
    assert meta.interviewers == ()


def test_name_headings_introduce_several_interviewees() -> None:
    meta = meta_of(
        [
            ("Five painters on colour", T),
            ("Here, each of them talks about the colour they cannot live without.", IN),
            ("Rosa Klein", IN, None, BlockKind.HEADING),
            ("Which colour?", Q),
            ("Ochre, always.", A),
            ("Tobi and Mara Lind", IN, None, BlockKind.HEADING),
            ("Which colour?", Q),
            ("Blue, obviously.", A),
        ]
    )
    assert set(meta.interviewees) == {"Rosa Klein", "Tobi", "Mara Lind"}


def test_html_page_meta_is_used_and_the_site_suffix_dropped() -> None:
    page = PageMeta(
        title="Meet the beekeeper: Nora Quist | Hive Weekly",
        site_name="Hive Weekly",
        published="2022-06-01T08:30:00Z",
        authors=("Paul Ek",),
        language="en-GB",
    )
    meta = meta_of(
        [
            ("Nora Quist keeps forty hives on the roof of a car park.", IN),
            ("How did it start?", Q),
            ("With one swarm that nobody wanted.", A),
        ],
        fmt="html",
        meta=page,
    )
    assert meta.title == "Meet the beekeeper: Nora Quist"
    assert meta.publisher == "Hive Weekly"
    assert meta.published == "2022-06-01T08:30:00+00:00"
    assert meta.language == "en"
    assert meta.authors == ("Paul Ek",)
    assert meta.interviewees == ("Nora Quist",)
    # an interview page's author asked the questions when nothing else says who did
    assert meta.interviewers == ("Paul Ek",)


def test_no_questions_no_people() -> None:
    meta = meta_of(
        [
            ("Council approves new bridge", T),
            ("Mayor Lena Holm told reporters the bridge would open next year.", IN),
            ("The vote was eleven to two.", IN),
        ]
    )
    assert meta.interviewees == ()
    assert meta.interviewers == ()


def test_long_teaser_sentence_is_not_a_title() -> None:
    teaser = (
        "Diesmal führe kein Weg mehr an einer radikalen Debatte über die Zukunft der Partei "
        "vorbei, sagt die Landesrätin."
    )
    meta = meta_of([(teaser, T), ("Warum jetzt?", Q, "Frage"), ("Weil es reicht.", A, "Antwort")])
    assert meta.title is None


def test_dateline_gives_the_date() -> None:
    meta = meta_of(
        [
            ("Tuesday, March 3, 2020", IN),
            ("What happened?", Q),
            ("Nothing much.", A),
        ]
    )
    assert meta.published == "2020-03-03"


@given(st.lists(st.tuples(st.text(max_size=80), st.sampled_from(list(Role))), max_size=12))
def test_read_metadata_is_total(rows: list[tuple[str, Role]]) -> None:
    meta = meta_of(rows)
    assert isinstance(meta, Metadata)
    assert all(name.strip() for name in (*meta.interviewees, *meta.interviewers))


@pytest.mark.parametrize("count", [2000])
def test_long_documents_stay_cheap(count: int) -> None:
    rows: list[Row] = [("Interview with Karla Feld about the long night.", IN)]
    for _ in range(count):
        rows.append(("Was it long? " * 5, Q, "Q"))
        rows.append(("It was. Karla Feld said so to Mr Feld and Dr Feld. " * 5, A, "Feld"))
    meta = meta_of(rows)
    assert meta.interviewees == ("Karla Feld",)


def test_labels_left_inside_the_text_are_read() -> None:
    meta = meta_of(
        [
            ("Two engineers, Ada Moreno and Bill Ng, rebuilt the ticket office app.", IN),
            ("How did you start?", Q),
            ("Ada: With a whiteboard and far too much coffee.", A),
            ("Bill: And a deadline nobody believed in.", A),
            ("What was hardest?", Q),
            ("Update: the app now serves two cities.", A),
            ("Ada: Saying no to features.", A),
        ]
    )
    assert set(meta.interviewees) == {"Ada Moreno", "Bill Ng"}


def test_questions_that_address_the_guest_name_them() -> None:
    meta = meta_of(
        [
            ("Ein Gespräch über Brücken", T),
            ("Der Ingenieur Jonas Albrecht baut seit dreißig Jahren Brücken.", IN),
            ("Herr Albrecht, wie viele Brücken haben Sie gebaut?", Q),
            ("Ungefähr vierzig, die kleinen mitgezählt.", A),
        ]
    )
    assert meta.interviewees == ("Jonas Albrecht",)


def test_the_url_slug_breaks_a_tie_between_people_in_the_intro() -> None:
    page = PageMeta(url="https://example.org/2021/05/lena-marsh-on-tides.html")
    meta = meta_of(
        [
            ("Tides", T),
            ("Oceanographer Lena Marsh has studied the Bay of Fundy with Peter Holt.", IN),
            ("Holt built the buoys; Holt also named them.", IN),
            ("What do the tides tell you?", Q),
            ("That the moon is patient.", A),
        ],
        fmt="html",
        meta=page,
    )
    assert meta.interviewees == ("Lena Marsh",)


@pytest.mark.parametrize(
    ("h1", "og", "expected"),
    [
        ("Cats Run the Museum Now", "Cats run the museum", "Cats Run the Museum Now"),
        ("Hive Weekly", "Meet the beekeeper", "Meet the beekeeper"),
        ("Open StudioMeet the beekeeper", "Meet the beekeeper", "Meet the beekeeper"),
        ("Section – Bees", "Meet the beekeeper", "Meet the beekeeper"),
    ],
)
def test_visible_headline_is_preferred_when_it_is_the_headline(
    h1: str, og: str, expected: str
) -> None:
    page = PageMeta(title=og, og_title=og, h1=h1, site_name="Hive Weekly")
    assert meta_of([("Hello.", IN)], fmt="html", meta=page).title == expected


def test_intro_wording_overrules_label_sides_in_a_podcast() -> None:
    meta = meta_of(
        [
            ("A new show hosted by Dana Whitfield, with her co-host Omar Reyes.", IN),
            ("Dana and Omar sit down with principal engineer Priya Natarajan.", IN),
            ("Welcome to the show, this is episode one.", A, "Dana Whitfield"),
            ("Great to have you here.", A, "Omar Reyes"),
            ("Thanks for having me, happy to be here.", A, "Priya Natarajan"),
            ("So tell us about the database.", Q, "Dana"),
            ("It started as a weekend project.", A, "Priya"),
            ("And then it grew.", A, "Omar"),
        ]
    )
    assert meta.interviewees == ("Priya Natarajan",)
    assert set(meta.interviewers) == {"Dana Whitfield", "Omar Reyes"}


def test_transcript_sides_follow_question_marks_when_roles_are_missing() -> None:
    meta = meta_of(
        [
            ("Radio talk on rivers with Hanna Sommer and Jonas Keller.", IN),
            ("Frau Sommer, what worries you most?", IN, "Jonas Keller"),
            ("The dry summers.", IN, "Hanna Sommer"),
            ("Will they get worse?", IN, "Keller"),
            ("Yes, very likely.", IN, "Sommer"),
            ("What can towns do?", Q, "Keller"),
            ("Plant trees and open the culverts.", A, "Sommer"),
        ]
    )
    assert meta.interviewees == ("Hanna Sommer",)
    assert meta.interviewers == ("Jonas Keller",)


def test_organisation_author_gives_way_to_a_byline() -> None:
    page = PageMeta(authors=("Weekly Review",))
    meta = meta_of(
        [
            ("By Ines Ferreira and Tom Kühn", B),
            ("How was the harvest?", Q),
            ("Better than feared.", A),
        ],
        fmt="html",
        meta=page,
    )
    assert meta.authors == ("Ines Ferreira", "Tom Kühn")
    assert meta.interviewers == ("Ines Ferreira", "Tom Kühn")


def test_headline_name_on_topic() -> None:
    meta = meta_of(
        [
            ("Q&A: Marta Kowalski on the future of night trains", T),
            ("The sleeper trains are back, and so are the questions.", IN),
            ("Why now?", Q),
            ("Because people want to travel without flying.", A),
        ]
    )
    assert meta.interviewees == ("Marta Kowalski",)


def test_asked_about_a_topic_is_not_an_interviewee() -> None:
    meta = meta_of(
        [
            ("Reporters asked about Victor Hale, the former mayor, again on Monday.", IN),
            ("We asked Irene Sato what the council will do next.", IN),
            ("What will the council do?", Q),
            ("Wait and see.", A),
        ]
    )
    assert meta.interviewees == ("Irene Sato",)


def test_german_credit_line_names_the_interviewer() -> None:
    meta = meta_of(
        [
            ("Medienforscherin Paula Brandt über Datenschutz in der Krise", IN),
            ("Interview: Moritz Ebner", B),
            ("Wie finden Sie die neue App?", Q),
            ("Sie ist besser als ihr Ruf, aber nicht gut genug.", A),
        ]
    )
    assert meta.interviewees == ("Paula Brandt",)
    assert meta.interviewers == ("Moritz Ebner",)


def test_spanish_entrevista_a() -> None:
    meta = meta_of(
        [
            ("Entrevista a Julia Ortega, directora del museo", T),
            ("¿Cuántos visitantes esperan este año?", Q),
            ("Más de cien mil, si el verano acompaña.", A),
        ]
    )
    assert meta.interviewees == ("Julia Ortega",)
    assert meta.language == "es"


def test_one_entry_per_person_and_the_author_hosting_a_podcast() -> None:
    page = PageMeta(authors=("Lea Park",))
    meta = meta_of(
        [
            ("Lea Park and economist Samuel J. Okoro discuss money, risk and rain.", IN),
            ("Welcome to the show.", A, "Lea Park"),
            ("Thanks for having me.", A, "Samuel J. Okoro"),
            ("Where did it start?", Q),
            ("In a village without a bank.", A, "Samuel Okoro"),
            ("And then?", Q),
            ("Then a bank came.", A, "Okoro"),
        ],
        fmt="html",
        meta=page,
    )
    assert meta.interviewees == ("Samuel J. Okoro",)
    assert meta.interviewers == ("Lea Park",)


def test_compound_job_titles_and_agencies_are_not_names() -> None:
    meta = meta_of(
        [
            ("Projektchef Tomas Lindgren über Autos ohne Lenkrad. Er sprach mit der", IN),
            ("Nordischen Presse-Agentur am Rande der Messe.", IN),
            ("Wann kommt das Auto?", Q, "Frage"),
            ("Wenn es sicher ist.", A, "Antwort"),
        ]
    )
    assert meta.interviewees == ("Tomas Lindgren",)


def test_one_word_section_headings_are_not_people() -> None:
    meta = meta_of(
        [
            ("A messaging playbook", T),
            ("Example", B, None, BlockKind.HEADING),
            ("Who is it for?", Q),
            ("Farmers who hate paperwork.", A),
            ("Template", B, None, BlockKind.HEADING),
            ("What is it?", Q),
            ("A form that fills itself.", A),
        ]
    )
    assert meta.interviewees == ()


def test_publication_after_told_stops_at_the_sentence_end() -> None:
    meta = meta_of(
        [
            ("Orchard grower Mia Lund spoke with Harvestline. Harvestline asked about apples.", IN),
            ("How was the year?", Q, "HL"),
            ("Dry.", A, "Mia Lund"),
        ]
    )
    assert meta.publisher == "Harvestline"


def test_pronoun_subject_makes_the_object_the_interviewer() -> None:
    meta = meta_of(
        [
            ("Glaciers keep time", T),
            ("By Ruth Adler, Northern Courier", B),
            ("Dr. Kofi Mensah has measured glaciers for years. He spoke to Ruth Adler.", IN),
            ("Dr. Mensah, how fast is the ice going?", Q, "Q"),
            ("Faster every summer.", A, "A"),
        ]
    )
    assert meta.interviewees == ("Kofi Mensah",)
    assert meta.interviewers == ("Ruth Adler",)
    assert meta.authors == ("Ruth Adler",)
    assert meta.publisher == "Northern Courier"


@pytest.mark.parametrize(
    ("sentence", "question", "guest", "host"),
    [
        (
            "Nadia Vogel spoke to Piet Brouwer of the Harbour Herald.",
            "Why?",
            "Nadia Vogel",
            "Piet Brouwer",
        ),
        ("We spoke to Nadia Vogel about the harbour.", "Why?", "Nadia Vogel", None),
        ("Reporter Piet Brouwer spoke to Nadia Vogel.", "Why?", "Nadia Vogel", "Piet Brouwer"),
        (
            "Mit Nadia Vogel sprach Piet Brouwer für den Hafenboten.",
            "Warum?",
            "Nadia Vogel",
            "Piet Brouwer",
        ),
        (
            "Nadia Vogel a répondu aux questions de Piet Brouwer.",
            "Pourquoi ?",
            "Nadia Vogel",
            "Piet Brouwer",
        ),
        (
            "Nadia Vogel habló con Piet Brouwer, de El Puerto.",
            "¿Por qué?",
            "Nadia Vogel",
            "Piet Brouwer",
        ),
        ("Надя Фогель ответила на вопросы Пита Брауэра.", "Почему?", "Надя Фогель", None),
    ],
)
def test_who_spoke_to_whom(sentence: str, question: str, guest: str, host: str | None) -> None:
    meta = meta_of([(sentence, IN), (question, Q), ("Because of the tides.", A)])
    assert meta.interviewees == (guest,)
    if host is not None:
        assert meta.interviewers == (host,)


@pytest.mark.parametrize(
    "title",
    [
        "Interview: Noor Haddad",
        "INTERVIEW | Noor Haddad: 'The sea is our archive'",
        "Exclusive: Noor Haddad on the sea as an archive",
    ],
)
def test_headlines_that_name_the_guest(title: str) -> None:
    meta = meta_of([(title, T), ("What does the sea keep?", Q, "ZEIT ONLINE"), ("Everything.", A)])
    assert meta.interviewees == ("Noor Haddad",)
    assert meta.interviewers == ()
    assert meta.publisher == "ZEIT ONLINE"


def test_french_interview_with_by_line() -> None:
    meta = meta_of(
        [
            ("«Le climat change plus vite que nos lois»", T),
            ("Entretien avec la juriste Camille Berthier, par Hugo Marchand.", IN),
            ("Pourquoi nos lois sont-elles en retard ?", Q),
            ("Parce qu'elles sont écrites pour un monde stable.", A),
        ]
    )
    assert meta.interviewees == ("Camille Berthier",)
    assert meta.interviewers == ("Hugo Marchand",)


def test_russian_headline_lead_and_credit() -> None:
    meta = meta_of(
        [
            ("Директор музея Ольга Смирнова: «Мы открываем новые залы»", T),
            ("Беседовала Анна Кузнецова", IN),
            ("Когда откроются залы?", Q),
            ("В сентябре, если успеем.", A),
        ]
    )
    assert meta.interviewees == ("Ольга Смирнова",)
    assert meta.interviewers == ("Анна Кузнецова",)
    assert meta.authors == ()


def test_answers_misread_as_questions_do_not_make_a_guest_the_host() -> None:
    meta = meta_of(
        [
            ("Two founders, Mira Holt and Ravi Sen, on building a bakery chain.", IN),
            ("How did you start?", Q),
            ("With one oven.", A, "Ravi"),
            ("I joined a year later.", Q, "Mira"),
            ("What was hard?", Q),
            ("Staff.", A, "Ravi"),
            ("Rents, mostly.", Q, "Mira"),
            ("And next?", Q),
            ("A second city.", A, "Ravi"),
            ("Maybe a third.", Q, "Mira"),
        ]
    )
    assert set(meta.interviewees) == {"Mira Holt", "Ravi Sen"}
    assert meta.interviewers == ()


def test_told_reporters_is_not_an_interview() -> None:
    meta = meta_of(
        [
            ("Governor Alan Brisk told reporters the dam was safe.", IN),
            ("Engineer Petra Lind told the Valley Ledger it was not.", IN),
            ("Who is right?", Q),
            ("The water will decide.", A),
        ]
    )
    assert meta.interviewees == ("Petra Lind",)


@pytest.mark.parametrize(
    ("line", "show"),
    [
        ("It was good to talk. This is Harbour Voices! Back after the break.", "Harbour Voices!"),
        ("Welcome to the Long Tide Podcast, where we talk about the sea.", "Long Tide Podcast"),
    ],
)
def test_a_show_names_itself(line: str, show: str) -> None:
    meta = meta_of(
        [
            ("Welcome, Dana.", IN, "Omar Reyes"),
            ("What is a tide?", Q, "Omar Reyes"),
            (line, A, "Dana Whitfield"),
            ("And a wave?", Q, "Omar Reyes"),
            ("Wind, mostly.", A, "Dana Whitfield"),
        ]
    )
    assert meta.publisher == show


def test_this_is_a_person_is_not_a_show() -> None:
    meta = meta_of([("Hello, this is Omar Reyes.", IN), ("What is a tide?", Q), ("The moon.", A)])
    assert meta.publisher is None


def test_dateline_opening_a_long_paragraph() -> None:
    intro = (
        "BERLIN, 4. Mai 2022 (dpa) – Die Forscherin Lea Brandt hat zehn Jahre lang Moore "
        "vermessen und erklärt, warum sie für das Klima wichtiger sind als Wälder."
    )
    meta = meta_of([(intro, IN), ("Warum Moore?", Q), ("Weil sie Kohlenstoff speichern.", A)])
    assert meta.published == "2022-05-04"


def test_a_bare_byline_names_the_author() -> None:
    page = PageMeta(byline="Ines Ferreira and Tom Kühn")
    meta = meta_of([("How was the harvest?", Q), ("Better than feared.", A)], fmt="html", meta=page)
    assert meta.authors == ("Ines Ferreira", "Tom Kühn")


@pytest.mark.parametrize(
    "title",
    [
        "Meet Cultural Cultivation Artist Alexandria Douziech",
        "Apple Orchard CEO Tim Cook Talks About Pruning",
    ],
)
def test_title_case_headlines_with_job_titles(title: str) -> None:
    meta = meta_of([(title, T), ("How did you start?", Q), ("By accident.", A)])
    assert len(meta.interviewees) == 1
    assert meta.interviewees[0] in {"Alexandria Douziech", "Tim Cook"}


def test_the_one_person_an_intro_introduces_is_the_interviewee() -> None:
    meta = meta_of(
        [
            ("The night baker", T),
            ("Maria Santos has run the only night bakery in town for twenty years.", IN),
            ("We talked to her about bread, sleep and the rent.", IN),
            ("Why bake at night?", Q),
            ("Because the bread has to be fresh at six, and there is no other way.", A),
            ("Do you ever sleep?", Q),
            ("In the afternoon, four hours. My body got used to it long ago.", A),
        ]
    )
    assert meta.interviewees == ("Maria Santos",)


def test_an_intro_naming_two_people_once_each_does_not_guess_between_them() -> None:
    meta = meta_of(
        [
            ("The night baker", T),
            ("Maria Santos bought the bakery from Jonas Weber in 2004.", IN),
            ("Why bake at night?", Q),
            ("Because the bread has to be fresh at six, and there is no other way.", A),
            ("Do you ever sleep?", Q),
            ("In the afternoon, four hours. My body got used to it long ago.", A),
        ]
    )
    assert meta.interviewees == ()


def test_a_named_journalist_talking_to_her_is_the_interviewer() -> None:
    meta = meta_of(
        [
            ("The night baker", T),
            ("Maria Santos has run the only night bakery in town for twenty years.", IN),
            ("Tom Reed talked to her about bread, sleep and the rent.", IN),
            ("Why bake at night?", Q),
            ("Because the bread has to be fresh at six, and there is no other way.", A),
            ("Do you ever sleep?", Q),
            ("In the afternoon, four hours. My body got used to it long ago.", A),
        ]
    )
    assert meta.interviewees == ("Maria Santos",)
    assert meta.interviewers == ("Tom Reed",)


@pytest.mark.parametrize(
    "intro",
    [
        "Maria Santos runs the only night bakery in town. Tom Reed interviewed her for us.",
        "Tom Reed interviewed Maria Santos, who runs the only night bakery in town.",
    ],
)
def test_the_subject_of_interviewed_asked_and_its_object_answered(intro: str) -> None:
    meta = meta_of(
        [
            ("Ask the baker", T),
            (intro, IN),
            ("How did it start?", Q),
            ("By accident. My uncle fell ill and somebody had to light the oven.", A),
            ("What was the hardest year?", Q),
            ("2020. We sold bread through the window for eight months.", A),
        ]
    )
    assert meta.interviewees == ("Maria Santos",)
    assert meta.interviewers == ("Tom Reed",)
