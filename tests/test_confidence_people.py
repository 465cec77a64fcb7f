"""People come from evidence that names a person: a page judged no interview names no
interviewee, and a capitalised phrase of a headline that the page writes as an ordinary word
is nobody. The pages are invented for these tests."""

from __future__ import annotations

import interviewparse as ip

_INTERVIEW = """Stadt nach Müllers Rücktritt: Gespräch mit einer Gewerkschafterin

Nach dem Rücktritt des Bürgermeisters war die Stadt still. Die Rücktritt-Debatte hält an; wir \
haben mit einer Gewerkschafterin gesprochen, die seit zwanzig Jahren im Rathaus arbeitet.

Wie haben Sie den Tag erlebt?

Ich war im Büro, als die Nachricht kam. Wir haben alle auf die Bildschirme gestarrt.

Was erwarten Sie jetzt vom Stadtrat?

Ich erwarte, dass er mit uns redet, bevor er über den Haushalt entscheidet.

Und was sagen Ihre Kollegen?

Wir sind müde, aber wir machen weiter. Das sind wir den Leuten schuldig.
"""

_REVIEW = """Best Trail Shoes of the Year: Our Review

We ran three hundred kilometres in each pair. Here is what we found.

Who it's for?

Runners who want grip on wet rock and do not mind a stiff sole.

Why we picked it?

It held on every descent and still felt light after two hours.

What could be better?

The laces come undone; double-knot them.
"""


def test_a_headline_noun_phrase_is_nobody() -> None:
    iv = ip.parse_text(_INTERVIEW)
    assert iv.pairs, "the interview itself is still found"
    assert "Müllers Rücktritt" not in iv.interviewees
    assert all("Rücktritt" not in name for name in iv.interviewees)


def test_a_page_that_is_no_interview_names_no_interviewee() -> None:
    iv = ip.parse_text(_REVIEW)
    assert not iv.is_interview
    assert iv.pairs == () and iv.interviewees == () and iv.interviewers == ()
