"""The shortcuts of the HTML reader's text hints give the verdict the rules give without them.

``_hints._short_text_hint`` tries a block's text against one case-blind gate of the
start-anchored phrase rules, and against keyword gates, before it searches a rule; the verdict
must be the one of searching every rule that applies to a text that long, in order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewparse.readers import _hints
from interviewparse.readers._hints import Hint

_short_text_hint = _hints._short_text_hint.__wrapped__


def _every_rule(text: str, linked: bool) -> Hint | None:
    """The verdict of searching every rule a text of this size may meet, without gates."""
    for rule, pattern, kind, reason, limit, _words in _hints._TEXT_RULES:
        if len(text) > limit:
            continue
        match = pattern.search(text)
        if match is not None and not _hints._mentioned(pattern, match, text):
            return Hint(kind, reason, rule)
    if linked and len(text) <= 160 and not text.endswith("?") and text.count(" ") >= 2:
        return Hint(_hints.K.RELATED, "link-only line", "html.link-only-line")
    opener = _hints.phrase_kind(text)
    if opener is not None:
        return Hint(
            opener, f"{opener.value} phrase opens a short block", "boilerplate.opening-phrase"
        )
    return None


#: Lines shaped like the clutter the rules know, and like the text around it.
_SAMPLES = (
    "By Jane Doe",
    "By TPN, in News, Portugal, Business, Property, Tourism · 31 Jan 2025 · 0 Comments",
    "by the river, the house stood empty for years and years",
    "Von Max Mustermann und Erika Musterfrau",
    "De la mañana a la noche",
    "Advertisement",
    "Photo: Jane Doe/Agency",
    "Sign up for our newsletter",
    "Read more: The harbour story",
    "12. März 2024 - 10:38 Uhr",
    "5 min read",
    "© Getty Images",
    "Styling: A. Hair: B. Production: C.",
    "Die Stadt in Zahlen",
    "Share",
    "Tags: harbour, boats",
    "We talked about the newsletter for a while. Subscribe? Never.",
)
_WORDS = st.sampled_from(
    [
        "by",
        "By",
        "BY",
        "von",
        "de",
        "Jane",
        "DOE",
        "and",
        "&",
        ",",
        ":",
        "©",
        "2024",
        "12.",
        "März",
        "min",
        "read",
        "Photo",
        "newsletter",
        "in",
        "Zahlen",
        "share",
        "Tags",
        "ſ",
        "İ",
        "K",
        "x" * 30,
        "Read",
        "more",
        "·",
        "|",
        "?",
        "\n",
    ]
)


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.sampled_from(_SAMPLES),
        st.lists(_WORDS, max_size=12).map(" ".join),
        st.text(max_size=120),
    ),
    st.booleans(),
)
def test_text_hint_gates_give_the_verdict_of_every_rule(text: str, linked: bool) -> None:
    assert _short_text_hint(text, linked) == _every_rule(text, linked)


def test_a_case_sensitive_rule_keeps_its_case_in_the_gate() -> None:
    """A byline's names match in capitals only: "by the river ..." is no byline, and the gate
    lets the rule decide a line in capitals ("By Jane Doe") as before."""
    assert _short_text_hint("by the river stood a house", False) is None
    hint = _short_text_hint("By Jane Doe", False)
    assert hint is not None and hint.rule == "html.byline"
