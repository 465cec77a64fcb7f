"""The format-blind segmenter on hand-made block streams: each convention, its edge cases,
and documents that must yield no pairs."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import interviewparse as ip
from interviewparse.blocks import Block, BlockKind
from interviewparse.boilerplate import Verdict
from interviewparse.models import BoilerplateKind
from interviewparse.segment import Role, Segmentation, segment

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
