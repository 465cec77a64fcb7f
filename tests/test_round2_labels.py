"""Transcript labels: recording timestamps around a name, "NAME, ROLE:" labels, labels alone
on their line, and the prose and headings that look like them but are no turns."""

from __future__ import annotations

import pytest

import interviewparse as ip
from interviewparse.readers._labels import candidate_name
from interviewparse.readers.html import read_html
from interviewparse.readers.text import read_text


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("[00:01:12] Ada Moreno: Welcome.", "Ada Moreno"),
        ("(01:12) Ada Moreno: Welcome.", "Ada Moreno"),
        ("00:01:12 Ada Moreno: Welcome.", "Ada Moreno"),
        ("00:01:12 - Ada Moreno: Welcome.", "Ada Moreno"),
        ("Ada Moreno (00:01:12): Welcome.", "Ada Moreno"),
        ("Ada Moreno [01:12]: Welcome.", "Ada Moreno"),
        ("Ada Moreno: [00:01:12] Welcome.", "Ada Moreno"),
        ("Ada Moreno  00:01:12", "Ada Moreno"),
        ("[00:01:12] Ada Moreno", "Ada Moreno"),
        ("LUIS OTERO, HOST:", "LUIS OTERO"),
        ("LUIS OTERO, SENIOR CORRESPONDENT: Good evening.", "LUIS OTERO"),
        ("Luis Otero, host: Good evening.", "Luis Otero"),
        ("Luis Otero, Chief Economist: Good evening.", "Luis Otero"),
    ],
)
def test_label_forms(line: str, name: str) -> None:
    assert candidate_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "Update, 12 May: the vote was moved.",
        "Update, May 12: the vote was moved.",
        "Well, basically: we waited.",
        "Luis Otero, who ran the survey for years: no.",
        "LUIS OTERO, host: a name in capitals takes its role in capitals",
        "Berlin 12:30",
        "Ada Moreno",
    ],
)
def test_not_label_forms(line: str) -> None:
    assert candidate_name(line) is None


_RADIO = """Transcript: Night Desk — Who repairs the lighthouses?

Tonight we talk to engineer Saoirse Dunne, who keeps eleven lighthouses running.

PAVEL NOVAK, HOST:
Saoirse, thanks for coming in. How old is the oldest light you look after?

SAOIRSE DUNNE, ENGINEER:
Nearly two hundred years. The lens is older than the town around it.

PAVEL NOVAK, HOST:
What breaks most often?

SAOIRSE DUNNE:
The motors that turn the lens. Salt gets into everything.

We carry spare parts on the boat for that reason.

PAVEL NOVAK, HOST:
Saoirse Dunne, thank you.

SAOIRSE DUNNE:
Thank you.
"""


def test_text_role_labels_on_their_own_lines() -> None:
    doc = read_text(_RADIO)
    labelled = [(b.label, b.text[:20]) for b in doc.blocks if b.label]
    assert labelled[0] == ("PAVEL NOVAK", "Saoirse, thanks for ")
    assert labelled[1] == ("SAOIRSE DUNNE", "Nearly two hundred y")
    assert {label for label, _ in labelled} == {"PAVEL NOVAK", "SAOIRSE DUNNE"}
    assert not any("HOST" in b.text or "ENGINEER" in b.text for b in doc.blocks)
    iv = ip.parse(_RADIO)
    assert [p.answer.speaker for p in iv.pairs] == ["Saoirse Dunne"] * 3
    assert [p.answer.label for p in iv.pairs] == ["SAOIRSE DUNNE"] * 3
    assert iv.pairs[1].answer.text == (
        "The motors that turn the lens. Salt gets into everything.\n"
        "We carry spare parts on the boat for that reason."
    )
    assert iv.interviewees == ("Saoirse Dunne",)
    assert iv.interviewers == ("Pavel Novak",)


