"""People: who asked and who answered, part of the metadata stage.

* :mod:`.names` finds person names in text and indexes them (also read by the speaker labels
  and the segmenter);
* :mod:`.uncased` finds them in scripts without capitals;
* :mod:`.speakers` cuts the segmented document into the parts the rules read (a ``View``);
* :mod:`.candidates` weighs the evidence and names the interviewees and interviewers
  (:func:`read_people`, the entry the metadata stage calls).

:func:`read_people` is loaded on first use: the segmenter imports :mod:`.names` while the
speakers' view needs the segmenter's roles, so importing it here eagerly would be circular.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .candidates import read_people

__all__ = ["read_people"]


def __getattr__(name: str) -> Any:
    if name == "read_people":
        from .candidates import read_people

        return read_people
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
