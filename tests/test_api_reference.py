"""The API reference (docs/reference.md, rendered by mkdocstrings) covers every public name,
and every public model documents each of its fields; Sphinx roles in docstrings become links
(docs/_ext/sphinx_roles.py) instead of showing literally."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import attrs
import pytest

import interviewparse as ip

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")
_DIRECTIVE = re.compile(r"^::: (\S+)((?:\n    .*)*)", re.MULTILINE)


def _documented() -> set[str]:
    """Dotted paths the reference renders, with the members a module directive lists (a module
    rendered without a members list stands for all of it: ``module.*``)."""
    found: set[str] = set()
    for match in _DIRECTIVE.finditer(REFERENCE):
        path, options = match.group(1), match.group(2)
        found.add(path)
        members = re.findall(r"^\s+- (\w+)$", options, re.MULTILINE)
        found.update(f"{path}.{m}" for m in members) if members else found.add(f"{path}.*")
    return found


PUBLIC = [name for name in ip.__all__ if name != "__version__"]


@pytest.mark.parametrize("name", PUBLIC)
def test_every_public_name_is_in_the_reference(name: str) -> None:
    documented = _documented()
    module = getattr(getattr(ip, name), "__module__", "")
    assert (
        f"interviewparse.{name}" in documented
        or f"{module}.{name}" in documented
        or f"{module}.*" in documented
    ), f"{name} is public but docs/reference.md does not render it"


def _classes() -> list[type]:
    from interviewparse import evaluation, explanation

    public = [getattr(ip, name) for name in PUBLIC]
    extra = [explanation.ExplainedBlock, evaluation.DocumentScore]
    return [c for c in [*public, *extra] if isinstance(c, type) and attrs.has(c)]


@pytest.mark.parametrize("cls", _classes(), ids=lambda c: c.__name__)
def test_every_field_of_a_public_model_is_documented(cls: type) -> None:
    doc = cls.__doc__ or ""
    assert "Attributes:" in doc, f"{cls.__name__} has no Attributes section"
    section = doc.split("Attributes:", 1)[1]
    missing = [
        field.name
        for field in attrs.fields(cls)
        if not re.search(rf"^\s+{field.name}( \(.*\))?:", section, re.MULTILINE)
    ]
    assert not missing, f"{cls.__name__} does not document {missing}"


def test_sphinx_roles_become_links() -> None:
    griffe = pytest.importorskip("griffe")
    path = ROOT / "docs" / "_ext" / "sphinx_roles.py"
    spec = importlib.util.spec_from_file_location("_sphinx_roles", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    package = griffe.load(
        "interviewparse",
        search_paths=[str(ROOT / "src")],
        extensions=griffe.Extensions(module.SphinxRoles()),
    )
    role = re.compile(r":(class|func|meth|attr|data|mod|exc):`")
    left: list[str] = []
    links = 0

    def walk(obj: object, seen: set[str]) -> None:
        nonlocal links
        path = getattr(obj, "path", "")
        if path in seen or getattr(obj, "is_alias", False):
            return
        seen.add(path)
        docstring = getattr(obj, "docstring", None)
        if docstring is not None:
            if role.search(docstring.value):
                left.append(path)
            links += docstring.value.count("<autoref optional")
        for member in getattr(obj, "members", {}).values():
            walk(member, seen)

    walk(package, set())
    assert not left, f"Sphinx roles left in {left}"
    assert links > 20
    interview = package["models.Interview"].docstring.value
    assert 'identifier="interviewparse.models.Interview.is_interview"' in interview
