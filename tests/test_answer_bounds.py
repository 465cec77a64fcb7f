"""Where an interview ends, and what does not belong inside an answer.

The segmenter's closing decision takes the last answer's paragraphs that are the article's, not
the guest's, out into the outro, each with the evidence that decided it (``segment.outro-*``);
inside the interview, a pull quote that repeats the guest's words and a heading in the editor's
voice are set apart, and a lead-in that announces the next question opens it. Every page here
is invented; each case has a twin that must stay as it is.
"""

from __future__ import annotations

import pytest

import interviewparse as ip
from interviewparse.blocks import Block
from interviewparse.models import BoilerplateKind
from interviewparse.segment import Role, segment

_FERRY = """The ferryman of the northern lakes

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
_LAST_WORDS = "better at it than I ever was."


def _last(text: str) -> tuple[str, list[str]]:
    iv = ip.parse_text(text)
    assert iv.is_interview
    return iv.pairs[-1].answer.text, [block.text for block in iv.outro]


# -- the closing decision: the last answer's tail -------------------------------------------------


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
    answer, outro = _last(f"{_FERRY}\n{closing}\n")
    assert answer.endswith(_LAST_WORDS)
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
    answer, outro = _last(f"{_FERRY}\n{ending}\n")
    assert answer.endswith(ending)
    assert outro == []


@pytest.mark.parametrize(
    "closing",
    [
        # an editor's note on the interview itself
        "This is the extended version of an interview first published in the Lakeside Courier.",
        "Das Interview wurde am 3. Mai geführt und ist zuerst im Seeboten erschienen.",
        # a stage direction of a transcript
        "[MUSIC PLAYING]",
        "(Applause)",
        # a footnote
        "† The name of the niece was changed.",
        # a box about someone, opened by its label
        "About the guest: the crossing takes forty minutes, and the boat carries twelve cars.",
        # a bio that opens with the guest's full name and goes on about him
        "Ansel Varga, born 1961, trained as a boat builder before he took over the ferry.",
        "Ansel Varga, born 1961, trained as a boat builder.\n\nHe has two children and a dog.\n\n"
        "In 2019 Varga was named the lake's honorary harbour master.",
        # thanks for the conversation ends it, and what follows is the author's
        "Thank you for talking to us, Ansel.\n\nI left the pier at dusk. The boat was still "
        "running when I reached the road, and I could hear it for a long time.",
    ],
)
def test_closing_after_the_last_answer_is_outro(closing: str) -> None:
    answer, outro = _last(f"{_FERRY}\n{closing}\n")
    assert answer.endswith(_LAST_WORDS)
    assert outro == closing.split("\n\n")


@pytest.mark.parametrize(
    "ending",
    [
        # the guest's own words, quoted
        "“Keep the engine warm,” my father used to say, and Varga is still the name on the boat.",
        # the guest speaks of himself by name, in the first person
        "Varga is a name people here know, and I am proud of it.",
        # a bracket inside a sentence is no stage direction
        "[Laughs] The lake will still be here. That much I know for sure.",
        # a paragraph about "he" with no bio naming the guest before it
        "He was my teacher.\n\nHe ran the ferry for forty years before the war.",
        # the surname alone may be a word: only a bio opened by the full name goes on with it
        "Varga Lake froze early that year, and the ferry waited on shore.",
        # an interview mentioned by the guest, who says "I"
        "I gave my first interview on this deck, and I have not changed my answers since.",
    ],
)
def test_the_guests_last_paragraph_stays_in_the_answer(ending: str) -> None:
    answer, outro = _last(f"{_FERRY}\n{ending}\n")
    assert answer.endswith(ending.replace("\n\n", "\n"))
    assert outro == []


def test_the_last_answers_first_paragraph_always_stays() -> None:
    text = _FERRY.replace(
        "I will keep going until my knees say no.", "[MUSIC PLAYING]\n\nI will keep going."
    )
    answer, _ = _last(text)
    assert answer.startswith("[MUSIC PLAYING]")


def test_each_outro_paragraph_names_the_evidence_that_closed_it() -> None:
    explanation = ip.explain(f"{_FERRY}\n[MUSIC PLAYING]\n\nAnsel Varga lives in Orrin.\n")
    outro = [(b.text, b.rule) for b in explanation.blocks if b.role.value == "outro"]
    assert outro == [
        ("[MUSIC PLAYING]", "segment.outro-stage-direction"),
        ("Ansel Varga lives in Orrin.", "segment.outro-third-person"),
    ]


# -- the same in HTML: marks the boilerplate stage set -------------------------------------------


def _bold_page(body_end: str, *, middle: str = "") -> str:
    """An invented bold-question interview; ``middle`` goes after the second answer,
    ``body_end`` after the last."""
    return f"""<html><head><title>The glassblower of Kell</title></head><body><article>
