"""The JSON Schema shipped in the package, checked against real parser output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import interviewparse as ip
from interviewparse.cli import main

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".html", ".txt", ".md"))


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = ip.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _errors(validator: Any, data: object) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def test_the_schema_rejects_what_breaks_the_contract(validator: Any) -> None:
    good = ip.Interview().to_dict()
    assert _errors(validator, good) == []
    assert _errors(validator, {k: v for k, v in good.items() if k != "pairs"})
    assert _errors(validator, {**good, "authors": "one string"})
    bad_pair = {"question": {"text": "Q?", "speaker": None}, "answer": {"text": "A"}}
    assert _errors(validator, {**good, "pairs": [bad_pair]})
    bad_kind = {"text": "x", "kind": "banner", "reason": "r"}
    assert _errors(validator, {**good, "boilerplate": [bad_kind]})


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_output_matches_the_schema(validator: Any, path: Path) -> None:
    iv = ip.parse(path.read_bytes())
    assert _errors(validator, iv.to_dict()) == []
    assert _errors(validator, json.loads(iv.to_json())) == []


def test_every_corpus_document_output_matches_the_schema(validator: Any, corpus_dir: Path) -> None:
    documents = sorted(corpus_dir.glob("html/*.html")) + sorted(corpus_dir.glob("text/*.txt"))
    assert documents, "the corpus holds no documents"
    problems = {}
    for result, path in zip(ip.parse_many(documents, errors="return"), documents, strict=True):
        if isinstance(result, ip.ParseError):
            problems[path.name] = [f"ParseError: {result}"]
            continue
        found = _errors(validator, result.to_dict())
        if found:
            problems[path.name] = found[:3]
    assert problems == {}


def test_batch_records_match_the_schema(
    validator: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(ROOT / "examples"), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(EXAMPLES)
    for line in lines:
        record = json.loads(line)
        assert record["source"].startswith(str(ROOT / "examples"))
        assert _errors(validator, record) == []
