"""Output formats (``interviewparse.render``): the registry the CLI reads, flat records and
CSV for one page and for a batch, and the short views of an Interview (repr, notebook table)."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

import interviewparse as ip
from interviewparse import render
from interviewparse.cli import main
from interviewparse.render import records

ROOT = Path(__file__).resolve().parent.parent
TEXT_EXAMPLE = ROOT / "examples" / "interview.txt"
HTML_EXAMPLE = ROOT / "examples" / "interview.html"
NOT_AN_INTERVIEW = (
    "Council votes to repair the harbour wall\n\n"
    "The town council voted on Tuesday to repair the harbour wall before winter.\n\n"
    "Work starts in October and should take six weeks, the mayor said.\n"
)

Capture = pytest.CaptureFixture[str]


def test_registry_lists_every_format_the_cli_offers() -> None:
    assert render.names() == ("json", "jsonl", "markdown", "text", "records", "csv", "html")
    for name in render.names():
        fmt = render.get(name)
        assert fmt.name == name and fmt.help
    with pytest.raises(render.UnknownFormatError, match="known: json"):
        render.get("xml")


def test_markdown_and_text_methods_are_the_formats() -> None:
    iv = ip.parse(HTML_EXAMPLE.read_bytes())
    assert render.get("markdown").render(iv) == iv.to_markdown()
    assert render.get("text").render(iv) == iv.to_text()
    # the JSON is the contract; the evidence list comes with explain (the CLI's --explain)
    assert json.loads(render.get("json").render(iv, explain=True)) == iv.to_dict()
    plain = json.loads(render.get("json").render(iv))
    assert "evidence" not in plain and plain["confidence"] == iv.confidence
    assert (
        "confidence"
        in render.get("text").render(iv, explain=True).splitlines()[-len(iv.evidence) - 2]
    )


def test_records_format_is_one_json_line_per_pair(capsys: Capture) -> None:
    iv = ip.parse(TEXT_EXAMPLE.read_bytes())
    assert main([str(TEXT_EXAMPLE), "--format", "records"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(iv.pairs) > 1
    assert [json.loads(line) for line in lines] == iv.to_records()


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _as_cells(record: dict[str, object]) -> dict[str, str]:
    return {key: "" if value is None else str(value) for key, value in record.items()}


def test_csv_format_is_the_records_as_a_table(capsys: Capture) -> None:
    iv = ip.parse(HTML_EXAMPLE.read_bytes())
    assert main([str(HTML_EXAMPLE), "--format", "csv"]) == 0
    rows = _csv_rows(capsys.readouterr().out)
    assert rows == [_as_cells(record) for record in iv.to_records()]
    # an answer with a list keeps its line breaks inside one quoted cell
    assert any("\n" in row["answer"] for row in rows)


def test_csv_of_a_page_with_no_pairs_is_the_header_alone() -> None:
    page = io.BytesIO(NOT_AN_INTERVIEW.encode())
    assert not ip.parse(page.getvalue()).pairs
    fmt = render.get("csv")
    out = fmt.render(ip.parse(page.getvalue()))
    assert out.splitlines() == [",".join(records.columns())]


def test_batch_records_and_csv_carry_the_source(tmp_path: Path, capsys: Capture) -> None:
    (tmp_path / "a.txt").write_bytes(TEXT_EXAMPLE.read_bytes())
    (tmp_path / "b.html").write_bytes(HTML_EXAMPLE.read_bytes())
    (tmp_path / "c.txt").write_text(NOT_AN_INTERVIEW, encoding="utf-8")
    expected = [
        {"source": str(tmp_path / name), **record}
        for name in ("a.txt", "b.html")
        for record in ip.parse((tmp_path / name).read_bytes()).to_records()
    ]
    assert main([str(tmp_path), "--format", "records", "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert [json.loads(line) for line in out.splitlines()] == expected
    assert main([str(tmp_path), "--format", "csv", "--no-progress"]) == 0
    rows = _csv_rows(capsys.readouterr().out)
    assert rows == [_as_cells(record) for record in expected]


def test_the_html_explain_view_takes_one_page_at_a_time(tmp_path: Path, capsys: Capture) -> None:
    (tmp_path / "a.txt").write_bytes(TEXT_EXAMPLE.read_bytes())
    (tmp_path / "b.txt").write_bytes(TEXT_EXAMPLE.read_bytes())
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path), "--format", "html"])
    assert stop.value.code == 2
    assert "one page" in capsys.readouterr().err


def test_html_format_reports_unusable_input_like_the_others(
    tmp_path: Path, capsys: Capture
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    code = main([str(empty), "--format", "html"])
    assert code == ip.EmptyInputError.exit_code
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "empty.txt" in err


# -- the short views ----------------------------------------------------------------------------


def test_repr_is_one_short_line_that_names_the_interview() -> None:
    iv = ip.parse(HTML_EXAMPLE.read_bytes())
    text = repr(iv)
    assert "\n" not in text and len(text) < 300
    assert text.startswith("<Interview ") and text.endswith(">")
    assert f"pairs={len(iv.pairs)}" in text
    for name in iv.interviewees:
        assert name in text
    assert f"confidence={iv.confidence:.2f}" in text
    assert repr(ip.Interview()) == "<Interview (untitled) pairs=0 confidence=0.00>"


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_notebook_view_is_a_compact_table() -> None:
    iv = ip.parse(HTML_EXAMPLE.read_bytes())
    cells = _Cells()
    cells.feed(iv._repr_html_())
    text = " ".join(cells.text)
    assert "table" in cells.tags and "script" not in cells.tags
    for name in (*iv.interviewers, *iv.interviewees):
        assert name in text
    assert f"{len(iv.pairs)} question/answer pairs" in text
    assert f"{iv.confidence:.2f} (an interview)" in text
    for item in iv.boilerplate:
        assert item.kind.value in text
    assert iv.pairs[0].question.text[:40] in text
