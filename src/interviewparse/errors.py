"""The errors :mod:`interviewparse` raises, all under :class:`ParseError`.

"Not an interview" is not an error: it is an :class:`~interviewparse.Interview` with no pairs.
These exceptions are for input that cannot be read at all. Each carries an ``exit_code`` the CLI
uses, and a message that says what was wrong and what to do about it.
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "EmptyInputError",
    "InputTooLargeError",
    "ParseError",
    "UndecodableInputError",
]


class ParseError(ValueError):
    """Base class of every error raised for input that cannot be parsed."""

    exit_code = 3


class EmptyInputError(ParseError):
    """The input is empty or holds only white space."""

    exit_code = 4


class BinaryInputError(ParseError):
    """The input is binary data (an image, a PDF, an archive...), not text or HTML."""

    exit_code = 5


class UndecodableInputError(ParseError):
    """The input bytes cannot be decoded as text in any plausible encoding."""

    exit_code = 6


class InputTooLargeError(ParseError):
    """The input is larger than the configured size limit."""

    exit_code = 7
