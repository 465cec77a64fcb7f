"""interviewparse: turn news interviews (HTML pages or copied text) into typed data."""

from ._version import __version__
from .api import parse, parse_html, parse_text
from .batch import parse_many
from .errors import (
    BinaryInputError,
    EmptyInputError,
    InputTooLargeError,
    NoTextContentError,
    ParseError,
    UndecodableInputError,
)
from .models import (
    Answer,
    Boilerplate,
    BoilerplateKind,
    Interview,
    ListItem,
    Paragraph,
    QAPair,
    Question,
    json_schema,
)
from .warc import WarcFormatError, WarcRecordError, WarcResult, WarcSummary, parse_warc

__all__ = [
    "Answer",
    "BinaryInputError",
    "Boilerplate",
    "BoilerplateKind",
    "EmptyInputError",
    "InputTooLargeError",
    "Interview",
    "ListItem",
    "NoTextContentError",
    "Paragraph",
    "ParseError",
    "QAPair",
    "Question",
    "UndecodableInputError",
    "WarcFormatError",
    "WarcRecordError",
    "WarcResult",
    "WarcSummary",
    "__version__",
    "json_schema",
    "parse",
    "parse_html",
    "parse_many",
    "parse_text",
    "parse_warc",
]
