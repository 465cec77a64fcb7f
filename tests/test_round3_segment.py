"""Round 3 segmenter: pages that set questions without being interviews — an opinion piece with
question subheads, a numbered listicle, a podcast page's chapter list and call to write in, a
narrative quoting its subject in dialogue dashes — yield no pairs; the interviews that look
like them keep theirs."""

from __future__ import annotations

import pytest

import interviewparse as ip
from interviewparse import cues
from interviewparse.segment import _GETS_IN_TOUCH, _speech_tagged


def _pairs(text: str) -> int:
    return len(ip.parse_text(text).pairs)


# -- the English "I" -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("I think so, and I told them.", True),
        ("Honestly? I'm not sure.", True),
        ("We never planned it.", True),
        # Polish, Croatian "i" is "and"; Italian "i" is an article
        ("Sprawdź liczniki i rachunki za prąd.", False),
        ("Provate i biscotti della casa.", False),
        ("Ask the owner about costs and repairs.", False),
    ],
)
def test_first_person_reads_english_i_only_as_written(text: str, first: bool) -> None:
    assert cues.first_person(text) is first


# -- a numbered listicle ---------------------------------------------------------------------------

_LISTICLE = """5 pytań do zadania przed kupnem roweru

Porady

Autor: Tomasz Zieliński

Kupujesz używany rower? Zanim zapłacisz, zadaj sprzedającemu kilka pytań. Odpowiedzi \
powiedzą więcej niż zdjęcia.

1. Ile lat ma rama, proszę pana?

Rama to serce roweru. Sprawdź numer seryjny i porównaj go z dokumentami oraz z ofertą \
producenta i sklepu.

2. Czy rower miał wypadek?

Pęknięcia farby przy spawach i wgniecenia na rurach to sygnał ostrzegawczy. Obejrzyj rury \
w dobrym świetle i z bliska.

3. Kiedy był ostatni serwis?

Łańcuch i kasety zużywają się szybko. Zapytaj o rachunki i daty wymiany części, bo to \
koszty, które i tak poniesiesz.

4. Dlaczego pan go sprzedaje?

Odpowiedź często mówi więcej, niż sprzedający by chciał. Słuchaj uważnie i dopytuj \
o szczegóły.

5. Czy mogę zrobić jazdę próbną?

Bez jazdy próbnej nie kupuj. Kilka minut wystarczy, by usłyszeć trzaski i sprawdzić \
hamulce i przerzutki.
"""


def test_numbered_listicle_with_polish_and_is_no_interview() -> None:
    assert _pairs(_LISTICLE) == 0


# -- an opinion piece with question subheads -------------------------------------------------------

_OPED = """Cities should stop building car parks

Opinion

Martin Eberle

Every new multi-storey car park is a bet on the past. The council approved two more last \
week, at a cost that would have paid for ten kilometres of protected bike lanes.

The argument for them is always the same: shops need customers, and customers come by car. \
The evidence has not supported that for a long time.

So why do councils keep building them?

Because car parks are easy to count and easy to open with a ribbon. Bike lanes and buses \
are harder to photograph, and their benefits arrive slowly and spread thinly across a city.

Where would the money do more good?

Almost anywhere else. Frequent buses, safe junctions and shaded streets bring more people \
to a high street than a few hundred parking spaces ever could, as several towns have found.

What happens to the shops?

They do better. Trading figures from towns that closed central car parks show footfall \
rising within two years, once the streets around the shops became pleasant to walk in.

Councillors should look at those figures before they sign the next contract.
"""


def test_opinion_piece_with_question_subheads_is_no_interview() -> None:
    assert _pairs(_OPED) == 0


def test_section_label_interview_keeps_its_pairs() -> None:
    # the same layout labelled as an interview, with questions put to someone who answers
    text = (
        _OPED.replace("Opinion", "Interview")
        .replace("So why do councils keep building them?", "Why do councils build them?")
        .replace("Because car parks", "I think because car parks")
        .replace("Almost anywhere else.", "We looked at that. Almost anywhere else.")
        .replace("They do better.", "In my experience they do better.")
    )
    assert _pairs(text) == 3


# -- a podcast episode page ------------------------------------------------------------------------

