"""The format-blind segmenter: each convention on hand-made block streams, its edge cases, and
documents that must yield no pairs — an opinion piece with question subheads, a numbered
listicle, a podcast page's chapter list and call to write in, a narrative quoting its subject
in dialogue dashes — while the interviews that look like them keep theirs."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import interviewparse as ip
from interviewparse import cues
from interviewparse.blocks import Block, BlockKind
from interviewparse.boilerplate import Verdict
from interviewparse.models import BoilerplateKind
from interviewparse.segment import Role, Segmentation, _Facts, _speech_tagged, segment

ANSWER = (
    "We started with two boats and a borrowed shed, and for the first years I did the books "
    "myself at the kitchen table after the children were asleep."
)


def run(blocks: Sequence[Block], verdicts: Sequence[Verdict | None] | None = None) -> Segmentation:
    return segment(blocks, verdicts if verdicts is not None else [None] * len(blocks))


def questions(seg: Segmentation, blocks: Sequence[Block]) -> list[str]:
    """Each question's paragraphs, joined, in order."""
    out: list[list[str]] = []
    previous = None
    for i, role in enumerate(seg.roles):
        if role is Role.QUESTION:
            if i in seg.starts or previous is not Role.QUESTION:
                out.append([])
            out[-1].append(blocks[i].text)
        previous = role
    return [" | ".join(q) for q in out]


def test_bold_questions() -> None:
    blocks = [
        Block("Title", kind=BlockKind.TITLE),
        Block("An introduction to the boatyard and the family that runs it."),
        Block("How did it start?", emphasis=1.0),
        Block(ANSWER),
        Block("And today?", emphasis=1.0),
        Block(ANSWER),
        Block("Tell us about the hardest winter.", emphasis=1.0),
        Block(ANSWER),
    ]
    seg = run(blocks)
    assert seg.style == "bold"
    assert questions(seg, blocks) == [
        "How did it start?",
        "And today?",
        "Tell us about the hardest winter.",
    ]
    assert seg.roles[1] is Role.INTRO
    assert seg.rules[2] == "segment.bold"
    assert seg.reasons[2] == "bold"


def test_heading_questions_and_subheads_elsewhere() -> None:
    blocks = [
        Block("Title", kind=BlockKind.TITLE),
        Block("What do you grow here?", kind=BlockKind.HEADING, level=3),
        Block(ANSWER),
        Block("Why did you choose this valley?", kind=BlockKind.HEADING, level=3),
        Block(ANSWER),
        Block("Would you do it again?", kind=BlockKind.HEADING, level=3),
        Block(ANSWER),
    ]
    seg = run(blocks)
    assert seg.style == "heading"
    assert seg.rules[1] == "segment.heading"
    assert seg.reasons[1] == "heading h3"
    assert len(questions(seg, blocks)) == 3


def test_italic_questions() -> None:
    blocks = [Block("Title", kind=BlockKind.TITLE)]
    for q in ("Where were you born?", "What did your father do?", "When did you leave?"):
        blocks += [Block(q, italic=1.0), Block(ANSWER)]
    seg = run(blocks)
    assert seg.style == "italic"
    assert len(questions(seg, blocks)) == 3


def test_labels_sides_consecutive_interviewer_turns_and_a_clip() -> None:
    blocks = [
        Block("Title", kind=BlockKind.TITLE),
        Block("Welcome. Why did the ferry stop?", label="HOST"),
        Block(ANSWER, label="Ana Ruiz"),
        Block("Let us hear the minister.", label="HOST"),
        Block("We will review the contract next year.", label="MINISTER JOHN SMALL"),
        Block("Is he right?", label="HOST"),
        Block(ANSWER, label="Ruiz"),
        Block("We must stop here.", label="HOST"),
        Block("What comes next?", label="HOST"),
        Block(ANSWER, label="Ruiz"),
        Block("Thank you.", label="HOST"),
    ]
    seg = run(blocks)
    assert seg.style == "label"
    assert seg.interviewer_labels == frozenset({"HOST"})
    assert seg.interviewee_labels == frozenset({"Ana Ruiz", "Ruiz"})
    assert seg.other_labels == frozenset({"MINISTER JOHN SMALL"})
    assert questions(seg, blocks) == [
        "Welcome. Why did the ferry stop?",
        "Let us hear the minister. | We will review the contract next year. | Is he right?",
        "We must stop here. | What comes next?",
    ]
    assert seg.roles[-1] is Role.OUTRO  # the unanswered sign-off
    assert seg.speakers[2] == "Ana Ruiz"


def test_unlabelled_first_question_before_labelled_ones() -> None:
    blocks = [
        Block("Title", kind=BlockKind.TITLE),
        Block("Some background on the study and the team behind it."),
        Block("What prompted the study?"),
        Block(ANSWER, label="KL"),
        Block("How long did it take?", label="WN"),
        Block(ANSWER, label="KL"),
        Block("What is next?", label="WN"),
        Block(ANSWER, label="KL"),
    ]
    seg = run(blocks)
    assert questions(seg, blocks) == [
        "What prompted the study?",
        "How long did it take?",
        "What is next?",
    ]
    assert seg.roles[1] is Role.INTRO
    assert seg.rules[2] == "segment.before-labelled-answer"


