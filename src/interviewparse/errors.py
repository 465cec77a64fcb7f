"""The errors :mod:`interviewparse` raises, all under :class:`ParseError`.

"Not an interview" is not an error: it is an :class:`~interviewparse.Interview` with no pairs.
These exceptions are for input that cannot be read at all. Each one

* says in its message what was wrong and what to do about it,
* carries the facts behind the message as attributes (``size``, ``limit``, ``detected``,
  ``encoding``...), so callers can act on them without parsing the message,
* has its own ``exit_code``, the status the command line tool exits with,
* pickles cleanly (it crosses process boundaries in multiprocessing / dask pipelines),
* names its ``source`` once one is known: the file it came from (when a path was parsed) or
  the batch item (``"sources[3]"``), and then says so in its message.

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
    "PathOrURLError",
    "SourceReadError",
    "UndecodableInputError",
]


class ParseError(ValueError):
    """Base class of every error raised for input that cannot be parsed.

    Catch this one class to handle every unusable input; the subclasses say which case it is.
    """

    exit_code: ClassVar[int] = 3
    #: Where the input came from, once known: a file's path, or a batch item
    #: (``"sources[3]"``). ``None`` for a document handed over directly.
    source: str | None = None

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message

    def with_source(self, source: str) -> ParseError:
        """Record where the input came from (only if not known yet) and return the error."""
        if self.source is None:
            self.source = source
        return self

    def _details(self) -> dict[str, Any]:
        """The keyword arguments that rebuild this error (besides the message)."""
        return {}

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuild through __init__ with the same data, so subclasses with keyword-only
        # attributes survive pickling (BaseException's default passes only ``args``).
        return (_rebuild, (type(self), self.message, self._details(), self.source))

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, ParseError)
        return (
            self.message == other.message
            and self._details() == other._details()
            and self.source == other.source
        )

    def __hash__(self) -> int:
        return hash((type(self), self.message))

    def __repr__(self) -> str:
        details = self._details()
        if self.source is not None:
            details["source"] = self.source
        fields = "".join(f", {key}={value!r}" for key, value in details.items())
        return f"{type(self).__name__}({self.message!r}{fields})"


def _rebuild(
    cls: type[ParseError], message: str, details: dict[str, Any], source: str | None = None
) -> ParseError:
    """Unpickling helper: call the class with its message and data again."""
    error = cls(message, **details)
    if source is not None:
        error.source = source
    return error


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


class SourceReadError(ParseError):
    """A file could not be read: missing, a folder, no permission... ``path`` names it (and so
    does ``source``); ``reason`` is what the operating system said."""

    exit_code: ClassVar[int] = 2

    def __init__(self, message: str | None = None, *, path: str = "", reason: str = "") -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            message or f"cannot read the file ({reason or 'unknown reason'}); check the path"
        )
        if path:
            self.source = path

    def _details(self) -> dict[str, Any]:
        return {"path": self.path, "reason": self.reason}


class PathOrURLError(ParseError):
    """A ``str`` that is only a file path or a web address was given where the document itself
    was expected. ``location`` is that str, ``kind`` is ``"path"`` or ``"url"``.

    A ``str`` is always parsed as the document's HTML or text; interviewparse reads files only
    when given an ``os.PathLike`` (:class:`pathlib.Path`) and never downloads anything.
    """

    exit_code: ClassVar[int] = 2

    def __init__(
        self, message: str | None = None, *, location: str = "", kind: str = "path"
    ) -> None:
        self.location = location
        self.kind = kind
        if message is None:
            if kind == "url":
                message = (
                    f"{location!r} is a web address, not a page: interviewparse downloads "
                    "nothing. Download the page yourself (urllib, requests, curl -L) and pass "
                    "its bytes; pass url= to record where it came from"
                )
            else:
                message = (
                    f"{location!r} looks like a file path, not the document: a str is parsed as "
                    f"the document's HTML or text. To parse the file, pass Path({location!r}) "
                    "(pathlib), or read it yourself and pass its bytes"
                )
        super().__init__(message)

    def _details(self) -> dict[str, Any]:
        return {"location": self.location, "kind": self.kind}