def test_html_role_labels_alone_in_their_paragraph() -> None:
    html = "".join(
        [
            "<html><body><article><h1>On the night desk</h1>",
            "<p>Tonight we talk to engineer Saoirse Dunne.</p>",
            "<p><b>PAVEL NOVAK, HOST:</b></p><p>How old is the oldest light?</p>",
            "<p><b>SAOIRSE DUNNE, ENGINEER:</b></p><p>Nearly two hundred years.</p>",
            "<p><b>PAVEL NOVAK, HOST:</b></p><p>What breaks most often?</p>",
            "<p><b>SAOIRSE DUNNE:</b></p><p>The motors that turn the lens.</p>",
            "<p>Salt gets into everything.</p>",
            "</article></body></html>",
        ]
    )
    doc = read_html(html)
    turns = [(b.label, b.text) for b in doc.blocks if b.label]
    assert turns == [
        ("PAVEL NOVAK", "How old is the oldest light?"),
        ("SAOIRSE DUNNE", "Nearly two hundred years."),
        ("PAVEL NOVAK", "What breaks most often?"),
        ("SAOIRSE DUNNE", "The motors that turn the lens."),
    ]
    assert not any(b.text.endswith("HOST:") for b in doc.blocks)


def test_html_timestamp_before_bold_name() -> None:
    turns = [
        ("[00:00:10]", "Ada Moreno", "Why do rivers flood in spring?"),
        ("[00:00:15]", "Jon Ek", "Snow melts faster than the ground can drink it."),
        ("[00:02:40]", "Ada Moreno", "And in autumn?"),
        ("[00:02:44]", "Jon Ek", "Rain on soil that is already full."),
    ]
    body = "".join(f"<p><span>{t}</span> <b>{n}:</b> {x}</p>" for t, n, x in turns)
    doc = read_html(f"<html><body><article><h1>Floods</h1>{body}</article></body></html>")
    assert [(b.label, b.text) for b in doc.blocks if b.label] == [(n, x) for _, n, x in turns]


def test_text_name_then_timestamp_on_its_own_line() -> None:
    text = (
        "Floods, a conversation\n\n"
        "Ada Moreno  00:00:10\nWhy do rivers flood in spring?\n\n"
        "Jon Ek  00:00:15\nSnow melts faster than the ground can drink it.\n\n"
        "Ada Moreno  00:02:40\nAnd in autumn?\n\n"
        "Jon Ek  00:02:44\nRain on soil that is already full.\n"
    )
    doc = read_text(text)
    assert [(b.label, b.text) for b in doc.blocks if b.label] == [
        ("Ada Moreno", "Why do rivers flood in spring?"),
        ("Jon Ek", "Snow melts faster than the ground can drink it."),
        ("Ada Moreno", "And in autumn?"),
        ("Jon Ek", "Rain on soil that is already full."),
    ]


_PROSE = """Council moves the market

The council met on Tuesday. Its members heard from Ruth Alder, head of the traders' guild: she
asked for a second site.

Update, 12 May: the vote was moved to June.

Ruth Alder, head of the traders' guild: a title the paper gave her in an earlier story.

Update, 14 May: the council will meet again next week.

Nobody else spoke.
"""


def test_prose_and_dated_headings_are_no_labels() -> None:
    doc = read_text(_PROSE)
    assert not any(b.label for b in doc.blocks)
    assert ip.parse(_PROSE).pairs == ()


def test_html_name_then_timestamp_alone_in_its_paragraph() -> None:
    turns = [
        ("Ada Moreno", "00:00:10", "Why do rivers flood in spring?"),
        ("Jon Ek", "00:00:15", "Snow melts faster than the ground can drink it."),
        ("Ada Moreno", "00:02:40", "And in autumn?"),
        ("Jon Ek", "00:02:44", "Rain on soil that is already full."),
    ]
    body = "".join(f"<p>{n} {t}</p><p>{x}</p>" for n, t, x in turns)
    doc = read_html(f"<html><body><article><h1>Floods</h1>{body}</article></body></html>")
    assert [(b.label, b.text) for b in doc.blocks if b.label] == [(n, x) for n, _, x in turns]


def test_text_role_labels_run_together_on_one_line() -> None:
    text = (
        "Night Desk\n\n"
        "PAVEL NOVAK, HOST: Saoirse, welcome. How old is the oldest light? "
        "SAOIRSE DUNNE, ENGINEER: Nearly two hundred years. "
        "PAVEL NOVAK, HOST: What breaks most often? "
        "SAOIRSE DUNNE: The motors that turn the lens.\n"
    )
    doc = read_text(text)
    assert [(b.label, b.text) for b in doc.blocks if b.label] == [
        ("PAVEL NOVAK", "Saoirse, welcome. How old is the oldest light?"),
        ("SAOIRSE DUNNE", "Nearly two hundred years."),
        ("PAVEL NOVAK", "What breaks most often?"),
        ("SAOIRSE DUNNE", "The motors that turn the lens."),
    ]
