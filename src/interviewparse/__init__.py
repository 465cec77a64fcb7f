"""interviewparse: turn news interviews (HTML pages or copied text) into typed data."""

from ._input import DEFAULT_MAX_BYTES
from ._version import __version__
from .api import find_interview, parse, parse_html, parse_text
from .batch import parse_many
from .errors import (
    BinaryInputError,
    EmptyInputError,
    InputTooLargeError,
    NoTextContentError,
    ParseError,
    PathOrURLError,
    SourceReadError,
    UndecodableInputError,
)
from .evaluation import Evaluation, evaluate
from .explanation import Explanation, explain
from .models import (
    Answer,
    Boilerplate,
    BoilerplateKind,
    Evidence,
    Interview,
    ListItem,
    Paragraph,
    QAPair,
    Question,
    json_schema,
)
from .warc import WarcFormatError, WarcRecordError, WarcResult, WarcSummary, parse_warc

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Answer",
    "BinaryInputError",
    "Boilerplate",
    "BoilerplateKind",
    "EmptyInputError",
    "Evaluation",
    "Evidence",
    "Explanation",
    "InputTooLargeError",
    "Interview",
    "ListItem",
    "NoTextContentError",
    "Paragraph",
    "ParseError",
    "PathOrURLError",
    "QAPair",
    "Question",
    "SourceReadError",
    "UndecodableInputError",
    "WarcFormatError",
    "WarcRecordError",
    "WarcResult",
    "WarcSummary",
    "__version__",
    "evaluate",
    "explain",
    "find_interview",
    "json_schema",
    "parse",
    "parse_html",
    "parse_many",
    "parse_text",
    "parse_warc",
]