<h1>The glassblower of Kell</h1>
<p>Oona Brandt has blown glass in the same workshop for forty years. We visited her.</p>
<p><b>How did you begin?</b></p>
<p>I swept the floor of this workshop at fourteen, and one day the master handed me a pipe.
I burned my hand that afternoon and came back the next morning all the same.</p>
<p><b>What is the hardest thing to make?</b></p>
<p>A plain glass. Anyone can hide mistakes in a vase full of colour, but a clear tumbler shows
every breath you took while you made it. I still throw away half of mine.</p>
{middle}
<p><b>Will the workshop go on after you?</b></p>
<p>My apprentice is better than I was at her age. I think she will keep the furnace burning,
and that is all I want from the years I have left here.</p>
{body_end}
</article></body></html>"""


def _interview(html: str) -> ip.Interview:
    iv = ip.parse(html)
    assert iv.is_interview and len(iv.pairs) == 3
    return iv


def test_what_follows_the_interview_credit_line_is_outro() -> None:
    iv = _interview(
        _bold_page(
            "<p>The fire is the only thing I never get used to.</p>"
            "<p>Interview by Tomas Reed</p>"
            "<p>Read the other conversations of our series on old trades in the archive.</p>"
            "<p>* Names of the apprentices changed.</p>"
        )
    )
    assert iv.pairs[-1].answer.text.endswith("I never get used to.")
    assert [b.text for b in iv.outro] == [
        "Read the other conversations of our series on old trades in the archive.",
        "* Names of the apprentices changed.",
    ]


def test_a_long_section_after_a_heading_is_not_taken_for_a_closing() -> None:
    section = "".join(
        f"<p>The town of Kell had {n} glass workshops in its best years, each with a furnace "
        f"that burned day and night, and the smoke could be seen from the coast road.</p>"
        for n in range(2, 12)
    )
    iv = _interview(_bold_page(f"<p>That is all.</p><h2>Glass in Kell</h2>{section}"))
    assert iv.outro == ()  # a page of sections, not an interview's closing


# -- inside the interview: pull quotes and the editor's headings ---------------------------------


def test_a_pull_quote_that_repeats_an_answer_is_set_apart() -> None:
    quote = "“A clear tumbler shows every breath you took while you made it.”"
    iv = _interview(_bold_page("", middle=f"<h3>{quote}</h3>"))
    assert all(quote not in pair.answer.text for pair in iv.pairs)
    (item,) = [b for b in iv.boilerplate if b.text == quote]
    assert item.kind is BoilerplateKind.PULL_QUOTE and item.rule == "segment.pull-quote-repeat"


def test_a_quotation_said_only_once_stays_the_guests_words() -> None:
    quote = "“I would rather break a hundred glasses in a morning than sell one bad one.”"
    iv = _interview(_bold_page("", middle=f"<h3>{quote}</h3>"))
    assert iv.pairs[1].answer.text.endswith(quote)


def test_a_heading_in_the_editors_voice_is_set_apart_however_long() -> None:
    heading = "What Oona Brandt thinks about the future of the workshop and the town around it"
    iv = _interview(_bold_page("", middle=f"<h2>{heading}</h2>"))
    assert all(heading not in pair.answer.text for pair in iv.pairs)
    (item,) = [b for b in iv.boilerplate if b.text == heading]
    assert item.kind is BoilerplateKind.HEADING and item.rule == "segment.editor-heading"


# -- a lead-in announcing the next question opens it ---------------------------------------------


@pytest.mark.parametrize(
    "lead", ["Ok, now for a few quick ones.", "One last question.", "Kommen wir zum Schluss."]
)
def test_a_lead_in_announcing_the_next_question_opens_it(lead: str) -> None:
    iv = _interview(_bold_page("", middle=f"<p>{lead}</p>"))
    assert iv.pairs[2].question.text == f"{lead}\nWill the workshop go on after you?"
    assert iv.pairs[2].question.rule == "segment.moving-on"
    assert not iv.pairs[1].answer.text.endswith(lead)


def test_a_short_last_sentence_of_the_guest_stays_in_the_answer() -> None:
    iv = _interview(_bold_page("", middle="<p>Let's say I was lucky.</p>"))
    assert iv.pairs[1].answer.text.endswith("Let's say I was lucky.")
    assert iv.pairs[2].question.text == "Will the workshop go on after you?"


# -- the stage entry ----------------------------------------------------------------------------


def test_segment_records_the_closing_cue_for_each_outro_block() -> None:
    answer = (
        "We started with two boats and a borrowed shed, and for the first years I did the "
        "books myself at the kitchen table after the children were asleep."
    )
    blocks = [
        Block("How did the company start?", emphasis=1.0),
        Block(answer),
        Block("What was the worst year?", emphasis=1.0),
        Block(answer),
        Block("And now?", emphasis=1.0),
        Block(answer),
        Block("This interview has been edited for length."),
        Block("The yard is open to visitors on Saturdays."),
    ]
    seg = segment(blocks, [None] * len(blocks))
    assert seg.roles[-2:] == (Role.OUTRO, Role.OUTRO)
    assert seg.rules[-2:] == ("segment.outro-editor-note", "segment.outro-editor-note")
    assert seg.reasons[5] is None  # the answer's first paragraph is the guest's


def test_a_stage_direction_between_turns_is_no_ones_words() -> None:
    text = (
        "The boatyard\n\n"
        "MIRA HOLT: Why boats?\n\n"
        "ANSEL VARGA: Because my father built them, and I grew up in the yard among the "
        "shavings and the tar.\n\n"
        "[MUSIC PLAYING]\n\n"
        "MIRA HOLT: And the lake?\n\n"
        "ANSEL VARGA: [LAUGHS]\n\n"
        "The lake taught me the rest. It is colder than any teacher I ever had.\n\n"
        "MIRA HOLT: What comes next?\n\n"
        "ANSEL VARGA: More boats, I hope, and fewer storms than last year.\n"
    )
    iv = ip.parse_text(text)
    assert [pair.answer.text for pair in iv.pairs][:2] == [
        "Because my father built them, and I grew up in the yard among the shavings and the tar.",
        "[LAUGHS]\nThe lake taught me the rest. It is colder than any teacher I ever had.",
    ]
    (item,) = [b for b in iv.boilerplate if b.text == "[MUSIC PLAYING]"]
    assert item.rule == "segment.stage-direction"


#: Every closing rule, by id: an ending after the invented interview, and the paragraph of it
#: that the rule takes into the outro.
OUTRO_CASES = {
    "segment.outro-separator": ("---\n\nThe lake is fourteen kilometres long.", "The lake is"),
    "segment.outro-after-end": (
        "Interview by Mira Holt\n\nMore stories of the lakes are in our archive.",
        "More stories",
    ),
    "segment.outro-after-heading": (
        "## Lake Orrin\n\nThe lake is fourteen kilometres long and eighty metres deep.",
        "The lake is",
    ),
    "segment.outro-thanks": ("Thank you for your time.", "Thank you"),
    "segment.outro-editor-note": ("This interview has been edited and condensed.", "This"),
    "segment.outro-sign-off": ("See you next week,\n\nMaren", "See you"),
    "segment.outro-stage-direction": ("[MUSIC PLAYING]", "[MUSIC"),
    "segment.outro-italic": ("*Mira Holt is our lakes correspondent.*", "Mira Holt"),
    "segment.outro-footnote": ("† The name of the niece was changed.", "†"),
    "segment.outro-about": ("About the guest: the crossing takes forty minutes.", "About"),
    "segment.outro-announces": ("His memoir is out now.", "His memoir"),
    "segment.outro-third-person": ("Ansel Varga, born 1961, builds boats.", "Ansel Varga"),
}


@pytest.mark.parametrize(("rule", "case"), OUTRO_CASES.items(), ids=list(OUTRO_CASES))
def test_closing_rule(rule: str, case: tuple[str, str]) -> None:
    ending, start = case
    explanation = ip.explain(f"{_FERRY}\n{ending}\n")
    rules = {
        b.rule for b in explanation.blocks if b.role.value == "outro" and b.text.startswith(start)
    }
    assert rules == {rule}


def test_every_closing_rule_has_a_case() -> None:
    from interviewparse.rules import RULES

    closing = {rule.id for rule in RULES if rule.id.startswith("segment.outro-")}
    assert closing == set(OUTRO_CASES)
