"""Rule cases as data: tables of (input …, expected key) rows, where the key is what the rules
must say — a rule id, or the kind of block where the rule has no id of its own — turned into
pytest ids that name the key (``credit-0``, ``credit-1``, ``related-0`` …), so a failing case
says which rule it is about."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence


def case_ids(cases: Sequence[Sequence[object]], key_at: int = -1) -> list[str]:
    """One id per case: its key (``case[key_at]``; an enum by its value) and its number among
    the cases with that key."""
    seen: Counter[str] = Counter()
    out = []
    for case in cases:
        raw = case[key_at]
        key = str(getattr(raw, "value", raw))
        out.append(f"{key}-{seen[key]}")
        seen[key] += 1
    return out
