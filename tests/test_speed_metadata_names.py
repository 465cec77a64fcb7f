"""The spelled-out whitespace class of the name search matches exactly what ``\\s`` does.

:mod:`interviewparse.names` writes the characters ``\\s`` stands for out in full (a plain
class is faster for the regex engine); checked here against every character.
"""

from __future__ import annotations

import re

from interviewparse.names import _WHITESPACE


def test_spelled_out_whitespace_is_what_backslash_s_matches() -> None:
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert re.findall(f"[{_WHITESPACE}]", everything) == re.findall(r"\s", everything)
    assert re.findall(r"\s", everything) == [c for c in everything if c.isspace()]
