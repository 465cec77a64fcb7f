"""A griffe extension for the API reference: Sphinx roles in docstrings become links.

The package's docstrings cross-reference with Sphinx roles (``:class:`Interview```,
``:func:`~interviewparse.parse```), which Markdown would show literally. After the package is
loaded, every role is resolved in the scope of the object whose docstring holds it and
rewritten as an optional autorefs link: a link when the target is in the reference, plain code
when it is not (a private helper, the standard library), never a broken link or a warning.
``~`` keeps only the last name as the link text, as in Sphinx.

Configured in ``mkdocs.yml`` under the mkdocstrings python handler's ``extensions``.
"""

from __future__ import annotations

import html
import re
from typing import Any

import griffe

_ROLE = re.compile(
    r":(?:py:)?(?P<role>class|func|meth|attr|data|mod|exc|obj|const|type):`(?P<target>[^`]+)`"
)


def _resolve(obj: griffe.Object | griffe.Alias, name: str) -> str | None:
    """The full path of ``name`` seen from ``obj``, or None when it cannot be found."""
    head, _, rest = name.partition(".")
    scope: Any = obj
    while scope is not None:
        try:
            found = str(scope.resolve(head))
        except Exception:  # griffe raises NameResolutionError, or an alias error
            scope = scope.parent
            continue
        return f"{found}.{rest}" if rest else found
    return None


def _link(obj: griffe.Object | griffe.Alias, match: re.Match[str]) -> str:
    target = match.group("target").strip()
    explicit = re.fullmatch(r"(?P<title>.+?)\s*<(?P<path>[^>]+)>", target)
    if explicit:
        title, target = explicit.group("title"), explicit.group("path")
    else:
        title = target.lstrip("~").rsplit(".", 1)[-1] if target.startswith("~") else target
    target = target.lstrip("~.")
    path = target if target.startswith("interviewparse") else _resolve(obj, target)
    code = f"<code>{html.escape(title)}</code>"
    if path is None:
        return code
    return f'<autoref optional identifier="{html.escape(path, quote=True)}">{code}</autoref>'


class SphinxRoles(griffe.Extension):
    """Rewrite Sphinx roles in every docstring of the package once it is loaded."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        self._walk(pkg, set())

    def _walk(self, obj: griffe.Object | griffe.Alias, seen: set[str]) -> None:
        if obj.path in seen:
            return
        seen.add(obj.path)
        if obj.is_alias:
            return  # the target's docstring is fixed where it is defined
        if obj.docstring is not None and ":" in obj.docstring.value:
            obj.docstring.value = _ROLE.sub(lambda m: _link(obj, m), obj.docstring.value)
        for member in obj.members.values():
            self._walk(member, seen)
