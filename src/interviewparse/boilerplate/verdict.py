"""The boilerplate stage's answer for one block: its kind, the reason and the rule that fired."""

from __future__ import annotations

import attrs

from ..models import BoilerplateKind

__all__ = ["Verdict"]


@attrs.frozen
class Verdict:
    """Why a block is boilerplate: its kind, the reason for a person, and the id of the rule that
    fired (:mod:`interviewparse.rules`), which is what code compares."""

    kind: BoilerplateKind
    reason: str
    rule: str = attrs.field(kw_only=True)
