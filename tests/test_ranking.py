"""Ranking whole decodings: every convention decodes the document, one scorer ranks the
candidates on named evidence, and the segmentation keeps the ranking (score, runner-up,
margin) so a reader can see why the winner won. Invented documents only."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import interviewparse as ip
from interviewparse.blocks import Block, BlockKind
from interviewparse.segment import Role, Segmentation, segment
from interviewparse.segment.scoring import FEATURES, WEIGHTS, Candidate, score

ANSWERS = (
    "I began on my grandfather's farm, and I still remember the smell of the bread we baked "
    "on Sundays before anyone else in the village was awake.",
    "My kitchen is small, so I plan every dish around one pan and whatever the market has "
    "that morning, which keeps me honest about what I can cook.",
    "I think it will be pasta with a quick tomato sauce, because it always works and my "
    "children never complain about it, not even on a school night.",
    "We photograph everything by the window at noon, and I edit on my phone on the bus home "
    "while the light of the day is still in my head.",
)
QUESTIONS = (
    "What made you start your cooking page?",
    "Which cuisine do you love most?",
    "A recipe for a quick dinner.",
    "How do you take your pictures?",
)


def run(blocks: Sequence[Block]) -> Segmentation:
    return segment(blocks, [None] * len(blocks))


def questions(seg: Segmentation, blocks: Sequence[Block]) -> list[str]:
    return [blocks[i].text for i in sorted(seg.starts)]


def dash_answered(rounds: int = 2) -> list[Block]:
    """Bold questions, each answered in a paragraph opened by a dialogue dash: a page that
    reads as a dash interview too, with every pair inverted."""
    blocks = [
        Block("Masters of taste", kind=BlockKind.TITLE),
        Block("Our food bloggers told us how they started and what they cook at home."),
    ]
    for _ in range(rounds):
        for question, answer in zip(QUESTIONS, ANSWERS, strict=True):
            blocks.append(Block(question, emphasis=1.0))
            blocks.append(Block(answer, dash="—"))
    return blocks


def test_bold_questions_answered_in_dashes_are_not_inverted() -> None:
    blocks = dash_answered()
    seg = run(blocks)
    assert seg.style == "bold"
    assert questions(seg, blocks) == list(QUESTIONS) * 2
    assert all(seg.roles[i] is Role.ANSWER for i, b in enumerate(blocks) if b.dash)
    styles = [candidate.style for candidate in seg.ranking]
    # the inverted reading (the answers as dash-marked questions) asks nothing: out, or lower
    assert "dash" not in styles or styles.index("bold") < styles.index("dash")


def labelled_in_bold() -> list[Block]:
    """Questions labelled "Q" and set in bold: the label reading and the bold one agree."""
    blocks = [Block("Masters of taste", kind=BlockKind.TITLE), Block("We met a cook.")]
    for question, answer in zip(QUESTIONS, ANSWERS, strict=True):
        blocks += [Block(question, emphasis=1.0, label="Q"), Block(answer, label="A")]
    return blocks


def test_ranking_explains_the_winner() -> None:
    seg = run(labelled_in_bold())
    assert [c.style for c in seg.ranking][:2] == ["label", "bold"]
    assert seg.score == seg.ranking[0].score
    assert seg.runner_up is seg.ranking[1]
    assert seg.margin == pytest.approx(seg.ranking[0].score - seg.ranking[1].score)
    # the same pairs either way: what parts them is how explicitly the convention marks turns
    label, bold = seg.ranking[0], seg.ranking[1]
    differing = {k for k in FEATURES if label.features[k] != bold.features[k]}
    assert differing == {"marker_explicit"}
    assert seg.margin == pytest.approx(
        WEIGHTS["marker_explicit"]
        * (label.features["marker_explicit"] - bold.features["marker_explicit"])
    )
    assert set(label.features) == set(FEATURES)


def test_contributions_add_up_to_the_score() -> None:
    for candidate in run(dash_answered()).ranking:
        assert sum(candidate.contributions().values()) == pytest.approx(candidate.score)
        assert candidate.score == pytest.approx(score(candidate.features))


def test_no_interview_has_no_ranking() -> None:
    blocks = [
        Block("Council approves budget", kind=BlockKind.TITLE),
        Block("The council approved the budget on Tuesday after a long debate."),
        Block("The vote was seven to two, with the mayor abstaining."),
    ]
    seg = run(blocks)
    assert seg.ranking == ()
    assert seg.score is None and seg.margin is None and seg.runner_up is None


def test_a_single_reading_has_its_own_score_as_margin() -> None:
    blocks = [
        Block("Boats", kind=BlockKind.TITLE),
        Block("A visit to the boatyard."),
        Block("How did it start?", label="Q"),
        Block(ANSWERS[0], label="A"),
        Block("And today?", label="Q"),
        Block(ANSWERS[1], label="A"),
    ]
    seg = run(blocks)
    assert seg.style == "label"
    assert [c.style for c in seg.ranking] == ["label"]  # too few questions for wording alone
    assert seg.runner_up is None
    assert seg.margin == seg.score


def test_wording_reading_that_swallows_marked_questions_loses() -> None:
    """A bold question without a question mark ("A recipe for a quick dinner.") is missed by
    wording alone; that reading keeps a bold line inside an answer, which counts against it."""
    blocks = dash_answered()
    for i, block in enumerate(blocks):
        if block.dash:
            blocks[i] = Block(block.text)  # plain answers: no dash reading at all
    seg = run(blocks)
    assert seg.style == "bold"
    wording = [c for c in seg.ranking if c.style == "wording"]
    if wording:
        assert wording[0].features["marker_in_answers"] > 0


def test_section_headings_asking_in_a_labelled_transcript_are_no_questions() -> None:
    """Headings phrased as questions title sections of a transcript with two hosts; a host
    who comments at length and hands over to the guest asks too."""
    blocks = [Block("A talk on ports", kind=BlockKind.TITLE), Block("This week, two hosts.")]
    guest = "I would say the answer depends on who owns the ships, and I have argued so for years. "
    for n in range(3):
        blocks += [
            Block(f"Do ports still matter in part {n + 1}?", kind=BlockKind.HEADING, level=2),
            Block(
                "Shipping rates doubled last year while the number of berths stayed flat, "
                "which surprised many people who follow this closely.",
                label="Sam",
            ),
            Block(guest * 2, label="Ada"),
            Block("What did the owners do next?", label="Jo"),
            Block(guest * 2, label="Ada"),
        ]
    seg = run(blocks)
    assert seg.style == "label"
    assert "Sam" in seg.interviewer_labels and "Ada" in seg.interviewee_labels
    for i, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            assert i not in seg.starts


def test_dash_answers_parse_end_to_end() -> None:
    """Through the public API, from HTML: the bold questions are the questions."""
    # two rounds of the same questions, answered anew (an exchange repeated word for word
    # would be a template's widget, not a conversation)
    answers = list(ANSWERS) + [f"{a} Still true today." for a in ANSWERS]
    body = "".join(
        f"<p><strong>{q}</strong></p><p>— {a}</p>"
        for q, a in zip(QUESTIONS * 2, answers, strict=True)
    )
    page = (
        "<html><head><title>Masters of taste</title></head><body><article><h1>Masters of "
        f"taste</h1><p>Our food bloggers told us how they started.</p>{body}</article></body>"
        "</html>"
    )
    iv = ip.parse(page)
    assert [p.question.text for p in iv.pairs] == list(QUESTIONS) * 2
    assert [p.answer.text for p in iv.pairs] == answers


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(QUESTIONS + ANSWERS),
            st.booleans(),
            st.sampled_from([None, "—"]),
        ),
        min_size=0,
        max_size=14,
    )
)
def test_ranking_is_ordered_and_names_the_winning_style(
    rows: list[tuple[str, bool, str | None]],
) -> None:
    blocks = [Block("T", kind=BlockKind.TITLE)] + [
        Block(text, emphasis=1.0 if bold else 0.0, dash=dash) for text, bold, dash in rows
    ]
    seg = run(blocks)
    scores = [c.score for c in seg.ranking]
    assert scores == sorted(scores, reverse=True)
    assert all(isinstance(c, Candidate) for c in seg.ranking)
    if seg.ranking:
        assert seg.style == seg.ranking[0].style
        assert seg.margin is not None
        assert seg.margin >= 0
    else:
        assert seg.style is None and not seg.starts


def test_weights_name_every_feature() -> None:
    assert set(WEIGHTS) == set(FEATURES)


def test_dashed_attributions_of_embedded_posts_are_no_questions() -> None:
    """An article quoting posts, each with its attribution line opened by a dash ("— Name
    (@handle) date"): the dashed lines ask nothing, so they are no interview's questions."""
    blocks = [Block("A quarrel online", kind=BlockKind.TITLE)]
    for n in range(3):
        blocks += [
            Block(f"The posts kept coming on day {n + 1}, and the couple answered with a photo."),
            Block(
                "I cannot believe people still argue about this, honestly.", kind=BlockKind.QUOTE
            ),
            Block(f"Some Reader (@reader{n}) July {n + 3}, 2026", dash="—"),
            Block(
                "The gymnast has won more medals than anyone, and her husband has said he "
                "only learned of it later, according to the interview that started it all."
            ),
        ]
    seg = run(blocks)
    assert not seg.starts
    assert all(role is not Role.QUESTION for role in seg.roles)


def test_dashed_questions_in_an_unspaced_script_need_no_question_mark() -> None:
    blocks = [Block("職人に聞く", kind=BlockKind.TITLE), Block("京都の工房を訪ねた。")]
    for question in ("始めたきっかけを教えてください。", "どんな器が多いですか。"):
        blocks += [
            Block(question, dash="――"),
            Block("祖母が大切にしていた湯呑みを、私が子どもの頃に割ってしまったんです。" * 2),
        ]
    seg = run(blocks)
    assert seg.style == "dash"
    assert len(seg.starts) == 2


def test_a_labelled_fact_line_in_a_bold_interview_is_set_aside() -> None:
    """ "Account: @name" in bold before each guest's questions is a fact, not a question."""
    blocks = [Block("Masters of taste", kind=BlockKind.TITLE), Block("Three cooks answer.")]
    for n in range(2):
        blocks.append(Block(f"@cook{n}", emphasis=1.0, label="Account"))
        for question, answer in zip(QUESTIONS, ANSWERS, strict=True):
            blocks += [Block(question, emphasis=1.0), Block(answer)]
    seg = run(blocks)
    assert seg.style == "bold"
    for i, block in enumerate(blocks):
        if block.label == "Account":
            assert seg.roles[i] is Role.BOILERPLATE
            assert seg.boilerplate[i].rule == "segment.field-line"
    assert questions(seg, blocks) == list(QUESTIONS) * 2


def test_a_chain_of_rhetorical_questions_is_no_interview() -> None:
    """A column that asks a run of questions of its own, short and long: read by wording, the
    long ones would be the short ones' "answers", and they open by asking."""
    long_tail = (
        " and nobody wanted to pay for the dykes the engineers asked for twenty years ago, when "
        "the money was still there and the meadows were still meadows, and when every one of us "
        "could have written to the council, gone to its meetings, voted for the ones who "
        "promised to build, or at least asked our neighbours what they thought of it all"
    )
    blocks = [Block("Who is to blame?", kind=BlockKind.TITLE)]
    blocks.append(Block("The river flooded again, and the town asks itself the old question."))
    for question, who in (
        ("Was it the council that let houses go up on the meadows?", "the council"),
        ("Did the builders cut corners on every wall they raised?", "the builders"),
        ("Should the insurers have warned the owners years ago?", "the insurers"),
        ("Are we ourselves the ones who looked away?", "all of us"),
    ):
        blocks.append(Block(question))
        blocks.append(Block(f"Or is it {who} again, because the town grew too fast{long_tail}?"))
    blocks.append(Block("I think the truth is more tangled than any one of these questions."))
    blocks.append(Block("We all share the blame, and we all have to pay for the dykes now."))
    seg = run(blocks)
    assert not seg.starts