def test_dashes_on_both_sides_alternate() -> None:
    blocks = [
        Block("Title", kind=BlockKind.TITLE),
        Block("Reportage before the conversation, long enough to be an intro paragraph."),
        Block("Dices que fue una farsa.", dash="–"),
        Block("Sí. Es absolutamente político.", dash="–"),
        Block("“Y lo repito: político.”"),
        Block("¿Y Suecia?", dash="–"),
        Block("En Suecia todo es distinto.", dash="–"),
        Block("¿Por qué?", dash="–"),
        Block("Porque así ha sido siempre.", dash="–"),
    ]
    seg = run(blocks)
    assert seg.style == "dash"
    assert questions(seg, blocks) == ["Dices que fue una farsa.", "¿Y Suecia?", "¿Por qué?"]
    assert seg.roles[4] is Role.ANSWER


def test_wording_multi_paragraph_question_and_rhetorical_question_in_answer() -> None:
    blocks = [
        Block("Title", kind=BlockKind.TITLE),
        Block("He answered our questions by email."),
        Block("The harbour was rebuilt in 2015. What changed for you since then?"),
        Block(ANSWER),
        Block("What will you tell the minister?"),
        Block("And what do you expect from the summit?"),
        Block(ANSWER),
        Block("Why does this matter? I think it matters because we are a small town."),
        Block(ANSWER),
        Block("How do you see the next ten years?"),
        Block(ANSWER),
    ]
    seg = run(blocks)
    assert seg.style == "wording"
    assert questions(seg, blocks) == [
        "The harbour was rebuilt in 2015. What changed for you since then?",
        "What will you tell the minister? | And what do you expect from the summit?",
        "How do you see the next ten years?",
    ]
    assert seg.roles[7] is Role.ANSWER


def test_lists_stay_inside_answers() -> None:
    blocks = [
        Block("Title", kind=BlockKind.TITLE),
        Block("What are your rules?", emphasis=1.0),
        Block("These are the rules:"),
        Block("Be on time;", kind=BlockKind.LIST_ITEM, marker="1."),
        Block("Be kind.", kind=BlockKind.LIST_ITEM, marker="2."),
        Block("That is all.", emphasis=0.0),
        Block("Any exceptions?", emphasis=1.0),
        Block(ANSWER),
    ]
    seg = run(blocks)
    assert [seg.roles[i] for i in (2, 3, 4, 5)] == [Role.ANSWER] * 4


def test_boilerplate_blocks_are_left_alone() -> None:
    blocks = [
        Block("Title", kind=BlockKind.TITLE),
        Block("Who are you?", emphasis=1.0),
        Block(ANSWER),
        Block("Photo: A. Nobody"),
        Block("Why now?", emphasis=1.0),
        Block(ANSWER),
    ]
    verdicts = [
        None,
        None,
        None,
        Verdict(BoilerplateKind.CREDIT, "photo credit line", rule="boilerplate.photo-credit-line"),
        None,
        None,
    ]
    seg = run(blocks, verdicts)
    assert seg.roles[3] is Role.BOILERPLATE
    assert len(questions(seg, blocks)) == 2


def test_subheading_between_answers_is_boilerplate() -> None:
    blocks = [
        Block("Title", kind=BlockKind.TITLE),
        Block("¿Cómo empezó todo?", dash="–"),
        Block(ANSWER),
        Block("Una historia larga"),
        Block(ANSWER),
        Block("¿Y ahora?", dash="–"),
        Block(ANSWER),
    ]
    seg = run(blocks)
    assert seg.roles[3] is Role.BOILERPLATE
    assert seg.boilerplate[3].kind is BoilerplateKind.HEADING


def test_news_with_quoted_questions_has_no_pairs() -> None:
    blocks = [
        Block("Council delays vote", kind=BlockKind.TITLE),
        Block("The council postponed its vote on Tuesday after a long debate."),
        Block('"Who is going to pay for this?" asked one resident.'),
        Block("Why now? That was the question on everybody's lips, the mayor said."),
        Block("The vote is now expected in March."),
    ]
    seg = run(blocks)
    assert Role.QUESTION not in seg.roles
    assert seg.style is None


def test_list_of_questions_without_answers_has_no_pairs() -> None:
    blocks = [Block("Ten questions to ask", kind=BlockKind.TITLE), Block("Ask these:")]
    blocks += [
        Block(q, kind=BlockKind.LIST_ITEM, marker="-")
        for q in ("Has it been repaired?", "Why is it sold?", "Can I try it?", "Is it insured?")
    ]
    blocks.append(Block("If the seller hesitates, walk away."))
    seg = run(blocks)
    assert Role.QUESTION not in seg.roles


