"""``--format csv``: the rows of ``--format records`` as CSV with a header line (RFC 4180
quoting, ``\\r\\n`` line ends as the csv module writes them); in a batch the first column is
``source``. Empty cells stand for ``null``."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any

from . import Format
from .records import columns, rows

if TYPE_CHECKING:
    from ..models import Interview


def table(records: list[dict[str, Any]], fieldnames: list[str], *, header: bool) -> str:
    """Records as CSV text, with the header line when ``header``."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fieldnames, extrasaction="ignore")
    if header:
        writer.writeheader()
    writer.writerows(records)
    return buffer.getvalue()


class Csv(Format):
    name = "csv"
    help = "the records' rows as CSV with a header line"
    order = 50

    def render(self, interview: Interview, *, explain: bool = False) -> str:
        return table(rows(interview), columns(), header=True)

    def begin(self) -> str:
        return table([], columns(source=True), header=True)

    def item(self, interview: Interview, source: str, index: int, *, explain: bool = False) -> str:
        return table(rows(interview, source), columns(source=True), header=False)


FORMAT = Csv()
