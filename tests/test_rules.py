"""Rule ids: one registry (``interviewparse.rules``), used by the code, shown by the docs, and
carried by every boilerplate item, question and answer of the output."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import interviewparse as ip
from interviewparse.models import BoilerplateKind
from interviewparse.rules import RULES, by_id, markdown_table

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "interviewparse"
STAGES = ("html", "text", "profile", "boilerplate", "segment")
ID = re.compile(r"^(?:html|text|profile|boilerplate|segment)\.[a-z0-9]+(?:-[a-z0-9]+)*$")
#: A quoted string that looks like a rule id (a stage, a dot, hyphenated words).
_ID_LITERAL = re.compile(
    r"""["']((?:html|text|profile|boilerplate|segment)\.[a-z0-9]+(?:-[a-z0-9]+)*)["']"""
)
#: Strings of that shape that are no rule id.
_NOT_RULES = frozenset({"html.parser"})


def _ids_in_code() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "rules.py":
            continue
        for match in _ID_LITERAL.finditer(path.read_text(encoding="utf-8")):
            if match.group(1) not in _NOT_RULES:
                found.setdefault(match.group(1), []).append(path.name)
    return found


def test_ids_are_unique_well_formed_and_described() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    kinds = {kind.value for kind in BoilerplateKind} | {"question", "outro", "varies"}
    for rule in RULES:
        assert ID.match(rule.id), rule.id
        assert rule.kind in kinds, rule
        assert rule.scope in ("block", "document", "html", "text", "profile"), rule
        assert rule.description and rule.description == rule.description.strip()
        assert by_id(rule.id) is rule
    assert {rule.id.split(".")[0] for rule in RULES} == set(STAGES)
    with pytest.raises(KeyError):
        by_id("boilerplate.no-such-rule")


def test_every_id_the_code_gives_is_registered() -> None:
    registered = {rule.id for rule in RULES}
    unknown = {rule: files for rule, files in _ids_in_code().items() if rule not in registered}
    assert not unknown, f"rule ids used in the code but not in rules.RULES: {unknown}"


def test_every_registered_id_is_given_somewhere() -> None:
    unused = {rule.id for rule in RULES} - set(_ids_in_code())
    assert not unused, f"rules.RULES lists ids no code gives: {sorted(unused)}"


def test_the_docs_list_the_registry() -> None:
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- rules:begin -->\n(.*?)<!-- rules:end -->", page, re.S)
    assert match is not None, "docs/rules.md lost its <!-- rules:begin/end --> markers"
    assert match.group(1) == markdown_table(), (
        "docs/rules.md is out of date: paste `python -m interviewparse.rules` between the markers"
    )


#: Control flow on a reason's wording: a comparison, a membership test or a prefix test.
_REASON_TEST = re.compile(
    r"reason\s*(?:==|!=|\bin\b|\bnot\s+in\b)|reason(?:\s*or\s*\"\")?\)?\.(?:startswith|endswith)"
    r"|(?:==|!=)\s*\w*reason\b"
)


def test_no_code_compares_reasons() -> None:
    offending = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for path in sorted(SRC.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _REASON_TEST.search(line.split("#")[0]) and "for " not in line
    ]
    assert not offending, "compare rule ids, not reasons:\n" + "\n".join(offending)


def _documents() -> list[Path]:
    roots = (ROOT / "tests" / "fixtures", ROOT / "examples")
    return sorted(
        path
        for root in roots
        for path in root.rglob("*")
        if path.suffix in (".html", ".htm", ".txt", ".md") and path.is_file()
    )


@pytest.mark.parametrize("path", _documents(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_labelled_block_of_the_output_names_a_registered_rule(path: Path) -> None:
    iv = ip.parse(path.read_bytes())
    for item in iv.boilerplate:
        assert item.rule is not None and by_id(item.rule), item
        kind = by_id(item.rule).kind
        assert kind in ("varies", item.kind.value), (item.rule, item.kind)
    for pair in iv.pairs:
        assert pair.question.rule is not None and by_id(pair.question.rule).kind == "question"
        assert pair.answer.rule == pair.question.rule
    data = iv.to_dict()
    assert ip.Interview.from_dict(data).to_dict() == data  # the rules survive a round trip
