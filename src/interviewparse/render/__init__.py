"""Output formats: one module per format, and the registry the command line reads.

Each module in this package (its name not starting with ``_``) defines ``FORMAT``, an instance
of a :class:`Format` subclass. :func:`formats` finds them all, so adding an output format is
adding one module here — the CLI's ``--format`` choices and help come from the registry.

A format renders one :class:`~interviewparse.Interview` (:meth:`Format.render`) and a batch of
them, each with its source path (:meth:`Format.begin`, :meth:`Format.item`, :meth:`Format.end`:
text written in that order, so a batch streams). A format whose :attr:`Format.explains` is true
renders an :class:`~interviewparse.Explanation` of one page instead
(:meth:`Format.render_explanation`), because it shows what the page's blocks became, not only
the result.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from ..explanation import Explanation
    from ..models import Interview

__all__ = ["Format", "UnknownFormatError", "formats", "get", "names"]


class UnknownFormatError(KeyError):
    """No output format has this name."""


class Format:
    """One output format. Subclasses set :attr:`name`, :attr:`help` and :attr:`order` and
    implement :meth:`render`; the batch methods default to documents one after another."""

    #: The name ``--format`` takes.
    name: ClassVar[str] = ""
    #: One line for ``--help``.
    help: ClassVar[str] = ""
    #: Where the format sits in ``--help`` and :func:`names` (lower first).
    order: ClassVar[int] = 100
    #: True when the format renders an explanation of one page rather than an interview
    #: (it needs the page's blocks, so it takes one input at a time).
    explains: ClassVar[bool] = False

    def render(self, interview: Interview, *, explain: bool = False) -> str:
        """One interview as this format's text (ending in a newline). ``explain`` (the CLI's
        ``--explain``) adds the evidence behind the interview's confidence where the format
        has room for it."""
        raise NotImplementedError

    def render_explanation(self, explanation: Explanation) -> str:
        """One page's explanation; formats that do not explain render its interview."""
        return self.render(explanation.interview, explain=True)

    def begin(self) -> str:
        """Text written before the first item of a batch."""
        return ""

    def item(self, interview: Interview, source: str, index: int, *, explain: bool = False) -> str:
        """One document of a batch, ``index`` counting from 0, with its source path."""
        return self.render(interview, explain=explain)

    def end(self, count: int) -> str:
        """Text written after the last of ``count`` items."""
        return ""


@cache
def formats() -> dict[str, Format]:
    """Every output format of this package, by name, in :attr:`Format.order`."""
    found: list[Format] = []
    for module in pkgutil.iter_modules(__path__):
        if module.name.startswith("_"):
            continue
        loaded = importlib.import_module(f"{__name__}.{module.name}")
        fmt = getattr(loaded, "FORMAT", None)
        if isinstance(fmt, Format):
            found.append(fmt)
    found.sort(key=lambda f: (f.order, f.name))
    return {f.name: f for f in found}


def names() -> tuple[str, ...]:
    """The format names, in order."""
    return tuple(formats())


def get(name: str) -> Format:
    """The format called ``name``; :class:`UnknownFormatError` lists the known ones."""
    try:
        return formats()[name]
    except KeyError:
        known = ", ".join(names())
        raise UnknownFormatError(f"no output format {name!r}; known: {known}") from None
