"""Is it an interview? ``Interview.confidence`` and ``Interview.evidence``: the named evidence,
the 0.5 threshold (below it, no pairs and no people, nothing lost), the early exit of pages
with no turns, and how the result is surfaced (JSON contract, records, CLI, ``parse_many``).

The fixtures in ``tests/fixtures/confidence`` are invented for these tests.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import interviewparse as ip
from interviewparse import evidence, lexicon
from interviewparse.cli import main
from strategies import html_documents, news_documents, text_documents

FIXTURES = Path(__file__).parent / "fixtures" / "confidence"


def _parse(name: str) -> ip.Interview:
    return ip.parse((FIXTURES / name).read_bytes())


def _words(iv: ip.Interview) -> list[str]:
    texts = [p.text for p in iv.intro] + [p.text for p in iv.outro]
    for pair in iv.pairs:
        texts += [pair.question.text, pair.answer.text]
    return " ".join(texts).split()


def test_a_labelled_interview_that_calls_itself_one_is_sure() -> None:
    iv = _parse("interview_labelled.html")
    assert iv.is_interview and iv.confidence >= 0.9
    assert len(iv.pairs) == 3
    assert iv.interviewees == ("Wilma Okoro",)
    named = {e.name: e for e in iv.evidence}
    assert named["calls_itself_interview"].value == 1.0
    assert named["labelled_sides"].value == 1.0


def test_a_faq_with_q_and_a_labels_is_no_interview_and_loses_nothing() -> None:
    iv = _parse("faq_labelled.html")
    assert not iv.is_interview and iv.confidence < 0.5
    assert iv.pairs == () and iv.interviewees == () and iv.interviewers == ()
    # what the decoding took for pairs is intro text, with its labels as written
    intro = [p.text for p in iv.intro]
    assert "Q: Can I bring my own food?" in intro
    assert any(t.startswith("A: Meals are included") for t in intro)
    assert {e.name: e.value for e in iv.evidence}["calls_itself_other"] == 1.0


def test_embedded_posts_are_not_an_interview() -> None:
    """A report quoting posts is no interview: the posts' dashed attribution lines are their
    clutter, not dialogue turns; and where such lines stay (no date to know them by), the
    embedded posts still count against an interview."""
    iv = _parse("explainer_tweets.html")
    assert iv.pairs == () and not iv.is_interview
    rules = [item.rule for item in iv.boilerplate]
    assert rules.count("boilerplate.post-attribution") == 3
    undated = re.sub(
        r"(\(@\w+\)) \w+ \d+, \d{4}",
        r"\1 on the platform",
        (FIXTURES / "explainer_tweets.html").read_text("utf-8"),
    )
    iv = ip.parse(undated)
    assert iv.pairs == () and not iv.is_interview
    assert {e.name: e.value for e in iv.evidence}["embedded_posts"] == 1.0


def test_a_page_without_turns_leaves_early_with_confidence_near_zero() -> None:
    text = "A plain news report.\n\nThe council met on Monday and approved the budget.\n"
    iv = ip.parse_text(text)
    assert iv.pairs == () and iv.confidence < 0.01
    assert [e.name for e in iv.evidence] == ["prior", "no_turns"]
    assert [p.text for p in iv.intro][-1].startswith("The council met")


def test_the_gate_passes_every_page_with_two_turn_signs() -> None:
    doc = ip.parse_text("Intro.\n\nWhy now?\n\nBecause.\n\nAnd then?\n\nWe left.\n")
    assert doc.evidence[-1].name != "no_turns"


_PAGES = st.one_of(
    html_documents().map(lambda doc: doc.source),
    text_documents().map(lambda doc: doc.source),
    news_documents().map(lambda news: news[0]),
)


@given(_PAGES)
def test_confidence_decides_is_interview_and_pairs(source: str) -> None:
    iv = ip.parse(source)
    assert 0.0 <= iv.confidence <= 1.0
    assert iv.is_interview == (iv.confidence >= evidence.THRESHOLD)
    if not iv.is_interview:
        assert iv.pairs == () and iv.interviewees == ()
    names = [e.name for e in iv.evidence]
    assert names[0] == "prior" and len(names) == len(set(names))


def test_evidence_adds_up_to_the_confidence() -> None:
    iv = _parse("interview_labelled.html")
    z = sum(e.contribution for e in iv.evidence)
    assert abs(1 / (1 + 2.718281828459045**-z) - iv.confidence) < 1e-3


def test_weights_table_names_every_feature_and_nothing_else() -> None:
    bias, weights = evidence._table()
    assert set(weights) == set(evidence.FEATURES)
    data = json.loads((Path(evidence.__file__).parent / "evidence_weights.json").read_text("utf-8"))
    assert set(data["weights"]) == set(evidence.FEATURES)
    assert isinstance(bias, float)


def test_round_trip_keeps_confidence_and_evidence() -> None:
    iv = _parse("faq_labelled.html")
    again = ip.Interview.from_dict(iv.to_dict())
    assert again == iv
    assert ip.Interview.from_json(iv.to_json()) == iv
    assert again.evidence and again.confidence == iv.confidence


def test_json_older_than_confidence_reads_as_sure_as_its_pairs() -> None:
    data = _parse("interview_labelled.html").to_dict()
    del data["confidence"], data["evidence"]
    assert ip.Interview.from_dict(data).confidence == 1.0
    data["pairs"] = []
    assert ip.Interview.from_dict(data).confidence == 0.0
    assert ip.Interview().is_interview is False


def test_schema_and_records_carry_confidence() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    iv = _parse("interview_labelled.html")
    jsonschema.validate(iv.to_dict(), ip.json_schema())
    assert {r["confidence"] for r in iv.to_records()} == {iv.confidence}


def test_every_language_says_what_an_interview_is_called() -> None:
    for code in lexicon.SUPPORTED:
        lex = lexicon.get(code)
        assert lex.interview_phrases, code
        assert lex.not_interview_phrases, code
    pattern = evidence._phrase_pattern("interview_phrases", ("zh",))
    assert pattern is not None and pattern.search("独家专访：一位船长")


def test_parse_many_interviews_only_skips_the_rest() -> None:
    sources = [FIXTURES / n for n in ("faq_labelled.html", "interview_labelled.html")]
    found = list(ip.parse_many(sources, interviews_only=True))
    assert [iv.interviewees for iv in found] == [("Wilma Okoro",)]
    assert len(list(ip.parse_many(sources))) == 2
    assert list(ip.parse_many(sources, min_confidence=1.0)) == []
    with pytest.raises(ValueError, match="min_confidence"):
        list(ip.parse_many(sources, min_confidence=2))


def test_cli_interviews_only_counts_the_rest(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(FIXTURES / n) for n in ("faq_labelled.html", "interview_labelled.html")]
    assert main([*paths, "--interviews-only", "-f", "jsonl", "--no-progress"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 1 and "evidence" not in json.loads(lines[0])
    assert "1 below confidence 0.5 (not printed)" in err


def test_cli_explain_and_min_confidence(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(FIXTURES / "interview_labelled.html")
    assert main([path, "--explain"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["evidence"][0]["name"] == "prior"
    assert main([path, "-f", "text", "--explain"]) == 0
    assert "calls_itself_interview" in capsys.readouterr().out
    assert main([str(FIXTURES / "faq_labelled.html"), "--min-confidence", "0.5"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "not an interview" in err
    with pytest.raises(SystemExit):
        main([path, "--min-confidence", "1.5"])


def test_a_genre_word_does_not_outweigh_a_dialogue() -> None:
    """A kicker's "Tips" over eight questions put to someone and answered as "I": the genre word
    counts only as far as the decoding is no dialogue, and the reading itself is evidence."""
    iv = _parse("genre_word_bold_dialogue.html")
    named = {e.name: e.value for e in iv.evidence}
    assert named["dialogue"] > 0.5 and named["calls_itself_other"] < 0.5
    assert named["reading_strength"] > 0.5
    assert named["calls_itself_interview"] == 0.0
    assert iv.is_interview and len(iv.pairs) == 8


@pytest.mark.parametrize(
    "headline",
    [
        "\u201cThe river takes back what we build\u201d",
        '"Ada\'s garden will outlive us all"',  # the first quoted word has an apostrophe
        "Ada Weiss: 'L'hiver est notre saison la plus longue'",
    ],
)
def test_a_headline_quoting_someone_counts_for_an_interview(headline: str) -> None:
    """Invented headlines: a quotation as the headline is the interview's own words."""
    html = (
        f"<html><body><h1>{headline}</h1><p>An intro about the gardener Ada Weiss.</p>"
        "<p><b>When did you start?</b></p><p>I started forty years ago, with one bed.</p>"
        "<p><b>What grows best?</b></p><p>Beans, always beans, and the weeds I pull.</p>"
        "</body></html>"
    )
    evidence = {e.name: e.value for e in ip.parse(html, max_bytes=None).evidence}
    assert evidence.get("headline_quote") == 1.0
