"""``--format json``: the JSON contract (:meth:`Interview.to_dict`; the ``evidence`` list only
with ``--explain``); a batch is one JSON array of objects, each with its ``source`` path first."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from . import Format

if TYPE_CHECKING:
    from ..models import Interview


def record(interview: Interview, source: str | None, explain: bool = False) -> dict[str, Any]:
    """The interview's dict, with ``source`` as its first key when given; the ``evidence``
    list only with ``explain`` (the confidence alone, unless the user asks why)."""
    data = interview.to_dict()
    if not explain:
        data.pop("evidence", None)
    return data if source is None else {"source": source, **data}


class Json(Format):
    name = "json"
    help = "the JSON contract (default); a batch is one JSON array"
    order = 0

    def render(self, interview: Interview, *, explain: bool = False) -> str:
        return json.dumps(record(interview, None, explain), ensure_ascii=False, indent=2) + "\n"

    def item(self, interview: Interview, source: str, index: int, *, explain: bool = False) -> str:
        text = json.dumps(record(interview, source, explain), ensure_ascii=False, indent=2)
        return ("[\n" if index == 0 else ",\n") + text

    def end(self, count: int) -> str:
        return "[]\n" if count == 0 else "\n]\n"


FORMAT = Json()
