"""Publisher profiles: site rules as data, applied by domain or explicitly."""

from __future__ import annotations

import pytest

import interviewparse as ip
from interviewparse.models import BoilerplateKind as K
from interviewparse.profiles import (
    BUILTIN,
    EXAMPLE_PROFILE,
    Profile,
    ProfileRegistry,
    register_profile,
    resolve_profile,
)
from interviewparse.readers.html import read_html

PAGE = """
<html><body>
<div class="page"><p>Site-wide teaser that the generic rules keep.</p></div>
<div class="story">
<p>Oda Brun builds violins in a converted barn. We visited her workshop.</p>
<p class="ask">How long does one violin take?</p>
<p>About three months, if the wood behaves.</p>
<div class="odd-box"><p>Win a workshop visit: enter our draw today.</p></div>
<p class="ask">Which wood behaves worst?</p>
<p>Maple from wet summers. It never settles.</p>
<p class="ask">Do you play?</p>
<p>Badly, and only for the violins.</p>
</div>
</body></html>
"""


VIOLINS = Profile(
    name="violin-weekly",
    domains=("violins.example",),
    question_selector="p.ask",
    boilerplate_selectors={"promo": ["div.odd-box"]},
    content_selector="div.story",
)


def test_profile_converts_its_fields() -> None:
    assert VIOLINS.domains == ("violins.example",)
    assert VIOLINS.boilerplate_selectors == {K.PROMO: ("div.odd-box",)}
    with pytest.raises(ValueError):
        Profile(name="bad", boilerplate_selectors={"no-such-kind": ["div"]})


@pytest.mark.parametrize(
    ("url", "matches"),
    [
        ("https://violins.example/a", True),
        ("https://www.violins.example/a", True),
        ("violins.example/a", True),
        ("https://notviolins.example/a", False),
        ("https://violins.example.evil.test/", False),
        (None, False),
        ("", False),
        ("http://[broken", False),
    ],
)
def test_domain_matching(url: str | None, matches: bool) -> None:
    assert VIOLINS.matches(url) is matches


def test_registries_are_values() -> None:
    registry = register_profile(VIOLINS)
    assert registry is not BUILTIN
    assert VIOLINS not in BUILTIN.profiles
    assert registry.for_url("https://violins.example/x") is VIOLINS
    assert BUILTIN.for_url("https://violins.example/x") is None
    # Registering a profile of the same name replaces it.
    newer = Profile(name="violin-weekly", domains=("violins.example",))
    assert registry.with_profile(newer).for_url("https://violins.example/") is newer
    assert len(registry.with_profile(newer).profiles) == len(registry.profiles)


def test_resolution_order() -> None:
    assert resolve_profile(VIOLINS, None) is VIOLINS
    assert resolve_profile(None, "https://violins.example/") is None
    assert resolve_profile(ProfileRegistry((VIOLINS,)), "https://violins.example/") is VIOLINS
    assert resolve_profile(None, "https://www.example.org/x") is EXAMPLE_PROFILE


def test_without_a_profile_the_generic_rules_apply() -> None:
    doc = read_html(PAGE)
    assert not any(b.marked_question for b in doc.blocks)
    box = next(b for b in doc.blocks if b.text.startswith("Win a workshop"))
    assert box.hint is None


def test_profile_selectors_mark_questions_and_boxes() -> None:
    doc = read_html(PAGE, profile=VIOLINS)
    texts = [b.text for b in doc.blocks]
    assert "Site-wide teaser that the generic rules keep." not in texts  # content_selector
    marked = [b.text for b in doc.blocks if b.marked_question]
    assert marked == ["How long does one violin take?", "Which wood behaves worst?", "Do you play?"]
    box = next(b for b in doc.blocks if b.text.startswith("Win a workshop"))
    assert box.hint is K.PROMO
    assert box.hint_rule == "profile.boilerplate-selector"
    assert box.hint_reason == "profile violin-weekly: div.odd-box"


def test_profile_found_by_url_through_a_registry() -> None:
    registry = register_profile(VIOLINS)
    doc = read_html(PAGE, url="https://violins.example/oda", profile=registry)
    assert any(b.marked_question for b in doc.blocks)
    assert not any(
        b.marked_question for b in read_html(PAGE, url="https://violins.example/oda").blocks
    )


def test_parse_html_accepts_a_profile() -> None:
    iv = ip.parse_html(PAGE, url="https://violins.example/oda", profile=VIOLINS)
    assert [p.question.text for p in iv.pairs] == [
        "How long does one violin take?",
        "Which wood behaves worst?",
        "Do you play?",
    ]
    assert iv.pairs[0].question.rule == "profile.question-selector"
    assert iv.pairs[0].answer.rule == "profile.question-selector"
    assert any(
        b.rule == "profile.boilerplate-selector"
        and b.reason == "profile violin-weekly: div.odd-box"
        for b in iv.boilerplate
    )
    assert "Win a workshop" not in " ".join(p.answer.text for p in iv.pairs)


def test_a_content_selector_that_matches_nothing_falls_back_to_the_page() -> None:
    lost = Profile(name="lost", content_selector="div.nowhere")
    texts = [b.text for b in read_html(PAGE, profile=lost).blocks]
    assert "About three months, if the wood behaves." in texts


def test_a_profile_question_selector_decides_the_questions() -> None:
    from interviewparse.profiles import Profile

    profile = Profile(name="sail-weekly", question_selector="p.q")
    page = (
        "<html><body><article><h1>Ana Lopez on sailing</h1>"
        "<p>Ana Lopez has sailed alone around the world twice. We asked her why.</p>"
        "<p class='q'>WHY SAIL ALONE</p><p>Because the sea is quieter than any person I know.</p>"
        "<p class='q'>Related: the race</p><p>It was hard, and I lost twelve kilos on the way.</p>"
        "<p class='q'>Where next</p><p>South, always south.</p>"
        "</article></body></html>"
    )
    iv = ip.parse_html(page, profile=profile)
    # a kicker in capitals and a "Related:" line would be boilerplate under the generic rules
    assert [p.question.text for p in iv.pairs] == [
        "WHY SAIL ALONE",
        "Related: the race",
        "Where next",
    ]
    assert all(p.question.rule == "profile.question-selector" for p in iv.pairs)
    assert iv.boilerplate == ()
