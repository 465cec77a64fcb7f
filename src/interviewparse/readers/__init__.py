"""Readers: the only code that knows the input format. Each returns a :class:`Document`."""

from .html import read_html
from .text import read_text

__all__ = ["read_html", "read_text"]
