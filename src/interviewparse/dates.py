"""Publication dates: normalise what a page declares, or find a date written in a dateline.

The output is ISO 8601: ``YYYY-MM-DD`` when only a day is known, the full ``datetime`` form
(``2023-11-07T10:38:00+01:00``) when the page gives a time. Anything that does not parse as a
real calendar date is dropped rather than guessed at.
"""

from __future__ import annotations

import datetime as dt
import re

from . import lexicon

__all__ = ["find_date", "normalise_date"]

#: Every spelling of a month in every language of the lexicon, with the month's number: the same
#: table :mod:`.boilerplate` reads its date lines with.
_MONTHS = lexicon.month_numbers()

_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
_DAY = r"(?P<day>\d{1,2})"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_ISO = re.compile(
    r"(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)"
    r"(?:[T ](?P<time>\d\d:\d\d(?::\d\d(?:\.\d+)?)?)\s?(?P<tz>Z|[+-]\d\d:?\d\d)?)?"
)
# "January 27, 2019" and "27 January 2019" / "27. Januar 2019" / "27 de enero de 2019".
_ORDINAL, _JOINER = lexicon.date_parts()
_MONTH_FIRST = re.compile(rf"\b{_MONTH}\s+{_DAY}(?:{_ORDINAL})?,?\s+{_YEAR}\b", re.IGNORECASE)
_DAY_FIRST = re.compile(
    rf"\b{_DAY}(?:\.|{_ORDINAL})?\s+(?:(?:{_JOINER})\s+)?{_MONTH}\s+(?:(?:{_JOINER})\s+)?{_YEAR}\b",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"\b(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>(?:19|20)\d\d)\b")


def _iso_day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_iso(match: re.Match[str]) -> str | None:
    day = _iso_day(int(match["year"]), int(match["month"]), int(match["day"]))
    if day is None or not match["time"]:
        return day
    time = match["time"]
    if len(time) == 5:
        time += ":00"
    tz = match["tz"] or ""
    if tz == "Z":
        tz = "+00:00"
    elif tz and ":" not in tz:
        tz = f"{tz[:3]}:{tz[3:]}"
    return f"{day}T{time}{tz}"


def _from_words(match: re.Match[str]) -> str | None:
    month = _MONTHS.get(match["month"].lower())
    if month is None:
        return None
    return _iso_day(int(match["year"]), month, int(match["day"]))


def normalise_date(value: str | None) -> str | None:
    """Turn a declared date ("2023-12-22T15:55:00Z", "Sunday, January 27, 2019") into ISO 8601."""
    if not value:
        return None
    return find_date(value)


def find_date(text: str) -> str | None:
    """The first calendar date written in ``text``, as ISO 8601, or ``None``."""
    match = _ISO.search(text)
    if match is not None:
        found = _from_iso(match)
        if found:
            return found
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        for match in pattern.finditer(text):
            found = _from_words(match)
            if found:
                return found
    for match in _NUMERIC.finditer(text):
        found = _iso_day(int(match["year"]), int(match["month"]), int(match["day"]))
        if found:
            return found
    return None