_PODCAST = """Episode 12: Why do cats purr? With vet Olga Mendes

Can a cat purr and meow at once? Why do some purr when they are hurt? Do big cats purr at \
all?

In this episode, our host talks with vet Olga Mendes about what science knows of the purr.

(03:05) How the purr is made.

(11:40) Purring as a signal to humans.

(19:20) Do lions purr?

(25:00) Purring and old age.

(31:10) Can purring heal bones?

(44:50) What vets still do not know.

Have a question for a future episode? Write to us at mail@purrcast.example.

Support the show and get bonus episodes.
"""


def test_podcast_chapters_and_call_to_write_in_are_no_questions() -> None:
    assert _pairs(_PODCAST) == 0


def test_timestamped_transcript_turns_stay_questions() -> None:
    # a transcript's timestamps open turns that run longer than a chapter line
    text = (
        "Episode 3: the lighthouse keeper\n\n"
        "(00:12) How long did you keep the light?\n\n"
        "(00:20) Thirty-one years. I came as an assistant in 1979 and stayed until the light "
        "was automated, which nobody on the island really wanted.\n\n"
        "(02:45) What did you miss most afterwards?\n\n"
        "(02:50) The night watches. I read more in those hours than in the rest of my life, "
        "and I learned every sound the tower makes in a gale.\n\n"
        "(05:30) Would you go back?\n\n"
        "(05:34) Tomorrow. My knees would complain, but I would climb those stairs again and "
        "wind the clock every four hours as we did before.\n"
    )
    assert _pairs(text) == 3


# -- reported speech in dialogue dashes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("Det är enkelt, säger han. Alla kan lära sig.", True),
        ("C'est simple, dit-elle.", True),
        ("Es ist einfach, sagt sie.", True),
        ("Ya veremos —dijo.", True),
        ("It worked, she says.", True),
        ("Sí, dice Marta.", True),
        # the speaker's own voice, and questions
        ("Jag pressar ingen, säger jag alltid.", False),
        ("Por que você voltou para o rio?", False),
        ("Como diz o ditado, quem espera sempre alcança.", False),
        ("Warum haben Sie aufgehört?", False),
    ],
)
def test_speech_tag(text: str, tagged: bool) -> None:
    assert _speech_tagged(text) is tagged


_PROFILE = """Smeden som fortfarande slår för hand

Gösta Lind står vid ässjan i sin verkstad och vänder ett glödande järn. Han har gjort det \
varje morgon i femtio år.

– Järnet säger till när det är klart, säger han. Man måste bara lyssna.

Verkstaden ligger i en gammal lada utanför byn. Här har han smitt grindar, ljusstakar och \
en gång ett räcke till ett slott, som han inte vill prata mer om.

Hur länge orkar han fortsätta? Han skrattar och torkar händerna på förklädet.

– Så länge armen håller, säger han. Sen får någon annan ta över.

Utanför börjar det snöa. Han lägger järnet på städet igen.
"""


def test_narrative_quoting_in_dialogue_dashes_is_no_interview() -> None:
    assert _pairs(_PROFILE) == 0


def test_dash_interview_keeps_its_pairs() -> None:
    text = (
        "Smeden som fortfarande slår för hand\n\n"
        "Gösta Lind har smitt i femtio år. Vi träffade honom i verkstaden.\n\n"
        "– Hur började det?\n\n"
        "– Min far var smed, och jag stod bredvid honom från att jag var sju år. Det fanns "
        "aldrig något annat jag ville göra.\n\n"
        "– Vad är svårast?\n\n"
        "– Att veta när järnet är klart. Det säger min far fortfarande, säger jag till "
        "eleverna, och de skrattar.\n\n"
        "– Hur länge orkar du fortsätta?\n\n"
        "– Så länge armen håller. Sen får någon annan ta över, men jag vet inte vem.\n"
    )
    assert _pairs(text) == 3


@pytest.mark.parametrize(
    ("text", "gets_in_touch"),
    [
        ("Have a question for us? Write to us at hello@show.example.", True),
        ("¿Tienes una duda? Escríbenos.", True),
        ("Fragen an die Redaktion? Schreiben Sie uns!", True),
        ("Une question ? Écrivez-nous.", True),
        ("Did you ever write to your old teacher?", False),
        ("Why did so many listeners write in that year?", False),
        ("Why did so many readers write to us after the first episode?", False),
        ("Any thoughts? Email us and we will read them on air.", True),
    ],
)
def test_call_to_write_in(text: str, gets_in_touch: bool) -> None:
    assert (_GETS_IN_TOUCH.search(text) is not None) is gets_in_touch


