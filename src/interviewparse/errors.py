"""The errors :mod:`interviewparse` raises, all under :class:`ParseError`.

"Not an interview" is not an error: it is an :class:`~interviewparse.Interview` with no pairs.
These exceptions are for input that cannot be read at all. Each one

* says in its message what was wrong and what to do about it,
* carries the facts behind the message as attributes (``size``, ``limit``, ``detected``,
  ``encoding``...), so callers can act on them without parsing the message,
* has its own ``exit_code``, the status the command line tool exits with,
* pickles cleanly (it crosses process boundaries in multiprocessing / dask pipelines).

They subclass :class:`ValueError` too: the input *value* is what is wrong, not the program.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = [
    "BinaryInputError",
    "EmptyInputError",
    "InputTooLargeError",
    "NoTextContentError",
    "ParseError",
    "UndecodableInputError",
]


class ParseError(ValueError):
    """Base class of every error raised for input that cannot be parsed.

    Catch this one class to handle every unusable input; the subclasses say which case it is.
    """

    exit_code: ClassVar[int] = 3

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def _details(self) -> dict[str, Any]:
        """The keyword arguments that rebuild this error (besides the message)."""
        return {}

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuild through __init__ with the same data, so subclasses with keyword-only
        # attributes survive pickling (BaseException's default passes only ``args``).
        return (_rebuild, (type(self), self.message, self._details()))

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, ParseError)
        return self.message == other.message and self._details() == other._details()

    def __hash__(self) -> int:
        return hash((type(self), self.message))

    def __repr__(self) -> str:
        fields = "".join(f", {key}={value!r}" for key, value in self._details().items())
        return f"{type(self).__name__}({self.message!r}{fields})"


def _rebuild(cls: type[ParseError], message: str, details: dict[str, Any]) -> ParseError:
    """Unpickling helper: call the class with its message and data again."""
    return cls(message, **details)


class EmptyInputError(ParseError):
    """The input is empty or holds only white space (``size`` is its length in bytes)."""

    exit_code: ClassVar[int] = 4

    def __init__(self, message: str | None = None, *, size: int = 0) -> None:
        self.size = size
        super().__init__(
            message
            or (
                f"input is empty or only white space ({size} bytes): there is nothing to parse; "
                "check that the download or copy worked"
            )
        )

    def _details(self) -> dict[str, Any]:
        return {"size": self.size}


class BinaryInputError(ParseError):
    """The input is binary data (an image, a PDF, an archive...), not text or HTML.

    ``detected`` names what it looks like ("a PNG image", "binary data").
    """

    exit_code: ClassVar[int] = 5

    def __init__(self, message: str | None = None, *, detected: str = "binary data") -> None:
        self.detected = detected
        super().__init__(
            message
            or (
                f"input looks like {detected}, not text or HTML; pass the page's HTML or the "
                "interview's text (extract the text of a PDF or document first)"
            )
        )

    def _details(self) -> dict[str, Any]:
        return {"detected": self.detected}


class UndecodableInputError(ParseError):
    """The input bytes cannot be decoded as text.

    ``encoding`` is the encoding that was tried (e.g. the one a byte-order mark announced),
    ``position`` the offset of the first bad byte when known.
    """

    exit_code: ClassVar[int] = 6

    def __init__(
        self,
        message: str | None = None,
        *,
        encoding: str | None = None,
        position: int | None = None,
    ) -> None:
        self.encoding = encoding
        self.position = position
        where = f" at byte {position}" if position is not None else ""
        super().__init__(
            message
            or (
                f"input bytes are not valid {encoding or 'text in any encoding tried'}{where}; "
                "decode the bytes yourself and pass a str, or re-save the file as UTF-8"
            )
        )

    def _details(self) -> dict[str, Any]:
        return {"encoding": self.encoding, "position": self.position}


class InputTooLargeError(ParseError):
    """The input is larger than the size limit (``size`` and ``limit`` in bytes)."""

    exit_code: ClassVar[int] = 7

    def __init__(self, message: str | None = None, *, size: int = 0, limit: int = 0) -> None:
        self.size = size
        self.limit = limit
        super().__init__(
            message
            or (
                f"input is {size:,} bytes, over the {limit:,}-byte limit; if this really is "
                "one article, pass a larger max_bytes= (or --max-bytes on the command line), "
                "or max_bytes=None for no limit"
            )
        )

    def _details(self) -> dict[str, Any]:
        return {"size": self.size, "limit": self.limit}


class NoTextContentError(EmptyInputError):
    """An HTML page with no readable text at all (only scripts, styles, images or markup).

    Such pages are usually shells filled in by JavaScript in the browser. ``size`` is the
    page's length in characters.
    """

    exit_code: ClassVar[int] = 8

    def __init__(self, message: str | None = None, *, size: int = 0) -> None:
        super().__init__(
            message
            or (
                f"the HTML page{f' ({size:,} characters)' if size else ''} has no readable "
                "text, only markup or "
                "scripts; it is probably filled in by JavaScript: save the page after it has "
                "rendered in a browser, or pass the interview's text"
            ),
            size=size,
        )
