"""``--format jsonl``: one interview per line (JSON lines), each with its ``source`` in a batch."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from . import Format
from .json import record

if TYPE_CHECKING:
    from ..models import Interview


class JsonLines(Format):
    name = "jsonl"
    help = "one interview per line (JSON lines)"
    order = 10

    def render(self, interview: Interview, *, explain: bool = False) -> str:
        return json.dumps(record(interview, None, explain), ensure_ascii=False) + "\n"

    def item(self, interview: Interview, source: str, index: int, *, explain: bool = False) -> str:
        return json.dumps(record(interview, source, explain), ensure_ascii=False) + "\n"


FORMAT = JsonLines()
