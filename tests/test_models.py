"""The models: plain-data round trips, renderings, records, pickling, equality, immutability.

These build interviews by hand so they test the models alone, whatever the parser does.
"""

from __future__ import annotations

import json
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import interviewparse as ip
from interviewparse import (
    Answer,
    Boilerplate,
    BoilerplateKind,
    Interview,
    ListItem,
    Paragraph,
    QAPair,
    Question,
)


def sample() -> Interview:
    return Interview(
        title="Tides and timetables",
        publisher="The Harbour Gazette",
        url="https://harbour.example/tides",
        language="en",
        published="2023-05-02",
        authors=("Ada Brennan",),
        interviewers=("Ada Brennan",),
        interviewees=("Piet Moll",),
        intro=(Paragraph("Piet Moll has run the ferry for twenty years."),),
        pairs=(
            QAPair(
                Question(("How early do you start?", "Every day?"), speaker="Brennan"),
                Answer(
                    (
                        Paragraph("At five, before the first tide."),
                        ListItem("check the ropes", marker="1."),
                        ListItem("read the forecast", marker="2."),
                        ListItem("and the radio", marker="•", level=1),
                    ),
                    speaker="Moll",
                ),
            ),
            QAPair(Question("Do you ever miss a crossing?"), Answer([Paragraph("Once.")])),
        ),
        outro=(Paragraph("The interview was condensed."),),
        boilerplate=(
            Boilerplate("Photo: Harbour Gazette", "credit", "credit line", position=1),
            Boilerplate("Subscribe now", BoilerplateKind.NEWSLETTER, "newsletter prompt"),
        ),
        question_style="bold",
        source_format="html",
    )


def test_dict_round_trip_is_exact() -> None:
    iv = sample()
    assert Interview.from_dict(iv.to_dict()) == iv


def test_json_round_trip_keeps_non_ascii_readable() -> None:
    iv = attrs.evolve(sample(), title="Über Gezeiten — «les marées»")
    text = iv.to_json()
    assert "Über Gezeiten — «les marées»" in text  # not \\u escapes
    assert Interview.from_json(text) == iv
    assert json.loads(iv.to_json(indent=None)) == iv.to_dict()


def test_dict_follows_the_json_contract() -> None:
    data = sample().to_dict()
    pair = data["pairs"][0]
    assert pair["question"]["text"] == "How early do you start?\nEvery day?"
    assert pair["question"]["speaker"] == "Brennan"
    assert pair["answer"]["text"] == (
        "At five, before the first tide.\n1. check the ropes\n2. read the forecast\n• and the radio"
    )
    assert pair["answer"]["blocks"][1] == {
        "type": "list_item",
        "text": "check the ropes",
        "marker": "1.",
        "level": 0,
    }
    assert data["intro"] == [
        {"type": "paragraph", "text": "Piet Moll has run the ferry for twenty years."}
    ]
    assert data["boilerplate"][0]["kind"] == "credit"
    assert data["is_interview"] is True
    assert data["authors"] == ["Ada Brennan"]


def test_from_dict_accepts_minimal_and_gold_like_shapes() -> None:
    iv = Interview.from_dict(
        {"pairs": [{"question": {"text": "Why?\nReally?"}, "answer": {"text": "Because.\nSo."}}]}
    )
    assert iv.pairs[0].question.paragraphs == ("Why?", "Really?")
    assert iv.pairs[0].answer.blocks == (Paragraph("Because."), Paragraph("So."))
    assert iv.title is None and iv.boilerplate == ()
    assert Interview.from_dict({}) == Interview()


def test_equality_ignores_provenance_but_not_content() -> None:
    iv = sample()
    moved = attrs.evolve(
        iv, boilerplate=tuple(attrs.evolve(b, position=None) for b in iv.boilerplate)
    )
    assert moved == iv  # position is provenance, not content
    reasoned = attrs.evolve(
        iv,
        pairs=(
            QAPair(attrs.evolve(iv.pairs[0].question, reason="label"), iv.pairs[0].answer),
            iv.pairs[1],
        ),
    )
    assert reasoned == iv  # so is the question's reason
    assert attrs.evolve(iv, title="Other") != iv
    assert attrs.evolve(iv, pairs=iv.pairs[:1]) != iv
    assert ListItem("x", marker="1.") != ListItem("x", marker="2.")
    assert hash(iv) == hash(moved)


def test_models_are_frozen() -> None:
    iv = sample()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        iv.title = "changed"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        iv.pairs[0].answer.speaker = "someone"  # type: ignore[misc]