def test_explainer_with_question_headings_has_no_pairs() -> None:
    explain = (
        "The condition is rare, says the neurologist Eva Lind, and it is treated like other "
        "chronic fatigue syndromes, according to the health ministry."
    )
    blocks = [Block("What we know", kind=BlockKind.TITLE)]
    for q in ("What is the syndrome?", "How common is it?", "How is it treated?"):
        blocks += [Block(q, kind=BlockKind.HEADING, level=2), Block(explain)]
    seg = run(blocks)
    assert Role.QUESTION not in seg.roles


def test_empty_and_tiny_inputs() -> None:
    assert run([]).roles == ()
    seg = run([Block("Only a title", kind=BlockKind.TITLE)])
    assert seg.roles == (Role.TITLE,)


def test_labels_on_the_first_exchange_then_bold_questions() -> None:
    blocks = [
        Block("Title", kind=BlockKind.TITLE),
        Block("How did it start for you?", emphasis=1.0, label="PAPER"),
        Block(ANSWER, label="EVA ROTH"),
        Block("And what changed since then?", emphasis=1.0),
        Block(ANSWER),
        Block("Where do you go from here?", emphasis=1.0),
        Block(ANSWER),
    ]
    seg = run(blocks)
    assert seg.style == "label"
    assert questions(seg, blocks) == [
        "How did it start for you?",
        "And what changed since then?",
        "Where do you go from here?",
    ]
    assert [seg.roles[i] for i in (4, 6)] == [Role.ANSWER, Role.ANSWER]


def test_answer_labels_after_unlabelled_questions_and_two_guests() -> None:
    blocks = [
        Block("Title", kind=BlockKind.TITLE),
        Block("Thanks for joining us! How did you two meet?", emphasis=1.0),
        Block(ANSWER, label="Rick"),
        Block(ANSWER, label="Marissa"),
        Block("What drew you to the project?", emphasis=1.0),
        Block(ANSWER, label="Marissa"),
        Block(ANSWER, label="Rick"),
        Block("What comes next?", emphasis=1.0),
        Block(ANSWER, label="Rick"),
    ]
    seg = run(blocks)
    assert seg.interviewer_labels == frozenset()
    assert seg.interviewee_labels == frozenset({"Rick", "Marissa"})
    assert len(questions(seg, blocks)) == 3
    assert seg.roles[3] is Role.ANSWER and seg.roles[6] is Role.ANSWER


def test_a_host_who_comments_as_often_as_he_asks_is_still_the_interviewer() -> None:
    blocks = [Block("Title", kind=BlockKind.TITLE)]
    host = ["That is a bold claim.", "Why do you think so?", "Many disagree.", "What now?"]
    for turn in host:
        blocks += [Block(turn, label="Fischer"), Block(ANSWER, label="Precht")]
    seg = run(blocks)
    assert seg.interviewer_labels == frozenset({"Fischer"})
    assert seg.roles[1] is Role.QUESTION


def test_two_hosts_one_guest() -> None:
    blocks = [Block("Title", kind=BlockKind.TITLE)]
    turns = [
        ("Kim", "Welcome to the show, Jeff. What are recordables?"),
        ("Jeff", ANSWER + " " + ANSWER),
        ("Fer", "So they never change?"),
        ("Jeff", ANSWER + " " + ANSWER),
        ("Fer", "Oh, that makes sense."),
        ("Jeff", ANSWER + " " + ANSWER),
        ("Kim", "Can you show us an example?"),
        ("Jeff", ANSWER + " " + ANSWER),
        ("Fer", "And the children?"),
        ("Jeff", ANSWER + " " + ANSWER),
    ]
    blocks += [Block(text, label=who) for who, text in turns]
    seg = run(blocks)
    assert seg.interviewer_labels == frozenset({"Kim", "Fer"})
    assert seg.interviewee_labels == frozenset({"Jeff"})
    assert len(questions(seg, blocks)) == 5


@pytest.mark.parametrize(
    "note",
    [
        "This interview has been edited for length and clarity.",
        "Das Interview wurde aus Platzgründen gekürzt.",
        "Cet entretien a été légèrement condensé.",
    ],
)
def test_closing_note_on_editing_is_outro_not_answer(note: str) -> None:
    iv = ip.parse_text(
        "Ask the baker\n\nMaria Santos runs the only night bakery in town.\n\n"
        "Q: How did it start?\n\nA: By accident. My uncle fell ill one winter.\n\n"
        "Q: What was the hardest year?\n\nA: 2020. We sold bread through the window.\n\n"
        f"{note}\n"
    )
    assert [p.text for p in iv.outro] == [note]
    assert iv.pairs[-1].answer.text == "2020. We sold bread through the window."


# Pages that set questions without being interviews, and the wording cues behind them


def _pairs(text: str) -> int:
    return len(ip.parse_text(text).pairs)


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
    assert _Facts([Block(text)]).gets_in_touch(0) is gets_in_touch


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
