"""An interview inside a reportage: bare question paragraphs put to the guest, each followed
by the guest's quoted answer with the reporter's narration between. A story whose dialogue
quotes both sides, or a profile with rhetorical questions, stays no interview. Invented texts."""

from __future__ import annotations

import interviewparse as ip

REPORTAGE = """At the harbour with Ines Kovac

The ferry was late again on Tuesday, and the queue reached the fish market. Ines Kovac, who \
has run the ticket office for twenty years, watched it from her window.

What do you tell the people in the queue?

"I tell them the truth, that the boat is old and the sea is rough," she says. "Most of them \
know it already."

She pours coffee for a driver who has waited since six, and points at the timetable.

Would you change the timetable if you could?

"I would add a second boat in the summer. We have asked the council for years."

The council did not answer a request for comment.

How long will you keep the office open?

"As long as my knees let me climb the stairs," Kovac laughs. "Then my daughter takes over."
"""

STORY = """The clerk

The clerk had sat at the same desk for thirty years, and nobody could remember him arriving.

"Why do you stay so late?"

"I would rather not say," he answered, and turned back to his ledger.

The lamp burned low. Outside, the carts went home one by one along the wet street.

"Will you tell me where you were born?"

"I would rather not say."

He smiled, and for a moment the room felt warmer than it had all winter.

"Do you ever go home at all?"

"Home is where the ledger is," he said, and we both laughed at that.
"""


def test_bare_questions_with_quoted_answers_are_pairs() -> None:
    iv = ip.parse(REPORTAGE)
    assert [p.question.text for p in iv.pairs] == [
        "What do you tell the people in the queue?",
        "Would you change the timetable if you could?",
        "How long will you keep the office open?",
    ]
    assert iv.pairs[0].answer.text.startswith('"I tell them the truth')
    # the narration between stays with the answer it follows, nothing is lost
    assert "She pours coffee" in iv.pairs[0].answer.text


def test_a_story_quoting_both_sides_has_no_pairs() -> None:
    assert ip.parse(STORY).pairs == ()