# -- the article's closing after the last answer ---------------------------------------------------

_QA = """The ferryman of the northern lakes

Ansel Varga has run the only ferry across Lake Orrin for thirty years. We met him on deck.

Why did you take the job?

My father ran the ferry before me, and I could not imagine anyone else doing it. I was \
twenty-two and thought it would be for a summer.

What changed on the lake?

The ice. When I started, it froze every winter for three months. Now we are lucky to get \
three weeks, and I run the boat almost all year round.

What comes next for you?

I will keep going until my knees say no. After that my niece wants to take over, and I \
think she will be better at it than I ever was.
"""


def _last(text: str) -> tuple[str, list[str]]:
    iv = ip.parse_text(text)
    return iv.pairs[-1].answer.text, [block.text for block in iv.outro]


@pytest.mark.parametrize(
    "closing",
    [
        "Ansel Varga's ferry sails daily from May to October.",
        "The exhibition of his photographs runs until 30 June at the harbour museum.",
        "His memoir is out now.",
        "Ansel Varga, “Ice Years”, Northshore Press, 212 pages, £16.",
        "This interview has been edited and condensed.",
        "Thank you for your time.",
        "See you next week,\n\nMaren",
    ],
)
def test_closing_note_after_the_last_answer_is_outro(closing: str) -> None:
    answer, outro = _last(f"{_QA}\n{closing}\n")
    assert answer.endswith("better at it than I ever was.")
    assert outro == closing.split("\n\n")


@pytest.mark.parametrize(
    "ending",
    [
        "Thanks to her, the ferry will keep running.",
        "Ansel Varga is what people call me here, but nobody uses the Ansel.",
        "The lake does not care about any of us. It was here before the ferry.",
        "We sail until the ice comes, and after that the boat waits on shore.",
        "The kiosk on the pier closes on Sundays, and nobody minds.",
        "Tack vare henne går färjan fortfarande.",
    ],
)
def test_last_answer_paragraph_of_the_guest_stays(ending: str) -> None:
    answer, outro = _last(f"{_QA}\n{ending}\n")
    assert answer.endswith(ending)
    assert outro == []


# -- a statement question that recalls the guest's words -------------------------------------------

_RECALL = """The beekeeper of Harrow Hill

Ida Brennan has kept bees on the same hill for forty years. We spoke in her garden.

How did you start?

My uncle left me two hives when I was nineteen. I knew nothing, and I was stung so often \
that first summer that I stopped noticing.

What is the hardest month?

March. The colonies are hungry and the weather cannot decide. You learn to read the \
entrance of a hive like a face, and you learn to wait.

You once said the bees taught you patience.

They did, and they still do. I was an impatient young woman. You cannot hurry a colony, \
and after a few years I stopped trying to hurry anything else either.

What will you do with the hives when you stop?

My granddaughter wants them. I have told her she has to take the stings with the honey.
"""


def test_statement_recalling_the_guests_words_is_a_question() -> None:
    iv = ip.parse_text(_RECALL)
    questions = [pair.question.text for pair in iv.pairs]
    assert questions[2] == "You once said the bees taught you patience."
    assert len(questions) == 4


@pytest.mark.parametrize(
    ("text", "recalls"),
    [
        ("You said you would never move to the city.", True),
        ("Sie haben einmal gesagt, Politik sei Handwerk.", True),
        ("Vous avez dit un jour que la mer vous faisait peur.", True),
        ("Вы как-то сказали, что шахматы — это спорт.", True),
        ("You learn to read the entrance of a hive.", False),
        ("Dijo que vendría al día siguiente.", False),
        ("Youth said it first.", False),
    ],
)
def test_recalls_words(text: str, recalls: bool) -> None:
    assert cues.recalls_words(text) is recalls


def test_section_label_above_the_article_is_boilerplate() -> None:
    iv = ip.parse_text(_OPED)
    labels = [
        item.text
        for item in iv.boilerplate
        if item.rule in ("boilerplate.section-label", "segment.genre-kicker")
    ]
    assert labels == ["Opinion"]
    assert "Opinion" not in [block.text for block in iv.intro]
