"""``--format records``: one flat row per question/answer pair (:meth:`Interview.to_records`)
as JSON lines; in a batch each row starts with its ``source`` path. A page that is not an
interview gives no rows."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from . import Format

if TYPE_CHECKING:
    from ..models import Interview


def rows(interview: Interview, source: str | None = None) -> list[dict[str, Any]]:
    """The interview's records, each with ``source`` first when given."""
    records = interview.to_records()
    if source is None:
        return records
    return [{"source": source, **row} for row in records]


def columns(*, source: bool = False) -> list[str]:
    """The column names of a record, in order (``source`` first when asked for)."""
    from ..models import Answer, Interview, Paragraph, QAPair, Question

    sample = Interview(pairs=(QAPair(Question("?"), Answer((Paragraph("."),))),))
    return (["source"] if source else []) + list(sample.to_records()[0])


class Records(Format):
    name = "records"
    help = "one flat row per question/answer pair (JSON lines, as to_records())"
    order = 40

    def render(self, interview: Interview, *, explain: bool = False) -> str:
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows(interview))

    def item(self, interview: Interview, source: str, index: int, *, explain: bool = False) -> str:
        return "".join(
            json.dumps(row, ensure_ascii=False) + "\n" for row in rows(interview, source)
        )


FORMAT = Records()
