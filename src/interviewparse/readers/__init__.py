"""Readers: the only code that knows the input format. Each returns a :class:`Document`."""

from ._page import parse_page
from .html import read_html, read_tree, read_turns
from .text import read_text

__all__ = ["parse_page", "read_html", "read_text", "read_tree", "read_turns"]