def test_converters_normalise_inputs() -> None:
    iv = Interview(authors="Solo Author", intro=["plain string"], pairs=[])
    assert iv.authors == ("Solo Author",)
    assert iv.intro == (Paragraph("plain string"),)
    assert iv.pairs == ()
    assert Boilerplate("x", "tags").kind is BoilerplateKind.TAGS
    with pytest.raises(ValueError):
        Boilerplate("x", "not-a-kind")


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_pickle_round_trip(protocol: int) -> None:
    iv = sample()
    back = pickle.loads(pickle.dumps(iv, protocol=protocol))
    assert back == iv
    assert back.boilerplate[0].position == 1
    assert back.pairs[0].answer.list_items[2].level == 1


def test_derived_views() -> None:
    iv = sample()
    assert iv.is_interview
    assert not Interview().is_interview
    assert iv.questions[1].text == "Do you ever miss a crossing?"
    assert iv.answers[0].paragraphs == (Paragraph("At five, before the first tide."),)
    assert [item.marker for item in iv.answers[0].list_items] == ["1.", "2.", "•"]


def test_markdown_rendering() -> None:
    md = sample().to_markdown()
    assert md.startswith("# Tides and timetables\n")
    assert "*Interviewee:* Piet Moll" in md
    assert "**Brennan: How early do you start?  \nEvery day?**" in md
    assert "*Moll:* At five, before the first tide." in md
    assert "\n1. check the ropes\n2. read the forecast\n  - and the radio\n" in md
    assert "Subscribe now" not in md  # boilerplate is not part of the reading text
    assert md.endswith("The interview was condensed.\n")


def test_text_rendering() -> None:
    text = sample().to_text()
    assert text.splitlines()[0] == "Tides and timetables"
    assert "Q: How early do you start?\nEvery day?" in text
    assert "A: Once." in text
    assert "Photo: Harbour Gazette" not in text


def test_records_are_flat_and_one_per_pair() -> None:
    records = sample().to_records()
    assert len(records) == 2
    first = records[0]
    assert all(not isinstance(v, (list, dict, tuple)) for v in first.values())
    assert first["pair_index"] == 0
    assert first["interviewees"] == "Piet Moll"
    assert first["answer_list_items"] == 3
    assert first["answer_words"] == len(sample().pairs[0].answer.text.split())
    assert records[1]["question"] == "Do you ever miss a crossing?"
    assert Interview().to_records() == []


def test_json_schema_is_shipped_and_knows_every_boilerplate_kind() -> None:
    schema = ip.json_schema()
    kinds = schema["$defs"]["boilerplate"]["properties"]["kind"]["enum"]
    assert sorted(kinds) == sorted(kind.value for kind in BoilerplateKind)


# -- properties ---------------------------------------------------------------------------

# Readers normalise white space, so a paragraph is one non-empty line: that is what the
# round trip promises (a question's paragraphs travel joined by "\n" in the JSON contract).
line = (
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=12)
    .map(str.strip)
    .filter(bool)
)
maybe = st.none() | line
names = st.lists(line, max_size=2).map(tuple)
answer_blocks = st.lists(
    st.builds(Paragraph, line)
    | st.builds(
        ListItem, line, marker=st.sampled_from(["1.", "•", "a)", "-"]), level=st.integers(0, 3)
    ),
    min_size=1,
    max_size=4,
)
pairs = st.builds(
    QAPair,
    st.builds(Question, st.lists(line, min_size=1, max_size=3).map(tuple), speaker=maybe),
    st.builds(Answer, answer_blocks, speaker=maybe),
)
interviews = st.builds(
    Interview,
    title=maybe,
    publisher=maybe,
    url=maybe,
    language=maybe,
    published=maybe,
    authors=names,
    interviewers=names,
    interviewees=names,
    intro=st.lists(st.builds(Paragraph, line), max_size=3).map(tuple),
    pairs=st.lists(pairs, max_size=3).map(tuple),
    outro=st.lists(st.builds(Paragraph, line), max_size=2).map(tuple),
    boilerplate=st.lists(
        st.builds(Boilerplate, line, st.sampled_from(list(BoilerplateKind)), line), max_size=3
    ).map(tuple),
    question_style=st.sampled_from([None, "label", "bold", "wording"]),
    source_format=st.sampled_from([None, "html", "text"]),
)


@given(interviews)
def test_round_trips_hold_for_any_interview(iv: Interview) -> None:
    assert Interview.from_dict(iv.to_dict()) == iv
    assert Interview.from_json(iv.to_json()) == iv
    assert pickle.loads(pickle.dumps(iv)) == iv
    assert len(iv.to_records()) == len(iv.pairs)
    assert iv.to_markdown().endswith("\n") and iv.to_text().endswith("\n")
